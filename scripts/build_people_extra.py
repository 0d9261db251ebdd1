#!/usr/bin/env python3
"""Build ``gazetteers/people_iran.jsonl`` and ``gazetteers/people_world.jsonl`` from hand tables.

Usage (from the repository root)::

    python scripts/build_people_extra.py            # writes both files, prints the checks

The tables are ``scripts/people_tables/iran.txt``, ``world.txt`` and ``historic.txt`` (religious, historical and
cultural figures, written to ``people_historic.jsonl``), one person a line::

    slug | English name | main Persian name | alias; alias; ... | ISO2 | prior | description

``#`` starts a comment line.  The Persian forms follow Iranian news usage (IRNA, ISNA, BBC Persian).

How each field is made
----------------------
* ``id``: the slug, unless the English name equals the label of exactly one person QID in the
  Wikidata-derived CSVs of ``../shared/data/gazetteer-sources`` (then ``id`` = ``wikidata`` = that
  QID; each such match is printed with the CSV position so it can be checked).  ``QID_REJECT``
  lists label matches judged to be another person.  No QID is typed in by hand.
* forms equal after :func:`ner_fa.normalize.compact_key` (ZWNJ/space/Arabic-letter variants) are
  kept once; ي/ك are mapped to ی/ک.

Checks (printed; an error stops the build)
------------------------------------------
* error: an id already used in another gazetteer file or twice in the tables; an English name
  that is already a person of another file (the person exists: add aliases there instead);
* error: a ``name_fa`` equal to a surface form of another file or of another person here;
* an alias equal to a surface form of another file or shared by two people here is dropped
  from all of them (context cannot decide a shared form);
* a one-word alias in ``COMMON_WORDS`` (of ``people_common.py``) or mostly tagged ``O`` in PEYMA
  train is dropped as a common word.  PEYMA dev is never read (it is the evaluation set).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
import weak_aliases
from people_common import filter_aliases, mostly_o, norm_fa, one_word, persian_forms, peyma_common_words

from ner_fa.gazetteer import GazetteerEntity
from ner_fa.normalize import compact_key

TABLES = {"iran": "people_iran.jsonl", "world": "people_world.jsonl", "historic": "people_historic.jsonl"}

# English-label matches in the CSVs that are not the person of the table line.
QID_REJECT: set[str] = set()

QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def csv_labels(src: Path) -> dict[str, dict[str, list[str]]]:
    """English label -> QID -> positions, over every CSV of the sources."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    specs = [
        ("everypolitician_world_leaders_wikidata_2026.csv", "officeholder", "officeholderLabel", "positionLabel"),
        ("everypolitician_world_leaders_2021_wikidata_snapshot2022.csv", "officeholder", "officeholderLabel",
         "positionLabel"),
        ("everypolitician_foreign_ministers_wikidata_latest.csv", "person", "name", "positionLabel"),
        ("everypolitician_foreign_ministers_wikidata_2023.csv", "person", "name", "positionLabel"),
        ("everypolitician_intl_org_heads_2023.csv", "personID", "person", "position"),
    ]
    for fname, qcol, ncol, pcol in specs:
        with open(src / fname, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                q, n = (r.get(qcol) or "").strip(), (r.get(ncol) or "").strip()
                if QID_RE.match(q) and n:
                    pos = " ".join((r.get(pcol) or "").split())
                    if "country" in r and r.get("country") and not QID_RE.match(r["country"]):
                        pos = f"{pos} ({r['country']})"
                    out[n][q].append(f"{pos} [{fname.split('_', 1)[1][:30]}]")
    return out


def parse_table(path: Path) -> list[dict]:
    recs = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7:
            raise SystemExit(f"{path.name}:{i}: expected 7 fields, got {len(parts)}: {line!r}")
        slug, name, name_fa, aliases, iso, prior, desc = parts
        recs.append({"line": f"{path.name}:{i}", "slug": slug, "name": name, "name_fa": norm_fa(name_fa),
                     "aliases": [norm_fa(a) for a in aliases.split(";") if a.strip()],
                     "country": iso or None, "prior": float(prior), "description": desc})
    return recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer-sources")
    ap.add_argument("--peyma-train", type=Path, default=None,
                    help="PEYMA train.txt for the common-word check (default: <sources>/../ner/peyma/train.txt)")
    ap.add_argument("--tables", type=Path, default=ROOT / "scripts" / "people_tables")
    ap.add_argument("--gazetteers", type=Path, default=ROOT / "gazetteers")
    args = ap.parse_args(argv)

    labels = csv_labels(args.sources)
    peyma = peyma_common_words([args.peyma_train or args.sources.parent / "ner" / "peyma" / "train.txt"])
    if not peyma:
        print("note: PEYMA train not found; common-word check uses COMMON_WORDS only")

    outs = set(TABLES.values())
    other_forms: dict[str, str] = {}
    other_ids: dict[str, str] = {}
    other_people: dict[str, str] = {}
    for p in sorted(args.gazetteers.glob("*.jsonl")):
        if p.name in outs:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            e = json.loads(line)
            other_ids[e["id"]] = p.name
            if e["type"] == "person":
                other_people[e["name"].casefold()] = f"{p.name}:{e['id']}"
            for s in [e["name_fa"], *e.get("aliases", []), *e.get("acronyms", []), *e.get("demonyms", [])]:
                other_forms.setdefault(compact_key(s), f"{p.name}:{e['id']} {e['name']}")

    tables = {t: parse_table(args.tables / f"{t}.txt") for t in TABLES}
    errors: list[str] = []
    qid_log: list[str] = []
    seen_ids: dict[str, str] = {}
    all_recs = [r for t in TABLES for r in tables[t]]
    for r in all_recs:
        hits = {q: pos for q, pos in labels.get(r["name"], {}).items() if q not in QID_REJECT}
        if len(hits) == 1:
            (q, pos), = hits.items()
            r["id"] = r["wikidata"] = q
            qid_log.append(f"{r['line']} {r['name']} -> {q}: {'; '.join(sorted(set(pos)))}")
        else:
            if len(hits) > 1:
                qid_log.append(f"{r['line']} {r['name']}: {len(hits)} QIDs share the label, none used")
            r["id"], r["wikidata"] = r["slug"], None
        if r["id"] in other_ids:
            errors.append(f"{r['line']}: id {r['id']} already in {other_ids[r['id']]}")
        if r["id"] in seen_ids:
            errors.append(f"{r['line']}: id {r['id']} also at {seen_ids[r['id']]}")
        seen_ids[r["id"]] = r["line"]
        if r["name"].casefold() in other_people:
            errors.append(f"{r['line']}: {r['name']} already in {other_people[r['name'].casefold()]}")

    owners: dict[str, set[str]] = defaultdict(set)
    for r in all_recs:
        for s in {compact_key(x) for x in [r["name_fa"], *r["aliases"]]}:
            owners[s].add(r["id"])
    drops: list[str] = []
    warnings: list[str] = []
    dups = 0
    for r in all_recs:
        nk = compact_key(r["name_fa"])
        if nk in other_forms:
            errors.append(f"{r['line']}: name_fa {r['name_fa']!r} = {other_forms[nk]}")
        if len(owners[nk]) > 1:
            errors.append(f"{r['line']}: name_fa {r['name_fa']!r} shared by {sorted(owners[nk])}")
        o = mostly_o(nk, peyma) if one_word(r["name_fa"]) else None
        if o:
            warnings.append(f"{r['line']} {r['name']}: one-word name_fa {r['name_fa']!r} is mostly O in "
                            f"PEYMA train ({o[1]}/{o[0]}); kept (it is the usual name), context must decide")
        keep, why, folded = filter_aliases(r["name_fa"], r["aliases"], other_forms=other_forms, owners=owners,
                                           peyma=peyma)
        dups += folded
        drops += [f"{r['line']} {r['name']}: {w}" for w in why]
        r["aliases"] = keep

    def show(title: str, items: list[str]) -> None:
        print(f"\n== {title}: {len(items)}")
        for it in items:
            print("  " + it)

    show("QIDs from the CSVs (English label match)", qid_log)
    show("aliases dropped", drops)
    show("warnings", warnings)
    print(f"\nspelling variants folded by compact_key (kept once): {dups}")
    if errors:
        show("ERRORS", errors)
        return 1

    for t, fname in TABLES.items():
        recs = sorted(tables[t], key=lambda r: r["id"])
        forms = 0
        with open(args.gazetteers / fname, "w", encoding="utf-8") as f:
            for r in recs:
                rec = {"id": r["id"], "type": "person", "name": r["name"], "name_fa": r["name_fa"],
                       "aliases": r["aliases"], "wikidata": r["wikidata"], "country": r["country"],
                       "description": r["description"], "prior": r["prior"]}
                rec = weak_aliases.apply({k: v for k, v in rec.items() if v is not None and v != []})
                GazetteerEntity(**rec)  # validate
                forms += persian_forms(rec)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"\n{fname}: {len(recs)} people, {forms} Persian forms (distinct match keys, weak aliases "
              f"included; avg {forms / len(recs):.2f}), "
              f"with QID {sum(1 for r in recs if r['wikidata'])}; by prior "
              + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r['prior'] for r in recs).items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
