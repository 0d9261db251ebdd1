"""Unlinked tagger spans that hold a name with its neighbour: what the project's annotation counts.

The tagger sometimes writes one span over two things the news guide annotates apart, and the span
then links to nothing. Each rule here reads such an unlinked span and the names found inside it
(linked :class:`~ner_fa.models.Mention` s) and returns its pieces as ``(start, end, name)``, ``name``
None for a piece the gazetteer has no name for (it stays a mention, unlinked), or None when the span
is not of its kind:

* :func:`coordinated` — a body, then «و» and another name: «کمیته امداد و بهزیستی», «ماشین سازی و صنعت
  نفت» (two names joined by the tagger); a body then «استان» with no province named: «سازمان بهزیستی
  استان» (the province's branch of the body, written without its place) is the body.
* :func:`place_chain` — a place written with the city or province that holds it: «روستای مولان آباد
  سقز», «شهر قمصر کاشان» (two places); a facility's or a district's words before a place: «شهرک صنعتی
  برازجان», «منطقه 20 تهران» (the place alone: facilities and numbered districts are no mention).
* :func:`club_and_country` — a club the gazetteer lacks written with its country in a sports report:
  «الفیصلی اردن», «لوکوموتیو ازبکستان» (the club, unlinked, and the country). Bodies named with their
  country stay whole («فدراسیون فوتبال اسپانیا», «دولت عراق», «پلیس چین»): a span that opens with a
  head word of organizations' names is left as it is.

The evidence for each rule is in docs/linking.md (round 10): the thirteen annotated news sets' gold
against the pipeline's unlinked spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .context import default_data
from .linker import GENERIC_HEADS
from .normalize import spaced_key

__all__ = ["club_and_country", "coordinated", "place_chain"]

Piece = tuple[int, int, object]
#: what a place piece may be: no country (a place with its country is ``context.place_in_country``'s)
_HELD_PLACES = frozenset({"city", "region", "place", "territory"})
#: a compass word after «و» continues a place's name: «آذربایجان شرقی و غربی» is one span
_DIRECTIONS = frozenset({"شرقی", "غربی", "شمالی", "جنوبی", "مرکزی"})
#: words of a natural feature or a land, which make one name with the place after them («کوه دماوند»,
#: «کویر طبس», «دشت شهرکرد»), and of a free zone («منطقه آزاد ارس»): such a span stays whole
_WHOLE = frozenset({"کوه", "کوههای", "رود", "رودخانه", "دریاچه", "دریای", "دریا", "خلیج", "تنگه", "کویر", "دشت",
                    "صحرای", "جنگل", "جنگلهای", "دره", "قله", "آزاد", "جلگه", "کرانه", "باختری"})
_STRIP = " \u200c،,-ـ(«\"'"


def _skip(text: str, pos: int, end: int) -> int:
    """The first position from ``pos`` (before ``end``) that is no separator (``_STRIP``)."""
    return pos + len(text[pos:end]) - len(text[pos:end].lstrip(_STRIP))


def _linked(inner: Sequence) -> list:
    return sorted((n for n in inner if n.entity is not None), key=lambda n: n.start)


def coordinated(text: str, outer, inner: Sequence) -> list[Piece] | None:
    """The pieces of an unlinked span that opens with a linked body followed by «و» and more, or by a
    bare «استان»; None otherwise."""
    linked = _linked(inner)
    if getattr(outer, "label", None) == "LOC":
        return _two_places(text, outer, linked)
    if not linked or linked[0].start != outer.start or linked[0].entity.type != "organization":
        return None
    body = linked[0]
    rest = text[body.end:outer.end]
    words = spaced_key(rest).split()
    if words == ["استان"]:
        return [(body.start, body.end, body)]
    if len(words) < 2 or words[0] != "و" or (len(words) == 2 and words[1] in _DIRECTIONS):
        return None
    k = _skip(text, body.end, outer.end)
    start = _skip(text, k + 1 if text.startswith("و", k) else k, outer.end)     # after the «و»
    if start >= outer.end:
        return None
    second = next((n for n in linked[1:] if (n.start, n.end) == (start, outer.end)), None)
    return [(body.start, body.end, body), (start, outer.end, second)]


def _two_places(text: str, outer, linked: list) -> list[Piece] | None:
    """«گلستان و سمنان»: two places joined by one «و», one of them at least a linked name."""
    joins = list(_AND.finditer(text, outer.start, outer.end))
    if len(joins) != 1 or any(c in text[outer.start:outer.end] for c in "،,"):
        return None     # a longer list is span repair's (its commas)
    a_end = outer.start + len(text[outer.start:joins[0].start()].rstrip(_STRIP))
    b_start = _skip(text, joins[0].end(), outer.end)
    if a_end <= outer.start or b_start >= outer.end or spaced_key(text[b_start:outer.end]) in _DIRECTIONS:
        return None
    a = next((n for n in linked if (n.start, n.end) == (outer.start, a_end)), None)
    b = next((n for n in linked if (n.start, n.end) == (b_start, outer.end)), None)
    if a is None and b is None:
        return None
    return [(outer.start, a_end, a), (b_start, outer.end, b)]


_AND = re.compile(r"(?<![\w\u200c])و(?![\w\u200c])")


def place_chain(text: str, outer, inner: Sequence, heads: Collection[str],
                facility: Callable[[list[str]], bool]) -> list[Piece] | None:
    """The pieces of an unlinked LOC span that ends in a linked city or province with words before it:
    the words as an unlinked place and the place, or the place alone after a facility's words
    (``facility(words)``) or a number. None when the words are only head words («شهرستان ساری» is one
    name), hold «و» (a list), open with a ``heads`` word of an organization («دانشگاه تل آویو»), or
    make a natural feature's or a free zone's name with the place."""
    if getattr(outer, "label", None) != "LOC":
        return None
    linked = _linked(inner)
    if not linked:
        return None
    place = linked[-1]
    if place.end != outer.end or place.start <= outer.start or place.entity.type not in _HELD_PLACES:
        return None
    if len(linked) > 1:
        return None     # two names inside: the other rules' case («توکیو پکن»)
    chunk = text[outer.start:place.start].rstrip(_STRIP)
    words = spaced_key(chunk).split()
    if not words or "و" in words or any(w in _WHOLE for w in words):
        return None
    if facility(words) or any(ch.isdigit() for ch in chunk):
        return [(place.start, place.end, place)]
    if all(w in GENERIC_HEADS for w in words) or words[0] in heads or any(w in default_data().parts for w in words):
        return None
    return [(outer.start, outer.start + len(chunk), None), (place.start, place.end, place)]


def club_and_country(text: str, outer, inner: Sequence, heads: Collection[str],
                     about_sport: Callable[[], bool]) -> list[Piece] | None:
    """The pieces of an unlinked ORG span of one to three words, none a ``heads`` word, then a linked
    country, in a document about sport (``about_sport()``): the club, unlinked, and the country."""
    if getattr(outer, "label", None) != "ORG":
        return None
    linked = _linked(inner)
    if len(linked) != 1:
        return None
    country = linked[0]
    if country.end != outer.end or country.start <= outer.start or country.entity.type != "country":
        return None
    chunk = text[outer.start:country.start].rstrip(_STRIP)
    words = spaced_key(chunk).split()
    if (not 1 <= len(words) <= 3 or "و" in words or any(w in heads for w in words)
            or any(ch.isdigit() for ch in chunk) or not about_sport()):
        return None
    return [(outer.start, outer.start + len(chunk), None), (country.start, country.end, country)]
