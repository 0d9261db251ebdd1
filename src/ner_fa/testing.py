"""Helpers for testing code built on ner_fa.

:class:`ChaosTagger` is a :class:`~ner_fa.tagger.Tagger` that returns arbitrary but
deterministic tags, invalid sequences included (an ``I-`` with no ``B-``, BIOES tags,
label changes inside a span): a pipeline must turn any of them into well-formed
mentions. :func:`check_offsets` asserts what every result must satisfy. The property
and reliability tests and ``benchmarks/fuzz.py`` use both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Document

__all__ = ["CHAOS_TAGS", "ChaosTagger", "check_offsets"]

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


def check_offsets(text: str, doc: Document) -> None:
    """Assert the invariants of a result: it keeps the text, every mention slices the
    original string, mentions are in order without overlap, nested ones lie inside theirs."""
    assert doc.text == text, "Document.text differs from the input"
    prev_end = 0
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text, f"mention {m.start}:{m.end} does not slice the text"
        assert m.start >= prev_end, f"mention {m.start}:{m.end} overlaps or is out of order"
        prev_end = m.end
        for n in m.nested:
            assert text[n.start:n.end] == n.text and m.start <= n.start and n.end <= m.end, "bad nested mention"
