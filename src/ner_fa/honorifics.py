"""Honorifics after a name, and the holy persons a bare given name with one names.

News writes a holy person's name with an honorific after it: bracketed («امام رضا (ع)», «حضرت زینب
(س)», «پیامبر (ص)», «امام زمان (عج)») or in words («امام حسین علیه‌السلام», «حسين - عليه السلام -»).
The honorific is no part of the name (span repair cuts it, the linker looks through it).

A holy person's given name alone is an everyday given name («علی», «حسین», «فاطمه», «محمد»), which
the linker never links bare. With a holy honorific after it, it is the holy person: the one person
the gazetteer names with «امام» or «حضرت» before that name («حسین (ع)» is «امام حسین», «زهرا (س)»
«حضرت زهرا», «محمد (ص)» «حضرت محمد», «موسی (ع)» «حضرت موسی»). «(ره)», written after clerics and
the dead («امام خمینی (ره)», «شهید مطهری (ره)»), names no one by a given name and is not holy here.
After «بن», «ابن» or «بنت» the given name is someone's father («زید بن علی (ع)»), not the holy person.

:func:`holy_mentions` finds such names in the text the tagger left untagged («حرم مطهر علی (ع)»);
the linker links a tagged one (``Linker._holy_name``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import Gazetteer
from .normalize import compact_key, spaced_key
from .tokenize import Token

__all__ = ["BRACKET_PAIRS", "HOLY_TITLES", "HONORIFICS", "HONORIFIC_PHRASES", "holy_honorific_after", "holy_mentions",
           "holy_person", "patronymic_before"]

#: Bracketed honorifics written after a name, as match keys: «(ع)», «(س)», «(ص)», «(عج)», «(ره)».
HONORIFICS = frozenset({"ع", "س", "ص", "ره", "عج"})
#: ... and written out, as spaced-key word pairs: «علیه‌السلام», «علیها‌السلام», «علیهم‌السلام».
HONORIFIC_PHRASES = frozenset({("علیه", "السلام"), ("علیها", "السلام"), ("علیهم", "السلام")})
#: Titles of the holy persons whose given name a holy honorific follows, as match keys.
HOLY_TITLES = (compact_key("امام"), compact_key("حضرت"))
#: The holy honorifics (not «ره»), as compact keys of what a bracket holds or the words say.
_HOLY = frozenset(compact_key(h) for h in (
    "ع", "س", "ص", "عج", "علیه السلام", "علیها السلام", "علیهم السلام", "سلام الله علیها",
    "سلام الله علیه", "صلی الله علیه و آله", "صلی الله علیه و آله و سلم", "صلوات الله علیه",
    "علیه الصلاة و السلام", "عجل الله تعالی فرجه", "عجل الله تعالی فرجه الشریف"))
_PHRASE_KEYS = frozenset("".join(p) for p in HONORIFIC_PHRASES)
#: Words after which a given name is a father's: «زید بن علی (ع)» is not Ali.
_PATRONYMIC = frozenset(compact_key(w) for w in ("بن", "ابن", "بنت"))
_LEAD = " \t\u200c\u200f\u200e-–—ـ"
#: A bracket that opens an honorific -> the one that closes it (mirrored ones too: «) ع (»).
BRACKET_PAIRS = {"(": ")", "[": "]", "«": "»", ")": "(", "]": "["}


def holy_honorific_after(text: str, end: int) -> bool:
    """Whether a holy honorific follows character ``end`` of ``text`` (spaces, a dash between):
    «(ع)», «(س)», «(ص)», «(عج)», «(سلام‌الله‌علیها)», «علیه‌السلام», «- عليه السلام -», «مهدی «عج»», and
    brackets a right-to-left conversion mirrored («علی) ع (», as the UD Seraji treebank writes them); not
    «(ره)»."""
    rest = text[end:end + 60].lstrip(_LEAD)
    if rest[:1] in BRACKET_PAIRS:
        # «مهدی «عج»», as some texts write it; «علی) ع (», brackets mirrored by a right-to-left conversion
        close = next((i for i, ch in enumerate(rest) if i and ch in BRACKET_PAIRS[rest[0]] + "\n"), -1)
        return close > 0 and rest[close] != "\n" and compact_key(rest[1:close]) in _HOLY
    if not rest.startswith(("علی", "علي")):     # (a quick test: this runs after every token)
        return False
    words = spaced_key(rest[:30]).split()
    return "".join(words[:2]) in _PHRASE_KEYS


def patronymic_before(keys: Sequence[str]) -> bool:
    """Whether the last of the match keys before a given name makes it a father's name («بن»)."""
    return bool(keys) and keys[-1] in _PATRONYMIC


def holy_person(gazetteer: Gazetteer, key: str) -> str | None:
    """The id of the one person the gazetteer names «امام» or «حضرت» + the given name ``key`` (a match
    key), or None when none or several are."""
    found = {a.entity_id for title in HOLY_TITLES for a in gazetteer.lookup_key(title + key)
             if a.kind != "weak" and gazetteer[a.entity_id].type == "person"}
    return next(iter(found)) if len(found) == 1 else None


def holy_mentions(text: str, tokens: Sequence[Token], blocked: Sequence[bool],
                  gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """``(token index, entity id)`` of each bare holy given name with a holy honorific after it in
    running text (a token not ``blocked`` by a mention, not after «بن», «امام» or «حضرت», not the end of a
    longer gazetteer name): «حرم مطهر علی (ع)»."""
    out = []
    for i, tok in enumerate(tokens):
        if blocked[i] or not holy_honorific_after(text, tok.end) or len(spaced_key(tok.text).split()) != 1:
            continue
        key = compact_key(tok.text)
        if not key:
            continue
        before = [compact_key(t.text) for t in tokens[max(0, i - 2):i]]
        if before and (patronymic_before(before) or before[-1] in HOLY_TITLES
                       or any("".join(before[j:]) + key in gazetteer.keys for j in range(len(before)))):
            continue    # «زید بن علی (ع)»; the end of a longer name, «مسجد امام حسن مجتبی (ع)»
        if (eid := holy_person(gazetteer, key)) is not None:
            out.append((i, eid))
    return out
