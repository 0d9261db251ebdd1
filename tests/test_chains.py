"""Unlinked tagger spans that hold a name with its neighbour (ner_fa.chains): the pieces the news guide
annotates, each span as the tagger gives it (FakeTagger) with the shipped gazetteer."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.chains import club_and_country, coordinated, place_chain
from ner_fa.gazetteer import default_gazetteer

SPANS = {
    "کمیته امداد و بهزیستی": "ORG", "ماشین سازی و صنعت نفت": "ORG", "سازمان بهزیستی استان": "ORG",
    "روستای مولان آباد سقز": "LOC", "شهرک صنعتی محمود آباد اصفهان": "LOC", "منطقه 20 تهران": "LOC",
    "منطقه آزاد ارس": "LOC", "کوه دماوند": "LOC", "شهرستان ساری": "LOC",
    "الفیصلی اردن": "ORG", "فدراسیون فوتبال اسپانیا": "ORG", "پلیس چین": "ORG",
    "ورزش کلاله": "ORG", "نظام اسلامی ایران": "ORG", "ورزش و جوانان استان گیلان": "ORG",
    "آزادراه کرج - تهران": "LOC", "بیمارستان امام سجاد کرمانشاه": "LOC",
    "سالن شهید حیدریان قم": "LOC", "فرودگاه بم": "LOC", "شهرستان بم": "LOC", "سالن شهید چمران رم": "LOC",
}


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(tagger=FakeTagger(SPANS), gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.label, m.entity.id if m.entity else None) for m in doc.mentions]


def test_a_body_and_another_name_joined_by_and_are_two_mentions(nlp):
    pieces = links(nlp("این طرح با همکاری کمیته امداد و بهزیستی اجرا شد ."))
    assert pieces[0] == ("کمیته امداد", "ORG", "imam-khomeini-relief-foundation")
    assert [p[:2] for p in pieces[1:]] == [("بهزیستی", "ORG")]
    # the second name unlinked when the gazetteer has no form of it: still a mention of its own
    pieces = links(nlp("قرارداد ماشین سازی و صنعت نفت امضا شد ."))
    assert pieces[0] == ("ماشین سازی", "ORG", "machine-sazi-fc") and pieces[1][:2] == ("صنعت نفت", "ORG")


def test_a_body_of_the_province_without_its_name_is_the_body(nlp):
    assert links(nlp("رئیس سازمان بهزیستی استان گفت .")) == [("سازمان بهزیستی", "ORG", "welfare-organization")]


def test_a_place_with_the_city_that_holds_it_is_two_places(nlp):
    assert links(nlp("در روستای مولان آباد سقز سیل آمد .")) == [
        ("روستای مولان آباد", "LOC", None), ("سقز", "LOC", "saqqez")]


def test_a_facility_or_a_numbered_district_yields_to_its_place(nlp):
    assert links(nlp("مراسم در شهرک صنعتی محمود آباد اصفهان برگزار شد .")) == [("اصفهان", "LOC", "isfahan")]
    assert links(nlp("در منطقه 20 تهران زلزله آمد .")) == [("تهران", "LOC", "tehran")]


def test_a_two_letter_place_name_inside_a_facility_is_found(nlp):
    # «قم», «بم»: shorter than the matcher's names, found inside a longer mention; not «رم» (a word too)
    assert links(nlp("مسابقات در سالن شهید حیدریان قم برگزار شد .")) == [("قم", "LOC", "qom")]
    assert links(nlp("پرواز به فرودگاه بم رسید .")) == [("بم", "LOC", "bam")]
    assert [m.text for m in nlp("مسابقات در سالن شهید چمران رم برگزار شد .").mentions] == ["سالن شهید چمران رم"]
    assert [m.text for m in nlp("زلزله شهرستان بم را لرزاند .").mentions] == ["شهرستان بم"]


def test_the_sport_of_a_place_and_the_state_of_a_country_yield_to_the_place(nlp):
    assert links(nlp("نسل آینده ورزش کلاله را پرورش خواهیم داد .")) == [("کلاله", "LOC", "kalaleh")]
    assert links(nlp("اختلافات نظام اسلامی ایران ریشه‌ای است .")) == [("ایران", "LOC", "Q794")]
    # the provincial office of sport and youth is a body: whole
    assert [m.text for m in nlp("مدیرکل ورزش و جوانان استان گیلان گفت .").mentions] == ["ورزش و جوانان استان گیلان"]


def test_a_road_yields_to_both_its_ends(nlp):
    for text in ("بیشترین تردد در آزادراه کرج-تهران ثبت شد .", "بیشترین تردد در آزادراه کرج - تهران ثبت شد ."):
        assert links(nlp(text)) == [("کرج", "LOC", "karaj"), ("تهران", "LOC", "tehran")]
    # a building yields to its place alone
    assert links(nlp("بیمارستان امام سجاد کرمانشاه باز شد .")) == [("کرمانشاه", "LOC", "kermanshah")]


def test_one_name_made_with_a_place_stays_whole(nlp):
    # a free zone, a mountain, a county: one name each, as the news gold writes them
    for text, span in (("منطقه آزاد ارس میزبان است .", "منطقه آزاد ارس"), ("صعود به کوه دماوند .", "کوه دماوند"),
                       ("در شهرستان ساری باران آمد .", "شهرستان ساری")):
        assert [m.text for m in nlp(text).mentions] == [span]


def test_a_club_with_its_country_in_a_sports_report(nlp):
    sport = "بازی الفیصلی اردن در لیگ قهرمانان با گل مهاجم تیم به پایان رسید و سرمربی راضی بود ."
    got = links(nlp(sport))
    assert ("الفیصلی", "ORG", None) in got and ("اردن", "LOC", "Q810") in got
    # outside sport the span stays whole; so do bodies named with their country, in sport too
    assert [m.text for m in nlp("دیدار الفیصلی اردن با وزیر .").mentions] == ["الفیصلی اردن"]
    for body in ("فدراسیون فوتبال اسپانیا", "پلیس چین"):
        assert next(m.text for m in nlp(f"{body} در بازی لیگ با سرمربی تیم گل زد .").mentions) == body


def test_pieces_keep_the_callers_offsets():
    text = "در  روستای مولان آباد، سقز"
    outer = NS(start=4, end=len(text), label="LOC")
    place = NS(start=23, end=len(text), entity=NS(id="saqqez", type="city"))
    never = lambda words: False
    assert place_chain(text, outer, [place], frozenset(), never) == [(4, 21, None), (23, 26, place)]
    assert text[4:21] == "روستای مولان آباد"
    # a list, a country or a second name inside: another rule's case
    assert place_chain("قزوین و سراب", NS(start=0, end=12, label="LOC"),
                       [NS(start=8, end=12, entity=NS(id="sarab", type="city"))], frozenset(), never) is None
    body = NS(start=0, end=11, entity=NS(id="x", type="organization"))
    assert coordinated("کمیته امداد  و  بهزیستی", NS(start=0, end=23, label="ORG"), [body]) == [
        (0, 11, body), (16, 23, None)]
    country = NS(start=8, end=12, entity=NS(id="Q810", type="country"))
    assert club_and_country("الفیصلی اردن", NS(start=0, end=12, label="ORG"), [country], frozenset(),
                            lambda: True) == [(0, 7, None), (8, 12, country)]
    assert club_and_country("الفیصلی اردن", NS(start=0, end=12, label="ORG"), [country], frozenset({"الفیصلی"}),
                            lambda: True) is None
