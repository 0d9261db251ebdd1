"""Canonical entities and their Persian surface forms.

A gazetteer is a set of :class:`GazetteerEntity` records (one JSON object per
line in ``gazetteers/*.jsonl``) with an index from match keys
(:func:`ner_fa.normalize.compact_key`) to the aliases that produce them.

>>> gaz = Gazetteer([GazetteerEntity(id="Q148", type="country", name="China", name_fa="چین")])
>>> [a.entity_id for a in gaz.lookup("چين")]   # Arabic yeh folds to Persian yeh
['Q148']

Records are validated when they are added; a bad record raises
:class:`~ner_fa.errors.GazetteerError` naming the file, line and field. Data
that is usable but suspicious (a surface form shared by entities of different
types, one Wikidata id on two entities, an empty file) gives a
:class:`GazetteerWarning` instead. Files are read line by line (plain, ``.gz``
or ``.bz2``), so loading needs memory for the entities only.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ._json import DuplicateKeyError, JsonLineError, loads_line
from .errors import DuplicateEntityError, GazetteerError
from .models import EntityRef
from .normalize import compact_key, spaced_key

__all__ = ["DEFAULT_GAZETTEER_DIR", "ENTITY_TYPES", "MAX_LINE_CHARS", "PLACE_TYPES", "Alias", "Gazetteer", "GazetteerEntity",
           "GazetteerWarning", "default_gazetteer", "open_text", "read_lines"]

EntityType = Literal["person", "country", "territory", "city", "region", "place", "organization"]
#: The entity types of places (what a LOC mention names).
PLACE_TYPES: frozenset[str] = frozenset({"country", "territory", "city", "region", "place"})
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
AliasKind = Literal["name", "alias", "acronym", "demonym", "weak", "english"]
# Alias kinds that link only when spelled as they are (never reached by fuzzy matching)
EXACT_ONLY_KINDS = frozenset({"weak", "demonym"})

_PACKAGE_DIR = Path(__file__).resolve().parent
# Installed wheels carry the data inside the package; a source checkout has it at the repo root.
_CANDIDATE_DIRS = (_PACKAGE_DIR / "data" / "gazetteers", _PACKAGE_DIR.parent.parent / "gazetteers")
DEFAULT_GAZETTEER_DIR = next((d for d in _CANDIDATE_DIRS if d.is_dir()), _CANDIDATE_DIRS[0])

#: A longer line in a gazetteer file is an error (a sign the file is not line-oriented JSONL).
MAX_LINE_CHARS = 1_000_000
_GAZETTEER_SUFFIXES = (".jsonl", ".csv")
_COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open}


_spaced_key = getattr(spaced_key, "__wrapped__", spaced_key)


def entry_key(text: str) -> str:
    """:func:`~ner_fa.normalize.compact_key` without its LRU caches, for gazetteer entries.

    The caches serve the text side of linking; filling them with every alias of a large
    gazetteer (or of a dump being imported) would only cost memory and evict useful keys.
    """
    return _spaced_key(text).replace(" ", "")


class GazetteerWarning(UserWarning):
    """Gazetteer data that is usable but probably not what was meant."""


def open_text(path: str | os.PathLike, mode: str = "rt") -> io.TextIOBase:
    """Open a UTF-8 text file, decompressing ``.gz`` and ``.bz2`` by extension.

    Reading skips a byte-order mark; newlines are not translated (``newline=""``, as csv wants).
    """
    path = Path(path)
    opener = _COMPRESSED.get(path.suffix.lower())
    encoding = "utf-8-sig" if "r" in mode else "utf-8"
    if opener is not None:
        return opener(path, mode, encoding=encoding, newline="")
    return open(path, mode, encoding=encoding, newline="")


def read_lines(path: str | os.PathLike, *, max_chars: int = MAX_LINE_CHARS) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` for each line of a UTF-8 file (plain, ``.gz`` or ``.bz2``), one at a time.

    A line that is not UTF-8 or longer than ``max_chars`` raises :class:`GazetteerError` with its number.
    """
    path = Path(path)
    opener = _COMPRESSED.get(path.suffix.lower(), open)
    limit = 4 * max_chars + 1  # bytes: a UTF-8 character takes at most four
    with opener(path, "rb") as fh:
        n = 0
        while raw := fh.readline(limit):
            n += 1
            if len(raw) == limit and not raw.endswith(b"\n"):
                raise GazetteerError(f"line longer than {max_chars:,} characters; this reader expects one record "
                                     "per line", source=str(path), line=n)
            try:
                text = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise GazetteerError(f"not UTF-8 text (byte {exc.start + 1} of the line: {exc.reason}); "
                                     "save the file as UTF-8", source=str(path), line=n) from None
            if len(text) > max_chars:
                raise GazetteerError(f"line longer than {max_chars:,} characters; this reader expects one record "
                                     "per line", source=str(path), line=n)
            yield n, text


def _data_suffix(path: Path) -> str:
    """``.jsonl`` for ``x.jsonl`` and ``x.jsonl.gz``; ``.csv`` likewise."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in _COMPRESSED:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


# C0 and C1 control characters (NUL, tab, newline, ESC, NEL, ...); format characters such as ZWNJ are fine.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# A letter or digit that survives into the match key (entry_key drops hamza, tatweel and the small
# waw/yeh marks); a test keeps this in step with entry_key, which costs 20 times more to call.
_KEY_CHAR = re.compile("[^\\W_\u0621\u0640\u06e5\u06e6\ufe80]")


def _check_form(text: str) -> None:
    """A name or surface form: no control characters, and letters or digits to match on."""
    bad = _CONTROL.search(text)
    if bad is not None:
        raise ValueError(f"{text!r} holds the control character U+{ord(bad.group()):04X} at index {bad.start()}; "
                         "names must be plain text")
    if not _KEY_CHAR.search(text):
        raise ValueError(f"{text!r} has no letters or digits, so it can never match")


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
    weak_aliases: tuple[str, ...] = Field(
        default=(), description="short forms that are also common words («مهر», «فارس», «ارشاد»): they link a span "
                                "the tagger marked as a mention, but are never matched in free text")
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    codes: dict[str, str] = Field(default_factory=dict)
    description: str = ""
    keywords: tuple[str, ...] = Field(
        default=(), description="a few Persian words a document about this entity tends to use (context for "
                                "linking: «لیگ» for a club, «استانداری» for a province)")
    prior: float = Field(default=0.5, ge=0.0, le=1.0)
    tagged_only: bool = Field(
        default=False, description="all Persian names behave as weak aliases: they link only a span the tagger "
                                   "marked with a compatible label, exactly as written, and are never matched in "
                                   "free text (for large imported lists, whose names are often words or namesakes)")
    population: int | None = Field(default=None, ge=0, description="inhabitants, as the source states them")
    coordinates: tuple[float, float] | None = Field(
        default=None, description="(latitude, longitude) in decimal degrees, as the source states them")
    source: str | None = Field(default=None, min_length=1, description="where the record comes from: a source name "
                                                                     "and its row id, e.g. ``dr5hn:city:1234``")

    @field_validator("name", "name_fa")
    @classmethod
    def _a_name(cls, v: str) -> str:
        _check_form(v)
        return v

    @field_validator("aliases", "acronyms", "demonyms", "weak_aliases")
    @classmethod
    def _non_empty(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for s in v:
            if not s.strip():
                raise ValueError("surface forms must not be empty")
            _check_form(s)
        return v

    @field_validator("coordinates")
    @classmethod
    def _lat_lon(cls, v: tuple[float, float] | None) -> tuple[float, float] | None:
        if v is not None and not (-90.0 <= v[0] <= 90.0 and -180.0 <= v[1] <= 180.0):
            raise ValueError("coordinates are (latitude, longitude): latitude in -90..90, longitude in -180..180")
        return v

    def ref(self) -> EntityRef:
        return EntityRef(id=self.id, type=self.type, name=self.name, name_fa=self.name_fa, wikidata=self.wikidata)

    def surface_forms(self) -> Iterator[tuple[str, AliasKind]]:
        yield self.name_fa, "weak" if self.tagged_only else "name"
        for a in self.aliases:
            yield a, "weak" if self.tagged_only else "alias"
        for a in self.acronyms:
            yield a, "acronym"
        for a in self.demonyms:
            yield a, "demonym"
        for a in self.weak_aliases:
            yield a, "weak"
        yield self.name, "english"


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form of an entity, as indexed."""

    entity_id: str
    text: str
    kind: AliasKind
    key: str

    def __reduce__(self):
        # The dataclass default (__setstate__ field by field) is 3x slower to unpickle; the cached
        # gazetteer (ner_fa.gazetteer_cache) holds 36,000 aliases.
        return Alias, (self.entity_id, self.text, self.kind, self.key)


def _pydantic_error(exc: ValidationError, source: str | None, line: int | None) -> GazetteerError:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err.get("loc", ())) or None
    return GazetteerError(err.get("msg", str(exc)), source=source, line=line, field=field)


class Gazetteer:
    """An in-memory gazetteer with an exact index on compact match keys."""

    def __init__(self, entities: Iterable[GazetteerEntity] = ()) -> None:
        self._entities: dict[str, GazetteerEntity] = {}
        self._index: dict[str, list[Alias]] = {}
        # Where each entity came from: (file, line); the file string is shared by its records.
        self._origin: dict[str, tuple[str | None, int | None]] = {}
        self._by_wikidata: dict[str, str] = {}
        # Keys whose aliases belong to entities of more than one type (few; kept up to date).
        self._mixed: set[str] = set()
        # While a file is loaded or gazetteers merged: the conflicts found, reported once at the end.
        self._report: list[str] | None = None
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
                first = self._where(entity.id)
                raise DuplicateEntityError(f"duplicate entity id {entity.id!r} (first defined in {first})",
                                           source=source, line=line, field="id")
            self._remove(entity.id)
        where = _where(source, line)
        if entity.wikidata:
            other = self._by_wikidata.get(entity.wikidata)
            if other is not None and other != entity.id:
                self._note(f"{entity.wikidata} is the Wikidata id of both {other!r} ({self._where(other)}) "
                           f"and {entity.id!r} ({where})")
            else:
                self._by_wikidata[entity.wikidata] = entity.id
        self._entities[entity.id] = entity
        self._origin[entity.id] = (source, line)
        seen: set[str] = set()
        for text, kind in entity.surface_forms():
            key = entry_key(text)
            if not key or key in seen:
                continue
            seen.add(key)
            aliases = self._index.setdefault(key, [])
            # A key is either known to be mixed or all its (non-weak) aliases have the first one's type.
            # Weak aliases are ambiguous on purpose: the tagger's label chooses between them.
            strong = next((a for a in aliases if a.kind != "weak"), None) if kind != "weak" else None
            if strong is not None and key not in self._mixed and self._entities[strong.entity_id].type != entity.type:
                self._mixed.add(key)
                first = self._entities[strong.entity_id]
                self._note(f"{text!r} names {first.type} {first.id!r} ({self._where(first.id)}) "
                           f"and {entity.type} {entity.id!r} ({where})")
            aliases.append(Alias(entity.id, text, kind, key))

    def _note(self, message: str) -> None:
        if self._report is not None:
            self._report.append(message)

    def _remove(self, entity_id: str) -> None:
        """Drop an entity and its index entries (touches only the entity's own keys)."""
        entity = self._entities.pop(entity_id)
        self._origin.pop(entity_id, None)
        if entity.wikidata and self._by_wikidata.get(entity.wikidata) == entity_id:
            del self._by_wikidata[entity.wikidata]
        for key in {entry_key(text) for text, _ in entity.surface_forms()}:
            rest = [a for a in self._index.get(key, ()) if a.entity_id != entity_id]
            if rest:
                self._index[key] = rest
                if key in self._mixed and len({self._entities[a.entity_id].type for a in rest if a.kind != "weak"}) <= 1:
                    self._mixed.discard(key)
            else:
                self._index.pop(key, None)
                self._mixed.discard(key)

    def type_conflicts(self) -> dict[str, list[str]]:
        """Match keys shared by entities of different types: key → entity ids.

        Such a surface form («فارس»: a province and a news agency) is usable, but the
        linker has to choose between the entities by type and context.
        """
        return {key: [a.entity_id for a in self._index[key]] for key in sorted(self._mixed)}

    def _collecting(self, what: str) -> _Report:
        return _Report(self, what)

    def merge(self, other: Gazetteer, *, replace: bool = True) -> Gazetteer:
        """A new gazetteer with this one's entities and ``other``'s (``other`` wins on equal ids)."""
        out = Gazetteer()
        for e in self:
            out.add(e, source=self._source_of(e.id))
        with out._collecting("merging gazetteers"):
            for e in other:
                out.add(e, source=other._source_of(e.id), replace=replace)
        return out

    def _source_of(self, entity_id: str) -> str | None:
        return self._where(entity_id) if self._origin.get(entity_id, (None,))[0] else None

    def _where(self, entity_id: str) -> str:
        return _where(*self._origin.get(entity_id, (None, None)))

    def add_records(self, records: Iterable[dict], *, source: str | None = None, start_line: int = 1) -> None:
        """Add records (dicts of :class:`GazetteerEntity` fields). Keys that start with ``_`` are notes
        for people (``ner-fa suggest`` writes its evidence in ``_review``) and are ignored."""
        for n, rec in enumerate(records, start_line):
            if not isinstance(rec, dict):
                raise GazetteerError(f"expected a JSON object, got {type(rec).__name__}", source=source, line=n)
            if any(isinstance(k, str) and k.startswith("_") for k in rec):
                rec = {k: v for k, v in rec.items() if not (isinstance(k, str) and k.startswith("_"))}
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
        """Add the entities of one file (``.jsonl``/``.csv``, optionally ``.gz``/``.bz2``) or directory.

        A bad record raises :class:`GazetteerError` naming file, line and field and leaves
        the records before it added. Type conflicts and shared Wikidata ids give one
        :class:`GazetteerWarning` per file.
        """
        path = Path(path)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.is_file() and _data_suffix(f) in _GAZETTEER_SUFFIXES)
            if not files:
                raise GazetteerError("directory holds no .jsonl or .csv gazetteer files", source=str(path))
            for f in files:
                self.load_file(f)
            return
        if not path.is_file():
            raise GazetteerError("gazetteer file not found", source=str(path))
        before = len(self)
        with self._collecting(f"loading {path}"):
            try:
                if _data_suffix(path) == ".csv":
                    self._load_csv(path)
                else:
                    self._load_jsonl(path)
            except UnicodeDecodeError as exc:
                raise GazetteerError(f"not UTF-8 text ({exc.reason} at byte {exc.start} of a block); "
                                     "save the file as UTF-8", source=str(path)) from None
            except (OSError, EOFError) as exc:
                raise GazetteerError(f"cannot read the file ({exc})", source=str(path)) from None
        if len(self) == before:
            warnings.warn(f"{path}: the file holds no gazetteer records", GazetteerWarning, stacklevel=2)

    def _load_jsonl(self, path: Path) -> None:
        source = str(path)
        for n, line in read_lines(path, max_chars=MAX_LINE_CHARS):
            if not line.strip():
                continue
            try:
                rec = loads_line(line, unique_keys=True)
            except DuplicateKeyError as exc:
                raise GazetteerError(f"{exc}; give each field once", source=source, line=n,
                                     field=exc.key) from None
            except JsonLineError as exc:
                raise GazetteerError(f"not valid JSON ({exc})", source=source, line=n) from None
            self.add_records([rec], source=source, start_line=n)

    def _load_csv(self, path: Path) -> None:
        """CSV with a header; list fields (aliases, acronyms, demonyms, weak_aliases, keywords) are ``|``-separated."""
        with open_text(path) as fh:
            reader = csv.DictReader(fh)
            try:
                header = reader.fieldnames
            except csv.Error as exc:
                raise GazetteerError(f"not valid CSV ({exc})", source=str(path), line=1) from None
            if header is None:
                return
            repeated = next((f for i, f in enumerate(header) if f in header[:i]), None)
            if repeated is not None:
                raise GazetteerError(f"the header names the column {repeated!r} twice; give each field once",
                                     source=str(path), line=1, field=repeated)
            missing = [f for f in ("id", "type", "name", "name_fa") if f not in header]
            if missing:
                raise GazetteerError(f"the header lacks the column(s) {', '.join(missing)}; the first line names "
                                     "the fields (id,type,name,name_fa,...)", source=str(path), line=1,
                                     field=missing[0])
            rows = iter(reader)
            while True:
                try:
                    row = next(rows)
                except StopIteration:
                    break
                except csv.Error as exc:
                    raise GazetteerError(f"not valid CSV ({exc})", source=str(path),
                                         line=reader.reader.line_num) from None
                n = reader.line_num
                rec: dict = {}
                for k, v in row.items():
                    if k is None:
                        raise GazetteerError("row has more cells than the header", source=str(path), line=n)
                    v = (v or "").strip()
                    if k in ("aliases", "acronyms", "demonyms", "weak_aliases", "keywords"):
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

    # -- the state a cache stores (ner_fa.gazetteer_cache) -------------------
    def _state(self) -> tuple:
        return self._entities, self._index, self._origin, self._by_wikidata, self._mixed

    @classmethod
    def _from_state(cls, state: tuple) -> Gazetteer:
        entities, index, origin, by_wikidata, mixed = state
        if not (isinstance(entities, dict) and isinstance(index, dict) and isinstance(origin, dict)
                and isinstance(by_wikidata, dict) and isinstance(mixed, set)):
            raise TypeError("not a gazetteer state")
        gaz = cls.__new__(cls)
        gaz._entities, gaz._index, gaz._origin, gaz._by_wikidata, gaz._mixed = entities, index, origin, by_wikidata, mixed
        gaz._report = None
        return gaz

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

    def fuzzy_matchable(self, alias: Alias) -> bool:
        """Whether fuzzy matching may reach ``alias``: not a weak alias or a demonym (they link only
        as written) and not a name of a tagged-only entity."""
        return alias.kind not in EXACT_ONLY_KINDS and not self._entities[alias.entity_id].tagged_only

    @property
    def fuzzy_keys(self) -> list[str]:
        """The match keys that fuzzy matching may reach (what :class:`ner_fa.index.LinkIndex` holds):
        the keys with at least one :meth:`fuzzy_matchable` alias."""
        return [k for k, aliases in self._index.items() if any(self.fuzzy_matchable(a) for a in aliases)]

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} entities, {len(self._index)} keys)"


def _where(source: str | None, line: int | None) -> str:
    if not source:
        return "code"
    return source if line is None else f"{source}:{line}"


class _Report:
    """Collects the conflicts found while loading or merging and warns once."""

    SHOWN = 5

    def __init__(self, gaz: Gazetteer, what: str) -> None:
        self.gaz, self.what = gaz, what

    def __enter__(self) -> None:
        self.outer = self.gaz._report
        self.gaz._report = []

    def __exit__(self, exc_type, exc, tb) -> None:
        found, self.gaz._report = self.gaz._report or [], self.outer
        if exc_type is None and found:
            more = f" (and {len(found) - self.SHOWN} more)" if len(found) > self.SHOWN else ""
            warnings.warn(f"{self.what}: {len(found)} conflict(s) in usable data; check them with "
                          f"Gazetteer.type_conflicts(): " + "; ".join(found[:self.SHOWN]) + more,
                          GazetteerWarning, stacklevel=3)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with ner_fa (loaded once per process; from the cache on disk,
    :mod:`ner_fa.gazetteer_cache`, when it holds it)."""
    from .gazetteer_cache import cached_gazetteer

    return cached_gazetteer(DEFAULT_GAZETTEER_DIR)
