"""Tagging speed with 1 torch thread against torch's default, idle and beside a busy process.

    python benchmarks/busy_neighbour.py [--tokens 6000] [--runs 3] [--threads 1,default]

Takes Fars News articles (``--tokens`` of them), loads the shipped model once, and for each run
measures, alternating the settings so that a change in the machine's load hits all of them alike:

* ``pipe``: ``Pipeline.pipe`` over all the articles (tagging in large batches, plus linking);
* ``extract``: ``Pipeline.extract`` one article at a time;

with each thread setting (``default`` = torch's own, one per core), on an idle machine and with a
*busy neighbour*: another process spinning on one core (``os.sched_setaffinity`` pins it to the
last core where the platform allows). Prints tokens/s per run, the medians, and the ratio of each
setting to the first one. This is the case that made ``ner_fa.threads`` default to 1 thread.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _spin() -> None:  # pragma: no cover - runs in the neighbour process
    cores = os.cpu_count() or 1
    if hasattr(os, "sched_setaffinity") and cores > 1:
        os.sched_setaffinity(0, {cores - 1})
    while True:
        pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text-dir", type=Path, default=REPO.parent / "shared" / "data" / "text" / "farsnews")
    ap.add_argument("--tokens", type=int, default=6000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", default="1,default", help="comma-separated settings; 'default' = one per core")
    ap.add_argument("--modes", default="idle,busy")
    ap.add_argument("--model-dir", default=None)
    args = ap.parse_args()

    import torch
    from tagger_speed import load_articles

    from ner_fa import Pipeline, StanzaTagger
    from ner_fa.tokenize import tokenize

    cores = os.cpu_count() or 1
    settings = [cores if s == "default" else int(s) for s in args.threads.split(",")]
    names = [f"{s} thread{'s' if s > 1 else ''}" for s in settings]
    modes = args.modes.split(",")
    texts = load_articles(args.text_dir, args.tokens)
    n_tokens = sum(len(tokenize(t)) for t in texts)
    tagger = StanzaTagger(args.model_dir, num_threads=settings[0]).load()
    nlp = Pipeline(tagger=tagger)
    list(nlp.pipe(texts))  # warm-up
    print(f"{len(texts)} articles, {n_tokens} tokens, {cores} cores; torch default threads would be {cores}")

    def measure(kind: str) -> float:
        t = time.perf_counter()
        if kind == "pipe":
            list(nlp.pipe(texts))
        else:
            for text in texts:
                nlp.extract(text)
        return n_tokens / (time.perf_counter() - t)

    rates: dict[tuple[str, str, str], list[float]] = {}
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    for run in range(args.runs):
        for mode in modes:
            neighbour = None
            if mode == "busy":
                neighbour = ctx.Process(target=_spin, daemon=True)
                neighbour.start()
                time.sleep(0.5)
            try:
                for kind in ("pipe", "extract"):
                    for s, name in zip(settings, names):
                        tagger.num_threads = s
                        rate = measure(kind)
                        rates.setdefault((mode, kind, name), []).append(rate)
                        print(f"run {run + 1} {mode:5s} {kind:8s} {name:10s} {rate:8,.0f} tok/s "
                              f"(torch threads {torch.get_num_threads()})", flush=True)
            finally:
                if neighbour is not None:
                    neighbour.terminate()
                    neighbour.join()
    print("\nmedians (tokens/s) and ratio to the first setting:")
    for mode in modes:
        for kind in ("pipe", "extract"):
            base = statistics.median(rates[(mode, kind, names[0])])
            cells = []
            for name in names:
                med = statistics.median(rates[(mode, kind, name)])
                cells.append(f"{name} {med:,.0f} ({med / base:.2f}x)")
            print(f"  {mode:5s} {kind:8s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
