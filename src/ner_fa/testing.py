"""Helpers for testing code built on ner_fa.

:class:`ChaosTagger` is a :class:`~ner_fa.tagger.Tagger` that returns arbitrary but
deterministic tags, invalid sequences included (an ``I-`` with no ``B-``, BIOES tags,
label changes inside a span): a pipeline must turn any of them into well-formed
mentions. The property tests and ``benchmarks/fuzz.py`` use it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

__all__ = ["CHAOS_TAGS", "ChaosTagger"]

CHAOS_TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "E-ORG", "S-LOC")


class ChaosTagger:
    """Deterministic arbitrary tags: the tag of a token depends only on its text and position."""

    name = "chaos"

    def __init__(self, tags: Sequence[str] = CHAOS_TAGS) -> None:
        self.tags = tuple(tags)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        out = []
        for sent in sentences:
            tags = []
            for i, tok in enumerate(sent):
                h = hashlib.blake2b(f"{i}:{tok}".encode("utf-8", "surrogatepass"), digest_size=2).digest()
                tags.append(self.tags[h[0] % len(self.tags)])
            out.append(tags)
        return out
