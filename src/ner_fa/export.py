"""Entity lists as JSON, JSONL and CSV, with Persian kept readable (no ``\\u`` escapes).

The strings returned are always UTF-8 encodable: lone surrogates in a text are
written as U+FFFD (see :func:`ner_fa.normalize.replace_surrogates`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from .models import Document
from .normalize import replace_surrogates

__all__ = ["CSV_FIELDS", "entities_frame", "entity_list", "mentions_frame", "to_csv", "to_json", "to_jsonl"]

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
    return replace_surrogates(json.dumps(payload, ensure_ascii=False, indent=indent))


def to_jsonl(items: Iterable[tuple[str | None, Document]]) -> Iterable[str]:
    """One JSON line per document."""
    for src, doc in items:
        yield replace_surrogates(json.dumps(entity_list(doc, src), ensure_ascii=False))


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
    return replace_surrogates(buf.getvalue())


def _pandas():
    try:
        import pandas
    except ImportError:
        from .errors import MissingDependencyError

        raise MissingDependencyError("pandas", "notebook") from None
    return pandas


def mentions_frame(docs: Document | Iterable[Document]):
    """A ``pandas.DataFrame`` with one row per mention (nested ones included); needs pandas."""
    pd = _pandas()
    docs = [docs] if isinstance(docs, Document) else list(docs)
    rows = []
    for i, doc in enumerate(docs):
        for m in doc.all_mentions():
            e = m.entity
            rows.append({"doc": i, "text": m.text, "label": m.label, "start": m.start, "end": m.end,
                         "source": m.source, "entity_id": e.id if e else None, "name": e.name if e else None,
                         "name_fa": e.name_fa if e else None, "wikidata": e.wikidata if e else None,
                         "score": m.score})
    return pd.DataFrame(rows, columns=["doc", "text", "label", "start", "end", "source", "entity_id", "name",
                                       "name_fa", "wikidata", "score"])


def entities_frame(docs: Document | Iterable[Document]):
    """A ``pandas.DataFrame`` with one row per distinct entity over all documents, most mentioned first."""
    pd = _pandas()
    frame = mentions_frame(docs)
    linked = frame[frame["entity_id"].notna()]
    if linked.empty:
        return pd.DataFrame(columns=["entity_id", "name", "name_fa", "wikidata", "mentions", "documents",
                                     "surface_forms"])
    grouped = linked.groupby("entity_id", sort=False).agg(
        name=("name", "first"), name_fa=("name_fa", "first"), wikidata=("wikidata", "first"),
        mentions=("text", "size"), documents=("doc", "nunique"),
        surface_forms=("text", lambda s: sorted(set(s))),
    ).reset_index()
    return grouped.sort_values("mentions", ascending=False, kind="stable").reset_index(drop=True)
