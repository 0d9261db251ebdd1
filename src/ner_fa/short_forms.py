"""One name, one entity, in a document: the short form of a name written in full elsewhere in it.

News writes a name in full once and shortly elsewhere, and not always in that order: a title says
«کریمی: …» and the body «علی کریمی گفت»; a match report names «نفت تهران» once and «نفت» five times;
«باشگاه راه‌آهن», then «راه‌آهن». The linker reads a later short form of a *person* from the names before
it (:meth:`ner_fa.linker.Linker._link_pass`); this module reads the whole document, both ways, for the
mentions that pass left unlinked:

* a person mention (PER) whose words are all words of the longer person names the document writes;
* an organization mention (ORG) whose words run, in order, inside the longer organization names the
  document writes, with at least one word that is not a head word («باشگاه», «سازمان» alone is no name).

It is linked when those longer names are all mentions of one entity: a longer name of another entity, or
one the gazetteer lacks (unlinked), makes the short form ambiguous, and it stays unlinked («رجوی» beside
«مریم رجوی» and «مسعود رجوی»). A short form the linker linked to another of its candidates takes the one
the document names in full instead («راه‌آهن», the railway company or the club, beside «باشگاه راه‌آهن»).
Places are left alone: «زنجان» beside «استان زنجان» is as often the city.

:func:`short_form_links` returns the choices; the linker makes its results from them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from .gazetteer import GazetteerEntity
from .normalize import compact_key, spaced_key

ORG_HEADS_PATH = Path(__file__).resolve().parent / "linking_data" / "org_heads.tsv"


@cache
def org_heads() -> frozenset[str]:
    """Spaced keys of ``linking_data/org_heads.tsv``: head words that name no organization alone."""
    lines = ORG_HEADS_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(k for line in lines if not line.startswith("#") for k in spaced_key(line).split())


@dataclass
class NameWords:
    """The words a later mention of a person may take from the names written of them: their spaced
    keys (a ZWNJ splits a word: «خطیب‌زاده» gives «خطیب», «زاده»), and their words as written and each
    two neighbouring words joined («گل‌محمدی», «خامنه ای» as «خامنه‌ای»), which a one-word mention must be.
    The linker's later forms (:meth:`ner_fa.linker.Linker._from_context`) and this module read them."""

    spaced: set[str] = field(default_factory=set)
    whole: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, name: str) -> NameWords:
        out = cls()
        out.add(name)
        return out

    def add(self, name: str) -> None:
        tokens = [k for w in name.split() if (k := compact_key(w))]
        self.spaced.update(spaced_key(name).split())
        self.whole.update(tokens)
        self.whole.update(a + b for a, b in pairwise(tokens))


@dataclass(frozen=True)
class Written:
    """What the short-form rule reads of one mention of the document."""

    start: int
    end: int
    label: str
    entity: GazetteerEntity | None
    #: the mention has no link and may take one (the linker did not refuse it for what its words say)
    open: bool
    #: for a linked mention, its other candidates: one of them named in full in the document takes the link
    rivals: frozenset[str] = frozenset()


def _words(text: str) -> list[str]:
    return spaced_key(text).split()


def _runs_inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def short_form_links(text: str, mentions: Sequence[Written],
                     heads: Collection[str] | None = None) -> dict[int, GazetteerEntity]:
    """``{index: entity}`` for the open mentions that are short forms of one entity's longer names in
    the document (module docstring). ``heads`` are the spaced keys of head words that are no name
    alone (default :func:`org_heads`: «باشگاه», «وزارت»)."""
    heads = org_heads() if heads is None else heads
    persons: list[tuple[NameWords, str]] = []   # (the name's words, owner)
    bodies: list[tuple[list[str], str]] = []
    for m in mentions:
        surface = text[m.start:m.end]
        words = _words(surface)
        owner = m.entity.id if m.entity is not None else f"nil:{compact_key(surface)}"
        if m.label == "PER" and len(words) >= 2 and (m.entity is None or m.entity.type == "person"):
            names = NameWords.of(surface)
            if m.entity is not None:
                for form, _ in m.entity.surface_forms():
                    names.add(form)
            persons.append((names, owner))
        elif m.label == "ORG" and len(words) >= 2 and (m.entity is None or m.entity.type == "organization"):
            bodies.append((words, owner))
    out: dict[int, GazetteerEntity] = {}
    if not persons and not bodies:
        return out
    by_id = {m.entity.id: m.entity for m in mentions if m.entity is not None}
    for i, m in enumerate(mentions):
        if m.entity is None and not m.open or m.entity is not None and not m.rivals:
            continue
        surface = text[m.start:m.end]
        words = _words(surface)
        if not words:
            continue
        if m.label == "PER":
            single = compact_key(surface) if len(surface.split()) == 1 else None
            owners = {owner for names, owner in persons if len(names.spaced) > len(words)
                      and ((single in names.whole) if single else all(w in names.spaced for w in words))}
        elif m.label == "ORG" and any(w not in heads for w in words):
            owners = {owner for long, owner in bodies if len(long) > len(words) and _runs_inside(words, long)}
        else:
            continue
        if len(owners) != 1 or (entity := by_id.get(next(iter(owners)))) is None:
            continue
        if m.entity is None or entity.id in m.rivals and entity.id != m.entity.id:
            out[i] = entity
    return out
