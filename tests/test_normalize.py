from hypothesis import given
from hypothesis import strategies as st

from ner_fa.normalize import ZWNJ, compact_key, normalize_chars, spaced_key

PERSIANISH = st.text(alphabet=st.sampled_from(list("يكةىۀكیکهابپتثجچ ۰۱۲٣٤0123\u200c\u200b\u064b\ufb8e\ufef1«»،.a")))


def test_arabic_letters_and_digits_map_to_persian_one_to_one():
    assert normalize_chars("علي كريمي") == "علی کریمی"
    assert normalize_chars("۱۴۰۰/٠٩") == "1400/09"
    assert normalize_chars("ﻛ") == "ک"  # presentation form
    assert normalize_chars("a\u200bb") == "a" + ZWNJ + "b"


@given(st.text())
def test_normalize_chars_keeps_length_and_is_idempotent(s):
    n = normalize_chars(s)
    assert len(n) == len(s)
    assert normalize_chars(n) == n


@given(PERSIANISH)
def test_keys_are_idempotent(s):
    assert spaced_key(spaced_key(s)) == spaced_key(s)
    assert compact_key(compact_key(s)) == compact_key(s)


def test_zwnj_variants_share_the_compact_key():
    forms = ["جین‌پینگ", "جین پینگ", "جینپینگ", "جين‌پينگ"]
    assert len({compact_key(f) for f in forms}) == 1
    assert spaced_key("خطیب‌زاده") == "خطیب زاده"


def test_keys_fold_diacritics_hamza_and_case():
    assert compact_key("شیء") == compact_key("شی")
    assert compact_key("آمریکا") == compact_key("امریکا")
    assert compact_key("مُحَمَّد") == compact_key("محمد")
    assert compact_key("CSTO") == compact_key("csto")
    assert compact_key("«چین»،") == "چین"


def test_normalize_rejects_non_str():
    import pytest
    with pytest.raises(TypeError):
        normalize_chars(b"x")
