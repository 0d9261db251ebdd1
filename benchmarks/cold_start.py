"""Cold start: `import ner_fa` plus the first `extract()` in a fresh process, where the time goes,
and how fast the command line answers `--help` and a usage error.

    python benchmarks/cold_start.py [--runs 5] [--text examples/demo_article.txt]

Each run is a new Python process (nothing cached in memory). The caches on disk of the link index
(ner_fa.index_cache) and of the loaded gazetteer (ner_fa.gazetteer_cache) are filled by an untimed
first run, so the runs measure what a user's second and later runs cost; `--no-index-cache`
measures the very first run (gazetteer parsed and index built in every process). It prints every run and the medians:

* end to end: import time, first extract (loads the gazetteer, the link index and the model),
  a second extract of the same text, peak resident memory, and the CPU time of the cold start
  (``time.process_time``: on a shared machine the wall clock mostly measures the other users);
* the breakdown, stage by stage in another fresh process: `import ner_fa`, `import torch`,
  `import stanza`, gazetteer load, link index (and matcher) build, model load, first batch;
* `ner-fa --help` and `ner-fa extract missing.txt` (a usage error), whole process.

`--baseline SRC` measures another source tree (e.g. main) interleaved with this one; the ratio
column is baseline / this.

Targets (issue 17): first extract in a fresh process <= 2.0 s, `--help` and usage errors <= 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

END_TO_END = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import ner_fa
t1 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
doc = ner_fa.extract(text)
t2 = time.perf_counter()
cpu = time.process_time()
ner_fa.extract(text)
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t2 - t1, "second_extract_s": t3 - t2,
                  "cold_start_s": t2 - t0, "cold_start_cpu_s": cpu,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "mentions": len(doc.mentions)}))
"""

BREAKDOWN = r"""
import json, sys, time
marks = [("start", time.perf_counter(), time.process_time())]
def mark(name):
    marks.append((name, time.perf_counter(), time.process_time()))
import ner_fa
mark("import ner_fa")
import torch
mark("import torch")
import stanza
mark("import stanza")
from ner_fa.gazetteer import default_gazetteer
gaz = default_gazetteer()
mark("gazetteer load")
from ner_fa.linker import AliasMatcher, Linker
linker = Linker(gaz)
AliasMatcher(gaz)
mark("link index + matcher")
from ner_fa.tagger import StanzaTagger
tagger = StanzaTagger().load()
mark("model load")
from ner_fa.pipeline import Pipeline
nlp = Pipeline(tagger=tagger, gazetteer=gaz)
mark("pipeline (linker, matcher again)")
nlp.extract(open(sys.argv[1], encoding="utf-8").read())
mark("first batch")
print(json.dumps({name: t - marks[i][1] for i, (name, t, _) in enumerate(marks[1:])}
                 | {name + " cpu": c - marks[i][2] for i, (name, _, c) in enumerate(marks[1:])}))
"""

TARGET_FIRST_EXTRACT_S, TARGET_CLI_S = 2.0, 0.5
STAGES = ("import ner_fa", "import torch", "import stanza", "gazetteer load", "link index + matcher",
          "model load", "pipeline (linker, matcher again)", "first batch")


def _env(src: str | None) -> dict:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    return env


def _json_child(code: str, *args: str, src: str | None = None) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                         env=_env(src))
    return json.loads(out.stdout.strip().splitlines()[-1])


def _cli_seconds(*argv: str, src: str | None = None) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ner_fa.cli", *argv], capture_output=True, text=True, check=False,
                   env=_env(src))
    return time.perf_counter() - t


def _measure(text: Path, src: str | None) -> tuple[dict, dict]:
    r = _json_child(END_TO_END, str(text), src=src)
    r["help_s"] = _cli_seconds("--help", src=src)
    r["usage_error_s"] = _cli_seconds("extract", "/nonexistent/missing.txt", src=src)
    return r, _json_child(BREAKDOWN, str(text), src=src)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--text", type=Path, default=REPO / "examples" / "demo_article.txt")
    ap.add_argument("--no-index-cache", action="store_true",
                    help="load the gazetteer and build the link index in every process (NER_FA_NO_CACHE=1: both "
                         "caches off), as on the very first run")
    ap.add_argument("--baseline", metavar="SRC",
                    help="another ner_fa source tree (e.g. a checkout of main: /work/main/src), measured "
                         "interleaved with this one so that both see the same machine load")
    args = ap.parse_args()
    if args.no_index_cache:
        os.environ["NER_FA_NO_CACHE"] = "1"
    variants = {"this": str(REPO / "src")}
    if args.baseline:
        variants["baseline"] = args.baseline
    for src in variants.values():
        _json_child(END_TO_END, str(args.text), src=src)  # not timed: fills the link index cache, as a first run would
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}, "
          f"gazetteer and link index caches {'off' if args.no_index_cache else 'on (warm)'}; " +
          ", ".join(f"{k}={v}" for k, v in variants.items()))
    runs: dict[str, list] = {k: [] for k in variants}
    stages: dict[str, list] = {k: [] for k in variants}
    for i in range(args.runs):  # interleaved, so load on a shared machine hits every variant alike
        for name, src in variants.items():
            r, st = _measure(args.text, src)
            runs[name].append(r)
            stages[name].append(st)
            print(f"run {i + 1} {name}: " + ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                                                    for k, v in r.items()))
    n = args.runs
    names = list(variants)
    head = "".join(f"{k:>10}" for k in names) + ("     ratio" if len(names) == 2 else "")

    def row(label: str, values: list[float]) -> None:
        ratio = f"{values[1] / values[0]:9.2f}x" if len(values) == 2 and values[0] > 0 else ""
        print(f"  {label:<34}" + "".join(f"{v:10.2f}" for v in values) + ratio)

    print(f"\nmedian of {n} runs ({args.text.name}, {len(args.text.read_text(encoding='utf-8'))} chars):")
    print(f"  {'':<34}{head}")
    for key in ("import_s", "first_extract_s", "cold_start_s", "cold_start_cpu_s", "second_extract_s", "peak_rss_mb",
                "help_s", "usage_error_s"):
        row(key, [statistics.median(r[key] for r in runs[k]) for k in names])
    first = statistics.median(r["first_extract_s"] for r in runs["this"])
    cli = max(statistics.median(r[k] for r in runs["this"]) for k in ("help_s", "usage_error_s"))
    print(f"\ntargets (issue 17, idle machine; load average now {os.getloadavg()[0]:.2f}):")
    print(f"  first extract in a fresh process <= {TARGET_FIRST_EXTRACT_S} s: "
          f"{'met' if first <= TARGET_FIRST_EXTRACT_S else 'NOT met'} ({first:.2f} s)")
    print(f"  ner-fa --help and usage errors <= {TARGET_CLI_S} s: {'met' if cli <= TARGET_CLI_S else 'NOT met'} "
          f"({cli:.2f} s)")
    for suffix, what in (("", "wall-clock"), (" cpu", "CPU time of the process, all threads: less sensitive to a busy machine")):
        print(f"\nbreakdown, median of {n} fresh processes (s, {what}):")
        print(f"  {'':<34}{head}")
        totals = [0.0] * len(names)
        for stage in STAGES:
            values = [statistics.median(s[stage + suffix] for s in stages[k]) for k in names]
            totals = [a + b for a, b in zip(totals, values)]
            row(stage, values)
        row("sum of medians", totals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
