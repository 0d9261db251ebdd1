"""Read ParaNames TSV files (Sälevä & Lignos) into gazetteer entities.

A ParaNames release is a TSV file (often gzipped) with this header and one row per
name of an entity in one language::

    wikidata_id  eng  label  language  type
    Q1001        Mahatma Gandhi  مهاتما گاندی  fa  PER

:func:`iter_paranames` groups consecutive rows by ``wikidata_id`` and yields one
entity for each group with a Persian name (``language`` ``fa`` or ``pes``).

Assumption: all rows of one entity are **adjacent** (the releases are sorted by
``wikidata_id``; nothing more is assumed about the order). An entity with several
types appears once per type; those rows are adjacent too, and the entity gets the
first type of ``type_priority``. If an entity already written shows up again later,
the file is not grouped and :class:`~ner_fa.errors.GazetteerError` says so with the
line number. Checking this keeps the ids written so far, so memory grows with the
output (entities with Persian names), not with the input.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from pydantic import ValidationError

from ..errors import GazetteerError
from ..gazetteer import GazetteerEntity, read_lines
from ._base import ImportStats, persian_forms

__all__ = ["PARANAMES_COLUMNS", "PARANAMES_TYPES", "iter_paranames"]

PARANAMES_COLUMNS = ("wikidata_id", "eng", "label", "language", "type")
#: ParaNames type → gazetteer type. LOC covers countries, cities and regions alike; ParaNames
#: does not tell them apart, so they all become ``place`` (pass your own map to change that).
PARANAMES_TYPES: dict[str, str] = {"PER": "person", "ORG": "organization", "LOC": "place"}
_QID = "Q"


def iter_paranames(path: str | os.PathLike, *, languages: Sequence[str] = ("fa", "pes"),
                   type_map: Mapping[str, str] = PARANAMES_TYPES,
                   type_priority: Sequence[str] = ("PER", "ORG", "LOC"), strict: bool = True,
                   stats: ImportStats | None = None) -> Iterator[GazetteerEntity]:
    """Yield one gazetteer entity per ParaNames entity that has a name in ``languages``.

    The first Persian name of an entity becomes ``name_fa``, the others aliases; ``eng``
    becomes ``name`` (or the Persian name when ``eng`` is empty). ``strict``: a row with
    the wrong number of cells raises :class:`GazetteerError` with its line; with
    ``strict=False`` it is skipped, counted and reported in one warning.
    """
    path = Path(path)
    if not path.is_file():
        raise GazetteerError("ParaNames file not found", source=str(path))
    stats = stats if stats is not None else ImportStats()
    langs = set(languages)
    priority = {t: i for i, t in enumerate(type_priority)}
    written: set[str] = set()
    group: list[tuple[int, list[str]]] = []
    lines = read_lines(path)
    first = next(lines, None)
    header = first[1].rstrip("\r\n").split("\t") if first else []
    missing = [c for c in PARANAMES_COLUMNS if c not in header]
    if missing:
        raise GazetteerError(f"not a ParaNames TSV: the header lacks {', '.join(missing)} (expected the columns "
                             f"{' '.join(PARANAMES_COLUMNS)}, tab-separated)", source=str(path), line=1,
                             field=missing[0])
    col = [header.index(c) for c in PARANAMES_COLUMNS]

    def finish() -> GazetteerEntity | None:
        qid = group[0][1][0]
        start = group[0][0]
        stats.read += 1
        if qid in written:
            raise GazetteerError(f"rows of {qid} are not adjacent (it was already read before); sort the file by "
                                 "wikidata_id first, e.g. `sort -t$'\\t' -k1,1 -s`", source=str(path), line=start,
                                 field="wikidata_id")
        names = persian_forms(label for _, (_, _, label, lang, _) in group if lang in langs)
        if not names:
            stats.skipped["no Persian name"] += 1
            return None
        known = [t for _, (*_, t) in group if t in type_map]
        if not known:
            stats.skipped["type not in the map"] += 1
            return None
        ptype = min(known, key=lambda t: priority.get(t, len(priority)))
        eng = next((e for _, (_, e, *_) in group if e.strip()), "")
        record = {"id": qid, "type": type_map[ptype], "name": " ".join(eng.split()) or names[0],
                  "name_fa": names[0], "aliases": names[1:]}
        if qid.startswith(_QID) and qid[1:].isdigit():
            record["wikidata"] = qid
        try:
            entity = GazetteerEntity.model_validate(record)
        except ValidationError as exc:  # e.g. an id that is not a valid gazetteer id
            stats.skipped[f"invalid {'.'.join(map(str, exc.errors()[0].get('loc', ())))}"] += 1
            return None
        written.add(qid)
        stats.kept += 1
        stats.types[entity.type] += 1
        return entity

    for n, line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header) or not cells[col[0]].strip():
            if strict:
                raise GazetteerError(f"expected {len(header)} tab-separated cells with a wikidata_id, got "
                                     f"{len(cells)} (pass strict=False to skip such rows)", source=str(path), line=n)
            stats.bad_line(n)
            continue
        row = [cells[i].strip() for i in col]
        if group and row[0] != group[0][1][0]:
            entity = finish()
            group = []
            if entity is not None:
                yield entity
        group.append((n, row))
    if group:
        entity = finish()
        if entity is not None:
            yield entity
    stats.warn_bad_lines(str(path))
