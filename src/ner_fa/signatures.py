"""A news source's name signing a post or a paragraph: «... نزدیک شود/ ایسنا», «.../ اعتماد @channel».

News aggregators (Telegram channels, news apps and sites) end an item with the outlet it comes from,
after a «/» at the end of the line; a handle, a link or emojis may follow. The name there is a
newspaper's, an agency's or a site's, even when it is a common word or a country's name: «/ اعتماد»
is the daily Etemad, «/ ایران» the newspaper Iran. :func:`signature_at` tells whether a span stands
there, :func:`media_form` whether its words are a form of the catalogue's news media, and
:func:`signature_mentions` finds such names the tagger left out.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .normalize import compact_key
from .tokenize import Token
from .web_text import outside_names

__all__ = ["MEDIA_HEADS", "MEDIA_WORDS", "media_form", "signature_at", "signature_mentions"]

#: words of a news medium's English name or description (a newspaper, an agency, a site, a broadcaster)
MEDIA_WORDS = ("newspaper", "daily", "news", "magazine", "broadcaster", "television", "radio")
#: a medium's head words, which a signature leaves out («/ ایران» for «روزنامه ایران»)
MEDIA_HEADS = ("روزنامه", "خبرگزاری", "سایت", "وبسایت", "پایگاه خبری", "پایگاه اطلاع رسانی", "پایگاه", "هفته نامه",
               "ماهنامه", "نشریه", "مجله", "شبکه", "اپلیکیشن")
_HEAD_KEYS = tuple(sorted((compact_key(h) for h in MEDIA_HEADS), key=len, reverse=True))
#: how many words a signing name has at most
MAX_WORDS = 4
#: what may follow the name on its line: handles, links, emojis and punctuation
_TRAILER = re.compile(r"(?:\s|@\w+|(?:https?://|www\.|t\.me/)\S*|[^\w\s])*+")
#: a longer rest of the line is text, not a trailer (and is not scanned)
_MAX_TRAILER = 300
_FORMS: weakref.WeakKeyDictionary[Gazetteer, dict[str, tuple[str, ...]]] = weakref.WeakKeyDictionary()


def _media(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Compact key of every Persian form (weak ones too) of a news medium → the media it names."""
    forms = _FORMS.get(gazetteer)
    if forms is None:
        found: dict[str, set[str]] = {}
        for e in gazetteer:
            text = f"{e.name} {e.description}".lower()
            if e.type != "organization" or not any(w in text for w in MEDIA_WORDS):
                continue
            for form in (e.name_fa, *e.aliases, *e.acronyms, *e.weak_aliases):
                key = compact_key(form)
                found.setdefault(key, set()).add(e.id)
                head = next((h for h in _HEAD_KEYS if key.startswith(h) and len(key) > len(h)), None)
                if head is not None:
                    found.setdefault(key[len(head):], set()).add(e.id)
        forms = _FORMS[gazetteer] = {k: tuple(sorted(v)) for k, v in found.items() if k}
    return forms


def media_form(gazetteer: Gazetteer, surface: str) -> tuple[str, ...]:
    """The ids of the news media ``surface`` is a form of, with or without a head word (none: ``()``)."""
    return _media(gazetteer).get(compact_key(surface), ())


def signature_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a source signs: right after a «/» that ends a clause (not
    a link's, whose «/» is attached to Latin letters), and nothing but handles, links, emojis and
    punctuation after it to the end of its line."""
    before = text[max(0, start - 3):start].rstrip(" ")
    if not before.endswith("/"):
        return False
    slash = start - (len(text[max(0, start - 3):start]) - len(before)) - 1
    if slash > 0 and text[slash - 1].isascii() and text[slash - 1].isalnum():
        return False     # «ir/politics»: a link's path
    line_end = text.find("\n", end, end + _MAX_TRAILER + 1)
    if line_end < 0:
        line_end = len(text)
        if line_end - end > _MAX_TRAILER:
            return False
    return _TRAILER.fullmatch(text, end, line_end) is not None


def signature_mentions(text: str, tokens: Sequence[Token], blocked: Sequence[bool],
                       gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """``(first token, end token)`` of each signing name no mention covers (``blocked``): the words after a
    signing «/» that make a form of one of the catalogue's news media."""
    outside = None
    out = []
    for i, tok in enumerate(tokens):
        if tok.text != "/" or i + 1 >= len(tokens) or blocked[i + 1]:
            continue
        if outside is None:
            outside = outside_names(tokens)
        for j in range(min(len(tokens), i + 1 + MAX_WORDS), i + 1, -1):     # the longest form first
            if any(blocked[k] or outside[k] for k in range(i + 1, j)):
                continue
            start, end = tokens[i + 1].start, tokens[j - 1].end
            if "\n" in text[start:end] or not signature_at(text, start, end):
                continue
            if media_form(gazetteer, text[start:end]):
                out.append((i + 1, j))
                break
    return out
