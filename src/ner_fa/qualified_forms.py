"""An organization written without the place that qualifies its name, in a document that names the place.

The gazetteer writes some organizations only with a place after the name, because the bare name is
several bodies' (Al-Ahli of Jeddah, of Doha, of Cairo: «الاهلی عربستان», «الاهلی جده»), or because the
place is how news tells it from its namesakes («کنگره امریکا», «حزب اسلامی افغانستان»). A report about
one of them writes the bare name («الاهلی به دنبال میزبانی از نفت»), and the place elsewhere («فرودگاه
جده», «عربستان»): the document says which body it is.

:class:`QualifiedForms` links an unlinked organization mention whose words are such a name without its
last word, a place, when the document writes that place and no other such place of another body with
the same bare name. Iran and Tehran qualify nothing: news of Iran names them nearly everywhere
(«نفت» is not Naft Tehran for it). The bare name is one word, and no head word
(``linking_data/org_heads.tsv``): «وزارت بازرگانی», «نیروهای مسلح», «ریاست جمهوری» without their
country are a description, as often Iran's own body as the one the gazetteer qualifies. Nor
is a bare name that is a gazetteer form of any entity: «استقلال» is Esteghlal of Tehran, not of Ahvaz,
«کیهان» the Tehran daily, not Kayhan London; nor an everyday word («نفت», «برق»); nor a bare name
of more than four bodies («ارتش», «پارلمان», «شهرداری»: a kind of body).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .gazetteer import PLACE_TYPES, Gazetteer
from .normalize import compact_key, spaced_key
from .short_forms import org_heads
from .words import default_words

__all__ = ["QualifiedForms"]

#: the places news of Iran names nearly everywhere: no evidence of which body a bare name is
_EVERYWHERE = frozenset(compact_key(w) for w in ("ایران", "تهران"))


#: the most bodies one bare name may be of: more is a kind of body, not a name
_MOST_BODIES = 4


def _a_word(words: Sequence[str]) -> bool:
    """Whether the bare name is one everyday word, seldom a name («نفت», oil; «برق», electricity; «حوزه»):
    20 or more per million words of news, under half of its occurrences in the NER corpora inside a name."""
    if len(words) != 1:
        return False
    s = default_words().signals(words[0])
    return s["word_frequency"] >= math.log10(21) / 4 and s["name_share"] < 0.5


class QualifiedForms:
    """The organizations' names that end with a place, by the match key of the name without it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._places = PLACE_TYPES
        heads = org_heads()
        self.bare: dict[str, set[tuple[str, tuple[str, ...]]]] = {}   # bare key → {(entity id, place's words)}
        for e in gazetteer:
            if e.type != "organization" or e.tagged_only:
                continue
            for form, kind in e.surface_forms():
                if kind in ("english", "weak", "acronym"):
                    continue
                words = spaced_key(form).split()
                if (len(words) != 2 or words[0] in heads or (place := compact_key(words[-1])) in _EVERYWHERE
                        or not self._is_place(place)):
                    continue
                bare = compact_key("".join(words[:-1]))
                if bare not in gazetteer.keys and not _a_word(words[:-1]):
                    self.bare.setdefault(bare, set()).add((e.id, tuple(spaced_key(words[-1]).split())))
        # a bare name several bodies of as many places share is a kind of body («ارتش», «پارلمان»)
        self.bare = {k: v for k, v in self.bare.items() if len({eid for eid, _ in v}) <= _MOST_BODIES}

    def _is_place(self, key: str) -> bool:
        return any(a.kind in ("name", "alias") and self.gazetteer[a.entity_id].type in self._places
                   for a in self.gazetteer.lookup_key(key))

    def entity(self, surface: str, written: Callable[[Sequence[str]], bool]) -> str | None:
        """The id of the one organization whose name is ``surface`` and a place the document writes
        (``written(place's match words)``: :meth:`ner_fa.context.DocumentContext.has_words`), or None."""
        entries = self.bare.get(compact_key(surface))
        if not entries:
            return None
        found = {eid for eid, place in entries if written(place)}
        return next(iter(found)) if len(found) == 1 else None
