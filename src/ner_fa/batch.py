"""Batched, chunked and multi-process processing behind :meth:`Pipeline.pipe`.

* **Batching**: the sentences of many documents go into one tagger call,
  ``batch_size`` sentences at a time, sorted by length (Stanza pads every
  sentence of a mini-batch to the longest, and it cuts mini-batches in the order
  it is given). Documents come back in input order; at most about
  ``batch_size`` sentences (plus one chunk) are held at a time, however many
  documents there are.
* **Long documents** are cut into chunks of about ``chunk_chars`` characters
  (:func:`chunk_windows`). Each chunk is cut at a line break, a sentence end or
  a space, and is processed with ``CHUNK_OVERLAP`` characters of context on
  both sides; a mention is kept by the chunk its start lies in, and a mention
  overlapping one already kept is dropped, so a name across a chunk border is
  found once. Offsets are shifted back into the original string. Document
  context (a repeated or shortened name linking like its first occurrence)
  reaches only as far as a chunk.
* **Processes** (:func:`pipe_processes`): worker processes are *forked*, so
  each inherits the pipeline — the gazetteer index and, if it was loaded in
  the parent, the model — copy-on-write, with nothing pickled. Texts travel
  to the workers in groups and Documents come back pickled, in input order.
  CPython's reference counting still writes to some shared pages; the objects
  that exist at the fork are frozen (:func:`gc.freeze`) so that the workers'
  garbage collector does not touch them too.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from .models import Document, Mention
from .normalize import normalize_chars
from .tagger import check_tags
from .threads import apply_num_threads, worker_threads
from .tokenize import Sentence, Token, looks_arabic, split_sentences, tokenize

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["CHUNK_CHARS", "CHUNK_OVERLAP", "DEFAULT_BATCH_SIZE", "chunk_windows", "iter_documents",
           "pipe_processes"]

DEFAULT_BATCH_SIZE = 256
"""Sentences per tagger call."""
CHUNK_CHARS = 50_000
"""Documents longer than this many characters are processed in chunks."""
CHUNK_OVERLAP = 400
"""Characters of context a chunk sees on each side beyond its own span."""
_TERMINATORS = ".!?؟…"


def check_positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive int, got {value!r}")
    return value


def _cut_before(text: str, pos: int, lo: int) -> int:
    """A cut point in ``(lo, pos]``: after the last line break, else after the last sentence end
    followed by a space, else at the last space; ``pos`` itself when there is none."""
    i = text.rfind("\n", lo, pos)
    if i > lo:
        return i + 1
    best_space = -1
    for i in range(pos - 1, lo, -1):
        c = text[i]
        if c.isspace():
            if text[i - 1] in _TERMINATORS:
                return i + 1
            if best_space < 0:
                best_space = i + 1
    return best_space if best_space > lo else pos


def _space_near(text: str, pos: int, lo: int, hi: int) -> int:
    """The whitespace position nearest ``pos`` within ``[lo, hi]`` (``pos`` when there is none),
    so that a chunk's context never starts or ends inside a word."""
    for d in range(max(pos - lo, hi - pos) + 1):
        for i in (pos - d, pos + d):
            if lo <= i <= hi and (i <= 0 or i >= len(text) or text[i].isspace()):
                return i
    return pos


def chunk_windows(text: str, chunk_chars: int = CHUNK_CHARS,
                  overlap: int = CHUNK_OVERLAP) -> list[tuple[int, int, int, int]]:
    """``(window_start, window_end, keep_start, keep_end)`` for each chunk of ``text``.

    The keep spans tile the text; each window adds up to ``overlap`` characters of
    context on both sides. A text of at most ``chunk_chars`` characters is one chunk.

    >>> chunk_windows("abc", 10)
    [(0, 3, 0, 3)]
    """
    n = len(text)
    if n <= chunk_chars:
        return [(0, n, 0, n)]
    cuts = [0]
    while n - cuts[-1] > chunk_chars:
        a = cuts[-1]
        cuts.append(_cut_before(text, a + chunk_chars, a + chunk_chars // 2))
    cuts.append(n)
    out = []
    for a, b in pairwise(cuts):
        ws = 0 if a == 0 else _space_near(text, max(0, a - overlap), max(0, a - 2 * overlap), a)
        we = n if b == n else _space_near(text, min(n, b + overlap), b, min(n, b + 2 * overlap))
        out.append((ws, we, a, b))
    return out


@dataclass(slots=True)
class _DocState:
    text: str
    units_left: int
    mentions: list[Mention] = field(default_factory=list)
    done: Document | None = None


@dataclass(slots=True)
class _Unit:
    state: _DocState
    text: str
    offset: int
    keep: tuple[int, int]
    tokens: list[Token]
    sentences: list[Sentence]
    whole: bool


def _shift(m: Mention, offset: int) -> Mention:
    return m.model_copy(update={
        "start": m.start + offset, "end": m.end + offset,
        "nested": tuple(_shift(n, offset) for n in m.nested),
    })


def _tag_units(nlp: Pipeline, units: list[_Unit]) -> None:
    """Tag the sentences of ``units`` in one call (sorted by length) and build their results."""
    # Arabic sentences are not given to the Persian tagger (it invents people in them); an
    # empty token list gets no tags, and the gazetteer matcher still runs over them.
    sents = [[] if nlp.skip_arabic and looks_arabic([t.text for t in s.tokens])
             else [normalize_chars(t.text) for t in s.tokens] for u in units for s in u.sentences]
    order = sorted(range(len(sents)), key=lambda k: len(sents[k]))
    tags: list[list[str]] = [[] for _ in sents]
    if sents:
        batch = [sents[k] for k in order]
        for k, t in zip(order, check_tags(batch, nlp.tagger.tag(batch), nlp.tagger.name)):
            tags[k] = t
    k = 0
    for u in units:
        doc = nlp._document(u.text, u.tokens, u.sentences, tags[k:k + len(u.sentences)])
        k += len(u.sentences)
        st = u.state
        st.units_left -= 1
        if u.whole:
            st.done = doc
            continue
        last_end = st.mentions[-1].end if st.mentions else 0
        for m in doc.mentions:
            start = m.start + u.offset
            if u.keep[0] <= start < u.keep[1] and start >= last_end:
                st.mentions.append(_shift(m, u.offset) if u.offset else m)
                last_end = start + len(m.text)
        if st.units_left == 0:
            st.done = Document(text=st.text, mentions=tuple(st.mentions))


def iter_documents(nlp: Pipeline, texts: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
                   chunk_chars: int = CHUNK_CHARS) -> Iterator[Document]:
    """Documents of ``texts`` in input order (the engine of :meth:`Pipeline.pipe` in one process)."""
    from .pipeline import _check_text

    queue: deque[_DocState] = deque()
    pending: list[_Unit] = []
    n_sents = 0
    for text in texts:
        try:
            _check_text(text)
        except TypeError:
            # a bad input loses nothing before it: finish and yield those documents, then raise
            if pending:
                _tag_units(nlp, pending)
                pending, n_sents = [], 0
            while queue:
                yield queue.popleft().done
            raise
        windows = chunk_windows(text, chunk_chars)
        state = _DocState(text, len(windows))
        queue.append(state)
        for ws, we, ks, ke in windows:
            whole = len(windows) == 1
            wtext = text if whole else text[ws:we]
            tokens = tokenize(wtext)
            sentences = split_sentences(wtext, tokens=tokens)
            pending.append(_Unit(state, wtext, ws, (ks, ke), tokens, sentences, whole))
            n_sents += len(sentences)
            if n_sents >= batch_size:
                _tag_units(nlp, pending)
                pending, n_sents = [], 0
                while queue and queue[0].done is not None:
                    yield queue.popleft().done
    if pending:
        _tag_units(nlp, pending)
    while queue:
        doc = queue.popleft().done
        assert doc is not None  # every unit has been tagged
        yield doc


# -- several processes ------------------------------------------------------
_WORKER: Pipeline | None = None


def _init_worker(threads: int) -> None:
    # the tagger applies its own setting before each call: cap it for this worker
    if _WORKER is not None and hasattr(_WORKER.tagger, "num_threads"):
        _WORKER.tagger.num_threads = threads
    apply_num_threads(threads)


def _work(texts: list[str], batch_size: int, chunk_chars: int) -> list[Document]:
    assert _WORKER is not None, "worker started without a pipeline"
    return list(iter_documents(_WORKER, texts, batch_size=batch_size, chunk_chars=chunk_chars))


def _groups(texts: Iterable[str], max_chars: int, max_docs: int) -> Iterator[list[str]]:
    from .pipeline import _check_text

    group: list[str] = []
    size = 0
    for text in texts:
        group.append(_check_text(text))
        size += len(text)
        if size >= max_chars or len(group) >= max_docs:
            yield group
            group, size = [], 0
    if group:
        yield group


def pipe_processes(nlp: Pipeline, texts: Iterable[str], *, n_process: int, batch_size: int = DEFAULT_BATCH_SIZE,
                   chunk_chars: int = CHUNK_CHARS, group_chars: int = 40_000,
                   group_docs: int = 64) -> Iterator[Document]:
    """Documents of ``texts`` in input order, computed by ``n_process`` forked worker processes.

    Texts are sent in groups of about ``group_chars`` characters (at most ``group_docs``
    texts); at most ``2 * n_process`` groups are in flight, so memory stays bounded for
    any number of texts. Each worker runs ``torch`` with the tagger's ``num_threads`` (see
    :mod:`ner_fa.threads`; default 1), capped at ``cpu_count // n_process``.
    """
    global _WORKER
    if "fork" not in multiprocessing.get_all_start_methods():
        raise ValueError(
            "n_process > 1 needs the 'fork' start method, which this platform lacks; use n_process=1, "
            "or ner_fa.cluster with a dask LocalCluster")
    ctx = multiprocessing.get_context("fork")
    threads = worker_threads(getattr(nlp.tagger, "num_threads", None), n_process)
    _WORKER = nlp  # inherited by the forked workers; nothing is pickled
    # Objects frozen before the fork are left alone by the workers' garbage collector, so fewer of
    # the shared pages (gazetteer index, model) get copied.
    gc.freeze()
    try:
        pool = ctx.Pool(n_process, initializer=_init_worker, initargs=(threads,))
    finally:
        gc.unfreeze()
    try:
        with pool:
            in_flight: deque = deque()
            for group in _groups(texts, group_chars, group_docs):
                in_flight.append(pool.apply_async(_work, (group, batch_size, chunk_chars)))
                while len(in_flight) >= 2 * n_process:
                    yield from in_flight.popleft().get()
            while in_flight:
                yield from in_flight.popleft().get()
    finally:
        _WORKER = None
