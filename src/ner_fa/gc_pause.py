"""Pausing Python's cyclic garbage collector while ner_fa loads its model and gazetteer.

A cold start creates about a million objects (torch, Stanza, the model, 15,000 gazetteer
entities), almost none of them garbage. The collector, which runs whenever allocations outnumber
deallocations by 700, traverses them again and again while they are created: 0.4 s of the 2.1 s
CPU of a cold start went to collections (3 full, 44 middle and 485 young ones; measured with
``gc.callbacks``, docs/startup.md). :func:`gc_paused` turns the collector off for the duration of
a load and back on after it (only if it was on), so the new objects are traversed about once
afterwards instead of many times during the load. Nothing else changes: reference counting still
frees every object that is not in a cycle at once, and cycles made during the load are collected
by the next collection after it.

The pause is process-wide (``gc.disable``) but nests and is safe across threads: the collector
comes back on when the last of the overlapping pauses ends, also when the load raises.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_reenable = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Within the block the cyclic garbage collector does not run (see the module docstring)."""
    global _depth, _reenable
    with _lock:
        if _depth == 0:
            _reenable = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _reenable:
                gc.enable()
