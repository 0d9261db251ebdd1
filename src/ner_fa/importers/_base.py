"""What the importers share: counts of what was kept and why the rest was not, and JSONL output."""

from __future__ import annotations

import json
import os
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..gazetteer import GazetteerEntity, GazetteerWarning, entry_key, open_text
from ..normalize import normalize_chars

__all__ = ["ImportStats", "write_jsonl"]

@dataclass
class ImportStats:
    """Counts filled in while an importer runs (pass one in to read them afterwards).

    ``skipped`` maps a reason (``"no Persian name"``, ``"type not selected"``, ...) to a count;
    ``bad_lines`` holds the numbers of the first lines that could not be parsed (``strict=False``).
    """

    read: int = 0
    kept: int = 0
    skipped: Counter = field(default_factory=Counter)
    bad_line_count: int = 0
    bad_lines: list[int] = field(default_factory=list)
    types: Counter = field(default_factory=Counter)

    KEEP_BAD_LINES = 20

    def bad_line(self, n: int) -> None:
        self.bad_line_count += 1
        if len(self.bad_lines) < self.KEEP_BAD_LINES:
            self.bad_lines.append(n)

    def warn_bad_lines(self, source: str) -> None:
        if self.bad_line_count:
            warnings.warn(f"{source}: skipped {self.bad_line_count} line(s) that could not be parsed, first at "
                          f"line(s) {', '.join(map(str, self.bad_lines[:5]))}", GazetteerWarning, stacklevel=3)

    def summary(self) -> str:
        parts = [f"read {self.read:,}", f"kept {self.kept:,}"]
        if self.types:
            parts.append("(" + ", ".join(f"{t} {c:,}" for t, c in sorted(self.types.items())) + ")")
        parts += [f"{reason}: {c:,}" for reason, c in self.skipped.most_common()]
        if self.bad_line_count:
            parts.append(f"unparsable lines: {self.bad_line_count:,}")
        return "; ".join(parts)


def persian_forms(values: Iterable[str]) -> list[str]:
    """Distinct surface forms (by compact match key) with letters or digits, first spelling kept.

    Arabic letter variants are mapped to the Persian letters (``normalize_chars``) and spaces collapsed.
    """
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        v = " ".join(normalize_chars(v).split())
        key = entry_key(v)
        if key and key not in seen:
            seen.add(key)
            out.append(v)
    return out


def write_jsonl(entities: Iterable[GazetteerEntity], path: str | os.PathLike | None) -> int:
    """Write entities as gazetteer JSONL (``.gz``/``.bz2`` by extension; ``None`` or ``-``: stdout).

    Fields left at their defaults are omitted. Returns the number written.
    """
    import sys

    to_stdout = path is None or str(path) == "-"
    if to_stdout:
        return _write(entities, sys.stdout)
    # Written under a temporary name (same compression suffix) and renamed when complete,
    # so a failed import leaves no truncated gazetteer behind.
    path = Path(path)
    part = path.with_name(f"{path.stem}.part{path.suffix}")
    try:
        with open_text(part, "wt") as fh:
            n = _write(entities, fh)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return n


def _write(entities: Iterable[GazetteerEntity], fh) -> int:
    n = 0
    for e in entities:
        fh.write(json.dumps(e.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False) + "\n")
        n += 1
    return n
