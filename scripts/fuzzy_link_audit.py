#!/usr/bin/env python3
"""The gold spans of the training corpora that the linker links only fuzzily, for review.

Usage (from the repository root)::

    python scripts/fuzzy_link_audit.py                    # PER, LOC and ORG, the 80 most frequent forms
    python scripts/fuzzy_link_audit.py --labels LOC,ORG --top 200

Each gold span of PEYMA train, the NSURL-2019 600K part and ParsNER train (news and wiki) is linked
with ``Linker(default_gazetteer()).link(text, label)``. A form is listed when it links to an entity
through an alias whose match key differs from its own and with a similarity under 0.9 (fuzzy or
same-skeleton matching): ``count | label | form | entity id | alias | similarity``. Such links are
where the linker is most often wrong («پارس نیوز» → Fars News); the list is the material for the
linker's rules and for missing aliases. Reads only training files, never PEYMA dev, ParsNER test or
ParsTwiNER dev (the evaluation sets).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from person_link_coverage import corpora

from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import Linker
from ner_fa.normalize import compact_key
from ner_fa.training.corpora import spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--labels", default="PER,LOC,ORG")
    ap.add_argument("--top", type=int, default=80)
    args = ap.parse_args(argv)
    labels = set(args.labels.split(","))
    forms: Counter = Counter()
    for read in corpora(args.data_dir / "ner").values():
        for sent in read():
            toks = [t for t, _ in sent]
            for a, b, lab in spans([t for _, t in sent]):
                if lab in labels:
                    forms[(" ".join(toks[a:b]), lab)] += 1
    linker = Linker(default_gazetteer())
    rows = []
    for (form, lab), n in forms.items():
        res = linker.link(form, lab)
        if res.entity is None:
            continue
        top = res.candidates[0]
        if top.similarity < 0.9 and compact_key(top.alias) != compact_key(form):
            rows.append((n, lab, form, res.entity.id, top.alias, top.similarity))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    for row in rows[:args.top]:
        print(*row, sep=" | ")
    print(f"{len(rows)} forms ({sum(r[0] for r in rows)} mentions) link only fuzzily, "
          f"of {len(forms)} distinct {'/'.join(sorted(labels))} forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
