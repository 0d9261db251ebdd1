#!/usr/bin/env python3
"""Share of gold ORG mentions of a training corpus that the linker links.

Usage (from the repository root)::

    python scripts/org_link_coverage.py                      # PEYMA train
    python scripts/org_link_coverage.py --corpus parsner

Each gold ORG span (B_ORG + following I_ORG tokens, joined with spaces) is linked
with ``Linker.link(text, "ORG")`` against (a) the gazetteer without the
``organizations_*.jsonl`` files and (b) the full default gazetteer.  Prints, for
both, the share of ORG mentions (tokens and distinct surface forms) linked to an
organization.  Reads only training files (never PEYMA dev, the evaluation set);
this measures dictionary coverage, not linking accuracy.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from check_org_aliases import CORPORA, read

from ner_fa.gazetteer import DEFAULT_GAZETTEER_DIR, Gazetteer
from ner_fa.linker import Linker
from ner_fa.normalize import compact_key


def org_spans(sents):
    for sent in sents:
        cur: list[str] = []
        for tok, tag in [*sent, ("", "O")]:
            if tag == "I_ORG" and cur:
                cur.append(tok)
                continue
            if cur:
                yield " ".join(cur)
                cur = []
            if tag == "B_ORG":
                cur = [tok]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="peyma")
    ap.add_argument("--show", type=int, default=0, help="print the N most frequent unlinked forms")
    ap.add_argument("--fuzzy", type=int, default=0,
                    help="print the N most frequent forms linked without an exact match key (to review by eye)")
    args = ap.parse_args()
    mentions = Counter(org_spans(read(args.corpus)))
    base_files = [f for f in sorted(DEFAULT_GAZETTEER_DIR.glob("*.jsonl")) if not f.name.startswith("organizations_")]
    for name, gaz in (("without organizations_*", Gazetteer.load(*base_files)),
                      ("with organizations_*", Gazetteer.load(DEFAULT_GAZETTEER_DIR))):
        linker = Linker(gaz)
        linked = Counter()
        missed = Counter()
        fuzzy: list[tuple[int, str, str, str, float]] = []
        for text, n in mentions.items():
            res = linker.link(text, "ORG")
            if res.entity is not None and res.entity.type == "organization":
                linked[text] = n
                if compact_key(text) not in gaz.keys:
                    fuzzy.append((n, text, res.entity.id, res.entity.name_fa, round(res.score or 0, 2)))
            else:
                missed[text] = n
        tot = sum(mentions.values())
        print(f"{args.corpus} {name:25s} {len(gaz):5d} entities: ORG mentions linked "
              f"{sum(linked.values())}/{tot} ({sum(linked.values()) / tot:.1%}); "
              f"distinct forms {len(linked)}/{len(mentions)} ({len(linked) / len(mentions):.1%}); "
              f"of the linked mentions {sum(f[0] for f in fuzzy)} without an exact key")
    for n, text, eid, name_fa, score in sorted(fuzzy, reverse=True)[: args.fuzzy]:
        print(f"  fuzzy {n:4d} {text} -> {eid} ({name_fa}) {score}")
    for text, n in missed.most_common(args.show):
        print(f"  {n:4d} {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
