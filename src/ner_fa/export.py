"""Entity lists as JSON, JSONL and CSV, with Persian kept readable (no ``\\u`` escapes)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from .models import Document

__all__ = ["entity_list", "to_json", "to_jsonl", "to_csv", "CSV_FIELDS"]

CSV_FIELDS = ("source", "id", "type", "name", "name_fa", "wikidata", "count", "surface_forms", "spans")


def entity_list(doc: Document, source: str | None = None) -> dict:
    """One document's distinct linked entities and its unlinked mentions, as plain data."""
    return {
        "source": source,
        "entities": [
            {
                **s.entity.model_dump(mode="json"),
                "count": s.count,
                "surface_forms": list(s.surface_forms),
                "spans": [list(sp) for sp in s.spans],
            }
            for s in doc.entities()
        ],
        "unlinked": [
            {"text": m.text, "label": m.label, "start": m.start, "end": m.end} for m in doc.unlinked
        ],
    }


def to_json(items: Iterable[tuple[str | None, Document]], *, indent: int | None = 2) -> str:
    """A JSON array of entity lists, or one object when there is one document."""
    lists = [entity_list(doc, src) for src, doc in items]
    payload = lists[0] if len(lists) == 1 else lists
    return json.dumps(payload, ensure_ascii=False, indent=indent)


def to_jsonl(items: Iterable[tuple[str | None, Document]]) -> Iterable[str]:
    """One JSON line per document."""
    for src, doc in items:
        yield json.dumps(entity_list(doc, src), ensure_ascii=False)


def to_csv(items: Iterable[tuple[str | None, Document]], *, header: bool = True) -> str:
    """One row per entity per document; surface forms joined by ``|``, spans as ``start:end`` joined by ``|``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(CSV_FIELDS)
    for src, doc in items:
        for s in doc.entities():
            e = s.entity
            writer.writerow([
                src or "", e.id, e.type, e.name, e.name_fa, e.wikidata or "", s.count,
                "|".join(s.surface_forms), "|".join(f"{a}:{b}" for a, b in s.spans),
            ])
    return buf.getvalue()
