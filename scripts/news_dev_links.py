#!/usr/bin/env python3
"""A development set for link precision on unseen news: the pipeline's links on a fresh draw, judged.

The frozen held-out news set (``evaluation/news_heldout.jsonl``) must not steer rules. This draws a
*different* set of excerpts from the same unlabeled text (Fars News, Varzesh3 and Namnak, every
document of the held-out draw excluded), runs the shipped pipeline on them, and lists every link it
makes (top-level and nested mentions) for a person to judge right or wrong. The verdicts, keyed by
document, offsets and entity, are stored without corpus text in ``evaluation/news_dev_links.tsv``;
``score`` re-runs the pipeline and reports the precision of today's links against them, the judged
wrong links still made, and the links no verdict covers yet (to judge next). It is a development
set: rules may be chosen from it.

Usage (from the repository root)::

    python scripts/news_dev_links.py list --data-dir ../shared/data -o /tmp/to_judge.tsv
    python scripts/news_dev_links.py score --data-dir ../shared/data [--judged evaluation/news_dev_links.tsv]
        [--unjudged /tmp/unjudged.tsv] [--every] [--json]
    python scripts/news_dev_links.py --draw dev2 score ...   # the second draw (evaluation/news_dev2_links.tsv)

``list`` lists every link the pipeline makes before the calibration's threshold (``min_probability=0``),
so that the verdicts cover what the calibration is fitted on (``python -m ner_fa.training.linking
calibrate``); ``score`` scores the shipped behaviour (``--every``: all links, as ``list``). ``list``
writes one row per linked mention: doc, start, end, label, nested, source, mention, entity id,
type, English and Persian name, score and a context window with the mention in ⟦ ⟧ (corpus text:
keep that file outside the repository). Judged rows keep the first columns and add ``verdict``
(``right``, ``wrong`` or ``unsure``), ``kind`` (for wrong ones) and a note.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.training import newsdev, newsset

LIST_FIELDS = ("doc", "start", "end", "label", "nested", "source", "mention", "entity", "type", "name",
               "name_fa", "score", "context")
JUDGED_FIELDS = ("doc", "start", "end", "label", "mention", "entity", "verdict", "kind", "note")
VERDICTS = newsdev.VERDICTS
#: kinds of wrong link, for ``kind``
KINDS = newsdev.KINDS
read_judged = newsdev.read_judged


def _links(docs: list[tuple[str, str]], *, every: bool = False):
    """Every linked mention of the pipeline on ``docs``: ``(doc id, text, mention, nested)``. With
    ``every``, also the links below the calibration's threshold (``min_probability=0``)."""
    from ner_fa.linker import LinkerConfig
    from ner_fa.pipeline import Pipeline, default_pipeline

    nlp = Pipeline(config=LinkerConfig(min_probability=0)) if every else default_pipeline()
    for (doc_id, text), doc in zip(docs, nlp.pipe([t for _, t in docs]), strict=True):
        for m in doc.mentions:
            for mm, nested in [(m, False)] + [(n, True) for n in m.nested]:
                if mm.entity is not None:
                    yield doc_id, text, mm, nested


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}⟦{text[start:end]}⟧{right}".split())


def cmd_list(args) -> int:
    docs = newsdev.draw(args.data_dir, args.draw)
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(LIST_FIELDS)
        n = 0
        for doc_id, text, m, nested in _links(docs, every=True):
            e = m.entity
            w.writerow([doc_id, m.start, m.end, m.label, int(nested), m.source, m.text, e.id, e.type,
                        e.name, e.name_fa, f"{m.score:.3f}", _context(text, m.start, m.end)])
            n += 1
    print(f"{len(docs)} documents, {n} links -> {args.output}", file=sys.stderr)
    return 0


def score(judged: dict, links: list[tuple[str, str, object, bool]]) -> dict:
    """Precision of ``links`` against the verdicts; unjudged links are counted apart."""
    c = Counter()
    by_label: dict[str, Counter] = {}
    wrong, unjudged = [], []
    doc_entities: dict[tuple[str, str], str] = {}
    for doc_id, _text, m, nested in links:
        row = judged.get((doc_id, m.start, m.end, m.entity.id))
        verdict = row["verdict"] if row else "unjudged"
        c[verdict] += 1
        c[f"{'nested' if nested else 'top'}:{verdict}"] += 1
        by_label.setdefault(m.label, Counter())[verdict] += 1
        if verdict == "wrong":
            wrong.append((doc_id, m.start, m.end, m.text, m.entity.id, row["kind"]))
            c[f"kind:{row['kind']}"] += 1
        elif verdict == "unjudged":
            unjudged.append((doc_id, _text, m, nested))
        key = (doc_id, m.entity.id)
        if verdict in ("right", "wrong") and doc_entities.get(key) != "right":
            doc_entities[key] = verdict

    def precision(cc: Counter) -> float | None:
        n = cc["right"] + cc["wrong"]
        return round(100 * cc["right"] / n, 2) if n else None

    de = Counter(doc_entities.values())
    return {
        "links": sum(c[v] for v in (*VERDICTS, "unjudged")),
        "right": c["right"], "wrong": c["wrong"], "unsure": c["unsure"], "unjudged": c["unjudged"],
        "precision": precision(c),
        "precision_top_level": precision(Counter({v: c[f"top:{v}"] for v in VERDICTS})),
        "precision_nested": precision(Counter({v: c[f"nested:{v}"] for v in VERDICTS})),
        "precision_by_label": {lab: precision(cc) for lab, cc in sorted(by_label.items())},
        "document_entity_precision": precision(de),
        "wrong_by_kind": {k[5:]: v for k, v in sorted(c.items()) if k.startswith("kind:")},
        "wrong_links": wrong,
        "_unjudged": unjudged,
    }


def cmd_score(args) -> int:
    judged = read_judged(args.judged or newsdev.JUDGED_BY_DRAW[args.draw])
    links = list(_links(newsdev.draw(args.data_dir, args.draw), every=args.every))
    r = score(judged, links)
    unjudged = r.pop("_unjudged")
    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(LIST_FIELDS)
            for doc_id, text, m, nested in unjudged:
                e = m.entity
                w.writerow([doc_id, m.start, m.end, m.label, int(nested), m.source, m.text, e.id, e.type,
                            e.name, e.name_fa, f"{m.score:.3f}", _context(text, m.start, m.end)])
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return 0
    print(f"links {r['links']}: right {r['right']}, wrong {r['wrong']}, unsure {r['unsure']}, "
          f"unjudged {r['unjudged']}")
    print(f"precision {r['precision']}% (top level {r['precision_top_level']}%, nested {r['precision_nested']}%); "
          f"by label {r['precision_by_label']}; document-level entities {r['document_entity_precision']}%")
    print(f"wrong by kind: {r['wrong_by_kind']}")
    for w in r["wrong_links"][: args.errors]:
        print("  wrong:", *w, sep="\t")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=newsset.DEFAULT_DATA_DIR)
    ap.add_argument("--draw", choices=tuple(newsdev.JUDGED_BY_DRAW), default="dev",
                    help="which development draw (default dev; dev2: the second draw, evaluation/news_dev2_links.tsv)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    li = sub.add_parser("list", help="the pipeline's links on the dev draw, with context, for judging")
    li.add_argument("-o", "--output", type=Path, required=True)
    sc = sub.add_parser("score", help="precision of today's links against the verdicts")
    sc.add_argument("--judged", type=Path, default=None, help="the verdicts (default: the draw's file in evaluation/)")
    sc.add_argument("--unjudged", type=Path, help="write the links no verdict covers here (to judge)")
    sc.add_argument("--errors", type=int, default=40, help="list this many judged-wrong links still made")
    sc.add_argument("--json", action="store_true")
    sc.add_argument("--every", action="store_true",
                    help="score every link, also those below the calibration's threshold (what the calibration is "
                         "fitted on; use it with --unjudged to list links to judge)")
    args = ap.parse_args(argv)
    return cmd_list(args) if args.cmd == "list" else cmd_score(args)


if __name__ == "__main__":
    raise SystemExit(main())
