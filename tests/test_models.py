import pytest
from pydantic import ValidationError

from ner_fa import Document, EntityRef, Mention

TEXT = "شی جین‌پینگ رئیس جمهور چین گفت، شی به قزاقستان رفت."
XI = EntityRef(id="Q15031", type="person", name="Xi Jinping", name_fa="شی جین‌پینگ", wikidata="Q15031")
CHINA = EntityRef(id="Q148", type="country", name="China", name_fa="چین", wikidata="Q148")


def mention(text, sub, label, entity=None, occurrence=0, **kw):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(sub, start + 1)
    return Mention(text=sub, label=label, start=start, end=start + len(sub), entity=entity,
                   score=0.9 if entity else None, **kw)


def make_doc():
    return Document(text=TEXT, mentions=(
        mention(TEXT, "شی جین‌پینگ", "PER", XI),
        mention(TEXT, "چین", "LOC", CHINA),
        mention(TEXT, "شی", "PER", XI, occurrence=1, source="context"),
        mention(TEXT, "قزاقستان", "LOC"),
    ))


def test_json_round_trip_keeps_persian_readable():
    doc = make_doc()
    js = doc.model_dump_json()
    assert "جین‌پینگ" in js and "\\u" not in js
    assert Document.model_validate_json(js) == doc


def test_entities_groups_mentions_most_frequent_first():
    ents = make_doc().entities()
    assert [(e.kind, e.id) for e in ents] == [("linked", "Q15031"), ("linked", "Q148"), ("nil", "nil:LOC:قزاقستان")]
    assert [e.entity.id for e in make_doc().entities(linked_only=True)] == ["Q15031", "Q148"]
    assert ents[0].count == 2 and ents[0].surface_forms == ("شی جین‌پینگ", "شی")
    assert make_doc().unlinked[0].text == "قزاقستان"


def test_models_are_frozen_and_forbid_extra_fields():
    doc = make_doc()
    with pytest.raises(ValidationError):
        doc.text = "x"
    with pytest.raises(ValidationError):
        Mention(text="a", label="PER", start=0, end=1, colour="red")


@pytest.mark.parametrize("kw", [
    {"text": "ab", "label": "PER", "start": 2, "end": 2},       # empty span
    {"text": "ab", "label": "PER", "start": 0, "end": 3},       # length mismatch
    {"text": "ab", "label": "XYZ", "start": 0, "end": 2},       # unknown label
    {"text": "ab", "label": "PER", "start": -1, "end": 1},      # negative
    {"text": "ab", "label": "PER", "start": 0, "end": 2, "score": 0.5},  # score without entity
])
def test_invalid_mentions_are_rejected(kw):
    with pytest.raises(ValidationError):
        Mention(**kw)


def test_document_checks_offsets_against_text():
    m = Mention(text="چین", label="LOC", start=0, end=3)
    with pytest.raises(ValidationError, match="differs"):
        Document(text="ایران", mentions=(m,))
    a = mention(TEXT, "چین", "LOC")
    b = mention(TEXT, "شی جین‌پینگ", "PER")
    with pytest.raises(ValidationError, match="sorted"):
        Document(text=TEXT, mentions=(a, b))
    with pytest.raises(ValidationError, match="beyond"):
        Document(text="چی", mentions=(Mention(text="چین", label="LOC", start=0, end=3),))


def test_wikidata_ids_are_validated():
    with pytest.raises(ValidationError):
        EntityRef(id="x", type="person", name="X", name_fa="ایکس", wikidata="12")
    assert XI.wikidata_url == "https://www.wikidata.org/wiki/Q15031"


def test_nested_mentions_must_lie_inside_and_match_the_text():
    inner = Mention(text="چین", label="LOC", start=5, end=8, entity=CHINA, score=0.9)
    outer = Mention(text="دولت چین", label="ORG", start=0, end=8, nested=(inner,))
    ents = Document(text="دولت چین", mentions=(outer,)).entities()
    assert [(e.kind, e.id) for e in ents] == [("nil", "nil:ORG:دولت چین"), ("linked", "Q148")]
    assert ents[1].entity == CHINA
    with pytest.raises(ValidationError, match="inside"):
        Mention(text="دولت", label="ORG", start=0, end=4, nested=(inner,))
    with pytest.raises(ValidationError, match="differs"):
        Document(text="دولت هند", mentions=(Mention(text="دولت هند", label="ORG", start=0, end=8,
                                                      nested=(inner,)),))
