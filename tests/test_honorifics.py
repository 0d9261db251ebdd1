"""A holy person's bare given name with a holy honorific after it (ner_fa.honorifics): found where the
tagger missed it, cut out of a wider tagger span, linked; never after «بن», nor with «(ره)»."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.honorifics import holy_honorific_after, holy_mentions, holy_person
from ner_fa.normalize import compact_key
from ner_fa.tokenize import tokenize

SPANS = {"حسین": "PER", "زهرا": "PER", "علی": "PER", "سرور آزادگان حسین": "PER", "زید بن علی": "PER",
         "محمد": "PER", "امام حسین": "PER", "مسیح": "PER"}


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(tagger=FakeTagger(SPANS), gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity.id if m.entity else None) for m in doc.mentions]


@pytest.mark.parametrize("after", [" (ع) فرمود", "(ع)", " [ع]", " (سلام‌الله‌علیها)", " علیه‌السلام", " عليه السلام",
                                   " - عليه السلام - را", " «عج»", " (صلی الله علیه و آله)", "\u200c(س)",
                                   ") ع (را", " ) ص ( فرمود"])
def test_holy_honorifics_after_a_name(after):
    assert holy_honorific_after("حسین" + after, 4)


@pytest.mark.parametrize("after", [" (ره)", " فرمود", " (عکس)", " علیه تحریم", "", " (ع", " (\nع)", ") ره (",
                                   ") ع )", " ( ع ("])
def test_no_holy_honorific(after):
    assert not holy_honorific_after("حسین" + after, 4)


def test_the_holy_person_of_a_given_name_is_the_one_titled_so():
    g = default_gazetteer()
    assert holy_person(g, compact_key("حسین")) == "husayn-ibn-ali"
    assert holy_person(g, compact_key("زهرا")) == "fatimah"
    assert holy_person(g, compact_key("علي")) == "ali-ibn-abi-talib"     # Arabic ي folded
    assert holy_person(g, compact_key("موسی")) == "moses"               # «حضرت موسی», not «امام موسی کاظم»
    assert holy_person(g, compact_key("کریمی")) is None


def test_a_holy_name_the_tagger_missed_is_found():
    text = ("بخشی از دیوارهای حرم مطهر علي (ع) ترمیم شد و زید بن علی (ع) و حسن (ره) و علی آمدند و مسجد امام"
            " حسن مجتبی (ع)")
    tokens = tokenize(text)
    found = holy_mentions(text, tokens, [False] * len(tokens), default_gazetteer())
    assert [(tokens[i].text, eid) for i, eid in found] == [("علي", "ali-ibn-abi-talib")]
    assert holy_mentions(text, tokens, [True] * len(tokens), default_gazetteer()) == []


def test_a_bare_holy_name_with_an_honorific_is_linked(nlp):
    assert links(nlp("با ذکر یا حسین (ع) آمدند و زهرا (س) را یاد کردند .")) == [
        ("حسین", "husayn-ibn-ali"), ("زهرا", "fatimah")]
    assert links(nlp("از محمد (ص) شنیدم .")) == [("محمد", "prophet-muhammad")]
    # without the honorific, or with a cleric's, the given name is anyone's
    assert links(nlp("حسین گفت که زهرا و محمد (ره) آمدند .")) == [("حسین", None), ("زهرا", None), ("محمد", None)]


def test_mirrored_brackets_are_read_as_brackets(nlp):
    # the UD Seraji treebank writes «(ع)» mirrored, «) ع (», after a right-to-left conversion
    assert links(nlp("آیا روزگار از یاد علی) ع (چیزی را نبرد .")) == [("علی", "ali-ibn-abi-talib")]
    assert links(nlp("از محمد) ص (شنیدم و زهرا ) س ( را یاد کردند .")) == [
        ("محمد", "prophet-muhammad"), ("زهرا", "fatimah")]
    assert links(nlp("محمد) ره (آمد .")) == [("محمد", None)]
    bare = Pipeline(tagger=FakeTagger({}), gazetteer=default_gazetteer())
    assert links(bare("دیوارهای حرم مطهر علي) ع (ترمیم شد .")) == [("علي", "ali-ibn-abi-talib")]


def test_the_honorific_makes_a_mention_where_the_tagger_found_none():
    nlp = Pipeline(tagger=FakeTagger({}), gazetteer=default_gazetteer())
    assert links(nlp("دیوارهای حرم مطهر علي (ع) ترمیم شد .")) == [("علي", "ali-ibn-abi-talib")]


def test_a_wider_span_ending_in_a_holy_name_is_cut_to_it(nlp):
    assert links(nlp("سرور آزادگان حسین (ع) می‌فرماید .")) == [("حسین", "husayn-ibn-ali")]
    # a father's name is not the holy person; a gazetteer name stays whole
    assert links(nlp("زید بن علی (ع) قیام کرد .")) == [("زید بن علی", None)]
    assert links(nlp("امام حسین (ع) فرمود .")) == [("امام حسین", "husayn-ibn-ali")]


def test_epithets_and_spellings_of_holy_persons():
    g = default_gazetteer()
    for form, eid in [("رسول‌الله", "prophet-muhammad"), ("پیامبر اعظم", "prophet-muhammad"),
                      ("صدیقه طاهره", "fatimah"), ("حضرت اباالفضل", "abbas-ibn-ali"), ("حضرت مسیح", "jesus")]:
        assert {a.entity_id for a in g.lookup_key(compact_key(form))} == {eid}, form


def test_a_body_or_street_named_for_a_holy_person_is_not_the_person():
    nlp = Pipeline(tagger=FakeTagger({"بیمارستان امام حسین": "ORG", "دانشگاه ولیعصر": "ORG"}),
                   gazetteer=default_gazetteer())
    assert links(nlp("در خیابان ولیعصر (عج) و مسجد حضرت ابوالفضل (ع) بودیم .")) == []
    assert links(nlp("بیمارستان امام حسین (ع) و دانشگاه ولیعصر (عج) .")) == [
        ("بیمارستان امام حسین", None), ("دانشگاه ولیعصر", None)]
