"""Training augmentation for real-world Persian text.

Real articles lose their zero-width non-joiners (خطیب‌زاده → خطیبزاده) or get a
space instead (خطیب زاده), and write Arabic letters or other quote marks. These
functions make copies of training sentences with those defects, keeping the tags
consistent with the new tokenization.
"""

from __future__ import annotations

import random

from ..normalize import ZWNJ
from .corpora import Sentence

_QUOTE_VARIANTS = {"«": '"', "»": '"', "،": ",", "؛": ";", "؟": "?"}


def drop_zwnj(sent: Sentence) -> Sentence:
    """ZWNJ removed inside every token (خطیب‌زاده → خطیبزاده)."""
    return [(tok.replace(ZWNJ, "") or tok, tag) for tok, tag in sent]


def split_zwnj(sent: Sentence) -> Sentence:
    """ZWNJ replaced by a space, so the token splits in two (خطیب زاده)."""
    out: Sentence = []
    for tok, tag in sent:
        parts = [p for p in tok.split(ZWNJ) if p]
        if len(parts) <= 1:
            out.append((tok.replace(ZWNJ, "") or tok, tag))
            continue
        out.append((parts[0], tag))
        cont = "O" if tag == "O" else "I-" + tag.split("-", 1)[1]
        out.extend((p, cont) for p in parts[1:])
    return out


def swap_punctuation(sent: Sentence) -> Sentence:
    """Persian punctuation replaced by its Latin look-alike."""
    return [(_QUOTE_VARIANTS.get(tok, tok), tag) for tok, tag in sent]


def augment(sentences: list[Sentence], *, seed: int = 13, p_drop: float = 0.3,
            p_split: float = 0.15, p_punct: float = 0.05) -> list[Sentence]:
    """Originals plus defective copies of a random share of the sentences that
    contain a ZWNJ (dropped or spaced) or Persian punctuation."""
    rng = random.Random(seed)
    out = list(sentences)
    for sent in sentences:
        has_zwnj = any(ZWNJ in tok for tok, _ in sent)
        if has_zwnj:
            r = rng.random()
            if r < p_drop:
                out.append(drop_zwnj(sent))
            elif r < p_drop + p_split:
                out.append(split_zwnj(sent))
        if rng.random() < p_punct and any(tok in _QUOTE_VARIANTS for tok, _ in sent):
            out.append(swap_punctuation(sent))
    return out
