#!/usr/bin/env python3
"""The links this round's recall mechanisms make on the training corpora's gold names, for judging.

Usage (from the repository root)::

    python scripts/link_precision_audit.py --out /tmp/links.tsv          # ORG and PER
    python scripts/link_precision_audit.py --labels ORG,PER,LOC --judged docs/link_precision_audit.tsv

Every sentence of the training corpora is linked as one document with its gold spans as the
mentions (``unlinked_audit.linked_gold_sentences``). A link is put down to the mechanism that made
it, tried in the linker's own order:

* ``weak``: the form is a new weak alias of the entity (a common word, linked for a tagged span only);
* ``new-entity`` / ``new-alias``: an exact match on an entity, or on an alias key of an entity,
  that the gazetteer of ``--baseline`` (default dee06a6, before this round) did not hold;
* ``omitted-head``: the form with a head word of ``omitted_heads.tsv`` in front
  (:func:`ner_fa.omitted_heads.head_omitted`);
* ``reduced-new``: a head word, title or honorific stripped, reaching a new entity or alias;
* ``fuzzy``: a near spelling (no exact or reduced match);
* ``context-new``: a link made by the document rules (surname, nesting) to a new entity.

Exact and reduced links on what the baseline already held are not listed. Output: one row per
(mechanism, label, form, entity) with its count and one example sentence. With ``--judged`` (a TSV
whose rows start ``mechanism, label, form, entity, verdict``, verdict ``right`` or ``wrong``) it
prints the precision per mechanism, weighted by mention count and by distinct pair, and lists the
pairs found now that the file does not judge. Reads only training files (see unlinked_audit.py).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from unlinked_audit import linked_gold_sentences

from ner_fa.gazetteer import Gazetteer, default_gazetteer
from ner_fa.linker import MATCHER_STOPLIST, Linker
from ner_fa.normalize import compact_key
from ner_fa.omitted_heads import head_omitted

MECHANISMS = ("weak", "new-entity", "new-alias", "omitted-head", "reduced-new", "fuzzy", "context-new")


def baseline_gazetteer(commit: str) -> Gazetteer:
    """The shipped gazetteer as it was at ``commit``."""
    names = subprocess.run(["git", "ls-tree", "--name-only", commit, "gazetteers/"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            if name.endswith(".jsonl"):
                data = subprocess.run(["git", "show", f"{commit}:{name}"], cwd=ROOT, check=True,
                                      capture_output=True).stdout
                (Path(tmp) / Path(name).name).write_bytes(data)
        return Gazetteer.load(tmp)


def mechanism(linker: Linker, old: Gazetteer, old_keys: set[tuple[str, str]], form: str, label: str,
              entity_id: str, alias_text: str | None) -> str | None:
    """What made the link ``form`` → ``entity_id``; None for a link the baseline could make as well."""
    gaz = linker.gazetteer
    key = compact_key(form)
    new = entity_id not in old
    exact = [a for a in gaz.lookup_key(key) if a.entity_id == entity_id]
    if exact:
        if all(a.kind == "weak" for a in exact):
            return "weak" if new or (entity_id, key) not in old_keys else None
        if new:
            return "new-entity"
        return None if (entity_id, key) in old_keys else "new-alias"
    if any(a.entity_id == entity_id for a in head_omitted(gaz, key, label, MATCHER_STOPLIST)):
        return "omitted-head"
    alias_new = new or (alias_text is not None and (entity_id, compact_key(alias_text)) not in old_keys)
    if any(c.id == entity_id for c in linker.candidates(form, label, fuzzy=False)):
        return "reduced-new" if alias_new else None
    if any(c.id == entity_id for c in linker.candidates(form, label)):
        return "fuzzy"
    return "context-new" if new else None


def read_judged(path: Path) -> dict[tuple[str, str, str, str], str]:
    judged = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#") and row[0] != "mechanism":
                judged[row[0], row[1], row[2], row[3]] = row[4]
    return judged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--labels", default="ORG,PER")
    ap.add_argument("--baseline", default="dee06a6", help="the commit whose gazetteer counts as old")
    ap.add_argument("--out", type=Path, default=None, help="write every listed link as TSV")
    ap.add_argument("--judged", type=Path, default=None, help="judgements: print precision per mechanism")
    args = ap.parse_args(argv)
    labels = tuple(args.labels.split(","))
    linker = Linker(default_gazetteer())
    old = baseline_gazetteer(args.baseline)
    old_keys = {(e.id, compact_key(text)) for e in old for text, _ in e.surface_forms()}
    counts: Counter = Counter()
    example: dict[tuple, tuple[str, str]] = {}
    cache: dict[tuple, str | None] = {}
    linked: Counter = Counter()
    for _, text, mentions, results in linked_gold_sentences(linker, args.data_dir / "ner", labels):
        for m, res in zip(mentions, results):
            if res.entity is None:
                continue
            linked[m.label] += 1
            form = text[m.start:m.end]
            alias = next((c.alias for c in res.candidates if c.id == res.entity.id), None)
            ck = (form, m.label, res.entity.id, alias)
            if ck not in cache:
                cache[ck] = mechanism(linker, old, old_keys, form, m.label, res.entity.id, alias)
            mech = cache[ck]
            if mech is None:
                continue
            row = (mech, m.label, form, res.entity.id)
            counts[row] += 1
            example.setdefault(row, (alias or "", text[:m.start] + "[[" + form + "]]" + text[m.end:]))
    rows = sorted(counts.items(), key=lambda kv: (MECHANISMS.index(kv[0][0]), -kv[1], kv[0]))
    print("links per label: " + ", ".join(f"{lab} {n:,}" for lab, n in sorted(linked.items())))
    per_mech: Counter = Counter()
    for (mech, *_), n in rows:
        per_mech[mech] += n
    for mech in MECHANISMS:
        pairs = sum(1 for (m, *_), _ in rows if m == mech)
        print(f"{mech:13} {per_mech[mech]:6,} links, {pairs:5,} distinct (form, entity)")
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            print("mechanism", "label", "form", "entity", "count", "name", "alias", "example", sep="\t", file=f)
            for (mech, lab, form, eid), n in rows:
                alias, text = example[mech, lab, form, eid]
                print(mech, lab, form, eid, n, linker.gazetteer[eid].name, alias, text, sep="\t", file=f)
    if args.judged:
        judged = read_judged(args.judged)
        right: defaultdict = defaultdict(Counter)
        unjudged = []
        for row, n in rows:
            verdict = judged.get(row)
            if verdict is None:
                unjudged.append((row, n))
                continue
            right[row[0]][verdict, "links"] += n
            right[row[0]][verdict, "pairs"] += 1
        for mech in MECHANISMS:
            c = right[mech]
            links = c["right", "links"] + c["wrong", "links"]
            pairs = c["right", "pairs"] + c["wrong", "pairs"]
            if links:
                print(f"precision {mech:13} {c['right', 'links'] / links:6.1%} of {links:5,} links, "
                      f"{c['right', 'pairs'] / pairs:6.1%} of {pairs:4,} pairs")
        for (mech, lab, form, eid), n in unjudged:
            print("unjudged", mech, lab, form, eid, n, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
