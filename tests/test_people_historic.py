"""people_historic.jsonl: religious, historical and cultural figures (scripts/people_tables/historic.txt)."""

import json
from pathlib import Path

import pytest

from ner_fa import Linker
from ner_fa.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parents[1]
HISTORIC = ROOT / "gazetteers" / "people_historic.jsonl"


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.fixture(scope="module")
def historic_ids():
    return {json.loads(line)["id"] for line in HISTORIC.read_text(encoding="utf-8").splitlines() if line}


def test_size_and_only_people(historic_ids, gaz):
    assert len(historic_ids) >= 300
    assert {gaz[i].type for i in historic_ids} == {"person"}


@pytest.mark.parametrize("text, entity_id", [
    ("معاویه", "muawiya-i"),
    ("معاویه بن ابی سفیان", "muawiya-i"),
    ("یزید بن معاویه", "yazid-i"),
    ("حضرت خدیجه", "khadija-bint-khuwaylid"),
    ("حضرت یوسف", "joseph"),
    ("شیخ بهایی", "sheikh-bahai"),
    ("علامه مجلسی", "mohammad-baqer-majlesi"),
    ("شهید مفتح", "mohammad-mofatteh"),
    ("سید مرتضی آوینی", "morteza-avini"),
    ("خشایارشا", "xerxes-i"),
    ("آغامحمدخان قاجار", "agha-mohammad-khan-qajar"),
    ("مریم میرزاخانی", "maryam-mirzakhani"),
    ("لئون تروتسکی", "leon-trotsky"),
])
def test_distinctive_forms_resolve_to_one_person(gaz, text, entity_id):
    assert {a.entity_id for a in gaz.lookup(text)} == {entity_id}


@pytest.mark.parametrize("word", [
    # given names: never an alias of a religious or historical figure
    "علی", "حسین", "فاطمه", "موسی", "یوسف", "داوود", "سلیمان", "ابراهیم", "عمر", "آدم", "ابوطالب", "کوروش",
    "انوشیروان", "مزدک",
    # names shared with other things: US aircraft carriers, the Timurid dynasty, the Baskerville hound
    "لینکلن", "ترومن", "آیزنهاور", "تیموریان", "باسکرویل",
])
def test_ambiguous_words_are_not_aliases_of_historic_people(gaz, historic_ids, word):
    assert not {a.entity_id for a in gaz.lookup(word)} & historic_ids


def test_holy_names_with_title_and_honorific_link():
    linker = Linker(default_gazetteer())
    assert linker.link("حضرت امام حسین (ع)", "PER").entity.id == "husayn-ibn-ali"
    assert linker.link("حضرت مسلم بن عقیل", "PER").entity.id == "muslim-ibn-aqil"
    assert linker.link("موسی", "PER").entity is None          # neither Messi (مسی) nor Moses
