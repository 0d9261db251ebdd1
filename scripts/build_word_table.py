#!/usr/bin/env python3
"""Build ``src/ner_fa/linking_data/words.tsv``: how common each word of a gazetteer name is, and how
often it names something.

For every one-word form a gazetteer name is made of (its whole name when one word, each word of a
longer one), two counts that tell a name from a plain word, which the score calibration reads
(:mod:`ner_fa.words`):

* ``per_million``: occurrences per million words of the unlabeled news text (``text/`` of the
  shared data: Fars News, Varzesh3, Namnak; the articles of the held-out news draw left out);
* ``ner_count``, ``ner_entity``: occurrences in the NER training corpora (PEYMA train, ParsNER train
  news and wiki; no dev or test part), and how many of them lie inside a PER, LOC or ORG span.

Words are compared by :func:`ner_fa.normalize.compact_key`. Words seen fewer than ``--min-count``
times in both sources are left out (a word missing from the table is rare).

    python scripts/build_word_table.py --data-dir ../shared/data
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.gazetteer import default_gazetteer
from ner_fa.normalize import compact_key
from ner_fa.training import newsset
from ner_fa.training.corpora import read_corpus
from ner_fa.words import WORDS_PATH

_WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")
TEXT_FOLDERS = ("farsnews", "varzesh3", "namnak")
NER_TRAIN = (("ner/peyma/train.txt", "peyma"), ("ner/parsner/train/train_news.pos", "parsner"),
             ("ner/parsner/train/train_wiki.pos", "parsner"))


def gazetteer_words() -> set[str]:
    words = set()
    for entity in default_gazetteer():
        for form, _ in entity.surface_forms():
            for w in form.split():
                if k := compact_key(w):
                    words.add(k)
    return words


def text_counts(data_dir: Path, words: set[str]) -> tuple[Counter, int]:
    held = {d for d, _ in newsset.draw(data_dir)}
    counts: Counter = Counter()
    total = 0
    for folder in TEXT_FOLDERS:
        for doc_id, article in newsset._articles(data_dir, folder):
            if doc_id in held:
                continue
            text = " ".join([str(article.get("title") or ""), *newsset._paragraphs(article)])
            for tok in _WORD.findall(text):
                total += 1
                k = compact_key(tok)
                if k in words:
                    counts[k] += 1
    return counts, total


def ner_counts(data_dir: Path, words: set[str]) -> tuple[Counter, Counter]:
    seen: Counter = Counter()
    named: Counter = Counter()
    for rel, fmt in NER_TRAIN:
        for sent in read_corpus(data_dir / rel, fmt):
            for tok, tag in sent:
                k = compact_key(tok)
                if k in words:
                    seen[k] += 1
                    if tag != "O":
                        named[k] += 1
    return seen, named


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=newsset.DEFAULT_DATA_DIR)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("-o", "--output", type=Path, default=WORDS_PATH)
    args = ap.parse_args(argv)
    words = gazetteer_words()
    text, total = text_counts(args.data_dir, words)
    seen, named = ner_counts(args.data_dir, words)
    rows = []
    for w in sorted(words):
        if text[w] < args.min_count and seen[w] < args.min_count:
            continue
        rows.append(f"{w}\t{1e6 * text[w] / total:.2f}\t{seen[w]}\t{named[w]}")
    header = ("# word frequencies for the score calibration; built by scripts/build_word_table.py from "
              f"{total} words of unlabeled news and the NER training corpora\nword\tper_million\tner_count\tner_entity")
    args.output.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} of {len(words)} gazetteer words -> {args.output} ({total} words of text)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
