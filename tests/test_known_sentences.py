"""The shipped model tags known sentences: every entity span and label, exactly.

The sentences are news-style Persian written for these tests (none comes from a
training or dev corpus). Each covers the three labels in a common construction,
including the forms real text takes: lost ZWNJs, Arabic letters.
"""

from __future__ import annotations

import pytest

from ner_fa.tagger import StanzaTagger
from ner_fa.training.corpora import spans

CASES = [
    ("حسن روحانی رئیس جمهور ایران امروز به نیویورک سفر کرد .",
     {("حسن روحانی", "PER"), ("ایران", "LOC"), ("نیویورک", "LOC")}),
    ("سازمان ملل متحد از عربستان سعودی خواست به حملات در یمن پایان دهد .",
     {("سازمان ملل متحد", "ORG"), ("عربستان سعودی", "LOC"), ("یمن", "LOC")}),
    ("به گزارش خبرگزاری ایرنا ، آنگلا مرکل صدر اعظم آلمان وارد پکن شد .",
     {("خبرگزاری ایرنا", "ORG"), ("آنگلا مرکل", "PER"), ("آلمان", "LOC"), ("پکن", "LOC")}),
    ("محمدجواد ظریف در دانشگاه تهران سخنرانی کرد .",
     {("محمدجواد ظریف", "PER"), ("دانشگاه تهران", "ORG")}),
    ("آژانس بین‌المللی انرژی اتمی گزارش تازه‌ای درباره برنامه هسته‌ای ایران منتشر کرد .",
     {("آژانس بین‌المللی انرژی اتمی", "ORG"), ("ایران", "LOC")}),
    # ZWNJ lost (بینالمللی), as in scraped articles
    ("آژانس بینالمللی انرژی اتمی گزارش تازه‌ای درباره برنامه هسته‌ای ایران منتشر کرد .",
     {("آژانس بینالمللی انرژی اتمی", "ORG"), ("ایران", "LOC")}),
    ("ولادیمیر پوتین و رجب طیب اردوغان در آنکارا گفتگو کردند .",
     {("ولادیمیر پوتین", "PER"), ("رجب طیب اردوغان", "PER"), ("آنکارا", "LOC")}),
]


def entity_spans(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[i:j]), label) for i, j, label in spans(tags)}


@pytest.fixture(scope="module")
def tagger() -> StanzaTagger:
    return StanzaTagger().load()


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_known_sentence(tagger, sentence, expected):
    tokens = sentence.split()
    (tags,) = tagger.tag([tokens])
    assert entity_spans(tokens, tags) == expected


@pytest.mark.model
def test_arabic_letters_tag_like_persian_ones(real_pipeline):
    """The pipeline maps Arabic ي/ك to Persian ی/ک (same length) before tagging."""
    persian = "رئیس جمهور آمریکا با نخست وزیر کانادا در واشنگتن دیدار کرد."
    arabic = persian.replace("ی", "ي").replace("ک", "ك")
    doc_fa, doc_ar = real_pipeline.extract(persian), real_pipeline.extract(arabic)
    assert [(m.start, m.end, m.label) for m in doc_fa.mentions] == [(m.start, m.end, m.label) for m in doc_ar.mentions]
    assert [(m.text, m.label) for m in doc_ar.mentions] == [
        ("آمريكا", "LOC"), ("كانادا", "LOC"), ("واشنگتن", "LOC")]
    assert all(m.entity is not None for m in doc_ar.mentions)


@pytest.mark.model
def test_hashtag_names_tag_like_written_ones(real_pipeline):
    """A hashtag joins a name's words with «_» (Telegram, Twitter): the tagger reads the words, the span keeps «_»."""
    text = "#بانک_مرکزی نرخ ارز را اعلام کرد و #سازمان_ملل از #دونالد_ترامپ انتقاد کرد"
    doc = real_pipeline.extract(text)
    assert [(m.text, m.label, m.entity.id if m.entity else None) for m in doc.mentions] == [
        ("بانک_مرکزی", "ORG", "cbi"), ("سازمان_ملل", "ORG", "united-nations"), ("دونالد_ترامپ", "PER", "Q22686")]
