"""The news development sets' and training set's gold as NER training sentences (a two-column file).

    python -m ner_fa.training.newsgold --data-dir ../shared/data --out runs/news_gold.tsv \\
        [--draw dev --draw dev2 --draw train --draw train2] [--exclude evaluation/news_dev2_agreement.jsonl]

Each excerpt of the annotated development and training draws (``evaluation/news_<draw>.jsonl``: dev, dev2,
train and train2, 400 excerpts each annotated for training only, and the held-out draws already measured —
by default those the shipped tagger trained on, :data:`DEFAULT_DRAWS`; the project's annotation conventions:
titles and «تیم»/«باشگاه» outside a name, a provincial office one ORG span)
is tokenized and split into sentences as the pipeline does (:func:`ner_fa.tokenize.split_sentences`),
and each token gets the BIO tag of the gold mention it lies in. The file is read by
``python -m ner_fa.training.train --corpora …,silver --silver FILE`` (the ``silver`` slot takes any
two-column file). ``--exclude`` leaves out the documents of another annotation file (the agreement
study's 100 dev2 excerpts), so that they can score a model trained on the rest.

Only development and training draws, and the held-out draws already measured and developed on
(:data:`newsset.SPENT_HELDOUT`), are accepted: an unmeasured held-out draw's gold is never training data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import newsset

#: the development and training draws, and the held-out draws measured once and developed on since
DEV_DRAWS = ("dev", "dev2", "dev4", "train", "train2", *newsset.SPENT_HELDOUT)
#: the draws the shipped tagger (v11) trained on: all but ``heldout9``, which scored it against v10 (model card)
DEFAULT_DRAWS = ("dev", "dev2", "train", "train2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                 "heldout6", "heldout7", "heldout8")


def sentences(records: Iterable[dict]) -> tuple[list[tuple[list[str], list[str]]], int]:
    """``(tokens, BIO tags)`` of every sentence of ``records`` (:func:`newsset.read_set`), and the
    number of gold mentions whose edges are not token edges (tagged on the tokens they touch)."""
    from ..tokenize import split_sentences

    out: list[tuple[list[str], list[str]]] = []
    inexact = 0
    for rec in records:
        gold = sorted(rec["mentions"], key=lambda m: m["start"])
        for sent in split_sentences(rec["text"]):
            toks = list(sent.tokens)
            tags = ["O"] * len(toks)
            for g in gold:
                inside = [i for i, t in enumerate(toks) if t.start < g["end"] and t.end > g["start"]]
                if not inside:
                    continue
                inexact += toks[inside[0]].start != g["start"] or toks[inside[-1]].end != g["end"]
                tags[inside[0]] = f"B-{g['label']}"
                for i in inside[1:]:
                    tags[i] = f"I-{g['label']}"
            out.append(([t.text for t in toks], tags))
    return out, inexact


def gold_records(data_dir: str | Path, draws: Sequence[str], exclude: Iterable[str] = ()) -> list[dict]:
    """The annotated records of the development ``draws``, without the documents in ``exclude``."""
    bad = [d for d in draws if d not in DEV_DRAWS]
    if bad:
        raise ValueError(f"{bad}: only development and training draws, and held-out draws already measured ({', '.join(DEV_DRAWS)}) may be "
                         "training data")
    skip = set(exclude)
    out = []
    for draw in draws:
        texts = newsset.load_texts(data_dir, draw)
        out += [r for r in newsset.read_set(newsset.set_path(draw), texts) if r["doc"] not in skip]
    return out


def main(argv: list[str] | None = None) -> int:
    from .silver import write_columns

    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.newsgold", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=newsset.DEFAULT_DATA_DIR)
    ap.add_argument("--draw", action="append", choices=DEV_DRAWS, default=None,
                    help="a development or training draw whose gold to write (repeatable; default: the shipped tagger's)")
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="an annotation file (the set's format) whose documents are left out")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    skip = [json.loads(line)["doc"] for path in args.exclude
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = gold_records(args.data_dir, args.draw or list(DEFAULT_DRAWS), skip)
    sents, inexact = sentences(records)
    write_columns(sents, args.out)
    n = sum(tag.startswith("B-") for _, tags in sents for tag in tags)
    print(f"{len(records)} excerpts, {len(sents)} sentences, {n} mentions ({inexact} not on token edges) "
          f"→ {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
