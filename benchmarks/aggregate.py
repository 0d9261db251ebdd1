"""Corpus aggregation (``ner_fa.aggregate``, NIL entities included) over 10,000 documents:
time, peak memory, and the cost it adds per document against extraction.

    python benchmarks/aggregate.py [--sources 30] [--docs 10000] [--runs 3] [--max-nil 50000]

1. Extracts ``--sources`` Fars News articles from the shared data with the shipped
   pipeline (articles of the held-out news set, ``evaluation/news_heldout.jsonl``, are
   skipped), ``--runs`` times; the median seconds per document is the baseline.
2. Builds ``--docs`` documents from those results: document k is source k mod
   ``--sources`` with one sentence appended that names an unlinked person, drawn from
   2,000 invented names (so NIL entities both repeat across documents and keep growing).
3. Times :class:`ner_fa.corpus.Aggregator` over them (``--runs`` runs, median), which
   includes grouping each document's NIL mentions (:mod:`ner_fa.nil`); and, alone,
   ``Document.entities()`` with and without the NIL entities.
4. Peak memory of the aggregation (``tracemalloc``, allocations made while aggregating;
   the input documents are built before), for all documents and for half of them, with
   the default bound and with ``--max-nil`` small (the bound holds: the peak stops growing).

The machine may be shared: ratios come from the same run.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GIVEN = ["علی", "حسین", "مهدی", "زهرا", "مریم", "رضا", "سارا", "امیر", "نرگس", "کاوه"]
MIDDLE = ["اکبر", "اصغر", "جواد", "سادات", "محمد"]
SURNAMES = [f"{a}{b}" for a in ("کریمی", "رحیمی", "صادقی", "نوروزی", "قاسمی", "باقری", "جعفری", "یزدانی",
                                "شریفی", "کاظمی") for b in ("", "‌نژاد", "‌پور", "‌زاده")]


def sources(n: int) -> list[str]:
    from ner_fa.training import newsset

    data = newsset.DEFAULT_DATA_DIR
    held = {doc_id for doc_id, _ in newsset.draw(data)}
    out = []
    for doc_id, art in newsset._articles(data, "farsnews"):
        if doc_id in held:
            continue
        text = "\n".join([" ".join(str(art.get("title") or "").split()), *newsset._paragraphs(art)]).strip()
        if len(text) >= 300:
            out.append(text)
        if len(out) == n:
            break
    return out


def synthesize(base: list, n_docs: int) -> list:
    from ner_fa import Document, Mention

    docs = []
    for k in range(n_docs):
        d = base[k % len(base)]
        i = (k * 7919) % 2000
        name = f"{GIVEN[i % 10]} {MIDDLE[i // 10 % 5]} {SURNAMES[i // 50]}"  # 10 x 5 x 40 = 2,000 names
        sent = f"\nبه گفته {name} این خبر درست است."
        start = len(d.text) + sent.index(name)
        m = Mention(text=name, label="PER", start=start, end=start + len(name))
        docs.append(Document(text=d.text + sent, mentions=(*d.mentions, m)))
    return docs


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def peak(docs: list, **limits) -> tuple[float, int]:
    from ner_fa.corpus import Aggregator

    tracemalloc.start()
    agg = Aggregator(**limits)
    for d in docs:
        agg.add(d)
    result = agg.result()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 2**20, len([e for e in result.entities if e.kind == "nil"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=int, default=30)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-nil", type=int, default=500, help="the small bound of step 4")
    args = ap.parse_args()

    from ner_fa import Pipeline
    from ner_fa.corpus import Aggregator

    texts = sources(args.sources)
    nlp = Pipeline()
    nlp.extract(texts[0])  # load and warm up
    base: list = []
    t_extract = timed(lambda: base.__setitem__(slice(None), [nlp.extract(t) for t in texts]), args.runs)
    per_extract = t_extract / len(texts)
    print(f"extraction: {len(texts)} articles ({sum(map(len, texts)) // len(texts)} chars on average), "
          f"median {per_extract * 1000:.1f} ms per document")

    docs = synthesize(base, args.docs)
    n_nil_mentions = sum(len(d.unlinked) for d in docs)
    t_agg = timed(lambda: Aggregator().update(docs).result(), args.runs)
    t_linked = timed(lambda: [d.entities(linked_only=True) for d in docs], args.runs)
    t_all = timed(lambda: [d.entities() for d in docs], args.runs)
    per_agg = t_agg / len(docs)
    print(f"aggregate: {len(docs):,} documents ({n_nil_mentions:,} unlinked mentions), median {t_agg:.2f} s = "
          f"{per_agg * 1000:.3f} ms per document = {100 * per_agg / per_extract:.2f}% of extraction")
    print(f"Document.entities(): linked only {t_linked / len(docs) * 1000:.3f} ms, with NIL entities "
          f"{t_all / len(docs) * 1000:.3f} ms per document (NIL grouping adds "
          f"{100 * (t_all - t_linked) / len(docs) / per_extract:.2f}% of extraction)")
    half = docs[: len(docs) // 2]
    for label, limits in (("default bound (50,000 NIL entities)", {}),
                          (f"max_nil_entities={args.max_nil}", {"max_nil_entities": args.max_nil})):
        m_half, _ = peak(half, **limits)
        m_all, n_nil = peak(docs, **limits)
        print(f"peak memory, {label}: {m_half:.1f} MiB for {len(half):,} documents, {m_all:.1f} MiB for "
              f"{len(docs):,} ({n_nil:,} NIL entities kept)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
