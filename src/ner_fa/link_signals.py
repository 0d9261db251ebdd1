"""What a document says of each of its links: the signals the score calibration reads beside the
linker's own (:func:`ner_fa.calibration.features`).

:func:`document_signals` is given every link of one document at once — found by the tagger, the
gazetteer matcher, the document rules or inside another mention, each with its raw result — and
returns, for each, cheap facts the linker did not weigh:

* **where it came from**: ``from_matcher`` (a gazetteer name the tagger did not mark),
  ``from_context`` (a short form or acronym of a name linked earlier), ``nested`` (inside a longer
  mention), ``office`` (the body inside «وزیر …»);
* **the mention**: ``label_agrees`` (the tagger's label fits the entity's type), ``n_words``, and
  for a one-word form how common it is as a plain word (``word_frequency``, ``name_share``:
  :mod:`ner_fa.words`);
* **the entity in the document**: ``entity_mentions`` (how many links name it), ``fuller_form``
  (one of them has more words: «شی» after «شی جینپینگ») and ``fuller_other`` (for a person: a longer
  mention elsewhere with all its words names someone else or no one: «بهرام رضاییان», unlinked, before
  «رضاییان» linked to the footballer);
* **rivals**: ``rival`` (another entity has the form, or is named by a generic head and the form:
  «استان قم» for «قم», «باشگاه لیورپول» for «لیورپول»), ``rival_named`` (that longer name is written
  in the document), ``rival_favoured`` (the document favours a kind of ``kinds.tsv`` that a rival
  fits and the entity does not: by cue words or by the kinds of its other links), ``favoured`` (the
  same for the entity's own kind), ``rival_outfavoured`` (``favoured`` when there is a rival: the
  document's kind chose among same-named entities, «لیورپول» the club in a match report), ``head_disagrees`` / ``head_agrees`` (the word right before, or the
  mention's own first word, is a generic head whose types exclude / include the entity's: «اصفهان»
  in «استان اصفهان» linked to the city; «شهرستان ساری» linked to the city), ``sports_place`` (a place in a document about clubs: the city written for its club),
  ``sports_other_person`` (a person who is no athlete, coach or referee, kinds.tsv ``athlete``, in a
  document about clubs: 6 right and 7 wrong of such judged dev links, «جابر انصاری» in a volleyball
  report linked to the diplomat), ``sports_sponsor`` (a company, bank, university or municipality,
  kinds.tsv ``sponsor``, that is no club, in a document about clubs: the team it owns or sponsors,
  which the gazetteer lacks, as often as the body itself: «بانک سرمایه» in a volleyball report),
  ``foreign_country_next`` (a country right after the mention that is not the entity's: «وزارت
  بهداشت» + «افغانستان» is no Iranian ministry).

All values lie in [0, 1]. A mention without a link gets ``None``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .context import default_data
from .normalize import compact_key, spaced_key
from .words import default_words

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, GazetteerEntity
    from .linker import LinkResult, RawMention

__all__ = ["document_signals"]

_ORIGINS = {"gazetteer": "from_matcher", "context": "from_context", "nested": "nested", "office": "office"}


def document_signals(text: str, items: Sequence[tuple[RawMention, LinkResult, str]], gazetteer: Gazetteer, *,
                     use_context: bool = True) -> list[dict[str, float] | None]:
    """The signals of each ``(mention, raw result, origin)`` of one document (see the module)."""
    from .linker import GENERIC_HEADS, LABEL_TYPES

    words = default_words()
    linked = [(m, r.entity) for m, r, _ in items if r.entity is not None]
    count: Counter[str] = Counter(e.id for _, e in linked)
    longest: dict[str, int] = {}
    for m, e in linked:
        longest[e.id] = max(longest.get(e.id, 0), len(text[m.start:m.end].split()))
    data = default_data() if use_context else None
    doc = data.document(text) if data is not None else None
    # the kinds of the document's links, each counted once per linked entity
    kinds_linked: Counter[str] = Counter()
    if data is not None:
        for e in {e.id: e for _, e in linked}.values():
            kinds_linked.update(name for name, kind in data.kinds.items() if kind.fits(e))
    doc_key: str | None = None   # the document's spaced key, made when a rival is found
    head_keys = [(h, compact_key(h)) for h in GENERIC_HEADS]
    countries_at = {m.start: e for m, e in linked if e.type == "country"}
    # how much the document is about clubs (cue words, or its links to clubs): the same for every link
    clubs = max(doc.strength("club"), min(kinds_linked["club"], 3) / 3) if doc is not None and "club" in \
        data.kinds else 0.0
    athlete = data.kinds.get("athlete") if data is not None else None
    sponsor = data.kinds.get("sponsor") if data is not None else None
    club = data.kinds.get("club") if data is not None else None
    # every mention's words, indexed by word: for the fuller forms that name something else
    spans = [(m.start, m.end, spaced_key(text[m.start:m.end]).split(), r.entity.id if r.entity else None)
             for m, r, _ in items]
    by_word: dict[str, list[int]] = {}
    for k, (_, _, ws, _) in enumerate(spans):
        for w in set(ws):
            by_word.setdefault(w, []).append(k)

    out: list[dict[str, float] | None] = []
    for k, (m, r, origin) in enumerate(items):
        entity = r.entity
        if entity is None:
            out.append(None)
            continue
        surface = text[m.start:m.end]
        n_words = len(surface.split())
        sig = {name: 0.0 for name in _ORIGINS.values()}
        if origin in _ORIGINS:
            sig[_ORIGINS[origin]] = 1.0
        sig.update({
            "label_agrees": 1.0 if entity.type in LABEL_TYPES.get(m.label, ()) else 0.0,
            "n_words": min(n_words, 4) / 4,
            "entity_mentions": min(count[entity.id], 4) / 4,
            "fuller_form": 1.0 if longest[entity.id] > n_words else 0.0,
            **words.signals(surface),
        })
        # rivals: the same form, or a generic head and the form
        key = compact_key(surface)
        rivals = {a.entity_id for a in gazetteer.lookup_key(key) if a.kind not in ("english", "demonym")}
        named = False
        for head, head_key in head_keys:
            found = {a.entity_id for a in gazetteer.lookup_key(head_key + key)
                     if a.kind not in ("english", "weak", "demonym")} - {entity.id}
            if found:
                rivals |= found
                if doc is not None and not named:
                    if doc_key is None:
                        doc_key = f" {spaced_key(text)} "
                    named = f" {head} {spaced_key(surface)} " in doc_key
        rivals.discard(entity.id)
        # the word before says what kind of entity it is and the link is of that kind: a rival of another
        # kind is no rival («شهردار اردبیل» is the city, whatever the document says of the province)
        kind = doc.kind_named(m.start, surface, GENERIC_HEADS, m.label) if doc is not None and rivals else None
        if kind is not None and kind[0].fits(entity):
            rivals = {i for i in rivals if kind[0].fits(gazetteer[i])}
            named = named and bool(rivals)
        sig["rival"] = 1.0 if rivals else 0.0
        sig["rival_named"] = 1.0 if named else 0.0
        sig.update(_kind_signals(doc, data, entity, rivals, gazetteer, kinds_linked) if doc is not None
                   else {"favoured": 0.0, "rival_favoured": 0.0})
        sig["rival_outfavoured"] = sig["favoured"] * sig["rival"]
        before = doc.before(m.start, 1) if doc is not None else []
        head_types = GENERIC_HEADS.get(before[0]) if before else None
        if head_types is None and n_words > 1:   # or the mention's own first word: «شهرستان پاکدشت»
            head_types = GENERIC_HEADS.get(spaced_key(surface).split()[0])
        sig["head_agrees"] = 1.0 if head_types is not None and entity.type in head_types else 0.0
        sig["head_disagrees"] = 1.0 if head_types is not None and entity.type not in head_types else 0.0
        sig["sports_place"] = clubs if entity.type in LABEL_TYPES["LOC"] else 0.0
        sig["sports_other_person"] = clubs if entity.type == "person" and athlete is not None \
            and not athlete.fits(entity) else 0.0
        sig["sports_sponsor"] = clubs if sponsor is not None and sponsor.fits(entity) \
            and not (club is not None and club.fits(entity)) else 0.0
        nxt = next((countries_at[p] for p in range(m.end, m.end + 3) if p in countries_at), None)
        sig["foreign_country_next"] = 1.0 if (nxt is not None and nxt.id != entity.id and entity.country
                                              and nxt.country != entity.country) else 0.0
        sig["fuller_other"] = 1.0 if entity.type == "person" and _fuller_other(spans, by_word, k) else 0.0
        out.append(sig)
    return out


def _fuller_other(spans: list[tuple[int, int, list[str], str | None]], by_word: dict[str, list[int]], k: int) -> bool:
    """Another mention elsewhere in the document (not around mention ``k``) has all its words and
    more, and names something else or nothing: «بهرام رضاییان» (unlinked) before «رضاییان» linked to
    the footballer Ramin Rezaeian."""
    start, end, words, entity_id = spans[k]
    if not words:
        return False
    need = set(words)
    for j in by_word.get(words[0], ()):
        s, e, ws, eid = spans[j]
        if j == k or (s < end and start < e) or eid == entity_id:
            continue
        if len(ws) > len(words) and need <= set(ws):
            return True
    return False


def _kind_signals(doc, data, entity: GazetteerEntity, rivals: set[str], gazetteer: Gazetteer,
                  kinds_linked: Counter[str]) -> dict[str, float]:
    """``favoured`` and ``rival_favoured``: how strongly the document favours (cue words, or the kinds
    of its other links) a kind the entity fits, and a kind a rival fits that the entity does not."""
    favoured = rival_favoured = 0.0
    for name, kind in data.kinds.items():
        own = kind.fits(entity)
        strength = min(doc.favoured[name] + kinds_linked[name] - (1 if own else 0), 3) / 3
        if strength <= 0:
            continue
        if own:
            favoured = max(favoured, strength)
        elif any(kind.fits(gazetteer[r]) for r in rivals):
            rival_favoured = max(rival_favoured, strength)
    return {"favoured": favoured, "rival_favoured": rival_favoured}
