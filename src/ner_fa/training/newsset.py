"""The document-level news test set: which articles, and their text.

The set (``evaluation/news_heldout.jsonl``) annotates every PER/LOC/ORG mention of
300 news excerpts drawn from the unlabeled text in the shared data (200 Fars News,
100 Varzesh3): character spans, label, the gazetteer entity or ``null`` (NIL) and a
cluster naming the real-world thing (the entity id, or ``nil:LABEL:<full form>``).
It stores no corpus text: this module rebuilds each excerpt from the data
directory, and each record's ``sha1`` checks that the text is the one annotated.

    python -m ner_fa.training.newsset list --data-dir ../shared/data     # the drawn documents
    python -m ner_fa.training.newsset show farsnews/fars-news-3.json#17   # one excerpt
    python -m ner_fa.training.newsset evaluate [--set evaluation/news_heldout.jsonl] [--json] [--errors 30]
    python -m ner_fa.training.newsset coref [--pipeline] [--json]           # NIL clustering: B³, over-merge
    python -m ner_fa.training.newsset --draw dev evaluate                   # the development set (news_dev.jsonl)
    python -m ner_fa.training.newsset --draw dev2 agreement OTHER.jsonl     # a second annotator against the set

``--draw dev`` selects a second draw of 400 excerpts (250 Fars News, 100 Varzesh3, 50 Namnak), none of
the held-out draw's, annotated the same way in ``evaluation/news_dev.jsonl``: a development set, on
which rules may be tuned (``scripts/news_dev_links.py`` judges the pipeline's links on the same draw).

``evaluate`` runs the shipped pipeline on every excerpt and reports, beside the NER
scores of its spans against the gold ones:

* *gold spans* — the linker alone on the annotated spans (as ``ner_fa.training.linking``
  measures): in-gazetteer accuracy, unlinked and wrong-entity shares, and wrong links on
  NIL mentions;
* *pipeline* — the same shares for what a user gets: a gold mention takes the top-level
  predicted mention that overlaps it most (none: unlinked / not linked); and, as a diagnostic,
  the same with a nested mention counted when it has exactly the gold span (the entity found
  inside a wider span the annotators did not call a name: «عراق» in «پلیس عراق»);
* document-level entity precision and recall: each document's distinct gold entities
  against the distinct entities of its top-level linked mentions (nested ones also shown);
* calibration of ``score``: a reliability table and the expected calibration error
  (ECE, 10 equal-width bins) over the pipeline's linked top-level mentions that overlap a
  gold mention (right when the gold entity is the linked one).

An excerpt is the article's title, then its paragraphs, one per line, cut at the
last sentence end before :data:`MAX_CHARS` characters.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[4] / "shared" / "data"
#: (folder under text/, how many documents) — the draw, in this order.
SOURCES = (("farsnews", 200), ("varzesh3", 100))
SEED = 20261203
#: The development draw (``--draw dev``): other documents of the same text, none of the held-out draw's.
DEV_SOURCES = (("farsnews", 250), ("varzesh3", 100), ("namnak", 50))
DEV_SEED = 20261207
#: Later draws, each none of any earlier draw's documents or texts: a second development draw
#: (``dev2``), a second held-out draw (``heldout2``: the held-out draw's sources and size, annotated
#: before any system ran on it), a third development draw whose links are judged before any rule is
#: taken from it (``dev3``: it chooses the calibration's threshold out of sample) and a third held-out
#: draw (``heldout3``), and a fourth (``heldout4``), annotated, as the others, before any system ran on it;
#: smaller, as only 113 Fars News articles were left to it (3 are left after it).
#:
#: With the Fars News articles spent, the fifth held-out draw (``heldout5``) takes, beside fresh Varzesh3 and
#: the last Namnak articles, the *continuations* of held-out articles (:func:`continuation`: the text after
#: the annotated excerpt, which no development step read; id ``<article>@2``), and the ``train`` draw the
#: continuations of development articles (``train2``: the rest of them, with more Varzesh3): annotated news
#: for training the tagger only (``ner_fa.training.newsgold``), never for evaluation. A source
#: ``(folder, n, draws)`` draws continuations of those draws' articles. The sixth held-out draw
#: (``heldout6``) takes 200 of the held-out articles' continuations ``heldout5`` left, and fresh Varzesh3; the
#: seventh (``heldout7``) 150 third parts of held-out articles (the text after the excerpt and its first
#: continuation: ``(folder, n, draws, 3)``, ids ``<article>@3``), the last 60 continuations and Varzesh3; the
#: eighth (``heldout8``) the last 75 third parts of held-out articles, 135 third parts of development articles
#: (their excerpts shaped the linker, their continuations were the ``train`` draws; no step read their third
#: parts) and Varzesh3; the ninth (``heldout9``) 150 *fourth* parts of any annotated article (the text after its
#: third part: no step read them), the last 60 third parts and Varzesh3; the tenth (``heldout10``) the last 90
#: fourth parts, 120 *fifth* parts and Varzesh3; the eleventh (``heldout11``) 90 *sixth* parts, the last 19
#: fifth and 6 fourth parts, the last 3 Fars News and 5 Namnak excerpts, and Varzesh3.
#:
#: With the Fars News text spent, the twelfth (``heldout12``) takes news of another source and decade: the raw
#: sentences of UD Persian Seraji (``ud/seraji``: Hamshahri news of the 1990s with some history and religion,
#: from the Bijankhan corpus), in their order, grouped into excerpts of consecutive sentences (:func:`_ud_articles`;
#: id ``ud/seraji/<file>#<n>``), and the remaining Varzesh3; the thirteenth (``heldout13``) the last 36 Seraji
#: excerpts and 164 more Varzesh3 (PerDT, whose shuffled sentences the eleventh session ran the pipeline on, is no
#: held-out text); the fourteenth (``heldout14``) the last 67 *seventh* parts and 3 sixth parts of annotated Fars
#: News articles (no step read them) and 130 more Varzesh3; the fifteenth (``heldout15``) all 53 *eighth* and 38
#: *ninth* parts of annotated Fars News articles (no step read them) and 109 more Varzesh3; the sixteenth
#: (``heldout16``) all their tenth to fourteenth parts (117) and 83 of the last 91 Varzesh3 (8 are left after it, and
#: the fifteenth and later parts of the 16 longest articles).
#:
#: With the unlabeled text spent, the seventeenth (``heldout17``) takes news of another medium and year: the
#: Telegram channel posts of ParsNER-Social (``ner/parsner/social``: general news, economic and sports channels,
#: about 2018–2019), whose raw tokens only the word vectors have read (no tagger trained on it, no linking step
#: read it). Its tokens are joined back into text (:func:`_social_articles`; ParsNER's own labels are not used)
#: and consecutive posts grouped into excerpts (id ``parsner-social/<file>#<n>``). A fourth development draw
#: (``dev4``) takes the rest of those channels' general news and more of their economic and sports posts: Telegram
#: text to develop on, while ``heldout17`` stays unmeasured.
CONTINUED = "@2"
#: Held-out draws already measured once, at a session's end, and developed on since (docs/linking.md): dev
#: sets now, whose gold may also train the tagger (``ner_fa.training.newsgold``). A draw joins this list only
#: after its one measurement is reported; the later held-out draws stay out of every training and tuning step.
SPENT_HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                 "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                 "heldout16", "heldout17")
HELDOUT_PARENTS = ("heldout", "heldout2", "heldout3", "heldout4")
DEV_PARENTS = ("dev", "dev2", "dev3")
DRAW_SPECS: dict[str, tuple[int, tuple[tuple, ...]]] = {
    "heldout": (SEED, SOURCES),
    "dev": (DEV_SEED, DEV_SOURCES),
    "dev2": (20261217, DEV_SOURCES),
    "heldout2": (20261227, SOURCES),
    "dev3": (20261237, DEV_SOURCES),
    "heldout3": (20261247, SOURCES),
    "heldout4": (20261257, (("farsnews", 110), ("varzesh3", 100))),
    "heldout5": (20261267, (("farsnews", 150, HELDOUT_PARENTS), ("varzesh3", 60), ("namnak", 20))),
    "train": (20261277, (("farsnews", 300, DEV_PARENTS), ("varzesh3", 100))),
    "train2": (20261287, (("farsnews", 150, DEV_PARENTS), ("varzesh3", 250))),
    "heldout6": (20261297, (("farsnews", 200, HELDOUT_PARENTS), ("varzesh3", 100))),
    "heldout7": (20261307, (("farsnews", 150, HELDOUT_PARENTS, 3), ("farsnews", 60, HELDOUT_PARENTS), ("varzesh3", 90))),
    "heldout8": (20261317, (("farsnews", 75, HELDOUT_PARENTS, 3), ("farsnews", 135, DEV_PARENTS, 3), ("varzesh3", 90))),
    "heldout9": (20261327, (("farsnews", 150, HELDOUT_PARENTS + DEV_PARENTS, 4),
                            ("farsnews", 60, HELDOUT_PARENTS + DEV_PARENTS, 3), ("varzesh3", 90))),
    "heldout10": (20261337, (("farsnews", 90, HELDOUT_PARENTS + DEV_PARENTS, 4),
                             ("farsnews", 120, HELDOUT_PARENTS + DEV_PARENTS, 5), ("varzesh3", 90))),
    "heldout11": (20261347, (("farsnews", 90, HELDOUT_PARENTS + DEV_PARENTS, 6),
                             ("farsnews", 19, HELDOUT_PARENTS + DEV_PARENTS, 5),
                             ("farsnews", 6, HELDOUT_PARENTS + DEV_PARENTS, 4),
                             ("farsnews", 3), ("namnak", 5), ("varzesh3", 177))),
    "heldout12": (20261357, (("ud/seraji", 150), ("varzesh3", 150))),
    "heldout13": (20261367, (("ud/seraji", 36), ("varzesh3", 164))),
    "heldout14": (20261377, (("farsnews", 67, HELDOUT_PARENTS + DEV_PARENTS, 7),
                             ("farsnews", 3, HELDOUT_PARENTS + DEV_PARENTS, 6), ("varzesh3", 130))),
    "heldout15": (20261387, (("farsnews", 53, HELDOUT_PARENTS + DEV_PARENTS, 8),
                             ("farsnews", 38, HELDOUT_PARENTS + DEV_PARENTS, 9), ("varzesh3", 109))),
    "heldout16": (20261397, (("farsnews", 33, HELDOUT_PARENTS + DEV_PARENTS, 10),
                             ("farsnews", 27, HELDOUT_PARENTS + DEV_PARENTS, 11),
                             ("farsnews", 22, HELDOUT_PARENTS + DEV_PARENTS, 12),
                             ("farsnews", 19, HELDOUT_PARENTS + DEV_PARENTS, 13),
                             ("farsnews", 16, HELDOUT_PARENTS + DEV_PARENTS, 14), ("varzesh3", 83))),
    "heldout17": (20261407, (("parsner-social/general_news", 120), ("parsner-social/economic", 40),
                             ("parsner-social/sports", 40))),
    "dev4": (20261417, (("parsner-social/general_news", 73), ("parsner-social/economic", 61),
                        ("parsner-social/sports", 66))),
}
DRAWS = tuple(DRAW_SPECS)
MAX_CHARS = 900
MIN_CHARS = 300
_SENTENCE_ENDS = ".!?؟\n"


def _paragraphs(article: dict) -> list[str]:
    raw = article.get("paragraphs") or []
    if isinstance(raw, str):
        try:
            raw = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            raw = [raw]
    return [" ".join(str(p).split()) for p in raw if str(p).strip()]


def _full_text(article: dict) -> str:
    title = " ".join(str(article.get("title") or "").split())
    return "\n".join([title, *_paragraphs(article)]) if title else "\n".join(_paragraphs(article))


def _cut(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = max(text.rfind(c, 0, max_chars) for c in _SENTENCE_ENDS)
    return text[: cut + 1].rstrip() if cut > max_chars // 3 else text[:max_chars].rstrip()


def excerpt(article: dict, max_chars: int = MAX_CHARS) -> str:
    """The annotated text of one article: title and paragraphs, cut at a sentence end."""
    return _cut(_full_text(article), max_chars)


def continuation(article: dict, max_chars: int = MAX_CHARS, part: int = 2) -> str:
    """The article's text after its :func:`excerpt` (``part`` 3: after the excerpt and its first
    continuation), cut the same way (empty when nothing follows)."""
    text = _full_text(article)
    for _ in range(part - 1):
        text = text[len(_cut(text, max_chars)):].strip()
    return _cut(text, max_chars)


def _ud_articles(data_dir: Path, folder: str) -> Iterator[tuple[str, dict]]:
    """The ``# text`` sentences of a UD treebank's CoNLL-U files, in order, grouped greedily into
    articles of consecutive sentences of at most :data:`MAX_CHARS` characters (the treebank marks no
    documents, so an excerpt may cross a story's end)."""
    for path in sorted((data_dir / folder).glob("*.conllu")):
        chunks: list[list[str]] = [[]]
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("# text = "):
                    continue
                sentence = " ".join(line[len("# text = "):].split())
                if chunks[-1] and len(" ".join([*chunks[-1], sentence])) > MAX_CHARS:
                    chunks.append([])
                chunks[-1].append(sentence)
        for i, chunk in enumerate(c for c in chunks if c):
            yield f"{folder}/{path.name}#{i}", {"title": "", "paragraphs": [" ".join(chunk)]}


#: Tokens written without a space before them (closing punctuation) or after them (opening brackets)
#: when :func:`_social_articles` joins a sentence's tokens back into text.
_NO_SPACE_BEFORE = frozenset("،؛.:!؟?),;»")
_NO_SPACE_AFTER = frozenset("(«")


def _join_tokens(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += token
    return out


def _social_posts(path: Path) -> list[str]:
    """The posts of a ParsNER-Social file (``token<TAB>POS<TAB>TAG`` lines; one blank line ends a sentence,
    two or more a post), each its sentences' tokens joined back into text."""
    posts: list[list[str]] = [[]]
    sentence: list[str] = []
    blanks = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                if sentence:
                    posts[-1].append(_join_tokens(sentence))
                    sentence = []
                blanks += 1
                continue
            if blanks >= 2 and posts[-1]:
                posts.append([])
            blanks = 0
            sentence.append(line.split("\t", 1)[0].strip())
    if sentence:
        posts[-1].append(_join_tokens(sentence))
    return [" ".join(p) for p in posts if p]


def _social_articles(data_dir: Path, folder: str) -> Iterator[tuple[str, dict]]:
    """The posts of ``ner/parsner/social/<name>.pos`` (``folder`` ``parsner-social/<name>``), in order, grouped
    greedily into articles of consecutive posts, one per line, of at most :data:`MAX_CHARS` characters."""
    name = folder.split("/", 1)[1]
    chunks: list[list[str]] = [[]]
    for post in _social_posts(data_dir / "ner" / "parsner" / "social" / f"{name}.pos"):
        if chunks[-1] and len("\n".join([*chunks[-1], post])) > MAX_CHARS:
            chunks.append([])
        chunks[-1].append(post)
    for i, chunk in enumerate(c for c in chunks if c):
        yield f"{folder}#{i}", {"title": "", "paragraphs": chunk}


def _articles(data_dir: Path, folder: str) -> Iterator[tuple[str, dict]]:
    if folder.startswith("parsner-social/"):
        yield from _social_articles(data_dir, folder)
        return
    if folder.startswith("ud/"):
        yield from _ud_articles(data_dir, folder)
        return
    for path in sorted((data_dir / "text" / folder).glob("*.json")):
        with open(path, encoding="utf-8") as fh:
            for i, article in enumerate(json.load(fh)):
                yield f"{folder}/{path.name}#{i}", article


def draw(data_dir: str | Path = DEFAULT_DATA_DIR, name: str = "heldout") -> list[tuple[str, str]]:
    """``(doc id, excerpt)`` of the drawn documents, in a fixed order (seeded, no duplicates).

    ``name`` is one of :data:`DRAWS`: ``"heldout"`` (the frozen test set's documents), ``"dev"``
    (the development draw), or a later draw (:data:`DRAW_SPECS`); each has none of the documents
    or texts of the draws before it."""
    if name not in DRAW_SPECS:
        raise ValueError(f"unknown draw {name!r}: one of {DRAWS}")
    return list(_draw(str(Path(data_dir)), name))


@cache
def _draw(data_dir: str, name: str) -> tuple[tuple[str, str], ...]:
    seed, sources = DRAW_SPECS[name]
    excluded = [d for earlier in DRAWS[:DRAWS.index(name)] for d in _draw(data_dir, earlier)]
    excluded_ids = {d for d, _ in excluded}
    excluded_texts = {t for _, t in excluded}
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for folder, n, *parents in sources:
        pool, seen = [], set(excluded_texts)
        if parents:  # the text after the excerpts of these draws' articles (the part after the first two: @3)
            part = parents[1] if len(parents) > 1 else 2
            parent_ids = {d for p in parents[0] for d, _ in _draw(data_dir, p)}
            articles = ((f"{d}@{part}", continuation(a, part=part)) for d, a in _articles(Path(data_dir), folder)
                        if d in parent_ids)
        else:
            articles = ((d, excerpt(a)) for d, a in _articles(Path(data_dir), folder))
        for doc_id, text in articles:
            if doc_id not in excluded_ids and len(text) >= MIN_CHARS and text not in seen:
                seen.add(text)
                pool.append((doc_id, text))
        if len(pool) < n:
            raise ValueError(f"{Path(data_dir) / 'text' / folder}: {len(pool)} usable articles, {n} needed")
        out.extend(rng.sample(pool, n))
    return tuple(out)


def load_texts(data_dir: str | Path = DEFAULT_DATA_DIR, name: str = "heldout") -> dict[str, str]:
    """``{doc id: excerpt}`` for the documents of draw ``name``."""
    return dict(draw(data_dir, name))


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_set(path: str | Path, texts: dict[str, str]) -> list[dict]:
    """The records of a set file, each checked against its text (``sha1`` and spans)."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = texts.get(rec["doc"])
            if text is None:
                raise ValueError(f"{path}:{n}: document {rec['doc']!r} is not in the drawn set")
            if sha1(text) != rec["sha1"]:
                raise ValueError(f"{path}:{n}: the text of {rec['doc']} is not the one annotated (sha1 differs)")
            for m in rec["mentions"]:
                if not 0 <= m["start"] < m["end"] <= len(text):
                    raise ValueError(f"{path}:{n}: span {m['start']}:{m['end']} outside the text")
            rec["text"] = text
            records.append(rec)
    return records


REPO = Path(__file__).resolve().parents[3]
DEFAULT_SET = REPO / "evaluation" / "news_heldout.jsonl"
DEV_SET = REPO / "evaluation" / "news_dev.jsonl"


def set_path(name: str) -> Path:
    """The annotated set of draw ``name``: ``evaluation/news_<name>.jsonl``."""
    return REPO / "evaluation" / f"news_{name}.jsonl"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _token_span(tokens, start: int, end: int) -> tuple[int, int]:
    inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> tuple[list[dict], float]:
    """Rows ``{lo, hi, n, mean_score, accuracy}`` of equal-width score bins, and the ECE."""
    rows, ece, n = [], 0.0, len(pairs)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inb = [(s, ok) for s, ok in pairs if lo <= s < hi or (b == bins - 1 and s == 1.0)]
        if not inb:
            continue
        mean = sum(s for s, _ in inb) / len(inb)
        acc = sum(ok for _, ok in inb) / len(inb)
        ece += len(inb) / n * abs(mean - acc)
        rows.append({"lo": lo, "hi": hi, "n": len(inb), "mean_score": round(mean, 4), "accuracy": round(acc, 4)})
    return rows, round(ece, 4)


_KINDS = ("in_kb", "correct", "unlinked", "wrong_entity", "nil", "nil_linked", "nil_unlinked")


def _shares(c: Counter) -> dict:
    out = {k: c[k] for k in _KINDS}
    if c["in_kb"]:
        out["accuracy"] = round(100 * c["correct"] / c["in_kb"], 2)
        out["unlinked_pct"] = round(100 * c["unlinked"] / c["in_kb"], 2)
        out["wrong_entity_pct"] = round(100 * c["wrong_entity"] / c["in_kb"], 2)
    if c["nil"]:
        out["wrong_links_nil_pct"] = round(100 * c["nil_linked"] / c["nil"], 2)
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def evaluate(records: list[dict], nlp) -> dict:
    """The figures described in the module docstring, for the records of :func:`read_set`."""
    from ..linker import RawMention
    from ..tokenize import tokenize

    gold_mode: Counter = Counter()
    pipe_mode: Counter = Counter()
    nested_mode: Counter = Counter()
    by_source: dict[str, Counter] = {}
    ner = {lab: Counter() for lab in ("PER", "LOC", "ORG", "all")}
    doc_top, doc_all = Counter(), Counter()
    pairs: list[tuple[float, bool]] = []
    errors: list[dict] = []
    gold_errors: list[dict] = []
    for rec in records:
        text, gold = rec["text"], sorted(rec["mentions"], key=lambda m: m["start"])
        source = rec["doc"].split("/")[0]
        src = by_source.setdefault(source, Counter())
        # -- the linker alone on the gold spans
        tokens = tokenize(text)
        raws = [RawMention(g["start"], g["end"], g["label"], token_start=ts, token_end=te)
                for g in gold for ts, te in [_token_span(tokens, g["start"], g["end"])]]
        for g, res in zip(gold, nlp.linker.link_document(text, raws)):
            got = res.entity.id if res.entity is not None else None
            kind = _count(gold_mode, g["entity"], got)
            if kind in ("unlinked", "wrong_entity", "nil_linked"):
                gold_errors.append({"doc": rec["doc"], "kind": kind, "gold_text": text[g["start"]:g["end"]],
                                    "start": g["start"], "end": g["end"], "label": g["label"],
                                    "gold": g["entity"], "predicted": got})
        # -- the whole pipeline
        doc = nlp(text)
        top = list(doc.mentions)
        _count_ner(ner, {(g["start"], g["end"], g["label"]) for g in gold}, {(m.start, m.end, m.label) for m in top})
        exact = {(m.start, m.end): m for m in doc.all_mentions()}
        for g in gold:
            best = _most_overlapping(top, g, lambda m: (m.start, m.end))
            same = exact.get((g["start"], g["end"]), best)
            _count(nested_mode, g["entity"], same.entity.id if same is not None and same.entity is not None else None)
            got = best.entity.id if best is not None and best.entity is not None else None
            kind = _count(pipe_mode, g["entity"], got)
            _count(src, g["entity"], got)
            if kind in ("unlinked", "wrong_entity", "nil_linked"):
                errors.append({"doc": rec["doc"], "kind": kind, "gold_text": text[g["start"]:g["end"]],
                               "start": g["start"], "end": g["end"], "label": g["label"], "gold": g["entity"], "predicted": got,
                               "predicted_text": best.text if best is not None else None,
                               "score": best.score if best is not None else None})
        for m in top:
            if m.entity is None:
                continue
            hits = [g for g in gold if _overlap((m.start, m.end), (g["start"], g["end"]))]
            if hits:
                g = max(hits, key=lambda g: _overlap((m.start, m.end), (g["start"], g["end"])))
                pairs.append((m.score, g["entity"] == m.entity.id))
        gold_entities = {g["entity"] for g in gold if g["entity"]}
        top_entities = {m.entity.id for m in top if m.entity is not None}
        all_entities = {m.entity.id for m in doc.all_mentions() if m.entity is not None}
        doc_top.update(tp=len(gold_entities & top_entities), pred=len(top_entities), gold=len(gold_entities))
        doc_all.update(tp=len(gold_entities & all_entities), pred=len(all_entities), gold=len(gold_entities))
    table, ece = reliability(pairs)
    return {
        "documents": len(records),
        "mentions": sum(len(r["mentions"]) for r in records),
        "gold_spans": _shares(gold_mode),
        "pipeline": _shares(pipe_mode),
        "pipeline_nested_spans": _shares(nested_mode),
        "pipeline_by_source": {k: _shares(v) for k, v in sorted(by_source.items())},
        "ner": {lab: _prf(c["tp"], c["pred"], c["gold"]) for lab, c in ner.items()},
        "document_entities": _prf(doc_top["tp"], doc_top["pred"], doc_top["gold"]),
        "document_entities_with_nested": _prf(doc_all["tp"], doc_all["pred"], doc_all["gold"]),
        "calibration": {"linked_mentions": len(pairs), "ece": ece, "table": table},
        "errors": errors,
        "gold_span_errors": gold_errors,
    }


def agreement(reference: list[dict], other: list[dict]) -> dict:
    """Two annotations of the same documents scored as the pipeline is (:func:`evaluate`), the
    ``other`` standing for the system: how far a second annotator, with the same guide, the texts and
    the catalogue, agrees with the ``reference`` (the ceiling of the figures on these sets).

    Per reference mention, the ``other`` mention that overlaps it most gives its entity (none:
    unlinked); and the same on the spans both marked exactly (links alone). Also span F1 by label and
    each document's distinct entities. Only documents in both are scored."""
    theirs = {r["doc"]: r for r in other}
    mode, same_span = Counter(), Counter()
    ner = {lab: Counter() for lab in ("PER", "LOC", "ORG", "all")}
    docs = Counter()
    n = 0
    for rec in reference:
        if rec["doc"] not in theirs:
            continue
        n += 1
        gold, pred = rec["mentions"], theirs[rec["doc"]]["mentions"]
        exact = {(m["start"], m["end"]): m for m in pred}
        for g in gold:
            best = _most_overlapping(pred, g, lambda m: (m["start"], m["end"]))
            _count(mode, g["entity"], best["entity"] if best is not None else None)
            if (g["start"], g["end"]) in exact:
                _count(same_span, g["entity"], exact[(g["start"], g["end"])]["entity"])
        _count_ner(ner, {(g["start"], g["end"], g["label"]) for g in gold},
                   {(m["start"], m["end"], m["label"]) for m in pred})
        ge, pe = {g["entity"] for g in gold if g["entity"]}, {m["entity"] for m in pred if m["entity"]}
        docs.update(tp=len(ge & pe), pred=len(pe), gold=len(ge))
    return {
        "documents": n,
        "mentions": _shares(mode),
        "same_spans": _shares(same_span),
        "ner": {lab: _prf(c["tp"], c["pred"], c["gold"]) for lab, c in ner.items()},
        "document_entities": _prf(docs["tp"], docs["pred"], docs["gold"]),
    }


def _most_overlapping(mentions, g: dict, span):
    """Of ``mentions``, the one whose ``span(m)`` overlaps gold mention ``g`` most; None if none does."""
    best = max(mentions, key=lambda m: _overlap(span(m), (g["start"], g["end"])), default=None)
    return best if best is not None and _overlap(span(best), (g["start"], g["end"])) else None


def _count_ner(ner: dict[str, Counter], gold: set[tuple], pred: set[tuple]) -> None:
    """Add one document's exact-span matches, per label and in all, to ``ner``: spans are (start, end, label)."""
    for lab in ("PER", "LOC", "ORG"):
        gs, ps = {x for x in gold if x[2] == lab}, {x for x in pred if x[2] == lab}
        ner[lab].update(tp=len(gs & ps), pred=len(ps), gold=len(gs))
    ner["all"].update(tp=len(gold & pred), pred=len(pred), gold=len(gold))


def _count(c: Counter, gold: str | None, got: str | None) -> str:
    if gold:
        c["in_kb"] += 1
        kind = "correct" if got == gold else "unlinked" if got is None else "wrong_entity"
    else:
        c["nil"] += 1
        kind = "nil_linked" if got is not None else "nil_unlinked"
    c[kind] += 1
    return kind


def _print_report(r: dict, n_errors: int) -> None:
    print(f"{r['documents']} documents, {r['mentions']} gold mentions")
    for mode in ("gold_spans", "pipeline"):
        c = r[mode]
        print(f"{mode:>10}: in gazetteer {c.get('in_kb', 0)}: accuracy {c.get('accuracy')}% "
              f"(unlinked {c.get('unlinked_pct')}%, wrong entity {c.get('wrong_entity_pct')}%); "
              f"NIL {c.get('nil', 0)}: wrong links {c.get('wrong_links_nil_pct')}%")
    c = r["pipeline_nested_spans"]
    print(f"  a nested mention at the gold span counted: accuracy {c.get('accuracy')}%, wrong links NIL "
          f"{c.get('wrong_links_nil_pct')}% (diagnostic: the user gets the entity inside a wider span)")
    for src, c in r["pipeline_by_source"].items():
        print(f"{src:>10}: accuracy {c.get('accuracy')}%, wrong links NIL {c.get('wrong_links_nil_pct')}%")
    for lab, c in r["ner"].items():
        print(f"NER {lab:>3}: P {c['precision']} R {c['recall']} F1 {c['f1']} (gold {c['gold']})")
    for k in ("document_entities", "document_entities_with_nested"):
        c = r[k]
        print(f"{k}: P {c['precision']} R {c['recall']} F1 {c['f1']}")
    cal = r["calibration"]
    print(f"calibration: ECE {cal['ece']} over {cal['linked_mentions']} linked mentions")
    for row in cal["table"]:
        print(f"  [{row['lo']:.1f}, {row['hi']:.1f}) n={row['n']:<5} score {row['mean_score']:.3f}  "
              f"right {row['accuracy']:.3f}")
    for e in r["errors"][:n_errors]:
        print(f"  {e['kind']:<12} {e['doc']:<32} {e['gold_text']!r} {e['label']} gold={e['gold']} "
              f"got={e['predicted']} ({e['predicted_text']!r}, {e['score']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.newsset", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--draw", choices=DRAWS, default="heldout",
                    help="which documents: the frozen held-out set's (default), a later held-out draw's or a "
                         "development draw's; --set defaults to evaluation/news_<draw>.jsonl")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list", help="the drawn documents: id, length, sha1")
    show = sub.add_parser("show", help="print one excerpt")
    show.add_argument("doc")
    ev = sub.add_parser("evaluate", help="run the shipped pipeline on the set and report")
    ev.add_argument("--set", type=Path, default=None)
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--errors", type=int, default=0, help="list this many pipeline errors")
    co = sub.add_parser("coref", help="score the NIL clustering (ner_fa.nil): B³ and over-merge rate "
                                      "(ner_fa.training.coref)")
    co.add_argument("--set", type=Path, default=None)
    co.add_argument("--pipeline", action="store_true", help="on the shipped pipeline's spans (default: gold spans)")
    co.add_argument("--json", action="store_true", help="print the report as JSON")
    ag = sub.add_parser("agreement", help="a second annotation of some of the set's documents scored against "
                                          "the set, as the pipeline is (the annotators' agreement)")
    ag.add_argument("other", type=Path, help="the second annotation (the set's format)")
    ag.add_argument("--set", type=Path, default=None)
    args = ap.parse_args(argv)
    texts = load_texts(args.data_dir, args.draw)
    if getattr(args, "set", None) is None:
        args.set = set_path(args.draw)
    if args.cmd == "coref":
        from .coref import coref, format_report

        nlp = None
        if args.pipeline:
            from ..pipeline import Pipeline

            nlp = Pipeline()
        report = coref(read_set(args.set, texts), nlp)
        print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_report(report))
    elif args.cmd == "evaluate":
        from ..pipeline import Pipeline

        report = evaluate(read_set(args.set, texts), Pipeline())
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=1))
        else:
            _print_report(report, args.errors)
    elif args.cmd == "agreement":
        other = read_set(args.other, texts)
        print(json.dumps(agreement(read_set(args.set, texts), other), ensure_ascii=False, indent=1))
    elif args.cmd == "list":
        for doc_id, text in texts.items():
            print(f"{doc_id}\t{len(text)}\t{sha1(text)}")
    else:
        if args.doc not in texts:
            print(f"{args.doc}: not in the drawn set", file=sys.stderr)
            return 2
        print(texts[args.doc])
    return 0


if __name__ == "__main__":
    sys.exit(main())
