#!/usr/bin/env python3
"""Build the PLACES part of the ner_fa gazetteer.

Usage (from the repository root)::

    python scripts/build_places.py --sources ../shared/data/gazetteer-sources

Writes ``gazetteers/places_iran.jsonl`` (Iranian provinces, cities, islands,
ports and sites), ``gazetteers/places_world.jsonl`` (national capitals, major
cities, regions within countries) and ``gazetteers/places_regions.jsonl``
(continents, world regions, seas, straits, rivers, mountains), and adds the
aliases in ``SEED_ADDITIONS`` to the seed file ``gazetteers/places.jsonl``.

The Persian names are the hand-written tables in ``scripts/places_data.py``.
The list of national capitals comes from ``mledoze_countries.json`` (read at
build time, never copied): every capital of an independent country (plus
Palestine, Kosovo and Taiwan) must have a row in ``CAPITALS`` or be listed in
``NO_SAFE_FORM``; the builder stops otherwise.  Ids are project slugs;
the ``wikidata`` field comes from ``scripts/places_wikidata.tsv`` (written by
``scripts/match_places_dr5hn.py``: the places whose English name, country and
Persian name or province agree with a dr5hn row that has a trustworthy Wikidata id).

Checks before writing: each record validates as a ``GazetteerEntity``; ids are
unique across every ``gazetteers/*.jsonl``; a surface form whose match key
equals another form of the same entity is dropped (the matcher folds ZWNJ,
spaces and Arabic letters already); a match key shared with an entity of
another file, or with another new place, is printed for review.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import places_data as D
import weak_aliases

from ner_fa.gazetteer import GazetteerEntity
from ner_fa.normalize import compact_key

WIKIDATA_TSV = Path(__file__).resolve().parent / "places_wikidata.tsv"
OUT_FILES = ("places_iran.jsonl", "places_world.jsonl", "places_regions.jsonl")
SEED_FILE = "places.jsonl"

# Capitals that already are records of the seed file places.jsonl.
SEED_CAPITALS = {"Beijing", "Moscow", "Tehran", "Washington D.C.", "Astana", "Minsk"}
# Capitals whose only Persian form is a common word the gazetteer matcher would find
# everywhere (ماله "trowel", دیلی "Daily ...", ویکتوریا a given name; روزو, which the matcher
# also finds in «روز و» because it joins tokens): left out.
NO_SAFE_FORM = {"Malé", "Dili", "Victoria", "Roseau"}
# Also capitals (second seats), not in mledoze's capital lists.
EXTRA_SEATS = {
    "La Paz": ("BO", "seat of government of Bolivia"),
    "The Hague": ("NL", "seat of government of the Netherlands"),
    "Abidjan": ("CI", "largest city and former capital of Côte d'Ivoire"),
    "Putrajaya": ("MY", "administrative capital of Malaysia"),
    "Bujumbura": ("BI", "largest city and former capital of Burundi"),
}
# Non-independent entries of mledoze whose capital is a national capital in the news.
ALSO_NATIONAL = {"PS", "XK", "TW"}

SEED_ADDITIONS = {
    "tehran": {"demonyms": ["تهرانی"], "aliases": ["تهران بزرگ"]},
    "persian-gulf": {"aliases": ["خلیج همیشه فارس"]},
    "washington-dc": {"aliases": ["واشنگتن دی‌سی"]},
}


def split(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def rows(block: str, width: int) -> list[list[str]]:
    out = []
    for n, line in enumerate(block.strip().splitlines(), 1):
        if not line.strip():
            continue
        f = [x.strip() for x in line.split("|")]
        if len(f) != width:
            raise SystemExit(f"table row {n} has {len(f)} fields, expected {width}: {line!r}")
        out.append(f)
    return out


def record(slug, type_, name, name_fa, aliases, demonyms, prior, country, description) -> dict:
    rec = {"id": slug, "type": type_, "name": name, "name_fa": name_fa,
           "aliases": split(aliases) if isinstance(aliases, str) else list(aliases),
           "demonyms": split(demonyms) if isinstance(demonyms, str) else list(demonyms)}
    if country:
        rec["country"] = country
    rec["description"] = description
    rec["prior"] = float(prior)
    return rec


def iran_records() -> list[dict]:
    out = []
    provinces = {}
    for slug, name, fa, al, dem, prior, capital in rows(D.IRAN_PROVINCES, 7):
        provinces[slug.removesuffix("-province")] = name
        out.append(record(slug, "region", name, fa, al, dem, prior, "IR",
                          f"province of Iran (capital {capital})"))
    for slug, name, fa, al, dem, prior, prov in rows(D.IRAN_CITIES, 7):
        if prov not in provinces:
            raise SystemExit(f"{slug}: unknown province {prov!r}")
        out.append(record(slug, "city", name, fa, al, dem, prior, "IR", f"city in {provinces[prov]}, Iran"))
    for slug, name, fa, al, dem, prior, type_, desc in rows(D.IRAN_PLACES, 8):
        out.append(record(slug, type_, name, fa, al, dem, prior, "IR", desc))
    return out


def capital_records(sources: Path) -> list[dict]:
    countries = json.loads((sources / "mledoze_countries.json").read_text(encoding="utf-8"))
    table = {r[0]: r[1:] for r in rows(D.CAPITALS, 6)}
    used, out, missing = set(), [], []
    for c in sorted(countries, key=lambda c: c["cca2"]):
        if not (c.get("independent") or c["cca2"] in ALSO_NATIONAL):
            continue
        for cap in c.get("capital", []):
            if cap in SEED_CAPITALS or cap in NO_SAFE_FORM:
                continue
            if cap not in table:
                missing.append(f"{cap} ({c['cca2']})")
                continue
            used.add(cap)
            slug, fa, al, dem, prior = table[cap]
            cname = c["name"]["common"]
            country, desc = c["cca2"], f"capital of {cname}"
            if cap == "Jerusalem":   # claimed as capital by Israel and by Palestine
                country, desc = None, "city claimed as capital by Israel and by Palestine"
            # a capital named like its country (Djibouti, Singapore…) gets a distinct English name
            name = f"{cap} (city)" if cap == cname or cap == "Vatican City" else cap
            out.append(record(slug, "city", name, fa, al, dem, prior, country, desc))
    for cap, (cc, desc) in EXTRA_SEATS.items():
        slug, fa, al, dem, prior = table[cap]
        used.add(cap)
        out.append(record(slug, "city", cap, fa, al, dem, prior, cc, desc))
    if missing:
        raise SystemExit("capitals with no row in CAPITALS: " + ", ".join(missing))
    unused = set(table) - used
    if unused:
        raise SystemExit("rows in CAPITALS that are no capital in the sources: " + ", ".join(sorted(unused)))
    return out


def world_records() -> list[dict]:
    out = []
    for slug, name, fa, al, dem, prior, cc, desc in rows(D.WORLD_CITIES, 8):
        out.append(record(slug, "city", name, fa, al, dem, prior, cc, desc))
    for slug, name, fa, al, dem, prior, type_, cc, desc in rows(D.REGIONS, 9):
        out.append(record(slug, type_, name, fa, al, dem, prior, cc, desc))
    return out


def region_records() -> list[dict]:
    return [record(slug, type_, name, fa, al, dem, prior, None, desc)
            for slug, name, fa, al, dem, prior, type_, desc in rows(D.WORLD_REGIONS, 8)]


def dedupe_forms(rec: dict) -> None:
    """Drop forms whose match key another form of the same record already has."""
    seen = {compact_key(rec["name_fa"])}
    for field in ("aliases", "demonyms"):
        kept = []
        for form in rec.get(field, []):
            key = compact_key(form)
            if key in seen:
                print(f"  {rec['id']}: dropped {field[:-1]} {form!r} (same match key as another form)")
                continue
            seen.add(key)
            kept.append(form)
        if field in rec or kept:
            rec[field] = kept


def forms(rec: dict) -> list[str]:
    return [rec["name_fa"], *rec.get("aliases", ()), *rec.get("acronyms", ()), *rec.get("demonyms", ())]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_wikidata(path: Path = WIKIDATA_TSV) -> dict[str, str]:
    """Place id -> Wikidata id, from the table match_places_dr5hn.py writes (none when it is absent)."""
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    i_id, i_qid = header.index("id"), header.index("wikidata")
    return {cells[i_id]: cells[i_qid] for cells in (line.split("\t") for line in lines[1:] if line.strip())}


def write_jsonl(path: Path, recs: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(weak_aliases.apply(r), ensure_ascii=False) + "\n" for r in recs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer-sources")
    ap.add_argument("--gazetteers", type=Path, default=ROOT / "gazetteers")
    args = ap.parse_args(argv)

    built = {"places_iran.jsonl": iran_records(),
             "places_world.jsonl": capital_records(args.sources) + world_records(),
             "places_regions.jsonl": region_records()}

    seed_path = args.gazetteers / SEED_FILE
    seed = load_jsonl(seed_path)
    by_id = {r["id"]: r for r in seed}
    for sid, add in SEED_ADDITIONS.items():
        rec = by_id[sid]
        for field, values in add.items():
            cur = rec.setdefault(field, [])
            cur.extend(v for v in values if v not in cur)

    others: dict[str, tuple[str, str]] = {}   # key -> (id, file) of entities not built here
    other_ids: set[str] = set()
    for f in sorted(args.gazetteers.glob("*.jsonl")):
        if f.name in OUT_FILES or f.name == SEED_FILE:
            continue
        for r in load_jsonl(f):
            other_ids.add(r["id"])
            for form in forms(r):
                others.setdefault(compact_key(form), (r["id"], f.name))

    mine = [r for recs in built.values() for r in recs]
    qids = load_wikidata()
    for r in seed + mine:
        if r["id"] in qids:
            r["wikidata"] = qids.pop(r["id"])
        else:
            r.pop("wikidata", None)
    if qids:
        raise SystemExit(f"places_wikidata.tsv names places that are not built: {', '.join(sorted(qids))}")
    ids: set[str] = set()
    for r in seed + mine:
        if r["id"] in ids or r["id"] in other_ids:
            raise SystemExit(f"duplicate id {r['id']!r}")
        ids.add(r["id"])
    for r in mine:
        dedupe_forms(r)
        GazetteerEntity.model_validate(r)
    for r in seed:
        GazetteerEntity.model_validate(r)

    owners: dict[str, list[str]] = defaultdict(list)
    for r in seed + mine:
        for form in forms(r):
            owners[compact_key(form)].append(r["id"])
    for key, idl in sorted(owners.items()):
        if key in others:
            print(f"  shared with {others[key][1]} {others[key][0]}: {key} ({', '.join(idl)})")
        if len(set(idl)) > 1:
            print(f"  shared between places: {key} ({', '.join(sorted(set(idl)))})")

    write_jsonl(seed_path, seed)
    for name, recs in built.items():
        write_jsonl(args.gazetteers / name, recs)
    allrecs = seed + mine
    by_type = defaultdict(int)
    for r in allrecs:
        by_type[r["type"]] += 1
    nforms = sum(len(forms(r)) for r in allrecs)
    print(f"wrote {len(mine)} places in {', '.join(built)} and updated {SEED_FILE} ({len(seed)}); "
          f"{len(allrecs)} in all: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    print(f"Persian forms per entity (name_fa + aliases + demonyms): {nforms / len(allrecs):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
