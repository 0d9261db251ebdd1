"""scripts/fa_letters.py: the Persian letter fix the gazetteer builders share."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fix_letters():
    spec = importlib.util.spec_from_file_location("fa_letters", ROOT / "scripts" / "fa_letters.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.fix_letters


@pytest.mark.parametrize("raw, fixed", [
    ("علي", "علی"),                               # Arabic yeh
    ("مصطفى", "مصطفی"),                           # alef maksura
    ("كره", "کره"),                               # Arabic kaf
    ("مدرسۀ", "مدرسه\u0654"),                     # heh with yeh above -> heh + hamza above
    ("مدرسه\u0654", "مدرسه\u0654"),               # the hamza above is kept
    ("مُحَمَّد", "محمد"),                          # short vowels and shadda removed
    ("عربـــی", "عربی"),                          # tatweel removed
    ("می\u200bخواهم", "می\u200cخواهم"),           # zero-width space -> ZWNJ
    ("می \u200c\u200c خواهم", "می\u200cخواهم"),   # a ZWNJ run with spaces -> one ZWNJ
    ("  جان\u00a0\tکری  ", "جان کری"),            # no-break space, tabs, ends
    ("ا\u0653", "آ"),                             # NFC composes alef + madda
])
def test_fix_letters(fix_letters, raw, fixed):
    assert fix_letters(raw) == fixed


def test_fix_letters_is_idempotent(fix_letters):
    s = "  سيد مُحَمَّد  خاتمي \u200b نژاد "
    assert fix_letters(fix_letters(s)) == fix_letters(s) == "سید محمد خاتمی\u200cنژاد"
