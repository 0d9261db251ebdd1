"""Benchmark ``ner_fa.tokenize`` against Universal Dependencies Persian gold tokenization.

Usage (from the repository root)::

    python benchmarks/tokenize_ud.py [--ud-dir DIR] [--errors N] [--json]

``--ud-dir`` defaults to ``../shared/data/ud`` relative to the repository root (resolved from
this file's location); every ``*.conllu`` below it is scored (Seraji and PerDT dev+test).

Tokens
    Gold tokens are the *surface* tokens: a multiword-token range line (``3-4``) counts as one
    token with the range line's form and the syntactic words inside it are skipped. PerDT has
    ranges that swallow a following punctuation word (``16-18 معذورم.`` = ``معذور`` + ``م`` +
    ``.``); there the trailing PUNCT words whose forms end the range form are peeled off as
    separate gold tokens, because a surface tokenizer (and UD's own ``SpaceAfter=No`` on the word
    before the dot) treats them as separate. Gold character offsets are recovered by finding each
    form in the sentence's ``# text`` in order (skipping whitespace; ``SpaceAfter=No`` then needs
    no special case); a form that does not occur at the cursor is searched for a little further
    on, compared after :func:`ner_fa.normalize.normalize_chars`, and if it still cannot be found
    it is counted as a miss (gold token with no span; ``unaligned`` column). Precision, recall and
    F1 are over exact ``(sentence, start, end)`` character spans, the sentence text tokenized on
    its own.

Sentences
    The treebank files carry no ``newdoc``/``newpar`` markers (the sentences are not grouped
    into documents), so each file is treated as one document: its ``# text`` lines are joined
    with a single space and the whole string goes through ``split_sentences`` (default
    ``max_tokens``). Joining with a space rather than a newline is deliberate: a newline is a hard
    boundary for the splitter and would make the task trivial. A sentence counts as correct
    when its ``(start, end)`` span (first to last non-space character) matches a gold one exactly,
    as in the CoNLL 2018 shared task's ``Sentences`` metric.

No-ZWNJ variant
    Real input often loses ZWNJ (U+200C). Each figure is also computed on the text with every
    ZWNJ deleted; gold spans are mapped through the deletion (a gold token made only of ZWNJ
    disappears). The ``# text`` is the only input, so this measures how the tokenizer copes with
    e.g. ``میگوید`` for ``می‌گوید``.

``--errors N`` prints the N most frequent mismatch patterns with a coarse class and an example,
after a count per class: for tokens, clusters of overlapping gold and predicted spans that differ;
for sentences, missed and spurious boundaries by the token before them (original text only). ``--json`` prints the figures as JSON instead of the table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ner_fa.normalize import normalize_chars
from ner_fa.tokenize import split_sentences, tokenize

ZWNJ = "\u200c"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_UD_DIR = REPO_ROOT.parent / "shared" / "data" / "ud"
SEARCH_WINDOW = 40  # how far past the cursor a form that is not at the cursor is looked for


@dataclass
class GoldSentence:
    sent_id: str
    text: str
    forms: list[str]
    spans: list[tuple[int, int] | None] = field(default_factory=list)


def read_conllu(path: Path) -> list[GoldSentence]:
    sentences: list[GoldSentence] = []
    sent_id, text, words = "", None, []

    def flush():
        nonlocal sent_id, text, words
        if text is not None:
            sentences.append(GoldSentence(sent_id, text, surface_forms(words)))
        sent_id, text, words = "", None, []

    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip(" ")
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and "." not in cols[0]:  # skip empty nodes
                    words.append(cols)
    flush()
    return sentences


def surface_forms(words: list[list[str]]) -> list[str]:
    """Surface token forms: MWT range forms (minus swallowed trailing punctuation), plain words."""
    out: list[str] = []
    skip_to = 0
    for i, cols in enumerate(words):
        wid = cols[0]
        if "-" in wid:
            lo, hi = (int(x) for x in wid.split("-"))
            inner = [c for c in words[i + 1:] if "-" not in c[0] and lo <= int(c[0]) <= hi]
            form, tail = cols[1], []
            while inner and inner[-1][3] == "PUNCT" and len(inner) > 1 and form.endswith(inner[-1][1]) \
                    and len(form) > len(inner[-1][1]):
                tail.insert(0, inner[-1][1])
                form = form[: -len(inner[-1][1])]
                inner.pop()
            out.append(form)
            out.extend(tail)
            skip_to = hi
        elif int(wid) > skip_to:
            out.append(cols[1])
    return out


def align(sent: GoldSentence) -> None:
    """Fill ``sent.spans`` with the character span of each gold form in ``sent.text`` (None: not found)."""
    text, norm = sent.text, normalize_chars(sent.text)
    cur = 0
    spans: list[tuple[int, int] | None] = []
    for form in sent.forms:
        while cur < len(text) and text[cur].isspace():
            cur += 1
        nform = normalize_chars(form)
        if norm.startswith(nform, cur):
            spans.append((cur, cur + len(form)))
            cur += len(form)
            continue
        j = norm.find(nform, cur, cur + SEARCH_WINDOW + len(form))
        if j >= 0 and form.strip():
            spans.append((j, j + len(form)))
            cur = j + len(form)
        else:
            spans.append(None)
    sent.spans = spans


def drop_zwnj(text: str) -> tuple[str, list[int]]:
    """Text without ZWNJ and the map old offset -> new offset (len(text)+1 entries)."""
    pos, out, n = [], [], 0
    for ch in text:
        pos.append(n)
        if ch != ZWNJ:
            out.append(ch)
            n += 1
    pos.append(n)
    return "".join(out), pos


def token_spans(text: str) -> set[tuple[int, int]]:
    return {(t.start, t.end) for t in tokenize(text)}


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    tp: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.tp += other.tp

    def prf(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f}


def score_tokens(sents: list[GoldSentence], no_zwnj: bool) -> Counts:
    c = Counts()
    for s in sents:
        text, gold = s.text, [sp for sp in s.spans if sp is not None]
        unaligned = len(s.spans) - len(gold)
        if no_zwnj:
            text, pos = drop_zwnj(text)
            gold = [(pos[a], pos[b]) for a, b in gold if pos[a] < pos[b]]
        g, p = set(gold), token_spans(text)
        c.gold += len(gold) + unaligned
        c.pred += len(p)
        c.tp += len(g & p)
    return c


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(sents: list[GoldSentence], no_zwnj: bool) -> tuple[str, set, set]:
    """The joined document, the gold and the predicted sentence spans in it."""
    parts, gold, off = [], set(), 0
    for s in sents:
        t = s.text.replace(ZWNJ, "") if no_zwnj else s.text
        a, b = strip_span(t, 0, len(t))
        if a < b:
            gold.add((off + a, off + b))
        parts.append(t)
        off += len(t) + 1
    doc = " ".join(parts)
    pred = {(x.start, x.end) for x in split_sentences(doc)}
    return doc, gold, pred


def score_sentences(sents: list[GoldSentence], no_zwnj: bool) -> Counts:
    _, gold, pred = sentence_spans(sents, no_zwnj)
    return Counts(len(gold), len(pred), len(gold & pred))


# ---------------------------------------------------------------- error analysis

def classify(cluster_text: str, gold_texts: list[str], pred_texts: list[str], unaligned: bool) -> str:
    if unaligned:
        return "gold form not in # text"
    if re.search(r"\d", normalize_chars(cluster_text)):
        return "number"
    if re.search(r"[A-Za-z]", cluster_text):
        return "latin"
    if re.search(r"[^\w\s\u200c\u064b-\u065f\u0670]", cluster_text):
        return "punctuation"
    if ZWNJ in cluster_text:
        return "zwnj"
    if len(pred_texts) < len(gold_texts):
        return "word: gold splits, we join (clitic/affix/compound)"
    if len(pred_texts) > len(gold_texts):
        return "word: we split, gold joins"
    return "word: other"


def collect_errors(sents: list[GoldSentence], fname: str, classes: Counter, patterns: Counter,
                   examples: dict) -> None:
    for s in sents:
        text = s.text
        for form, sp in zip(s.forms, s.spans):
            if sp is None:
                key = ("gold form not in # text", f"gold [{form}]")
                classes[key[0]] += 1
                patterns[key] += 1
                examples.setdefault(key, f"{fname} {s.sent_id}: {text[:80]}")
        gold = {sp for sp in s.spans if sp is not None}
        pred = token_spans(text)
        fn, fp = sorted(gold - pred), sorted(pred - gold)
        items = [(a, b, "g") for a, b in fn] + [(a, b, "p") for a, b in fp]
        items.sort()
        clusters: list[list[tuple[int, int, str]]] = []
        end = -1
        for a, b, k in items:
            if clusters and a < end:
                clusters[-1].append((a, b, k))
                end = max(end, b)
            else:
                clusters.append([(a, b, k)])
                end = b
        for cl in clusters:
            lo, hi = min(x[0] for x in cl), max(x[1] for x in cl)
            g = [text[a:b] for a, b, k in cl if k == "g"]
            p = [text[a:b] for a, b, k in cl if k == "p"]
            cls = classify(text[lo:hi], g, p, False)
            key = (cls, "gold " + " ".join(f"[{x}]" for x in g) + "  ours " + " ".join(f"[{x}]" for x in p))
            classes[cls] += 1
            patterns[key] += 1
            examples.setdefault(key, f"{fname} {s.sent_id}: …{text[max(0, lo - 25):hi + 25]}…")

    doc, gold, pred = sentence_spans(sents, False)
    gold_ends, pred_ends = {e for _, e in gold}, {e for _, e in pred}
    for kind, ends in (("sentence: missed boundary", gold_ends - pred_ends),
                       ("sentence: spurious boundary", pred_ends - gold_ends)):
        for e in sorted(ends):
            last = tokenize(doc[max(0, e - 30):e])
            key = (kind, f"after [{last[-1].text if last else ''}]")
            classes[kind] += 1
            patterns[key] += 1
            examples.setdefault(key, f"{fname}: …{doc[max(0, e - 40):e]} ‖ {doc[e:e + 20]}…")


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud-dir", type=Path, default=DEFAULT_UD_DIR)
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print the N most frequent mismatches")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = ap.parse_args(argv)

    files = sorted(args.ud_dir.rglob("*.conllu"))
    if not files:
        print(f"no .conllu files under {args.ud_dir}", file=sys.stderr)
        return 1

    metrics = ("tok", "tok_nozwnj", "sent", "sent_nozwnj")
    rows, total = [], {m: Counts() for m in metrics}
    total_unaligned = 0
    classes, patterns, examples = Counter(), Counter(), {}
    for path in files:
        sents = read_conllu(path)
        for s in sents:
            align(s)
        unaligned = sum(sp is None for s in sents for sp in s.spans)
        counts = {
            "tok": score_tokens(sents, False),
            "tok_nozwnj": score_tokens(sents, True),
            "sent": score_sentences(sents, False),
            "sent_nozwnj": score_sentences(sents, True),
        }
        for m in metrics:
            total[m].add(counts[m])
        total_unaligned += unaligned
        rows.append((path.name, len(sents), unaligned, counts))
        if args.errors:
            collect_errors(sents, path.name, classes, patterns, examples)
    rows.append(("micro-average", sum(r[1] for r in rows), total_unaligned, total))

    if args.json:
        out = {
            name: {"sentences": n, "unaligned_gold_tokens": u,
                   **{m: {"gold": c[m].gold, "pred": c[m].pred, "tp": c[m].tp, **c[m].prf()} for m in metrics}}
            for name, n, u, c in rows
        }
        if args.errors:
            out["error_classes"] = dict(classes.most_common())
            out["top_errors"] = [{"class": k[0], "pattern": k[1], "count": v, "example": examples[k]}
                                 for k, v in patterns.most_common(args.errors)]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0

    head = (f"{'file':<26} {'sents':>5} {'gold tok':>8} {'unal':>4} {'tok P':>6} {'tok R':>6} {'tok F1':>6} "
            f"{'F1 -zwnj':>8} {'sent P':>6} {'sent R':>6} {'sent F1':>7} {'F1 -zwnj':>8}")
    print(head)
    print("-" * len(head))
    for name, n, u, c in rows:
        t, tz, s, sz = (c[m].prf() for m in metrics)
        if name == "micro-average":
            print("-" * len(head))
        print(f"{name:<26} {n:>5} {c['tok'].gold:>8} {u:>4} {100 * t['precision']:>6.2f} {100 * t['recall']:>6.2f} "
              f"{100 * t['f1']:>6.2f} {100 * tz['f1']:>8.2f} {100 * s['precision']:>6.2f} {100 * s['recall']:>6.2f} "
              f"{100 * s['f1']:>7.2f} {100 * sz['f1']:>8.2f}")
    if args.errors:
        print("\nmismatches by class (original text, all files):")
        for cls, v in classes.most_common():
            print(f"  {v:>6}  {cls}")
        print(f"\ntop {args.errors} mismatch patterns:")
        for (cls, pat), v in patterns.most_common(args.errors):
            print(f"  {v:>5}  {cls:<27}  {pat}\n         e.g. {examples[(cls, pat)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
