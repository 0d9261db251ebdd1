"""Rows of the curated tables: the tab-separated data files of ``linking_data/`` and ``data/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .normalize import compact_key

__all__ = ["table_rows"]


def table_rows(path: Path, ncols: int, error: type[Exception], what: str, *,
               named_first: bool = False) -> Iterator[tuple[int, list[str]]]:
    """``(line number, fields)`` of each row of the table at ``path``, every field stripped; blank
    lines and ``#`` comments are skipped. A row without exactly ``ncols`` non-empty fields (or, with
    ``named_first``, whose first field has no letters) raises ``error``, naming the file and the line
    and saying what the row holds (``what``)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != ncols or not all(parts) or named_first and not compact_key(parts[0]):
            raise error(f"{path}:{n}: expected {what} (tab-separated), got {parts!r}; fix the line (see the "
                        "comments at the top of the file)")
        yield n, parts
