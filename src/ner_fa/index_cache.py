"""A cache on disk of built link indexes, so that a new process does not rebuild the index of
an unchanged gazetteer (0.2 s of every cold start for the shipped one; loading it takes ~10 ms).

Where: ``$NER_FA_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/ner_fa``, else
``~/.cache/ner_fa``. ``NER_FA_NO_CACHE=1`` turns the cache off (every process builds).

A cached index is a :meth:`~ner_fa.index.LinkIndex.save` file named by a hash of what it
depends on: the gazetteer's match keys (:func:`~ner_fa.index.gazetteer_fingerprint`), the
index parameters, the index format version and the ner_fa version. It is written to a
temporary file and renamed into place, so readers never see half a file; a file that does
not load, or holds another index, is ignored and replaced. When the directory cannot be
written (a read-only home), the index is simply built each time. At most
:data:`KEEP_FILES` cached indexes are kept (the most recently written).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .index import FORMAT_VERSION, LinkIndex, LinkIndexError, gazetteer_fingerprint

__all__ = ["ENV_CACHE_DIR", "ENV_NO_CACHE", "KEEP_FILES", "cache_dir", "cached_index", "store_atomic"]

ENV_CACHE_DIR = "NER_FA_CACHE_DIR"
ENV_NO_CACHE = "NER_FA_NO_CACHE"
KEEP_FILES = 8
_PREFIX = "link_index-"


def cache_dir() -> Path | None:
    """The cache directory, or None when ``NER_FA_NO_CACHE`` turns the cache off."""
    if os.environ.get(ENV_NO_CACHE, "").strip().lower() not in ("", "0", "false", "no"):
        return None
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ner_fa"


def _name(fingerprint: str, max_edits: int, skeleton_min_chars: int) -> str:
    ident = f"{fingerprint}|{max_edits}|{skeleton_min_chars}|{FORMAT_VERSION}|{__version__}"
    return _PREFIX + hashlib.blake2b(ident.encode("utf-8"), digest_size=12).hexdigest() + ".npz"


def cached_index(gazetteer, *, max_edits: int = 2, skeleton_min_chars: int = 4) -> LinkIndex:
    """The link index of ``gazetteer``: from the cache when it holds one, else built (and cached)."""
    directory = cache_dir()
    if directory is None:
        return LinkIndex.build(gazetteer, max_edits=max_edits, skeleton_min_chars=skeleton_min_chars)
    fingerprint = gazetteer_fingerprint(gazetteer.fuzzy_keys)
    path = directory / _name(fingerprint, max_edits, skeleton_min_chars)
    if path.is_file():
        try:
            index = LinkIndex.load(path)
        except (LinkIndexError, OSError):
            index = None  # damaged or foreign: rebuilt and replaced below
        if index is not None and (index.fingerprint, index.max_edits, index.skeleton_min_chars) == (
                fingerprint, max_edits, skeleton_min_chars):
            return index
    index = LinkIndex.build(gazetteer, max_edits=max_edits, skeleton_min_chars=skeleton_min_chars)
    _store(index, path)
    return index


def _store(index: LinkIndex, path: Path) -> None:
    store_atomic(path, index.save, suffix=".npz")


def store_atomic(path: Path, write: Callable[[str], object], *, suffix: str) -> None:
    """Write a cache file: ``write(tmp)`` then rename ``tmp`` to ``path``, and prune the old files of
    the same kind (``path``'s name up to its first ``-``, and ``suffix``). Any failure (a read-only or
    full cache directory) leaves the cache as it was."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=path.parent)
        os.close(fd)
        write(tmp)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent, path.name.split("-", 1)[0] + "-*" + suffix)
    except OSError:
        pass  # a read-only or full cache directory: build each time
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune(directory: Path, pattern: str = _PREFIX + "*.npz") -> None:
    files = sorted(directory.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_FILES:]:
        try:
            old.unlink()
        except OSError:
            pass
