"""Epithets: descriptions that refer to one person without naming them («مقام معظم رهبری», «امام راحل»).

The gazetteer lists them as aliases, so the linker knows whom they mean, but most annotated corpora
do not mark them as named-entity mentions: PEYMA, NSURL and the project's news sets leave them out,
ParsNER tags two of them (``linking_data/epithets.tsv`` gives the counts). The pipeline reports them
only when :attr:`ner_fa.LinkerConfig.epithets` is set; by default a span that is exactly an epithet
is no mention. A body named after one («دفتر مقام معظم رهبری», «موسسه تنظیم و نشر آثار امام راحل»)
is a longer span and stays.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import NerFaError
from .normalize import compact_key
from .tables import table_rows

EPITHETS_PATH = Path(__file__).resolve().parent / "linking_data" / "epithets.tsv"

__all__ = ["EPITHETS_PATH", "EpithetsError", "is_epithet", "load_epithets"]


class EpithetsError(NerFaError, ValueError):
    """``epithets.tsv`` is malformed; the message names the line."""


@lru_cache(maxsize=4)
def load_epithets(path: Path = EPITHETS_PATH) -> dict[str, str]:
    """The table: an epithet's compact key → the id of the gazetteer entity it refers to."""
    out: dict[str, str] = {}
    for n, parts in table_rows(path, 3, EpithetsError, "form, entity id, gloss", named_first=True):
        key = compact_key(parts[0])
        if key in out:
            raise EpithetsError(f"{path}:{n}: {parts[0]!r} is listed twice; keep one line")
        out[key] = parts[1]
    return out


def is_epithet(text: str) -> bool:
    """Whether ``text`` (a whole mention) is an epithet of the table."""
    return compact_key(text) in load_epithets()
