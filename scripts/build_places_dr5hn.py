"""Build ``gazetteers/places_world_dr5hn.jsonl``: cities and first-level divisions from dr5hn.

Usage (from the repository root)::

    python scripts/build_places_dr5hn.py --dr5hn ../shared/data/gazetteer-sources/dr5hn --text ../shared/data/text

The rows come from :func:`ner_fa.importers.iter_dr5hn` (first-level divisions; foreign cities
of at least ``--min-population`` people (50,000), every Iranian city and town (also those
without a population); Wikidata ids that the source copied down to other rows dropped). The
thresholds were chosen on the PEYMA-dev linking set: all Iranian rows instead of 10,000+ adds
two covered LOC spans (Sorkheh, Rudbar) and no wrong link; foreign 20,000+ instead of 50,000+
adds 4,400 places and nothing on the dev set. Precision first, each new place:

* is **tagged-only** (``tagged_only``): its Persian name links a span the tagger labelled LOC,
  exactly as written, and is never looked for in free text nor matched fuzzily;
* is left out when its Persian name (match key) is already a form of any shipped entity
  (the curated gazetteer wins: «ساری» stays the Iranian city Sari, not Surrey), or its
  Wikidata id is already there (a place matched by ``match_places_dr5hn.py``), or its
  dr5hn row is one of those matches;
* is left out when its Persian name is a frequent word of Persian news: at least
  ``--max-text-count`` occurrences as a whole word or word sequence in the unlabeled news
  of ``--text`` (Fars News, Varzesh3, Namnak; 1.45M words), unless the place is Iranian
  (Iranian news names Iranian towns: «شهریار», «بهشهر», «آزادشهر» are among the frequent
  ones) or big (``--keep-frequent-population``): «دویدن» (Runing, CN), «فروشگاه» (Štore, SI),
  «طبیعت» (Natore, BD) are the source's translations of foreign names into Persian words;
* is left out when its Persian name occurs at least twice in the training corpora (PEYMA,
  ParsNER, NSURL, ParsTwiNER train) and lies inside a gold LOC span in fewer than half of them: a
  word or another kind of name there (whatever the country). A name that is mostly LOC there
  is a place and escapes the news-frequency rule;
* is left out when its Persian name has fewer than three letters;
* is left out when it is an Iranian row of the cities file (a town, or a county that the importer
  made a ``region`` by its name, «شهرستان کازرون») under 10,000 people (or of unknown size) without a
  trustworthy Wikidata id;
* is left out when its Persian name is a shipped place's form without its generic head
  («گلستان» of «استان گلستان»);
* is left out when its Persian name is in ``scripts/places_dr5hn_excluded.tsv``: names that the
  training-corpora audit (``scripts/audit_dr5hn_links.py``) found to name mostly something else
  (Tehran's Baharestan, the Straits of Tiran, Brent crude, the Aral Sea, Merv);
* is left out when another row of its Persian name and country lies within 30 km, or within 60 km
  in the same division or with the same population: the source lists some places twice (Abyek in
  Qazvin and in Markazi); the row with a Wikidata id is kept (:func:`same_places`);
* of several new places with one Persian name (or one English name) the **first** is ranked: an
  Iranian place before a foreign one, then the place of the country the training corpora name
  more often (gold LOC mentions of the country's names: Maryland and Montana, US, before their
  namesakes in Liberia and Bulgaria, whose source populations are the US states' copied), then the
  larger population (Gujarat state, 60 million, before the Pakistani city Gujrat), then a division
  before a city. Its **namesakes of the same type** are kept too, with a prior ``--namesake-gap``
  (0.05) below the first's: without context the first wins, and a document that has already linked
  a place or a country of the namesake's country (the linker's coherence bonus,
  :mod:`ner_fa.context`) makes the namesake win. Namesakes of another type are left out.

What was left out and why is written to ``docs/places_dr5hn_dropped.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.gazetteer import Gazetteer, entry_key
from ner_fa.importers import ImportStats, iter_dr5hn, write_jsonl

OUT = "places_world_dr5hn.jsonl"
GENERIC_HEADS = {"استان", "شهر", "شهرستان", "ایالت", "منطقه", "بندر", "جزیره", "ولایت", "بخش"}
# Iranian rows below this population (or without one) are kept only with a trustworthy Wikidata id: the
# training-corpora audit found the id-less ones to be mostly other places' names (Tehran's Abbasabad,
# Lalehzar and Baharestan; Lake Hamun)
SMALL_HOME = 10_000
# two rows of one Persian name and country are one place this close (same division or population: farther)
SAME_PLACE_KM = 30
SAME_DIVISION_KM = 60
DROPPED_TSV = ROOT / "docs" / "places_dr5hn_dropped.tsv"
EXCLUDED_TSV = ROOT / "scripts" / "places_dr5hn_excluded.tsv"
_WORD = re.compile(r"[\w\u200c]+")


def text_counts(text_dir: Path, wanted: set[str], max_words: int) -> tuple[Counter, int]:
    """Occurrences of each wanted match key as a sequence of 1..max_words whole words in the news text."""
    counts: Counter = Counter()
    total = 0
    for path in sorted(text_dir.rglob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            parts = [article.get("title") or "", article.get("abstract") or "", *(article.get("paragraphs") or [])]
            for part in parts:
                keys = [entry_key(w) for w in _WORD.findall(str(part))]
                keys = [k for k in keys if k]
                total += len(keys)
                for i in range(len(keys)):
                    k = ""
                    for j in range(i, min(i + max_words, len(keys))):
                        k += keys[j]
                        if k in wanted:
                            counts[k] += 1
    return counts, total


TRAIN_CORPORA = (("peyma/train.txt", "peyma"), ("parsner/train", "parsner"), ("nsurl600k", "nsurl"),
                 ("parstwiner/train.txt", "parstwiner"))


def corpus_labels(ner_dir: Path, wanted: set[str], max_words: int) -> tuple[Counter, Counter]:
    """For each wanted match key: its occurrences as 1..max_words whole tokens in the training corpora
    (PEYMA, ParsNER, NSURL and ParsTwiNER train), and how many of them lie inside a gold LOC span
    («دشتستان» in «شهرستان دشتستان»)."""
    from ner_fa.training.corpora import read_corpus, spans

    seen, loc = Counter(), Counter()
    for rel, fmt in TRAIN_CORPORA:
        path = ner_dir / rel
        if not path.exists():
            continue
        for sent in read_corpus(path, fmt):
            keys = [entry_key(t) for t, _ in sent]
            in_loc = [False] * len(keys)
            for a, b, label in spans([t for _, t in sent]):
                if label == "LOC":
                    in_loc[a:b] = [True] * (b - a)
            for i in range(len(keys)):
                k = ""
                for j in range(i, min(i + max_words, len(keys))):
                    if not keys[j]:
                        break
                    k += keys[j]
                    if k in wanted:
                        seen[k] += 1
                        loc[k] += all(in_loc[i:j + 1])
    return seen, loc


def read_excluded(path: Path = EXCLUDED_TSV) -> dict[str, str]:
    """Match key → reason, from the curated table of names that mostly name something else."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
                raise SystemExit(f"{path}:{n}: expected two tab-separated columns (name_fa, reason)")
            out[entry_key(cols[0])] = cols[1].strip()
    return out


def _km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    if a is None or b is None:
        return math.inf
    mean_lat = math.radians((a[0] + b[0]) / 2)
    return 111.2 * math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(mean_lat))


def _division(e) -> str:
    """The first-level division named in an imported place's description («city in Kerman, Iran»)."""
    m = re.match(r"\w+ in (.+), [^,]+$", e.description or "")
    return m.group(1) if m else ""


def _city_row(e) -> bool:
    return (e.source or "").startswith("dr5hn:city:")


def same_places(group: list, drop) -> list:
    """``group`` (places of one Persian name) without the rows that repeat another's place.

    The source lists some places twice, a few kilometres apart, under two divisions or with the
    same population (Abyek in Qazvin and in Markazi, Iran; 254 pairs, mostly Chinese county-level
    cities): two entities of one place make every mention of it a coin toss. Rows of one country
    are one place when they lie within ``SAME_PLACE_KM`` km, or within ``SAME_DIVISION_KM`` km in
    the same division, or within that distance with the same population (rows of the cities file
    only: two first-level divisions are two places, as Altai Krai and the Altai Republic). Of one place, the row
    with a Wikidata id is kept (then the larger population, then the earlier row)."""
    if len(group) < 2:
        return group
    order = sorted(group, key=lambda e: (not e.wikidata, -(e.population or 0), e.source))
    kept: list = []
    for e in order:
        twin = next((k for k in kept if _city_row(k) and _city_row(e) and k.type == e.type and k.country == e.country and (
            (d := _km(k.coordinates, e.coordinates)) <= SAME_PLACE_KM
            or (d <= SAME_DIVISION_KM and (_division(k) == _division(e)
                                           or (e.population and k.population == e.population))))), None)
        if twin is None:
            kept.append(e)
        else:
            drop(e, f"the same place as {twin.source} ({twin.name}, {twin.country}), listed twice by the source")
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dr5hn", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer-sources" / "dr5hn")
    ap.add_argument("--text", type=Path, default=ROOT.parent / "shared" / "data" / "text")
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--gazetteers", type=Path, default=ROOT / "gazetteers")
    ap.add_argument("--min-population", type=int, default=50_000)
    ap.add_argument("--min-population-home", type=int, default=0,
                    help="Iranian cities: smallest population kept (default 0: all, also those without one)")
    ap.add_argument("--max-text-count", type=int, default=20,
                    help="a Persian name found this often in the news text is a word: the place is left out")
    ap.add_argument("--keep-frequent-population", type=int, default=1_000_000,
                    help="... unless the place has at least this many people")
    ap.add_argument("--namesake-gap", type=float, default=0.05,
                    help="a kept namesake's prior is this much below the first place's")
    args = ap.parse_args(argv)

    shipped = Gazetteer.load(*sorted(p for p in args.gazetteers.glob("*.jsonl") if p.name != OUT))
    taken_keys = set(shipped.keys)
    # a shipped place's form without its generic head is taken too: bare «گلستان» is the province
    # «استان گلستان», not the small town Golestan
    for e in shipped:
        if e.type in ("city", "region", "place"):
            for text, _ in e.surface_forms():
                words = text.split()
                if len(words) > 1 and words[0] in GENERIC_HEADS:
                    taken_keys.add(entry_key(" ".join(words[1:])))
    taken_qids = {e.wikidata for e in shipped if e.wikidata}
    matched_rows = set()
    table = ROOT / "scripts" / "places_wikidata.tsv"
    if table.is_file():
        with open(table, encoding="utf-8", newline="") as fh:
            matched_rows = {"dr5hn:" + r["dr5hn_row"] for r in csv.DictReader(fh, delimiter="\t")}

    stats = ImportStats()
    rows = list(iter_dr5hn(args.dr5hn, min_population=args.min_population,
                           min_population_home=args.min_population_home, stats=stats))
    print(f"dr5hn: {stats.summary()}")
    dropped: list[tuple[str, str, str, str, int | None, str]] = []

    def drop(e, reason: str) -> None:
        dropped.append((e.source, e.name, e.name_fa, e.country or "", e.population, reason))

    excluded = read_excluded()
    keep = []
    for e in rows:
        key = entry_key(e.name_fa)
        if key in excluded:
            drop(e, f"its Persian name mostly names something else in the training corpora: {excluded[key]}")
        elif e.source in matched_rows:
            drop(e, "already in the gazetteer (matched place)")
        elif e.wikidata and e.wikidata in taken_qids:
            drop(e, "its Wikidata id is already in the gazetteer")
        elif key in taken_keys or entry_key(e.name) in taken_keys:
            owners = shipped.lookup_key(key) or shipped.lookup_key(entry_key(e.name))
            owner = owners[0].entity_id if owners else "(a place's form without its generic head)"
            drop(e, f"its Persian or English name is a form of the shipped entity {owner}")
        elif len(key) < 3:
            drop(e, "Persian name of fewer than three letters")
        elif (e.country == "IR" and e.source.startswith("dr5hn:city:") and (e.population or 0) < SMALL_HOME
              and not e.wikidata):
            drop(e, "Iranian town under 10,000 people (or unknown) without a Wikidata id")
        else:
            keep.append(e)
    wanted = {entry_key(e.name_fa) for e in keep}
    counts, total = text_counts(args.text, wanted, 3)
    # how often the training corpora name each country (gold LOC): the prominence of a namesake's country
    country_keys = defaultdict(set)
    for c in shipped:
        if c.type == "country" and c.country:
            for text, kind in c.surface_forms():
                if kind in ("name", "alias"):
                    country_keys[c.country].add(entry_key(text))
    seen, loc = corpus_labels(args.ner, wanted | {k for ks in country_keys.values() for k in ks}, 3)
    prominence = {cc: sum(loc[k] for k in ks) for cc, ks in country_keys.items()}
    print(f"news text: {total:,} words; {sum(1 for k in wanted if counts[k] >= args.max_text_count):,} names occur "
          f"{args.max_text_count}+ times; {sum(1 for k in wanted if seen[k]):,} names are in the training corpora")
    rest = []
    for e in keep:
        key = entry_key(e.name_fa)
        n, m, n_loc = counts[key], seen[key], loc[key]
        place_in_corpora = m >= 2 and n_loc >= m / 2
        if m >= 2 and not place_in_corpora:
            drop(e, f"its Persian name is inside a LOC span in {n_loc} of its {m} occurrences in the training corpora")
        elif (n >= args.max_text_count and not place_in_corpora and e.country != "IR"
              and (e.population or 0) < args.keep_frequent_population):
            drop(e, f"its Persian name occurs {n} times in the news text (a word)")
        else:
            rest.append(e)
    by_key = defaultdict(list)
    for e in rest:
        by_key[entry_key(e.name_fa)].append(e)

    def rank(e):
        return (e.country != "IR", -prominence.get(e.country or "", 0), -(e.population or 0), e.type != "region",
                e.source)

    def namesakes(groups) -> tuple[list, list]:
        """The first of each group, and the namesakes of its type (kept with a lower prior)."""
        firsts, others = [], []
        for group in groups:
            group = same_places(group, drop)
            group.sort(key=rank)
            first = group[0]
            firsts.append(first)
            for e in group[1:]:
                if e.type == first.type:
                    others.append((e, first))
                else:
                    drop(e, f"namesake of {first.source} ({first.name}, {first.country}), which is kept")
        return firsts, others

    firsts, seconds = namesakes(by_key.values())
    # one English name (the linker matches it in Latin script) likewise: its first place is ranked
    by_english = defaultdict(list)
    for e in firsts:
        by_english[entry_key(e.name)].append(e)
    firsts, more = namesakes(by_english.values())
    seconds += more
    out = [e.model_copy(update={"tagged_only": True}) for e in firsts]
    english_type = {entry_key(e.name): e.type for e in out}
    kept_seconds = 0
    for e, first in seconds:
        other = english_type.setdefault(entry_key(e.name), e.type)
        if other != e.type:     # an English name is a city's or a region's, never both
            drop(e, f"namesake of {first.source} ({first.name}, {first.country}), which is kept; its English "
                    f"name is a {other}'s")
            continue
        prior = round(min(e.prior, first.prior - args.namesake_gap), 3)
        out.append(e.model_copy(update={"tagged_only": True, "prior": prior}))
        kept_seconds += 1
    order = {e.source: i for i, e in enumerate(rows)}
    out.sort(key=lambda e: order[e.source])
    n = write_jsonl(out, args.gazetteers / OUT)
    with open(DROPPED_TSV, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["dr5hn_row", "name", "name_fa", "country", "population", "reason"])
        w.writerows(sorted(dropped, key=lambda d: (d[5].split(" ")[0], d[0])))
    by_type = Counter(e.type for e in out)
    reasons = Counter(re.sub(r"\d+ (of its \d+ )?(times|occurrences)|shipped entity .*|namesake of .*|corpora: .*|as dr5hn.*", "…", d[5])
                      for d in dropped)
    print(f"wrote {n:,} places to gazetteers/{OUT} ({', '.join(f'{t} {c:,}' for t, c in sorted(by_type.items()))}; "
          f"with a Wikidata id {sum(1 for e in out if e.wikidata):,}; namesakes kept behind another "
          f"{kept_seconds:,}); left out {len(dropped):,}:")
    for reason, c in reasons.most_common():
        print(f"  {c:6,}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
