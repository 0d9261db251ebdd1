"""Entity lists as JSON, JSONL and CSV, with Persian kept readable (no ``\\u`` escapes).

The JSON shapes are pydantic models, so their JSON Schema is generated, published
in ``docs/schema/`` and printed by ``ner-fa schema``:

* :class:`DocumentEntities` — one document: its distinct entities (count, surface
  forms, spans), linked ones and NIL ones (``kind``: unlinked mentions grouped by
  :mod:`ner_fa.nil`), and its unlinked mentions; one JSONL line per document.
* :class:`CorpusEntities` — entities aggregated over many documents, with the
  spans per document (``ner-fa extract --aggregate``, :func:`ner_fa.aggregate`;
  memory bounded as :mod:`ner_fa.corpus` states).
* :class:`FailedInput` — an input that could not be read; the CLI writes one in
  place of the document it could not process, so no input is dropped silently.

>>> docs = [(src, nlp(text)) for src, text in inputs]     # doctest: +SKIP
>>> print(to_json(docs))                                  # doctest: +SKIP
>>> print(aggregate(docs).model_dump_json(indent=2))      # doctest: +SKIP

The strings returned are always UTF-8 encodable: lone surrogates in a text are
written as U+FFFD (see :func:`ner_fa.normalize.replace_surrogates`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from .models import Document, EntitySummary, Label
from .normalize import replace_surrogates

__all__ = [
    "AGGREGATE_CSV_FIELDS",
    "CSV_FIELDS",
    "NIL_TYPES",
    "AggregateLimits",
    "CorpusEntities",
    "CorpusEntity",
    "DocumentEntities",
    "DocumentSpans",
    "ExportedCandidate",
    "ExportedEntity",
    "FailedInput",
    "UnlinkedMention",
    "aggregate",
    "aggregate_csv",
    "corpus_json",
    "entities_frame",
    "entity_fields",
    "entity_list",
    "json_schemas",
    "mentions_frame",
    "to_csv",
    "to_json",
    "to_jsonl",
]

CSV_FIELDS = ("source", "kind", "id", "label", "type", "name", "name_fa", "wikidata", "count", "surface_forms", "spans",
              "candidates", "error")
AGGREGATE_CSV_FIELDS = ("kind", "id", "label", "type", "name", "name_fa", "wikidata", "count", "documents",
                        "surface_forms")
#: The gazetteer type written for a NIL entity of each label.
NIL_TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}

_CONFIG = ConfigDict(frozen=True, extra="forbid")
Span = Annotated[tuple[int, int], Field(description="[start, end) character offsets into the original text")]
WikidataId = Annotated[str | None, Field(pattern=r"^Q[1-9][0-9]*$", description="Wikidata QID, null when unknown")]


class ExportedCandidate(BaseModel):
    """A gazetteer entity a NIL entity's mentions were compared with but not linked to."""

    model_config = _CONFIG

    id: str
    name: str
    score: float = Field(ge=0.0, le=1.0)


class _EntityFields(BaseModel):
    model_config = _CONFIG

    kind: Literal["linked", "nil"] = Field(
        description="linked: a gazetteer entity; nil: unlinked mentions of one thing the gazetteer lacks")
    id: str = Field(min_length=1, description="Stable id: the Wikidata QID where known, else a project slug; "
                                              "nil:LABEL:<normalized canonical form> for NIL entities")
    label: Label = Field(description="the NER label of its mentions (the most frequent one)")
    type: str = Field(description="person, country, territory, city, region, organization, ...; "
                                  "person, place or organization for NIL entities")
    name: str = Field(description="English name (empty for NIL entities)")
    name_fa: str = Field(description="Persian name; for NIL entities the longest full form written, no titles")
    wikidata: WikidataId = None
    count: int = Field(ge=1, description="number of mentions (nested mentions included)")
    surface_forms: list[str] = Field(description="distinct mention texts, in order of first appearance")


class ExportedEntity(_EntityFields):
    """One distinct linked entity of one document."""

    spans: list[Span] = Field(description="offsets of every mention, in text order")
    candidates: list[ExportedCandidate] = Field(
        default_factory=list, description="NIL only: the best gazetteer candidates it was not linked to")


class UnlinkedMention(BaseModel):
    """A mention the linker could not attach to a gazetteer entity (NIL)."""

    model_config = _CONFIG

    text: str
    label: Label
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class DocumentEntities(BaseModel):
    """The entity list of one document (the main export; one JSONL line)."""

    model_config = _CONFIG

    source: str | None = Field(description="where the text came from: a path, 'path:line' for JSONL, '<stdin>'")
    entities: list[ExportedEntity] = Field(description="linked and NIL entities, most mentioned first, ties in "
                                                       "order of first mention")
    unlinked: list[UnlinkedMention] = Field(description="the unlinked mentions (grouped into the NIL entities)")


class FailedInput(BaseModel):
    """An input that was not processed, and why (``ner-fa extract --keep-going``)."""

    model_config = _CONFIG

    source: str
    error: str = Field(min_length=1)


class DocumentSpans(BaseModel):
    """Where an aggregated entity occurs in one document."""

    model_config = _CONFIG

    source: str | None
    doc: int = Field(ge=0, description="index of the document in the input order")
    spans: list[Span]


class CorpusEntity(_EntityFields):
    """One entity aggregated over many documents."""

    documents: int = Field(ge=1, description="number of documents that mention it")
    count_error: int = Field(
        default=0, ge=0, description="NIL only: at most this many of its mentions were not counted (they came "
                                     "before the entity was evicted and seen again); 0 when nothing was evicted")
    form_counts: dict[str, int] = Field(default_factory=dict,
                                        description="mentions per surface form (the first forms seen, capped)")
    occurrences: list[DocumentSpans] = Field(
        description="its spans in each document, in input order (the first max_occurrences documents)")
    examples: list[str] = Field(default_factory=list,
                                description="NIL only: text around its first mention in the first documents")


class AggregateLimits(BaseModel):
    """The memory bounds an aggregate was built with (see :mod:`ner_fa.corpus`) and what they cut."""

    model_config = _CONFIG

    max_nil_entities: int = Field(ge=1, description="distinct NIL entities kept (space-saving eviction beyond)")
    max_forms: int = Field(ge=1, description="surface forms kept per entity")
    max_occurrences: int = Field(ge=0, description="documents whose spans are kept per entity")
    max_examples: int = Field(ge=0, description="example contexts kept per NIL entity")
    evicted: int = Field(ge=0, description="NIL entities dropped to stay within max_nil_entities")


class CorpusEntities(BaseModel):
    """Entities aggregated over many documents (``ner-fa extract --aggregate``)."""

    model_config = _CONFIG

    documents: int = Field(ge=0, description="number of documents processed")
    entities: list[CorpusEntity] = Field(description="linked and NIL entities, most mentioned first, ties in "
                                                     "order of first mention")
    unlinked: int = Field(ge=0, description="number of unlinked mentions over all documents")
    failed: list[FailedInput] = Field(default_factory=list, description="inputs that could not be processed")
    limits: AggregateLimits | None = Field(default=None, description="the memory bounds it was built with")


Item = tuple[str | None, Document]


def entity_fields(s: EntitySummary) -> dict:
    """The identity fields of an entity summary: kind, id, label, type, names, wikidata."""
    if s.entity is not None:
        return {"kind": "linked", **s.entity.model_dump(), "label": s.label}
    return {"kind": "nil", "id": s.id, "label": s.label, "type": NIL_TYPES[s.label], "name": "",
            "name_fa": s.name_fa, "wikidata": None}


def _exported(s: EntitySummary) -> ExportedEntity:
    return ExportedEntity(**entity_fields(s), count=s.count, surface_forms=list(s.surface_forms),
                          spans=list(s.spans),
                          candidates=[ExportedCandidate(id=c.id, name=c.name, score=c.score) for c in s.candidates])


def _document_entities(doc: Document, source: str | None, linked_only: bool = False) -> DocumentEntities:
    return DocumentEntities(
        source=source,
        entities=[_exported(s) for s in doc.entities(linked_only=linked_only)],
        unlinked=[UnlinkedMention(text=m.text, label=m.label, start=m.start, end=m.end) for m in doc.unlinked],
    )


def entity_list(doc: Document, source: str | None = None, *, linked_only: bool = False) -> dict:
    """One document's distinct entities (linked and NIL; ``linked_only=True``: linked ones only)
    and its unlinked mentions, as plain data (the shape of :class:`DocumentEntities`)."""
    return _document_entities(doc, source, linked_only).model_dump(mode="json")


def _record(item: Item | FailedInput) -> dict:
    if isinstance(item, FailedInput):
        return item.model_dump(mode="json")
    src, doc = item
    return entity_list(doc, src)


_SPAN = re.compile(r"\[\s+(\d+),\s+(\d+)\s+\]")


def _dumps(payload: object, indent: int | None = None) -> str:
    """JSON with Persian unescaped; when indented, each [start, end] span stays on one line."""
    text = json.dumps(payload, ensure_ascii=False, indent=indent)
    return replace_surrogates(_SPAN.sub(r"[\1, \2]", text) if indent else text)


def to_json(items: Iterable[Item | FailedInput], *, indent: int | None = 2) -> str:
    """A JSON array of entity lists (:class:`FailedInput` records where an input failed),
    or one object when there is one document."""
    lists = [_record(it) for it in items]
    payload = lists[0] if len(lists) == 1 else lists
    return _dumps(payload, indent)


def to_jsonl(items: Iterable[Item | FailedInput]) -> Iterable[str]:
    """One JSON line per document (or failed input), produced lazily."""
    for it in items:
        yield _dumps(_record(it))


def _csv_rows(item: Item | FailedInput) -> Iterable[list]:
    if isinstance(item, FailedInput):
        yield [item.source] + [""] * (len(CSV_FIELDS) - 2) + [item.error]
        return
    src, doc = item
    for s in doc.entities():
        f = entity_fields(s)
        yield [src or "", f["kind"], f["id"], f["label"], f["type"], f["name"], f["name_fa"], f["wikidata"] or "",
               s.count, "|".join(s.surface_forms), "|".join(f"{a}:{b}" for a, b in s.spans),
               "|".join(c.id for c in s.candidates), ""]


def to_csv(items: Iterable[Item | FailedInput], *, header: bool = True) -> str:
    """One row per entity (linked and NIL) per document; surface forms joined by ``|``, spans as
    ``start:end`` joined by ``|``, the candidate ids of a NIL entity joined by ``|``; a failed
    input is one row with only ``source`` and ``error``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    # the writer quotes only the line terminator's characters: a lone «\r» in a form would end the row
    quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if header:
        writer.writerow(CSV_FIELDS)
    for it in items:
        for row in _csv_rows(it):
            (quoted if any("\r" in str(f) for f in row) else writer).writerow(row)
    return replace_surrogates(buf.getvalue())


def aggregate(items: Iterable[Item | Document | FailedInput], **limits) -> CorpusEntities:
    """Entities (linked and NIL) over many documents: total mentions, number of documents,
    surface forms and the spans in each document (same as :func:`ner_fa.aggregate`), in bounded memory (``limits``: see
    :class:`ner_fa.corpus.Aggregator`). :class:`FailedInput` items are listed in ``failed``."""
    from .corpus import Aggregator

    agg = Aggregator(**limits)
    agg.update(items)
    return agg.result()


def corpus_json(corpus: CorpusEntities, *, indent: int | None = 2) -> str:
    """An aggregate as JSON, Persian unescaped."""
    return _dumps(corpus.model_dump(mode="json"), indent)


def aggregate_csv(corpus: CorpusEntities, *, header: bool = True) -> str:
    """One row per aggregated entity; surface forms joined by ``|``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(AGGREGATE_CSV_FIELDS)
    for e in corpus.entities:
        writer.writerow([e.kind, e.id, e.label, e.type, e.name, e.name_fa, e.wikidata or "", e.count, e.documents,
                         "|".join(e.surface_forms)])
    return replace_surrogates(buf.getvalue())


_EXTRACT_OUTPUT = TypeAdapter(
    DocumentEntities | FailedInput | list[DocumentEntities | FailedInput] | CorpusEntities
)


def json_schemas() -> dict[str, dict]:
    """The JSON Schemas of the exports, by file name (as published in ``docs/schema/``).

    ``extract-output.schema.json`` covers everything ``ner-fa extract --format json``
    prints and every line of ``--format jsonl``."""
    def schema(obj, title: str, description: str) -> dict:
        s = (obj.model_json_schema(mode="serialization") if isinstance(obj, type)
             else obj.json_schema(mode="serialization"))
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title,
                "description": description, **{k: v for k, v in s.items() if k not in ("title", "description")}}

    return {
        "document-entities.schema.json": schema(
            DocumentEntities, "DocumentEntities", "The entity list of one document (one JSONL line)."),
        "corpus-entities.schema.json": schema(
            CorpusEntities, "CorpusEntities", "Entities aggregated over many documents (--aggregate)."),
        "extract-output.schema.json": schema(
            _EXTRACT_OUTPUT, "ner-fa extract output",
            "What `ner-fa extract` writes as JSON (one document, an array, or an aggregate) and each JSONL line."),
        "document.schema.json": schema(
            Document, "Document", "ner_fa.Document: the full result of extraction (Document.model_dump_json())."),
    }


def _pandas():
    try:
        import pandas
    except ImportError:
        from .errors import MissingDependencyError

        raise MissingDependencyError("pandas", "notebook") from None
    return pandas


def mentions_frame(docs: Document | Iterable[Document]):
    """A ``pandas.DataFrame`` with one row per mention (nested ones included); needs pandas.
    ``kind`` is linked or nil; ``nil_id`` names the NIL entity of an unlinked mention."""
    pd = _pandas()
    docs = [docs] if isinstance(docs, Document) else list(docs)
    rows = []
    for i, doc in enumerate(docs):
        nil = {span: s.id for s in doc.entities() if s.kind == "nil" for span in s.spans}
        for m in doc.all_mentions():
            e = m.entity
            rows.append({"doc": i, "text": m.text, "label": m.label, "start": m.start, "end": m.end,
                         "source": m.source, "kind": "linked" if e else "nil", "entity_id": e.id if e else None,
                         "nil_id": None if e else nil.get((m.start, m.end)), "name": e.name if e else None,
                         "name_fa": e.name_fa if e else None, "wikidata": e.wikidata if e else None,
                         "score": m.score})
    return pd.DataFrame(rows, columns=["doc", "text", "label", "start", "end", "source", "kind", "entity_id",
                                       "nil_id", "name", "name_fa", "wikidata", "score"])


def entities_frame(docs: Document | Iterable[Document], *, linked_only: bool = False):
    """A ``pandas.DataFrame`` with one row per distinct entity over all documents, linked and NIL
    (``kind``; NIL entities merged on their label and normalized canonical form, as
    :func:`ner_fa.aggregate` does), most mentioned first. ``linked_only=True``: linked ones only."""
    pd = _pandas()
    columns = ["entity_id", "kind", "label", "name", "name_fa", "wikidata", "mentions", "documents", "surface_forms"]
    corpus = aggregate([docs] if isinstance(docs, Document) else docs, max_forms=10**9, max_occurrences=0,
                       max_examples=0, max_nil_entities=10**9)
    rows = [{"entity_id": e.id, "kind": e.kind, "label": e.label, "name": e.name or None, "name_fa": e.name_fa,
             "wikidata": e.wikidata, "mentions": e.count, "documents": e.documents,
             "surface_forms": list(e.surface_forms)}
            for e in corpus.entities if not (linked_only and e.kind == "nil")]
    return pd.DataFrame(rows, columns=columns)
