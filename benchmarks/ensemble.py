"""An ensemble of NER models against each of its members: F1 on the evaluation sets, and speed.

    python benchmarks/ensemble.py --model src/ner_fa/models --model /tmp/a/model --model /tmp/b/model \\
        [--data-dir ../shared/data] [--modes mean,vote] [--runs 3] [--tokens 30000] [--json OUT]

Loads every model once, then scores each member alone, the ensemble of all of them in each
``--modes`` mode, and (with three or more members) the mean ensemble of every pair of members, on
PEYMA dev, ParsNER test news and wiki and ParsTwiNER dev (entity F1, conlleval semantics, the tagger alone on gold tokens: ``ner_fa.training.evaluate``'s scoring), and prints how
alike the members are (span F1 of each member's predictions against each other's). Then times
tagging of ``--tokens`` tokens of Fars News sentences: the first member alone and the ensemble,
alternated, ``--runs`` times each (median; the token-id and character caches are cleared before
each timing).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SETS = (
    ("PEYMA dev", "ner/peyma/dev.txt", "peyma"),
    ("ParsNER news", "ner/parsner/test/test_news.pos", "parsner"),
    ("ParsNER wiki", "ner/parsner/test/test_wiki.pos", "parsner"),
    ("ParsTwiNER dev", "ner/parstwiner/dev.txt", "parstwiner"),
)


class _Fixed:
    """A tagger over an already-built predictor (ensemble or single), with the tagger's BIO output."""

    def __init__(self, predictor) -> None:
        self.predictor = predictor

    def tag(self, sentences):
        from ner_fa.tagger import to_bio

        return [to_bio(t) for t in self.predictor.predict(sentences)]


def _sentences(text_dir: Path, n_tokens: int) -> list[list[str]]:
    from ner_fa.normalize import normalize_chars
    from ner_fa.tokenize import split_sentences, tokenize

    out, n = [], 0
    for f in sorted(text_dir.glob("*.json")):
        for art in json.loads(f.read_text(encoding="utf-8")):
            for para in [art.get("title", ""), *art.get("paragraphs", [])]:
                for s in split_sentences(para, tokens=tokenize(para)):
                    toks = [normalize_chars(t.text) for t in s.tokens]
                    if toks:
                        out.append(toks)
                        n += len(toks)
                if n >= n_tokens:
                    return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", action="append", required=True, help="a model directory (repeat; the first is the base)")
    ap.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--modes", default="mean,vote")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tokens", type=int, default=30_000)
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args()

    from ner_fa.ensemble import EnsemblePredictor
    from ner_fa.normalize import normalize_chars
    from ner_fa.tagger import StanzaTagger
    from ner_fa.training.corpora import read_corpus
    from ner_fa.training.evaluate import evaluate, score_spans

    members = []
    for d in args.model:
        t = StanzaTagger(d).load()
        members.append(t._batch_predictors(t._load())[0])
    configs: dict[str, object] = {f"model {k + 1}": p for k, p in enumerate(members)}
    for mode in args.modes.split(","):
        configs[f"ensemble {mode} (all {len(members)})"] = EnsemblePredictor(members, mode=mode)
    if len(members) >= 3:
        for k in range(1, len(members)):
            configs[f"ensemble mean (1+{k + 1})"] = EnsemblePredictor([members[0], members[k]], mode="mean")
        for pair in itertools.combinations(range(1, len(members)), 2):
            configs[f"ensemble mean ({pair[0] + 1}+{pair[1] + 1})"] = EnsemblePredictor(
                [members[pair[0]], members[pair[1]]], mode="mean")
    data = {name: list(read_corpus(args.data_dir / rel, fmt)) for name, rel, fmt in SETS}
    # how alike the members are: span F1 of one member's predictions against another's
    agreement: dict[str, dict[str, float]] = {}
    member_tags = {sname: [_Fixed(p).tag([[normalize_chars(t) for t, _ in s] for s in sents]) for p in members]
                   for sname, sents in data.items()}
    for a, b in itertools.combinations(range(len(members)), 2):
        key = f"{a + 1}~{b + 1}"
        agreement[key] = {sname: score_spans(tags[a], tags[b])["micro"]["f1"] for sname, tags in member_tags.items()}
        print(f"agreement of models {key} (span F1 of one against the other): {agreement[key]}", flush=True)
    scores: dict[str, dict] = {}
    for cname, pred in configs.items():
        scores[cname] = {}
        for sname, sents in data.items():
            r = evaluate(_Fixed(pred), sents)
            scores[cname][sname] = {"f1": r["micro"]["f1"], "precision": r["micro"]["precision"],
                                    "recall": r["micro"]["recall"],
                                    **{f"{lab} F1": r[lab]["f1"] for lab in ("PER", "LOC", "ORG") if lab in r}}
        print(f"{cname:<28}" + "".join(f"{sname}: {scores[cname][sname]['f1']:6.2f}   " for sname in data), flush=True)

    sents = _sentences(args.data_dir / "text" / "farsnews", args.tokens)
    n_tok = sum(map(len, sents))
    timed = {"model 1": members[0], "ensemble mean": configs[f"ensemble mean (all {len(members)})"]}
    speed: dict[str, list[float]] = {k: [] for k in timed}
    for _ in range(args.runs):
        for name, pred in timed.items():
            pred.clear_cache()
            t0 = time.perf_counter()
            pred.predict(sents)
            speed[name].append(n_tok / (time.perf_counter() - t0))
    med = {k: round(statistics.median(v)) for k, v in speed.items()}
    print(f"tagging speed on {n_tok} tokens, median of {args.runs} (tokens/s): {med}; ratio "
          f"{med['ensemble mean'] / med['model 1']:.2f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"models": args.model, "scores": scores, "agreement": agreement, "speed": speed, "median": med,
                                         "tokens": n_tok}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
