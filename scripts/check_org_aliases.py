#!/usr/bin/env python3
"""How labelled NER training data tags the spans that organization aliases match.

Usage (from the repository root)::

    python scripts/check_org_aliases.py                     # PEYMA train
    python scripts/check_org_aliases.py --corpus parsner    # ParsNER train (news + wiki)

Every token span of the corpus whose match key (``ner_fa.normalize.compact_key``
of the joined tokens) equals a Persian form (``name_fa`` or an alias) of an entity in
``gazetteers/organizations*.jsonl`` is counted under the gold label of the span:
``ORG`` when the span is tagged as one organization, ``O`` when untagged, else the
other label(s).  Prints the share of matched spans tagged ``ORG`` and lists the
forms seen at least ``--min-count`` times that are tagged ``ORG`` less than half of
the time: candidates for common words or for forms the corpus treats as another
type.  Only training files are read (never PEYMA dev, the evaluation set).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.normalize import compact_key

SHARED = ROOT.parent / "shared" / "data" / "ner"
CORPORA = {
    "peyma": [SHARED / "peyma" / "train.txt"],
    "parsner": [SHARED / "parsner" / "train" / "train_news.pos", SHARED / "parsner" / "train" / "train_wiki.pos"],
}


def read(corpus: str) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for path in CORPORA[corpus]:
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if corpus == "peyma":
                tok, _, tag = line.rpartition("|")
            else:
                cols = line.split("\t")
                tok, tag = cols[0], cols[-1]
            cur.append((tok, tag.replace("-", "_")))
        if cur:
            sents.append(cur)
            cur = []
    return sents


def label(tags: list[str]) -> str:
    if tags[0] in ("B_ORG", "I_ORG") and all(t == "I_ORG" for t in tags[1:]):
        return "ORG"
    kinds = sorted({t[2:] for t in tags if t != "O"})
    return "/".join(kinds) if kinds else "O"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="peyma")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=8)
    args = ap.parse_args()

    forms: dict[str, tuple[str, str]] = {}
    for f in sorted((ROOT / "gazetteers").glob("organizations*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            for s in [r["name_fa"], *r.get("aliases", [])]:
                k = compact_key(s)
                if len(k) >= 3:
                    forms.setdefault(k, (r["id"], s))

    hits: dict[str, Counter] = defaultdict(Counter)
    for sent in read(args.corpus):
        keys = [compact_key(t) for t, _ in sent]
        for i in range(len(sent)):
            for j in range(i + 1, min(len(sent), i + args.max_tokens) + 1):
                k = "".join(keys[i:j])
                if k in forms:
                    hits[k][label([t for _, t in sent[i:j]])] += 1

    total = sum(sum(c.values()) for c in hits.values())
    org = sum(c["ORG"] for c in hits.values())
    print(f"{args.corpus}: {len(hits)} of {len(forms)} organization forms occur; "
          f"{org} of {total} matched spans ({org / max(total, 1):.1%}) are tagged ORG")
    rows = sorted((c["ORG"] / sum(c.values()), -sum(c.values()), k) for k, c in hits.items())
    for share, neg, k in rows:
        if share < 0.5 and -neg >= args.min_count:
            eid, text = forms[k]
            print(f"  {share:.2f} {-neg:4d}  {eid:32s} {text}  {dict(hits[k])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
