"""Exceptions raised by ner_fa.

Catch :class:`NerFaError` to handle every error the library raises on purpose::

    NerFaError
    ├── ModelNotFoundError (also FileNotFoundError)   model files missing or incomplete
    ├── ModelLoadError                                 files present but Stanza cannot load them
    ├── TaggerError (also ValueError)                  a tagger returned tags the pipeline cannot use
    ├── GazetteerError (also ValueError)               a gazetteer record is invalid
    │   └── DuplicateEntityError                       two records share an id
    ├── ConfigError (also ValueError)                  a FIELD=VALUE setting is unknown or invalid
    └── MissingDependencyError (also ImportError)      an optional extra is not installed

Wrong argument *types* raise the builtin :class:`TypeError`, as Python does.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DuplicateEntityError",
    "GazetteerError",
    "MissingDependencyError",
    "ModelLoadError",
    "ModelNotFoundError",
    "NerFaError",
    "TaggerError",
]


class NerFaError(Exception):
    """Base class of every error ner_fa raises on purpose."""


class ModelNotFoundError(NerFaError, FileNotFoundError):
    """A tagger model file or directory does not exist."""


class ModelLoadError(NerFaError):
    """Model files exist but could not be loaded."""


class TaggerError(NerFaError, ValueError):
    """A tagger returned the wrong number of tags or a label other than PER, LOC or ORG."""


class GazetteerError(NerFaError, ValueError):
    """A gazetteer file or record is invalid; the message names file, line and field."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        where = ", ".join(
            part for part in (
                source and f"file {source}",
                line is not None and f"line {line}",
                field and f"field {field!r}",
            ) if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.source = source
        self.line = line
        self.field = field


class DuplicateEntityError(GazetteerError):
    """Two gazetteer records have the same id."""


class ConfigError(NerFaError, ValueError):
    """A setting given as text (``FIELD=VALUE``) names no setting or has an invalid value."""


class MissingDependencyError(NerFaError, ImportError):
    """An optional dependency is missing; the message gives the pip command."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is required for this feature: pip install 'ner-fa[{extra}]'")
        self.package = package
        self.extra = extra
