"""Wrong links found on the judged news dev set (scripts/news_dev_links.py), each a class of error;
every case here was linked (wrongly) before its rule."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import AliasMatcher
from ner_fa.tokenize import tokenize


@pytest.fixture(scope="module")
def bare() -> Pipeline:
    """The gazetteer matcher alone (a tagger that finds nothing)."""
    return Pipeline(tagger=FakeTagger({}), gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity.id if m.entity else None) for m in doc.mentions]


# -- the gazetteer matcher: words that spell a one-word name ------------------------------------
@pytest.mark.parametrize("text,wrong", [
    ("رتبه دوم به شهر کاشان اختصاص دارد .", "behshahr"),          # to the city, not Behshahr
    ("مدیر باید آشنا به شهر باشد .", "behshahr"),
    ("با نتیجه پنج بر سه مغلوب شد .", "Q123939"),                  # five to three, not Alain Berset
    ("لیورپول با دو گل برد .", "charles-de-gaulle"),               # two goals, not de Gaulle
])
def test_function_words_do_not_spell_a_name(bare, text, wrong):
    assert wrong not in {e for _, e in links(bare(text))}


def test_names_written_apart_still_match(bare):
    assert ("بهشهر", "behshahr") in links(bare("او در بهشهر بود ."))
    assert ("قائم شهر", "qaem-shahr") in links(bare("از قائم شهر آمد ."))
    # a function word that is a word of the name itself
    assert ("وزارت آموزش و پرورش", "ministry-education-iran") in links(bare("وزارت آموزش و پرورش اعلام کرد ."))


def test_matcher_refuses_the_split_form_directly():
    matcher = AliasMatcher(default_gazetteer())
    tokens = tokenize("به شهر")
    assert matcher.find(tokens, [False] * len(tokens)) == []
