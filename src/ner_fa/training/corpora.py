"""Readers for the Persian NER corpora and the one label mapping to PER/LOC/ORG.

Every reader yields sentences as lists of ``(token, tag)`` pairs with BIO tags
over the product's labels only (``PER``, ``LOC``, ``ORG``; everything else is
``O``). Tokens are passed through :func:`ner_fa.normalize.normalize_chars`, the
same map the tagger applies at run time, and spaces inside a token (PEYMA writes
a space where the text had a ZWNJ) become ZWNJ.

Label mapping (documented in the model card):

==============  =====================================  =========
corpus          source labels                          ours
==============  =====================================  =========
PEYMA, NSURL    PER / LOC / ORG                        same
PEYMA, NSURL    DAT TIM MON PCT                        O
ParsNER         PERS / LOC / ORG                       PER / LOC / ORG
ParsNER         MISC                                   O
ParsTwiNER      PER / LOC / ORG                        same
ParsTwiNER      POG (political group)                  ORG
ParsTwiNER      EVE, NAT (nationality)                 O
Arman (Stanza)  pers / loc / org / fac                 PER / LOC / ORG / LOC
Arman (Stanza)  pro, event                             O
==============  =====================================  =========
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..normalize import ZWNJ, normalize_chars

Sentence = list[tuple[str, str]]

LABELS = ("PER", "LOC", "ORG")

LABEL_MAPS: dict[str, dict[str, str]] = {
    "peyma": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "nsurl": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "parsner": {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "parstwiner": {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "POG": "ORG"},
    "conll": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
}

_TAG_RE = re.compile(r"^([BIESL])[-_](.+)$")


def map_tag(tag: str, label_map: dict[str, str]) -> tuple[str, str | None]:
    """Split a source tag into (prefix, our label or None)."""
    tag = tag.strip()
    if tag in ("", "O", "0", "o"):
        return "O", None
    m = _TAG_RE.match(tag)
    if not m:
        return "O", None
    prefix, label = m.group(1), m.group(2).upper()
    ours = label_map.get(label)
    if ours is None:
        return "O", None
    # BIOES / BILOU prefixes collapse to BIO: S/U start a span, E/L continue one.
    return ("B" if prefix in "BSU" else "I"), ours


def repair_bio(tags: list[tuple[str, str | None]]) -> list[str]:
    """BIO tags in which an I- never follows O or a different type."""
    out: list[str] = []
    prev: str | None = None
    for prefix, label in tags:
        if label is None:
            out.append("O")
            prev = None
            continue
        if prefix == "I" and prev == label:
            out.append(f"I-{label}")
        else:
            out.append(f"B-{label}")
        prev = label
    return out


def clean_token(token: str) -> str:
    token = normalize_chars(token.strip())
    return re.sub(r"\s+", ZWNJ, token)


def _finish(raw: list[tuple[str, str]], label_map: dict[str, str]) -> Sentence | None:
    tokens, tags = [], []
    for tok, tag in raw:
        tok = clean_token(tok)
        if not tok:
            continue
        tokens.append(tok)
        tags.append(map_tag(tag, label_map))
    if not tokens:
        return None
    return list(zip(tokens, repair_bio(tags)))


def _line_blocks(path: Path, errors: str = "strict") -> Iterator[list[str]]:
    """The non-blank lines of a one-token-per-line file, grouped by the blank lines between sentences."""
    block: list[str] = []
    with open(path, encoding="utf-8-sig", errors=errors) as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if line.strip():
                block.append(line)
            elif block:
                yield block
                block = []
    if block:
        yield block


def _read_lines(path: Path, split_line, label_map: dict[str, str]) -> Iterator[Sentence]:
    for block in _line_blocks(path, errors="replace"):
        raw = [pair for pair in map(split_line, block) if pair is not None]
        sent = _finish(raw, label_map) if raw else None
        if sent:
            yield sent


def _split_pipe(line: str) -> tuple[str, str] | None:
    if "|" not in line:
        return None
    tok, _, tag = line.rpartition("|")
    return (tok, tag) if tok else None


def _split_columns(line: str) -> tuple[str, str] | None:
    parts = line.split("\t") if "\t" in line else line.split()
    if len(parts) < 2 or not parts[0].strip():
        return None
    tag = parts[-1].strip()
    if tag != "O" and not _TAG_RE.match(tag):
        return None  # malformed line (NSURL has a few hundred)
    return parts[0], tag


def read_peyma(path: str | Path) -> Iterator[Sentence]:
    """PEYMA: ``token|TAG`` lines (``B_PER``); split at the last ``|``."""
    return _read_lines(Path(path), _split_pipe, LABEL_MAPS["peyma"])


def read_columns(path: str | Path, corpus: str = "conll") -> Iterator[Sentence]:
    """Token first, tag last, tab- or space-separated (NSURL, ParsNER, ParsTwiNER, CoNLL);
    a directory is read file by file in name order."""
    p = Path(path)
    if p.is_dir():
        return (s for f in sorted(p.iterdir()) if f.is_file() for s in _read_lines(f, _split_columns, LABEL_MAPS[corpus]))
    return _read_lines(p, _split_columns, LABEL_MAPS[corpus])


def read_nsurl_dir(path: str | Path) -> Iterator[Sentence]:
    """The NSURL-2019 600K part: one article per file."""
    return read_columns(path, "nsurl")


def read_corpus(path: str | Path, fmt: str) -> Iterator[Sentence]:
    """Read a file in one of the formats ``peyma``, ``conll``, ``parsner``, ``parstwiner``, ``nsurl``."""
    fmt = fmt.lower()
    p = Path(path)
    if fmt == "peyma":
        return read_peyma(p)
    if fmt in LABEL_MAPS:
        return read_columns(p, fmt)
    raise ValueError(f"unknown corpus format {fmt!r}; use one of peyma, conll, parsner, parstwiner, nsurl")


def sentence_key(sent: Sentence) -> str:
    return " ".join(tok for tok, _ in sent)


def dedupe(sentences: Iterable[Sentence], exclude: Iterable[Sentence] = ()) -> list[Sentence]:
    """Drop repeated sentences, and any sentence whose text is in ``exclude`` (a dev set)."""
    seen = {sentence_key(s) for s in exclude}
    out = []
    for s in sentences:
        k = sentence_key(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def to_bioes(tags: list[str]) -> list[str]:
    """BIOES from BIO; an I- that does not continue a span of its type starts one."""
    bio = repair_bio([("O", None) if t == "O" else (t[0], t[2:]) for t in tags])
    out = []
    for i, t in enumerate(bio):
        if t == "O":
            out.append("O")
            continue
        prefix, label = t.split("-", 1)
        continues = i + 1 < len(bio) and bio[i + 1] == f"I-{label}"
        if prefix == "B":
            out.append(f"B-{label}" if continues else f"S-{label}")
        else:
            out.append(f"I-{label}" if continues else f"E-{label}")
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start_token, end_token_exclusive, label)`` from BIO or BIOES tags
    (conlleval semantics: a stray I-/E- starts a new span)."""
    result = []
    start, label = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t is None:
            prefix, lab = "O", None
        else:
            prefix, _, lab = t.partition("-")
        begins = prefix in ("B", "S") or (prefix in ("I", "E") and lab != label)
        if label is not None and (prefix == "O" or begins):
            result.append((start, i, label))
            start, label = None, None
        if prefix != "O" and begins:
            start, label = i, lab
        if prefix in ("E", "S") and label is not None:
            result.append((start, i + 1, label))
            start, label = None, None
    return result


def read_tokens(path: str | Path, fmt: str = "conll") -> Iterator[list[str]]:
    """Token lists from a one-token-per-line file; any tag column is ignored.

    ``peyma`` lines are split at the last ``|``; other formats take the first
    tab- or space-separated column. Blank lines separate sentences.
    """
    for block in _line_blocks(Path(path)):
        sent = []
        for line in block:
            if fmt == "peyma":
                tok = line.rpartition("|")[0] if "|" in line else line
            else:
                tok = (line.split("\t") if "\t" in line else line.split())[0]
            tok = clean_token(tok)
            if tok:
                sent.append(tok)
        if sent:
            yield sent
