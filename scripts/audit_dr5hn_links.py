"""List every link of a gold LOC span of the training corpora to an imported dr5hn place.

Usage (from the repository root; training splits only, never an evaluation split)::

    PYTHONPATH=src python scripts/audit_dr5hn_links.py --ner ../shared/data/ner -o /tmp/dr5hn_links.tsv

Each gold LOC span of PEYMA train, ParsNER train, NSURL-2019 and ParsTwiNER train is linked
with :meth:`ner_fa.linker.Linker.link` (label ``LOC``); a link to a place of
``places_world_dr5hn.jsonl`` (``source`` ``dr5hn:…``) is written with the span, the place
(id, English name, country, population) and the sentence, one row per distinct
(span, place, sentence), and counted per place. Judge the rows by hand (right / wrong): the
counts of the judgement are in ``docs/places.md``.

``--context`` links each sentence as a document instead (:meth:`Linker.link_document` with all
its gold spans), so that the countries a sentence names choose between namesakes, and prints
the links that differ from those without context.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import Linker, RawMention
from ner_fa.training.corpora import read_corpus, spans

TRAIN_CORPORA = (("peyma/train.txt", "peyma"), ("parsner/train", "parsner"), ("nsurl600k", "nsurl"),
                 ("parstwiner/train.txt", "parstwiner"))


def _plain(linker: Linker, gaz, text: str) -> str | None:
    """The dr5hn place that ``text`` links to without context (LOC), or None."""
    res = linker.link(text, "LOC")
    return res.entity.id if res.entity is not None and (res.entity.source or "").startswith("dr5hn:") else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("-o", "--out", type=Path, required=True, help="TSV of the links to dr5hn places")
    ap.add_argument("--context", action="store_true",
                    help="link each sentence as a document (Linker.link_document with every gold span), so "
                         "that the countries it names choose between namesakes; prints the links that differ from "
                         "those without context")
    args = ap.parse_args(argv)
    gaz = default_gazetteer()
    linker = Linker(gaz)
    cache: dict[str, str | None] = {}
    rows, per_place, moved, n_loc = {}, Counter(), Counter(), 0
    for rel, fmt in TRAIN_CORPORA:
        path = args.ner / rel
        if not path.exists():
            print(f"missing: {path}", file=sys.stderr)
            continue
        for sent in read_corpus(path, fmt):
            toks = [t for t, _ in sent]
            gold = spans([t for _, t in sent])
            in_context = {}
            if args.context and any(label == "LOC" for _, _, label in gold):
                starts = [0]
                for t in toks:
                    starts.append(starts[-1] + len(t) + 1)
                mentions = [RawMention(starts[a], starts[b] - 1, label) for a, b, label in gold]
                for (a, b, label), res in zip(gold, linker.link_document(" ".join(toks), mentions)):
                    if label == "LOC" and res.entity is not None:
                        in_context[(a, b)] = res.entity.id
            for a, b, label in gold:
                if label != "LOC":
                    continue
                n_loc += 1
                text = " ".join(toks[a:b])
                if args.context:
                    eid = in_context.get((a, b))
                    if eid is None or not (gaz[eid].source or "").startswith("dr5hn:"):
                        continue
                    if text not in cache:
                        cache[text] = _plain(linker, gaz, text)
                    if cache[text] != eid:
                        moved[(text, eid)] += 1
                    per_place[(text, eid)] += 1
                    rows.setdefault((text, eid, " ".join(toks)), (rel.split("/")[0],))
                    continue
                if text not in cache:
                    res = linker.link(text, "LOC")
                    ent = gaz[res.entity.id] if res.entity is not None else None
                    cache[text] = ent.id if ent is not None and (ent.source or "").startswith("dr5hn:") else None
                eid = cache[text]
                if eid is None:
                    continue
                per_place[(text, eid)] += 1
                rows.setdefault((text, eid, " ".join(toks)), (rel.split("/")[0],))
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["corpus", "span", "id", "name", "country", "population", "count", "sentence"])
        for (text, eid, sentence), (corpus,) in sorted(rows.items(), key=lambda r: (-per_place[r[0][:2]], r[0])):
            e = gaz[eid]
            w.writerow([corpus, text, eid, e.name, e.country or "", e.population or "", per_place[(text, eid)],
                        sentence])
    print(f"gold LOC spans {n_loc:,}; linked to a dr5hn place {sum(per_place.values()):,} "
          f"({len(per_place):,} distinct span/place pairs, {len(rows):,} rows) -> {args.out}")
    if args.context:
        print(f"linked otherwise than without context: {sum(moved.values()):,}")
        for (text, eid), n in moved.most_common():
            e = gaz[eid]
            print(f"  {n:4}  {text} -> {eid} ({e.name}, {e.country}); without context {cache[text]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
