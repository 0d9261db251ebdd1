"""Gazetteer loading and Wikidata import at scale, on synthetic files.

    python benchmarks/gazetteer_import.py [--lines 1000000] [--items 200000] [--runs 3]

Writes a JSONL gazetteer of ``--lines`` records and a gzipped Wikidata-style dump of
``--items`` items (and one of a tenth of that) to a temporary directory, then, each in a
fresh process and ``--runs`` times, prints:

* load: seconds, records per second, peak RSS and RSS per entity for ``Gazetteer.load``;
* import: seconds, items per second and peak RSS for ``iter_wikidata`` over the small and the
  large dump. The import keeps nothing, so its peak RSS should be the same for both sizes.

The figures printed are medians over the runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

LOAD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from ner_fa import Gazetteer
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t1 = time.perf_counter()
gaz = Gazetteer.load(sys.argv[1])
t2 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"entities": len(gaz), "load_s": t2 - t1, "peak_rss_mb": rss1 / 1024,
                  "rss_growth_mb": (rss1 - rss0) / 1024}))
"""

IMPORT = r"""
import json, resource, sys, time
from ner_fa.importers import iter_wikidata
t1 = time.perf_counter()
n = sum(1 for _ in iter_wikidata(sys.argv[1], country_codes={}))
t2 = time.perf_counter()
print(json.dumps({"kept": n, "import_s": t2 - t1,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def write_gazetteer(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": f"e{i}", "type": "person", "name": f"Person {i}", "name_fa": f"شخص {i}",
                                 "aliases": [f"نام دیگر {i}", f"آقای {i}"], "prior": 0.5}, ensure_ascii=False) + "\n" for i in range(n))


def write_dump(path: Path, n: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as fh:
        fh.write("[\n")
        for i in range(n):
            item = {"type": "item", "id": f"Q{i + 1}",
                    "labels": {"en": {"language": "en", "value": f"Person {i}"},
                               "fa": {"language": "fa", "value": f"شخص {i}"},
                               "de": {"language": "de", "value": f"Person {i}"}},
                    "aliases": {"fa": [{"language": "fa", "value": f"آقای {i}"}]},
                    "descriptions": {"en": {"language": "en", "value": "synthetic"}},
                    "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {
                        "value": {"entity-type": "item", "id": "Q5" if i % 2 else "Q11424"},
                        "type": "wikibase-entityid"}}, "type": "statement", "rank": "normal"}]},
                    "sitelinks": {f"wiki{k}": {"site": f"wiki{k}", "title": f"P{i}"} for k in range(i % 7)}}
            fh.write(json.dumps(item, ensure_ascii=False) + (",\n" if i < n - 1 else "\n"))
        fh.write("]\n")


def run(code: str, arg: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(arg)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    return json.loads(out.stdout)


def median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--items", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        gaz_file, small, large = tmp / "big.jsonl", tmp / "small.json.gz", tmp / "large.json.gz"
        write_gazetteer(gaz_file, args.lines)
        write_dump(small, max(1, args.items // 10))
        write_dump(large, args.items)
        loads = [run(LOAD, gaz_file) for _ in range(args.runs)]
        for r in loads:
            print("load run:", json.dumps(r))
        n = loads[0]["entities"]
        print(f"load {n:,} records ({gaz_file.stat().st_size / 2**20:.0f} MiB): median {median(loads, 'load_s'):.1f} s, "
              f"{n / median(loads, 'load_s'):,.0f} records/s, peak RSS {median(loads, 'peak_rss_mb'):.0f} MB, "
              f"{median(loads, 'rss_growth_mb') * 2**20 / n:,.0f} bytes of RSS per entity")
        for label, path in (("small", small), ("large", large)):
            rows = [run(IMPORT, path) for _ in range(args.runs)]
            for r in rows:
                print(f"import {label} run:", json.dumps(r))
            items = args.items if label == "large" else max(1, args.items // 10)
            print(f"import {items:,} items ({path.stat().st_size / 2**20:.1f} MiB gz): median "
                  f"{median(rows, 'import_s'):.1f} s, {items / median(rows, 'import_s'):,.0f} items/s, "
                  f"peak RSS {median(rows, 'peak_rss_mb'):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
