"""How many threads torch uses for tagging, in this process and in worker processes.

Precedence (as in Stanza's own settings): the tagger's ``num_threads=`` argument, then the
``NER_FA_NUM_THREADS`` environment variable, then :data:`DEFAULT_NUM_THREADS` (1).

Why 1 by default: torch's own default (one thread per core) collapses when another process
keeps a core busy: every LSTM step waits for the slowest thread. On the 2-core development
machine, 40 Fars News articles tagged at 231 tokens/s with torch's default and one busy
neighbour, at 5,905 tokens/s with one thread (issue 18); ``benchmarks/busy_neighbour.py``
measures it again. On an idle machine one thread loses little, and more throughput comes
from processes (``Pipeline.pipe(n_process=...)``, Dask workers) than from threads.

The setting is process-wide (``torch.set_num_threads``): a tagger applies it before each call.
Worker processes never oversubscribe the cores: ``pipe(n_process=k)`` gives each worker at most
``cpu_count // k`` threads (:func:`worker_threads`); a Dask worker applies its pipeline tagger's
setting when it builds the pipeline (keep ``workers × threads ≤ cores`` when sizing a cluster).
"""

from __future__ import annotations

import os

__all__ = ["DEFAULT_NUM_THREADS", "ENV_NUM_THREADS", "apply_num_threads", "resolve_num_threads",
           "worker_threads"]

DEFAULT_NUM_THREADS = 1
"""Torch threads per process when neither ``num_threads=`` nor the environment says otherwise."""
ENV_NUM_THREADS = "NER_FA_NUM_THREADS"


def _cores() -> int:
    return os.cpu_count() or 1


def resolve_num_threads(value: int | None = None) -> int:
    """The thread count to use: ``value``, else ``$NER_FA_NUM_THREADS``, else the default;
    never more than the machine's cores."""
    source = "num_threads"
    if value is None:
        env = os.environ.get(ENV_NUM_THREADS, "").strip()
        if env:
            source = f"${ENV_NUM_THREADS}"
            try:
                value = int(env)
            except ValueError:
                raise ValueError(f"{ENV_NUM_THREADS} must be a positive integer, got {env!r}") from None
        else:
            value = DEFAULT_NUM_THREADS
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{source} must be a positive int, got {value!r}")
    return min(value, _cores())


def worker_threads(num_threads: int | None, n_process: int) -> int:
    """Threads for each of ``n_process`` worker processes on this machine: the requested setting,
    capped so that all the workers together use at most the machine's cores."""
    return max(1, min(resolve_num_threads(num_threads), _cores() // n_process))


def apply_num_threads(n: int) -> None:
    """Make torch in this process use ``n`` threads (a no-op when it already does, or without torch)."""
    try:
        import torch
    except ImportError:  # pragma: no cover - stanza depends on torch
        return
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
