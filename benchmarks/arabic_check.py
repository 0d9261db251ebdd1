"""How often :func:`ner_fa.tokenize.looks_arabic` flags Persian sentences, and what it costs.

    python benchmarks/arabic_check.py [--text-root ../shared/data/text] [--runs 5]

Splits every article of the unlabeled Persian corpora in the shared data (Fars News,
Namnak, Varzesh3) into sentences and counts those the check calls Arabic (each one would
go untagged: a false positive), printing a few of them. Then times the check over all
sentences against tokenization + sentence splitting of the same texts (median of
``--runs`` runs) and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text-root", type=Path, default=REPO.parent / "shared" / "data" / "text")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from ner_fa.tokenize import looks_arabic, split_sentences

    texts: dict[str, list[str]] = {}
    for f in sorted(args.text_root.glob("*/*.json")):
        for art in json.loads(f.read_text(encoding="utf-8")):
            text = "\n".join([art.get("title") or "", *(art.get("paragraphs") or [])]).strip()
            if text:
                texts.setdefault(f.parent.name, []).append(text)
    all_words = []
    for corpus, items in texts.items():
        sents = [[t.text for t in s.tokens] for text in items for s in split_sentences(text)]
        flagged = [s for s in sents if looks_arabic(s)]
        all_words.extend(sents)
        print(f"{corpus}: {len(items)} texts, {len(sents)} sentences, flagged as Arabic: {len(flagged)} "
              f"({100 * len(flagged) / max(1, len(sents)):.3f}%)")
        for s in flagged[:12]:
            print("   ", " ".join(s)[:160])

    all_texts = [t for items in texts.values() for t in items]
    check, split = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for s in all_words:
            looks_arabic(s)
        check.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for t in all_texts:
            split_sentences(t)
        split.append(time.perf_counter() - t0)
    c, s = statistics.median(check), statistics.median(split)
    print(f"looks_arabic over {len(all_words)} sentences: median {c * 1000:.0f} ms; tokenize+split of the same "
          f"texts: median {s * 1000:.0f} ms; ratio {c / s:.2f} ({args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
