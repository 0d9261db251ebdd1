#!/usr/bin/env python3
"""The gold names of the training corpora that the linker leaves unlinked, most frequent first.

Usage (from the repository root)::

    python scripts/unlinked_audit.py                        # PER, LOC and ORG, the 300 most frequent forms
    python scripts/unlinked_audit.py --labels ORG --top 100 --out /tmp/unlinked.tsv

Every sentence of PEYMA train, the NSURL-2019 600K part, ParsNER train (news and wiki) and
ParsTwiNER train is linked as one document with its gold PER/LOC/ORG spans as the mentions
(``Linker.link_document``, so document context and the person rules apply). Prints the unlinked
rate per corpus and label, then ``count | label | form | best candidate (id, alias, score) | one
example sentence`` for the most frequent unlinked forms: the material for missing aliases
(a form naming an entity the gazetteer holds) and for new entities. Most unlinked forms name
entities the gazetteer does not hold, so the rate is not a recall. Reads only training files,
never PEYMA dev, ParsNER test or ParsTwiNER dev (the evaluation sets).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from person_link_coverage import corpora

from ner_fa.gazetteer import Gazetteer, default_gazetteer
from ner_fa.linker import Linker, LinkResult, RawMention
from ner_fa.training.corpora import read_columns, spans


def all_corpora(ner: Path) -> dict:
    readers = dict(corpora(ner))
    readers["parstwiner-train"] = lambda: read_columns(ner / "parstwiner" / "train.txt", "parstwiner")
    return readers


def linked_gold_sentences(linker: Linker, ner: Path, labels: tuple[str, ...],
                          ) -> Iterator[tuple[str, str, list[RawMention], list[LinkResult]]]:
    """``(corpus, sentence, gold mentions, link results)`` for each distinct sentence of the training
    corpora with a gold span of ``labels``, the sentence linked as one document
    (``Linker.link_document``); shared by this audit and ``link_precision_audit.py``."""
    seen: set[str] = set()
    for name, read in all_corpora(ner).items():
        for sent in read():
            toks = [t for t, _ in sent]
            text = " ".join(toks)
            if text in seen:        # the corpora share sentences (NSURL holds PEYMA)
                continue
            seen.add(text)
            starts, pos = [], 0
            for t in toks:
                starts.append(pos)
                pos += len(t) + 1
            mentions = [RawMention(starts[a], starts[b - 1] + len(toks[b - 1]), lab, "gold", a, b)
                        for a, b, lab in spans([t for _, t in sent]) if lab in labels]
            if mentions:
                yield name, text, mentions, linker.link_document(text, mentions)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--gazetteers", type=Path, default=None, help="a gazetteer folder (default: the shipped one)")
    ap.add_argument("--labels", default="PER,LOC,ORG")
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--out", type=Path, default=None, help="also write every unlinked form as TSV")
    args = ap.parse_args(argv)
    labels = tuple(args.labels.split(","))
    linker = Linker(Gazetteer.load(args.gazetteers) if args.gazetteers else default_gazetteer())
    unlinked: Counter = Counter()
    best: dict[tuple[str, str], str] = {}
    example: dict[tuple[str, str], str] = {}
    totals: Counter = Counter()
    misses: Counter = Counter()
    for name, text, mentions, results in linked_gold_sentences(linker, args.data_dir / "ner", labels):
        for m, res in zip(mentions, results):
            totals[name, m.label] += 1
            if res.entity is not None:
                continue
            misses[name, m.label] += 1
            form = text[m.start:m.end]
            unlinked[form, m.label] += 1
            if (form, m.label) not in example:
                example[form, m.label] = text
                c = res.candidates[0] if res.candidates else None
                best[form, m.label] = f"{c.id} «{c.alias}» {c.score:.2f}" if c else "-"
    for label in labels:
        for name in all_corpora(args.data_dir / "ner"):
            n, k = totals[name, label], misses[name, label]
            if n:
                print(f"{name:16} {label}: {k:6,} of {n:7,} gold spans unlinked ({k / n:.2%})")
        n = sum(v for (_, lab), v in totals.items() if lab == label)
        k = sum(v for (_, lab), v in misses.items() if lab == label)
        print(f"{'all':16} {label}: {k:6,} of {n:7,} gold spans unlinked ({k / max(n, 1):.2%})")
    n, k = sum(totals.values()), sum(misses.values())
    print(f"all: {k:,} of {n:,} gold spans unlinked ({k / max(n, 1):.2%}); {len(unlinked):,} distinct forms")
    rows = sorted(unlinked.items(), key=lambda kv: (-kv[1], kv[0]))
    for (form, lab), cnt in rows[:args.top]:
        print(cnt, lab, form, best[form, lab], example[form, lab][:160], sep=" | ")
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for (form, lab), cnt in rows:
                print(cnt, lab, form, best[form, lab], example[form, lab], sep="\t", file=f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
