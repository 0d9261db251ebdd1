"""Rule-based sentence splitting and tokenization with character offsets.

Tokens are words (letters, combining marks and digits, joined across ZWNJ so
that «جین‌پینگ» is one token), numbers with inner separators («۱۴۰۰/۱۰/۲۰»,
«3.5», «۱٬۰۰۰»), URLs and e-mail addresses, runs of dots, and single punctuation
marks («», ،, ؛, ؟, …). Whitespace, ZWNJ between words, bidi and other format or
control characters separate tokens and never appear in one; so does «_», which joins
the words of a hashtag («#بانک_مرکزی» is «#», «بانک», «مرکزی»).

Combining marks (Unicode categories Mn, Mc and Me: Arabic harakat, Latin accents written
as ``e`` + U+0301, ...) stay with the character they follow, whatever its script: a
word, a number or a punctuation mark keeps its marks, so one letter followed by
10,000 marks is one token, not 10,001. (The tagger sees at most the first
``ner_fa.tagger.MAX_TAGGER_TOKEN_CHARS`` characters of a token, so a long token costs it
no more than a normal one.)

The regular expressions run over :func:`ner_fa.normalize.normalize_chars` of
the text, which has the same length, so every ``start``/``end`` indexes the
caller's original string and ``text[start:end]`` is the token as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path

from .normalize import normalize_chars

__all__ = ["MAX_SENTENCE_TOKENS", "Sentence", "Token", "looks_arabic", "split_sentences", "tokenize"]

MAX_SENTENCE_TOKENS = 200
"""Longer sentences are cut (preferably after a comma or colon) before tagging."""

_JOINER = "[\u200c\u200d]"
_FORMAT = (
    "\x00-\x20\x7f-\xa0\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\ufeff\ufff9-\ufffb"
)
# Combining marks live in planes 0, 1 and 14 (a test checks this against the whole code space).
_MARK_PLANES = (range(0x300, 0x20000), range(0xE0000, 0xE1000))
_MARKS_FILE = Path(__file__).with_name("combining_marks.tsv")
"""The ranges of combining marks for one Unicode version (``scripts/build_combining_marks.py`` writes it)."""


def scan_mark_ranges() -> list[tuple[int, int]]:
    """The ranges of combining marks (categories Mn, Mc, Me) in this Python's Unicode database."""
    code_space = "".join(map(chr, chain(*_MARK_PLANES)))
    candidates = re.sub(r"[\w\s]+", "", code_space)  # no word character is a mark: skips most look-ups
    category = unicodedata.category
    ranges: list[list[int]] = []
    for c in candidates:
        if category(c)[0] == "M":
            cp = ord(c)
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return [(a, b) for a, b in ranges]


def _mark_ranges() -> list[tuple[int, int]]:
    """The shipped table when it was built for this Python's Unicode version, else a scan (~50 ms)."""
    try:
        lines = _MARKS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return scan_mark_ranges()
    if not lines or lines[0] != f"# unicode {unicodedata.unidata_version}":
        return scan_mark_ranges()
    return [(int(a, 16), int(b, 16)) for a, b in (line.split("\t") for line in lines[1:] if line)]


def _mark_class() -> str:
    """The combining marks as a regex class body (literal ranges: faster to compile than escapes), plus tatweel."""
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _mark_ranges()) + "\u0640"


@cache
def _token_re() -> re.Pattern[str]:
    """Compiled at the first call, not at import."""
    marks = _mark_class()
    word_char = rf"(?:[^\W_]|[{marks}])"  # not «_»: it joins the words of a hashtag («#بانک_مرکزی»)
    return re.compile(
        "|".join(
            [
                r"(?:https?://|www\.)[^\s\u200c«»\"'<>()\[\]{}،؛]+[^\s\u200c«»\"'<>()\[\]{}،؛.,:;!?؟]",
                r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
                # a number, a run of dots or one punctuation mark, with the marks that follow it
                # (none of them can start where a word does, so they go before words)
                rf"(?:\d+(?:[.,٫٬/:]\d+)+|\.{{2,}}|[^\s{_FORMAT}\w{marks}])[{marks}]*",
                rf"{word_char}+(?:{_JOINER}+{word_char}+)*",
            ]
        )
    )


_TERMINATORS = frozenset({".", "!", "?", "؟", "…"})
_CLOSERS = frozenset({"»", '"', ")", "”", "]", "’", "'", "}"})
_AMBIGUOUS_QUOTES = frozenset({'"', "'"})
"""Straight quotes open as often as they close: they close a sentence only when attached to it."""
_SOFT_BREAKS = frozenset({"،", ",", "؛", ";", ":"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` with offsets into ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"tokenize() expects str, got {type(text).__name__}")
    norm = normalize_chars(text)
    return [Token(text[m.start():m.end()], m.start(), m.end()) for m in _token_re().finditer(norm)]


def _is_terminator(tok: str) -> bool:
    return tok in _TERMINATORS or (len(tok) > 1 and set(tok) <= {".", "!", "?", "؟", "…"})


def _is_etc_ellipsis(tokens: list[Token], i: int) -> bool:
    """«و…» / «و...» means "and so on" and does not end a sentence."""
    tok = tokens[i].text
    return i > 0 and tokens[i - 1].text == "و" and (tok == "…" or (len(tok) > 1 and set(tok) <= {".", "…"}))


def _closes_sentence(text: str, prev: Token, tok: Token) -> bool:
    """Whether ``tok``, right after a sentence-final mark (or what closes it), still belongs to
    that sentence: a closing quote or bracket, or another final mark («؟» .», «… .», «؟ !»)."""
    gap = text[prev.end:tok.start]
    if "\n" in gap:
        return False
    if tok.text in _AMBIGUOUS_QUOTES:
        return not gap
    return tok.text in _CLOSERS or _is_terminator(tok.text)


def _is_abbreviation_dot(tokens: list[Token], i: int) -> bool:
    """A dot right after a single Latin letter (U.S., J. Smith) does not end a sentence."""
    if tokens[i].text != "." or i == 0:
        return False
    prev = tokens[i - 1]
    return prev.end == tokens[i].start and len(prev.text) == 1 and prev.text.isascii() and prev.text.isalpha()


def _cut_long(tokens: list[Token], limit: int) -> list[list[Token]]:
    """Cut a token run into pieces of at most ``limit`` tokens, after a comma-like mark where possible."""
    pieces = []
    while len(tokens) > limit:
        cut = limit
        for j in range(limit - 1, limit // 2, -1):
            if tokens[j].text in _SOFT_BREAKS:
                cut = j + 1
                break
        pieces.append(tokens[:cut])
        tokens = tokens[cut:]
    if tokens:
        pieces.append(tokens)
    return pieces


def split_sentences(text: str, *, max_tokens: int = MAX_SENTENCE_TOKENS,
                    tokens: list[Token] | None = None) -> list[Sentence]:
    """Sentences of ``text``: split after ., !, ?, ؟, … and at line breaks;
    sentences longer than ``max_tokens`` tokens are cut into pieces.

    The quotes and brackets that close a sentence stay with it, and so do further
    final marks («؟» .», «… .», «؟ !»); a straight quote ``"`` or ``'`` closes it
    only when attached (after a space it opens the next one). A dot after a single
    Latin letter (U.S.) and an ellipsis after «و» («و…», "and so on") do not end
    a sentence."""
    if tokens is None:
        tokens = tokenize(text)
    sentences: list[list[Token]] = []
    current: list[Token] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if current and "\n" in text[current[-1].end:tok.start]:
            sentences.append(current)
            current = []
        current.append(tok)
        i += 1
        if _is_terminator(tok.text) and not _is_abbreviation_dot(tokens, i - 1) \
                and not _is_etc_ellipsis(tokens, i - 1):
            while i < n and _closes_sentence(text, current[-1], tokens[i]):
                current.append(tokens[i])
                i += 1
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    out = []
    for sent in sentences:
        for piece in _cut_long(sent, max_tokens):
            out.append(Sentence(tuple(piece)))
    return out


# -- Arabic-language sentences ------------------------------------------------
# The tagger is trained on Persian; on Arabic-language text it invents person names.
# Persian evidence: letters Arabic does not use (پ چ ژ گ, Persian ی and ک, ZWNJ) and
# frequent Persian function words. Arabic evidence: ة أ إ ؤ and frequent Arabic function
# words ("strong"), and the article «ال» (also after و/ف/ب/ک/ل, and «لل»). The letters
# ي ك ى are not evidence either way: much Persian text is typed with them («مى», «هاى»).
_PERSIAN_LETTERS = frozenset("\u067e\u0686\u0698\u06af\u06cc\u06a9\u200c")  # پ چ ژ گ ی ک ZWNJ
_PERSIAN_WORDS = frozenset({
    "را", "است", "این", "که", "از", "به", "برای", "می", "های", "ها", "شد", "بود", "کرد", "نیز", "یک", "آن",
    "اند", "ای", "هم", "با", "در", "تا", "خود", "وی", "شده", "کند",
})
_ARABIC_LETTERS = frozenset("\u0629\u0623\u0625\u0624")  # ة أ إ ؤ
_ARABIC_WORDS = frozenset({
    "في", "فى", "التي", "الذي", "الذين", "اللذين", "على", "الى", "إلى", "عن", "هذا", "هذه", "ذلك", "تلك",
    "كان", "كانت", "قد", "لقد", "لم", "لن", "أن", "إن", "مع", "وقد", "وفي", "حيث", "كما", "منذ", "حتى", "لا",
    "هو", "هي", "كل", "عند", "ليس", "بين", "ثم", "أو", "او",
})
_ARABIC_ARTICLE = re.compile("^(?:[\u0648\u0641\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644)..")
_ARABIC_SCRIPT = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_YEH_KAF = str.maketrans("\u064a\u0649\u0643", "\u06cc\u06cc\u06a9")


def looks_arabic(words: Sequence[str]) -> bool:
    """Whether a sentence (its token strings, as written) reads as Arabic rather than Persian.

    True when it has at least 3 Arabic-script words, at least 30% of them (and at least 2)
    show Arabic evidence, one of them an Arabic function word or one of ة أ إ ؤ, and at most
    10% show Persian evidence. A Persian sentence quoting a short Arabic phrase stays Persian.
    Cheap: a few set look-ups per word.
    """
    n = arabic = strong = persian = 0
    for w in words:
        if not _ARABIC_SCRIPT.search(w):
            continue
        n += 1
        if not _PERSIAN_LETTERS.isdisjoint(w) or w.translate(_YEH_KAF) in _PERSIAN_WORDS:
            persian += 1
        elif not _ARABIC_LETTERS.isdisjoint(w) or w in _ARABIC_WORDS:
            arabic += 1
            strong += 1
        elif _ARABIC_ARTICLE.match(w):
            arabic += 1
    return n >= 3 and strong >= 1 and arabic >= max(2, 0.3 * n) and persian <= 0.1 * n
