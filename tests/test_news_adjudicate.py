"""scripts/news_adjudicate.py: the figures after a check by hand of each disagreement a link makes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "news_adjudicate.py"


def _module():
    spec = importlib.util.spec_from_file_location("news_adjudicate", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _shares(in_kb, correct, nil, nil_linked):
    return {"in_kb": in_kb, "correct": correct, "nil": nil, "nil_linked": nil_linked}


def test_score_all_counts_links_judged_right_as_right_links(tmp_path, capsys):
    err = [{"doc": "d#1", "start": 0, "end": 4, "kind": "nil_linked", "predicted": "a", "gold": None},
           {"doc": "d#1", "start": 9, "end": 12, "kind": "nil_linked", "predicted": "b", "gold": None},
           {"doc": "d#2", "start": 3, "end": 7, "kind": "wrong_entity", "predicted": "c", "gold": "x"}]
    report = {"gold_spans": _shares(100, 90, 50, 2), "pipeline": _shares(100, 80, 50, 2),
              "gold_span_errors": err, "errors": err}
    (tmp_path / "r.json").write_text(json.dumps(report), encoding="utf-8")
    rows = ["mode\tdoc\tstart\tend\tpredicted\tverdict"]
    for mode in ("gold_spans", "pipeline"):
        rows += [f"{mode}\td#1\t0\t4\ta\tright", f"{mode}\td#1\t9\t12\tb\twrong", f"{mode}\td#2\t3\t7\tc\tright"]
    (tmp_path / "v.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert _module().main(["score", str(tmp_path / "r.json"), str(tmp_path / "v.tsv"), "--all"]) == 0
    out = capsys.readouterr().out
    # one NIL link judged right leaves 1 wrong of 49 NIL mentions; it and the other entity judged right
    # make 80 + 1 + 1 right of 101 in-gazetteer mentions
    assert "pipeline: NIL mentions linked 2/50 = 4.00% raw; 1 of them judged right" in out
    assert "2.04% adjudicated" in out and "in-gazetteer accuracy 80.00% raw, 81.19% adjudicated" in out
    assert "(1 links to another entity than the gold's judged right)" in out
