"""Web and social-media text: emojis, handles and links are in no name (ner_fa.web_text)."""

from __future__ import annotations

from ner_fa import FakeTagger, Pipeline
from ner_fa.gazetteer import default_gazetteer
from ner_fa.tokenize import tokenize
from ner_fa.web_text import outside_names


def outside(text: str) -> list[str]:
    toks = tokenize(text)
    return [t.text for t, out in zip(toks, outside_names(toks)) if out]


def test_emojis_handles_and_link_pieces_are_outside_names():
    assert outside("ماهان ایر 💥💥 ~~~ ⭐️خدمات 👇🏻") == ["💥", "💥", "~", "~", "~", "⭐️", "👇", "🏻"]
    assert outside("کانال خندوانه @khandevaneeh") == ["khandevaneeh"]
    # a link the scraper broke into pieces; a whole link is one token, which is left to the tagger
    assert outside("گزارش http: //akharinkhabar. ir/politics/4857030") == [
        "http", "akharinkhabar", "ir", "politics"]
    assert outside("https://t.me/x و www") == ["www"]
    assert outside("مجلس bit. ly و U.S. و J. Smith") == ["bit", "ly"]

    # names and the signs names may hold stay in
    assert outside("شرکت Canal+ و Google، «ایسنا» (ره) کرج-تهران") == []


def test_a_tagger_span_ends_at_an_emoji_and_never_holds_a_handle():
    # the tagger (here a fake one) runs an ORG span across emojis into the next words, and tags a handle
    tagger = FakeTagger({"ماهان ایر 💥 ~ خدمات مسافرتی": "ORG", "@ khandevaneeh": "ORG", "خندوانه": "ORG",
                         "دانشگاه علم و صنعت ایران ☀️ مشهد": "ORG"})
    nlp = Pipeline(tagger=tagger, gazetteer=default_gazetteer())
    doc = nlp("بلیت ماهان ایر 💥 ~ خدمات مسافرتی\nکانال خندوانه @khandevaneeh\nدانشگاه علم و صنعت ایران ☀️ مشهد")
    assert [(m.text, m.entity.id if m.entity else None) for m in doc.mentions] == [
        ("ماهان ایر", "mahan-air"), ("خدمات مسافرتی", None), ("خندوانه", None),
        ("دانشگاه علم و صنعت ایران", "iust"), ("مشهد", None)]


def test_an_unlinked_latin_word_in_lower_case_is_no_name():
    # «evand» (a site's name in its link) tagged PER; «wto», the catalogue's acronym, stays a linked name
    nlp = Pipeline(tagger=FakeTagger({"evand": "PER", "wto": "ORG", "Foxconn": "ORG"}), gazetteer=default_gazetteer())
    doc = nlp("ثبت نام در evand و عضویت در wto و کارخانه Foxconn")
    assert [(m.text, m.entity.id if m.entity else None) for m in doc.mentions] == [("wto", "wto"), ("Foxconn", None)]
