"""Hostile text input: wrong types, empty text, other scripts and languages, control and
format characters, lone surrogates, very long tokens; Arabic-language sentences."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import ner_fa
from ner_fa import Document, FakeTagger, Pipeline
from ner_fa.export import to_csv, to_json, to_jsonl
from ner_fa.normalize import normalize_chars, replace_surrogates
from ner_fa.testing import check_offsets
from ner_fa.tokenize import looks_arabic, split_sentences, tokenize

HOSTILE = {
    "english": "Vladimir Putin met Xi Jinping in Moscow; the CSTO said so.",
    "arabic": "قال وزير الخارجية الإيراني في مؤتمر صحفي إن بلاده لن تتفاوض على برنامجها النووي.",
    "mixed_scripts": "سعید خطیبزاده said: «China و روسیه» — Москва 北京 Ελλάδα.",
    "emoji": "چین 🇨🇳 و روسیه 🇷🇺 👨‍👩‍👧 👍🏽 ❤️ سعید خطیبزاده😀گفت",
    "control": "چین\x00\x01\x07\x1b روسیه\x7f\x85 زاخاروا\x0b\x0c\r\nگفت",
    "bidi": "\u202bسعید خطیبزاده\u202c \u200fگفت\u200e \u202aCSTO\u202c \u202eچین\u202d روسیه\u202c",
    "zero_width": "\u200bچین\u200b \ufeffروسیه\u2060 زاخا\u200dروا \u200c\u200cقزاقستان\u00ad",
    "nul_only": "\x00\x00\x00",
    "lone_surrogates": "ایران \ud800 چین\udc00 \udfff روسیه \ud83d",
    "surrogate_in_mention": "علی \ud800 رضایی گفت",
    "long_token": "چین " + "ا" * 5000 + " روسیه",
    "long_latin_token": "x" * 5000 + " زاخاروا",
    "presentation_forms": "ﻣﺴﮑﻮ ﭼﯿﻦ ﺭﻭﺳﯿﻪ",
    "diacritics_only": "\u064b\u064e\u0650\u0651",
    "newlines": "\n\n\nچین\n\n\nروسیه\n",
}


def check(text: str, doc: Document) -> None:
    check_offsets(text, doc)
    # every export is UTF-8 encodable and parses back
    dumped = doc.model_dump_json()
    back = Document.model_validate_json(dumped.encode("utf-8"))
    assert back.text == replace_surrogates(text)
    assert [(m.start, m.end, m.label) for m in back.mentions] == [(m.start, m.end, m.label) for m in doc.mentions]
    items = [("t", doc)]
    json.loads(to_json(items).encode("utf-8"))
    for line in to_jsonl(items):
        json.loads(line.encode("utf-8"))
    to_csv(items).encode("utf-8")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_never_crashes_and_offsets_slice_the_original(fake_pipeline, name):
    text = HOSTILE[name]
    doc = fake_pipeline.extract(text)
    check(text, doc)
    assert fake_pipeline.extract(text) == doc


def test_hostile_texts_in_one_batch_match_one_by_one(fake_pipeline):
    texts = list(HOSTILE.values())
    assert list(fake_pipeline.pipe(texts, batch_size=4)) == [fake_pipeline.extract(t) for t in texts]


def test_names_next_to_control_format_and_emoji_characters_are_still_found(fake_pipeline):
    for name in ("control", "zero_width", "emoji", "bidi"):
        doc = fake_pipeline.extract(HOSTILE[name])
        assert any(m.entity is not None for m in doc.mentions), name


@pytest.mark.parametrize("text", ["", " ", "\n\t  \r\n", "\u200c", "\u200f\u200e", "\u3000\u00a0", "\ufeff"])
def test_empty_or_blank_text_gives_an_empty_document(fake_pipeline, text):
    doc = fake_pipeline.extract(text)
    assert doc == Document(text=text, mentions=())
    assert list(fake_pipeline.pipe([text, text])) == [doc, doc]


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["متن"], object()])
def test_wrong_types_raise_type_error_naming_str(fake_pipeline, bad):
    with pytest.raises(TypeError, match="str"):
        fake_pipeline.extract(bad)
    with pytest.raises(TypeError, match="str"):
        list(fake_pipeline.pipe(["متن", bad]))
    for fn in (normalize_chars, tokenize, split_sentences, replace_surrogates):
        with pytest.raises(TypeError, match="str"):
            fn(bad)


@pytest.mark.parametrize("bad", [b"\xd8\xa7\xdb\x8c", bytearray(b"abc")])
def test_bytes_say_to_decode(fake_pipeline, bad):
    with pytest.raises(TypeError, match=r"decode it first"):
        fake_pipeline.extract(bad)
    with pytest.raises(TypeError, match=r"got (bytes|bytearray); decode"):
        ner_fa.extract(bad)


# -- lone surrogates -----------------------------------------------------------------

def test_lone_surrogates_are_written_as_replacement_characters(fake_pipeline):
    text = HOSTILE["lone_surrogates"]
    doc = fake_pipeline.extract(text)
    assert [(m.text, m.start, m.end, m.entity.id) for m in doc.mentions] == [("چین", 8, 11, "Q148"),
                                                                          ("روسیه", 15, 20, "Q159")]
    dumped = doc.model_dump_json()
    assert "\ufffd" in dumped and not any("\ud800" <= c <= "\udfff" for c in dumped)
    back = Document.model_validate_json(dumped)
    assert back.text == replace_surrogates(text) and len(back.text) == len(text)
    for m in back.mentions:  # offsets still slice the dumped text
        assert back.text[m.start:m.end] == m.text
    assert doc.model_dump(mode="json")["text"] == replace_surrogates(text)
    assert doc.model_dump()["text"] == text  # Python dumps keep the string as given


def test_a_mention_containing_a_surrogate_is_built_and_exported():
    gaz_free = Pipeline(tagger=FakeTagger({"علی \ud800 رضایی": "PER"}),
                        gazetteer=ner_fa.Gazetteer([]))
    text = HOSTILE["surrogate_in_mention"]
    doc = gaz_free.extract(text)
    assert [(m.text, m.start, m.end) for m in doc.mentions] == [("علی \ud800 رضایی", 0, 11)]
    check(text, doc)
    assert json.loads(to_json([("t", doc)]))["unlinked"][0]["text"] == "علی \ufffd رضایی"


def test_replace_surrogates_is_one_for_one():
    s = "a\ud800b\udc00\ud83d\ude00c😀"
    assert replace_surrogates(s) == "a\ufffdb\ufffd\ufffd\ufffdc😀"
    assert replace_surrogates("ایران") == "ایران"


# -- Arabic-language sentences -----------------------------------------------------------

ARABIC = [
    "قال وزير الخارجية الإيراني في مؤتمر صحفي إن بلاده لن تتفاوض على برنامجها النووي.",
    "وصل الرئيس إلى بغداد.",
    "أعلنت وزارة الصحة السعودية اليوم عن تسجيل حالات جديدة في الرياض وجدة.",
    "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش بالرئيس المصري عبد الفتاح السيسي في القاهرة.",
    "وقال المتحدث باسم الحكومة إن الاجتماع كان مثمرا.",
    "ذهب محمد وعلي إلى المدرسة صباحا.",
    "وأكد البيان أن الحكومة ستواصل العمل على تحسين الأوضاع الاقتصادية في البلاد.",
]
PERSIAN = [
    "وزیر امور خارجه ایران در نشست خبری گفت که کشورش مذاکره نمی‌کند.",
    "وزير امور خارجه ايران در نشست خبري گفت كه كشورش مذاكره نمي كند.",  # typed with Arabic ي and ك
    "ايران و روسيه توافق كردند.",
    "سازمان ملل متحد در نیویورک است.",
    "او گفت: «إن الله مع الصابرين» و سپس رفت.",  # a Persian sentence quoting Arabic
    "رئیس‌جمهور در مراسم افتتاحیه طرح‌های عمرانی استان فارس حضور یافت.",
    "تأثیر این مسأله بر رأی مردم روشن نیست.",  # Persian with أ
    "علی الخصوص در مورد حقوق بین الملل.",  # Persian with Arabic-article words
    "ولادیمیر پوتین به مسکو رفت.",
    "محمد علی رجایی",
    "Vladimir Putin met Xi Jinping.",
]


@pytest.mark.parametrize("text", ARABIC)
def test_arabic_sentences_look_arabic(text):
    assert looks_arabic([t.text for t in tokenize(text)])


@pytest.mark.parametrize("text", PERSIAN)
def test_persian_sentences_do_not_look_arabic(text):
    assert not looks_arabic([t.text for t in tokenize(text)])


class RecordingTagger:
    """Tags nothing; remembers the sentences it was given."""

    name = "recording"

    def __init__(self):
        self.seen: list[list[str]] = []

    def tag(self, sentences):
        self.seen.extend(list(s) for s in sentences if s)
        return [["O"] * len(s) for s in sentences]


def test_arabic_sentences_are_not_tagged_but_persian_ones_next_to_them_are(small_gazetteer):
    tagger = RecordingTagger()
    nlp = Pipeline(tagger=tagger, gazetteer=small_gazetteer)
    text = f"{PERSIAN[0]}\n{ARABIC[0]} {ARABIC[4]}\n{PERSIAN[4]}"
    nlp.extract(text)
    seen = [" ".join(s) for s in tagger.seen]
    assert len(seen) == 2
    assert seen[0].startswith("وزیر امور خارجه") and seen[1].startswith("او گفت")

    tagger.seen.clear()
    nlp.skip_arabic = False
    nlp.extract(text)
    assert len(tagger.seen) == 4


def test_gazetteer_names_in_arabic_sentences_are_still_linked(small_gazetteer):
    nlp = Pipeline(tagger=RecordingTagger(), gazetteer=small_gazetteer)
    doc = nlp.extract("قال المتحدث إن الصين وروسيا وقعتا على الاتفاق في قزاقستان.")
    assert [m.entity.id for m in doc.linked] == ["Q232"]


@pytest.mark.model
def test_real_model_invents_no_names_in_arabic_text(real_pipeline):
    for text in ARABIC:
        doc = real_pipeline.extract(text)
        assert [m for m in doc.mentions if m.source == "tagger"] == [], text
    mixed = real_pipeline.extract("ولادیمیر پوتین به مسکو رفت. قال المتحدث إن الاجتماع كان مثمرا على كل الأصعدة.")
    assert [(m.text, m.label) for m in mixed.mentions] == [("ولادیمیر پوتین", "PER"), ("مسکو", "LOC")]


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_real_model_on_hostile_text(real_pipeline, name):
    text = HOSTILE[name]
    check(text, real_pipeline.extract(text))


def test_threads_on_hostile_text_match_sequential_use(fake_pipeline):
    texts = list(HOSTILE.values()) * 3
    sequential = [fake_pipeline.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(fake_pipeline.extract, texts)) == sequential
        chunks = [texts[i::3] for i in range(3)]
        piped = list(pool.map(lambda c: list(fake_pipeline.pipe(c, batch_size=2)), chunks))
    assert piped == [[fake_pipeline.extract(t) for t in c] for c in chunks]


# -- what a custom tagger returns --------------------------------------------------------

class FixedTagger:
    name = "fixed"

    def __init__(self, make):
        self.make = make

    def tag(self, sentences):
        return self.make(sentences)


@pytest.mark.parametrize("make, message", [
    (lambda ss: [["B-MISC"] * len(s) for s in ss], r"'B-MISC'.*PER, LOC or ORG"),
    (lambda ss: [["I-"] * len(s) for s in ss], r"'I-'"),
    (lambda ss: [[None] * len(s) for s in ss], r"None"),
    (lambda ss: [["O"] * (len(s) + 1) for s in ss], r"tags for sentence 0 of 2 tokens"),
    (lambda ss: [], r"returned 0 tag lists for 1 sentences"),
    (lambda ss: "O O", r"tag lists"),
])
def test_a_tagger_returning_unusable_tags_gets_a_clear_error(small_gazetteer, make, message):
    from ner_fa.errors import NerFaError, TaggerError

    nlp = Pipeline(tagger=FixedTagger(make), gazetteer=small_gazetteer)
    with pytest.raises(TaggerError, match=message) as info:
        nlp.extract("علی آمد")
    assert isinstance(info.value, NerFaError) and isinstance(info.value, ValueError)
    assert "fixed" in str(info.value)


def test_tags_outside_bio_count_as_outside(small_gazetteer):
    nlp = Pipeline(tagger=FixedTagger(lambda ss: [["E-PER", "S-LOC"] for s in ss]), gazetteer=small_gazetteer)
    assert nlp.extract("علی آمد").mentions == ()
