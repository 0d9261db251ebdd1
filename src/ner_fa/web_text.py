"""Tokens of web and social-media text that no name contains.

Telegram posts, tweets and scraped pages carry emojis and symbol runs between their words
(«ماهان ایر 💥💥 ~~~~ ⭐️خدمات مسافرتی»), channel handles («@khandevaneeh») and links, whole or
broken by the scraper into pieces («http: //bit. ly/2PVhOdO»). The tagger, trained on news, takes
a handle's word for an organization and runs a span across an emoji into the next line's words.
:func:`outside_names` marks such tokens; the pipeline ends a tagger span at one and never starts
a span on one (``ner_fa.pipeline``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .tokenize import Token

__all__ = ["lower_latin_word", "outside_names"]

#: symbol categories: other symbols (emojis, «⭐», «©»), modifier symbols (skin tones), math symbols («~», «|»)
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Sm"})
#: what may follow a symbol inside one emoji: variation selectors, the zero-width joiner, combining keycap
_EMOJI_PARTS = frozenset("\ufe0e\ufe0f\u200d\u20e3")
#: symbols that may stand inside a name («Canal+», «C++»)
_NAME_SYMBOLS = frozenset("+")
#: the words that open a link
_LINK_WORDS = frozenset({"http", "https", "www"})
#: a Latin word in lower case, a handle's or a link's piece whatever stands around it («evand», «html»): Persian text
#: writes a Latin name with a capital («Foxconn», «iPhone») or as a known acronym («wto»). Unlinked, such a span was
#: never a name on ParsNER-Social (98 spans of the pipeline, none gold) or the news sets
_LOWER_LATIN = re.compile(r"[a-z][a-z0-9]*")


def _symbol(text: str) -> bool:
    return all(ch in _EMOJI_PARTS or (unicodedata.category(ch) in _SYMBOL_CATEGORIES and ch not in _NAME_SYMBOLS)
               for ch in text)


def outside_names(tokens: Sequence[Token]) -> list[bool]:
    """For each token, whether no name contains it: a symbol or emoji, a handle's word («@name», the word
    attached to «@»), a link's opening word («http», «www») or a Latin word attached to a link's «/»
    («//bit», «ly/2PVhOdO»). Whole links and e-mail addresses are single tokens already
    (``ner_fa.tokenize``), which no tagger takes for a name."""
    out = [False] * len(tokens)
    for i, tok in enumerate(tokens):
        text = tok.text
        if _symbol(text) or text.lower() in _LINK_WORDS:
            out[i] = True
        elif text.isascii() and any(c.isalpha() for c in text):
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            attached_before = before is not None and before.end == tok.start
            attached_after = after is not None and after.start == tok.end
            out[i] = ((attached_before and before.text in ("@", "/")) or (attached_after and after.text == "/")
                      or _domain_piece(tokens, i))
    return out


def lower_latin_word(text: str) -> bool:
    """Whether ``text`` is one Latin word in lower case («evand», «html»): no name unless it is linked
    (an acronym the catalogue knows, «wto»)."""
    return _LOWER_LATIN.fullmatch(text) is not None


def _domain_piece(tokens: Sequence[Token], i: int) -> bool:
    """A lower-case Latin word on either side of a «.» between two such words, attached to its left one: a
    domain's pieces («bit.ly», or «bit. ly» as a scraper spaces it), never «U.S.» or «J. Smith»."""
    def lower(k: int) -> bool:
        return 0 <= k < len(tokens) and lower_latin_word(tokens[k].text)

    def dot(k: int) -> bool:   # a «.» at k, attached to the word before it, between two lower-case words
        return (0 < k < len(tokens) - 1 and tokens[k].text == "." and tokens[k - 1].end == tokens[k].start
                and lower(k - 1) and lower(k + 1))

    return lower(i) and (dot(i + 1) or dot(i - 1))
