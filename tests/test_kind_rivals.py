"""What the word before a mention says of its kind, against the rest of the document: a part of the world
after a player's role is where he plays («بهترین بازیکن آسیا»), and a city named by «شهردار» keeps its
score beside its province named elsewhere in the document (link_signals: no rival of another kind)."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, LinkerConfig, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import RawMention


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    tags = {"آسیا": "LOC", "اروپا": "LOC", "کردستان": "LOC", "اردبیل": "LOC", "استان اردبیل": "LOC"}
    return Pipeline(tagger=FakeTagger(tags), gazetteer=default_gazetteer(), config=LinkerConfig(min_probability=0))


@pytest.mark.parametrize("text,form,entity", [
    ("او بهترین بازیکن آسیا شد .", "آسیا", "asia"),
    ("یکی از بهترین بازیکنان اروپا در فصل گذشته بود .", "اروپا", "europe"),
    ("تیم کردستان برد .", "کردستان", None),           # a region of countries may be a team's name
])
def test_a_part_of_the_world_after_a_players_role(nlp, text, form, entity):
    m = next(m for m in nlp(text).mentions if m.text == form)
    assert (m.entity.id if m.entity else None) == entity


def test_a_city_named_by_its_mayor_has_no_rival_in_its_province():
    linker = Pipeline(tagger=FakeTagger({}), gazetteer=default_gazetteer()).linker
    text = "استاندار استان اردبیل در جلسه بود . شهردار اردبیل نیز گفت که طرح موفق بود ."
    start = text.index("شهردار اردبیل") + len("شهردار ")
    mentions = [RawMention(text.index("استان اردبیل"), text.index("استان اردبیل") + len("استان اردبیل"), "LOC"),
                RawMention(start, start + len("اردبیل"), "LOC")]
    city = linker.link_document(text, mentions)[1]
    assert city.entity is not None and city.entity.id == "ardabil"
    assert city.features["rival"] == 0.0 and city.features["rival_named"] == 0.0
