"""Combining marks stay with their base character; no single token costs more than a normal one."""

import re
import time
import unicodedata

import pytest

from ner_fa.tokenize import _MARK_PLANES, split_sentences, tokenize


def texts(tokens):
    return [t.text for t in tokens]


def test_a_latin_letter_with_10000_marks_is_one_token():
    text = "چین a" + "\u0301" * 10_000 + " روسیه"
    t = time.perf_counter()
    tokens = tokenize(text)
    assert time.perf_counter() - t < 1.0
    assert [(x.start, x.end) for x in tokens] == [(0, 3), (4, 10_005), (10_006, 10_011)]


@pytest.mark.parametrize("text, expected", [
    ("re\u0301sume\u0301 done", ["re\u0301sume\u0301", "done"]),  # decomposed «résumé» is one word
    ("cafe\u0301.", ["cafe\u0301", "."]),
    ("\u0301\u0301 x", ["\u0301\u0301", "x"]),  # marks with no base: one token, not two
    ("!\u20dd ok", ["!\u20dd", "ok"]),  # an enclosing mark (Me) stays with its punctuation
    ("3.5\u0301 kg", ["3.5\u0301", "kg"]),
    ("کتاب\u064e\u0651 خوب", ["کتاب\u064e\u0651", "خوب"]),  # Arabic harakat, as before
    ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),  # Devanagari vowel signs (Mn) inside a word
])
def test_marks_stay_with_their_base(text, expected):
    tokens = tokenize(text)
    assert texts(tokens) == expected
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_marks_only_live_in_the_scanned_planes():
    scanned = set().union(*(set(r) for r in _MARK_PLANES))
    outside = [hex(cp) for cp in range(0x110000) if cp not in scanned
               and unicodedata.category(chr(cp)).startswith("M")]
    assert outside == []


def test_every_mark_is_part_of_a_word():
    marks = [chr(cp) for r in _MARK_PLANES for cp in r if unicodedata.category(chr(cp)).startswith("M")]
    text = "a" + "".join(marks)
    assert texts(tokenize(text)) == [text]


def test_the_old_arabic_marks_are_still_word_characters():
    old = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
    for cp in range(0x600, 0x700):
        if old.match(chr(cp)):
            assert len(tokenize("ب" + chr(cp) + "ب")) == 1, hex(cp)


def test_a_huge_marked_token_labelled_as_a_mention_is_cheap(small_gazetteer):
    """Even when a tagger calls the 10,001-character token a name, linking it stays cheap."""
    from ner_fa import Pipeline

    class AllPer:
        name = "all-per"

        def tag(self, sentences):
            return [["B-PER"] + ["O"] * (len(s) - 1) for s in sentences]

    text = "a" + "\u0301" * 10_000 + " چین"
    t = time.perf_counter()
    doc = Pipeline(tagger=AllPer(), gazetteer=small_gazetteer)(text)
    assert time.perf_counter() - t < 2.0
    first = doc.mentions[0]
    assert (first.start, first.end, first.label) == (0, 10_001, "PER")
    assert text[first.start:first.end] == first.text


def test_sentences_still_split_after_a_mark():
    text = "او آمد\u064e. سپس رفت."
    assert [text[s.start:s.end] for s in split_sentences(text)] == ["او آمد\u064e.", "سپس رفت."]


def test_the_shipped_mark_table_is_this_pythons_unicode():
    from ner_fa.tokenize import _MARKS_FILE, _mark_ranges, scan_mark_ranges

    header = _MARKS_FILE.read_text(encoding="utf-8").splitlines()[0]
    if header != f"# unicode {unicodedata.unidata_version}":
        pytest.skip(f"table is for {header}; this Python has Unicode {unicodedata.unidata_version} (it scans)")
    assert _mark_ranges() == scan_mark_ranges()
