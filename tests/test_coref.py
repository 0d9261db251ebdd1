"""The NIL clustering scores (ner_fa.training.coref) on invented documents."""

from __future__ import annotations

import json

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.training import coref, newsset

TEXT = ("علی رضایی‌نژاد و حسن رضایی‌نژاد در کرج دیدار کردند. رضایی‌نژاد گفت. "
        "علی رضایی‌نژاد رفت و شی جین‌پینگ آمد.")


def _m(sub, label, entity, cluster=None, occ=0):
    start = -1
    for _ in range(occ + 1):
        start = TEXT.index(sub, start + 1)
    return {"start": start, "end": start + len(sub), "label": label, "entity": entity, "cluster": cluster or entity}


def gold():
    return [
        _m("علی رضایی‌نژاد", "PER", None, "nil:PER:ali"),
        _m("حسن رضایی‌نژاد", "PER", None, "nil:PER:hasan"),
        _m("کرج", "LOC", None, "nil:LOC:karaj"),
        _m("رضایی‌نژاد", "PER", None, "nil:PER:hasan", occ=2),  # the annotator's reading: Hasan
        _m("علی رضایی‌نژاد", "PER", None, "nil:PER:ali", occ=1),
        _m("شی جین‌پینگ", "PER", "Q15031"),
    ]


def test_b_cubed_and_over_merge_by_hand():
    p, r, n = coref.b_cubed(["a", "a", "b"], ["x", "y", "y"])
    assert n == 3 and p == pytest.approx(0.5 + 0.5 + 1) and r == pytest.approx(1 + 0.5 + 0.5)
    assert coref.over_merge(["a", "a", "b", "b"], ["x", "y", "z", "z"], ["PER"] * 4) == (1, 2)
    assert coref.over_merge(["a", "a"], ["x", "y"], ["LOC", "LOC"]) == (0, 0)


def test_gold_span_scores():
    report = coref.coref([{"doc": "x#1", "text": TEXT, "mentions": gold()}])
    rules, single, exact = report["nil_rules"], report["singletons"], report["exact_key"]
    assert report["mode"] == "gold_spans" and rules["mentions"] == 5
    # rules: {Ali, Ali}, {Hasan}, {Karaj}, {bare surname: ambiguous, alone} -> precision 100
    assert rules["precision"] == 100.0 and rules["per_clusters_over_merged"] == 0
    # recall: the bare surname misses Hasan (1/2 for it and for Hasan); the rest complete: (1+.5+1+.5+1)/5
    assert rules["recall"] == 80.0 and rules["f1"] == round(100 * 2 * 0.8 / 1.8, 2)
    assert single["recall"] == round(100 * (0.5 + 0.5 + 1 + 0.5 + 0.5) / 5, 2)
    assert exact["f1"] == rules["f1"]
    assert "B3 P 100.0 R 80.0" in coref.format_report(report)


def test_overlapping_gold_mentions_are_left_out_and_counted():
    g = gold() + [{"start": 0, "end": 3, "label": "PER", "entity": None, "cluster": "nil:PER:x"}]
    report = coref.coref([{"doc": "x#1", "text": TEXT, "mentions": g}])
    assert report["overlapping_gold_left_out"] == 1 and report["nil_rules"]["mentions"] == 5


def test_pipeline_mode_maps_gold_mentions_to_predicted_ones(small_gazetteer):
    nlp = Pipeline(tagger=FakeTagger({"علی رضایی‌نژاد": "PER", "رضایی‌نژاد": "PER", "شی جین‌پینگ": "PER"}),
                   gazetteer=small_gazetteer)
    report = coref.coref([{"doc": "x#1", "text": TEXT, "mentions": gold()}], nlp)
    assert report["mode"] == "pipeline" and report["nil_rules"]["mentions"] == 5
    assert report["nil_rules"]["precision"] < 100.0  # Hasan's surname span is tagged as a bare surname


def test_command_on_a_tiny_set(tmp_path, capsys, monkeypatch):
    rec = {"doc": "x#1", "sha1": newsset.sha1(TEXT), "mentions": gold()}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(newsset, "load_texts", lambda data_dir, name="heldout": {"x#1": TEXT})
    assert newsset.main(["coref", "--set", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["nil_rules"]["recall"] == 80.0
