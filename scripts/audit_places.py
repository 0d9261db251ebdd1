#!/usr/bin/env python3
"""Audit the place gazetteer against a labeled NER corpus (never an evaluation split).

Usage (from the repository root)::

    PYTHONPATH=src python scripts/audit_places.py ../shared/data/ner/peyma/train.txt --fmt peyma

Prints, for the entities of ``gazetteers/places*.jsonl``:

* matcher precision: how often a span the gazetteer matcher finds with a place
  alias (no tagger) is a gold LOC span, per alias, worst first — aliases that
  are mostly common words show up here;
* coverage: the share of gold LOC spans whose text is a surface form of some
  gazetteer entity (places, countries, all), and the most frequent gold LOC
  texts that no entity has.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from ner_fa.gazetteer import DEFAULT_GAZETTEER_DIR, Gazetteer
from ner_fa.linker import AliasMatcher
from ner_fa.normalize import compact_key
from ner_fa.training.corpora import read_corpus


def gold_spans(tags: list[str], label: str) -> list[tuple[int, int]]:
    out, i = [], 0
    while i < len(tags):
        if tags[i] == f"B-{label}":
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{label}":
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--fmt", default="peyma")
    ap.add_argument("--gazetteers", type=Path, default=DEFAULT_GAZETTEER_DIR)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)

    gaz = Gazetteer.load(args.gazetteers)
    place_ids = {e.id for f in sorted(args.gazetteers.glob("places*.jsonl"))
                 for e in Gazetteer.load(f)}
    matcher = AliasMatcher(gaz)

    hit, miss = Counter(), Counter()
    gold_total = gold_place = gold_any = 0
    unknown = Counter()
    for sent in read_corpus(args.corpus, args.fmt):
        words = [w for w, _ in sent]
        tags = [t for _, t in sent]
        toks, pos = [], 0
        for w in words:
            toks.append(SimpleNamespace(text=w, start=pos, end=pos + len(w)))
            pos += len(w) + 1
        gold = set(gold_spans(tags, "LOC"))
        for m in matcher.find(toks, [False] * len(toks)):
            key = "".join(compact_key(t.text) for t in toks[m.token_start:m.token_end])
            ids = {a.entity_id for a in gaz.lookup_key(key)}
            if not ids & place_ids:
                continue
            (hit if (m.token_start, m.token_end) in gold else miss)[key] += 1
        for i, j in gold:
            gold_total += 1
            key = "".join(compact_key(w) for w in words[i:j])
            ids = {a.entity_id for a in gaz.lookup_key(key)}
            gold_any += bool(ids)
            gold_place += bool(ids & place_ids)
            if not ids:
                unknown[" ".join(words[i:j])] += 1

    n_hit, n_miss = sum(hit.values()), sum(miss.values())
    print(f"matcher spans from place aliases: {n_hit + n_miss}, gold LOC: {n_hit} "
          f"({n_hit / max(1, n_hit + n_miss):.1%})")
    print("aliases most often matched outside a gold LOC span (alias: outside / inside):")
    for key, n in miss.most_common(args.top):
        print(f"  {key}: {n} / {hit[key]}")
    print(f"gold LOC spans: {gold_total}; a surface form of a place: {gold_place} "
          f"({gold_place / max(1, gold_total):.1%}); of any entity: {gold_any} ({gold_any / max(1, gold_total):.1%})")
    print("most frequent gold LOC texts with no entity:")
    for text, n in unknown.most_common(args.top):
        print(f"  {text}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
