"""ner_fa.office_holder: the words after a minister's title name an office, not a body."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import RawMention
from ner_fa.office_holder import office_mentions
from ner_fa.tokenize import tokenize


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    # the tagger marks the office's words as an organization, as the shipped model often does
    return Pipeline(tagger=FakeTagger({"امور خارجه ایتالیا": "ORG", "خارجه ایران": "ORG", "کشور": "ORG",
                                       "دفاع روسیه": "ORG", "وزیر امور خارجه آلمان": "ORG",
                                       "وزارت امور خارجه ایتالیا": "ORG", "منوچهر متکی": "PER"}),
                    gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.label, m.entity.id if m.entity else None) for m in doc.mentions]


@pytest.mark.parametrize("text, country, wikidata", [
    ("وزیر امور خارجه ایتالیا گفت که سفر لغو شد .", "ایتالیا", "Q38"),
    ("وزیر خارجه ایران به مسکو رفت .", "ایران", "Q794"),
    ("وزیر دفاع روسیه گفت .", "روسیه", "Q159"),
    ("وزرای خارجه ایران و ترکیه دیدار کردند .", "ایران", "Q794"),
    ("وزیر امور خارجه آلمان گفت .", "آلمان", "Q183"),     # the title inside the tagger's span
])
def test_a_ministers_country_is_the_mention(nlp, text, country, wikidata):
    got = links(nlp(text))
    assert (country, "LOC", wikidata) in got
    assert not any(eid and eid.startswith(("mfa-", "ministry-")) for _, _, eid in got)


def test_the_office_alone_is_not_linked(nlp):
    # the span stays (PEYMA annotates it), unlinked; the ministry stays its candidate
    doc = nlp("وزیر کشور گفت که انتخابات برگزار می‌شود .")
    assert links(doc) == [("کشور", "ORG", None)]
    assert doc.mentions[0].candidates[0].id == "ministry-interior-iran"


def test_the_ministry_itself_and_other_names_are_kept(nlp):
    got = links(nlp("وزارت امور خارجه ایتالیا اعلام کرد و منوچهر متکی گفت ."))
    assert ("وزارت امور خارجه ایتالیا", "ORG", "mfa-italy") in got
    assert ("منوچهر متکی", "PER", "manouchehr-mottaki") in got
    # «کشور» (the country, a common noun) with no title before it stays the tagger's
    assert [t for t, _, _ in links(nlp("این کشور گفت ."))] == ["کشور"]


def test_office_mentions_on_its_own():
    text = "وزیر امور خارجه ایتالیا و وزیر کشور و وزیر علی احمدی آمدند"
    tokens = tokenize(text)
    idx = {t.text: i for i, t in enumerate(tokens)}

    def raw(first: str, last: str, label: str = "ORG") -> RawMention:
        i = next(k for k, t in enumerate(tokens) if t.text == first)
        j = next(k for k, t in enumerate(tokens) if t.text == last and k >= i) + 1
        return RawMention(tokens[i].start, tokens[j - 1].end, label, "tagger", i, j)

    bodies = {"وزارت امور خارجه", "وزارت کشور"}
    out, offices = office_mentions(text, tokens, [raw("امور", "ایتالیا"), raw("کشور", "کشور"),
                                                  raw("علی", "احمدی", "PER")],
                                   {("وزیر",): "وزارت"}, lambda form: form in bodies,
                                   lambda s, e: text[s:e] == "ایتالیا")
    assert [(text[m.start:m.end], m.label) for m in out] == [("ایتالیا", "LOC"), ("کشور", "ORG"), ("علی احمدی", "PER")]
    assert out[0].token_start == idx["ایتالیا"]
    assert [text[s:e] for s, e in offices] == ["کشور"]
