"""Cold start: `import ner_fa` plus the first `extract()` in a fresh process, where the time goes,
and how fast the command line answers `--help` and a usage error.

    python benchmarks/cold_start.py [--runs 5] [--text examples/demo_article.txt]

Each run is a new Python process (nothing cached in memory; the link index cache on disk is
used as a user's second run would, see docs/startup.md). It prints every run and the medians:

* end to end: import time, first extract (loads the gazetteer, the link index and the model),
  a second extract of the same text, peak resident memory;
* the breakdown, stage by stage in another fresh process: `import ner_fa`, `import torch`,
  `import stanza`, gazetteer load, link index (and matcher) build, model load, first batch;
* `ner-fa --help` and `ner-fa extract missing.txt` (a usage error), whole process.

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
ner_fa.extract(text)
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t2 - t1, "second_extract_s": t3 - t2,
                  "cold_start_s": t2 - t0, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "mentions": len(doc.mentions)}))
"""

BREAKDOWN = r"""
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
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
print(json.dumps({name: t - marks[i][1] for i, (name, t) in enumerate(marks[1:])}))
"""

STAGES = ("import ner_fa", "import torch", "import stanza", "gazetteer load", "link index + matcher",
          "model load", "pipeline (linker, matcher again)", "first batch")


def _json_child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _cli_seconds(*argv: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ner_fa.cli", *argv], capture_output=True, text=True, check=False)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--text", type=Path, default=REPO / "examples" / "demo_article.txt")
    args = ap.parse_args()
    env_path = os.environ.get("PYTHONPATH")
    print(f"python {sys.version.split()[0]}, PYTHONPATH={env_path}, load average {os.getloadavg()[0]:.2f}")
    runs, stages, helps, usage = [], [], [], []
    for i in range(args.runs):  # interleaved, so load on a shared machine hits every measure alike
        r = _json_child(END_TO_END, str(args.text))
        runs.append(r)
        stages.append(_json_child(BREAKDOWN, str(args.text)))
        helps.append(_cli_seconds("--help"))
        usage.append(_cli_seconds("extract", "/nonexistent/missing.txt"))
        print(f"run {i + 1}: " + ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                                          for k, v in r.items())
              + f", help_s={helps[-1]:.2f}, usage_error_s={usage[-1]:.2f}")
    n = args.runs
    print(f"\nmedian of {n} runs ({args.text.name}, {len(args.text.read_text(encoding='utf-8'))} chars):")
    for key in ("import_s", "first_extract_s", "cold_start_s", "second_extract_s", "peak_rss_mb"):
        print(f"  {key:<34} {statistics.median(r[key] for r in runs):8.2f}")
    print(f"  {'ner-fa --help (process)':<34} {statistics.median(helps):8.2f}")
    print(f"  {'ner-fa usage error (process)':<34} {statistics.median(usage):8.2f}")
    print(f"\nbreakdown, median of {n} fresh processes (s):")
    total = 0.0
    for name in STAGES:
        m = statistics.median(s[name] for s in stages)
        total += m
        print(f"  {name:<34} {m:8.2f}")
    print(f"  {'sum of medians':<34} {total:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
