"""ner_fa: find the people, countries and organizations named in Persian text and
link each mention to a canonical entity, offline.

>>> import ner_fa
>>> doc = ner_fa.extract("«شی جین‌پینگ» رئیس جمهور چین گفت ...")    # doctest: +SKIP
>>> [(m.text, m.label, m.entity.name if m.entity else None) for m in doc.mentions]  # doctest: +SKIP

``import ner_fa`` is cheap: the names below are imported from their modules on first
use (PEP 562), so the command line answers ``--help`` without loading pydantic, numpy,
rapidfuzz, torch or stanza. ``from ner_fa import Pipeline`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "ConfigError": "errors",
    "DuplicateEntityError": "errors",
    "GazetteerError": "errors",
    "MissingDependencyError": "errors",
    "ModelLoadError": "errors",
    "ModelNotFoundError": "errors",
    "NerFaError": "errors",
    "TaggerError": "errors",
    "Gazetteer": "gazetteer",
    "GazetteerEntity": "gazetteer",
    "GazetteerWarning": "gazetteer",
    "Linker": "linker",
    "LinkerConfig": "linker",
    "Candidate": "models",
    "Document": "models",
    "EntityRef": "models",
    "EntitySummary": "models",
    "Mention": "models",
    "Pipeline": "pipeline",
    "extract": "pipeline",
    "FakeTagger": "tagger",
    "StanzaTagger": "tagger",
    "demo_text": "demo",
    "Aggregator": "corpus",
    "aggregate": "corpus",
}

__all__ = [
    "Aggregator",
    "Candidate",
    "ConfigError",
    "Document",
    "DuplicateEntityError",
    "EntityRef",
    "EntitySummary",
    "FakeTagger",
    "Gazetteer",
    "GazetteerEntity",
    "GazetteerError",
    "GazetteerWarning",
    "Linker",
    "LinkerConfig",
    "Mention",
    "MissingDependencyError",
    "ModelLoadError",
    "ModelNotFoundError",
    "NerFaError",
    "Pipeline",
    "StanzaTagger",
    "TaggerError",
    "__version__",
    "aggregate",
    "demo_text",
    "extract",
]

if TYPE_CHECKING:  # for type checkers and IDEs; at run time __getattr__ imports on first use
    from .corpus import Aggregator, aggregate
    from .demo import demo_text
    from .errors import (
        ConfigError,
        DuplicateEntityError,
        GazetteerError,
        MissingDependencyError,
        ModelLoadError,
        ModelNotFoundError,
        NerFaError,
        TaggerError,
    )
    from .gazetteer import Gazetteer, GazetteerEntity, GazetteerWarning
    from .linker import Linker, LinkerConfig
    from .models import Candidate, Document, EntityRef, EntitySummary, Mention
    from .pipeline import Pipeline, extract
    from .tagger import FakeTagger, StanzaTagger


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    if not name.startswith("_"):
        # `import ner_fa; ner_fa.export.to_json(...)`: submodules load on first attribute access too
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
