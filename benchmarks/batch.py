"""Throughput of the batch paths on news articles, all in one run, with ratios.

    python benchmarks/batch.py [--docs 1000] [--runs 3] [--text-dir ../shared/data/text/farsnews]
                               [--modes extract,pipe,n_process,dask] [--batch-size 256]

Reads ``--docs`` Fars News articles (the unlabeled news in the shared data, read
at run time) and times, over ``--runs`` runs each (median reported):

* ``extract``: ``Pipeline.extract`` once per article;
* ``pipe``: ``Pipeline.pipe(texts)`` (sentences of many articles per tagger call);
* ``n_process=2``: ``Pipeline.pipe(texts, n_process=2)`` (fork + 2 workers, counted in the time);
* ``dask``: ``ner_fa.cluster.extract_bag`` on a ``distributed.LocalCluster`` with 2
  worker processes (1 thread each); cluster start and model loading are not timed.

Prints documents/s and tokens/s for each, and each one's ratio to ``extract``.
The model is loaded (and warmed up) before any timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tagger_speed import load_articles

REPO = Path(__file__).resolve().parents[1]
MODES = ("extract", "pipe", "n_process", "dask")


def load_docs(text_dir: Path, n_docs: int) -> list[str]:
    texts = load_articles(text_dir, min_tokens=10**12)
    if len(texts) < n_docs:
        raise SystemExit(f"only {len(texts)} articles in {text_dir}, asked for {n_docs}")
    return texts[:n_docs]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text-dir", type=Path, default=REPO.parent / "shared" / "data" / "text" / "farsnews")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=256, help="sentences per tagger call")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads of the tagger (default: ner_fa's, $NER_FA_NUM_THREADS or 1); "
                         "workers use at most cpu_count // 2")
    args = ap.parse_args()
    modes = [m for m in args.modes.split(",") if m]
    unknown = set(modes) - set(MODES)
    if unknown:
        raise SystemExit(f"unknown modes {sorted(unknown)}; choose from {MODES}")

    import torch

    from ner_fa import Pipeline
    from ner_fa.tokenize import tokenize

    texts = load_docs(args.text_dir, args.docs)
    n_tokens = sum(len(tokenize(t)) for t in texts)
    nlp = Pipeline(num_threads=args.threads)
    nlp.tagger.load()
    print(f"{len(texts)} articles, {n_tokens:,} tokens, {sum(map(len, texts)):,} chars; "
          f"{os.cpu_count()} CPUs, torch threads {torch.get_num_threads()}; runs {args.runs}")
    nlp.extract(texts[0])  # warm-up

    def run_extract():
        return [nlp.extract(t) for t in texts]

    def run_pipe():
        return list(nlp.pipe(texts, batch_size=args.batch_size))

    def run_processes():
        return list(nlp.pipe(texts, batch_size=args.batch_size, n_process=2))

    runners = {"extract": run_extract, "pipe": run_pipe, "n_process": run_processes}
    client = None
    if "dask" in modes:
        import dask.bag as db
        from distributed import Client, LocalCluster

        from ner_fa import cluster

        lc = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(lc)
        bag = db.from_sequence(texts, npartitions=8)
        cluster.extract_bag(db.from_sequence(texts[:4], npartitions=2)).compute()  # load the model on workers
        if list(client.run(lambda: len(cluster._PIPELINES)).values()) != [1, 1]:
            print("warning: the model was not loaded on both workers before timing")

        def run_dask():
            return cluster.extract_bag(bag, batch_size=args.batch_size).compute()

        runners["dask"] = run_dask

    reference = None
    times: dict[str, list[float]] = {m: [] for m in modes}
    for r in range(args.runs):
        for m in modes:
            t = time.perf_counter()
            out = runners[m]()
            times[m].append(time.perf_counter() - t)
            if m != "dask":
                if reference is None:
                    reference = out
                elif out != reference:
                    print(f"warning: {m} gave different documents than {modes[0]}")
            print(f"run {r + 1} {m}: {times[m][-1]:.1f} s", flush=True)
    if client is not None:
        client.close()
        lc.close()

    base = statistics.median(times["extract"]) if "extract" in times else None
    print(f"\nmedians over {args.runs} runs ({len(texts)} articles, {n_tokens:,} tokens):")
    print(f"{'mode':<12}{'s':>9}{'docs/s':>10}{'tok/s':>10}{'vs extract':>12}")
    for m in modes:
        s = statistics.median(times[m])
        ratio = f"{base / s:.2f}x" if base else "-"
        print(f"{m:<12}{s:>9.1f}{len(texts) / s:>10.1f}{n_tokens / s:>10,.0f}{ratio:>12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
