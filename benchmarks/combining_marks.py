"""Time and peak memory of pathological tokens: a letter with thousands of combining marks.

    python benchmarks/combining_marks.py [--marks 10000] [--fake] [--repeat 3] [--threads 1]

Each case runs ``Pipeline.extract`` on one short text ``--repeat`` times after the model is
loaded (and one warm-up call), in this process, and prints the number of tokens, the median
seconds per call (wall clock, and CPU time over all threads: steadier on a busy machine), the peak of Python allocations during the calls (``tracemalloc``) and how far
the calls raised the process's peak resident memory (what torch allocates is only seen there).
Cases:

* ``latin+marks``: «چین» then ``a`` followed by N combining acute accents (U+0301): before
  combining marks were kept with their base character this was N + 1 tokens;
* ``persian+marks``: «ب» followed by N fathas (U+064E);
* ``long word``: one word of N letters (a single token: what the tagger sees of it is capped).

``--fake`` uses the fake tagger (tokenizer, matcher and linker costs only, no model).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--marks", type=int, default=10_000, help="combining marks (letters for 'long word')")
    ap.add_argument("--fake", action="store_true", help="fake tagger instead of the shipped model")
    ap.add_argument("--repeat", type=int, default=3, help="calls per case (median time reported)")
    ap.add_argument("--threads", type=int, help="torch threads (1 gives steadier figures on a shared machine)")
    args = ap.parse_args()

    from ner_fa import FakeTagger, Pipeline
    from ner_fa.tokenize import tokenize

    nlp = Pipeline(tagger=FakeTagger({})) if args.fake else Pipeline()
    if not args.fake:
        nlp.tagger.load()
        if args.threads:
            import torch

            torch.set_num_threads(args.threads)
    nlp("چین و روسیه")  # warm-up: first call costs (index, lazy imports) are not the subject
    n = args.marks
    cases = {
        "latin+marks": "چین a" + "\u0301" * n + " روسیه",
        "persian+marks": "چین ب" + "\u064e" * n + " روسیه",
        "long word": "چین " + "ب" * n + " روسیه",
    }
    print(f"{'case':<14} {'chars':>7} {'tokens':>7} {'median s':>8} {'CPU s':>7} {'py peak MB':>10} {'RSS peak +MB':>12}")
    for name, text in cases.items():
        ntok = len(tokenize(text))
        rss0 = _rss_mb()
        tracemalloc.start()
        times, cpu = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            doc = nlp(text)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            assert all(text[m.start:m.end] == m.text for m in doc.mentions)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        secs, cpu_secs = statistics.median(times), statistics.median(cpu)
        print(f"{name:<14} {len(text):>7} {ntok:>7} {secs:>8.3f} {cpu_secs:>7.3f} {peak:>10.1f} {_rss_mb() - rss0:>12.1f}")


if __name__ == "__main__":
    main()
