#!/usr/bin/env python3
"""Links on the frozen news set to entities added to the gazetteer after it was frozen.

The set's gold says NIL for every mention whose entity the gazetteer lacked when it was annotated;
a later gazetteer may hold the entity, and the link then counts as a wrong link on a NIL mention
although it may be right. This lists those links for a person to judge, and recomputes the figures
with the verdicts (both are reported: the raw figures stay the headline).

    python -m ner_fa.training.newsset evaluate --json > report.json
    python scripts/news_adjudicate.py list report.json --frozen dee06a6 -o to_judge.tsv
    (fill the 'verdict' column: right / wrong)
    python scripts/news_adjudicate.py score report.json to_judge.tsv
    python scripts/news_adjudicate.py score report.json evaluation/news_heldout_adjudicated.tsv   # the verdicts so far

With ``--all`` it lists every disagreement a link makes (a NIL mention linked, an in-gazetteer one
linked to another entity), whatever the entity's age: the check by hand an outside evaluation makes
of each disagreement (``--draw`` names the set's draw). A verdict ``right`` says the link is right and
the gold wrong (an annotator who did not find the entity, or chose another); ``score --all`` then
counts the mention as a right link (a NIL mention becomes an in-gazetteer one).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

COLUMNS = ["mode", "doc", "start", "end", "label", "mention", "context", "predicted", "predicted_name",
           "predicted_name_fa", "predicted_description", "gold", "gold_name", "verdict"]


def frozen_ids(rev: str) -> set[str]:
    """Entity ids of the shipped gazetteer at git revision ``rev``."""
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", rev, "gazetteers/"],
                           check=True, capture_output=True, text=True).stdout.split()
    ids = set()
    for name in names:
        if not name.endswith(".jsonl"):
            continue
        text = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:{name}"],
                              check=True, capture_output=True, text=True).stdout
        ids.update(json.loads(line)["id"] for line in text.splitlines() if line.strip())
    return ids


def _errors(report: dict, kinds: tuple[str, ...] = ("nil_linked",)):
    for mode, key in (("gold_spans", "gold_span_errors"), ("pipeline", "errors")):
        for e in report[key]:
            if e["kind"] in kinds:
                yield mode, e


def _kinds(args) -> tuple[str, ...]:
    return ("nil_linked", "wrong_entity") if args.all else ("nil_linked",)


def cmd_list(args) -> int:
    from ner_fa.gazetteer import default_gazetteer
    from ner_fa.training.newsset import load_texts

    report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    old = set() if args.all else frozen_ids(args.frozen)
    gaz = default_gazetteer()
    texts = load_texts(Path(args.data_dir), args.draw)
    rows = []
    for mode, e in _errors(report, _kinds(args)):
        if e["predicted"] in old:
            continue
        ent = gaz.get(e["predicted"])
        text = texts[e["doc"]]
        ctx = text[max(0, e["start"] - 80):e["start"]] + "[" + text[e["start"]:e["end"]] + "]" + text[e["end"]:e["end"] + 80]
        rows.append({"mode": mode, "doc": e["doc"], "start": e["start"], "end": e["end"], "label": e["label"],
                     "mention": e["gold_text"], "context": ctx.replace("\n", " ").replace("\t", " "),
                     "predicted": e["predicted"], "predicted_name": ent.name if ent else "",
                     "predicted_name_fa": ent.name_fa if ent else "",
                     "predicted_description": f"{ent.type}, {ent.country or '-'}: {ent.description}" if ent else "",
                     "gold": e.get("gold") or "",
                     "gold_name": gaz[e["gold"]].name if e.get("gold") and e["gold"] in gaz else "",
                     "verdict": ""})
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    w = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    print(f"{len(rows)} links to judge" if args.all else f"{len(rows)} links to entities added after {args.frozen}",
          file=sys.stderr)
    return 0


def _key(mode: str, e: dict) -> tuple:
    return mode, e["doc"], str(e["start"]), str(e["end"]), e["predicted"]


def cmd_score(args) -> int:
    report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    with open(args.verdicts, encoding="utf-8") as fh:
        verdicts = {_key(v["mode"], v): v["verdict"] for v in csv.DictReader(fh, delimiter="\t")}
    bad = [k for k, v in verdicts.items() if v not in ("right", "wrong")]
    if bad:
        print(f"{len(bad)} rows have no verdict (right/wrong)", file=sys.stderr)
        return 2
    # only verdicts on links this report makes count; a link to a new entity with no verdict is reported
    judged = {mode: 0 for mode in ("gold_spans", "pipeline")}
    other = {mode: 0 for mode in ("gold_spans", "pipeline")}   # wrong-entity links judged right
    unjudged = []
    old = set() if args.all else frozen_ids(args.frozen)
    for mode, e in _errors(report, _kinds(args)):
        verdict = verdicts.get(_key(mode, e))
        if verdict == "right":
            (judged if e["kind"] == "nil_linked" else other)[mode] += 1
        elif verdict is None and e["predicted"] not in old:
            unjudged.append(_key(mode, e))
    why = "the gold missed the entity" if args.all else "their entity was added after the freeze"
    for mode in ("gold_spans", "pipeline"):
        shares, right = report[mode], judged[mode]
        nil_linked, nil = shares["nil_linked"], shares["nil"]
        in_kb, correct = shares["in_kb"], shares["correct"] + other[mode]
        print(f"{mode}: NIL mentions linked {nil_linked}/{nil} = {100 * nil_linked / nil:.2f}% raw; "
              f"{right} of them judged right ({why}): "
              f"{100 * (nil_linked - right) / (nil - right):.2f}% adjudicated; "
              f"in-gazetteer accuracy {100 * shares['correct'] / in_kb:.2f}% raw, "
              f"{100 * (correct + right) / (in_kb + right):.2f}% adjudicated"
              + (f" ({other[mode]} links to another entity than the gold's judged right)" if args.all else ""))
    if unjudged:
        what = "links" if args.all else f"links to entities added after {args.frozen}"
        print(f"{len(unjudged)} {what} have no verdict yet (counted as wrong): run `list` and judge them",
              file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("report")
    ls.add_argument("--frozen", default="dee06a6", help="the commit that froze the set")
    ls.add_argument("--data-dir", default=str(REPO.parent / "shared" / "data"))
    ls.add_argument("-o", "--output")
    sc = sub.add_parser("score")
    sc.add_argument("report")
    sc.add_argument("verdicts")
    sc.add_argument("--frozen", default="dee06a6", help="the commit that froze the set")
    for p in (ls, sc):
        p.add_argument("--all", action="store_true",
                       help="every disagreement a link makes (NIL linked, another entity), not only new entities")
    ls.add_argument("--draw", default="heldout", help="the set's draw (newsset --draw)")
    args = ap.parse_args(argv)
    return cmd_list(args) if args.cmd == "list" else cmd_score(args)


if __name__ == "__main__":
    sys.exit(main())
