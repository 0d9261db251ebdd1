"""ner_fa.free_forms: weak aliases found in running text («مجلس», «آژانس» in nuclear news)."""

from __future__ import annotations

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.free_forms import FreeFormsError, load_free_forms
from ner_fa.gazetteer import default_gazetteer


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    # the tagger marks only the places: «مجلس» and «آژانس» are left to the table
    return Pipeline(tagger=FakeTagger({"خرمشهر": "LOC", "عراق": "LOC", "ایران": "LOC"}), gazetteer=default_gazetteer())


def links(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity.id if m.entity else None) for m in doc.mentions]


def test_the_majlis_in_running_text(nlp):
    assert ("مجلس", "majlis-iran") in links(nlp("نماینده مردم خرمشهر در مجلس گفت ."))


@pytest.mark.parametrize("text", [
    "مجلس عزاداری برگزار شد .",             # a mourning ceremony
    "مجلس عراق قانون را تصویب کرد .",        # another country's parliament: a country's name follows
    "مجلس امت کویت تشکیل جلسه داد .",
    "مداحان در مجلس امام حسین سخن گفتند .",   # a mourning gathering for the Imam
])
def test_no_majlis_before_a_listed_word_or_a_country(nlp, text):
    assert ("مجلس", "majlis-iran") not in links(nlp(text))


def test_the_agency_only_in_a_text_about_nuclear_matters(nlp):
    nuclear = nlp("ایران با آژانس درباره برنامه هسته‌ای به توافق رسید .")
    assert ("آژانس", "iaea") in links(nuclear)
    assert ("آژانس", "iaea") not in links(nlp("ایران با آژانس درباره سفر به توافق رسید ."))
    assert ("آژانس", "iaea") not in links(nlp("آژانس خبری گزارش داد که فعالیت هسته‌ای ادامه دارد ."))


def test_the_fara_bourse_in_running_text(nlp):
    assert ("فرابورس", "ifb") in links(nlp("ارزش معاملات در فرابورس امروز افزایش یافت ."))
    assert ("فرابورس", "ifb") in links(nlp("نمادهای مورد علاقه معامله‌گران در فرابورس معرفی شدند ."))


def test_a_malformed_table_says_which_line(tmp_path):
    bad = tmp_path / "free_forms.tsv"
    bad.write_text("# comment\nمجلس\tmajlis-iran\n", encoding="utf-8")
    with pytest.raises(FreeFormsError, match=r"free_forms.tsv:2: expected form"):
        load_free_forms(bad)
