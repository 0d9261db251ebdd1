"""Entity-level evaluation (conlleval semantics: exact span and type, micro-averaged).

    python -m ner_fa.training.evaluate ../shared/data/ner/peyma/dev.txt --format peyma [--variants]

``--variants`` also scores the same sentences with every ZWNJ dropped, with
ZWNJ replaced by a space, and with Arabic ي/ك letters, because real input has
those defects.

``--pipeline`` scores what :class:`ner_fa.Pipeline` reports instead of the bare
tagger: the tagger's spans after the gazetteer has repaired their boundaries and
added the names the tagger missed (top-level mentions; nested ones are extra and
not scored). Each gold sentence is given to the pipeline as its tokens joined by
spaces, and mentions are mapped back to the gold tokens by character offsets.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..normalize import normalize_chars
from .augment import drop_zwnj, split_zwnj
from .corpora import LABELS, Sentence, read_corpus, spans

__all__ = ["VARIANTS", "evaluate", "evaluate_pipeline", "format_table", "score_spans"]


def _arabic_letters(sent: Sentence) -> Sentence:
    return [(tok.replace("ی", "ي").replace("ک", "ك"), tag) for tok, tag in sent]


VARIANTS = {
    "original": lambda s: s,
    "no_zwnj": drop_zwnj,
    "zwnj_as_space": split_zwnj,
    "arabic_letters": _arabic_letters,
}


def score_spans(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict:
    """Per-type and micro precision/recall/F1 (percent) from BIO/BIOES tag sequences."""
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(spans(list(g))), set(spans(list(p)))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t, g, p):
        prec = 100 * t / p if p else 0.0
        rec = 100 * t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 2), "recall": round(rec, 2), "f1": round(f1, 2), "gold": g, "pred": p}

    labels = sorted(set(n_gold) | set(n_pred), key=lambda x: (x not in LABELS, LABELS.index(x) if x in LABELS else x))
    out = {lab: prf(tp[lab], n_gold[lab], n_pred[lab]) for lab in labels}
    out["micro"] = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    return out


def evaluate(tagger, sentences: Sequence[Sentence]) -> dict:
    """Tag gold-tokenized sentences (through the same character map as the pipeline) and score them."""
    tokens = [[normalize_chars(tok) for tok, _ in s] for s in sentences]
    t0 = time.perf_counter()
    pred = tagger.tag(tokens)
    seconds = time.perf_counter() - t0
    result = score_spans([[t for _, t in s] for s in sentences], pred)
    n = sum(len(s) for s in sentences)
    result["speed"] = {"tokens": n, "seconds": round(seconds, 2), "tokens_per_second": round(n / seconds) if seconds else None}
    return result


def pipeline_tags(pipeline, token_lists: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags per gold token from the pipeline's top-level mentions of the space-joined tokens."""
    texts, starts = [], []
    for toks in token_lists:
        pos, st = 0, []
        for t in toks:
            st.append(pos)
            pos += len(t) + 1
        texts.append(" ".join(toks))
        starts.append(st)
    out = []
    for toks, st, doc in zip(token_lists, starts, pipeline.pipe(texts, batch_size=64)):
        tags = ["O"] * len(toks)
        for m in doc.mentions:
            covered = [i for i, a in enumerate(st) if a < m.end and a + len(toks[i]) > m.start]
            if not covered or any(tags[i] != "O" for i in covered):
                continue
            tags[covered[0]] = f"B-{m.label}"
            for i in covered[1:]:
                tags[i] = f"I-{m.label}"
        out.append(tags)
    return out


def evaluate_pipeline(pipeline, sentences: Sequence[Sentence]) -> dict:
    """Score the pipeline's mentions (tagger + gazetteer) on gold-tokenized sentences."""
    tokens = [[tok for tok, _ in s] for s in sentences]
    t0 = time.perf_counter()
    pred = pipeline_tags(pipeline, tokens)
    seconds = time.perf_counter() - t0
    result = score_spans([[t for _, t in s] for s in sentences], pred)
    n = sum(len(s) for s in sentences)
    result["speed"] = {"tokens": n, "seconds": round(seconds, 2), "tokens_per_second": round(n / seconds) if seconds else None}
    return result


def format_table(result: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for lab, s in result.items():
        if lab == "speed":
            continue
        lines.append(f"{lab:<8}{s['precision']:>8.2f}{s['recall']:>8.2f}{s['f1']:>8.2f}{s['gold']:>8}{s['pred']:>8}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--format", default="peyma", choices=["peyma", "conll", "parsner", "parstwiner", "nsurl"])
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--variants", action="store_true", help="also score ZWNJ-dropped/spaced and Arabic-letter text")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--pipeline", action="store_true",
                    help="score the full pipeline (tagger + gazetteer repair and matching) instead of the tagger")
    ap.add_argument("--quantize", action="store_true", help="int8 dynamic quantization of the model at load time")
    args = ap.parse_args(argv)
    from ..tagger import StanzaTagger

    tagger = StanzaTagger(args.model_dir, quantize=args.quantize or None).load()
    sentences = list(read_corpus(args.file, args.format))
    names = list(VARIANTS) if args.variants else ["original"]
    if args.pipeline:
        from ..pipeline import Pipeline

        nlp = Pipeline(tagger=tagger)
        results = {name: evaluate_pipeline(nlp, [VARIANTS[name](s) for s in sentences]) for name in names}
    else:
        results = {name: evaluate(tagger, [VARIANTS[name](s) for s in sentences]) for name in names}
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        for name, res in results.items():
            print(format_table(res, f"== {args.file} [{name}] {res['speed']['tokens_per_second']} tok/s"))
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
