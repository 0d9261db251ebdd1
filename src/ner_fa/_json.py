"""Parsing one JSON line (a JSONL record, a gazetteer record, a Wikidata entity) with one kind of error.

:func:`loads_line` turns every way a line can fail into :class:`JsonLineError`, whose message is
the detail to show after "not valid JSON": the decoder's message with its column
(``Invalid control character at column 29``), ``nested too deeply`` for a line whose nesting
exhausts the recursion limit (``[[[[…``, 100,000 levels), and, with ``unique_keys``, the first
key repeated in an object (JSON lets the last value win silently).
"""

from __future__ import annotations

import json

__all__ = ["DuplicateKeyError", "JsonLineError", "json_error_detail", "loads_line"]


class JsonLineError(ValueError):
    """A line that is not the JSON it should be; ``str()`` is the detail to show."""


class DuplicateKeyError(JsonLineError):
    """An object names the same key twice; ``key`` is the key."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} is repeated in an object")
        self.key = key


def json_error_detail(exc: json.JSONDecodeError) -> str:
    """``MESSAGE at column N`` (some decoder messages already end in "at": no "at at")."""
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return d


def loads_line(text: str, *, unique_keys: bool = False) -> object:
    """``json.loads(text)``, raising :class:`JsonLineError` for anything that is not valid JSON."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys if unique_keys else None)
    except json.JSONDecodeError as exc:
        raise JsonLineError(json_error_detail(exc)) from None
    except RecursionError:
        raise JsonLineError("nested too deeply") from None
