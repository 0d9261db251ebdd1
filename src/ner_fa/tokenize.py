"""Rule-based sentence splitting and tokenization with character offsets.

Tokens are words (letters, combining marks and digits, joined across ZWNJ so
that «جین‌پینگ» is one token), numbers with inner separators («۱۴۰۰/۱۰/۲۰»,
«3.5», «۱٬۰۰۰»), URLs and e-mail addresses, runs of dots, and single punctuation
marks («», ،, ؛, ؟, …). Whitespace, ZWNJ between words, bidi and other format or
control characters separate tokens and never appear in one.

The regular expressions run over :func:`ner_fa.normalize.normalize_chars` of
the text, which has the same length, so every ``start``/``end`` indexes the
caller's original string and ``text[start:end]`` is the token as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import normalize_chars

__all__ = ["MAX_SENTENCE_TOKENS", "Sentence", "Token", "split_sentences", "tokenize"]

MAX_SENTENCE_TOKENS = 200
"""Longer sentences are cut (preferably after a comma or colon) before tagging."""

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
_WORD_CHAR = rf"[\w{_MARKS}]"
_JOINER = "[\u200c\u200d]"
_FORMAT = (
    "\x00-\x20\x7f-\xa0\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\ufeff\ufff9-\ufffb"
)
_TOKEN_RE = re.compile(
    "|".join(
        [
            r"(?:https?://|www\.)[^\s\u200c«»\"'<>()\[\]{}،؛]+[^\s\u200c«»\"'<>()\[\]{}،؛.,:;!?؟]",
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
            r"\d+(?:[.,٫٬/:]\d+)+",
            rf"{_WORD_CHAR}+(?:{_JOINER}+{_WORD_CHAR}+)*",
            r"\.{2,}",
            rf"[^\s{_FORMAT}\w{_MARKS}]",
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
    return [Token(text[m.start():m.end()], m.start(), m.end()) for m in _TOKEN_RE.finditer(norm)]


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
