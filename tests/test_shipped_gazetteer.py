"""The shipped gazetteer: size, types, and clean loading."""

from __future__ import annotations

import warnings
from collections import Counter

from ner_fa import GazetteerWarning
from ner_fa.gazetteer import DEFAULT_GAZETTEER_DIR, Gazetteer


def test_shipped_gazetteer_loads_without_warnings_and_meets_the_size_target():
    with warnings.catch_warnings():
        warnings.simplefilter("error", GazetteerWarning)
        gaz = Gazetteer.load(DEFAULT_GAZETTEER_DIR)
    assert len(gaz) >= 3000
    types = Counter(e.type for e in gaz)
    assert types["person"] >= 1000 and types["organization"] >= 1000 and types["city"] >= 500
    assert types["country"] + types["territory"] == 250
    assert gaz.type_conflicts() == {}


def test_every_shipped_wikidata_id_is_unique():
    gaz = Gazetteer.load(DEFAULT_GAZETTEER_DIR)
    qids = Counter(e.wikidata for e in gaz if e.wikidata)
    assert [q for q, n in qids.items() if n > 1] == []

