"""The Persian letter fix every gazetteer builder applies to a Persian form before writing it.

``scripts/build_countries.py``, ``scripts/build_organizations.py`` and ``scripts/people_common.py``
(for ``build_people.py`` and ``build_people_extra.py``) import :func:`fix_letters` from here, so the
map is written once.

What it does, in order:

* Unicode NFC;
* Arabic ي/ى → Persian ی, Arabic ك → Persian ک, ۀ → ه + hamza above (هٔ, the form the tables write);
* tatweel removed; zero-width space and zero-width joiner → ZWNJ; no-break space → space;
* short-vowel marks, tanwin, shadda, sukun and superscript alef removed (the hamza above, U+0654, is kept);
* a ZWNJ run with spaces around it becomes one ZWNJ; runs of white space become one space, ends trimmed.

The hand tables of people and organizations contain none of the characters this changes beyond the
first two maps; CLDR and mledoze names (countries) do.
"""

from __future__ import annotations

import re
import unicodedata

ZWNJ = "\u200c"

LETTER_MAP = str.maketrans({
    "\u064a": "\u06cc",  # ي → ی
    "\u0649": "\u06cc",  # ى → ی
    "\u0643": "\u06a9",  # ك → ک
    "\u06c0": "\u0647\u0654",  # ۀ → هٔ
    "\u0640": None,  # tatweel
    "\u200b": ZWNJ,  # zero-width space
    "\u200d": ZWNJ,  # zero-width joiner
    "\u00a0": " ",  # no-break space
})
_MARKS = re.compile("[\u064b-\u0652\u0670]")  # short vowels, tanwin, shadda, sukun, superscript alef
_ZWNJ_RUN = re.compile(r"\s*" + ZWNJ + r"+\s*")


def fix_letters(text: str) -> str:
    """``text`` with Persian letters, no vowel marks, one ZWNJ per join and single spaces (see the module doc)."""
    s = _MARKS.sub("", unicodedata.normalize("NFC", text).translate(LETTER_MAP))
    return " ".join(_ZWNJ_RUN.sub(ZWNJ, s).split())
