"""Span repair: words at the edge of a tagger span that are not part of the name, and spans
that are no names at all.

The tagger, trained on corpora that disagree about where a name starts, often takes in the
words in front of it. :class:`SpanRepair` cuts what every annotated corpus leaves outside and
drops what no corpus calls a name (measured in docs/linking.md, "Span repair"):

* **a quoted name after its descriptor**: when a span runs into an opening quote and the quote
  closes right after it, the name is what is quoted: «نشریه «نیوزویک»» → «نیوزویک»,
  «شهر "بعقوبه"» → «بعقوبه». A quote pair inside the span is left alone.
* **descriptors** (``data/span_repair.tsv``, ``descriptor``): «روابط عمومی شهرداری تبریز» → «شهرداری
  تبریز» (the public relations office speaks for the body; the body is named).
* **place descriptors** (``place_descriptor``): «منطقه خاورمیانه» → «خاورمیانه», «روستای X» → «X»,
  «شمال غربی قزوین» → «قزوین», several in a row («منطقه شمالی تاجیکستان»), only when the rest is exactly
  one gazetteer name (so «منطقه زیبای تلخاب» stays whole) and the whole span is not one («جنوب لبنان»).
* **units** (``unit``): a body's unit or a medium's kind before one organization's name («پایگاه خبری
  سپاهان» → «سپاهان», «اداره کل روابط عمومی سازمان صدا و سیما» → «سازمان صدا و سیما»), only when the rest
  is exactly one organization's name and the whole is none; before a place the span stays, a NIL body
  («مرکز اطلاع‌رسانی فلسطین»).
* **shrines** (``shrine``): a shrine's, a tomb's or a feast's words before exactly one person's name
  («حرم مطهر امام حسین», «آرامگاه بوعلی سینا», «ولادت حضرت زهرا») are cut, and the rest is a PER mention
  of that person, whatever the tagger's label: the news guide annotates the person, never the shrine.
* **vocalized Arabic**: a tagger span whose words mostly carry two or more short-vowel marks, in
  a sentence where such words are frequent (a verse or hadith quoted in Persian typing, with
  Persian ک and ی, which :func:`~ner_fa.tokenize.looks_arabic` does not catch), is dropped:
  the tagger invents people in it. Names vocalized for pronunciation in Persian text
  («غَزنَوی») are alone in their sentence and stay.
* **governments** (``government``): a country or a person right after «دولت» / «حکومت», which the tagger
  tagged alone, is the government's name, one ORG span («دولت عراق», «حکومت بحرین», «دولت نظربایف»), as
  every training corpus and the news guide annotate it; the name stays a mention nested in it.
* **institutions** (``institution``): a place the tagger tagged alone right after an institution's words
  («مرزبانی گیلان», «سفارت پاکستان», «هیات کرمان», «اداره کل کتابخانه‌های عمومی استان سمنان») is part of
  the institution's name, one ORG span, as the news guide and the annotated corpora write it (a provincial
  office is one ORG span): linked when the gazetteer has the whole («دانشگاه تهران»), else NIL; the place
  stays a mention nested in it. Only words after which the annotated news and corpora almost never leave
  the place alone (``data/span_repair.tsv``; docs/linking.md, round 9).
* **lists**: a place or person span that runs over a list («خراسان رضوی، قم، همدان، خوزستان و کرمان») is
  its items, split at the commas (no annotated place or person name has one; some organizations' names do, so
  ORG spans are left whole); after a plural head («استان‌های»: ``list_head``) at its «و»s too, unless both
  sides make one name («سیستان و بلوچستان»); another item of two names joined by «و» is split when unlinked,
  as any such span is.
* **adjectives** (``adjective_suffix``): a place span followed by a detached «ای» is an adjective made
  of the name («مهاجم نیجریه ای», the Nigerian striker; «باشگاه ترکیه ای»), not a mention of it: dropped.
* **eponyms** (``eponym``): a person's name right after a facility's word (titles between) names
  the facility, which the annotation scheme does not count: «مسجد امام حسن مجتبی», «مدرسه خدیجه
  کبری», «شبستان امام خمینی» are no mention. Shrines and tombs («حرم امام رضا») are not in the list:
  the person buried there is meant.
* **a bracketed honorific** after a holy person's name («امام خمینی (ره)», «امام رضا (ع)»): not part of
  the name; the tagger's span often ends inside the brackets.
* **joined function words** (``joiner``): gap filling matches names across a missing space
  («جین پینگ» for «جین‌پینگ»), which also turns «به شهر» into Behshahr and «بر سه» into a
  person. A match made by joining a function word is kept only when the gazetteer writes the
  name with the same words.

A name cut out of a longer span is linked on an exact match of its own
(:meth:`SpanRepair.relink`); failing that, as the span the tagger found («خبرگزاری «آناتولی»»
links Anadolu Agency, while «آناتولی» alone is the peninsula). A fuzzy match of the bare cut
name is not taken: it has lost the words the tagger saw with it.

:func:`nil_short_forms` adds the later one-word mentions of an unlinked person (the surname
after the full name, «تراشتگن» after «مارک آندره تراشتگن»), as ``short_forms`` does for
linked ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import NerFaError
from .honorifics import BRACKET_PAIRS, HOLY_TITLES, HONORIFICS, holy_honorific_after, holy_person, patronymic_before
from .linker import TITLE_KEYS, Linker, LinkResult, RawMention
from .normalize import compact_key, spaced_key
from .tokenize import Sentence, Token

__all__ = ["HARAKAT", "RULES_PATH", "SpanRepair", "SpanRepairError", "SpanRules", "default_rules", "load_rules",
           "nil_short_forms"]

RULES_PATH = Path(__file__).resolve().parent / "data" / "span_repair.tsv"
_KINDS = ("descriptor", "place_descriptor", "joiner", "enclitic", "eponym", "eponym_title", "adjective_suffix",
          "government", "institution", "list_head", "unit", "shrine")
_LONG_VOWELS = frozenset("اوآ")
_OPEN_QUOTES = frozenset('«“„"')
_QUOTES = frozenset('«»“”„"')
#: a spokesman's word before «دولت»: a full name after it is the spokesman («سخنگوی دولت علی ربیعی»)
_SPOKESPERSON = frozenset(compact_key(w) for w in ("سخنگوی", "سخنگو"))
_COMMAS = frozenset("،,")
#: labels whose tagger spans are split at a list's commas (annotated ORG names may hold one)
_LIST_LABELS = frozenset({"LOC", "PER"})
#: a compass word after «و» ends the name before it: «آذربایجان شرقی و غربی» (the two provinces) is one span
_DIRECTIONS = frozenset(compact_key(w) for w in ("شرقی", "غربی", "شمالی", "جنوبی"))
HARAKAT = re.compile("[\u064b-\u0652]")   # tanwin, fatha, damma, kasra, shadda, sukun


class SpanRepairError(NerFaError, ValueError):
    """``span_repair.tsv`` is malformed; the message names the line."""


@dataclass(frozen=True)
class SpanRules:
    """The table of :data:`RULES_PATH`: descriptor words per label (compact keys, word by word)."""

    descriptors: dict[str, tuple[tuple[str, ...], ...]]
    place_descriptors: dict[str, tuple[tuple[str, ...], ...]]
    joiners: frozenset[str]
    enclitics: tuple[str, ...] = ()
    #: per label, the words of a facility before a span of that label that names the facility
    eponyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: titles of the dead that may stand between a facility's word and its eponym («مدرسه شهید باهنر»)
    eponym_titles: frozenset[str] = frozenset()
    #: per label, a detached suffix right after a span of that label that makes it an adjective («نیجریه ای»)
    adjective_suffixes: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per label, a word right before a span of that label that makes it a government's name («دولت عراق»)
    governments: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per label, an institution's words right before a span of that label that make one ORG name with it
    #: («مرزبانی گیلان», «سفارت پاکستان»), longest first
    institutions: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: per label, a plural head word before a coordinated list («استان‌های گلستان و سمنان»), longest first
    list_heads: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: per label, a body's unit or a medium's kind before one organization's name («پایگاه خبری سپاهان»)
    units: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: per label, the words of a shrine, a tomb or a feast before a holy person's name («حرم مطهر امام حسین»)
    shrines: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


def load_rules(path: str | Path = RULES_PATH) -> SpanRules:
    """Read a span repair table; raises :class:`SpanRepairError` naming a bad line."""
    tables: dict[str, dict[str, list[tuple[str, ...]]]] = {"descriptor": {}, "place_descriptor": {}, "eponym": {},
                                                           "adjective_suffix": {}, "government": {},
                                                           "institution": {}, "list_head": {}, "unit": {},
                                                           "shrine": {}}
    joiners: set[str] = set()
    enclitics: set[str] = set()
    eponym_titles: set[str] = set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] not in _KINDS:
            raise SpanRepairError(f"{path}:{n}: expected kind<TAB>labels<TAB>words[<TAB>gloss] with kind one of "
                                  f"{', '.join(_KINDS)}, got {line!r}")
        kind, labels, words = parts[0], parts[1].split(","), tuple(compact_key(w) for w in parts[2].split())
        if not words or not all(words):
            raise SpanRepairError(f"{path}:{n}: no words to match in {line!r}")
        if kind in ("joiner", "enclitic", "eponym_title", "adjective_suffix", "government") and len(words) != 1:
            raise SpanRepairError(f"{path}:{n}: a {kind} is one word, got {parts[2]!r}")
        if kind in ("joiner", "enclitic", "eponym_title"):
            {"joiner": joiners, "enclitic": enclitics, "eponym_title": eponym_titles}[kind].add(words[0])
            continue
        if not set(labels) <= {"PER", "LOC", "ORG"}:
            raise SpanRepairError(f"{path}:{n}: labels must be PER, LOC or ORG (comma-separated), got {parts[1]!r}")
        for lab in labels:
            tables[kind].setdefault(lab, []).append(words)

    def longest_first(t: dict[str, list[tuple[str, ...]]]) -> dict[str, tuple[tuple[str, ...], ...]]:
        return {lab: tuple(sorted(set(ws), key=len, reverse=True)) for lab, ws in t.items()}

    return SpanRules(longest_first(tables["descriptor"]), longest_first(tables["place_descriptor"]),
                     frozenset(joiners), tuple(sorted(enclitics, key=len, reverse=True)),
                     longest_first(tables["eponym"]), frozenset(eponym_titles),
                     {lab: frozenset(w[0] for w in ws) for lab, ws in tables["adjective_suffix"].items()},
                     {lab: frozenset(w[0] for w in ws) for lab, ws in tables["government"].items()},
                     longest_first(tables["institution"]), longest_first(tables["list_head"]),
                     longest_first(tables["unit"]), longest_first(tables["shrine"]))


@lru_cache(maxsize=1)
def default_rules() -> SpanRules:
    return load_rules(RULES_PATH)


def _vocalized(word: str) -> bool:
    return len(HARAKAT.findall(word)) >= 2


def _vocalized_tokens(sentences: Sequence[Sentence]) -> list[bool]:
    """Per token: whether its sentence is largely vocalized (at least 3 words and 40% of them)."""
    out: list[bool] = []
    for sent in sentences:
        words = [t.text for t in sent.tokens if compact_key(t.text)]
        v = sum(_vocalized(w) for w in words)
        out.extend([v >= 3 and v >= 0.4 * len(words)] * len(sent.tokens))
    return out


class SpanRepair:
    """The span rules of the module docstring over one gazetteer (its matcher finds whole names)."""

    def __init__(self, matcher, rules: SpanRules | None = None) -> None:
        self.matcher = matcher
        self.gazetteer = matcher.gazetteer
        self.rules = rules or default_rules()

    def repair(self, tokens: Sequence[Token], sentences: Sequence[Sentence],
               raw: Sequence[RawMention]) -> tuple[list[RawMention], dict[tuple[int, int], RawMention]]:
        """Tagger spans cut and dropped; and, by ``(start, end)`` of a cut span, the span it was."""
        keys = [compact_key(t.text) for t in tokens]
        vocal: list[bool] | None = None    # computed for the first vocalized span only
        out: list[RawMention] = []
        cut: dict[tuple[int, int], RawMention] = {}
        for m in (part for r in raw for part in self._list_parts(tokens, keys, r)):
            s, e = m.token_start, m.token_end
            if m.source != "tagger":
                out.append(m)
                continue
            if self._eponym(keys, m.label, s):
                continue
            if self._adjective(tokens, m.label, e):
                continue    # «مهاجم نیجریه ای»: the Nigerian striker, an adjective, no name
            if 2 * sum(_vocalized(t.text) for t in tokens[s:e]) >= e - s:
                if vocal is None:
                    vocal = _vocalized_tokens(sentences)
                if vocal[s]:
                    continue
            free_from = out[-1].token_end if out and out[-1].token_end else 0    # tokens before it are taken
            if (g := self._government(keys, m.label, s, e, free_from)) is not None:
                # «دولت» + «عراق»: the government, one ORG span, the country a name inside it (not a cut
                # span: «عراق» alone is not what the text names)
                out.append(RawMention(tokens[g].start, m.end, "ORG", m.source, g, e))
                continue
            if (g := self._institution(keys, m.label, s, free_from)) is not None:
                # «مرزبانی» + «گیلان»: the province's border guard, one ORG span (NIL unless the gazetteer
                # has it: «دانشگاه تهران»), the place a name inside it
                out.append(RawMention(tokens[g].start, m.end, "ORG", m.source, g, e))
                continue
            s = self._after_quote(tokens, s, e)
            label = m.label
            e = self._before_honorific(tokens, keys, s, e)
            if (t := self._after_shrine(tokens, keys, m.label, s, e)) != s:
                s, label = t, "PER"     # «حرم مطهر امام حسین»: the holy person the shrine is named for
            elif m.label == "PER" and (t := self._holy_given_name(tokens, keys, s, e)) != s:
                s, label = t, "PER"     # «سرور آزادگان حسین (ع)», «بارگاه علی (ع)»: the holy person alone
            s = self._after_descriptor(tokens, keys, m.label, s, e)
            end = tokens[e - 1].end - self._enclitic(tokens[e - 1].text)
            if s != m.token_start or end != m.end:
                original, m = m, RawMention(tokens[s].start, end, label, m.source, s, e)
                cut[(m.start, m.end)] = original
            out.append(m)
        return out, cut

    def _list_parts(self, tokens: Sequence[Token], keys: Sequence[str], m: RawMention) -> list[RawMention]:
        """A tagger span of places or people that runs over a list is its items, split at the commas (no
        annotated place or person has one) with the «و» that opens an item left out. After a plural head
        («استان‌های»: ``list_head``) it is split at its «و»s too («استان‌های گلستان و سمنان»), unless the
        words on both sides make one gazetteer name («سیستان و بلوچستان»); another item of two names
        joined by «و» («خوزستان و کرمان») is split later, when unlinked (``context.splits_into``), as any
        such span is. The split is made before linking, so that each item is linked as a name of the list
        (``cues.tsv`` ``list``: «سمنان» there is the province); the commas cannot wait either, since an
        item the gazetteer does not match alone («قم») keeps the whole list from splitting."""
        if m.source != "tagger" or m.label not in _LIST_LABELS:
            return [m]
        head = self._list_head(keys, m)
        cuts = [i for i in range(m.token_start, m.token_end)
                if tokens[i].text in _COMMAS or (head and keys[i] == "و" and i + 1 < m.token_end
                                                 and keys[i + 1] not in _DIRECTIONS
                                                 and not self._one_name_across(tokens, i, m))]
        if not cuts:
            return [m]
        items, a = [], m.token_start
        for b in [*cuts, m.token_end]:
            while a < b and keys[a] == "و":
                a += 1
            if a < b:
                items.append((a, b))
            a = b + 1
        return [RawMention(tokens[s].start, tokens[e - 1].end, m.label, m.source, s, e) for s, e in items]

    def _list_head(self, keys: Sequence[str], m: RawMention) -> bool:
        """Whether a plural head before a list opens the span or stands right before it."""
        for words in self.rules.list_heads.get(m.label, ()):
            k, s = len(words), m.token_start
            if (m.token_end - s > k and tuple(keys[s:s + k]) == words) or (s >= k and tuple(keys[s - k:s]) == words):
                return True
        return False

    def _one_name_across(self, tokens: Sequence[Token], i: int, m: RawMention) -> bool:
        """Whether the «و» at token ``i`` lies inside one gazetteer name within the span («سیستان و
        بلوچستان», «بوسنی و هرزگوین»)."""
        local = i - m.token_start
        return any(n.token_start < local < n.token_end for n in self.matcher.find(
            tokens[m.token_start:m.token_end], [False] * (m.token_end - m.token_start)))

    def _adjective(self, tokens: Sequence[Token], label: str, e: int) -> bool:
        """Whether the token at ``e``, right after a span of ``label``, is a detached adjective suffix."""
        suffixes = self.rules.adjective_suffixes.get(label)
        return bool(suffixes) and e < len(tokens) and compact_key(tokens[e].text) in suffixes

    def _eponym(self, keys: Sequence[str], label: str, s: int) -> bool:
        """Whether the span at token ``s`` follows a facility's word (titles between: «مدرسه شهید …»);
        ``keys``: the compact keys of the tokens (those before ``s`` are read)."""
        heads = self.rules.eponyms.get(label)
        if not heads:
            return False
        p, titles = s, 0
        while p > 0 and titles < 2 and keys[p - 1] in self.rules.eponym_titles:
            p, titles = p - 1, titles + 1
        return any(p >= len(w) and tuple(keys[p - len(w):p]) == w for w in heads)

    def _government(self, keys: Sequence[str], label: str, s: int, e: int, free_from: int) -> int | None:
        """The token where a government's name starts when a ``government`` word stands right before the
        span at tokens ``s:e`` (a form of address between: «دولت آقای احمدی‌نژاد»), outside any mention
        (tokens before ``free_from`` are another mention's); else None. After «سخنگوی» a person's full
        name is the spokesman's («سخنگوی دولت علی ربیعی»), not the head of government's («دولت نظربایف»)."""
        heads = self.rules.governments.get(label)
        if not heads:
            return None
        p = s
        if p > 0 and keys[p - 1] in TITLE_KEYS:
            p -= 1
        if p - 1 < free_from or keys[p - 1] not in heads:
            return None
        if label == "PER" and p == s and e - s >= 2 and p >= 2 and keys[p - 2] in _SPOKESPERSON:
            return None     # «سخنگوی دولت علی ربیعی»: the government's spokesman is the person named
        return p - 1

    def _institution(self, keys: Sequence[str], label: str, s: int, free_from: int) -> int | None:
        """The token where an institution's name starts when ``institution`` words stand right before the
        span at token ``s``, outside any mention (tokens before ``free_from`` are another mention's); else None.
        Several in a row are one name: «اداره کل» + «کتابخانه‌های عمومی» + «سمنان»."""
        heads, p = self.rules.institutions.get(label, ()), s
        while k := next((len(w) for w in heads if p - len(w) >= free_from and tuple(keys[p - len(w):p]) == w), 0):
            p -= k
        return p if p < s else None

    @staticmethod
    def _after_quote(tokens: Sequence[Token], s: int, e: int) -> int:
        if e >= len(tokens) or tokens[e].text not in _QUOTES:
            return s
        inner = [i for i in range(s + 1, e - 1) if tokens[i].text in _QUOTES]
        if len(inner) == 1 and tokens[inner[0]].text in _OPEN_QUOTES:
            return inner[0] + 1
        return s

    def _after_shrine(self, tokens: Sequence[Token], keys: list[str], label: str, s: int, e: int) -> int:
        """Where the holy person's name starts when a shrine's, a tomb's or a feast's words open the span
        and the rest is exactly one person's name («آرامگاه بوعلی سینا» → «بوعلی سینا»); else ``s``."""
        for words in self.rules.shrines.get(label, ()):
            k = len(words)
            if e - s > k and tuple(keys[s:s + k]) == words and self._one_name(tokens, s + k, e, "PER"):
                return s + k
        return s

    def _holy_given_name(self, tokens: Sequence[Token], keys: list[str], s: int, e: int) -> int:
        """Where a holy person's bare given name starts when it ends the span with a holy honorific after
        it and the words before it are no name with it (:mod:`ner_fa.honorifics`: «سرور آزادگان حسین (ع)»
        → «حسین»; not «زید بن علی (ع)», nor a gazetteer name, «امام علی (ع)»); else ``s``. Only in a person's
        span: a body named for the holy person («بیمارستان امام حسین (ع)», «دانشگاه ولیعصر (عج)») is none."""
        if (e - s < 2 or keys[e - 2] in ("و", "،") or keys[e - 2] in HOLY_TITLES
                or patronymic_before(keys[s:e - 1])):
            return s
        after = " ".join(t.text for t in tokens[e:e + 8])
        if (not holy_honorific_after(after, 0) or holy_person(self.gazetteer, keys[e - 1]) is None
                or self._one_name(tokens, s, e)):
            return s
        return e - 1

    def _after_descriptor(self, tokens: Sequence[Token], keys: list[str], label: str, s: int, e: int) -> int:
        for words in self.rules.descriptors.get(label, ()):
            k = len(words)
            if e - s > k and tuple(keys[s:s + k]) == words and keys[s + k]:
                return s + k
        # a body's unit before exactly one organization's name, which the whole is not («پایگاه خبری سپاهان»);
        # before a place it makes a NIL body («مرکز اطلاع‌رسانی فلسطین»)
        for words in self.rules.units.get(label, ()):
            k = len(words)
            if (e - s > k and tuple(keys[s:s + k]) == words and self._one_name(tokens, s + k, e, "ORG")
                    and not self._one_name(tokens, s, e)):
                return s + k
        # place descriptors chain («منطقه شمالی تاجیکستان», «حومه شهر آمستردام»); the cut is made where the
        # rest is exactly one gazetteer name, and never when the whole span is one («جنوب لبنان»)
        p, whole = s, None
        while p < e:
            k = next((len(w) for w in self.rules.place_descriptors.get(label, ())
                      if e - p > len(w) and tuple(keys[p:p + len(w)]) == w), 0)
            if not k:
                return s
            p += k
            if self._one_name(tokens, p, e):
                if whole is None:
                    whole = self._one_name(tokens, s, e)
                return s if whole else p
        return s

    @staticmethod
    def _before_honorific(tokens: Sequence[Token], keys: Sequence[str], s: int, e: int) -> int:
        """The span's end without a bracketed honorific after the name: «امام خمینی (ره» → «امام خمینی»;
        mirrored brackets too («امام حسین) ع (»)."""
        close = tokens[e - 1].text if e - s >= 4 and tokens[e - 1].text in ("(", ")") else None
        end = e - 1 if close else e
        opening = (BRACKET_PAIRS[close],) if close else ("(", ")")
        if end - s >= 3 and tokens[end - 2].text in opening and keys[end - 1] in HONORIFICS:
            return end - 2
        return e

    def _enclitic(self, word: str) -> int:
        """How many characters at the end of a span's last word are no part of the name: short-vowel
        marks («هالندِ»), or an enclitic after a final long vowel when the word without it is a
        gazetteer form and the word is not («بارسای» → «بارسا», «آمریکاست» → «آمریکا»)."""
        stripped = word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if len(stripped) < len(word):
            return len(word) - len(stripped)
        keys = self.gazetteer.keys
        for suffix in self.rules.enclitics:
            stem = word[:-len(suffix)]
            if (word.endswith(suffix) and len(stem) >= 3 and stem[-1] in _LONG_VOWELS
                    and compact_key(stem) in keys and compact_key(word) not in keys):
                return len(suffix)
        return 0

    def _one_name(self, tokens: Sequence[Token], s: int, e: int, label: str | None = None) -> bool:
        """Whether tokens ``s:e`` are exactly one gazetteer name (of ``label``'s entities, when given)."""
        found = self.matcher.find(tokens[s:e], [False] * (e - s), max_tokens=e - s)
        return (len(found) == 1 and found[0].token_start == 0 and found[0].token_end == e - s
                and (label is None or found[0].label == label))

    def keep_match(self, tokens: Sequence[Token], m: RawMention) -> bool:
        """Whether a gazetteer match may fill a gap: not a facility's eponym, nor an adjective, nor one made
        by joining a function word to the next word, unless the gazetteer writes the name with the same words."""
        before = [compact_key(t.text) for t in tokens[max(0, m.token_start - 5):m.token_start]]
        if self._eponym(before, m.label, len(before)) or self._adjective(tokens, m.label, m.token_end):
            return False
        if m.token_end - m.token_start < 2:
            return True
        toks = tokens[m.token_start:m.token_end]
        keys = [compact_key(t.text) for t in toks]
        if self.rules.joiners.isdisjoint(keys):
            return True
        words = spaced_key(" ".join(t.text for t in toks)).split()
        return any(spaced_key(a.text).split() == words for a in self.gazetteer.keys.get("".join(keys), ()))

    @staticmethod
    def relink(text: str, linker: Linker, original: RawMention, result: LinkResult) -> LinkResult:
        """The link of a name cut out of ``original``: its own exact match, else the original span's
        (raw scores: the pipeline calibrates every link of the document together afterwards)."""
        if result.entity is not None and result.candidates and result.candidates[0].similarity >= 1.0:
            return result
        return linker.link(text[original.start:original.end], original.label)


def nil_short_forms(tokens: Sequence[Token], raw: Sequence[RawMention], results: Sequence[LinkResult],
                    taken: Sequence[RawMention], gazetteer) -> list[tuple[RawMention, LinkResult]]:
    """Later one-word mentions of the surname of an unlinked person the tagger found in full
    («تراشتگن» after «مارک آندره تراشتگن»), unlinked like it. The surname must be at least 3
    letters, no title and no gazetteer form (a demonym, a place: «برزیلی» after a spurious
    «سنگربان برزیلی»), and not inside any mention already (``raw`` and ``taken``)."""
    forms: dict[str, int] = {}
    for m, r in zip(raw, results):
        if r.entity is not None or m.label != "PER" or m.source != "tagger" or m.token_end - m.token_start < 2:
            continue
        key = compact_key(tokens[m.token_end - 1].text)
        if len(key) >= 3 and key not in gazetteer.keys and key not in TITLE_KEYS:
            forms.setdefault(key, m.end)
    if not forms:
        return []
    blocked = [False] * len(tokens)
    for m in (*raw, *taken):
        for i in range(m.token_start, m.token_end):
            blocked[i] = True
    out = []
    for i, tok in enumerate(tokens):
        first = forms.get(compact_key(tok.text)) if not blocked[i] else None
        if first is not None and tok.start >= first:
            out.append((RawMention(tok.start, tok.end, "PER", "context", i, i + 1), LinkResult(None, None, [])))
    return out
