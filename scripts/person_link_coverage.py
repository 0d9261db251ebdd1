#!/usr/bin/env python3
"""Share of gold PER mentions of the training corpora that the linker links to a person.

Usage (from the repository root)::

    python scripts/person_link_coverage.py                    # the three training corpora
    python scripts/person_link_coverage.py --show 300         # + the most frequent unlinked forms
    python scripts/person_link_coverage.py --show 300 --context 2   # + example sentences for each

Each gold PER span (read with ``ner_fa.training.corpora``: tokens normalised as the tagger sees
them, joined with spaces) is linked with ``Linker(default_gazetteer()).link(text, "PER")``.  A
mention counts as linked when the entity returned is a person.  Prints, per corpus and in all, the
linked share of PER mentions (span occurrences) and of distinct surface forms; ``--show`` lists the
unlinked forms by frequency over all corpora, the material for ``scripts/people_tables``.

Reads only training files: PEYMA train, the NSURL-2019 600K part and ParsNER train (news and wiki).
Never PEYMA dev, ParsNER test or ParsTwiNER dev (the evaluation sets).  This measures dictionary
coverage, not linking accuracy.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.gazetteer import Gazetteer, default_gazetteer
from ner_fa.linker import Linker
from ner_fa.training.corpora import read_columns, read_nsurl_dir, read_peyma, spans


def corpora(ner: Path) -> dict[str, Callable[[], Iterator]]:
    """Name -> reader thunk over the training part only."""
    pn = ner / "parsner" / "train"
    return {
        "peyma-train": lambda: read_peyma(ner / "peyma" / "train.txt"),
        "nsurl600k": lambda: read_nsurl_dir(ner / "nsurl600k"),
        "parsner-train": lambda: (s for f in ("train_news.pos", "train_wiki.pos")
                                  for s in read_columns(pn / f, "parsner")),
    }


def per_spans(sents) -> tuple[Counter, dict[str, list[str]]]:
    """Counts of PER span texts and, per text, up to 5 sentences it occurs in."""
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for sent in sents:
        toks = [t for t, _ in sent]
        for a, b, lab in spans([t for _, t in sent]):
            if lab != "PER":
                continue
            text = " ".join(toks[a:b])
            counts[text] += 1
            if len(examples[text]) < 5:
                examples[text].append(" ".join(toks[max(0, a - 8):b + 8]))
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--gazetteers", type=Path, default=None, help="a gazetteer folder (default: the shipped one)")
    ap.add_argument("--show", type=int, default=0, help="print the N most frequent unlinked forms (all corpora)")
    ap.add_argument("--context", type=int, default=0, help="with --show: example sentences per form")
    args = ap.parse_args(argv)

    gaz = Gazetteer.load(args.gazetteers) if args.gazetteers else default_gazetteer()
    linker = Linker(gaz)
    per_corpus = {}
    total: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for name, read in corpora(args.data_dir / "ner").items():
        c, ex = per_spans(read())
        per_corpus[name] = c
        total.update(c)
        for k, v in ex.items():
            examples[k] += v[: max(0, 5 - len(examples[k]))]

    linked: dict[str, bool] = {}
    for text in total:
        res = linker.link(text, "PER")
        linked[text] = res.entity is not None and res.entity.type == "person"

    print(f"gazetteer: {len(gaz)} entities, {sum(1 for e in gaz if e.type == 'person')} people")
    for name, c in [*per_corpus.items(), ("all", total)]:
        n = sum(c.values())
        n_l = sum(v for k, v in c.items() if linked[k])
        d_l = sum(1 for k in c if linked[k])
        print(f"{name:14s} PER mentions linked {n_l}/{n} ({n_l / n:.1%}); distinct forms {d_l}/{len(c)} "
              f"({d_l / len(c):.1%})")
    if args.show:
        print("\nmost frequent unlinked PER forms (count, form, corpora it occurs in):")
        for text, n in [(t, v) for t, v in total.most_common() if not linked[t]][: args.show]:
            where = ",".join(k.split("-")[0] for k, c in per_corpus.items() if text in c)
            print(f"{n:5d}  {text}  [{where}]")
            for s in examples[text][: args.context]:
                print(f"         | {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
