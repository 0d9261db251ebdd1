"""Throughput of the shipped model: tokenization + tagging, and the full pipeline.

    python benchmarks/tagger_speed.py [--text-dir ../shared/data/text/farsnews] [--tokens 100000] [--runs 3]
        [--compare-v6-path] [--compare-document-path] [--quantize] [--num-threads N]

Reads Fars News articles (the unlabeled news in the shared data), takes at least
``--tokens`` tokens of them, and times over several runs (median reported):
tokenization + sentence splitting + tagging in large batches (the tagger's
speed), and ``Pipeline.pipe`` (tagging plus linking). It also prints the model
size, the load time and the peak resident memory. Figures go to the model card.

``--compare-v6-path`` also times, in each run and alternated with the default, the path the
tagger took in v6 (Stanza's NER ``DataLoader`` and ``Trainer.predict`` on our token lists,
``tagger.batched = False``) for both measures, and prints the ratios.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_articles(text_dir: Path, min_tokens: int) -> list[str]:
    from ner_fa.tokenize import tokenize

    texts, n = [], 0
    for f in sorted(text_dir.glob("*.json")):
        for art in json.loads(f.read_text(encoding="utf-8")):
            text = "\n".join([art.get("title", ""), *art.get("paragraphs", [])]).strip()
            if text:
                texts.append(text)
                n += len(tokenize(text))
            if n >= min_tokens:
                return texts
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text-dir", type=Path, default=REPO.parent / "shared" / "data" / "text" / "farsnews")
    ap.add_argument("--tokens", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--compare-document-path", action="store_true",
                    help="in each run also tag through Stanza's Document path (tagger.direct = False), "
                         "the way the tagger called Stanza before it fed the model token lists itself")
    ap.add_argument("--compare-v6-path", action="store_true",
                    help="in each run also time the v6 path (Stanza's DataLoader and Trainer.predict, "
                         "tagger.batched = False) for tokenize+tag and the pipeline")
    ap.add_argument("--v6-threads", type=int, default=None,
                    help="torch threads for the v6 path (default: the same as the default path's)")
    ap.add_argument("--quantize", action="store_true", help="int8 dynamic quantization at load time")
    ap.add_argument("--num-threads", type=int, default=None, help="torch threads (default: ner_fa's, 1)")
    args = ap.parse_args()

    from ner_fa import Pipeline, StanzaTagger
    from ner_fa.normalize import normalize_chars
    from ner_fa.tokenize import split_sentences, tokenize

    texts = load_articles(args.text_dir, args.tokens)
    t0 = time.perf_counter()
    tagger = StanzaTagger(args.model_dir, num_threads=args.num_threads, quantize=args.quantize or None).load()
    load_s = time.perf_counter() - t0
    size_mb = sum(p.stat().st_size for p in tagger.paths.values()) / 2**20
    nlp = Pipeline(tagger=tagger)

    def tag_only() -> int:
        sents = []
        for text in texts:
            sents.extend([normalize_chars(t.text) for t in s.tokens] for s in split_sentences(text, tokens=tokenize(text)))
        tagger.tag(sents)
        return sum(len(s) for s in sents)

    def full() -> int:
        docs = list(nlp.pipe(texts, batch_size=64))
        return len(docs)

    n_tokens = tag_only()  # warm-up, and the token count
    print(f"{len(texts)} articles, {n_tokens} tokens; model {size_mb:.1f} MB, load {load_s:.2f} s; "
          f"{tagger.num_threads} torch thread(s){', int8' if tagger.quantize else ''}")
    rates: dict[str, list[float]] = {"tokenize+tag": [], "pipeline (tag+link)": []}
    if args.compare_v6_path:
        rates["tokenize+tag, v6 path"] = []
        rates["pipeline, v6 path"] = []
    if args.compare_document_path:
        rates["tokenize+tag, Document path"] = []

    v6_threads = args.v6_threads or tagger.num_threads

    def timed(fn, key: str, **attrs) -> None:
        saved = {k: getattr(tagger, k) for k in attrs}
        for k, v in attrs.items():
            setattr(tagger, k, v)
        try:
            tagger.clear_cache()  # each run starts cold: the same articles are tagged again
            t = time.perf_counter()
            fn()
            rates[key].append(n_tokens / (time.perf_counter() - t))
        finally:
            for k, v in saved.items():
                setattr(tagger, k, v)

    for i in range(args.runs):
        timed(tag_only, "tokenize+tag")
        if args.compare_v6_path:
            timed(tag_only, "tokenize+tag, v6 path", batched=False, num_threads=v6_threads)
        if args.compare_document_path:
            timed(tag_only, "tokenize+tag, Document path", direct=False)
        timed(full, "pipeline (tag+link)")
        if args.compare_v6_path:
            timed(full, "pipeline, v6 path", batched=False, num_threads=v6_threads)
        print(f"run {i + 1}: " + ", ".join(f"{k} {v[-1]:,.0f} tok/s" for k, v in rates.items()))
    for k, v in rates.items():
        print(f"median {k}: {statistics.median(v):,.0f} tokens/s over {args.runs} runs")
    if args.compare_v6_path:
        for new, old in (("tokenize+tag", "tokenize+tag, v6 path"), ("pipeline (tag+link)", "pipeline, v6 path")):
            ratios = [a / b for a, b in zip(rates[new], rates[old])]
            print(f"{new} / v6 path: median {statistics.median(ratios):.2f}x "
                  f"(runs: {', '.join(f'{r:.2f}' for r in ratios)})")
    if args.compare_document_path:
        ratios = [a / b for a, b in zip(rates["tokenize+tag"], rates["tokenize+tag, Document path"])]
        print(f"direct / Document path, tokenize+tag: median {statistics.median(ratios):.2f}x "
              f"(runs: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
