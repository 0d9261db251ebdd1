"""ner_fa.training.gazetteer_silver: unambiguous gazetteer names added to silver sentences where
the tagger missed them."""

from __future__ import annotations

import pytest

from ner_fa.gazetteer import Gazetteer, GazetteerEntity
from ner_fa.training.gazetteer_silver import GazetteerSpanRule, common_forms, confidence_outside


def _e(id, type, name_fa, **kw):
    return GazetteerEntity(id=id, type=type, name=id, name_fa=name_fa, **kw)


@pytest.fixture(scope="module")
def rule():
    gaz = Gazetteer([
        _e("russia", "country", "روسیه", aliases=["فدراسیون روسیه"], demonyms=["روسی"]),
        _e("tokayev", "person", "قاسم ژومارت توکایف", aliases=["توکایف"], weak_aliases=["قاسم"]),
        _e("csto", "organization", "سازمان پیمان امنیت جمعی", acronyms=["CSTO"]),
        _e("fars-province", "region", "استان فارس", aliases=["فارسیان"]),       # a region: not used
        _e("tabriz", "city", "تبریز"),
        _e("tabriz-club", "organization", "باشگاه تراکتور", aliases=["تبریز"]),  # «تبریز» names two entities
        _e("ardakan", "city", "اردکان"),
        _e("ardakan-2", "city", "اردکان یزد", aliases=["اردکان"]),             # same type, two entities
        _e("gol", "person", "گل"),                                             # too short (2 letters)
        _e("mehr", "organization", "خبرگزاری مهر", aliases=["مهر"]),          # «مهر» is on the stoplist
        _e("imported", "person", "رضا یزدی", tagged_only=True),
        _e("leader", "person", "علی خامنه‌ای", aliases=["رهبر معظم انقلاب"]),
    ])
    return GazetteerSpanRule(gaz)


def _add(rule, text, tags=None):
    toks = text.split()
    return rule.add_spans(toks, tags or ["O"] * len(toks))


def test_an_unambiguous_name_the_tagger_missed_becomes_a_span(rule):
    tags, added = _add(rule, "سفر به روسیه و دیدار با قاسم ژومارت توکایف در سازمان پیمان امنیت جمعی")
    assert tags == ["O", "O", "B-LOC", "O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG",
                    "I-ORG"]
    assert added == [(2, 3, "LOC"), (6, 9, "PER"), (10, 14, "ORG")]
    # the longest form first: «فدراسیون روسیه», not «روسیه» alone
    assert _add(rule, "او در فدراسیون روسیه است")[1] == [(2, 4, "LOC")]
    assert _add(rule, "دیدار با توکایف")[1] == [(2, 3, "PER")]


def test_ambiguous_weak_short_stoplisted_and_other_type_forms_are_not_used(rule):
    for text in ("سفر به تبریز", "سفر به اردکان", "دیدار با قاسم", "گل زد", "به گزارش مهر", "سفر به فارسیان",
                 "دیدار با رضا یزدی", "کالای روسی", "عضو CSTO"):
        tags, added = _add(rule, text)
        assert added == [] and set(tags) == {"O"}, text


def test_names_inside_or_next_to_a_predicted_span_are_left_alone(rule):
    toks = ["وزارت", "خارجه", "روسیه", "گفت"]
    assert rule.add_spans(toks, ["B-ORG", "I-ORG", "O", "O"])[1] == []      # right after a span
    toks = ["روسیه", "آمریکا"]
    assert rule.add_spans(toks, ["O", "B-LOC"])[1] == []                     # right before a span
    toks = ["سفارت", "روسیه", "در", "تهران"]
    assert rule.add_spans(toks, ["B-ORG", "I-ORG", "O", "B-LOC"]) == (["B-ORG", "I-ORG", "O", "B-LOC"], [])
    toks = ["در", "روسیه", "و", "تبریز"]
    assert rule.add_spans(toks, ["O", "O", "O", "B-LOC"]) == (["O", "B-LOC", "O", "B-LOC"], [(1, 2, "LOC")])


def test_common_forms_of_the_labeled_corpora_are_dropped(rule):
    labeled = [
        [("رهبر", "O"), ("معظم", "O"), ("انقلاب", "O"), ("گفت", "O")],
        [("رهبر", "O"), ("معظم", "O"), ("انقلاب", "O"), ("فرمود", "O")],
        [("سفر", "O"), ("به", "O"), ("روسیه", "B-LOC")],
        [("روسیه", "O"), ("گفت", "O")],          # once O, once a span: not common
        [("توکایف", "B-PER"), ("و", "O")],
    ]
    common = common_forms(labeled, rule.forms)
    assert common == {("رهبر", "معظم", "انقلاب")}
    assert _add(rule, "دیدار با رهبر معظم انقلاب")[1] == [(2, 5, "PER")]
    rule2 = GazetteerSpanRule(Gazetteer([_e("leader", "person", "علی خامنه‌ای", aliases=["رهبر معظم انقلاب"])]))
    rule2.drop(common)
    assert _add(rule2, "دیدار با رهبر معظم انقلاب")[1] == []
    assert common_forms(labeled, rule.forms, min_count=3) == frozenset()


def test_confidence_ignores_the_tokens_the_gazetteer_relabeled():
    assert confidence_outside([0.99, 0.4, 0.95], [(1, 2, "LOC")]) == 0.95
    assert confidence_outside([0.99, 0.4, 0.95], []) == 0.4
    assert confidence_outside([0.3], [(0, 1, "PER")]) == 1.0
