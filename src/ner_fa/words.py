"""How common a word is, and how often it names something: signals for the score calibration.

``linking_data/words.tsv`` (built by ``scripts/build_word_table.py``) gives, for the words gazetteer
names are made of, their frequency in unlabeled news (per million words) and, in the NER training
corpora, how often they occur and how often inside a PER/LOC/ORG span. A one-word mention that is
a frequent word and seldom a name («روحانی», a cleric; «کار», work) is a likely wrong link; the
calibration (:mod:`ner_fa.calibration`) reads :meth:`WordTable.signals`.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from .errors import NerFaError
from .normalize import compact_key

__all__ = ["WORDS_PATH", "WordTable", "WordTableError", "default_words"]

WORDS_PATH = Path(__file__).resolve().parent / "linking_data" / "words.tsv"


class WordTableError(NerFaError, ValueError):
    """A broken word table; rebuild it with ``python scripts/build_word_table.py``."""


class WordTable:
    """Word → (per-million frequency in news, NER-corpus occurrences, of them inside a name)."""

    def __init__(self, rows: dict[str, tuple[float, int, int]]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @classmethod
    def load(cls, path: str | Path = WORDS_PATH) -> WordTable:
        rows: dict[str, tuple[float, int, int]] = {}
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise WordTableError(f"{path}: cannot read the word table ({exc}); rebuild it with "
                                 "`python scripts/build_word_table.py`") from None
        for n, line in enumerate(lines, 1):
            if not line or line.startswith(("#", "word\t")):
                continue
            parts = line.split("\t")
            try:
                word, freq, seen, named = parts
                rows[word] = (float(freq), int(seen), int(named))
            except ValueError:
                raise WordTableError(f"{path}:{n}: expected word, per_million, ner_count, ner_entity; "
                                     "rebuild it with `python scripts/build_word_table.py`") from None
        return cls(rows)

    def signals(self, form: str) -> dict[str, float]:
        """For a one-word ``form``: ``word_frequency`` (log10 of 1 + occurrences per million words,
        divided by 4, at most 1) and ``name_share`` (the smoothed share of its NER-corpus
        occurrences inside a name: (named + 1) / (seen + 2), 0.5 for an unseen word). Both are
        0 for a form of several words."""
        key = compact_key(form)
        if len(form.split()) != 1 or not key:
            return {"word_frequency": 0.0, "name_share": 0.0}
        freq, seen, named = self._rows.get(key, (0.0, 0, 0))
        return {"word_frequency": min(1.0, math.log10(1 + freq) / 4), "name_share": (named + 1) / (seen + 2)}


@lru_cache(maxsize=1)
def default_words() -> WordTable:
    """The shipped word table (empty when the file is absent)."""
    if not WORDS_PATH.exists():
        return WordTable({})
    return WordTable.load(WORDS_PATH)
