"""Read the countries-states-cities database (dr5hn) into gazetteer entities.

The source (github.com/dr5hn/countries-states-cities-database, ODbL 1.0) comes as three
files in one directory: ``states.jsonl`` (first-level divisions: provinces, states,
governorates ...), ``cities.jsonl`` (cities, towns and districts, ``state_id`` joining
``states.id``) and ``countries.json``. Each row has an English ``name``, a Persian
``fa``, a ``wikiDataId``, a ``population`` and coordinates.

:func:`iter_dr5hn` yields one :class:`~ner_fa.gazetteer.GazetteerEntity` per kept row:
states become ``region`` records, cities ``city`` records; the record keeps the source
row id (``source``: ``dr5hn:state:ID`` / ``dr5hn:city:ID``), the country, the population
and the coordinates. Its id is the Wikidata id when the row has a trustworthy one,
else ``dr5hn-state-ID`` / ``dr5hn-city-ID``.

**Copied-down Wikidata ids.** In the cities file a Wikidata id is often repeated on the
rows that follow it (a run of rows of different places sharing one id; 6,492 ids are on
18,974 rows of the 2026-08 extract). The first row of such a run keeps its true id (London
Q84, Lagos Q8673, Lima Q2868, Isfahan Q42053 head runs of other places); the rows after it
carry a copy. The source also gives a famous place's id to small namesakes elsewhere (the
village «Halab» in Iran has Aleppo's). :func:`untrusted_wikidata_rows` finds the rows whose
id cannot be trusted: the followers in a run of adjacent rows, and, for an id on rows that
are not adjacent, all but the one whose population is ten times the others' (all of them
when none is). The importer drops the id from those rows (the place is kept, with a
``dr5hn-…`` id). A city id that is also a state's id is dropped from the city for the same
reason. Ids that remain are still the source's claim: cross-check them before they replace
anything already verified.

**Divisions in the cities file.** The cities file also holds counties, districts and
municipalities. A city row whose own English or Persian name says it is a division
(«Departamento de Anta», «Politischer Bezirk Amstetten», «Tadmur District», «Kabupaten
Bandung», «Nicosia Municipality»; «شهرستان چرداول», «ناحیه نیپیسینگ», «بخش آنتا») becomes a
``region`` record, as the first-level divisions, not a ``city`` (:func:`is_division_row`). The
row's ``type`` alone does not decide: it is unreliable (Wuxi, a city of 7.5 million, is a
"county"; the prefecture-level cities of China are "prefecture"; Iranian county seats are
"adm2", the seat of a second-level division, and some Iranian counties are "city").

Rows are filtered by population (``min_population``, and ``min_population_home`` for the
``home`` country; a city without a population is skipped) and by level (only states with
no ``parent_id`` are first-level divisions). Every row needs a Persian name.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pydantic import ValidationError

from ..errors import GazetteerError
from ..gazetteer import GazetteerEntity, read_lines
from ._base import ImportStats, persian_forms

__all__ = ["DR5HN_FILES", "dr5hn_prior", "is_division_row", "iter_dr5hn", "read_dr5hn_rows",
           "untrusted_wikidata_rows"]

DR5HN_FILES = ("states.jsonl", "cities.jsonl", "countries.json")
_KIND_TYPE = {"state": "region", "city": "city"}
# Words by which a row's own name calls it a division (English, and the source's Persian heads).
_DIVISION_EN = re.compile(r"\b(district|county|municipality|municipal|departamento|department|bezirk|regency|"
                          r"kabupaten|prefecture|province|governorate|township|borough|parish|amphoe|raion|rayon|"
                          r"okres|powiat|arrondissement)\b", re.IGNORECASE)
_DIVISION_FA = re.compile(r"^(شهرستان|ناحیه|استان|شهرداری|بخش|کابوپاتن|فرمانداری|منطقه)[\s\u200c]")


def read_dr5hn_rows(path: str | os.PathLike, *, strict: bool = True,
                    stats: ImportStats | None = None) -> list[dict]:
    """The JSON objects of one dr5hn ``.jsonl`` file (a bad line raises, or is counted when not ``strict``)."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError("dr5hn file not found (expected states.jsonl and cities.jsonl in the directory)",
                             source=str(path))
    rows = []
    for n, line in read_lines(path):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or "id" not in row or "name" not in row:
                raise ValueError("not a row object with id and name")
        except ValueError as exc:
            if strict:
                raise GazetteerError(f"not a dr5hn row ({exc}); pass strict=False to skip such lines",
                                     source=str(path), line=n) from None
            if stats is not None:
                stats.bad_line(n)
            continue
        rows.append(row)
    return rows


def untrusted_wikidata_rows(rows: Sequence[dict]) -> set[int]:
    """Positions of the rows whose Wikidata id is probably not theirs.

    The source copies an id down to the rows after it: on a run of adjacent rows the id is
    trusted on the first only. An id also found on rows elsewhere (a village «Halab» with
    Aleppo's id) is trusted on the head of one run only when that row's population is at
    least ten times every other head's (a missing population counts as 0), else on none.
    """
    where: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.get("wikiDataId"):
            where[r["wikiDataId"]].append(i)
    out: set[int] = set()
    for positions in where.values():
        if len(positions) == 1:
            continue
        heads = [p for k, p in enumerate(positions) if k == 0 or positions[k - 1] != p - 1]
        out.update(p for p in positions if p not in heads)
        if len(heads) > 1:
            pops = sorted(((_population(rows[p].get("population")) or 0, p) for p in heads), reverse=True)
            keep = pops[0][1] if pops[0][0] >= 10 * pops[1][0] and pops[0][0] > 0 else None
            out.update(p for p in heads if p != keep)
    return out


def is_division_row(row: dict) -> bool:
    """Whether a row of the cities file is, by its own English or Persian name, a county-like division.

    «Departamento de Anta», «Tadmur District», «Politischer Bezirk Amstetten», «شهرستان چرداول»: yes.
    The source's ``type`` is not read (see the module's notes): a bare «Wuxi» typed "county" stays a city.
    """
    return bool(_DIVISION_EN.search(str(row.get("name") or "")) or _DIVISION_FA.match(str(row.get("fa") or "").strip()))


def dr5hn_prior(population: int | None, *, home: bool = False) -> float:
    """A prior from the population: 0.2 at 10,000 inhabitants (or unknown), +0.05 per tenfold, at most 0.45.

    Below every hand-curated place (0.3–0.9 for capitals); ``home`` (the home country's places)
    adds 0.1, so that an Iranian town ranks ahead of a foreign namesake of equal size.
    """
    if not population:
        return round(0.2 + (0.1 if home else 0.0), 3)
    pop = max(population, 1)
    prior = 0.2 + 0.05 * math.log10(max(pop / 10_000, 1e-3))
    return round(min(max(prior, 0.05), 0.45) + (0.1 if home else 0.0), 3)


def _population(value) -> int | None:
    try:
        pop = int(float(value))
    except (TypeError, ValueError):
        return None
    return pop if pop > 0 else None


def _coordinates(row: dict) -> tuple[float, float] | None:
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    return (round(lat, 5), round(lon, 5)) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def iter_dr5hn(directory: str | os.PathLike, *, kinds: Iterable[str] = ("state", "city"),
               min_population: int = 50_000, min_population_home: int = 10_000, home: str = "IR",
               state_min_population: int = 0, strict: bool = True,
               stats: ImportStats | None = None) -> Iterator[GazetteerEntity]:
    """Yield gazetteer entities for the dr5hn rows of ``directory`` that pass the filters.

    ``kinds``: ``state`` (first-level divisions, kept whatever their population unless
    ``state_min_population``) and/or ``city``. A city is kept when its population is at least
    ``min_population`` (``min_population_home`` in the ``home`` country); a threshold of 0
    keeps every row, also those without a population.
    """
    directory = Path(directory)
    kinds = tuple(kinds)
    unknown = set(kinds) - set(_KIND_TYPE)
    if unknown:
        raise GazetteerError(f"unknown dr5hn kind(s) {', '.join(sorted(unknown))}; choose state and/or city",
                             source=str(directory))
    stats = stats if stats is not None else ImportStats()
    states = read_dr5hn_rows(directory / "states.jsonl", strict=strict, stats=stats)
    countries = _country_names(directory / "countries.json")
    state_by_id = {r["id"]: r for r in states}
    state_qids = {r.get("wikiDataId") for r in states if r.get("wikiDataId")}
    bad_states = untrusted_wikidata_rows(states)
    if "state" in kinds:
        for i, row in enumerate(states):
            stats.read += 1
            if row.get("parent_id") is not None:
                stats.skipped["not a first-level division"] += 1
                continue
            pop = _population(row.get("population"))
            if state_min_population and (pop or 0) < state_min_population:
                stats.skipped["population below the threshold"] += 1
                continue
            qid = row.get("wikiDataId") if i not in bad_states else None
            where = countries.get(row.get("country_code") or "", row.get("country_name") or "")
            desc = f"{row.get('type') or 'division'} of {where}" if where else (row.get("type") or "")
            entity = _entity(row, "state", qid, pop, desc, home, stats)
            if entity is not None:
                yield entity
    if "city" in kinds:
        cities = read_dr5hn_rows(directory / "cities.jsonl", strict=strict, stats=stats)
        bad_cities = untrusted_wikidata_rows(cities)
        for i, row in enumerate(cities):
            stats.read += 1
            pop = _population(row.get("population"))
            floor = min_population_home if row.get("country_code") == home else min_population
            if floor > 0 and (pop is None or pop < floor):
                stats.skipped["no population" if pop is None else "population below the threshold"] += 1
                continue
            qid = row.get("wikiDataId") if i not in bad_cities and row.get("wikiDataId") not in state_qids else None
            if row.get("wikiDataId") and qid is None:
                stats.skipped["kept without its copied Wikidata id"] += 1
            state = state_by_id.get(row.get("state_id"))
            where = ", ".join(x for x in ((state or {}).get("name"), countries.get(row.get("country_code") or ""))
                              if x)
            division = is_division_row(row)
            what = "division" if division else "capital" if row.get("type") == "capital" else "city"
            desc = f"{what} in {where}" if where else what
            entity = _entity(row, "city", qid, pop, desc, home, stats, type_="region" if division else None)
            if entity is not None:
                yield entity
    stats.warn_bad_lines(str(directory))


def _country_names(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read the countries file ({exc})", source=str(path)) from None
    return {c["iso2"]: c["name"] for c in data if isinstance(c, dict) and c.get("iso2") and c.get("name")}


def _entity(row: dict, kind: str, qid: str | None, pop: int | None, desc: str, home: str,
            stats: ImportStats, type_: str | None = None) -> GazetteerEntity | None:
    # some «fa» cells hold the English name (Tibet: «Xizang»): only Arabic-script names are Persian names
    names = [n for n in persian_forms([row.get("fa") or ""]) if any("\u0600" <= ch <= "\u06ff" for ch in n)]
    if not names:
        stats.skipped["no Persian name"] += 1
        return None
    record = {"id": qid or f"dr5hn-{kind}-{row['id']}", "type": type_ or _KIND_TYPE[kind],
              "name": " ".join(str(row["name"]).split()) or names[0], "name_fa": names[0],
              "country": row.get("country_code") or None, "description": desc,
              "prior": dr5hn_prior(pop, home=row.get("country_code") == home),
              "population": pop, "coordinates": _coordinates(row), "source": f"dr5hn:{kind}:{row['id']}"}
    if qid:
        record["wikidata"] = qid
    try:
        entity = GazetteerEntity.model_validate(record)
    except ValidationError as exc:
        stats.skipped[f"invalid {'.'.join(map(str, exc.errors()[0].get('loc', ())))}"] += 1
        return None
    stats.kept += 1
    stats.types[entity.type] += 1
    return entity
