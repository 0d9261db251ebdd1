"""Entities over a corpus, in bounded memory: "علی رضایی‌نژاد: 14 mentions in 9 documents".

>>> agg = Aggregator()                                     # doctest: +SKIP
>>> for source, text in corpus:                            # doctest: +SKIP
...     agg.add(nlp(text), source)
>>> agg.result().entities[0]                               # doctest: +SKIP

or at once, :func:`ner_fa.aggregate` (documents, ``(source, document)`` pairs or
:class:`~ner_fa.export.FailedInput` records). Linked entities are merged on their
gazetteer id; NIL entities (:mod:`ner_fa.nil`) on their label and the compact key
(:func:`~ner_fa.normalize.compact_key`) of their canonical form, so «علی رضایی‌نژاد»,
«علی رضایی نژاد» and «علي رضايي‌نژاد» in different documents are one entity. The
corpus entity keeps the longest canonical form seen and its id.

**Memory bound.** Documents are consumed one at a time and not kept. What is kept:

* at most ``max_nil_entities`` distinct NIL entities (default 50,000) — linked ones
  are bounded by the gazetteer;
* per entity at most ``max_forms`` surface forms with their counts (default 20),
  the spans of its first ``max_occurrences`` documents (default 20) and, for NIL
  entities, ``max_examples`` contexts of up to 2 × ``CONTEXT_CHARS`` characters
  around a mention (default 3).

So memory is O((gazetteer entities + ``max_nil_entities``) × (``max_forms`` +
``max_occurrences`` × spans per document + ``max_examples``)), whatever the number of
documents; the counts (``count``, ``documents``) stay exact for every entity kept.

When a new NIL entity would exceed ``max_nil_entities``, the tenth with the lowest
``count + count_error`` is dropped (space-saving eviction, done in batches so it
costs O(log n) per entity on average). An entity first seen after an eviction gets
``count_error`` = the highest ``count + count_error`` dropped so far: its ``count``
is exact from then on and its true count lies in ``[count, count + count_error]``.
Entities mentioned often are never dropped: only ones in the lowest tenth are.
Nothing is evicted (and every ``count_error`` is 0) while the corpus has fewer
distinct NIL entities than the bound. ``CorpusEntities.limits`` reports the bounds
and how many entities were evicted.

:meth:`Aggregator.merge` combines aggregators built on consecutive parts of a corpus
(what :func:`ner_fa.cluster.aggregate_bag` does for the partitions of a Dask bag).
"""

from __future__ import annotations

from collections.abc import Iterable

from .export import (
    AggregateLimits,
    CorpusEntities,
    CorpusEntity,
    DocumentSpans,
    FailedInput,
    entity_fields,
)
from .models import Document, EntitySummary
from .nil import nil_id
from .normalize import compact_key

__all__ = ["CONTEXT_CHARS", "Aggregator", "aggregate"]

CONTEXT_CHARS = 60
_EVICT_SHARE = 0.1


class _Entry:
    __slots__ = ("count", "documents", "error", "examples", "fields", "forms", "occ", "seq")

    def __init__(self, fields: dict, seq: int, error: int = 0) -> None:
        self.fields = fields
        self.seq = seq
        self.count = 0
        self.documents = 0
        self.error = error
        self.forms: dict[str, int] = {}
        self.occ: list[tuple[int, str | None, tuple]] = []
        self.examples: list[str] = []


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return ("…" if a else "") + " ".join(text[a:b].split()) + ("…" if b < len(text) else "")


class Aggregator:
    """Streaming entity counts over a corpus (the bounds are described in :mod:`ner_fa.corpus`)."""

    def __init__(self, *, max_nil_entities: int = 50_000, max_forms: int = 20, max_occurrences: int = 20,
                 max_examples: int = 3) -> None:
        for name, value, low in (("max_nil_entities", max_nil_entities, 1), ("max_forms", max_forms, 1),
                                 ("max_occurrences", max_occurrences, 0), ("max_examples", max_examples, 0)):
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise ValueError(f"{name} must be an int >= {low}, got {value!r}")
        self.max_nil_entities = max_nil_entities
        self.max_forms = max_forms
        self.max_occurrences = max_occurrences
        self.max_examples = max_examples
        self._linked: dict[str, _Entry] = {}
        self._nil: dict[tuple[str, str], _Entry] = {}
        self._floor = 0  # highest count + error evicted so far
        self._evicted = 0
        self._seq = 0  # order of first appearance
        self.documents = 0
        self.unlinked = 0
        self.failed: list[FailedInput] = []

    # -- adding -------------------------------------------------------------------------------------------------
    def add(self, doc: Document, source: str | None = None) -> None:
        """Count the entities of one document."""
        for s in doc.entities():
            self._add_summary(doc, s, source)
        self.unlinked += len(doc.unlinked)
        self.documents += 1
        if len(self._nil) > self.max_nil_entities:
            self._evict()

    def update(self, items: Iterable[tuple[str | None, Document] | Document | FailedInput]) -> Aggregator:
        """Add documents, ``(source, document)`` pairs and failed inputs, in order."""
        for it in items:
            if isinstance(it, FailedInput):
                self.failed.append(it)
            elif isinstance(it, Document):
                self.add(it)
            else:
                src, doc = it
                self.add(doc, src)
        return self

    def _add_summary(self, doc: Document, s: EntitySummary, source: str | None) -> None:
        if s.kind == "linked":
            e = self._linked.get(s.id)
            if e is None:
                e = self._linked[s.id] = _Entry(entity_fields(s), self._next())
        else:
            key = (s.label, compact_key(s.name_fa))
            e = self._nil.get(key)
            if e is None:
                e = self._nil[key] = _Entry(entity_fields(s), self._next(), self._floor)
            elif len(s.name_fa) > len(e.fields["name_fa"]):
                e.fields = entity_fields(s)
            if len(e.examples) < self.max_examples:
                e.examples.append(_context(doc.text, *s.spans[0]))
        e.count += s.count
        e.documents += 1
        for form in s.surface_forms:
            if form in e.forms or len(e.forms) < self.max_forms:
                e.forms[form] = e.forms.get(form, 0)
        for (a, b) in s.spans:
            form = doc.text[a:b]
            if form in e.forms:
                e.forms[form] += 1
        if len(e.occ) < self.max_occurrences:
            e.occ.append((self.documents, source, s.spans))

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def _evict(self) -> None:
        target = int(self.max_nil_entities * (1 - _EVICT_SHARE))
        ranked = sorted(self._nil.items(), key=lambda kv: kv[1].count + kv[1].error)
        for key, e in ranked[:len(self._nil) - target]:
            self._floor = max(self._floor, e.count + e.error)
            del self._nil[key]
            self._evicted += 1

    # -- combining ----------------------------------------------------------------------------------------------
    def merge(self, other: Aggregator) -> Aggregator:
        """Add the counts of ``other``, built on the documents that follow this one's (in place)."""
        shift = self.documents
        for table, mine, is_nil in ((other._linked, self._linked, False), (other._nil, self._nil, True)):
            if is_nil:
                for key, e in mine.items():
                    if key not in table:
                        e.error += other._floor
            for key, o in table.items():
                e = mine.get(key)
                if e is None:
                    e = mine[key] = _Entry(o.fields, self._seq + o.seq, o.error + (self._floor if is_nil else 0))
                else:
                    e.error += o.error
                    if len(o.fields["name_fa"]) > len(e.fields["name_fa"]):
                        e.fields = o.fields
                e.count += o.count
                e.documents += o.documents
                for form, n in o.forms.items():
                    if form in e.forms or len(e.forms) < self.max_forms:
                        e.forms[form] = e.forms.get(form, 0) + n
                room = self.max_occurrences - len(e.occ)
                e.occ.extend((d + shift, src, spans) for d, src, spans in o.occ[:max(room, 0)])
                e.examples.extend(o.examples[:max(self.max_examples - len(e.examples), 0)])
        self._seq += other._seq
        self._floor += other._floor
        self._evicted += other._evicted
        self.documents += other.documents
        self.unlinked += other.unlinked
        self.failed.extend(other.failed)
        if len(self._nil) > self.max_nil_entities:
            self._evict()
        return self

    # -- result -------------------------------------------------------------------------------------------------
    def result(self) -> CorpusEntities:
        """The aggregate: entities most mentioned first (ties: first seen first)."""
        entries = sorted([(e, False) for e in self._linked.values()] + [(e, True) for e in self._nil.values()],
                         key=lambda x: (-x[0].count, x[0].seq))
        entities = [self._entity(e, nil) for e, nil in entries]
        return CorpusEntities(
            documents=self.documents, entities=entities, unlinked=self.unlinked, failed=list(self.failed),
            limits=AggregateLimits(max_nil_entities=self.max_nil_entities, max_forms=self.max_forms,
                                   max_occurrences=self.max_occurrences, max_examples=self.max_examples,
                                   evicted=self._evicted))

    def _entity(self, e: _Entry, nil: bool = False) -> CorpusEntity:
        fields = dict(e.fields)
        if nil:
            fields["id"] = nil_id(fields["label"], fields["name_fa"])
        return CorpusEntity(
            **fields, count=e.count, surface_forms=list(e.forms), documents=e.documents, count_error=e.error,
            form_counts=dict(e.forms),
            occurrences=[DocumentSpans(source=src, doc=d, spans=[list(sp) for sp in spans]) for d, src, spans in e.occ],
            examples=list(e.examples))


def aggregate(items: Iterable[tuple[str | None, Document] | Document | FailedInput], **limits) -> CorpusEntities:
    """Linked and NIL entities over many documents (see :class:`Aggregator` for ``limits``)."""
    return Aggregator(**limits).update(items).result()
