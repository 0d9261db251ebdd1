import pytest
from hypothesis import given
from hypothesis import strategies as st

from ner_fa.tokenize import split_sentences, tokenize


def texts(s):
    return [t.text for t in tokenize(s)]


def test_zwnj_joins_and_punctuation_splits():
    assert texts("«شی جین‌پینگ»، رئیس‌جمهور چین؛") == ["«", "شی", "جین‌پینگ", "»", "،", "رئیس‌جمهور", "چین", "؛"]


def test_numbers_latin_and_urls():
    assert texts("رشد ۳٫۵ درصدی در ۱۴۰۰/۱۰/۲۰ و CSTO (https://x.org/a).") == [
        "رشد", "۳٫۵", "درصدی", "در", "۱۴۰۰/۱۰/۲۰", "و", "CSTO", "(", "https://x.org/a", ")", "."]


def test_underscore_separates_words_as_in_hashtags():
    # Telegram and Twitter hashtags join a name's words with «_»: «#بانک_مرکزی» is the words of «بانک مرکزی»
    text = "#بانک_مرکزی و user_name، ۱۴_۱۵ و a_b@mail.com"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["#", "بانک", "مرکزی", "و", "user", "name", "،", "۱۴", "۱۵", "و", "a_b@mail.com"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_format_and_control_characters_never_form_tokens():
    toks = texts("الف\u200f \u202bب\u202c\x00ج\u200c\u200c د")
    assert toks == ["الف", "ب", "ج", "د"]


@given(st.text())
def test_offsets_slice_the_original(s):
    for t in tokenize(s):
        assert s[t.start:t.end] == t.text
        assert t.text.strip()


@given(st.text(alphabet=st.sampled_from(list("اب پت.؟!\n«»،ي٣ 1"))))
def test_sentences_partition_tokens_in_order(s):
    tokens = tokenize(s)
    flat = [t for sent in split_sentences(s) for t in sent.tokens]
    assert flat == tokens


def test_sentence_split_keeps_closing_quote_and_lines():
    s = "او گفت: «ما می‌آییم.» سپس رفت؟ بله\nخط دوم"
    sents = [[t.text for t in x.tokens] for x in split_sentences(s)]
    assert sents[0][-2:] == [".", "»"]
    assert sents[1][-1] == "؟"
    assert sents[2] == ["بله"]
    assert sents[3] == ["خط", "دوم"]


def test_latin_abbreviation_does_not_end_sentence():
    sents = split_sentences("سفیر U.S. در تهران است. بعدی")
    assert len(sents) == 2


def test_long_sentences_are_cut_at_a_comma():
    s = " ".join(["کلمه"] * 150 + ["،"] + ["واژه"] * 150)
    pieces = split_sentences(s, max_tokens=200)
    assert [len(p.tokens) for p in pieces] == [151, 150]


def test_rejects_bytes():
    with pytest.raises(TypeError):
        tokenize(b"abc")


def _sents(s):
    return [[t.text for t in x.tokens] for x in split_sentences(s)]


def test_repeated_final_marks_stay_with_their_sentence():
    assert _sents("گفت: «چرا نمی‌آیی؟» . بعدی") == [
        ["گفت", ":", "«", "چرا", "نمی‌آیی", "؟", "»", "."], ["بعدی"]]
    assert _sents("نمی‌دوزند… . بعدی") == [["نمی‌دوزند", "…", "."], ["بعدی"]]
    assert _sents("چرا؟ ! بعدی را…؟! آخر") == [["چرا", "؟", "!"], ["بعدی", "را", "…", "؟", "!"], ["آخر"]]


def test_straight_quote_closes_only_when_attached():
    assert _sents('منتشر کرد. "یک اتفاق" نام دارد.') == [
        ["منتشر", "کرد", "."], ['"', "یک", "اتفاق", '"', "نام", "دارد", "."]]
    assert _sents('گفت: "کجا می‌برد؟". خیال کرد') == [
        ["گفت", ":", '"', "کجا", "می‌برد", "؟", '"', "."], ["خیال", "کرد"]]


def test_ellipsis_after_va_means_etcetera():
    assert len(split_sentences("سیب، پرتقال و... خریدم. بعدی")) == 2
    assert len(split_sentences("کیهان و رسالت و… نفوذی‌ها. بعدی")) == 2
    assert len(split_sentences("نمی‌دانم… بعدی")) == 2
