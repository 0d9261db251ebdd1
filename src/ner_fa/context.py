"""Document context for linking: what the words around a mention and the rest of its document
say about which entity it names, or whether it names one at all.

The linker (:meth:`ner_fa.linker.Linker.link_document`) asks a :class:`DocumentContext`, built
once per document from the curated tables in ``ner_fa/linking_data/``:

* ``cues.tsv``: cue words and what they do: the word right before a mention that names what it
  is (``expand``: «وزارت» + «امور خارجه ایران» is looked up as «وزارت امور خارجه ایران»,
  «استاندار» + «کرمان» as «استان کرمان»), that makes it part of an event or treaty name
  (``event``: «توافق پاریس» is not Paris), a determiner that makes a one-word person mention a
  common noun (``determiner``: «یک روحانی», a cleric, is not Hassan Rouhani), and document
  words that favour a kind of entity (``favour``: sports words a club over its city);
* ``kinds.tsv``: those kinds (a club, a province, a company…) as entity types, words of the
  entity's English name, description or ``keywords``, and a head word to look the mention up
  with when the kind is favoured («استان» + «کرمان»);
* ``roles.tsv``: role words next to a bare surname and the descriptions they fit («شورای شهر»
  fits a councillor, not a TV host);
* ``titles.tsv``: titles before a bare surname the gazetteer has no form for, and the people they
  fit («شهید مطهری» is Morteza Motahhari, who died in 1979, not the MP Ali Motahari).

The coherence term: entities linked earlier in the document lend their countries, so of two
candidates the one from a country the document already names gets a small bonus. For namesakes
among the tagged-only (imported) places, a country linked anywhere in the document counts
(``document_countries``, filled by a second pass of the linker).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import NerFaError
from .gazetteer import PLACE_TYPES, GazetteerEntity
from .normalize import normalize_chars, spaced_key
from .tables import table_rows

__all__ = [
    "DATA_DIR",
    "ContextData",
    "ContextDataError",
    "DocumentContext",
    "Kind",
    "another_countrys",
    "cue_words",
    "in_expression",
    "nested_plausible",
    "place_in_country",
    "refers_back_to_a_country",
    "splits_into",
]

DATA_DIR = Path(__file__).resolve().parent / "linking_data"
_ACTIONS = ("expand", "bureau", "list", "office", "event", "determiner", "part", "facility", "favour", "kind", "narrow",
            "holder", "list_kind", "sport", "culture", "grade", "commoner", "list_event")
#: a comma of apposition after a name, with its spaces
_APPOSITION = re.compile(r"\s*[،,]\s*")
# Words of a text: runs of anything but spaces and punctuation.
_WORD = re.compile(r"[^\s.,،؛;:!؟?«»()\[\]{}\"'/\\|<>…–—-]+")
# How far (words) a role word may stand from a surname, and the bonus weights.
ROLE_WINDOW = 3
KIND_BONUS = 0.08
COUNTRY_BONUS = 0.04
# a keyword tells namesakes apart («والیبال» for the volleyball club «پیکان تهران» beside the football club of that
# name): it must outweigh their priors' difference, which 0.04 did not (round 15)
KEYWORD_BONUS = 0.1
# Kinds whose linked entities favour more of their kind (provinces named beside provinces, clubs beside clubs).
COHERENT_KINDS = frozenset({"province", "club"})
# How many words of sport (cues.tsv ``sport``) make a document one about sport (DocumentContext.about_sport):
# two («انصاری‌فرد گل زد ... در این بازی»); one is often a word said of other things («بازی», «تیم»).
SPORT_WORDS = 2
# How many words of culture (cues.tsv ``culture``) make a document one about film, television or music
# (DocumentContext.about_culture): an entertainer's bare surname is linked only there (round 15)
CULTURE_WORDS = 2
# How many words a line must have for its own topic to count (DocumentContext.line_off_sport)
LINE_WORDS = 5


class ContextDataError(NerFaError, ValueError):
    """A context table in ``linking_data/`` is malformed; the message names the file and line."""


# Punctuation that ends the words a cue may reach: «زاهدان» in «مرکز استان ؟ زاهدان» follows no «استان».
_CUE_BREAK = re.compile(r"[.,،؛;:!؟?()\[\]{}|…–—-]")


# A coordinated list of names: items closed by «،» or «و», no other punctuation, at most _LIST_ITEMS items.
_LIST_SEP = re.compile(r"\s*[،,]\s*|\s+و\s+|\s+و$")
_LIST_BREAK = re.compile(r"[.؛;:!؟?()\[\]{}«»\"|…\n]")
_LIST_ITEMS = 10
#: how far back an ``office`` cue reaches (in words): «اداره کل ورزش و جوانان» + the place
OFFICE_WORDS = 6
#: words that end an office's name before the place: a preposition or a verb's marker («در تهران»)
_NOT_IN_NAMES = frozenset({"در", "به", "از", "با", "برای", "که", "را", "تا", "بر", "این", "ان"})


def cue_words(text: str) -> list[str]:
    """Match keys of the words of ``text`` that reach its end with no punctuation between
    (the words a cue before a mention may be). A word written with «آ» keeps it: «آستان» (a
    shrine) is no «استان» (a province), though match keys fold the two."""
    out: list[str] = []
    pos = len(text)
    for m in reversed(list(_WORD.finditer(text))):
        if _CUE_BREAK.search(text, m.end(), pos):
            break
        parts = spaced_key(m.group()).split()
        if m.group().startswith("آ") and parts and parts[0].startswith("ا"):
            parts[0] = "آ" + parts[0][1:]
        out[:0] = parts
        pos = m.start()
    return out


@dataclass(frozen=True)
class Kind:
    """A kind of entity a cue can favour (kinds.tsv)."""

    name: str
    types: frozenset[str]
    words: tuple[str, ...]     # lower-case words of the English name, description or keywords; empty: any
    head: str | None           # looked up in front of the mention when the kind is favoured

    def fits(self, entity: GazetteerEntity) -> bool:
        if entity.type not in self.types:
            return False
        if not self.words:
            return True
        hay = " ".join((entity.name, entity.description, *entity.keywords)).lower()
        return self._pattern.search(hay) is not None

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """The words, each at the start of a word of the text («wrestl» finds «wrestler»; «singer» is no
        part of «Kissinger»)."""
        return re.compile("|".join(rf"(?<![a-z]){re.escape(w)}" for w in self.words))


def _rows(path: Path, ncols: int) -> Iterable[tuple[int, list[str]]]:
    return table_rows(path, ncols, ContextDataError, f"{ncols} non-empty fields")


@dataclass(frozen=True)
class ContextData:
    """The context tables, read once (:meth:`load`)."""

    expand: dict[tuple[str, ...], str] = field(default_factory=dict)
    bureau: dict[tuple[str, ...], str] = field(default_factory=dict)
    lists: dict[tuple[str, ...], str] = field(default_factory=dict)
    offices: dict[tuple[str, ...], str] = field(default_factory=dict)
    event: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    determiners: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    facility: dict[tuple[str, ...], str] = field(default_factory=dict)
    favour: dict[tuple[str, ...], str] = field(default_factory=dict)
    kinds: dict[str, Kind] = field(default_factory=dict)
    roles: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    kind_cues: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)
    titles: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    holders: dict[tuple[str, ...], str] = field(default_factory=dict)
    list_kinds: dict[tuple[str, ...], str] = field(default_factory=dict)
    sport: frozenset[str] = frozenset()
    culture: frozenset[str] = frozenset()
    grades: frozenset[str] = frozenset()
    commoners: frozenset[tuple[str, ...]] = frozenset()
    list_events: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    @cached_property
    def office_firsts(self) -> frozenset[str]:
        """First words of the ``office`` cues (a quick filter)."""
        return frozenset(k[0] for k in self.offices)

    @cached_property
    def favour_firsts(self) -> frozenset[str]:
        """First words of the ``favour`` cues (a quick filter)."""
        return frozenset(k[0] for k in self.favour)

    @classmethod
    def load(cls, data_dir: str | Path = DATA_DIR) -> ContextData:
        data_dir = Path(data_dir)
        kinds: dict[str, Kind] = {}
        path = data_dir / "kinds.tsv"
        for n, (name, types, words, head) in _rows(path, 4):
            kinds[name] = Kind(name, frozenset(types.split(",")),
                               () if words == "-" else tuple(w.strip().lower() for w in words.split(",")),
                               None if head == "-" else head)
        expand: dict[tuple[str, ...], str] = {}
        bureau: dict[tuple[str, ...], str] = {}
        lists: dict[tuple[str, ...], str] = {}
        offices: dict[tuple[str, ...], str] = {}
        event: dict[tuple[str, ...], frozenset[str]] = {}
        list_events: dict[tuple[str, ...], frozenset[str]] = {}
        facility: dict[tuple[str, ...], str] = {}
        favour: dict[tuple[str, ...], str] = {}
        kind_cues: dict[tuple[str, ...], tuple[str, bool]] = {}
        holders: dict[tuple[str, ...], str] = {}
        list_kinds: dict[tuple[str, ...], str] = {}
        determiners: set[str] = set()
        parts: set[str] = set()
        sport: set[str] = set()
        culture: set[str] = set()
        grades: set[str] = set()
        commoners: set[tuple[str, ...]] = set()
        path = data_dir / "cues.tsv"
        for n, (cue, action, value) in _rows(path, 3):
            key = tuple(spaced_key(cue).split())
            if not key or action not in _ACTIONS:
                raise ContextDataError(f"{path}:{n}: unknown action {action!r} (use one of {', '.join(_ACTIONS)}) "
                                       f"or a cue with no letters")
            if action == "expand":
                expand[key] = value
            elif action == "bureau":
                bureau[key] = value
            elif action == "list":
                lists[key] = value
            elif action == "office":
                offices[key] = value
            elif action == "holder":
                holders[key] = value
            elif action in ("event", "list_event"):
                event[key] = frozenset(value.split(","))
                if action == "list_event":
                    list_events[key] = event[key]
            elif action == "determiner":
                determiners.add(" ".join(key))
            elif action == "part":
                parts.update(key)
            elif action == "sport":
                if len(key) != 1:
                    raise ContextDataError(f"{path}:{n}: a sport cue is one word, got {cue!r}")
                sport.add(key[0])
            elif action == "culture":
                if len(key) != 1:
                    raise ContextDataError(f"{path}:{n}: a culture cue is one word, got {cue!r}")
                culture.add(key[0])
            elif action == "grade":
                if len(key) != 1:
                    raise ContextDataError(f"{path}:{n}: a grade cue is one word, got {cue!r}")
                grades.add(key[0])
            elif action == "commoner":
                commoners.add(key)
            elif action == "facility":
                if value not in ("place", "owner", "team", "body"):
                    raise ContextDataError(f"{path}:{n}: a facility cue's value is place, owner, team or body, "
                                           f"got {value!r}")
                facility[key] = value
            else:
                if value not in kinds:
                    raise ContextDataError(f"{path}:{n}: kind {value!r} is not in kinds.tsv")
                if action == "list_kind":
                    list_kinds[key] = value
                elif action == "favour":
                    favour[key] = value
                else:   # compared with cue_words, which keep a first «آ» («آقای»)
                    kind_cues[tuple(cue_words(cue))] = (value, action == "kind")
        roles: dict[tuple[str, ...], tuple[str, ...]] = {}
        path = data_dir / "roles.tsv"
        for n, (role, fits) in _rows(path, 2):
            roles[tuple(spaced_key(role).split())] = tuple(f.strip().lower() for f in fits.split(","))
        titles: dict[tuple[str, ...], tuple[str, ...]] = {}
        path = data_dir / "titles.tsv"
        if path.exists():
            for n, (title, fits) in _rows(path, 2):
                titles[tuple(spaced_key(title).split())] = tuple(f.strip().lower() for f in fits.split(","))
        return cls(expand, bureau, lists, offices, event, frozenset(determiners), frozenset(parts), facility, favour, kinds, roles,
                   kind_cues, titles, holders, list_kinds, frozenset(sport), frozenset(culture),
                   frozenset(grades), frozenset(commoners), list_events)

    def office_head(self, before: Sequence[str]) -> str | None:
        """The head word for a place that ends the name of a provincial office (``office`` cues): the
        cue opens the phrase at most :data:`OFFICE_WORDS` words before the place, with no punctuation
        between («مدیرکل تبلیغات اسلامی تهران», «اداره کل ورزش و جوانان تهران»: the province)."""
        words = list(before[-OFFICE_WORDS:])
        for i in range(len(words) - 1, -1, -1):
            if words[i] in _NOT_IN_NAMES:
                return None     # «مدیرکل فرودگاه‌ها در تهران»: the place is where, not whose
            for n in (2, 1):
                if (head := self.offices.get(tuple(words[i:i + n]))) is not None:
                    return head
        return None

    def kind_named(self, before: Sequence[str], words: Sequence[str],
                   heads: Iterable[str] = ()) -> tuple[Kind, bool] | None:
        """The kind a mention of match-key ``words`` names, and whether only that kind may be linked
        (``kind`` cues; ``narrow`` ones only narrow the entities of the kind's types): from the words
        right before it (``before``: «استان» + «سمنان», «شهردار» + «اردبیل»), or from its own first
        word when that is one of ``heads``, the generic head words of names («باشگاه پارس جنوبی»)."""
        hit = longest_cue(self.kind_cues, list(before))
        if hit is None and len(words) > 1 and words[0] in heads:
            hit = self.kind_cues.get((words[0],))
        return (self.kinds[hit[0]], hit[1]) if hit is not None else None

    def document(self, text: str) -> DocumentContext:
        return DocumentContext(self, text)


@lru_cache(maxsize=1)
def default_data() -> ContextData:
    """The shipped tables."""
    return ContextData.load()


def longest_cue(table: dict[tuple[str, ...], object], words: list[str]):
    """The entry whose cue ends ``words`` (longest cue first)."""
    for n in (4, 3, 2, 1):
        if len(words) >= n and (hit := table.get(tuple(words[-n:]))) is not None:
            return hit
    return None


class DocumentContext:
    """One document's words and cues, asked about each mention by character offsets."""

    def __init__(self, data: ContextData, text: str) -> None:
        self.data = data
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._keys: list[str] = []
        for m in _WORD.finditer(text):
            key = spaced_key(m.group())
            for part in key.split():    # a word with a ZWNJ gives two match words
                self._starts.append(m.start())
                self._ends.append(m.end())
                self._keys.append(part)
        self.favoured: Counter[str] = Counter()
        keys = self._keys
        self.sport_words = sum(1 for k in keys if k in data.sport)
        self.culture_words = sum(1 for k in keys if k in data.culture)
        firsts = data.favour_firsts
        for i, k in enumerate(keys):
            if k in firsts:
                for size in (1, 2, 3):
                    kind = data.favour.get(tuple(keys[i:i + size]))
                    if kind is not None:
                        self.favoured[kind] += 1
        # the words that favour clubs alone (``favoured`` also counts the clubs linked: add_linked, a second pass)
        self.club_words = self.favoured["club"]
        # clubs linked by a name of their own, not a weak alias («سپاهان», not «ذوب‌آهن»): Linker._link_pass
        self.named_clubs = 0
        self.countries: Counter[str] = Counter()
        # countries of what an earlier pass linked anywhere in the document: they choose between
        # namesakes among the tagged-only places («مونتانا» … «بلغارستان»), see Linker.link_document
        self.document_countries: Counter[str] = Counter()
        # countries of the linked entities that are not tagged-only (what fills document_countries)
        self.anchor_countries: Counter[str] = Counter()
        self.linked_kinds: Counter[str] = Counter()   # coherent kinds of the entities linked so far
        self._keyword_cache: dict[str, bool] = {}
        self._keyset = frozenset(self._keys)

    def has_words(self, words: Sequence[str]) -> bool:
        """Whether the document writes each of these match words somewhere."""
        return all(w in self._keyset for w in words)

    # -- words around a mention ----------------------------------------------------------
    def before(self, start: int, n: int = 3) -> list[str]:
        """Match keys of up to ``n`` words ending before character ``start``."""
        i = bisect.bisect_right(self._ends, start)
        return self._keys[max(0, i - n):i]

    def after(self, end: int, n: int = 3) -> list[str]:
        i = bisect.bisect_left(self._starts, end)
        return self._keys[i:i + n]

    def title_before(self, start: int, words: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
        """For a bare surname (match-key ``words``: the surname, or a title and the surname) the
        surname and the ``fits`` of the title before it or at its start («شهید مطهری»), or None."""
        titles = self.data.titles
        if len(words) == 1:
            fits = longest_cue(titles, self.before(start, 4))
            return (words[0], fits) if fits is not None else None
        for n in (4, 3, 2, 1):
            if len(words) == n + 1 and (fits := titles.get(tuple(words[:n]))) is not None:
                return words[n], fits
        return None

    def expansion(self, start: int) -> str | None:
        """The head word to look the mention up with («وزارت» after «وزیر», «استان» after a news
        agency's bureau: :meth:`bureau`; «استان» for a name of a list after «استان‌های»:
        :meth:`list_head`), or None."""
        before = self.before(start, 4)
        return (longest_cue(self.data.expand, before) or longest_cue(self.data.bureau, before)
                or self.list_head(start) or self._office(start))

    def _office(self, start: int) -> str | None:
        if not self.data.office_firsts.intersection(self.before(start, OFFICE_WORDS)):
            return None     # the quick answer for most mentions: no office word near
        return self.data.office_head(self.cue_before(start, OFFICE_WORDS))

    def list_head(self, start: int) -> str | None:
        """The head word of the coordinated list of names a mention starting at ``start`` continues
        (``list`` cues): «استان‌های خراسان رضوی، گیلان، قم و تهران» gives «استان» for «گیلان», «قم»
        and «تهران», which the cue is too far from to reach. The words from the cue to the mention
        must be list items of at most three words, each closed by «،» or «و»."""
        return self._list_cue(start, self.data.lists)

    def list_kind(self, start: int) -> Kind | None:
        """The kind of the names of a coordinated list a place mention continues (``list_kind`` cues,
        found as :meth:`list_head` finds its cue): «شهرستان‌های چرام، لنده و گچساران» are counties."""
        name = self._list_cue(start, self.data.list_kinds)
        return self.data.kinds[name] if name is not None else None

    def _list_cue(self, start: int, table: dict[tuple[str, ...], str]) -> str | None:
        if not table:
            return None
        near = self.text[max(0, start - 4):start].rstrip()
        if not near or not (near[-1] in "،," or self.before(start, 1) == ["و"]):
            return None     # the quick answer for most mentions: no separator right before
        segments = _LIST_SEP.split(self.text[max(0, start - 200):start])
        if len(segments) < 2 or segments[-1].strip():
            return None     # the mention does not follow a separator
        for k, seg in enumerate(reversed(segments[:-1]), 1):
            if k > _LIST_ITEMS:
                return None
            tail = _LIST_BREAK.split(seg)[-1]     # «گفت: به ترتیب استان‌های مازندران»: after the colon
            words = [p for w in _WORD.findall(tail) for p in spaced_key(w).split()]
            for n in range(1, 4):   # the item's last n words, the cue before them
                if len(words) > n and (head := longest_cue(table, words[:-n])) is not None:
                    return head
            if tail != seg or not 1 <= len(words) <= 3:
                return None
        return None

    def bureau(self, start: int) -> bool:
        """Whether the words before name a news agency's bureau («خبرگزاری فارس از»): the link of
        this mention is its own, no evidence for the document's other mentions."""
        return longest_cue(self.data.bureau, self.before(start, 4)) is not None

    def cue_before(self, start: int, n: int = 3) -> list[str]:
        """:func:`cue_words` of the (up to ``n``) words before character ``start``."""
        i = bisect.bisect_right(self._ends, start)
        return cue_words(self.text[self._starts[max(0, i - n)] if i else start:start])

    def event_types(self, start: int, one_word: bool = False) -> frozenset[str]:
        """Entity types a mention starting at ``start`` is not linked to: it is part of an event
        or treaty name («توافق پاریس»), a street's or a unit's («خیابان ترکمنستان»), or it names a
        constituency, right after «نماینده مردم» or, when it is ``one_word``, further on in its list
        («نماینده مردم اهر و هریس»: ``list_event`` cues, found as :meth:`list_head` finds its cue; a
        longer name there may be the next person of a list of MPs: «نماینده مردم تبریز و عباس فلاح»)."""
        hit = longest_cue(self.data.event, self.cue_before(start))
        if hit is None and one_word:
            hit = self._list_cue(start, self.data.list_events)
        return hit or frozenset()

    def kind_named(self, start: int, surface: str, heads: Iterable[str] = (),
                   label: str | None = None) -> tuple[Kind, bool] | None:
        """The kind of entity the words before a mention (or its own head word) say it names; for a
        place (``label`` LOC), also the kind of the list it continues (:meth:`list_kind`)."""
        kind = self.data.kind_named(self.cue_before(start), cue_words(surface), heads)
        if kind is None and label == "LOC" and (listed := self.list_kind(start)) is not None:
            return listed, True
        return kind

    def after_determiner(self, start: int) -> bool:
        words = self.before(start, 1)
        return bool(words) and words[-1] in self.data.determiners

    def roles_near(self, start: int, end: int) -> list[tuple[str, ...]]:
        """The ``fits`` of the role words right next to the mention: ending at most
        ``ROLE_WINDOW - 1`` words before it («وزیر فرهنگ جنتی») or starting right after it
        («علیخانی عضو شورای شهر»). Roles farther away are often another person's."""
        out = []
        before = self.before(start, ROLE_WINDOW)
        for i in range(len(before)):
            for size in (3, 2, 1):
                if i + size <= len(before) and (fits := self.data.roles.get(tuple(before[i:i + size]))):
                    if len(before) - (i + size) <= ROLE_WINDOW - 2:
                        out.append(fits)
                    break
        after = self.after(end, 4)
        for size in (3, 2, 1):
            if (fits := self.data.roles.get(tuple(after[:size]))) is not None:
                # «دارسی نماینده‌ای … فرستاد»: an indefinite noun is the object, not his role
                if after[size:size + 1] != ["ای"]:
                    out.append(fits)
                break
        return out

    # -- scoring ------------------------------------------------------------------------
    def about_sport(self) -> bool:
        """Whether the document speaks of sport: a cue word that favours clubs («لیگ», «سرمربی»,
        «هواداران»), a club linked so far, or ``SPORT_WORDS`` words of sport (cues.tsv ``sport``: «بازی»,
        «داور», «مسابقه»), any of which may be said of other things."""
        return bool(self.favoured["club"] or self.linked_kinds["club"] or self.sport_words >= SPORT_WORDS)

    def line_off_sport(self, pos: int) -> bool:
        """Whether the line around character ``pos`` (a post of a channel's digest, a paragraph) has at least
        ``LINE_WORDS`` words and none of sport (cues.tsv ``sport``) or of the cues that favour clubs: in a document
        about sport, a line about something else («🔺روحانی در دیدار با مدیران وزارت نیرو» among match results)."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        keys = self._keys[lo:hi]
        if len(keys) < LINE_WORDS or any(k in self.data.sport for k in keys):
            return False
        firsts = self.data.favour_firsts
        return not any(k in firsts and any(self.data.favour.get(tuple(keys[i:i + n])) == "club" for n in (1, 2, 3))
                       for i, k in enumerate(keys))

    def worded_about_sport(self) -> bool:
        """Whether the document's words speak of sport: a cue word that favours clubs, ``SPORT_WORDS`` words
        of sport or a club linked by a name of its own («پیروزی استقلال مقابل سپاهان»), as :meth:`about_sport`
        without the clubs linked through a weak alias (a club linked by a common word makes no report on steel
        one about sport)."""
        return bool(self.club_words or self.sport_words >= SPORT_WORDS or self.named_clubs)

    def following(self, end: int, n: int = 3) -> list[str]:
        """Match keys of up to ``n`` words right after character ``end`` with nothing but spaces between
        them (the run stops at punctuation)."""
        out, pos = [], end
        for j in range(bisect.bisect_left(self._starts, end), len(self._starts)):
            if len(out) == n or self.text[pos:self._starts[j]].strip():
                break
            out.append(self._keys[j])
            pos = self._ends[j]
        return out

    def graded_after(self, end: int) -> bool:
        """Whether the word right after character ``end`` makes a national team's name another team's
        (cues.tsv ``grade``: «امید», «نوجوانان», «زیر» in «زیر ۲۱ سال», «بانوان»): «تیم ملی فوتسال زیر ۲۱
        سال» is not the senior team."""
        words = self.following(end, 1)
        grades = self.data.grades
        return bool(words) and (words[0] in grades or any(
            words[0].startswith(g) and words[0][len(g):].isdigit() for g in grades))

    def commoner_after(self, end: int) -> bool:
        """Whether the word right after a person's name at character ``end`` makes the person an ordinary
        one (cues.tsv ``commoner``: «دانشجوی», «کارگر»), whom no catalogued namesake is; a comma may
        stand between («علی یونسی، دانش‌آموز …»)."""
        comma = _APPOSITION.match(self.text, end)     # «علی یونسی، دانشجوی …»
        words = tuple(self.following(comma.end() if comma else end, 2))
        return any(words[:n] in self.data.commoners for n in (1, 2))

    def about_culture(self) -> bool:
        """Whether the document speaks of film, television, music or the stage: ``CULTURE_WORDS`` words of
        culture (cues.tsv ``culture``: «فیلم», «سریال», «خواننده», «مجری»)."""
        return self.culture_words >= CULTURE_WORDS

    def written_in_full(self, given: Iterable[str], surname: str) -> bool:
        """Whether the document writes ``surname`` (a match key word) with one of the ``given`` names
        at most two words before it («حسین آقا فرکی»), linked or not."""
        given = set(given)
        keys = self._keys
        return any(k == surname and given.intersection(keys[max(0, i - 2):i]) for i, k in enumerate(keys))

    def favoured_heads(self) -> dict[str, list[Kind]]:
        """The head words of the kinds this document favours («استان» when it speaks of provinces),
        each with those kinds."""
        out: dict[str, list[Kind]] = {}
        for name, k in self.data.kinds.items():
            if self.favoured[name] and k.head:
                out.setdefault(k.head, []).append(k)
        return out

    def strength(self, kind: str) -> float:
        return min(self.favoured[kind], 3) / 3

    def has_keyword(self, entity: GazetteerEntity) -> bool:
        hit = self._keyword_cache.get(entity.id)
        if hit is None:
            hit = any(all(w in self._keyset for w in spaced_key(k).split()) for k in entity.keywords if spaced_key(k))
            self._keyword_cache[entity.id] = hit
        return hit

    def bonus(self, entity: GazetteerEntity) -> float:
        """How much the document favours ``entity``: its kinds, the countries of what it has
        linked so far (coherence) and the entity's keywords found in it."""
        b = sum(KIND_BONUS * self.strength(name) for name, k in self.data.kinds.items()
                if self.favoured[name] and k.fits(entity))
        if entity.country and (self.countries[entity.country]
                               or entity.tagged_only and self.document_countries[entity.country]):
            b += COUNTRY_BONUS
        if entity.keywords and self.has_keyword(entity):
            b += KEYWORD_BONUS
        return b

    def add_linked(self, entity: GazetteerEntity, kinds: bool = True) -> None:
        """Coherence: an entity linked in the document lends its country, and its kind (a province
        among provinces, a club among clubs) counts as a favouring cue for the mentions after it
        (not with ``kinds=False``: a province named by a news agency's bureau)."""
        if entity.country:
            self.countries[entity.country] += 1
            if not entity.tagged_only:
                self.anchor_countries[entity.country] += 1
        if not kinds:
            return
        for name, kind in self.data.kinds.items():
            if name in COHERENT_KINDS and kind.fits(entity):
                self.favoured[name] += 1
                self.linked_kinds[name] += 1


def nested_plausible(text: str, outer, outer_entity: GazetteerEntity | None, inner,
                     entity: GazetteerEntity) -> bool:
    """Whether a name found inside a longer mention (``outer``, ``inner``: spans with ``start``,
    ``end``, ``label``) may be linked to ``entity`` there:

    * a person is no part of a place's name («هریس» in «شهرستان هریس», «ریگان» in «محمدآباد ریگان»),
      nor a place of an unlinked person's («یزد» in «احمد حاتمی یزد», «اورلاندو» in «اورلاندو آلوارز»);
    * a person inside a person's name is that person only when the other words are titles: with
      another given name it is someone else («خامنه‌ای» in «سیدمحمد خامنه‌ای»);
    * inside a linked organization whose other words are generic heads, a name that links to a
      different organization is the same name, not a second body («فولاد خوزستان» in the linked
      «شرکت فولاد خوزستان», the steel company, is not the football club);
    * a place right after an event word is part of the event's name («توافق پاریس»).
    """
    from .linker import GENERIC_HEADS, TITLE_KEYS  # the linker imports this module
    rest = spaced_key(text[outer.start:inner.start]).split() + spaced_key(text[inner.end:outer.end]).split()
    if entity.type in PLACE_TYPES and outer.label == "PER" and outer_entity is None:
        return False   # «احمد حاتمی یزد», «قاضی اورلاندو آلوارز»: part of a person's name
    if entity.type == "person":
        if outer.label == "LOC" or (outer_entity is not None and outer_entity.type in PLACE_TYPES):
            return False
        if outer.label == "PER":
            for word in rest:
                while word:
                    t = next((t for t in TITLE_KEYS if word.startswith(t)), None)
                    if t is None:
                        return False
                    word = word[len(t):]
    if (entity.type == "organization" and outer_entity is not None and outer_entity.type == "organization"
            and rest and all(w in GENERIC_HEADS for w in rest)):
        return False
    prefix = text[outer.start:inner.start]
    return not (prefix.strip() and entity.type in (longest_cue(default_data().event, cue_words(prefix)) or ()))


def another_countrys(text: str, body, entity: GazetteerEntity, place, place_entity: GazetteerEntity | None) -> bool:
    """Whether a body of one country (``entity`` at span ``body``) is named right before a place of
    another (``place_entity`` at span ``place``, nothing but spaces between): «وزارت بهداشت افغانستان»,
    «فدراسیون فوتبال آلمان», «شرکت ملی نفت لیبی» are that country's ministry, federation or company,
    not Iran's that the short name links to."""
    return (entity.type == "organization" and bool(entity.country) and place_entity is not None
            and place_entity.type in PLACE_TYPES and bool(place_entity.country)
            and place_entity.country != entity.country and place.start >= body.end
            and not text[body.end:place.start].strip())


_THAT_COUNTRY = re.compile(r"\s*(?:(?:این|آن|همان)\s*کشور|کشور(?:ش|شان|\s*متبوع)(?![\w\u200c]))")


def refers_back_to_a_country(text: str, end: int, entity: GazetteerEntity) -> bool:
    """Whether a body of one country (``entity``, its mention ending at ``end``) is followed by words
    that name a country mentioned before: «فدراسیون فوتبال این کشور», «دستگاه قضایی آن کشور»,
    «فدراسیون فوتبال کشورش» are that country's federation or judiciary, not the one the short name
    links to (the news sets' gold leaves them unlinked)."""
    return (entity.type == "organization" and bool(entity.country)
            and _THAT_COUNTRY.match(normalize_chars(text[end:end + 24])) is not None)


@lru_cache(maxsize=1)
def _expressions() -> dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """expressions.tsv: the name's words → (words before it, words after it) of each expression."""
    out: dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    path = DATA_DIR / "expressions.tsv"
    for n, (expression, name) in _rows(path, 2):
        words, name_words = spaced_key(expression).split(), spaced_key(name).split()
        at = next((i for i in range(len(words)) if words[i:i + len(name_words)] == name_words), None)
        if at is None:
            raise ContextDataError(f"{path}:{n}: the name {name!r} is not a part of {expression!r}")
        out.setdefault(tuple(name_words), []).append((tuple(words[:at]), tuple(words[at + len(name_words):])))
    return out


def in_expression(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of a fixed expression in which it is a common
    word (``linking_data/expressions.tsv``: «چین و چروک», «خلق و خوی», «آیه کریمه»)."""
    forms = _expressions().get(tuple(spaced_key(text[start:end]).split()))
    if not forms:
        return False
    before = [p for w in _WORD.findall(text[max(0, start - 80):start]) for p in spaced_key(w).split()]
    after = [p for w in _WORD.findall(text[end:end + 80]) for p in spaced_key(w).split()]
    return any((not b or tuple(before[-len(b):]) == b) and tuple(after[:len(a)]) == a for b, a in forms)


def splits_into(text: str, outer, inner: Sequence) -> bool:
    """Whether an unlinked span is only the names found inside it plus words for a side or part
    of a place (``part`` cues): a tagger span that swallowed a neighbour («سواحل موزامبیک»,
    «توکیو پکن»), to be replaced by the names. An organization span holding a place is a body
    named with its place («دانشگاه آزاد اسلامی سیستان و بلوچستان», «حزب‌الله کردستان»), one ORG
    span in every training corpus, and stays whole (issue 18), unless it is an organization's name
    followed by a country's and nothing else: the country qualifies the body («دانشگاه آکسفورد
    انگلستان», «گالاتاسرای ترکیه», «روزنامه بیلد آلمان»), where a province names a branch and stays."""
    if not inner:
        return False
    if outer.label == "ORG" and any(n.label == "LOC" for n in inner):
        return _qualified_by_country(text, outer, inner)
    pos, rest = outer.start, []
    for n in sorted(inner, key=lambda n: n.start):
        rest += spaced_key(text[pos:n.start]).split()
        pos = n.end
    rest += spaced_key(text[pos:outer.end]).split()
    parts = default_data().parts
    return all(w in parts or w == "و" for w in rest) and (len(inner) > 1 or bool(rest))


#: Words of a state's own name («جمهوری اسلامی ایران») and of a land («خطه آذربایجان», Iran's region of
#: Azerbaijan, not the country): a span holding them is one name, not a place in a country.
_STATE_WORDS = frozenset({"جمهوری", "پادشاهی", "امیرنشین", "اقلیم", "دولت", "فدراسیون", "اتحاد", "خطه", "سرزمین",
                          "دیار"})
_PLACE_IN_COUNTRY = frozenset({"city", "region", "place", "territory"})
_JOINS = frozenset({"", "،", ",", "-", "ـ"})


def place_in_country(text: str, outer, inner: Sequence, country_of, heads: dict[str, Iterable[str]] | None = None,
                     country_at=None) -> list[tuple[int, int, object]] | None:
    """The pieces of an unlinked LOC span that is a place written with its country after it, as a
    dateline or a sports report writes it («دوحه قطر», «شهر کازان روسیه», «پنانگ مالزی»): the tagger
    joined two names. Returns ``(start, end, name)`` for the place (with its head word: «شهر کازان»;
    ``name`` None when the gazetteer lacks the place: «پنانگ») and for the country (``name`` the linked
    inner name), or None. A place the gazetteer has must lie in that country; a name of the state
    itself («جمهوری اسلامی ایران»), a list («و»), a part of a place («سواحل») or a lone head word
    («شهرستان ساری», «استان تهران» are one name) is not split. ``country_of(entity id)``: the
    gazetteer's country code of an entity; ``heads``: the generic head words, each with the entity
    types it names (``linker.GENERIC_HEADS``: «شهرستان ساری» is a county, not the city);
    ``country_at(start, end)``: the linked country a span's last word names, when no inner name ends
    it (a country's name that is also a word, «قطر», is no name in free text)."""
    if getattr(outer, "label", None) != "LOC":
        return None
    ordered = sorted(inner, key=lambda n: n.start)
    if (not ordered or ordered[-1].end < outer.end) and country_at is not None:
        last = list(_WORD.finditer(text, outer.start, outer.end))
        if len(last) > 1 and (found := country_at(last[-1].start(), last[-1].end())) is not None:
            ordered.append(found)
    if not ordered:
        return None
    country = ordered[-1]
    if country.end != outer.end or country.entity is None or country.entity.type != "country":
        return None
    heads = heads or {}
    if len(ordered) == 2:
        place = ordered[0]
        head = spaced_key(text[outer.start:place.start]).split()
        if (place.entity is None or place.entity.type not in _PLACE_IN_COUNTRY or not country_of(place.entity.id)
                or country_of(place.entity.id) != country_of(country.entity.id) or len(head) > 1
                or (head and place.entity.type not in heads.get(head[0], ()))
                or text[place.end:country.start].strip() not in _JOINS):
            return None
        return [(outer.start, place.end, place), (country.start, country.end, country)]
    if len(ordered) != 1:
        return None
    chunk = text[outer.start:country.start].rstrip(" \u200c،,-ـ")
    words = spaced_key(chunk).split()
    data = default_data()
    if (not 1 <= len(words) <= 3 or all(w in heads for w in words) or any(w in data.parts or w == "و"
            or w in _STATE_WORDS or any(ch.isdigit() for ch in w) for w in words)):
        return None
    return [(outer.start, outer.start + len(chunk), None), (country.start, country.end, country)]


def _qualified_by_country(text: str, outer, inner: Sequence) -> bool:
    if len(inner) != 2:
        return False
    body, country = sorted(inner, key=lambda n: n.start)
    return (body.start == outer.start and country.end == outer.end and not text[body.end:country.start].strip()
            and body.entity is not None and body.entity.type == "organization"
            and country.entity is not None and country.entity.type == "country")


def facility_location(text: str, outer, inner: Sequence):
    """The name an unlinked span of a facility or a web site yields to, or ``None``.

    A tagger span opened by a ``facility`` cue names a street, a building («بیمارستان», «فرودگاه»,
    «سالن»: value ``place``), a web site («سایت»: value ``owner``) or a team the gazetteer lacks
    («تیم والیبال», «تیم ملی»: value ``team``), which the project's annotation scheme does not count
    as a person, place or organization. It yields to the linked name that ends it: for a building, a
    place (where it is: «بیمارستان امام سجاد کرمانشاه» → «کرمانشاه»); for a site, the name right
    after the cue words, of any type (whose site it is: «سایت رسمی فدراسیون فوتبال» → the
    federation, but not «سایت رسمی ریاست جمهوری آرژانتین» → Argentina); for a team, the club
    right after the cue words or the country that ends the span («تیم والیبال لهستان», «تیم بوکس
    جوانان ایران»; not a city: «تیم فوتبال اراک» is a club the gazetteer lacks). ``outer`` and ``inner`` are :class:`~ner_fa.models.Mention` s (``inner``: the
    linked names found inside ``outer``)."""
    words = spaced_key(text[outer.start:outer.end]).split()
    table = default_data().facility
    cue = next((n for n in (3, 2, 1) if len(words) > n and tuple(words[:n]) in table), 0)
    if not cue or not inner:
        return None
    last = max(inner, key=lambda n: n.end)
    if last.end != outer.end or last.entity is None:
        return None
    kind = table[tuple(words[:cue])]
    if kind == "body":
        return None     # «ورزش و جوانان استان گیلان»: a body whose name begins with a facility cue's words
    if kind == "place":
        return last if last.entity.type in PLACE_TYPES else None
    if kind == "team" and last.entity.type not in ("organization", "country"):
        return None     # «تیم فوتبال اراک»: a club the gazetteer lacks, not the city
    if kind == "team" and last.entity.type == "country":
        return last     # «تیم بوکس جوانان ایران», «تیم روستوف روسیه»: a team of that country
    return last if spaced_key(text[outer.start:last.start]).split() == words[:cue] else None
