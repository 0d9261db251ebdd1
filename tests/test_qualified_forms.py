"""An organization the gazetteer names with a place after it, written bare in a document that names the
place (ner_fa.qualified_forms), with the shipped gazetteer and the tagger's spans given (FakeTagger)."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.qualified_forms import QualifiedForms

SPANS = {"الاهلی": "ORG", "جده": "LOC", "عربستان": "LOC", "نفت": "ORG", "نفت تهران": "ORG", "وزارت بازرگانی": "ORG",
         "آمریکا": "LOC", "استقلال": "ORG", "اهواز": "LOC", "نساجی": "ORG", "مازندران": "LOC", "قایمشهر": "LOC"}


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(tagger=FakeTagger(SPANS), gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity.id if m.entity else None) for m in doc.mentions]


def test_a_bare_club_name_in_a_report_that_names_its_city(nlp):
    doc = nlp("الاهلی به دنبال میزبانی خوب از نفت تهران\nتیم نفت تهران به فرودگاه جده رسید . دیدار تیم‌های الاهلی و نفت .")
    got = links(doc)
    assert got[0] == ("الاهلی", "al-ahli-saudi") and ("الاهلی", "al-ahli-saudi") in got[3:]
    assert 0 < doc.mentions[0].score <= 1


def test_without_the_place_the_bare_name_stays_unlinked(nlp):
    assert links(nlp("الاهلی امروز بازی کرد .")) == [("الاهلی", None)]


def test_a_description_or_another_entitys_name_is_not_qualified(nlp):
    # «وزارت بازرگانی» without its country is a description; «استقلال» is Esteghlal of Tehran, not of Ahvaz
    assert dict(links(nlp("وزارت بازرگانی گفت که آمریکا تحریم کرد ."))).get("وزارت بازرگانی") is None
    assert dict(links(nlp("استقلال در اهواز بازی کرد ."))).get("استقلال") != "esteghlal-ahvaz-fc"


def test_the_index_keeps_one_word_names_of_few_bodies():
    q = QualifiedForms(default_gazetteer())
    assert {eid for eid, _ in q.bare["الاهلی"]} == {"al-ahli-saudi", "al-ahli-doha", "shabab-al-ahli", "al-ahly-cairo"}
    for generic in ("ارتش", "پارلمان", "نفت", "استقلال", "وزارتبازرگانی", "ریاستجمهوری"):
        assert generic not in q.bare, generic
    assert q.entity("الاهلی", lambda words: words == ("جده",)) == "al-ahli-saudi"
    assert q.entity("الاهلی", lambda words: False) is None
    assert q.entity("الاهلی", lambda words: words in (("جده",), ("قطر",))) is None   # Jeddah's or Doha's
    assert q.entity("نساجی", lambda words: True) == "nassaji-fc"   # two places, one club
