"""What a document says of its links (ner_fa.link_signals) and the word table (ner_fa.words)."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Gazetteer, GazetteerEntity, Linker, LinkerConfig, Pipeline
from ner_fa.calibration import FEATURES, WHERE, Calibrator
from ner_fa.link_signals import document_signals
from ner_fa.linker import LinkResult, RawMention
from ner_fa.words import WORDS_PATH, WordTable, WordTableError, default_words


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer([
        GazetteerEntity(id="isf", type="city", name="Isfahan", name_fa="اصفهان", country="IR", prior=0.8),
        GazetteerEntity(id="isf-prov", type="region", name="Isfahan Province", name_fa="استان اصفهان", country="IR",
                        description="province of Iran", prior=0.6),
        GazetteerEntity(id="xi", type="person", name="Xi Jinping", name_fa="شی جینپینگ", country="CN", prior=0.8),
        GazetteerEntity(id="moh", type="organization", name="Ministry of Health", name_fa="وزارت بهداشت",
                        country="IR", prior=0.7),
        GazetteerEntity(id="af", type="country", name="Afghanistan", name_fa="افغانستان", country="AF", prior=0.9),
        GazetteerEntity(id="tabriz", type="city", name="Tabriz", name_fa="تبریز", country="IR", prior=0.6),
    ])


def _items(gaz, text, spans):
    """``(mention, raw result, origin)`` for (surface, label, entity id, origin) in document order."""
    out, at = [], 0
    for surface, label, eid, origin in spans:
        start = text.index(surface, at)
        at = start + len(surface)
        out.append((RawMention(start, at, label, "tagger" if origin == "nested" else origin),
                    LinkResult(gaz[eid], 0.9, []), origin))
    return out


def test_rivals_heads_and_the_named_province(gaz):
    text = "در استان اصفهان و اصفهان و تبریز"
    items = _items(gaz, text, [("اصفهان", "LOC", "isf", "nested"), ("اصفهان", "LOC", "isf", "tagger"),
                               ("تبریز", "LOC", "tabriz", "tagger")])
    nested, bare, other = document_signals(text, items, gaz)
    # «اصفهان» linked to the city has a rival, the province «استان اصفهان», written in this document
    assert nested["rival"] == bare["rival"] == 1.0 and nested["rival_named"] == bare["rival_named"] == 1.0
    # inside «استان اصفهان» the head before it excludes a city
    assert nested["nested"] == 1.0 and nested["head_disagrees"] == 1.0 and bare["head_disagrees"] == 0.0
    assert other["rival"] == 0.0 and other["rival_named"] == 0.0
    assert nested["entity_mentions"] == bare["entity_mentions"] == 2 / 4


def test_fuller_form_origin_and_label(gaz):
    text = "شی جینپینگ آمد و شی گفت"
    items = _items(gaz, text, [("شی جینپینگ", "PER", "xi", "tagger"), ("شی", "PER", "xi", "context")])
    full, short = document_signals(text, items, gaz)
    assert full["fuller_form"] == 0.0 and short["fuller_form"] == 1.0
    assert short["from_context"] == 1.0 and full["from_context"] == 0.0
    assert full["n_words"] == 2 / 4 and full["label_agrees"] == 1.0
    items = _items(gaz, text, [("شی جینپینگ", "LOC", "xi", "gazetteer")])
    (sig,) = document_signals(text, items, gaz)
    assert sig["label_agrees"] == 0.0 and sig["from_matcher"] == 1.0


def test_a_fuller_name_of_someone_else(gaz):
    # «علی شی» (unlinked, someone else) before «شی» linked to Xi Jinping: the surname is another person's
    text = "علی شی آمد و شی گفت"
    at = text.rindex("شی")
    items = [(RawMention(0, 6, "PER"), LinkResult(None, None, []), "tagger"),
             (RawMention(at, at + 2, "PER"), LinkResult(gaz["xi"], 0.9, []), "tagger")]
    _, short = document_signals(text, items, gaz)
    assert short["fuller_other"] == 1.0 and short["fuller_form"] == 0.0
    # the person's own fuller form is no other
    text = "شی جینپینگ آمد و شی گفت"
    items = _items(gaz, text, [("شی جینپینگ", "PER", "xi", "tagger"), ("شی", "PER", "xi", "tagger")])
    assert [sig["fuller_other"] for sig in document_signals(text, items, gaz)] == [0.0, 0.0]


def test_a_foreign_country_right_after_the_body(gaz):
    text = "وزارت بهداشت افغانستان اعلام کرد"
    items = _items(gaz, text, [("وزارت بهداشت", "ORG", "moh", "tagger"), ("افغانستان", "LOC", "af", "tagger")])
    ministry, country = document_signals(text, items, gaz)
    assert ministry["foreign_country_next"] == 1.0 and country["foreign_country_next"] == 0.0
    text = "وزارت بهداشت اعلام کرد"
    (alone,) = document_signals(text, _items(gaz, text, [("وزارت بهداشت", "ORG", "moh", "tagger")]), gaz)
    assert alone["foreign_country_next"] == 0.0


def test_signals_cover_the_calibration_features_and_unlinked_get_none(gaz):
    text = "اصفهان و تبریز"
    items = _items(gaz, text, [("اصفهان", "LOC", "isf", "tagger")])
    items.append((RawMention(9, 14, "LOC"), LinkResult(None, None, []), "tagger"))
    sig, none = document_signals(text, items, gaz)
    assert none is None and set(sig) == set(WHERE) and set(WHERE) <= set(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in sig.values())


def test_word_table_tells_a_plain_word_from_a_name(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("# test\nword\tper_million\tner_count\tner_entity\nکار\t1600\t800\t40\nهریس\t5.0\t0\t0\n",
                    encoding="utf-8")
    table = WordTable.load(path)
    common, rare, unseen = table.signals("کار"), table.signals("هریس"), table.signals("زززز")
    assert common["word_frequency"] > rare["word_frequency"] > unseen["word_frequency"] == 0.0
    assert common["name_share"] == pytest.approx(41 / 802) and unseen["name_share"] == 0.5
    assert table.signals("وزارت کار") == {"word_frequency": 0.0, "name_share": 0.0}   # several words
    path.write_text("کار\t1600\n", encoding="utf-8")
    with pytest.raises(WordTableError, match="build_word_table"):
        WordTable.load(path)


def test_shipped_word_table():
    assert WORDS_PATH.exists() and len(default_words()) > 1000
    words = default_words()
    assert words.signals("کار")["name_share"] < 0.2 < words.signals("تهران")["name_share"]


def _calibrated_pipeline(gaz, threshold, weights):
    nlp = Pipeline(tagger=FakeTagger({"اصفهان": "LOC"}), gazetteer=gaz)
    nlp.linker.calibrator = Calibrator(weights, 0.0, threshold=threshold)
    return nlp


def test_a_tagger_mention_below_the_threshold_stays_unlinked_with_its_candidates(gaz):
    # a calibration that doubts every link with a rival: «اصفهان» (the city, the province its rival)
    doubt = {"rival": -5.0, "score": 2.0}
    doc = _calibrated_pipeline(gaz, 0.5, doubt)("او در اصفهان است")
    (m,) = doc.mentions
    assert m.text == "اصفهان" and m.entity is None and m.score is None and m.candidates[0].id == "isf"
    doc = _calibrated_pipeline(gaz, 0.0, doubt)("او در اصفهان است")
    assert doc.mentions[0].entity.id == "isf" and doc.mentions[0].score < 0.5
    # an explicit min_probability wins over the calibration's own threshold
    nlp = _calibrated_pipeline(gaz, 0.5, doubt)
    nlp.linker = Linker(gaz, LinkerConfig(min_probability=0.0), calibrator=nlp.linker.calibrator)
    assert nlp("او در اصفهان است").mentions[0].entity.id == "isf"


def test_a_gazetteer_find_below_the_threshold_is_no_mention(gaz):
    # «تبریز» is found by the gazetteer matcher only: without its link nothing says it is a name
    nlp = _calibrated_pipeline(gaz, 0.5, {"from_matcher": -5.0, "score": 2.0})
    doc = nlp("او در اصفهان و تبریز است")
    assert [(m.text, m.entity.id if m.entity else None) for m in doc.mentions] == [("اصفهان", "isf")]
    nlp = _calibrated_pipeline(gaz, 0.0, {"from_matcher": -5.0, "score": 2.0})
    assert [m.text for m in nlp("او در اصفهان و تبریز است").mentions] == ["اصفهان", "تبریز"]


def test_a_mentions_own_generic_head_agrees_with_its_entity(gaz):
    # «شهر اصفهان» linked to the city: the mention's own first word is a head that allows a city
    text = "مردم شهر اصفهان و استان اصفهان"
    items = _items(gaz, text, [("شهر اصفهان", "LOC", "isf", "tagger"), ("استان اصفهان", "LOC", "isf", "tagger")])
    city, province = document_signals(text, items, gaz)
    assert city["head_agrees"] == 1.0 and city["head_disagrees"] == 0.0
    assert province["head_disagrees"] == 1.0 and province["head_agrees"] == 0.0


def test_a_person_who_is_no_athlete_in_a_report_about_clubs():
    gaz = Gazetteer([
        GazetteerEntity(id="diplomat", type="person", name="Hossein Jaberi Ansari", name_fa="جابر انصاری",
                        country="IR", description="Iranian diplomat", prior=0.4),
        GazetteerEntity(id="coach", type="person", name="Ali Daei", name_fa="علی دایی", country="IR",
                        description="Iranian football coach", prior=0.6),
    ])
    text = "در لیگ برتر فوتبال باشگاه‌ها جابر انصاری و علی دایی به میدان رفتند و تیم باشگاه برد ."
    items = _items(gaz, text, [("جابر انصاری", "PER", "diplomat", "tagger"), ("علی دایی", "PER", "coach", "tagger")])
    diplomat, coach = document_signals(text, items, gaz)
    assert diplomat["sports_other_person"] > 0 and coach["sports_other_person"] == 0.0
    # outside a sports text: nothing
    plain = "جابر انصاری در نشست خبری گفت ."
    (alone,) = document_signals(plain, _items(gaz, plain, [("جابر انصاری", "PER", "diplomat", "tagger")]), gaz)
    assert alone["sports_other_person"] == 0.0


def test_a_company_in_a_report_about_clubs_may_be_its_team():
    gaz = Gazetteer([
        GazetteerEntity(id="bank", type="organization", name="Sarmayeh Bank", name_fa="بانک سرمایه",
                        country="IR", description="Iranian bank", prior=0.3),
        GazetteerEntity(id="club", type="organization", name="Paykan F.C.", name_fa="پیکان", country="IR",
                        description="Iranian football club; the carmaker's team", prior=0.3),
    ])
    text = "در لیگ برتر والیبال باشگاه‌ها بانک سرمایه و پیکان به میدان رفتند و تیم باشگاه برد ."
    items = _items(gaz, text, [("بانک سرمایه", "ORG", "bank", "tagger"), ("پیکان", "ORG", "club", "tagger")])
    bank, club = document_signals(text, items, gaz)
    assert bank["sports_sponsor"] > 0 and club["sports_sponsor"] == 0.0     # a club is never its own sponsor
    plain = "بانک سرمایه سود سپرده را افزایش داد ."
    (alone,) = document_signals(plain, _items(gaz, plain, [("بانک سرمایه", "ORG", "bank", "tagger")]), gaz)
    assert alone["sports_sponsor"] == 0.0
