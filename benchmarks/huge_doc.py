"""Time and peak memory of one very long document (10 MB of UTF-8 by default).

    python benchmarks/huge_doc.py [--mb 1,10] [--text-dir ../shared/data/text/farsnews] [--chunk-chars N]

Builds each document by joining Fars News articles (read at run time) until it
reaches the size in MB (2**20 bytes of UTF-8), then runs ``Pipeline.extract`` on
it in a fresh process per size, so that each peak resident memory figure is its
own. Prints the time, the peak RSS, the RSS after loading the model, the number of
mentions, and checks that every offset slices the original string. Comparing
sizes shows whether memory stays bounded (grows with the output, not the work).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build(text_dir: Path, mb: float) -> str:
    target = int(mb * 2**20)
    parts, size = [], 0
    while size < target:
        for f in sorted(text_dir.glob("*.json")):
            for art in json.loads(f.read_text(encoding="utf-8")):
                t = "\n".join([art.get("title", ""), *art.get("paragraphs", [])]).strip()
                parts.append(t)
                size += len(t.encode("utf-8")) + 2
                if size >= target:
                    return "\n\n".join(parts)
    return "\n\n".join(parts)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(text_dir: Path, mb: float, chunk_chars: int | None, threads: int | None) -> None:
    import torch

    from ner_fa import Pipeline

    if threads:
        torch.set_num_threads(threads)

    nlp = Pipeline()
    nlp.tagger.load()
    nlp.extract("سعید خطیب‌زاده سخنگوی وزارت امور خارجه ایران گفت.")
    text = build(text_dir, mb)
    base = _rss_mb()
    t = time.perf_counter()
    kw = {"chunk_chars": chunk_chars} if chunk_chars else {}
    doc = next(nlp.pipe([text], **kw))
    secs = time.perf_counter() - t
    bad = sum(text[m.start:m.end] != m.text for m in doc.all_mentions())
    print(f"torch threads {torch.get_num_threads()}; {mb:g} MB ({len(text.encode('utf-8')):,} bytes, {len(text):,} chars): {secs:.1f} s, "
          f"{len(doc.mentions):,} mentions ({len(doc.linked):,} linked), offsets wrong: {bad}; "
          f"peak RSS {_rss_mb():,.0f} MB (after loading the model and building the text: {base:,.0f} MB)",
          flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text-dir", type=Path, default=REPO.parent / "shared" / "data" / "text" / "farsnews")
    ap.add_argument("--mb", default="10", help="comma-separated sizes in MB")
    ap.add_argument("--chunk-chars", type=int, default=None)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    ap.add_argument("--one", type=float, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        one(args.text_dir, args.one, args.chunk_chars, args.threads)
        return 0
    for mb in args.mb.split(","):
        cmd = [sys.executable, __file__, "--one", mb, "--text-dir", str(args.text_dir)]
        if args.threads:
            cmd += ["--threads", str(args.threads)]
        if args.chunk_chars:
            cmd += ["--chunk-chars", str(args.chunk_chars)]
        rc = subprocess.call(cmd)
        if rc:
            print(f"{mb} MB: failed with exit status {rc}")
            return rc
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
