"""A candidate index over a gazetteer's match keys that stays fast at millions of keys.

The linker asks two questions the gazetteer's exact ``dict`` cannot answer:
which keys are a few edits away from a mention's key (typos, transliteration
variants such as «زاخاروا» / «زاخارووا»), and which keys have the same consonant
skeleton (vowel-letter variants such as «تاکایف» / «توکایف»). Scanning every
key with rapidfuzz answers the first in time linear in the gazetteer size;
:class:`LinkIndex` answers both from a blocking index, then scores only the
short list with :func:`rapidfuzz.process.extract`.

Blocking (pigeonhole on segments). A key of length ``L`` indexed for ``k``
edits (``k`` grows with ``L``, see :func:`edits_for_length`) is cut into
``k + 2`` segments. A string within ``k`` edits of the key leaves at least two
segments intact, at places the edits can shift by at most ``k`` (the first
segment never moves, the last one stays at the end). The key is posted under
every *pair* of its segments (3 pairs for ``k = 1``, 6 for ``k = 2``) — a pair
is far more selective than one segment, which is often a common ending such as
«آباد» or «زاده». The query probes, for each key length it could come from,
every pair at every consistent pair of shifts (and, where two neighbouring
letters may be swapped across a segment boundary, the swapped-back string).
The guarantee: every key within ``k`` Levenshtein edits of the query (``k`` of
the *key's* length) is in the short list. Keys farther away may still be found
through the skeleton or not at all.

Memory model. Nothing is stored per key as a Python object:

* ``keys``: all distinct match keys, sorted, in one ``str`` (2 bytes a
  character for Persian text) plus an ``int64`` offset array;
* postings: one ``int64`` hash per distinct block — (length, pair of segment
  numbers, their texts) or a skeleton — sorted, with ``int64`` offsets into one
  ``int32`` array of key numbers (``(k + 2)(k + 1) / 2 + 1`` postings a key at most).

At 1M entities and ~3M keys this is a few hundred MB (figures in
``docs/linking.md``, measured by ``benchmarks/linker_scale.py``). Building
needs the same again for a moment (sorting the hashes).

Files. :meth:`LinkIndex.save` writes a NumPy ``.npz`` archive of plain arrays
and a JSON header (format name and version, the parameters, a fingerprint
of the gazetteer's keys); :meth:`LinkIndex.load` reads it with
``allow_pickle=False`` (no Python objects are ever unpickled) and raises
:class:`LinkIndexError` when the file is not an index, is of another
version, or was built from a gazetteer with other keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from array import array
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .errors import NerFaError

__all__ = ["FORMAT_VERSION", "LinkIndex", "LinkIndexError", "edits_for_length", "gazetteer_fingerprint", "skeleton"]

FORMAT_NAME = "ner_fa.link_index"
FORMAT_VERSION = 1

_VOWEL_LETTERS = str.maketrans("", "", "اوی")


class LinkIndexError(NerFaError, ValueError):
    """A saved link index cannot be used: not an index, another version, or another gazetteer."""


def skeleton(key: str) -> str:
    """A compact key without the vowel letters ا و ی (and doubled letters collapsed)."""
    s = key.translate(_VOWEL_LETTERS)
    return "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])


def edits_for_length(length: int, max_edits: int) -> int:
    """How many edits a key of ``length`` characters is indexed for: 1 below 7
    characters, 2 from 7, 3 from 20 — never more than ``max_edits`` nor ``length - 1``."""
    return max(0, min(max_edits, 1 + (length >= 7) + (length >= 20), length - 1))


def _bounds(length: int, k: int) -> list[int]:
    """Cut points of a key of ``length`` into ``k + 2`` segments."""
    return [round(j * length / (k + 2)) for j in range(k + 3)]


@lru_cache(maxsize=8)
def _pairs(k: int) -> tuple[tuple[int, int], ...]:
    return tuple(combinations(range(k + 2), 2))


def _block(length: int, i: int, j: int, first: str, second: str) -> str:
    return f"{length}\x1f{i}\x1f{j}\x1f{first}\x1f{second}"


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def _segment_blocks(key: str, max_edits: int) -> list[str]:
    n = len(key)
    k = edits_for_length(n, max_edits)
    if k == 0:
        return []
    b = _bounds(n, k)
    return [_block(n, i, j, key[b[i]:b[i + 1]], key[b[j]:b[j + 1]]) for i, j in _pairs(k)]


def _skeleton_block(key: str, min_chars: int) -> str | None:
    sk = skeleton(key)
    return f"s\x1f{sk}" if len(sk) >= min_chars else None


def gazetteer_fingerprint(keys: Iterable[str]) -> str:
    """A hash of a set of match keys (pass ``gazetteer.fuzzy_keys``): what an index depends on."""
    h = hashlib.blake2b(digest_size=16)
    n = 0
    for key in sorted(keys):
        h.update(key.encode("utf-8"))
        h.update(b"\n")
        n += 1
    return f"{n}:{h.hexdigest()}"


class LinkIndex:
    """Fuzzy and skeleton candidate lookup over a fixed set of match keys.

    Build it with :meth:`build` (from a :class:`~ner_fa.gazetteer.Gazetteer`)
    or :meth:`from_keys`; save it with :meth:`save` and load it with :meth:`load`.
    """

    def __init__(self, *, blob: str, key_offsets: np.ndarray, hashes: np.ndarray, post_offsets: np.ndarray,
                 post_ids: np.ndarray, max_edits: int, skeleton_min_chars: int, fingerprint: str) -> None:
        self._blob = blob
        self._key_offsets = key_offsets
        self._hashes = hashes
        self._post_offsets = post_offsets
        self._post_ids = post_ids
        self.max_edits = max_edits
        self.skeleton_min_chars = skeleton_min_chars
        self.fingerprint = fingerprint

    # -- building ---------------------------------------------------------
    @classmethod
    def build(cls, gazetteer, *, max_edits: int = 2, skeleton_min_chars: int = 4) -> LinkIndex:
        """The index of the match keys of ``gazetteer`` that fuzzy matching may reach
        (:attr:`ner_fa.gazetteer.Gazetteer.fuzzy_keys`: not the weak aliases, demonyms and
        tagged-only names, which link only as written)."""
        return cls.from_keys(gazetteer.fuzzy_keys, max_edits=max_edits, skeleton_min_chars=skeleton_min_chars)

    @classmethod
    def from_keys(cls, keys: Iterable[str], *, max_edits: int = 2, skeleton_min_chars: int = 4) -> LinkIndex:
        """The index of a set of compact match keys (see :func:`ner_fa.normalize.compact_key`)."""
        if isinstance(max_edits, bool) or not isinstance(max_edits, int) or not 1 <= max_edits <= 3:
            raise ValueError(f"max_edits must be 1, 2 or 3, got {max_edits!r}")
        if isinstance(skeleton_min_chars, bool) or not isinstance(skeleton_min_chars, int) or skeleton_min_chars < 1:
            raise ValueError(f"skeleton_min_chars must be a positive int, got {skeleton_min_chars!r}")
        ordered = sorted(set(keys))
        fingerprint = gazetteer_fingerprint(ordered)
        lengths = np.fromiter((len(k) for k in ordered), dtype=np.int64, count=len(ordered))
        key_offsets = np.zeros(len(ordered) + 1, dtype=np.int64)
        np.cumsum(lengths, out=key_offsets[1:])
        hashes = array("q")
        ids = array("i")
        for i, key in enumerate(ordered):
            blocks = _segment_blocks(key, max_edits)
            sk = _skeleton_block(key, skeleton_min_chars)
            if sk is not None:
                blocks.append(sk)
            for block in blocks:
                hashes.append(_hash(block))
                ids.append(i)
        h = np.frombuffer(hashes, dtype=np.int64)
        order = np.argsort(h, kind="stable")
        h = h[order]
        post_ids = np.frombuffer(ids, dtype=np.int32)[order]
        del order, hashes, ids
        uniq, starts = np.unique(h, return_index=True)
        post_offsets = np.append(starts, len(h)).astype(np.int64)
        return cls(blob="".join(ordered), key_offsets=key_offsets, hashes=uniq, post_offsets=post_offsets,
                   post_ids=post_ids, max_edits=max_edits, skeleton_min_chars=skeleton_min_chars,
                   fingerprint=fingerprint)

    # -- queries ----------------------------------------------------------
    def __len__(self) -> int:
        return len(self._key_offsets) - 1

    def key(self, i: int) -> str:
        """The ``i``-th key (keys are sorted)."""
        return self._blob[int(self._key_offsets[i]):int(self._key_offsets[i + 1])]

    def _keys(self, ids: np.ndarray) -> list[str]:
        starts = self._key_offsets[ids].tolist()
        ends = self._key_offsets[ids + 1].tolist()
        blob = self._blob
        return [blob[s:e] for s, e in zip(starts, ends)]

    def _postings(self, blocks: list[str]) -> np.ndarray:
        if not blocks:
            return np.empty(0, dtype=np.int32)
        probe = np.array([_hash(b) for b in blocks], dtype=np.int64)
        pos = np.searchsorted(self._hashes, probe)
        pos = pos[pos < len(self._hashes)]
        pos = pos[np.isin(self._hashes[pos], probe)]
        if len(pos) == 0:
            return np.empty(0, dtype=np.int32)
        offs = self._post_offsets
        parts = [self._post_ids[offs[p]:offs[p + 1]] for p in pos.tolist()]
        return np.unique(np.concatenate(parts)) if len(parts) > 1 else parts[0]

    def _query_blocks(self, query: str) -> list[str]:
        n = len(query)
        blocks: set[str] = set()
        for length in range(max(2, n - self.max_edits), n + self.max_edits + 1):
            k = edits_for_length(length, self.max_edits)
            shift = n - length  # net insertions over the whole key
            if k == 0 or abs(shift) > k:
                continue
            b = _bounds(length, k)
            for i, j in _pairs(k):
                # Edits lie only in the other segments: before i, between i and j, after j.
                before, between, after = i > 0, j > i + 1, j < k + 1
                for di in range(-k, k + 1) if before else (0,):
                    for dj in range(-k, k + 1) if between else (di,):
                        if not after and dj != shift:
                            continue
                        if abs(di) + abs(dj - di) + abs(shift - dj) > k:
                            continue
                        si, sj = b[i] + di, b[j] + dj
                        li, lj = b[i + 1] - b[i], b[j + 1] - b[j]
                        if si >= 0 and sj >= 0 and si + li <= n and sj + lj <= n:
                            blocks.add(_block(length, i, j, query[si:si + li], query[sj:sj + lj]))
            if shift == 0:
                # Two neighbouring letters swapped across a segment boundary break two
                # segments: probe the query with that pair swapped back.
                for cut in b[1:-1]:
                    if 0 < cut < n and query[cut - 1] != query[cut]:
                        swapped = query[:cut - 1] + query[cut] + query[cut - 1] + query[cut + 1:]
                        for i, j in _pairs(k):
                            blocks.add(_block(length, i, j, swapped[b[i]:b[i + 1]], swapped[b[j]:b[j + 1]]))
        return sorted(blocks)

    def shortlist(self, query: str) -> list[str]:
        """Keys that share an intact segment with ``query`` (a superset of the keys
        within the indexed number of edits), in key order."""
        return self._keys(self._postings(self._query_blocks(query)))

    def fuzzy(self, query: str, *, score_cutoff: float = 0.0, limit: int = 10) -> list[tuple[str, float]]:
        """Keys of the short list scored with :func:`rapidfuzz.fuzz.ratio` (0–1), at least
        ``score_cutoff``, at most ``limit``, best first; equal scores are ordered by
        the optimal-string-alignment distance (a swap of two neighbouring letters is
        one edit), then by key."""
        choices = self.shortlist(query)
        if not choices:
            return []
        found = process.extract(query, choices, scorer=fuzz.ratio, processor=None, limit=None,
                                score_cutoff=score_cutoff * 100)
        if len(found) > limit:
            last = found[limit - 1][1]
            found = [f for f in found if f[1] >= last]
        found.sort(key=lambda f: (-f[1], OSA.distance(query, f[0]), f[2]))
        return [(choice, score / 100) for choice, score, _ in found[:limit]]

    def same_skeleton(self, query: str) -> list[str]:
        """Keys with the consonant skeleton of ``query`` (none when it is shorter than
        ``skeleton_min_chars``), in key order."""
        block = _skeleton_block(query, self.skeleton_min_chars)
        if block is None:
            return []
        return [k for k in self._keys(self._postings([block])) if skeleton(k) == block[2:]]

    @property
    def nbytes(self) -> int:
        """Bytes held by the index's arrays and key text (Python object headers aside)."""
        arrays = (self._key_offsets, self._hashes, self._post_offsets, self._post_ids)
        return sum(a.nbytes for a in arrays) + len(self._blob.encode("utf-16-le"))

    # -- files ------------------------------------------------------------
    def header(self) -> dict:
        return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "keys": len(self),
                "max_edits": self.max_edits, "skeleton_min_chars": self.skeleton_min_chars,
                "fingerprint": self.fingerprint}

    def save(self, path: str | os.PathLike) -> Path:
        """Write the index to ``path`` (a ``.npz`` file; the suffix is added if missing)."""
        path = Path(path)
        if path.suffix != ".npz":
            path = path.with_name(path.name + ".npz")
        path.parent.mkdir(parents=True, exist_ok=True)
        header = np.frombuffer(json.dumps(self.header()).encode("utf-8"), dtype=np.uint8)
        blob = np.frombuffer(self._blob.encode("utf-8"), dtype=np.uint8)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez(tmp, header=header, blob=blob, key_offsets=self._key_offsets, hashes=self._hashes,
                 post_offsets=self._post_offsets, post_ids=self._post_ids)
        os.replace(tmp, path)
        return path

    @classmethod
    def load(cls, path: str | os.PathLike, gazetteer=None) -> LinkIndex:
        """Read an index written by :meth:`save`. With ``gazetteer``, check that the
        index was built from a gazetteer with the same match keys (costs a sort of the keys)."""
        path = Path(path)
        fix = f"rebuild it: LinkIndex.build(gazetteer).save({str(path)!r})"
        if not path.is_file():
            raise LinkIndexError(f"link index file not found: {path}; {fix}")
        try:
            with np.load(path, allow_pickle=False) as npz:
                arrays = {name: npz[name] for name in npz.files}
        except (OSError, ValueError, zipfile.BadZipFile) as exc:
            raise LinkIndexError(f"{path} is not a link index ({exc}); {fix}") from None
        try:
            header = json.loads(arrays["header"].tobytes().decode("utf-8"))
        except (KeyError, ValueError):
            raise LinkIndexError(f"{path} is not a link index (no header); {fix}") from None
        if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
            raise LinkIndexError(f"{path} is not a link index; {fix}")
        if header.get("version") != FORMAT_VERSION:
            raise LinkIndexError(f"{path} is a link index of format version {header.get('version')}, "
                                 f"this ner_fa reads version {FORMAT_VERSION}; {fix}")
        try:
            index = cls(blob=arrays["blob"].tobytes().decode("utf-8"),
                        key_offsets=arrays["key_offsets"].astype(np.int64, copy=False),
                        hashes=arrays["hashes"].astype(np.int64, copy=False),
                        post_offsets=arrays["post_offsets"].astype(np.int64, copy=False),
                        post_ids=arrays["post_ids"].astype(np.int32, copy=False),
                        max_edits=int(header["max_edits"]), skeleton_min_chars=int(header["skeleton_min_chars"]),
                        fingerprint=str(header["fingerprint"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise LinkIndexError(f"{path} is a damaged link index ({exc}); {fix}") from None
        ok = (len(index._key_offsets) == header.get("keys", -1) + 1
              and index._key_offsets[-1] == len(index._blob)
              and len(index._post_offsets) == len(index._hashes) + 1
              and index._post_offsets[-1] == len(index._post_ids))
        if not ok:
            raise LinkIndexError(f"{path} is a damaged link index (array sizes disagree); {fix}")
        if gazetteer is not None:
            index.check(gazetteer, source=str(path))
        return index

    def check(self, gazetteer, *, source: str = "the index") -> None:
        """Raise :class:`LinkIndexError` unless ``gazetteer`` has exactly the keys this index was built from."""
        keys = gazetteer.fuzzy_keys
        if len(keys) != len(self) or gazetteer_fingerprint(keys) != self.fingerprint:
            raise LinkIndexError(
                f"{source} was built from another gazetteer ({len(self)} keys, fingerprint {self.fingerprint}; "
                f"this gazetteer has {len(keys)} keys): rebuild it with LinkIndex.build(gazetteer)")

    def __repr__(self) -> str:
        return f"LinkIndex({len(self)} keys, max_edits={self.max_edits}, {self.nbytes / 1e6:.1f} MB)"
