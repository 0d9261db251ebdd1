"""Cold start: `import ner_fa` plus the first `extract()` in a fresh process.

    python benchmarks/cold_start.py [--runs 5] [--text examples/demo_article.txt]

Each run is a new Python process (nothing cached in memory); it prints every
run and the median of: import time, first extract (loads Stanza, the model and
the gazetteer), a second extract of the same text, and peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--text", type=Path, default=REPO / "examples" / "demo_article.txt")
    args = ap.parse_args()
    runs = []
    for i in range(args.runs):
        out = subprocess.run([sys.executable, "-c", CHILD, str(args.text)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        runs.append(r)
        print(f"run {i + 1}: " + ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items()))
    print(f"median of {args.runs} runs ({args.text.name}, {len(args.text.read_text(encoding='utf-8'))} chars):")
    for key in ("import_s", "first_extract_s", "cold_start_s", "second_extract_s", "peak_rss_mb"):
        print(f"  {key:<18} {statistics.median(r[key] for r in runs):8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
