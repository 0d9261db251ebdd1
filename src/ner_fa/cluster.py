"""Run the pipeline over a Dask bag or a Dask dataframe column (``pip install 'ner-fa[dask]'``).

>>> import dask.bag as db                                              # doctest: +SKIP
>>> from distributed import Client                                     # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")                            # doctest: +SKIP
>>> texts = db.read_text("s3://archive/*.txt", linedelimiter="\\n\\n")   # doctest: +SKIP
>>> lists = ner_fa.cluster.extract_bag(texts).compute()                # doctest: +SKIP

Each partition is processed with :meth:`Pipeline.pipe` (sentences batched across
its documents). The pipeline is built by ``pipeline`` — a picklable function
without arguments returning a :class:`~ner_fa.pipeline.Pipeline`, by default
:func:`~ner_fa.pipeline.default_pipeline` — once per worker process and kept
for every later partition and computation, so the model loads once per worker.
Each worker process runs torch with the tagger's ``num_threads`` (``$NER_FA_NUM_THREADS``,
default 1: see :mod:`ner_fa.threads`); size the cluster so that workers × threads ≤ cores.

Each document becomes ``convert(doc)``, by default its entity list
(:func:`ner_fa.export.entity_list`: the distinct linked and NIL entities with
their spans, and the unlinked mentions) — plain data, cheap to move between workers.

:func:`aggregate_bag` counts the entities of a whole bag instead (what
``ner-fa extract --aggregate`` and :func:`ner_fa.aggregate` give): each partition
is counted by an :class:`~ner_fa.corpus.Aggregator` on its worker, and the
aggregators are merged in partition order (a tree reduction), so only the bounded
counts travel, never the documents.

>>> corpus = ner_fa.cluster.aggregate_bag(texts).compute()             # doctest: +SKIP
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import threading
from collections.abc import Callable
from typing import Any

from .errors import MissingDependencyError
from .export import entity_list
from .models import Document
from .pipeline import Pipeline, default_pipeline
from .threads import apply_num_threads, resolve_num_threads

__all__ = ["aggregate_bag", "extract_bag", "extract_column", "worker_pipeline"]

_PIPELINES: dict[str, Pipeline] = {}
_LOCK = threading.Lock()


def _require(module: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(module.split(".")[0], "dask") from exc


def _key(factory: Callable[[], Pipeline]) -> str:
    cloudpickle = _require("cloudpickle")
    try:
        return hashlib.sha1(cloudpickle.dumps(factory)).hexdigest()
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        raise TypeError(
            f"pipeline= must be a picklable function that builds a Pipeline (a module-level function or a "
            f"functools.partial of one), got {factory!r}: {exc}") from exc


def worker_pipeline(factory: Callable[[], Pipeline], key: str) -> Pipeline:
    """The pipeline ``factory`` builds, built once per process (the cache is keyed by ``key``)."""
    nlp = _PIPELINES.get(key)
    if nlp is None:
        with _LOCK:
            nlp = _PIPELINES.get(key)
            if nlp is None:
                nlp = factory()
                if not isinstance(nlp, Pipeline):
                    raise TypeError(f"pipeline= must return a ner_fa.Pipeline, got {type(nlp).__name__}")
                # torch threads of this worker process: the tagger's setting (default 1, ner_fa.threads)
                apply_num_threads(resolve_num_threads(getattr(nlp.tagger, "num_threads", None)))
                _PIPELINES[key] = nlp
    return nlp


def _run(texts, factory, key: str, convert: Callable[[Document], Any], batch_size: int) -> list:
    nlp = worker_pipeline(factory, key)
    return [convert(doc) for doc in nlp.pipe(list(texts), batch_size=batch_size)]


def _run_series(series, factory, key: str, convert: Callable[[Document], Any], batch_size: int):
    pd = _require("pandas")
    return pd.Series(_run(series.tolist(), factory, key, convert, batch_size), index=series.index,
                     name=series.name, dtype=object)


def _prepare(pipeline, convert, batch_size) -> tuple[Callable[[], Pipeline], str]:
    factory = default_pipeline if pipeline is None else pipeline
    if isinstance(factory, Pipeline) or not callable(factory):
        raise TypeError("pipeline= must be a function that builds a Pipeline (it runs on each worker), "
                        "e.g. functools.partial(ner_fa.Pipeline, model_dir=...); not a Pipeline object")
    if not callable(convert):
        raise TypeError(f"convert= must be a function of a Document, got {type(convert).__name__}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    return factory, _key(factory)


def extract_bag(bag, *, pipeline: Callable[[], Pipeline] | None = None,
                convert: Callable[[Document], Any] = entity_list, batch_size: int = 256):
    """A ``dask.bag.Bag`` of ``convert(document)`` for a bag of texts, in the same order.

    Lazy: call ``.compute()`` (or write it with ``.to_textfiles``) to run it.
    """
    db = _require("dask.bag")
    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag() expects a dask.bag.Bag of str, got {type(bag).__name__}")
    factory, key = _prepare(pipeline, convert, batch_size)
    return bag.map_partitions(_run, factory, key, convert, batch_size)


def extract_column(frame, column: str | None = None, *, pipeline: Callable[[], Pipeline] | None = None,
                   convert: Callable[[Document], Any] = entity_list, batch_size: int = 256):
    """A lazy ``dask.dataframe`` Series of ``convert(document)`` for the texts of ``frame[column]``
    (or of a Series), with the same index and partitions. Assign it back with
    ``frame.assign(entities=extract_column(frame, "text"))``."""
    dd = _require("dask.dataframe")
    if isinstance(frame, dd.DataFrame):
        if column is None or column not in frame.columns:
            raise KeyError(f"column {column!r} is not in the dataframe (it has {list(frame.columns)})")
        series = frame[column]
    elif isinstance(frame, dd.Series):
        series = frame
    else:
        raise TypeError(f"extract_column() expects a dask DataFrame or Series, got {type(frame).__name__}")
    factory, key = _prepare(pipeline, convert, batch_size)
    return series.map_partitions(_run_series, factory, key, convert, batch_size,
                                 meta=(series.name or "entities", "object"))


def _count_partition(texts, factory, key: str, batch_size: int, limits: dict):
    from .corpus import Aggregator

    nlp = worker_pipeline(factory, key)
    agg = Aggregator(**limits)
    for doc in nlp.pipe(list(texts), batch_size=batch_size):
        agg.add(doc)
    return agg


def _merge_aggregators(aggs):
    aggs = list(aggs)
    first = aggs[0]
    for other in aggs[1:]:
        first.merge(other)
    return first


def _result(agg):
    return agg.result()


def aggregate_bag(bag, *, pipeline: Callable[[], Pipeline] | None = None, batch_size: int = 256,
                  split_every: int | None = None, **limits):
    """A lazy ``dask.bag.Item`` of the :class:`~ner_fa.export.CorpusEntities` of a bag of texts:
    linked and NIL entities with mention and document counts, in the memory bounds of
    :class:`~ner_fa.corpus.Aggregator` (``limits``: ``max_nil_entities``, ``max_forms``,
    ``max_occurrences``, ``max_examples``). Document indices follow the bag's order.
    Call ``.compute()`` to run it."""
    from .corpus import Aggregator

    db = _require("dask.bag")
    if not isinstance(bag, db.Bag):
        raise TypeError(f"aggregate_bag() expects a dask.bag.Bag of str, got {type(bag).__name__}")
    factory, key = _prepare(pipeline, entity_list, batch_size)
    Aggregator(**limits)  # check the limits here, not on the workers
    counted = bag.reduction(functools.partial(_count_partition, factory=factory, key=key, batch_size=batch_size,
                                              limits=limits),
                            _merge_aggregators, split_every=split_every)
    return counted.apply(_result)
