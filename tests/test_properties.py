"""Properties that hold for any input string (hypothesis)."""

import csv
import io
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ner_fa import Document, EntitySummary, Pipeline
from ner_fa.export import CSV_FIELDS, entity_list, to_csv, to_json, to_jsonl
from ner_fa.normalize import compact_key, normalize_chars, replace_surrogates, spaced_key
from ner_fa.testing import ChaosTagger, check_offsets
from ner_fa.tokenize import split_sentences, tokenize

# Any code point, lone surrogates, control and format characters (bidi marks, ZWNJ, ZWJ, BOM) included.
HOSTILE_CHARS = st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Zs", "Zl", "Mn", "Lo", "Nd", "Po", "So"])
TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("چین روسیه قزاقستان شی جینپینگ سازمان پیمان امنیت جمعی «»،.؟\u200c\u200fيك(CSTO)"))),
    st.text(alphabet=HOSTILE_CHARS),
    st.lists(st.one_of(st.sampled_from(["چین", "روسیه", "شی", "جینپینگ", "زاخارووا", "CSTO", "في", "الذي", "\n",
                                        "\x00", "\u202e", "\u200b", "\ud800", "😀", "«", "»", "."]),
                       st.text(alphabet=HOSTILE_CHARS, max_size=3)), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_extraction_invariants_for_any_string(small_gazetteer, text):
    nlp = Pipeline(tagger=ChaosTagger(), gazetteer=small_gazetteer)
    doc = nlp.extract(text)
    check_offsets(text, doc)
    assert nlp.extract(text) == doc
    back = Document.model_validate_json(doc.model_dump_json().encode("utf-8"))
    if text == replace_surrogates(text):
        assert back == doc
    else:  # lone surrogates are written as U+FFFD, one for one: the offsets still hold
        assert back.text == replace_surrogates(text)
        assert [(m.start, m.end, m.label) for m in back.mentions] == [(m.start, m.end, m.label) for m in doc.mentions]


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_exports_round_trip(small_gazetteer, text):
    nlp = Pipeline(tagger=ChaosTagger(), gazetteer=small_gazetteer)
    doc = nlp.extract(text)
    items = [("src", doc)]
    expected = json.loads(replace_surrogates(json.dumps(entity_list(doc, "src"), ensure_ascii=False)))
    assert json.loads(to_json(items).encode("utf-8")) == expected
    assert [json.loads(line.encode("utf-8")) for line in to_jsonl(items)] == [expected]
    rows = list(csv.reader(io.StringIO(to_csv(items))))
    assert rows[0] == list(CSV_FIELDS)
    assert [(r[1], r[2]) for r in rows[1:]] == [(e["kind"], e["id"]) for e in expected["entities"]]
    for summary in doc.entities():
        assert EntitySummary.model_validate_json(summary.model_dump_json()).entity == summary.entity


@settings(max_examples=300)
@given(st.one_of(st.text(), st.text(alphabet=HOSTILE_CHARS)))
def test_text_functions_hold_for_any_string(text):
    norm = normalize_chars(text)
    assert len(norm) == len(text) and normalize_chars(norm) == norm
    fixed = replace_surrogates(text)
    assert len(fixed) == len(text) and replace_surrogates(fixed) == fixed
    fixed.encode("utf-8")
    key = spaced_key(text)
    assert spaced_key(key) == key and compact_key(compact_key(text)) == compact_key(text)
    tokens = tokenize(text)
    prev = 0
    for t in tokens:
        assert text[t.start:t.end] == t.text and prev <= t.start < t.end
        prev = t.end
    assert [t for s in split_sentences(text, tokens=tokens) for t in s.tokens] == tokens


def test_key_of_dotted_capital_i_is_idempotent():
    # «İ».lower() is «i» + U+0307: found by the fuzz run
    assert spaced_key("İstanbul") == spaced_key(spaced_key("İstanbul")) == "istanbul"


def test_threads_give_the_same_results_as_sequential_use(fake_pipeline):
    texts = [f"سعید خطیبزاده {i} گفت چین و روسیه؛ زاخاروا افزود." * (i % 5 + 1) for i in range(40)]
    sequential = [fake_pipeline.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(fake_pipeline.extract, texts))
    assert threaded == sequential


@pytest.mark.model
def test_real_model_from_threads(real_pipeline):
    texts = ["ولادیمیر پوتین به مسکو رفت.", "سعید خطیب‌زاده در تهران گفت.", "سازمان ملل متحد در نیویورک است."] * 4
    sequential = [real_pipeline.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(real_pipeline.extract, texts)) == sequential
