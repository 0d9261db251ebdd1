"""The shipped gazetteer: size, types, and clean loading."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

from ner_fa import GazetteerWarning
from ner_fa.gazetteer import DEFAULT_GAZETTEER_DIR, Gazetteer
from ner_fa.normalize import compact_key

REPO = Path(__file__).resolve().parents[1]


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



def test_the_documented_size_and_forms_per_entity_are_current():
    """docs/gazetteer.md quotes the entity count and Persian forms per entity: recompute them."""
    gaz = Gazetteer.load(DEFAULT_GAZETTEER_DIR)
    forms = []
    for e in gaz:
        keys = {compact_key(f) for f, kind in e.surface_forms() if kind != "english"}
        forms.append(len({k for k in keys if k and not k.isascii()}))
    doc = (REPO / "docs" / "gazetteer.md").read_text(encoding="utf-8")
    row = re.search(r"\| \*\*all\*\* \| \*\*([\d,]+)\*\* \| \| \*\*([\d.]+)\*\* \|", doc)
    assert row, "the 'all' row of the shipped-gazetteer table in docs/gazetteer.md"
    assert int(row.group(1).replace(",", "")) == len(gaz)
    assert float(row.group(2)) == round(sum(forms) / len(forms), 1)


def test_the_documented_wikidata_coverage_by_type_is_current():
    """docs/gazetteer.md's table of Wikidata ids by type: recompute every row."""
    gaz = Gazetteer.load(DEFAULT_GAZETTEER_DIR)
    doc = (REPO / "docs" / "gazetteer.md").read_text(encoding="utf-8")
    table = doc.split("**Wikidata ids by type**", 1)[1].split("\n\n", 2)[1]
    rows = {m.group(1).strip("*"): (int(m.group(2).replace(",", "")), int(m.group(3).replace(",", "")), m.group(4))
            for m in re.finditer(r"^\| (\S+) \| \**([\d,]+)\** \| \**([\d,]+)\** \| \**([\d.]+)%\** \|$", table, re.MULTILINE)}
    types = Counter(e.type for e in gaz)
    with_id = Counter(e.type for e in gaz if e.wikidata)
    expected = {t: (types[t], with_id[t], f"{100 * with_id[t] / types[t]:.1f}") for t in types}
    expected["all"] = (len(gaz), sum(with_id.values()), f"{100 * sum(with_id.values()) / len(gaz):.1f}")
    assert rows == expected


def test_imported_world_places_are_tagged_only_and_credit_their_source():
    gaz = Gazetteer.load(DEFAULT_GAZETTEER_DIR)
    imported = [e for e in gaz if (e.source or "").startswith("dr5hn:")]
    assert len(imported) > 5000
    assert all(e.tagged_only and e.type in ("city", "region") and e.country for e in imported)
    assert all(e.id == e.wikidata or e.id.startswith("dr5hn-") for e in imported)
    sources = (REPO / "gazetteers" / "SOURCES.md").read_text(encoding="utf-8")
    assert "dr5hn" in sources and "Open Database License" in sources
