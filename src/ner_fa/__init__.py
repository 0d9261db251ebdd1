"""ner_fa: find the people, countries and organizations named in Persian text and
link each mention to a canonical entity, offline.

>>> import ner_fa
>>> doc = ner_fa.extract("«شی جین‌پینگ» رئیس جمهور چین گفت ...")    # doctest: +SKIP
>>> [(m.text, m.label, m.entity.name if m.entity else None) for m in doc.mentions]  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .corpus import Aggregator, aggregate
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
    "extract",
]
