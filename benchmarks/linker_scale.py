"""Linker index at scale: synthetic gazetteers of 10k, 100k and 1M entities.

    python benchmarks/linker_scale.py [--sizes 10000,100000,1000000] [--queries 1000]
                                      [--naive-queries 1000,200,30] [--seed 0]

For each size it builds a gazetteer of Persian-like names (people «first last»,
places, organizations; ~3 surface forms an entity, plus the English name), builds
the :class:`~ner_fa.index.LinkIndex` and prints one row of:

* build s: index build time (the gazetteer's own build is printed apart);
* index MB: bytes of the index's arrays and key text, and the process RSS growth
  during the build (which includes the transient sort buffers);
* exact/s: ``Linker.candidates`` calls a second for mentions that are exact forms
  (normalization, dict lookup, scoring, pydantic Candidates), and bare exact key
  lookups (``compact_key`` + ``Gazetteer.lookup_key``) a second;
* fuzzy p50/p95 ms: ``LinkIndex.fuzzy`` per query key with one typo, and the
  whole ``Linker.candidates`` (fuzzy + skeleton + scoring) per mention;
* R@1 1typo / 2typo: share of queries whose best candidate is the entity the
  typo was made in (index top key, linker top candidate);
* the naive approach on the first ``--naive-queries`` queries of the same sets:
  ``process.extractOne(query, all_keys, scorer=fuzz.ratio, score_cutoff=...)``.

Times are given as wall time and as CPU time of the benchmark thread: on a shared
machine the wall-time tails measure the other processes as much as the index.

A typo is a random substitution, deletion, insertion or swap of two neighbouring
letters in the entity's main Persian name (never a change that gives back the name).
The index and the naive scan take the best key above ``--cutoff`` (default 0: the
nearest key; the linker's own ``fuzzy_cutoff`` drops short names with a substituted
letter, so it would measure the cutoff rather than the index); the linker columns
run ``Linker.candidates`` with the default :class:`LinkerConfig`.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import psutil
from rapidfuzz import fuzz, process

from ner_fa.gazetteer import Gazetteer, GazetteerEntity
from ner_fa.index import LinkIndex
from ner_fa.linker import Linker, LinkerConfig
from ner_fa.normalize import compact_key, spaced_key

CONSONANTS = "بپتجچحخدرزژسشصطعغفقکگلمنهی"
VOWELS = ["", "ا", "و", "ی"]
LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
SUFFIXES = ["", "", "", "ی", "زاده", "پور", "نیا", "فر", "یان", "لو", "نژاد", "وند"]
LATIN = dict(zip("ابپتجچحخدرزژسشصطعغفقکگلمنوهی", "abptjchkhdrzzhsshstaghfqkglmnvhy"))


def syllables(rng: random.Random, lo: int, hi: int) -> str:
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(lo, hi)))


def latin(fa: str) -> str:
    return "".join(LATIN.get(c, " " if c == " " else "") for c in fa).strip().title() or "X"


def make_entities(n: int, seed: int, priors: list[float] | None = None) -> list[GazetteerEntity]:
    rng = random.Random(seed)
    first_names = [syllables(rng, 2, 3) for _ in range(3000)]
    out = []
    for i in range(n):
        r = rng.random()
        if r < 0.6:
            last = syllables(rng, 2, 4) + rng.choice(SUFFIXES)
            name = f"{rng.choice(first_names)} {last}"
            aliases = (last,) if rng.random() < 0.3 else ()
            etype = "person"
        elif r < 0.85:
            name = syllables(rng, 2, 4) + rng.choice(["", "", "آباد", "شهر", "ستان"])
            aliases = (f"شهر {name}",) if rng.random() < 0.3 else ()
            etype = "city"
        else:
            body = syllables(rng, 2, 4) + " " + syllables(rng, 2, 3)
            name = f"{rng.choice(['سازمان', 'شرکت', 'بنیاد', 'انجمن'])} {body}"
            aliases = (body,)
            etype = "organization"
        # model_construct: the records are valid by construction, and validation would
        # dominate the gazetteer build time (not what is measured here).
        out.append(GazetteerEntity.model_construct(
            id=f"E{i}", type=etype, name=latin(name), name_fa=name, aliases=aliases, acronyms=(), demonyms=(),
            wikidata=None, country=None, codes={}, description="", prior=0.5 if priors is None else priors[i]))
    return out


def zipf_ranks(n: int, seed: int) -> list[int]:
    """A popularity rank (1 = most mentioned) for each of ``n`` entities, in random order."""
    ranks = list(range(1, n + 1))
    random.Random(seed + 1).shuffle(ranks)
    return ranks


def zipf_prior(rank: int, n: int) -> float:
    """The gazetteer prior of the entity of popularity ``rank`` among ``n``: 1 for the most
    mentioned, falling with the logarithm of the rank to ~0 for the least."""
    return 1 - math.log(rank) / math.log(n + 1)


def zipf_sample(rng: random.Random, entities: list, ranks: list[int], k: int) -> list:
    """``k`` mentions drawn with replacement, an entity's chance proportional to 1/rank (Zipf's
    law with exponent 1, the shape of how often entities are named in news text)."""
    weights = [1 / r for r in ranks]
    return rng.choices(entities, weights=weights, k=k)


def typo(rng: random.Random, text: str, count: int) -> str:
    original = compact_key(text)
    while True:
        s = list(text)
        for _ in range(count):
            pos = [i for i, c in enumerate(s) if c != " "]
            i = rng.choice(pos)
            op = rng.randrange(4)
            if op == 0:
                s[i] = rng.choice(LETTERS)
            elif op == 1 and len(pos) > 3:
                del s[i]
            elif op == 2:
                s.insert(i, rng.choice(LETTERS))
            elif i + 1 < len(s) and s[i + 1] != " ":
                s[i], s[i + 1] = s[i + 1], s[i]
        out = "".join(s)
        if compact_key(out) != original:
            return out


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 1e6


def ms(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100)[int(q) - 1] * 1000 if len(xs) > 1 else xs[0] * 1000


def timed(fn, *args, **kw):
    """(result, wall seconds, CPU seconds of this thread): the machine may be shared,
    and CPU time leaves out the waits for a core."""
    w, c = time.perf_counter(), time.thread_time()
    out = fn(*args, **kw)
    return out, time.perf_counter() - w, time.thread_time() - c


def run(size: int, n_queries: int, n_naive: int, seed: int, cutoff: float, popularity: str) -> dict:
    rng = random.Random(seed + size)
    t = time.perf_counter()
    ranks = zipf_ranks(size, seed) if popularity == "zipf" else None
    entities = make_entities(size, seed, None if ranks is None else [zipf_prior(r, size) for r in ranks])
    gaz = Gazetteer(entities)
    gaz_s = time.perf_counter() - t
    cfg = LinkerConfig()
    before = rss_mb()
    index, build_s, _ = timed(LinkIndex.build, gaz, max_edits=cfg.fuzzy_max_edits,
                              skeleton_min_chars=cfg.skeleton_min_chars)
    rss_delta = rss_mb() - before
    with tempfile.TemporaryDirectory() as tmp:
        path, save_s, _ = timed(index.save, Path(tmp) / "index.npz")
        file_mb = path.stat().st_size / 1e6
        loaded, load_s, _ = timed(LinkIndex.load, path, gaz)  # includes the fingerprint check
        del loaded
    linker = Linker(gaz, cfg, index=index)
    # The same index, with fuzzy person matches allowed to change consonants (typo-tolerant).
    tolerant = Linker(gaz, cfg.model_copy(update={"fuzzy_consonants": True}), index=index)
    print(f"  {size}: gazetteer {gaz_s:.1f}s, {len(gaz.keys)} keys; index {build_s:.1f}s", file=sys.stderr)

    if ranks is None:
        sample = rng.sample(entities, min(n_queries, size))
    else:
        sample = zipf_sample(rng, entities, ranks, n_queries)
    label = {"person": "PER", "city": "LOC", "organization": "ORG"}
    exact_sample = sample + rng.sample(entities, min(size, 20000) - len(sample)) if size > len(sample) else sample
    forms = [(e.name_fa, label[e.type]) for e in exact_sample]

    def exact_linker():
        for f, lab in forms:
            linker.candidates(f, lab)

    def exact_bare():
        for f, _ in forms:
            gaz.lookup_key(compact_key(f))

    compact_key.cache_clear()
    spaced_key.cache_clear()
    _, w1, c1 = timed(exact_linker)
    compact_key.cache_clear()
    spaced_key.cache_clear()
    _, w2, c2 = timed(exact_bare)
    keys_sorted = sorted(gaz.keys)
    row = {"size": size, "keys": len(gaz.keys), "gaz_s": gaz_s, "build_s": build_s,
           "index_mb": index.nbytes / 1e6, "rss_mb": rss_delta, "save_s": save_s, "load_s": load_s,
           "file_mb": file_mb, "naive_n": min(n_naive, len(sample)),
           "exact_linker": (len(forms) / w1, len(forms) / c1), "exact_bare": (len(forms) / w2, len(forms) / c2)}

    def hit(key, e):
        return any(a.entity_id == e.id for a in gaz.lookup_key(key))

    for count in (1, 2):
        queries = [(typo(rng, e.name_fa, count), e) for e in sample]
        idx_w, idx_c, lnk_w, lnk_c, idx_ok, lnk_ok, naive_w, naive_ok, idx_ok_sub = [], [], [], [], 0, 0, [], 0, 0
        people = sum(e.type == "person" for e in sample)
        lnk_person_ok = tolerant_ok = 0
        closer = 0  # queries where another key is at least as similar as the entity's own name
        for n, (q, e) in enumerate(queries):
            key = compact_key(q)
            top, w, c = timed(index.fuzzy, key, score_cutoff=cutoff, limit=1)
            idx_w.append(w)
            idx_c.append(c)
            ok = bool(top) and hit(top[0][0], e)
            idx_ok += ok
            closer += bool(top) and not ok and top[0][1] >= fuzz.ratio(key, compact_key(e.name_fa)) / 100
            idx_ok_sub += ok and n < row["naive_n"]
            cands, w, c = timed(linker.candidates, q, label[e.type])
            lnk_w.append(w)
            lnk_c.append(c)
            linked = bool(cands) and cands[0].id == e.id
            lnk_ok += linked
            lnk_person_ok += linked and e.type == "person"
            cands = tolerant.candidates(q, label[e.type])
            tolerant_ok += bool(cands) and cands[0].id == e.id
        for q, e in queries[:row["naive_n"]]:
            best, w, _ = timed(process.extractOne, compact_key(q), keys_sorted, scorer=fuzz.ratio,
                               processor=None, score_cutoff=cutoff * 100)
            naive_w.append(w)
            naive_ok += best is not None and hit(best[0], e)
        row[count] = {
            "idx_wall": (ms(idx_w, 50), ms(idx_w, 95)), "idx_cpu": (ms(idx_c, 50), ms(idx_c, 95)),
            "lnk_wall": (ms(lnk_w, 50), ms(lnk_w, 95)), "lnk_cpu": (ms(lnk_c, 50), ms(lnk_c, 95)),
            "idx_r1": idx_ok / len(queries), "closer": closer / len(queries), "lnk_r1": lnk_ok / len(queries),
            "lnk_r1_person": lnk_person_ok / max(people, 1),
            "lnk_r1_other": (lnk_ok - lnk_person_ok) / max(len(queries) - people, 1),
            "tolerant_r1": tolerant_ok / len(queries), "people": people / len(queries),
            "naive_p50": ms(naive_w, 50), "naive_r1": naive_ok / len(naive_w), "idx_r1_sub": idx_ok_sub / len(naive_w),
        }
    row["queries"] = len(sample)
    gc.collect()
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--queries", type=int, default=1000, help="typo queries per size and typo count")
    ap.add_argument("--naive-queries", default="1000,200,30",
                    help="queries for the naive scan, per size (the last value repeats)")
    ap.add_argument("--cutoff", type=float, default=0.0,
                    help="score cutoff (0-1) of the index-vs-naive comparison (the linker columns use its config)")
    ap.add_argument("--popularity", choices=("uniform", "zipf"), default="uniform",
                    help="uniform: every entity has prior 0.5 and is queried equally often; zipf: priors "
                         "from a Zipf popularity rank and queries drawn in proportion to popularity")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    naive = [int(s) for s in args.naive_queries.split(",")]
    rows = [run(size, args.queries, naive[min(i, len(naive) - 1)], args.seed, args.cutoff, args.popularity)
            for i, size in enumerate(sizes)]

    print("Speed and memory (wall / CPU time of the thread)")
    print()
    print("| entities | keys | index build s | index MB: arrays / RSS growth | exact linker calls/s "
          "| exact key lookups/s | index fuzzy p50, p95 ms | linker fuzzy p50, p95 ms | naive extractOne p50 ms |")
    print("|" + "---|" * 9)
    for r in rows:
        a = r[1]
        print(f"| {r['size']:,} | {r['keys']:,} | {r['build_s']:.1f} | {r['index_mb']:.0f} / {r['rss_mb']:.0f} "
              f"| {r['exact_linker'][0]:,.0f} / {r['exact_linker'][1]:,.0f} "
              f"| {r['exact_bare'][0]:,.0f} / {r['exact_bare'][1]:,.0f} "
              f"| {a['idx_wall'][0]:.2f}, {a['idx_wall'][1]:.2f} / {a['idx_cpu'][0]:.2f}, {a['idx_cpu'][1]:.2f} "
              f"| {a['lnk_wall'][0]:.2f}, {a['lnk_wall'][1]:.2f} / {a['lnk_cpu'][0]:.2f}, {a['lnk_cpu'][1]:.2f} "
              f"| {a['naive_p50']:.1f} (n={r['naive_n']}) |")
    print()
    print(f"Recall@1, {args.popularity} popularity (index and naive at cutoff {args.cutoff}; "
          "linker with its default config: all / people / other types)")
    print()
    print("| entities | index 1 typo | index 2 typos | linker 1 typo | linker 2 typos "
          "| linker, fuzzy_consonants 1 / 2 typos "
          "| naive n | naive 1 / 2 typos | index on the naive queries 1 / 2 typos "
          "| another key at least as close 1 / 2 typos |")
    print("|" + "---|" * 10)
    for r in rows:
        a, b = r[1], r[2]
        lnk = [f"{x['lnk_r1']:.1%} / {x['lnk_r1_person']:.1%} / {x['lnk_r1_other']:.1%}" for x in (a, b)]
        print(f"| {r['size']:,} | {a['idx_r1']:.1%} | {b['idx_r1']:.1%} | {lnk[0]} | {lnk[1]} "
              f"| {a['tolerant_r1']:.1%} / {b['tolerant_r1']:.1%} "
              f"| {r['naive_n']} | {a['naive_r1']:.1%} / {b['naive_r1']:.1%} "
              f"| {a['idx_r1_sub']:.1%} / {b['idx_r1_sub']:.1%} | {a['closer']:.1%} / {b['closer']:.1%} |")
    print()
    print("Saved index (.npz; load includes the check against the gazetteer's fingerprint)")
    print()
    print("| entities | file MB | save s | load s | build s |")
    print("|" + "---|" * 5)
    for r in rows:
        print(f"| {r['size']:,} | {r['file_mb']:.0f} | {r['save_s']:.2f} | {r['load_s']:.2f} | {r['build_s']:.1f} |")
    print(f"({rows[0]['queries']} typo queries per size and typo count, {rows[0][1]['people']:.0%} of them people "
          f"at the first size; the fuzzy times are for one-typo queries; "
          "gazetteer build s: " + ", ".join(f"{r['size']:,}: {r['gaz_s']:.1f}" for r in rows) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
