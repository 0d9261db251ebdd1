"""Stream a Wikidata JSON dump into gazetteer entities.

The dump (``latest-all.json``, ``.json.gz`` or ``.json.bz2``) is one JSON array with
one entity per line::

    [
    {"type":"item","id":"Q42","labels":{...},"aliases":{...},"claims":{...},"sitelinks":{...}},
    ...
    ]

:func:`iter_wikidata` reads it one line at a time and yields a
:class:`~ner_fa.gazetteer.GazetteerEntity` for each item that

* is an instance (P31, non-deprecated statements) of a class in the class map
  (:data:`WIKIDATA_CLASS_TYPES`; only *direct* classes count: a one-pass stream
  cannot walk the subclass tree, so add the classes you need), and
* has a Persian name: the ``fa`` label, or else the first ``fa`` alias. Only the
  language code ``fa`` is read (not ``fa-af``, ``ckb``, ``azb`` or other languages
  in Arabic script); items without a Persian name are skipped, because the linker
  matches Persian text against Persian names.

Memory does not grow with the dump: only the current line and a small table of
country codes are held.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from pydantic import ValidationError

from .._json import JsonLineError, loads_line
from ..errors import GazetteerError
from ..gazetteer import ENTITY_TYPES, GazetteerEntity, read_lines
from ._base import ImportStats, persian_forms

__all__ = ["WIKIDATA_CLASS_TYPES", "iter_wikidata", "prior_from_sitelinks"]

#: Direct P31 class → gazetteer type. Copy it, change it and pass it as ``class_types``.
WIKIDATA_CLASS_TYPES: dict[str, str] = {
    # person
    "Q5": "person",  # human
    # country
    "Q6256": "country",  # country
    "Q3624078": "country",  # sovereign state
    # territory
    "Q161243": "territory",  # dependent territory
    # city
    "Q515": "city",  # city
    "Q1549591": "city",  # big city
    "Q1637706": "city",  # city with millions of inhabitants
    "Q5119": "city",  # capital
    "Q200250": "city",  # metropolis
    "Q3957": "city",  # town
    # region
    "Q10864048": "region",  # first-level administrative country subdivision
    "Q82794": "region",  # geographic region
    # place
    "Q5107": "place",  # continent
    "Q23442": "place",  # island
    "Q8502": "place",  # mountain
    "Q4022": "place",  # river
    "Q23397": "place",  # lake
    "Q165": "place",  # sea
    # organization
    "Q43229": "organization",  # organization
    "Q4830453": "organization",  # business
    "Q783794": "organization",  # company
    "Q891723": "organization",  # public company
    "Q7278": "organization",  # political party
    "Q484652": "organization",  # international organization
    "Q245065": "organization",  # intergovernmental organization
    "Q327333": "organization",  # government agency
    "Q163740": "organization",  # nonprofit organization
    "Q3918": "organization",  # university
    "Q11032": "organization",  # newspaper
    "Q192283": "organization",  # news agency
}

_PRIORITY = {t: i for i, t in enumerate(ENTITY_TYPES)}  # person, country, territory, city, region, place, organization


def prior_from_sitelinks(n: int) -> float:
    """Popularity prior from the number of Wikipedia sitelinks: 0.2 at none, rising with
    ``log(1 + n)`` to 0.9 at 200 or more (the shipped countries have 0.9)."""
    return round(0.2 + 0.7 * min(1.0, math.log1p(max(n, 0)) / math.log1p(200)), 3)


def _country_codes_from_default() -> dict[str, str]:
    from ..gazetteer import default_gazetteer

    return {e.wikidata: e.country for e in default_gazetteer()
            if e.type in ("country", "territory") and e.wikidata and e.country}


def _claim_values(claims: Mapping, prop: str) -> Iterator[object]:
    """``mainsnak.datavalue.value`` of each non-deprecated statement, preferred ones first."""
    statements = claims.get(prop) or ()
    ranked = sorted((s for s in statements if isinstance(s, dict) and s.get("rank") != "deprecated"),
                    key=lambda s: s.get("rank") != "preferred")
    for s in ranked:
        value = ((s.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if value is not None:
            yield value


def _item_ids(claims: Mapping, prop: str) -> Iterator[str]:
    for v in _claim_values(claims, prop):
        if isinstance(v, dict) and isinstance(v.get("id"), str):
            yield v["id"]


def _text(d: Mapping, lang: str) -> str:
    v = (d or {}).get(lang)
    return v.get("value", "").strip() if isinstance(v, dict) else ""


def entity_from_wikidata(item: Mapping, *, class_types: Mapping[str, str] = WIKIDATA_CLASS_TYPES,
                         types: Iterable[str] | None = None, country_codes: Mapping[str, str] | None = None,
                         stats: ImportStats | None = None) -> GazetteerEntity | None:
    """The gazetteer entity for one parsed dump item, or ``None`` (the reason is counted in ``stats``)."""
    stats = stats if stats is not None else ImportStats()
    qid = item.get("id")
    if not isinstance(qid, str) or not qid.startswith("Q"):
        stats.skipped["not an item"] += 1
        return None
    claims = item.get("claims") or {}
    mapped = {class_types[c] for c in _item_ids(claims, "P31") if c in class_types}
    if not mapped:
        stats.skipped["class not in the map"] += 1
        return None
    wanted = mapped if types is None else mapped & set(types)
    if not wanted:
        stats.skipped["type not selected"] += 1
        return None
    etype = min(wanted, key=lambda t: _PRIORITY.get(t, len(_PRIORITY)))
    labels, aliases = item.get("labels") or {}, item.get("aliases") or {}
    fa_aliases = [a.get("value", "") for a in aliases.get("fa") or () if isinstance(a, dict)]
    fa = persian_forms([_text(labels, "fa"), *fa_aliases])
    if not fa:
        stats.skipped["no Persian name"] += 1
        return None
    name = _text(labels, "en") or _text(labels, "mul") or fa[0]
    en_aliases = [a.get("value", "") for a in aliases.get("en") or () if isinstance(a, dict)]
    record: dict = {
        "id": qid, "type": etype, "name": name, "name_fa": fa[0], "aliases": fa[1:], "wikidata": qid,
        "description": _text(item.get("descriptions") or {}, "en") or _text(item.get("descriptions") or {}, "fa"),
        "prior": prior_from_sitelinks(len(item.get("sitelinks") or {})),
    }
    iso2 = next((v for v in _claim_values(claims, "P297") if isinstance(v, str)), None)
    iso3 = next((v for v in _claim_values(claims, "P298") if isinstance(v, str)), None)
    if etype in ("country", "territory") and iso2:
        record["country"] = iso2.upper()
        record["codes"] = {"iso2": iso2.upper(), **({"iso3": iso3.upper()} if iso3 else {})}
    elif country_codes:
        # P17 (country) for places and organizations, P27 (citizenship) for people.
        for prop in ("P17", "P27"):
            code = next((country_codes[c] for c in _item_ids(claims, prop) if c in country_codes), None)
            if code:
                record["country"] = code
                break
    acronyms = [a for a in persian_forms(en_aliases) if a.isupper() and a.isascii() and 2 <= len(a) <= 8]
    if etype == "organization" and acronyms:
        record["acronyms"] = acronyms
    try:
        entity = GazetteerEntity.model_validate(record)
    except ValidationError as exc:
        err = exc.errors()[0]
        stats.skipped[f"invalid {'.'.join(map(str, err.get('loc', ())))}"] += 1
        return None
    stats.kept += 1
    stats.types[etype] += 1
    return entity


def iter_wikidata(path: str | os.PathLike, *, types: Iterable[str] | None = None,
                  class_types: Mapping[str, str] = WIKIDATA_CLASS_TYPES,
                  country_codes: Mapping[str, str] | None = None, strict: bool = True,
                  stats: ImportStats | None = None, max_line_chars: int = 100_000_000) -> Iterator[GazetteerEntity]:
    """Yield gazetteer entities from a Wikidata JSON dump, one line at a time.

    ``types``: the gazetteer types to keep (default: every type in ``class_types``).
    ``country_codes``: Wikidata id → ISO alpha-2, used to fill ``country`` from P17/P27;
    the default is the table of the shipped gazetteer's countries and territories.
    ``strict``: a line that is not JSON raises :class:`GazetteerError` with its number;
    with ``strict=False`` it is skipped, counted in ``stats`` and reported in one warning.
    """
    path = Path(path)
    if types is not None:
        types = set(types)
        unknown = types - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown entity type(s) {sorted(unknown)}; choose from {', '.join(ENTITY_TYPES)}")
    if not path.is_file():
        raise GazetteerError("Wikidata dump not found", source=str(path))
    stats = stats if stats is not None else ImportStats()
    codes = _country_codes_from_default() if country_codes is None else country_codes
    for n, line in read_lines(path, max_chars=max_line_chars):
        line = line.strip()
        if line in ("", "[", "]"):
            continue
        line = line.removesuffix(",")
        try:
            item = loads_line(line)
            problem = None if isinstance(item, dict) else f"expected an entity object, got {type(item).__name__}"
        except JsonLineError as exc:
            problem = str(exc)
        if problem is not None:
            if strict:
                raise GazetteerError(f"not a Wikidata entity line ({problem}); a dump holds one JSON entity per "
                                     "line (pass strict=False to skip such lines)", source=str(path), line=n)
            stats.bad_line(n)
            continue
        stats.read += 1
        entity = entity_from_wikidata(item, class_types=class_types, types=types, country_codes=codes, stats=stats)
        if entity is not None:
            yield entity
    stats.warn_bad_lines(str(path))
