"""Epithets («مقام معظم رهبری», «امام راحل»): known to the linker, no mentions unless asked for."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, LinkerConfig, Pipeline
from ner_fa.epithets import EpithetsError, is_epithet, load_epithets
from ner_fa.gazetteer import default_gazetteer
from ner_fa.normalize import compact_key

RULES_ONLY = LinkerConfig(min_probability=0.0)
TEXT = "مقام معظم رهبری در دیدار با مسئولان گفت . امام راحل نیز گفته بود . دفتر مقام معظم رهبری اعلام کرد ."
TAGS = {"مقام معظم رهبری": "PER", "امام راحل": "PER", "دفتر مقام معظم رهبری": "ORG"}


def _links(nlp, text=TEXT):
    return [(m.text, m.entity.id if m.entity else None) for m in nlp(text).mentions]


def test_every_epithet_refers_to_a_person_of_the_gazetteer():
    gaz = default_gazetteer()
    table = load_epithets()
    assert len(table) >= 10
    for key, entity_id in table.items():
        assert gaz[entity_id].type == "person", (key, entity_id)
    # the most written ones are the person's aliases: the option reports them linked
    for form in ("مقام معظم رهبری", "رهبر معظم انقلاب", "امام راحل"):
        entity = gaz[load_epithets()[compact_key(form)]]
        assert form in entity.aliases


def test_the_default_pipeline_reports_no_epithet_and_keeps_the_body_named_after_one():
    nlp = Pipeline(tagger=FakeTagger(TAGS), gazetteer=default_gazetteer(), config=RULES_ONLY)
    assert _links(nlp) == [("دفتر مقام معظم رهبری", "office-of-supreme-leader")]


def test_the_option_reports_epithets_linked_to_the_person():
    nlp = Pipeline(tagger=FakeTagger(TAGS), gazetteer=default_gazetteer(),
                   config=RULES_ONLY.model_copy(update={"epithets": True}))
    assert _links(nlp) == [("مقام معظم رهبری", "Q57336"), ("امام راحل", "ruhollah-khomeini"),
                           ("دفتر مقام معظم رهبری", "office-of-supreme-leader")]


def test_an_epithet_found_by_the_gazetteer_matcher_is_dropped_too():
    text = "به گفته رهبر معظم انقلاب ، مذاکره ممنوع نیست ."
    bare = Pipeline(tagger=FakeTagger({}), gazetteer=default_gazetteer(), config=RULES_ONLY)
    assert _links(bare, text) == []
    asked = Pipeline(tagger=FakeTagger({}), gazetteer=default_gazetteer(),
                     config=RULES_ONLY.model_copy(update={"epithets": True}))
    assert _links(asked, text) == [("رهبر معظم انقلاب", "Q57336")]


@pytest.mark.parametrize("text,expected", [
    ("مقام معظم رهبري", True),        # Arabic ي
    ("امام(ره)", True),               # brackets and spaces do not count
    ("رهبری", True),
    ("محمد رهبری", False),            # a person named Rahbari
    ("امام خمینی", False),            # a name
    ("رژیم صهیونیستی", False),        # annotated as a name in PEYMA
])
def test_is_epithet(text, expected):
    assert is_epithet(text) is expected


def test_a_malformed_table_names_the_line(tmp_path):
    bad = tmp_path / "epithets.tsv"
    bad.write_text("# header\nمقام معظم رهبری\tQ57336\n", encoding="utf-8")
    with pytest.raises(EpithetsError, match=r"epithets.tsv:2: expected form, entity id, gloss"):
        load_epithets(bad)
    dup = tmp_path / "dup.tsv"
    dup.write_text("رهبری\tQ57336\tx\nرهبري\tQ57336\ty\n", encoding="utf-8")
    with pytest.raises(EpithetsError, match="listed twice"):
        load_epithets(dup)
