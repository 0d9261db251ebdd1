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

``--ablate`` scores the tagger alone, the whole pipeline, and the pipeline with each
of its gazetteer rules switched off in turn (:data:`ABLATIONS`, ``LinkerConfig``
fields), then prints P/R/F1 per label for each and a summary of the F1 changes.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..normalize import normalize_chars
from .augment import drop_zwnj, split_zwnj
from .corpora import LABELS, Sentence, read_corpus, spans

__all__ = ["ABLATIONS", "VARIANTS", "ablate", "evaluate", "evaluate_pipeline", "format_ablation", "format_table",
           "score_spans"]


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


#: Pipeline configurations of ``--ablate``: ``LinkerConfig`` settings on top of the defaults.
ABLATIONS: dict[str, dict] = {
    "pipeline": {},
    "- boundary repair": {"boundary_repair_tokens": 0},
    "- gap filling": {"fill_gaps": False},
    "- split unlinked": {"split_unlinked": False},
    "- short forms": {"short_forms": False},
    "- span repair": {"span_repair": False},
    "- NIL short forms": {"nil_short_forms": False},
    "no gazetteer rules": {"match_gazetteer": False, "split_unlinked": False, "short_forms": False,
                           "nil_short_forms": False},
}


def ablate(tagger, sentences: Sequence[Sentence], gazetteer=None) -> dict[str, dict]:
    """Scores of the tagger alone and of the pipeline under every :data:`ABLATIONS` setting."""
    from ..linker import LinkerConfig
    from ..pipeline import Pipeline

    out = {"tagger": evaluate(tagger, sentences)}
    for name, settings in ABLATIONS.items():
        nlp = Pipeline(tagger=tagger, gazetteer=gazetteer, config=LinkerConfig(**settings))
        out[name] = evaluate_pipeline(nlp, sentences)
    return out


def format_ablation(results: dict[str, dict], title: str = "") -> str:
    """A P/R/F1 table per label (rows: configurations) and F1 differences against ``pipeline``."""
    labels = [lab for lab in next(iter(results.values())) if lab != "speed"]
    lines = [title] if title else []
    head = f"{'configuration':<20}" + "".join(f"{lab + ' P':>9}{lab + ' R':>9}{lab + ' F1':>9}" for lab in labels)
    lines.append(head)
    for name, res in results.items():
        row = f"{name:<20}"
        for lab in labels:
            s = res.get(lab, {"precision": 0.0, "recall": 0.0, "f1": 0.0})
            row += f"{s['precision']:>9.2f}{s['recall']:>9.2f}{s['f1']:>9.2f}"
        lines.append(row)
    if "pipeline" in results:
        base = results["pipeline"]
        lines.append("")
        lines.append(f"{'F1 minus pipeline':<20}" + "".join(f"{lab:>9}" for lab in labels))
        for name, res in results.items():
            if name == "pipeline":
                continue
            lines.append(f"{name:<20}" + "".join(
                f"{res.get(lab, {'f1': 0.0})['f1'] - base.get(lab, {'f1': 0.0})['f1']:>+9.2f}" for lab in labels))
    return "\n".join(lines)


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
    ap.add_argument("--ablate", action="store_true",
                    help="score the tagger, the pipeline and the pipeline with each gazetteer rule switched off")
    ap.add_argument("--quantize", action="store_true", help="int8 dynamic quantization of the model at load time")
    ap.add_argument("--ensemble", action="append", default=None, metavar="MODEL_DIR",
                    help="score an ensemble: --model-dir (default: the shipped model) and each model directory "
                         "given here (repeat the option), combined as --ensemble-mode says (ner_fa.ensemble)")
    ap.add_argument("--ensemble-mode", default="mean", choices=["mean", "vote"],
                    help="mean: Viterbi on averaged emissions and transitions; vote: spans most models predict")
    args = ap.parse_args(argv)
    if args.ensemble:
        if args.quantize:
            ap.error("--quantize is not available for an ensemble")
        from ..ensemble import EnsembleTagger
        from ..tagger import DEFAULT_MODEL_DIR, ENV_MODEL_DIR

        first = args.model_dir or os.environ.get(ENV_MODEL_DIR) or DEFAULT_MODEL_DIR
        tagger = EnsembleTagger([first, *args.ensemble], mode=args.ensemble_mode).load()
    else:
        from ..tagger import StanzaTagger

        tagger = StanzaTagger(args.model_dir, quantize=args.quantize or None).load()
    sentences = list(read_corpus(args.file, args.format))
    names = list(VARIANTS) if args.variants else ["original"]
    if args.ablate:
        if args.variants or args.pipeline:
            ap.error("--ablate scores the original sentences, tagger and pipeline; leave out --variants/--pipeline")
        results = ablate(tagger, sentences)
        if args.json:
            print(json.dumps(results, indent=2, ensure_ascii=False))
        else:
            print(format_ablation(results, f"== {args.file}"))
        return 0
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
