"""Canonical entities and their Persian surface forms.

A gazetteer is a set of :class:`GazetteerEntity` records (one JSON object per
line in ``gazetteers/*.jsonl``) with an index from match keys
(:func:`ner_fa.normalize.compact_key`) to the aliases that produce them.

>>> gaz = Gazetteer([GazetteerEntity(id="Q148", type="country", name="China", name_fa="چین")])
>>> [a.entity_id for a in gaz.lookup("چين")]   # Arabic yeh folds to Persian yeh
['Q148']

Records are validated when they are added; a bad record raises
:class:`~ner_fa.errors.GazetteerError` naming the file, line and field.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import DuplicateEntityError, GazetteerError
from .models import EntityRef
from .normalize import compact_key

__all__ = ["DEFAULT_GAZETTEER_DIR", "ENTITY_TYPES", "Alias", "Gazetteer", "GazetteerEntity", "default_gazetteer"]

EntityType = Literal["person", "country", "territory", "city", "region", "place", "organization"]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
AliasKind = Literal["name", "alias", "acronym", "demonym", "english"]

_PACKAGE_DIR = Path(__file__).resolve().parent
# Installed wheels carry the data inside the package; a source checkout has it at the repo root.
_CANDIDATE_DIRS = (_PACKAGE_DIR / "data" / "gazetteers", _PACKAGE_DIR.parent.parent / "gazetteers")
DEFAULT_GAZETTEER_DIR = next((d for d in _CANDIDATE_DIRS if d.is_dir()), _CANDIDATE_DIRS[0])


class GazetteerEntity(BaseModel):
    """One canonical entity."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:/-]*$")
    type: EntityType
    name: str = Field(min_length=1, description="English name")
    name_fa: str = Field(min_length=1, description="main Persian name")
    aliases: tuple[str, ...] = Field(default=(), description="other Persian surface forms")
    acronyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = Field(default=(), description="adjective / nationality forms")
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    codes: dict[str, str] = Field(default_factory=dict)
    description: str = ""
    prior: float = Field(default=0.5, ge=0.0, le=1.0)

    @field_validator("aliases", "acronyms", "demonyms")
    @classmethod
    def _non_empty(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for s in v:
            if not s.strip():
                raise ValueError("surface forms must not be empty")
            if not compact_key(s):
                raise ValueError(f"surface form {s!r} has no letters or digits")
        return v

    def ref(self) -> EntityRef:
        return EntityRef(id=self.id, type=self.type, name=self.name, name_fa=self.name_fa, wikidata=self.wikidata)

    def surface_forms(self) -> Iterator[tuple[str, AliasKind]]:
        yield self.name_fa, "name"
        for a in self.aliases:
            yield a, "alias"
        for a in self.acronyms:
            yield a, "acronym"
        for a in self.demonyms:
            yield a, "demonym"
        yield self.name, "english"


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form of an entity, as indexed."""

    entity_id: str
    text: str
    kind: AliasKind
    key: str


def _pydantic_error(exc: ValidationError, source: str | None, line: int | None) -> GazetteerError:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err.get("loc", ())) or None
    return GazetteerError(err.get("msg", str(exc)), source=source, line=line, field=field)


class Gazetteer:
    """An in-memory gazetteer with an exact index on compact match keys."""

    def __init__(self, entities: Iterable[GazetteerEntity] = ()) -> None:
        self._entities: dict[str, GazetteerEntity] = {}
        self._index: dict[str, list[Alias]] = {}
        self._origin: dict[str, str] = {}
        for e in entities:
            self.add(e)

    # -- building -------------------------------------------------------
    def add(self, entity: GazetteerEntity, *, source: str | None = None, line: int | None = None,
            replace: bool = False) -> None:
        """Add an entity; a second entity with the same id raises unless ``replace``."""
        if not isinstance(entity, GazetteerEntity):
            raise TypeError(f"Gazetteer.add() expects a GazetteerEntity, got {type(entity).__name__}")
        if entity.id in self._entities:
            if not replace:
                first = self._origin.get(entity.id, "an earlier record")
                raise DuplicateEntityError(f"duplicate entity id {entity.id!r} (first defined in {first})",
                                           source=source, line=line, field="id")
            self._remove(entity.id)
        self._entities[entity.id] = entity
        self._origin[entity.id] = f"{source}:{line}" if source else "code"
        seen: set[str] = set()
        for text, kind in entity.surface_forms():
            key = compact_key(text)
            if not key or key in seen:
                continue
            seen.add(key)
            self._index.setdefault(key, []).append(Alias(entity.id, text, kind, key))

    def _remove(self, entity_id: str) -> None:
        self._entities.pop(entity_id)
        for key in [k for k, v in self._index.items() if any(a.entity_id == entity_id for a in v)]:
            rest = [a for a in self._index[key] if a.entity_id != entity_id]
            if rest:
                self._index[key] = rest
            else:
                del self._index[key]

    def merge(self, other: Gazetteer, *, replace: bool = True) -> Gazetteer:
        """A new gazetteer with this one's entities and ``other``'s (``other`` wins on equal ids)."""
        out = Gazetteer(self)
        for e in other:
            out.add(e, replace=replace)
        return out

    def add_records(self, records: Iterable[dict], *, source: str | None = None, start_line: int = 1) -> None:
        for n, rec in enumerate(records, start_line):
            if not isinstance(rec, dict):
                raise GazetteerError(f"expected a JSON object, got {type(rec).__name__}", source=source, line=n)
            try:
                entity = GazetteerEntity.model_validate(rec)
            except ValidationError as exc:
                raise _pydantic_error(exc, source, n) from None
            self.add(entity, source=source, line=n)

    @classmethod
    def load(cls, *paths: str | os.PathLike) -> Gazetteer:
        """Load JSONL or CSV files (or directories of them) into one gazetteer."""
        gaz = cls()
        for p in paths:
            gaz.load_file(p)
        return gaz

    def load_file(self, path: str | os.PathLike) -> None:
        path = Path(path)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.suffix in (".jsonl", ".csv"))
            if not files:
                raise GazetteerError("directory holds no .jsonl or .csv gazetteer files", source=str(path))
            for f in files:
                self.load_file(f)
            return
        if not path.is_file():
            raise GazetteerError("gazetteer file not found", source=str(path))
        if path.suffix == ".csv":
            self._load_csv(path)
        else:
            self._load_jsonl(path)

    def _load_jsonl(self, path: Path) -> None:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GazetteerError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                                         source=str(path), line=n) from None
                self.add_records([rec], source=str(path), start_line=n)

    def _load_csv(self, path: Path) -> None:
        """CSV with a header; list fields (aliases, acronyms, demonyms) are ``|``-separated."""
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            for n, row in enumerate(reader, 2):
                rec: dict = {}
                for k, v in row.items():
                    if k is None:
                        raise GazetteerError("row has more cells than the header", source=str(path), line=n)
                    v = (v or "").strip()
                    if k in ("aliases", "acronyms", "demonyms"):
                        rec[k] = [s.strip() for s in v.split("|") if s.strip()]
                    elif k == "prior":
                        if v:
                            try:
                                rec[k] = float(v)
                            except ValueError:
                                raise GazetteerError(f"not a number: {v!r}", source=str(path), line=n,
                                                     field="prior") from None
                    elif v or k in ("id", "type", "name", "name_fa"):
                        rec[k] = v
                self.add_records([rec], source=str(path), start_line=n)

    # -- queries --------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __iter__(self) -> Iterator[GazetteerEntity]:
        return iter(self._entities.values())

    def __getitem__(self, entity_id: str) -> GazetteerEntity:
        return self._entities[entity_id]

    def get(self, entity_id: str) -> GazetteerEntity | None:
        return self._entities.get(entity_id)

    def lookup(self, text: str) -> list[Alias]:
        """Aliases whose compact key equals that of ``text``."""
        return list(self._index.get(compact_key(text), ()))

    def lookup_key(self, key: str) -> list[Alias]:
        return list(self._index.get(key, ()))

    @property
    def keys(self) -> dict[str, list[Alias]]:
        """The index: compact key → aliases (read it, do not modify it)."""
        return self._index

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} entities, {len(self._index)} keys)"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with ner_fa (loaded once)."""
    return Gazetteer.load(DEFAULT_GAZETTEER_DIR)
