"""A faster load of a Stanza NER model for inference (about half of the cold start was spent here).

Building ``stanza.Pipeline`` for NER spends its time on two things inference never needs
(measured in ``docs/startup.md``):

* the training optimizer: Stanza's NER ``Trainer`` builds an Adam optimizer on load, and
  creating the first ``torch.optim`` optimizer imports ``torch._dynamo`` (about 0.8 s);
* the pure-Python ``weights_only`` unpickler of ``torch.load``: the checkpoints hold vocabularies
  of many small Python objects, which it reads about 15 times slower than the C unpickler.

:func:`fast_stanza_load` is a context manager, entered around ``stanza.Pipeline(...)``, that
skips the optimizer (``trainer.optimizer`` is None; the model is never trained through it) and
reads the named model files with :class:`RestrictedUnpickler`: Python's C unpickler with
``find_class`` limited to what a tensor state dictionary needs (:data:`ALLOWED_GLOBALS`,
``torch.*Storage``), the restriction recipe of the :mod:`pickle` documentation, so that, as
with ``weights_only=True``, no other code can run from a model file. A file that needs any
other global falls back to torch's own ``weights_only`` load. Other ``torch.load`` calls
pass through unchanged.

``torch.load(mmap=True)`` was measured too: it does not apply, because the shipped
checkpoints are in torch's legacy (non-zip) format, for which torch refuses ``mmap``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["ALLOWED_GLOBALS", "RestrictedUnpickler", "fast_stanza_load", "restricted_torch_load"]

#: Globals a checkpoint of tensors, (ordered) dicts, lists and strings may name.
ALLOWED_GLOBALS = frozenset({
    ("collections", "OrderedDict"),
    ("torch._utils", "_rebuild_tensor_v2"),
    ("torch._utils", "_rebuild_parameter"),
})

_PATCH_LOCK = threading.Lock()


class RestrictedUnpickler(pickle.Unpickler):
    """The C unpickler, allowed to load only :data:`ALLOWED_GLOBALS` and torch storage types."""

    def find_class(self, module: str, name: str):
        if (module, name) in ALLOWED_GLOBALS or (module == "torch" and name.endswith("Storage")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is not allowed in a model file")


class _RestrictedPickleModule:
    """What ``torch.load(pickle_module=...)`` needs: an ``Unpickler`` and ``load``."""

    Unpickler = RestrictedUnpickler
    UnpicklingError = pickle.UnpicklingError

    @staticmethod
    def load(file, **kwargs):
        return RestrictedUnpickler(file, **kwargs).load()


def restricted_torch_load(path: str | os.PathLike, map_location="cpu"):
    """``torch.load`` of ``path`` through :class:`RestrictedUnpickler` (raises
    :class:`pickle.UnpicklingError` when the file names a global that is not allowed)."""
    import torch

    return torch.load(path, map_location=map_location, weights_only=False, pickle_module=_RestrictedPickleModule)


def _key(path) -> str | None:
    try:
        return os.path.realpath(os.fspath(path))
    except TypeError:  # a file object, not a path
        return None


@contextlib.contextmanager
def fast_stanza_load(paths: Iterable[str | os.PathLike]) -> Iterator[None]:
    """Within the block: Stanza trainers build no optimizer, and ``torch.load`` of one of ``paths``
    (with ``weights_only=True``, as Stanza loads) uses :func:`restricted_torch_load`."""
    import torch
    from stanza.models.common import utils as stanza_utils

    ours = {_key(p) for p in paths}
    plain_load, plain_optimizer = torch.load, stanza_utils.get_optimizer

    def load(f, map_location=None, *args, **kwargs):
        if kwargs.get("weights_only") and not args and _key(f) in ours and Path(f).is_file():
            try:
                return restricted_torch_load(f, map_location=map_location or "cpu")
            except pickle.UnpicklingError:
                pass  # a global we do not allow: torch's own weights_only load decides
        return plain_load(f, map_location, *args, **kwargs)

    def no_optimizer(*args, **kwargs):
        return None

    with _PATCH_LOCK:
        torch.load, stanza_utils.get_optimizer = load, no_optimizer
        try:
            yield
        finally:
            torch.load, stanza_utils.get_optimizer = plain_load, plain_optimizer
