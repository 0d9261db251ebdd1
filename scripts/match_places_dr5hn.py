"""Find Wikidata ids for the gazetteer's cities and regions in the dr5hn database.

Usage (from the repository root)::

    python scripts/match_places_dr5hn.py --dr5hn ../shared/data/gazetteer-sources/dr5hn

For every ``city`` and ``region`` record with a country in ``gazetteers/places*.jsonl`` it
looks for dr5hn rows of the same country (cities for a city, first- or lower-level divisions
for a region; a city may also be a division whose type is a city: Moscow, Saint Petersburg)
and accepts a Wikidata id only when **name, country and place agree**:

* name: the English names are equal once folded (accents, case, punctuation, and the words
  province / governorate / state / region / city ... removed), or, where they differ, the
  Persian names are equal and the English ones close (rapidfuzz ratio >= 80);
* place: the Persian names agree (equal match keys once «استان», «شهر», «ایالت» ... are
  removed, or ratio >= 85), or the record's description names the dr5hn row's province,
  or the record is a capital and dr5hn marks the row as the capital;
* the id: the source's row has one, not repeated on other rows (the source copies ids down
  to the following rows), not on another dr5hn candidate, and not already the id of another
  gazetteer entity (a city-state's city and country share one).

Several candidates of one name in one country: the most populous is taken only when it is
at least ten times the next and the Persian names agree. Everything else is written to
``docs/place_wikidata_doubtful.tsv`` with the reason and left without an id. The accepted
ids go to ``scripts/places_wikidata.tsv``, which ``scripts/build_places.py``
reads; ``--review N`` also writes ``docs/place_wikidata_review.tsv`` with N accepted rows
drawn at random (seed 16) and each one's source row for a manual check.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.importers.dr5hn import untrusted_wikidata_rows
from ner_fa.normalize import compact_key

PLACE_FILES = ("places.jsonl", "places_iran.jsonl", "places_world.jsonl", "places_regions.jsonl")
OUT_TSV = ROOT / "scripts" / "places_wikidata.tsv"
DOUBTFUL_TSV = ROOT / "docs" / "place_wikidata_doubtful.tsv"
# Matches a manual review found wrong or doubtful: id <TAB> reason (kept out whatever the rules say).
REJECTED_TSV = ROOT / "scripts" / "places_wikidata_rejected.tsv"
# A city farther than these from its dr5hn province's coordinates and from its country's centre is
# misplaced (Copenhagen, New York filed under Denmark). Some provinces' coordinates are themselves wrong.
MAX_KM_FROM_PROVINCE = 1000
MAX_KM_FROM_COUNTRY = 2500
# A big city's own Wikidata item is an early one; where the source gives a late id (above Q1,000,000) to a
# city of 200,000+ people abroad (500,000+ in Iran), it names a district or municipality item (Lisbon
# Q33690701, Montreal Q2826806, Manchester Q21525592; found in the manual review): not taken.
LATE_QID, BIG_ABROAD, BIG_HOME = 1_000_000, 200_000, 500_000
# A row of another spelling that replaces the rows of the place's name (their ids copied down) lies this close
# to them.
MAX_KM_SAME_PLACE = 50
# The source's README: the cities of these countries are absent (their states are there).
LACKING_CITIES = {"AU", "BR", "DE", "ES", "FR", "IN", "IT", "MX", "PH", "RO", "RU", "US"}
REVIEW_TSV = ROOT / "docs" / "place_wikidata_review.tsv"
# Every id of the second rule (another spelling or level), with the manual review's verdict.
REVIEW2_TSV = ROOT / "docs" / "place_wikidata_review_other_spelling.tsv"
# Division types that are a city themselves (their Wikidata item is the city's).
CITY_DIVISIONS = {"city", "autonomous city", "capital city", "state city", "city municipality", "special city",
                  "special self-governing city", "federal city", "capital district"}
# The second rule (another spelling or level, below) also takes these division types as a city: a municipality that
# is the city itself (Bucharest, Shanghai, Hanoi, Majuro); it is reached only where no row has the city's name.
CITY_DIVISIONS_2 = CITY_DIVISIONS | {"municipality", "special municipality"}
# Rows of the cities file that are a town: the source's types for a populated place (adm1..adm4 mark the seat of a
# division, as GeoNames' PPLA..PPLA4) and no type; «district», «county», «section» ... rows are divisions.
CITY_ROW_TYPES = {"", "city", "capital", "adm1", "adm2", "adm3", "adm4", "town", "gov_seat", "cities"}
SEAT_TYPES = {"adm1", "adm2", "adm3", "adm4"}
_DIVISION_NAME = re.compile(r"\b(district|county|municipality|municipal|departamento|department|bezirk|kreis|regency|"
                            r"kabupaten|prefecture|province|governorate|sector|region|oblast|raion|rayon|canton)\b",
                            re.IGNORECASE)
_DROP_WORDS = {"province", "governorate", "state", "region", "city", "oblast", "prefecture", "county", "district",
               "of", "the", "municipality", "capital", "autonomous", "republic", "territory", "department",
               "emirate", "voivodeship", "canton"}
_FA_DROP = ("استان", "شهر", "ایالت", "منطقه", "شهرستان", "استانداری", "ولایت", "جمهوری", "بندر")


def fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", re.sub(r"\(.*?\)", " ", name))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[’'‘ʻʼ`ʿʾ]", "", s)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in _DROP_WORDS]
    return " ".join(words)


def km(a: dict, b: dict) -> float | None:
    """Great-circle distance between two rows' coordinates (None when one lacks them)."""
    try:
        la1, lo1, la2, lo2 = (math.radians(float(x)) for x in (a["latitude"], a["longitude"],
                                                                 b["latitude"], b["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def fa_key(text: str) -> str:
    words = [w for w in text.split() if w not in _FA_DROP]
    return compact_key(" ".join(words) or text)


def fa_agree(ours: list[str], theirs: str) -> bool:
    if not theirs:
        return False
    k = fa_key(theirs)
    return any(fa_key(o) == k or fuzz.ratio(fa_key(o), k) >= 85 for o in ours)


def english_close(a: str, b: str) -> bool:
    """Two folded English names that differ but still name one place (Basrah / Basra, Al Kūt / Kut).

    An Arabic article is ignored; the rest must be close (rapidfuzz ratio >= 80, spaces ignored),
    so that «Jakarta Utara» (North Jakarta) is not Jakarta, nor the Gaza governorate the Gaza Strip.
    """
    a2, b2 = (re.sub(r"^(al|ar|as|ad|an|ash|at|az|el) ", "", x).replace(" ", "") for x in (a, b))
    return bool(a2 and b2) and fuzz.ratio(a2, b2) >= 80


def variant_fold(name: str) -> str:
    """An English name with its known spelling variants folded, for the second rule.

    On top of :func:`fold`: an Arabic article dropped (Al Qāmishlī / Qamishli), «St»/«Ste» read as
    «Saint» (St. George's / Saint George's), a closing «D.C.» (Distrito Capital: Bogotá D.C.) dropped,
    spaces and hyphens removed (Hà Nội / Hanoi) and doubled letters or digraphs written once (Tall ‘Afar /
    Tal Afar, Ta‘izz / Taiz, Zaporizhia / Zaporizhzhia).
    """
    s = "".join(variant_words(name))
    s = re.sub(r"(zh|kh|sh|ch|gh|th)\1", r"\1", s)
    return re.sub(r"(.)\1+", r"\1", s)


def variant_words(name: str) -> list[str]:
    """The words of :func:`fold` without an Arabic article nor «iqlim» (region: Iqlim Kurdistan), nor a Persian
    head «Shahr-e» / «Bandar-e» (city of, port of: Shahr-e-Rey, Bandar-e Kangan), «St»/«Ste» read as «Saint»,
    no closing «D.C.»."""
    words = [w for w in fold(name).split() if w != "iqlim"]
    if len(words) > 1 and words[0] in ("al", "ar", "as", "ad", "an", "ash", "at", "az", "el"):
        words = words[1:]
    if len(words) > 1 and words[0] in ("shahr", "bandar"):
        words = words[2:] if words[1] == "e" and len(words) > 2 else words[1:]
    words = ["saint" if w in ("st", "ste") else w for w in words]
    if words[-2:] == ["d", "c"] and len(words) > 2:
        words = words[:-2]
    return words


def division_named(name: str) -> bool:
    """An English name that says the row is a division: «City of Edinburgh», «Latakia District»."""
    return bool(_DIVISION_NAME.search(name) or re.match(r"(?i)(city|municipality) of ", name.strip()))


def added_words(a: str, b: str) -> bool:
    """The English names differ by added words: a part or a whole of the place, not it
    (Jakarta / Jakarta Utara, Gaza Strip / Gaza, Jerusalem / East Jerusalem)."""
    wa, wb = set(variant_words(a)), set(variant_words(b))
    return wa != wb and bool(wa) and bool(wb) and (wa < wb or wb < wa)


def level_fits(rec_type: str, kind: str, row: dict) -> str:
    """Why a row of another spelling cannot be the record's place at the record's level ('' when it can).

    A city takes a town row of the cities file (not a district, county, section ... row, nor one whose
    English name says it is a division) or a division that is a city (:data:`CITY_DIVISIONS_2`); a region
    takes a first-level division that is not a city.
    """
    rtype = (row.get("type") or "").strip()
    if rec_type == "city":
        if kind == "city":
            if rtype not in CITY_ROW_TYPES:
                return f"a {rtype} row of the cities file, a division"
            if _DIVISION_NAME.search(row["name"]):
                return "a row named as a division"
            return ""
        if rtype in CITY_DIVISIONS_2:
            return ""
        return f"a {rtype or 'division'} row (a division's id is not the city's)"
    if kind == "city":
        return "a town row (a town's id is not the region's)"
    if row.get("parent_id") is not None:
        return f"a lower-level {rtype or 'division'} row"
    if rtype in CITY_DIVISIONS_2:
        return f"a {rtype} row (a city)"
    return ""


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dr5hn", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer-sources" / "dr5hn")
    ap.add_argument("--gazetteers", type=Path, default=ROOT / "gazetteers")
    ap.add_argument("--review", type=int, default=0,
                    help="write docs/place_wikidata_review.tsv with this many accepted rows drawn at random "
                         "(seed 16) for a manual check (it overwrites the verdicts written there)")
    args = ap.parse_args(argv)

    cities = load_rows(args.dr5hn / "cities.jsonl")
    states = load_rows(args.dr5hn / "states.jsonl")
    countries = json.loads((args.dr5hn / "countries.json").read_text(encoding="utf-8"))
    capital_of = {c["iso2"]: fold(c.get("capital") or "") for c in countries}
    country_row = {c["iso2"]: c for c in countries}
    state_by_id = {s["id"]: s for s in states}
    # a row's id is trusted unless it is a copy (see ner_fa.importers.dr5hn) or a city carries a state's id
    copied = {("city", i) for i in untrusted_wikidata_rows(cities)} | {("state", i)
                                                                       for i in untrusted_wikidata_rows(states)}
    # (a city that is also a division of the same name, Beijing or Addis Ababa, shares its id legitimately)
    state_names = {s["wikiDataId"]: fold(s["name"]) for s in states if s.get("wikiDataId")}
    state_by_qid = {s["wikiDataId"]: s for s in states if s.get("wikiDataId")}
    for i, r in enumerate(cities):
        q = r.get("wikiDataId")
        # ... nor one that is a city itself: Prague is «Praha, Hlavní město» (capital city), Lima the
        # «Municipalidad Metropolitana de Lima» (municipality), Sanaa «Amanat Al Asimah» (municipality)
        shared = q in state_names and state_names[q] != fold(r["name"])
        r["_copied"] = ("city", i) in copied or (shared and (state_by_qid[q].get("type") or "") not in CITY_DIVISIONS_2)
        if shared and not r["_copied"]:
            r["_division"] = state_by_qid[q]
    for i, r in enumerate(states):
        r["_copied"] = ("state", i) in copied

    # the first-level divisions of each country, by folded name: a description that names one places the record
    provinces: dict[str, dict[str, int]] = defaultdict(dict)
    for s_row in states:
        if s_row.get("parent_id") is None and fold(s_row["name"]):
            provinces[s_row["country_code"]][fold(s_row["name"])] = s_row["id"]

    def candidates(rows: list[dict], kind: str) -> dict[tuple[str, str], list[tuple[str, dict]]]:
        idx: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
        for r in rows:
            idx[(r["country_code"], fold(r["name"]))].append((kind, r))
        return idx

    city_idx = candidates(cities, "city")
    state_idx = candidates(states, "state")
    by_country: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    # the second rule's indexes: a row by its Persian name's match key, and by its English name's variant fold
    fa_idx: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    variant_idx: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    for kind, rows in (("city", cities), ("state", states)):
        for r in rows:
            by_country[r["country_code"]].append((kind, r))
            if r.get("fa"):
                fa_idx[(r["country_code"], fa_key(r["fa"]))].append((kind, r))
            variant_idx[(r["country_code"], variant_fold(r["name"]))].append((kind, r))

    other_qids: dict[str, str] = {}
    for f in sorted(args.gazetteers.glob("*.jsonl")):
        # the dr5hn import is built after this match and drops the rows matched here
        if f.name in PLACE_FILES or f.name == "places_world_dr5hn.jsonl":
            continue
        for r in load_rows(f):
            if r.get("wikidata"):
                other_qids[r["wikidata"]] = r["id"]

    rejected = {}
    if REJECTED_TSV.is_file():
        for line in REJECTED_TSV.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                rid, reason = line.split("\t", 1)
                rejected[rid] = reason
    records = [r for f in PLACE_FILES for r in load_rows(args.gazetteers / f)
               if r["type"] in ("city", "region") and r.get("country")]
    accepted: dict[str, tuple[str, dict, str]] = {}
    second: dict[str, tuple[str, dict, str]] = {}     # the rows the second rule found
    doubtful_note: dict[str, str] = {}  # why the second rule did not replace rows whose ids are unusable
    doubtful: list[tuple[dict, str, str]] = []
    for rec in records:
        cc, name = rec["country"], fold(rec["name"])
        ours_fa = [rec["name_fa"], *rec.get("aliases", ()), *rec.get("weak_aliases", ())]
        if rec["type"] == "city":
            cands = city_idx.get((cc, name), []) + [c for c in state_idx.get((cc, name), [])
                                                    if (c[1].get("type") or "") in CITY_DIVISIONS]
        else:
            cands = state_idx.get((cc, name), [])
        how = "english"
        if not cands:
            want = {"city"} if rec["type"] == "city" else {"state"}
            ours_keys = {fa_key(f) for f in ours_fa}
            cands = [(k, r) for k, r in by_country.get(cc, ()) if k in want and fa_key(r.get("fa") or "") in ours_keys
                     and english_close(fold(r["name"]), name)]
            how = "persian+english-close"
        if not cands or all(c[1]["_copied"] or not c[1].get("wikiDataId") for c in cands):
            # second rule: a row of another spelling or level: the Persian names equal (match keys), or the
            # English names once their known variants are folded; same country and province; the row's level
            # the record's; one place (one trusted id) only. Also where the rows of the name have no usable id
            # (Rey's row carries Rasht's id; «Shahr-e-Rey» has its own)
            first, first_how = cands, how
            cands, how, why_not = other_spelling(rec, [rec["name_fa"], *rec.get("aliases", ())], fa_idx, variant_idx,
                                                 state_by_id, provinces)
            # a row replacing the name's own rows (whose ids are copies) must be where they are
            far = [c for c in cands if not why_not and first and any(
                (km(c[1], f[1]) or 0) > MAX_KM_SAME_PLACE for f in first)]
            if far:
                why_not = (f"another spelling or level: {far[0][0]}:{far[0][1]['id']} {far[0][1]['name']!r} lies "
                           f"{max(km(far[0][1], f[1]) or 0 for f in first):,.0f} km from the rows of the name")
            if why_not and first:
                doubtful_note[rec["id"]] = why_not
                cands, how = first, first_how
            elif why_not:
                lacks = rec["type"] == "city" and cc in LACKING_CITIES
                doubtful.append((rec, "no dr5hn row of this name in the country"
                                 + (" (the source lacks this country's cities)" if lacks else "")
                                 + (f"; {why_not}" if cands else ""), describe(cands[0]) if cands else ""))
                continue
        with_fa = [c for c in cands if fa_agree(ours_fa, c[1].get("fa") or "")]
        pool = sorted(with_fa or cands, key=lambda c: -(c[1].get("population") or 0))
        # rows of the same place (a city and its district) often repeat an id: only trusted ids count
        trusted = [c for c in pool if c[1].get("wikiDataId") and not c[1]["_copied"]]
        pool = trusted or pool
        # a row named as a division of the name («City of Edinburgh», «Latakia District», «City of Cape Town»)
        # is not the town where a row of the bare name is there
        bare = [c for c in pool if not division_named(c[1]["name"])]
        if rec["type"] == "city" and bare and len(bare) < len(pool) and len({c[1].get("wikiDataId") for c in pool}) > 1:
            pool = bare
            how += "; rows named as divisions set aside"
        if len({c[1].get("wikiDataId") for c in pool}) > 1:
            pops = [c[1].get("population") or 0 for c in pool]
            if not with_fa or pops[0] < 10 * max(pops[1], 1):
                doubtful.append((rec, f"{len(pool)} dr5hn rows of this name in the country", describe(pool[0])))
                continue
        kind, row = pool[0]
        qid = row.get("wikiDataId")
        if row.get("_division"):
            how += f"; its id is also the city division {row['_division']['name']!r}'s ({row['_division']['type']})"
        place_ok = bool(with_fa)
        desc = rec.get("description", "")
        if not place_ok and kind == "city":
            st = state_by_id.get(row.get("state_id"))
            in_province = bool(st and fold(st["name"]) and fold(st["name"]) in fold(desc))
            capital = desc.startswith("capital of") and (row.get("type") == "capital" or capital_of.get(cc) == name)
            # the source marks the row as the seat of a first-level division of its own name (Farah in Farah
            # province, Ta‘izz in Ta'izz governorate, Glasgow in the Glasgow council area): the city of that name
            seat = bool(st and st.get("parent_id") is None and row.get("type") in SEAT_TYPES
                        and variant_fold(st["name"]) == variant_fold(row["name"]))
            place_ok = in_province or capital or seat
            if seat and not (in_province or capital):
                how += "; place: the seat of its namesake division"
        if ("other spelling" in how or row.get("_division") or "namesake division" in how
                or "set aside" in how):
            second[rec["id"]] = (kind, row, how)
        # where the place is: near its province or its country's centre (some provinces' coordinates are wrong)
        st = state_by_id.get(row.get("state_id")) if kind == "city" else None
        d_state, d_country = km(row, st) if st else None, km(row, country_row.get(cc, {}))
        dist = None
        if d_state is not None and d_state > MAX_KM_FROM_PROVINCE and (d_country or 0) > MAX_KM_FROM_COUNTRY:
            dist = d_state
        if rec["id"] in rejected:
            doubtful.append((rec, f"rejected by the manual review: {rejected[rec['id']]}", describe(pool[0])))
        elif dist is not None and dist > MAX_KM_FROM_PROVINCE:
            doubtful.append((rec, (f"the row's coordinates are {dist:,.0f} km from its province {st['name']!r} "
                             f"and {d_country:,.0f} km from its country's centre"),
                             describe(pool[0])))
        elif not qid:
            doubtful.append((rec, "the dr5hn row has no Wikidata id", describe(pool[0])))
        elif row["_copied"]:
            doubtful.append((rec, "the row's Wikidata id is a copy of another row's (copied down by the source)"
                             + (f"; {doubtful_note[rec['id']]}" if rec["id"] in doubtful_note
                                and doubtful_note[rec["id"]] != "no row" else ""), describe(pool[0])))
        elif (kind == "city" and int(qid[1:]) > LATE_QID
              and (row.get("population") or 0) >= (BIG_HOME if cc == "IR" else BIG_ABROAD)):
            division = state_by_qid.get(qid)
            doubtful.append((rec, "a late Wikidata id for a big city (usually a district or municipality item)"
                             + (f"; the source gives the same id to the division {division['name']!r} "
                                f"({division.get('type') or 'division'})" if division else ""),
                             describe(pool[0])))
        elif qid in other_qids:
            doubtful.append((rec, f"the row's Wikidata id is already {other_qids[qid]!r}'s", describe(pool[0])))
        elif not place_ok:
            doubtful.append((rec, ("English name (a spelling variant)" if "variant" in how else "English name")
                             + " and country agree, but not the Persian name nor the province",
                             describe(pool[0])))
        else:
            accepted[rec["id"]] = (qid, row | {"_kind": kind},
                                   how if with_fa or "namesake division" in how else how + ", place from description")
    # one id on two records: neither gets it
    owners: dict[str, list[str]] = defaultdict(list)
    for rid, (qid, _, _) in accepted.items():
        owners[qid].append(rid)
    by_id = {r["id"]: r for r in records}
    for qid, rids in owners.items():
        if len(rids) > 1:
            for rid in rids:
                doubtful.append((by_id[rid], f"{qid} matched by {len(rids)} records ({', '.join(rids)})",
                                 describe((accepted[rid][1]["_kind"], accepted[rid][1]))))
                del accepted[rid]

    OUT_TSV.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_TSV, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "wikidata", "dr5hn_row", "dr5hn_name", "dr5hn_fa", "country", "population", "latitude",
                    "longitude", "matched_by"])
        for rid in sorted(accepted):
            qid, row, how = accepted[rid]
            w.writerow([rid, qid, f"{row['_kind']}:{row['id']}", row["name"], row.get("fa") or "",
                        row["country_code"], row.get("population") or "", row.get("latitude") or "",
                        row.get("longitude") or "", how])
    with open(DOUBTFUL_TSV, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "type", "name", "name_fa", "country", "reason", "best_dr5hn_row"])
        for rec, reason, cand in sorted(doubtful, key=lambda d: d[0]["id"]):
            w.writerow([rec["id"], rec["type"], rec["name"], rec["name_fa"], rec["country"], reason, cand])
    write_second_review(second, accepted, rejected, by_id, state_by_id)
    if args.review:
        rng = random.Random(16)
        drawn = rng.sample(sorted(accepted), min(args.review, len(accepted)))
        with open(REVIEW_TSV, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["id", "name", "name_fa", "description", "country", "wikidata", "dr5hn_row", "dr5hn_name",
                        "dr5hn_fa", "dr5hn_country", "dr5hn_province", "population", "latitude", "longitude",
                        "verdict", "note"])
            for rid in sorted(drawn):
                rec, (qid, row, _) = by_id[rid], accepted[rid]
                st = state_by_id.get(row.get("state_id")) if row["_kind"] == "city" else None
                w.writerow([rid, rec["name"], rec["name_fa"], rec.get("description", ""), rec["country"], qid,
                            f"{row['_kind']}:{row['id']}", row["name"], row.get("fa") or "", row["country_code"],
                            (st or {}).get("name", ""), row.get("population") or "", row.get("latitude") or "",
                            row.get("longitude") or "", "", ""])
    n_city = sum(1 for r in records if r["type"] == "city")
    n_city_ok = sum(1 for rid in accepted if by_id[rid]["type"] == "city")
    print(f"{len(records)} cities and regions with a country: {len(accepted)} matched "
          f"({len(accepted) / len(records):.1%}; cities {n_city_ok}/{n_city}, regions "
          f"{len(accepted) - n_city_ok}/{len(records) - n_city}), {len(doubtful)} doubtful")
    # the ceiling: what the source cannot give (no row of the place at its level, a country without its cities,
    # a copied-down id, no id); the rest of the doubtful ones have a row and an id that the rules keep out
    cannot: dict[str, int] = defaultdict(int)
    for _, reason, _ in doubtful:
        if "the source lacks this country's cities" in reason:
            cannot["the source lacks the country's cities"] += 1
        elif reason.startswith("no dr5hn row"):
            cannot["no row of the place at its level (under any spelling)"] += 1
        elif "copy of another row's" in reason:
            cannot["the row's id is a copy of another row's"] += 1
        elif reason == "the dr5hn row has no Wikidata id":
            cannot["the row has no id"] += 1
    ceiling = len(records) - sum(cannot.values())
    print(f"ceiling: {ceiling} ({ceiling / len(records):.1%}); the source cannot give {sum(cannot.values())}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(cannot.items(), key=lambda x: -x[1])))
    reasons: dict[str, int] = defaultdict(int)
    for _, reason, _ in doubtful:
        reasons[re.sub(r"\d+|\(.*\)|Q\d+|'.*'", "N", reason)] += 1
    for reason, n in sorted(reasons.items(), key=lambda x: -x[1]):
        print(f"  {n:4d}  {reason}")
    return 0


def named_provinces(description: str, provinces: dict[str, int]) -> set[int]:
    """The first-level divisions (folded name → id) that a description names, spelling variants allowed
    (ratio >= 90 over as many words: West Azerbaijan / West Azarbaijan, not East Azarbaijan)."""
    words = fold(description).split()
    out = set()
    for name, sid in provinces.items():
        n = len(name.split())
        if any(fuzz.ratio(" ".join(words[i:i + n]), name) >= 90 for i in range(len(words) - n + 1)):
            out.add(sid)
    return out


def other_spelling(rec: dict, forms: list[str], fa_idx: dict, variant_idx: dict, state_by_id: dict | None = None,
                   provinces: dict | None = None) -> tuple[list[tuple[str, dict]], str, str]:
    """The second rule: the rows of the record's country under another spelling or level.

    Returns (rows, how, why_not): the rows that can be the record's place and how they were found, or,
    when none or several places remain, the rows seen and why they are not taken. Where the record's
    description names a first-level division of its country (``provinces``: country → folded name → state
    id), a town row of another division is not the place.
    """
    cc = rec["country"]
    named = named_provinces(rec.get("description") or "", (provinces or {}).get(cc, {}))
    found: dict[tuple[str, int], tuple[str, dict, str]] = {}
    for key in {fa_key(f) for f in forms if f}:
        for kind, row in fa_idx.get((cc, key), ()):
            found.setdefault((kind, row["id"]), (kind, row, "persian name (other spelling or level)"))
    for kind, row in variant_idx.get((cc, variant_fold(rec["name"])), ()):
        found.setdefault((kind, row["id"]), (kind, row, "english variant (other spelling or level)"))
    if not found:
        return [], "", "no row"
    seen = sorted(found.values(), key=lambda c: -(c[1].get("population") or 0))
    fits, reasons = [], []
    for kind, row, how in seen:
        why = level_fits(rec["type"], kind, row)
        if not why and added_words(rec["name"], row["name"]):
            why = "its English name adds or lacks words (a part or a whole of the place)"
        if not why and kind == "city" and named and row.get("state_id") not in named:
            where = (state_by_id or {}).get(row.get("state_id"), {}).get("name", "another division")
            why = f"in {where}, not in the record's province"
        if why:
            reasons.append(f"{kind}:{row['id']} {row['name']!r} is {why}" if why.startswith("a ")
                           else f"{kind}:{row['id']} {row['name']!r}: {why}")
        else:
            fits.append((kind, row, how))
    if not fits:
        return [(k, r) for k, r, _ in seen], "", "another spelling or level: " + "; ".join(reasons)
    # rows of one place often repeat an id: only trusted ones count when there are any
    fits = [f for f in fits if f[1].get("wikiDataId") and not f[1].get("_copied")] or fits
    if len({r.get("wikiDataId") for _, r, _ in fits}) > 1:
        return [(k, r) for k, r, _ in fits], "", f"another spelling or level: {len(fits)} rows of different ids"
    # one place; a city row before a division row of the same id (Bogotá D.C.)
    fits.sort(key=lambda c: (c[0] != "city", -(c[1].get("population") or 0)))
    return [(k, r) for k, r, _ in fits], fits[0][2], ""


def write_second_review(second: dict, accepted: dict, rejected: dict, by_id: dict, state_by_id: dict) -> None:
    """List every id the second rule gives, or that a city shares with its city division (and those the
    review took back), in :data:`REVIEW2_TSV`.

    The verdicts and reasons already written there for the same place and id are kept; a new match gets an
    empty verdict (``tests/test_place_wikidata.py`` fails until it is reviewed).
    """
    old = {}
    if REVIEW2_TSV.is_file():
        with open(REVIEW2_TSV, encoding="utf-8", newline="") as fh:
            old = {(r["id"], r["wikidata"]): (r["verdict"], r["reason"]) for r in csv.DictReader(fh, delimiter="\t")}
    with open(REVIEW2_TSV, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "name", "name_fa", "description", "country", "wikidata", "dr5hn_row", "dr5hn_name",
                    "dr5hn_fa", "dr5hn_type", "dr5hn_province", "population", "latitude", "longitude", "matched_by",
                    "verdict", "reason"])
        for rid in sorted(second):
            if rid not in accepted and rid not in rejected:
                continue
            rec, (kind, row, how) = by_id[rid], second[rid]
            st = state_by_id.get(row.get("state_id")) if kind == "city" else None
            verdict, reason = old.get((rid, row.get("wikiDataId") or ""), ("", ""))
            w.writerow([rid, rec["name"], rec["name_fa"], rec.get("description", ""), rec["country"],
                        row.get("wikiDataId") or "", f"{kind}:{row['id']}", row["name"], row.get("fa") or "",
                        row.get("type") or "", (st or {}).get("name", ""), row.get("population") or "",
                        row.get("latitude") or "", row.get("longitude") or "", how, verdict, reason])


def describe(cand: tuple[str, dict]) -> str:
    kind, r = cand
    return (f"{kind}:{r['id']} {r['name']} «{r.get('fa') or ''}» {r.get('wikiDataId') or '-'} "
            f"pop {r.get('population') or '-'} ({r.get('latitude')}, {r.get('longitude')})")


if __name__ == "__main__":
    sys.exit(main())
