"""NIL entities: a document's unlinked mentions grouped into the things they name.

Most people in local news are in no gazetteer. :func:`nil_entities` groups the
unlinked (NIL) mentions of one document that refer to the same thing and gives
each group a stable id derived from its type and canonical form::

    «علی رضایی‌نژاد ... با حسین کریمی‌زاده دیدار کرد. رضایی‌نژاد گفت ...»
    -> nil:PER:علی رضایی نژاد  (علی رضایی‌نژاد, رضایی‌نژاد; 2 mentions)
    -> nil:PER:حسین کریمی زاده (1 mention)

The rules, in text order (each is tested in ``tests/test_nil.py``):

1. **Same name.** Mentions of one label whose *name keys* are equal join: the key
   folds Arabic letters (ي/ك), diacritics, ZWNJ and spacing
   (:func:`~ner_fa.normalize.compact_key`) and, for PER, drops the titles listed
   in ``data/person_titles.tsv`` from the front («دکتر», «سردار», «حجت‌الاسلام», ...).
2. **Short form after the full name (PER).** A PER mention whose key is a *part*
   of the name of exactly one earlier PER group joins it. The parts of a name of
   words w1 … wn (titles removed, n ≥ 2) are its proper suffixes (wi … wn: the
   surname, a compound surname) and the given name with a suffix (w1 wi … wn).
   The parts are also compared as compact keys, so «رضایی نژاد» meets «رضایی‌نژاد».
3. **Ambiguous short forms stay apart.** When the short form is a part of two or
   more groups' names («رضایی» after both «علی رضایی» and «حسن رضایی»), or of the
   name of a *linked* person in the same document, it joins none and is a group of
   its own. We chose this over "join the nearest preceding" because a wrong merge
   (two people made one) misleads more than a split, and news style names both
   people in full again when it matters.
4. **Short form before the full name.** A group whose forms are all parts of the
   name of one other group (a headline «رضایی‌نژاد: ...», or «احمدی نژاد» before
   «محمود احمدی نژاد») joins it, when exactly one group's name has it as a part
   (rule 3 otherwise).
5. **Acronym in parentheses.** A one-word mention written in parentheses right
   after an ORG mention («سازمان ملل متحد (UN)», «نیروی انتظامی (ناجا)») names the
   same organization, and so does the long form in parentheses after a one-word ORG.
   Later mentions of the acronym join by rule 1.
6. Two different full names never merge, whatever they share: only equal keys
   (rule 1) join two full names, or a name that is a part of the other (rule 2).

The canonical form of a group is its longest mention with titles removed (ties:
the first); its id is ``nil:LABEL:`` + that form's
:func:`~ner_fa.normalize.spaced_key` (Arabic letters, diacritics folded, ZWNJ as a
space), so the same person gets the same id in every document that writes the
full name. :mod:`ner_fa.corpus` merges groups across documents on the compact key
of the canonical form and the label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .models import Candidate, Document, EntitySummary, Mention
from .normalize import compact_key, spaced_key

__all__ = ["TITLES_FILE", "load_titles", "name_parts", "nil_entities", "nil_id", "strip_titles"]

TITLES_FILE = Path(__file__).resolve().parent / "data" / "person_titles.tsv"
MAX_CANDIDATES = 3
_WORD = re.compile(r"\S+")
_OPENING = ("(", "（", "[")
_CLOSE = re.compile(r"^\s*[)）\]]")
_MAX_TITLE_WORDS = 4


@lru_cache(maxsize=1)
def load_titles(path: str | Path = TITLES_FILE) -> frozenset[str]:
    """The compact keys of the titles in ``path`` (``#`` comments, title<TAB>gloss lines)."""
    keys = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            title = line.split("\t", 1)[0].strip()
            if title and not title.startswith("#") and compact_key(title):
                keys.add(compact_key(title))
    return frozenset(keys)


def _words(text: str) -> list[re.Match]:
    return [w for w in _WORD.finditer(text) if compact_key(w.group())]


def strip_titles(text: str, titles: frozenset[str] | None = None) -> str:
    """``text`` without the titles at its front («سردار دکتر علی رضایی» → «علی رضایی»);
    ``text`` itself (stripped) when only titles are left."""
    titles = load_titles() if titles is None else titles
    words = _words(text)
    i = 0
    while i < len(words) - 1:
        for n in range(min(_MAX_TITLE_WORDS, len(words) - 1 - i), 0, -1):
            if compact_key(" ".join(w.group() for w in words[i:i + n])) in titles:
                i += n
                break
        else:
            break
    return text[words[i].start():words[-1].end()] if words else text.strip()


def name_parts(name: str) -> set[str]:
    """The compact keys of the parts of a full name (rule 2): its proper suffixes and its
    first word followed by a proper suffix. Empty for a one-word name."""
    words = [compact_key(w.group()) for w in _words(name)]
    parts = set()
    for i in range(1, len(words)):
        parts.add("".join(words[i:]))
        if i >= 2:
            parts.add(words[0] + "".join(words[i:]))
    parts.discard("".join(words))
    return parts


def nil_id(label: str, canonical: str) -> str:
    """The id of a NIL entity: ``nil:LABEL:<spaced key of the canonical form>``."""
    return f"nil:{label}:{spaced_key(canonical)}"


@dataclass
class _Group:
    label: str
    members: list[int] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)  # name parts of its full (multi-word) forms
    full: bool = False  # has a multi-word PER form (or any form, for LOC/ORG)


def _is_acronym_pair(text: str, a: Mention, b: Mention) -> bool:
    """``b`` is written in parentheses right after ``a``."""
    return text[a.end:b.start].strip() in _OPENING and bool(_CLOSE.match(text[b.end:b.end + 3]))


def _one_word(m: Mention) -> bool:
    return len(_words(m.text)) == 1


def nil_entities(doc: Document, *, titles: frozenset[str] | None = None) -> list[EntitySummary]:
    """The NIL entities of ``doc``: its unlinked top-level mentions grouped by the rules of
    this module, in order of first mention."""
    titles = load_titles() if titles is None else titles
    mentions = [m for m in doc.mentions if m.entity is None]
    if not mentions:
        return []
    linked_parts: set[str] = set()
    for m in doc.all_mentions():
        if m.entity is not None and m.label == "PER":
            name = strip_titles(m.text, titles)
            linked_parts |= name_parts(name) | {compact_key(name)}
    names = [strip_titles(m.text, titles) if m.label == "PER" else m.text.strip() for m in mentions]
    keys = [compact_key(n) for n in names]
    groups: list[_Group] = []
    owner: list[_Group | None] = [None] * len(mentions)

    def add(g: _Group, i: int) -> None:
        g.members.append(i)
        g.keys.add(keys[i])
        owner[i] = g
        if mentions[i].label != "PER" or len(_words(names[i])) > 1:
            g.full = True
            if mentions[i].label == "PER":
                g.parts |= name_parts(names[i])

    def merge(into: _Group, other: _Group) -> None:
        if into is other:
            return
        for i in other.members:
            add(into, i)
        groups.remove(other)

    # Rule 5: acronyms in parentheses, as pairs (index of the long form, index of the short one).
    alias_of: dict[int, int] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if _is_acronym_pair(doc.text, a, b):
            long_first = a.label == "ORG" and _one_word(b) and not _one_word(a)
            short_first = b.label == "ORG" and _one_word(a) and not _one_word(b)
            if long_first or short_first:
                alias_of[i + 1] = i

    for i, m in enumerate(mentions):
        same = [g for g in groups if g.label == m.label and keys[i] in g.keys]
        if same:
            add(same[0], i)
        elif m.label == "PER" and (hosts := [g for g in groups if g.label == "PER" and keys[i] in g.parts]):
            if len(hosts) == 1 and keys[i] not in linked_parts:
                add(hosts[0], i)
            else:
                g = _Group(m.label)
                groups.append(g)
                add(g, i)
        else:
            g = _Group(m.label)
            groups.append(g)
            add(g, i)
        if i in alias_of:
            j = alias_of[i]
            first = owner[j]
            if first.label == "ORG" or m.label != "ORG":
                merge(first, owner[i])
            else:
                merge(owner[i], first)

    # Rule 4: a PER group all of whose forms are parts of the name of one other group (a headline
    # surname, a spaced compound surname «احمدی نژاد» before «محمود احمدی نژاد») joins it.
    for g in [g for g in groups if g.label == "PER"]:
        hosts = [h for h in groups if h is not g and h.label == "PER" and g.keys & h.parts]
        if len(hosts) == 1 and g.keys <= hosts[0].parts and not g.keys & linked_parts:
            merge(hosts[0], g)

    return [_summary(g, mentions, names) for g in sorted(groups, key=lambda g: min(g.members))]


def _summary(g: _Group, mentions: Sequence[Mention], names: Sequence[str]) -> EntitySummary:
    idx = sorted(g.members)
    ms = [mentions[i] for i in idx]
    canonical = max((names[i] for i in idx), key=len)
    label = g.label
    return EntitySummary(
        kind="nil",
        id=nil_id(label, canonical),
        label=label,
        name_fa=canonical,
        count=len(ms),
        surface_forms=tuple(dict.fromkeys(m.text for m in ms)),
        spans=tuple((m.start, m.end) for m in ms),
        candidates=_top_candidates(ms),
    )


def _top_candidates(ms: Iterable[Mention], n: int = MAX_CANDIDATES) -> tuple[Candidate, ...]:
    best: dict[str, Candidate] = {}
    for m in ms:
        for c in m.candidates:
            if c.id not in best or c.score > best[c.id].score:
                best[c.id] = c
    return tuple(sorted(best.values(), key=lambda c: -c.score)[:n])
