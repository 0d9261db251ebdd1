"""Weak aliases found in running text: «مجلس» (the Majlis), «آژانس» (the IAEA in nuclear news).

A weak alias is a common word, so the gazetteer matcher never looks for it; it links only a span the
tagger marked. A few are names in news far more often than words, and the tagger misses some of them
(``linking_data/free_forms.tsv`` gives the counts). :func:`free_forms` finds those forms outside
every mention, as ORG mentions for the linker, when the document holds one of the form's context
words and the next word is neither a listed word («مجلس عزاداری», a mourning ceremony) nor a
country's name («مجلس عراق», Iraq's parliament).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import NerFaError
from .gazetteer import Gazetteer
from .normalize import compact_key, spaced_key
from .tables import table_rows
from .tokenize import Token

FREE_FORMS_PATH = Path(__file__).resolve().parent / "linking_data" / "free_forms.tsv"

__all__ = ["FREE_FORMS_PATH", "FreeForm", "FreeFormsError", "free_forms", "load_free_forms"]


class FreeFormsError(NerFaError, ValueError):
    """``free_forms.tsv`` is malformed; the message names the line."""


@dataclass(frozen=True)
class FreeForm:
    entity_id: str
    context: tuple[tuple[str, ...], ...]   # spaced keys of the words the document must hold (one of them)
    not_before: frozenset[str]      # compact keys of the words that must not follow


@lru_cache(maxsize=4)
def load_free_forms(path: Path = FREE_FORMS_PATH) -> dict[str, FreeForm]:
    """The table, by the form's compact key (the dict's key: the record does not repeat it)."""
    out: dict[str, FreeForm] = {}
    for _, parts in table_rows(path, 4, FreeFormsError, "form, entity id, context words, words not after ('-' "
                               "for none)", named_first=True):
        context = () if parts[2] == "-" else tuple(tuple(spaced_key(w).split()) for w in parts[2].split(","))
        not_before = frozenset() if parts[3] == "-" else frozenset(compact_key(w) for w in parts[3].split(","))
        out[compact_key(parts[0])] = FreeForm(parts[1], context, not_before)
    return out


def _holds(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


def free_forms(tokens: Sequence[Token], blocked: Sequence[bool], gazetteer: Gazetteer,
               path: Path = FREE_FORMS_PATH) -> list[tuple[int, str]]:
    """``(token index, entity id)`` of each free-standing form of the table in running text (tokens not
    ``blocked`` by a mention), with its conditions met. An id the gazetteer lacks is skipped."""
    table = load_free_forms(path)
    keys = [compact_key(t.text) for t in tokens]
    hits = [i for i, k in enumerate(keys) if k in table and not blocked[i] and table[k].entity_id in gazetteer]
    if not hits:
        return []
    words = [w for t in tokens for w in spaced_key(t.text).split()]
    out = []
    for i in hits:
        form = table[keys[i]]
        if form.context and not any(_holds(words, c) for c in form.context):
            continue
        nxt = keys[i + 1] if i + 1 < len(keys) else ""   # punctuation: nothing continues the form
        if nxt in form.not_before or any(gazetteer[a.entity_id].type == "country" and a.kind != "weak"
                                         for a in gazetteer.lookup_key(nxt)):
            continue
        out.append((i, form.entity_id))
    return out
