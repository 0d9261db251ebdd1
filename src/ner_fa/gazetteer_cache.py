"""A cache on disk of loaded gazetteers, so that a new process does not parse, validate and key
the shipped gazetteer's 15,000 records again (0.3-0.5 s of CPU in every cold start; reading the
cached one takes about a third of that).

The cache lives beside the link index cache (:func:`ner_fa.index_cache.cache_dir`:
``$NER_FA_CACHE_DIR``, ``$XDG_CACHE_HOME/ner_fa`` or ``~/.cache/ner_fa``; ``NER_FA_NO_CACHE=1``
turns both off) and is written the same way (:func:`ner_fa.index_cache.store_atomic`: a
temporary file renamed into place, the :data:`~ner_fa.index_cache.KEEP_FILES` most recent kept).

A cached gazetteer is named by a hash of everything the loaded gazetteer depends on: the path and
the **contents** of every file read, the source of the code that parses and keys the records
(``gazetteer.py``, ``normalize.py``, ``_json.py``), the ner_fa, pydantic and Python versions and
:data:`FORMAT_VERSION`; the file repeats that hash, and a file whose hash differs, that does not
unpickle or holds anything else is ignored and replaced. It is read with a restricted unpickler that
can create only :class:`~ner_fa.gazetteer.GazetteerEntity` and :class:`~ner_fa.gazetteer.Alias`
objects besides plain data, so a cache file cannot run code. A load that warns
(:class:`~ner_fa.gazetteer.GazetteerWarning`) is not cached, so its warnings are shown every time.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import threading
import warnings
from pathlib import Path

from . import __version__
from .gazetteer import _GAZETTEER_SUFFIXES, Alias, Gazetteer, GazetteerEntity, _data_suffix
from .gc_pause import gc_paused
from .index_cache import cache_dir, store_atomic

__all__ = ["FORMAT_VERSION", "cached_gazetteer", "gazetteer_cache_path"]

FORMAT_VERSION = 1
_PREFIX = "gazetteer-"
_SUFFIX = ".pickle"
_PACKAGE_DIR = Path(__file__).resolve().parent
#: The modules whose code decides what a loaded gazetteer holds.
_CODE = ("gazetteer.py", "normalize.py", "_json.py")
_load_lock = threading.Lock()
_ALLOWED = {(GazetteerEntity.__module__, GazetteerEntity.__qualname__): GazetteerEntity,
            (Alias.__module__, Alias.__qualname__): Alias}


def _files(paths) -> list[Path] | None:
    """The files ``Gazetteer.load(*paths)`` reads, in its order; None when it would raise."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and _data_suffix(f) in _GAZETTEER_SUFFIXES)
            if not files:
                return None
            out.extend(files)
        elif p.is_file():
            out.append(p)
        else:
            return None
    return out


def _key(files: list[Path]) -> str:
    import pydantic

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT_VERSION}|{__version__}|{pydantic.VERSION}|{sys.version}".encode())
    for name in _CODE:
        h.update(b"\0code\0" + (_PACKAGE_DIR / name).read_bytes())
    for f in files:
        data = f.read_bytes()
        h.update(f"\0file\0{f}\0{len(data)}\0".encode("utf-8", "surrogateescape") + data)
    return h.hexdigest()


def gazetteer_cache_path(*paths: str | os.PathLike) -> Path | None:
    """Where the cached gazetteer of ``paths`` is (or would be) stored; None when not cached."""
    directory = cache_dir()
    files = _files(paths)
    if directory is None or files is None:
        return None
    try:
        return directory / (_PREFIX + _key(files) + _SUFFIX)
    except OSError:
        return None


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[module, name]
        except KeyError:
            raise pickle.UnpicklingError(f"global '{module}.{name}' is not allowed in a gazetteer cache") from None


def _read(path: Path, key: str) -> Gazetteer | None:
    """The gazetteer stored in ``path``, or None when the file is damaged, foreign or stale."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        with gc_paused():  # ~300,000 new objects, none in a cycle: the collector would only slow the load
            record = _Unpickler(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - any damage means: rebuild
        return None
    if not (isinstance(record, dict) and record.get("format") == FORMAT_VERSION and record.get("key") == key):
        return None
    try:
        return Gazetteer._from_state(record["state"])
    except (KeyError, TypeError, ValueError):
        return None


def cached_gazetteer(*paths: str | os.PathLike) -> Gazetteer:
    """``Gazetteer.load(*paths)``, from the cache when it holds it (else loaded, and cached)."""
    path = gazetteer_cache_path(*paths)
    if path is None:
        return Gazetteer.load(*paths)
    key = path.name[len(_PREFIX):-len(_SUFFIX)]
    if path.is_file():
        gaz = _read(path, key)
        if gaz is not None:
            return gaz
    # catch_warnings swaps process-wide state: one recording load at a time
    with _load_lock, warnings.catch_warnings(record=True) as caught, gc_paused():
        gaz = Gazetteer.load(*paths)
    if caught:  # shown as the load showed them, and not cached: a cache hit would hide them
        for w in caught:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
        return gaz
    record = {"format": FORMAT_VERSION, "key": key, "state": gaz._state()}
    store_atomic(path, lambda tmp: Path(tmp).write_bytes(pickle.dumps(record, protocol=5)), suffix=_SUFFIX)
    return gaz
