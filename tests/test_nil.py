"""NIL entities: each grouping rule of ner_fa.nil, on hand-written documents."""

from __future__ import annotations

import pytest

from ner_fa import Document, EntityRef, Mention
from ner_fa.models import Candidate
from ner_fa.nil import load_titles, name_parts, nil_entities, nil_id, strip_titles

AHVAZ = EntityRef(id="Q1", type="city", name="Ahvaz", name_fa="اهواز")
REZAEI = EntityRef(id="mohsen-rezaei", type="person", name="Mohsen Rezaei", name_fa="محسن رضایی")


def doc(text: str, *spans, linked: dict | None = None) -> Document:
    """A document with a mention at each (substring, label[, occurrence]) in ``spans``."""
    linked = linked or {}
    out = []
    for sp in spans:
        sub, label, *occ = sp
        start = -1
        for _ in range((occ[0] if occ else 0) + 1):
            start = text.index(sub, start + 1)
        ent = linked.get(sub)
        out.append(Mention(text=sub, label=label, start=start, end=start + len(sub), entity=ent,
                           score=0.9 if ent else None))
    return Document(text=text, mentions=tuple(sorted(out, key=lambda m: m.start)))


def groups(d: Document) -> list[list[str]]:
    return [list(e.surface_forms) for e in nil_entities(d)]


def test_issue_example_surname_after_full_name():
    text = "علی رضایی‌نژاد در اهواز با حسین کریمی‌زاده دیدار کرد. رضایی‌نژاد گفت که کریمی‌زاده موافق است."
    d = doc(text, ("علی رضایی‌نژاد", "PER"), ("اهواز", "LOC"), ("حسین کریمی‌زاده", "PER"),
            ("رضایی‌نژاد", "PER", 1), ("کریمی‌زاده", "PER", 1), linked={"اهواز": AHVAZ})
    ents = nil_entities(d)
    assert [(e.id, e.count) for e in ents] == [("nil:PER:علی رضایی نژاد", 2), ("nil:PER:حسین کریمی زاده", 2)]
    assert ents[0].name_fa == "علی رضایی‌نژاد" and ents[0].surface_forms == ("علی رضایی‌نژاد", "رضایی‌نژاد")
    assert ents[0].spans[1] == (text.index("رضایی‌نژاد گفت"), text.index("رضایی‌نژاد گفت") + len("رضایی‌نژاد"))
    assert all(e.kind == "nil" and e.entity is None for e in ents)


def test_given_name_plus_surname_after_the_full_name():
    text = "محمد علی کریمی آمد. سپس علی کریمی گفت و کریمی رفت."
    d = doc(text, ("محمد علی کریمی", "PER"), ("علی کریمی", "PER", 1), ("کریمی", "PER", 2))
    assert groups(d) == [["محمد علی کریمی", "علی کریمی", "کریمی"]]
    text = "محمد علی کریمی آمد. سپس محمد کریمی گفت."
    assert groups(doc(text, ("محمد علی کریمی", "PER"), ("محمد کریمی", "PER"))) == [["محمد علی کریمی", "محمد کریمی"]]


def test_titles_zwnj_and_arabic_letters():
    text = "سردار علی رضایی‌نژاد آمد. دکتر علي رضايي نژاد گفت. حجت الاسلام و المسلمین رضایی نژاد رفت."
    d = doc(text, ("سردار علی رضایی‌نژاد", "PER"), ("دکتر علي رضايي نژاد", "PER"),
            ("حجت الاسلام و المسلمین رضایی نژاد", "PER"))
    ents = nil_entities(d)
    assert len(ents) == 1 and ents[0].count == 3
    assert ents[0].name_fa == "علی رضایی‌نژاد"  # the longest form (ties: the first), titles stripped
    assert ents[0].id == "nil:PER:علی رضایی نژاد"  # the key folds the Arabic letters


def test_titles_are_a_data_file_and_never_strip_the_whole_name():
    titles = load_titles()
    assert len(titles) > 20
    assert strip_titles("آیت‌الله سید علی محمدی") == "علی محمدی"
    assert strip_titles("دکتر") == "دکتر"
    assert strip_titles("امیر قلعه‌نویی") == "امیر قلعه‌نویی"  # a given name, not a title


def test_two_full_names_sharing_a_surname_never_merge():
    text = "علی رضایی و حسن رضایی دیدار کردند. علی رضایی گفت."
    d = doc(text, ("علی رضایی", "PER"), ("حسن رضایی", "PER"), ("علی رضایی", "PER", 1))
    assert [(e.surface_forms, e.count) for e in nil_entities(d)] == [(("علی رضایی",), 2), (("حسن رضایی",), 1)]


def test_ambiguous_bare_surname_stays_its_own_entity():
    text = "علی رضایی و حسن رضایی دیدار کردند. رضایی گفت."
    d = doc(text, ("علی رضایی", "PER"), ("حسن رضایی", "PER"), ("رضایی", "PER", 2))
    assert groups(d) == [["علی رضایی"], ["حسن رضایی"], ["رضایی"]]
    assert nil_entities(d)[2].id == "nil:PER:رضایی"


def test_surname_between_two_full_names_joins_the_preceding_one():
    text = "علی رضایی آمد. رضایی گفت. حسن رضایی رفت."
    d = doc(text, ("علی رضایی", "PER"), ("رضایی", "PER", 1), ("حسن رضایی", "PER"))
    assert groups(d) == [["علی رضایی", "رضایی"], ["حسن رضایی"]]


def test_bare_surname_shared_with_a_linked_person_stays_apart():
    text = "محسن رضایی و علی رضایی آمدند. رضایی گفت."
    d = doc(text, ("محسن رضایی", "PER"), ("علی رضایی", "PER"), ("رضایی", "PER", 2),
            linked={"محسن رضایی": REZAEI})
    assert groups(d) == [["علی رضایی"], ["رضایی"]]


def test_surname_before_the_full_name_joins_when_unique():
    text = "رضایی‌نژاد: مذاکره ادامه دارد\nعلی رضایی‌نژاد گفت."
    assert groups(doc(text, ("رضایی‌نژاد", "PER"), ("علی رضایی‌نژاد", "PER"))) == [["رضایی‌نژاد", "علی رضایی‌نژاد"]]
    text = "احمدی نژاد: خبر\nمحمود احمدی نژاد گفت."  # a spaced compound surname first
    assert groups(doc(text, ("احمدی نژاد", "PER"), ("محمود احمدی نژاد", "PER"))) == [
        ["احمدی نژاد", "محمود احمدی نژاد"]]
    text = "رضایی: خبر\nعلی رضایی و حسن رضایی گفتند."
    d = doc(text, ("رضایی", "PER"), ("علی رضایی", "PER"), ("حسن رضایی", "PER"))
    assert groups(d) == [["رضایی"], ["علی رضایی"], ["حسن رضایی"]]


def test_given_name_alone_does_not_join():
    text = "علی رضایی آمد و علی گفت."
    assert groups(doc(text, ("علی رضایی", "PER"), ("علی", "PER", 1))) == [["علی رضایی"], ["علی"]]


def test_acronym_in_parentheses_after_an_org():
    text = "شرکت ملی پخش فرآورده‌های نفتی (شپنا) اعلام کرد. شپنا گفت و سازمان دیگر (سد) نیز."
    d = doc(text, ("شرکت ملی پخش فرآورده‌های نفتی", "ORG"), ("شپنا", "ORG"), ("شپنا", "ORG", 1))
    ents = nil_entities(d)
    assert len(ents) == 1 and ents[0].count == 3 and ents[0].name_fa == "شرکت ملی پخش فرآورده‌های نفتی"
    assert ents[0].id == "nil:ORG:شرکت ملی پخش فراورده های نفتی"
    # the long form in parentheses after the acronym; a Latin acronym tagged with another label
    text = "ایکاو (سازمان بین‌المللی هواپیمایی کشوری) و انجمن ملی (NIA) گفتند."
    d = doc(text, ("ایکاو", "ORG"), ("سازمان بین‌المللی هواپیمایی کشوری", "ORG"), ("انجمن ملی", "ORG"),
            ("NIA", "LOC"))
    assert groups(d) == [["ایکاو", "سازمان بین‌المللی هواپیمایی کشوری"], ["انجمن ملی", "NIA"]]
    assert nil_entities(d)[0].label == "ORG"


def test_parentheses_not_right_after_do_not_merge():
    text = "انجمن ملی گفت (طبق گزارش) که ناجا آمد."
    assert groups(doc(text, ("انجمن ملی", "ORG"), ("ناجا", "ORG"))) == [["انجمن ملی"], ["ناجا"]]


def test_labels_do_not_mix_and_locations_join_on_equal_keys():
    text = "کرج و كرج و کرج"
    d = doc(text, ("کرج", "LOC"), ("كرج", "LOC"), ("کرج", "ORG", 1))
    assert [(e.id, e.count) for e in nil_entities(d)] == [("nil:LOC:کرج", 2), ("nil:ORG:کرج", 1)]


def test_candidates_not_linked_to_are_kept():
    text = "علی رضایی آمد. رضایی گفت."
    c1 = Candidate(id="mohsen-rezaei", name="Mohsen Rezaei", score=0.4, similarity=0.6, alias="رضایی")
    c2 = Candidate(id="x", name="X", score=0.2, similarity=0.5, alias="رضا")
    m1 = Mention(text="علی رضایی", label="PER", start=0, end=9, candidates=(c2,))
    m2 = Mention(text="رضایی", label="PER", start=15, end=20, candidates=(c1, c2))
    ents = nil_entities(Document(text=text, mentions=(m1, m2)))
    assert [c.id for c in ents[0].candidates] == ["mohsen-rezaei", "x"]


def test_name_parts_and_id():
    assert name_parts("محمد علی کریمی") == {"علیکریمی", "کریمی", "محمدکریمی"}
    assert name_parts("کریمی") == set()
    assert nil_id("PER", "علی رضایی‌نژاد") == nil_id("PER", "علي رضايي نژاد") == "nil:PER:علی رضایی نژاد"


def test_document_entities_lists_linked_and_nil_and_the_flag_keeps_the_old_view():
    text = "علی رضایی در اهواز بود. رضایی گفت اهواز زیباست و اهواز."
    d = doc(text, ("علی رضایی", "PER"), ("اهواز", "LOC"), ("رضایی", "PER", 1), ("اهواز", "LOC", 1),
            ("اهواز", "LOC", 2), linked={"اهواز": AHVAZ})
    ents = d.entities()
    assert [(e.kind, e.id, e.count) for e in ents] == [("linked", "Q1", 3), ("nil", "nil:PER:علی رضایی", 2)]
    assert ents[0].linked and not ents[1].linked and ents[1].entity is None
    assert [e.id for e in d.entities(linked_only=True)] == ["Q1"]


@pytest.mark.parametrize("kind,entity", [("nil", AHVAZ), ("linked", None)])
def test_summary_kind_and_entity_must_agree(kind, entity):
    from pydantic import ValidationError

    from ner_fa.models import EntitySummary

    with pytest.raises(ValidationError):
        EntitySummary(kind=kind, id="Q1", label="LOC", name_fa="اهواز", entity=entity, count=1,
                      surface_forms=("اهواز",), spans=((0, 5),))


@pytest.mark.model
def test_issue_example_with_the_shipped_pipeline(real_pipeline):
    doc = real_pipeline.extract("علی رضایی‌نژاد در اهواز با حسین کریمی‌زاده دیدار کرد. رضایی‌نژاد گفت که این طرح "
                                "ادامه دارد.")
    assert [(e.kind, e.id, e.count) for e in doc.entities()] == [
        ("nil", "nil:PER:علی رضایی نژاد", 2), ("linked", "ahvaz", 1), ("nil", "nil:PER:حسین کریمی زاده", 1)]
