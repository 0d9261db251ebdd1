"""A news source's name signing an item after a «/» at its line's end (ner_fa.signatures)."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, LinkerConfig, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.signatures import media_form, signature_at, signature_mentions
from ner_fa.tokenize import tokenize


def at(text: str, name: str) -> bool:
    i = text.rindex(name)
    return signature_at(text, i, i + len(name))


def test_a_signature_ends_its_line_after_a_slash():
    assert at("پاداش کارکنان دولت/ اعتماد\nخبر بعدی", "اعتماد")
    assert at("جاسوسی می‌کند. /سازندگی @akharinkhabar", "سازندگی")       # a handle may follow
    assert at("سفر به مسکو/ ایسنا 👇🏻 https://t.me/x", "ایسنا")          # so may emojis and a link
    assert not at("ورود ناو مهم نیست/ ایسنا گزارش داد", "ایسنا")           # the line goes on
    assert not at("خبر ایسنا\nدیگر", "ایسنا")                               # no slash
    assert not at("akharinkhabar.ir/politics", "politics")                 # a link's path


def test_media_forms_with_and_without_their_head_word():
    gaz = default_gazetteer()
    assert media_form(gaz, "اعتماد") == ("etemad",)
    assert media_form(gaz, "ایران") == ("iran-newspaper",)     # «روزنامه ایران» without «روزنامه»
    assert media_form(gaz, "روحانی") == ()


def test_signature_mentions_skip_covered_and_unknown_names():
    gaz = default_gazetteer()
    text = "پاداش کارکنان/ اعتماد\nناو مهم نیست/ روحانی\nخبر/ زززز"
    toks = tokenize(text)
    found = signature_mentions(text, toks, [False] * len(toks), gaz)
    assert [text[toks[i].start:toks[j - 1].end] for i, j in found] == ["اعتماد"]
    blocked = [t.text == "اعتماد" for t in toks]
    assert signature_mentions(text, toks, blocked, gaz) == []


@pytest.mark.parametrize("tags", [{}, {"ایران": "LOC"}])
def test_the_pipeline_links_a_signing_name_to_the_medium(tags):
    nlp = Pipeline(tagger=FakeTagger({"روحانی": "PER", **tags}), gazetteer=default_gazetteer(),
                   config=LinkerConfig(min_probability=0.0))
    doc = nlp("نرخ سکه بالا رفت/ ایران\nپاداش کارکنان/ اعتماد\nورود ناو مهم نیست/ روحانی")
    links = [(m.text, m.label, m.entity.id if m.entity else None) for m in doc.mentions]
    assert ("اعتماد", "ORG", "etemad") in links and ("روحانی", "PER", "hassan-rouhani") in links
    assert ("ایران", "ORG", "iran-newspaper") in links


def test_a_signature_is_linked_afresh_and_lends_its_link_to_no_other_mention():
    nlp = Pipeline(tagger=FakeTagger({"ایران": "LOC", "عراق": "LOC"}), gazetteer=default_gazetteer(),
                   config=LinkerConfig(min_probability=0.0))
    before = nlp("ایران و عراق توافق کردند. نرخ سکه بالا رفت/ ایران\nخبر دیگر")
    after = nlp("نرخ سکه بالا رفت/ ایران\nایران و عراق توافق کردند.")
    assert [m.entity.id for m in before.mentions if m.text == "ایران"] == ["Q794", "iran-newspaper"]
    assert [m.entity.id for m in after.mentions if m.text == "ایران"] == ["iran-newspaper", "Q794"]
