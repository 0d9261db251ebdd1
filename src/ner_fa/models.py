"""Result models: what :func:`ner_fa.extract` returns.

All models are frozen pydantic models that forbid unknown fields; offsets are
character offsets into the caller's original string (``text[start:end]`` is the
mention), validated when a :class:`Document` is built or loaded from JSON.

Lone surrogates (U+D800–U+DFFF), which a Python string may hold but UTF-8 cannot
encode, are accepted in memory and written as U+FFFD by every JSON dump
(``model_dump_json``, ``model_dump(mode="json")``): one character for one, so the
dumped offsets still slice the dumped text.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, model_validator

from .normalize import replace_surrogates

__all__ = ["Candidate", "Document", "EntityRef", "EntitySummary", "Label", "Mention"]

Label = Literal["PER", "LOC", "ORG"]
MentionSource = Literal["tagger", "gazetteer", "context"]

_CONFIG = ConfigDict(frozen=True, extra="forbid")

Text = Annotated[str, PlainSerializer(replace_surrogates, when_used="json")]
"""A string field that JSON dumps write with lone surrogates replaced by U+FFFD."""


class EntityRef(BaseModel):
    """The canonical entity a mention is linked to (a gazetteer record, without its aliases)."""

    model_config = _CONFIG

    id: Text = Field(min_length=1, description="Stable id: the Wikidata QID where known, else a project slug")
    type: Text = Field(description="person, country, territory, city, region, organization, ...")
    name: Text = Field(description="English name")
    name_fa: Text = Field(description="Persian name")
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")

    @property
    def wikidata_url(self) -> str | None:
        return f"https://www.wikidata.org/wiki/{self.wikidata}" if self.wikidata else None


class Candidate(BaseModel):
    """One entity the linker considered for a mention, with its scores."""

    model_config = _CONFIG

    id: Text
    name: Text
    score: float = Field(ge=0.0, le=1.0, description="final linking score")
    similarity: float = Field(ge=0.0, le=1.0, description="string similarity of mention and best alias")
    alias: Text = Field(description="the alias that matched")


class Mention(BaseModel):
    """A span of the original text naming a person, location or organization."""

    model_config = _CONFIG

    text: Text = Field(description="the mention as written: text[start:end] of the document")
    label: Label = Field(description="PER, LOC or ORG: the linked entity's (a person PER; a country, province, city, "
                                     "place or region LOC; an organization ORG), the tagger's when unlinked")
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    entity: EntityRef | None = Field(default=None, description="linked entity, None when unlinked (NIL)")
    score: float | None = Field(default=None, ge=0.0, le=1.0, description="linking score of `entity`")
    source: MentionSource = Field(default="tagger", description="what found the span")
    candidates: tuple[Candidate, ...] = Field(default=(), description="top candidates, best first")
    nested: tuple[Mention, ...] = Field(
        default=(), description="linked entities named inside this mention («روسیه» in «وزارت امور خارجه روسیه»)")

    @model_validator(mode="after")
    def _check(self) -> Mention:
        for n in self.nested:
            if n.start < self.start or n.end > self.end or (n.start, n.end) == (self.start, self.end):
                raise ValueError(f"nested mention {n.start}:{n.end} must lie strictly inside {self.start}:{self.end}")
        if self.start >= self.end:
            raise ValueError(f"mention start {self.start} must be < end {self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"mention text has {len(self.text)} chars but spans {self.start}:{self.end}")
        if (self.entity is None) != (self.score is None):
            raise ValueError("score must be given exactly when entity is")
        return self


class EntitySummary(BaseModel):
    """One distinct entity of a document with its mentions: a gazetteer entity (``kind="linked"``)
    or a group of unlinked mentions of one thing the gazetteer lacks (``kind="nil"``, see
    :mod:`ner_fa.nil`)."""

    model_config = _CONFIG

    kind: Literal["linked", "nil"] = Field(default="linked", description="linked: in the gazetteer; nil: not")
    id: Text = Field(min_length=1, description="the gazetteer id, or nil:LABEL:<normalized canonical form>")
    label: Label = Field(description="the label of its mentions (the most frequent one)")
    name_fa: Text = Field(description="the gazetteer's Persian name, or the longest full form written (no titles)")
    entity: EntityRef | None = Field(default=None, description="the gazetteer entity; None for NIL")
    count: int = Field(ge=1)
    surface_forms: tuple[Text, ...]
    spans: tuple[tuple[int, int], ...]
    candidates: tuple[Candidate, ...] = Field(
        default=(), description="NIL only: the best gazetteer candidates its mentions were not linked to")

    @model_validator(mode="after")
    def _check(self) -> EntitySummary:
        if (self.kind == "linked") != (self.entity is not None):
            raise ValueError("entity must be given exactly when kind is 'linked'")
        if self.entity is not None and self.entity.id != self.id:
            raise ValueError(f"id {self.id!r} differs from the entity's {self.entity.id!r}")
        return self

    @property
    def linked(self) -> bool:
        return self.kind == "linked"


class Document(BaseModel):
    """The result of extraction on one text."""

    model_config = _CONFIG

    text: Text
    mentions: tuple[Mention, ...] = ()

    @model_validator(mode="after")
    def _check_offsets(self) -> Document:
        prev_end = 0
        for m in self.mentions:
            if m.end > len(self.text):
                raise ValueError(f"mention {m.start}:{m.end} lies beyond the text ({len(self.text)} chars)")
            for x in (m, *m.nested):
                if self.text[x.start:x.end] != x.text:
                    raise ValueError(f"mention text {x.text!r} differs from text[{x.start}:{x.end}]")
            if m.start < prev_end:
                raise ValueError(f"mentions must be sorted and not overlap (at {m.start}:{m.end})")
            prev_end = m.end
        return self

    @property
    def linked(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.entity is not None)

    @property
    def unlinked(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.entity is None)

    def _repr_html_(self) -> str:
        from .display import document_html

        return document_html(self)

    def all_mentions(self) -> list[Mention]:
        """Top-level and nested mentions, in text order."""
        out = []
        for m in self.mentions:
            out.append(m)
            out.extend(m.nested)
        return out

    def entities(self, *, linked_only: bool = False) -> list[EntitySummary]:
        """Distinct entities (nested mentions included), most mentioned first, ties in order of
        first mention: the linked ones and the NIL ones (unlinked mentions grouped by
        :func:`ner_fa.nil.nil_entities`), told apart by ``kind``. ``linked_only=True`` gives
        the linked ones only (the view before NIL entities existed)."""
        groups: dict[str, list[Mention]] = {}
        for m in self.all_mentions():
            if m.entity is not None:
                groups.setdefault(m.entity.id, []).append(m)
        summaries = [
            EntitySummary(
                kind="linked",
                id=ms[0].entity.id,
                label=Counter(m.label for m in ms).most_common(1)[0][0],
                name_fa=ms[0].entity.name_fa,
                entity=ms[0].entity,
                count=len(ms),
                surface_forms=tuple(dict.fromkeys(m.text for m in ms)),
                spans=tuple((m.start, m.end) for m in ms),
            )
            for ms in groups.values()
        ]
        if not linked_only:
            from .nil import nil_entities

            summaries.extend(nil_entities(self))
        summaries.sort(key=lambda s: (-s.count, s.spans[0][0]))
        return summaries
