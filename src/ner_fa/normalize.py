"""Persian character normalization.

Two kinds of normalization live here, and they must not be confused:

* :func:`normalize_chars` is a **one-to-one, length-preserving** character map
  (Arabic ``ي``/``ك``/``ة`` → Persian ``ی``/``ک``/``ه``, Arabic-Indic and Persian
  digits → ASCII, Arabic presentation forms → base letters, zero-width
  look-alikes → ZWNJ). Its output has exactly the length of its input, so any
  offset computed on it is an offset into the caller's original string. This is
  what the tagger sees.
* :func:`spaced_key` and :func:`compact_key` build **match keys** for linking.
  They fold much more (diacritics, tatweel, hamza carriers, ZWNJ, punctuation,
  case) and change length; they are never used for offsets.

``spaced_key`` turns ZWNJ into a space, ``compact_key`` removes every space and
ZWNJ, so «جین‌پینگ», «جین پینگ» and «جینپینگ» share the compact key ``جینپینگ``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ZWNJ",
    "compact_key",
    "normalize_chars",
    "replace_surrogates",
    "spaced_key",
]

ZWNJ = "\u200c"

_ONE_TO_ONE: dict[int, str] = {}


def _add(sources: str, target: str) -> None:
    for ch in sources:
        _ONE_TO_ONE[ord(ch)] = target


# Arabic letter variants → the Persian letters.
_add("\u064a\u0649\u06d0\u06cd", "\u06cc")  # ي ى ې ۍ → ی
_add("\u0643\u06aa\u06ac", "\u06a9")  # ك ڪ ڬ → ک
_add("\u0629\u06c1\u06d5", "\u0647")  # ة ہ ە → ه
_add("\u06c0", "\u0647")  # ۀ → ه (heh with yeh above is one code point)
# Digits: Arabic-Indic and extended (Persian) → ASCII.
for _i in range(10):
    _add(chr(0x0660 + _i) + chr(0x06F0 + _i), str(_i))
# Zero-width look-alikes used in place of ZWNJ.
_add("\u200b\u00ad\u200d\u2060\ufeff", ZWNJ)
# Unusual spaces → a plain space.
_add("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " ")
# Arabic presentation forms → base letters, where the compatibility form is one code point.
for _cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
    _decomposed = unicodedata.normalize("NFKC", chr(_cp))
    if len(_decomposed) == 1 and _decomposed != chr(_cp):
        _ONE_TO_ONE[_cp] = _ONE_TO_ONE.get(ord(_decomposed), _decomposed)

_TRANSLATE = str.maketrans(_ONE_TO_ONE)


def normalize_chars(text: str) -> str:
    """Map Arabic letter variants, digits, presentation forms and zero-width
    look-alikes to canonical Persian characters, one character for one.

    The result always has ``len(text)`` characters and the function is
    idempotent, so offsets into the result are offsets into ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_chars() expects str, got {type(text).__name__}")
    return text.translate(_TRANSLATE)


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate (U+D800–U+DFFF) replaced by U+FFFD, one for one.

    Python strings may hold lone surrogates (from ``errors="surrogateescape"`` or
    JSON such as ``"\\ud800"``), but UTF-8 cannot encode them. Every JSON and CSV
    export passes its strings through this function; the length is unchanged, so
    exported offsets still index the exported text.
    """
    if not isinstance(text, str):
        raise TypeError(f"replace_surrogates() expects str, got {type(text).__name__}")
    return _SURROGATE.sub("\ufffd", text)


# Folds used only for match keys.
_KEY_FOLD = str.maketrans(
    {
        "\u0622": "\u0627",  # آ → ا
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u06cc",  # ئ → ی
        "\u0640": None,  # tatweel
        "\u0621": None,  # lone hamza (شیء → شی)
        "\u200c": " ",  # ZWNJ → space in the spaced key
        "\u200e": None,
        "\u200f": None,
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\u202d": None,
        "\u202e": None,
    }
)
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def spaced_key(text: str) -> str:
    """Match key that keeps word boundaries: folded letters, no diacritics,
    ZWNJ and punctuation turned into single spaces, Latin lower-cased."""
    # «İ».lower() is «i» + U+0307 (the only code point whose lower case is two): fold it to «i» first.
    s = normalize_chars(text.replace("\u0130", "I").lower()).translate(_KEY_FOLD)
    s = _DIACRITICS.sub("", s)
    s = _NON_WORD.sub(" ", s).replace("_", " ")
    return " ".join(s.split())


@lru_cache(maxsize=65536)
def compact_key(text: str) -> str:
    """Match key with no spaces and no ZWNJ, so that spacing variants meet."""
    return spaced_key(text).replace(" ", "")
