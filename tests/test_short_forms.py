"""The short form of a name written in full elsewhere in the document (ner_fa.short_forms), before or
after it, with the shipped gazetteer and the spans as the tagger gives them (FakeTagger)."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.short_forms import Written, org_heads, short_form_links

SPANS = {
    "کریمی": "PER", "علی کریمی": "PER", "رجوی": "PER", "مریم رجوی": "PER", "مسعود رجوی": "PER",
    "نفت": "ORG", "نفت تهران": "ORG", "نفت مسجدسلیمان": "ORG", "باشگاه": "ORG", "باشگاه نفت تهران": "ORG",
    "روحانی": "PER", "حسن روحانی": "PER",
}


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(tagger=FakeTagger(SPANS), gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity.id if m.entity else None) for m in doc.mentions]


def test_a_surname_in_the_title_is_the_person_the_body_names_in_full(nlp):
    doc = nlp("کریمی: بازی را بردیم\nعلی کریمی پس از بازی گفت که کریمی آماده است.")
    assert links(doc) == [("کریمی", "ali-karimi"), ("علی کریمی", "ali-karimi"), ("کریمی", "ali-karimi")]
    assert 0 < doc.mentions[0].score <= 1


def test_a_club_named_short_before_and_after_its_full_name(nlp):
    doc = nlp("نفت پیروز شد. نفت تهران امروز بازی کرد و سرمربی نفت شاد بود.")
    assert links(doc) == [("نفت", "naft-tehran-fc"), ("نفت تهران", "naft-tehran-fc"), ("نفت", "naft-tehran-fc")]


def test_a_short_form_linked_to_a_rival_takes_the_entity_named_in_full():
    # «راه‌آهن» alone is the railway company or the club, nearly tied; the document names the club in full
    g = default_gazetteer()
    railway, club = g["rai-railways"], g["rah-ahan-fc"]
    text = "راه‌آهن و باشگاه راه‌آهن"
    full = Written(10, 24, "ORG", club, True)
    assert text[full.start:full.end] == "باشگاه راه‌آهن"
    assert short_form_links(text, [Written(0, 7, "ORG", railway, True, frozenset({club.id})), full]) == {0: club}
    assert short_form_links(text, [Written(0, 7, "ORG", railway, True, frozenset()), full]) == {}


def test_a_short_form_of_two_entities_names_neither(nlp):
    doc = nlp("نفت پیروز شد. بازی نفت تهران و نفت مسجدسلیمان مساوی شد.")
    assert links(doc)[0] == ("نفت", None)
    doc = nlp("رجوی سخن گفت. مریم رجوی و مسعود رجوی در پاریس بودند.")
    assert links(doc)[0] == ("رجوی", None)


def test_a_head_word_alone_is_no_short_form(nlp):
    doc = nlp("باشگاه اعلام کرد که باشگاه نفت تهران بازیکن جدید ندارد.")
    assert links(doc)[0] == ("باشگاه", None)


def test_a_common_noun_stays_unlinked_beside_the_name(nlp):
    # «یک روحانی» is a cleric: refused for what its words say, it takes no link from «حسن روحانی»
    doc = nlp("یک روحانی در مسجد سخنرانی کرد. حسن روحانی رئیس جمهور است.")
    assert links(doc)[0] == ("روحانی", None)


def test_places_and_unopened_mentions_are_left_alone():
    g = default_gazetteer()
    text = "زنجان و استان زنجان"
    province = g["zanjan-province"]
    written = [Written(0, 5, "LOC", None, True), Written(8, 19, "LOC", province, True)]
    assert short_form_links(text, written) == {}
    text = "نفت و نفت تهران"
    club = g["naft-tehran-fc"]
    assert short_form_links(text, [Written(0, 3, "ORG", None, True), Written(6, 15, "ORG", club, True)]) == {0: club}
    assert short_form_links(text, [Written(0, 3, "ORG", None, False), Written(6, 15, "ORG", club, True)]) == {}
    assert {"باشگاه", "وزارت", "سازمان"} <= org_heads()

