"""Calibrated link scores (ner_fa.calibration)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ner_fa import Linker, LinkerConfig
from ner_fa.calibration import CALIBRATION_PATH, CalibrationError, Calibrator, default_calibrator, reliability
from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import RawMention


def test_fit_recovers_a_probability():
    # links whose right-ness follows a known logistic law of the score: the fitted model agrees
    rng = random.Random(0)
    rows, labels = [], []
    for _ in range(4000):
        s = rng.random()
        p = 1 / (1 + pow(2.718281828, -(8 * s - 4)))
        rows.append({"score": s})
        labels.append(int(rng.random() < p))
    cal = Calibrator.fit(rows, labels, l2=0.01)
    assert abs(cal.probability({"score": 0.5}) - 0.5) < 0.06
    assert cal.probability({"score": 0.95}) > 0.9 and cal.probability({"score": 0.05}) < 0.1
    table, ece = reliability([cal.probability(r) for r in rows], labels)
    assert ece < 0.03 and sum(r["count"] for r in table) == len(rows)


def test_reliability_table_and_ece():
    table, ece = reliability([0.95, 0.95, 0.15, 0.15], [1, 0, 0, 0])
    assert [r["bin"] for r in table] == ["0.10-0.20", "0.90-1.00"]
    assert ece == pytest.approx(0.5 * 0.45 + 0.5 * 0.15)


def test_save_load_round_trip_and_bad_files(tmp_path):
    cal = Calibrator({"score": 2.0, "prior": 1.0}, -1.0)
    cal.save(tmp_path / "c.json")
    back = Calibrator.load(tmp_path / "c.json")
    assert back.probability({"score": 0.9, "prior": 0.5}) == pytest.approx(cal.probability({"score": 0.9, "prior": 0.5}))
    (tmp_path / "bad.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(CalibrationError, match="calibrate"):
        Calibrator.load(tmp_path / "bad.json")
    with pytest.raises(CalibrationError, match="unknown features"):
        Calibrator({"colour": 1.0}, 0.0)


def test_document_scores_are_the_shipped_calibration():
    assert CALIBRATION_PATH.exists() and default_calibrator().meta.get("fitted_on") == "PEYMA dev"
    linker = Linker(default_gazetteer())
    text = "حسن روحانی و پاریس"
    res = linker.link_document(text, [RawMention(0, 10, "PER"), RawMention(13, 18, "LOC")])
    for r in res:
        assert r.entity is not None and r.score == round(default_calibrator().probability(r.features), 4)
        assert r.score != r.candidates[0].score     # a probability, not the raw candidate score


def test_min_probability_is_one_threshold():
    gaz = default_gazetteer()
    text = "حسن روحانی و پاریس"
    ms = [RawMention(0, 10, "PER"), RawMention(13, 18, "LOC")]
    probs = [r.score for r in Linker(gaz).link_document(text, ms)]
    cut = (min(probs) + max(probs)) / 2
    assert min(probs) < max(probs)
    kept = Linker(gaz, LinkerConfig(min_probability=cut)).link_document(text, ms)
    assert [r.entity is not None for r in kept] == [p >= cut for p in probs]


SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.mark.skipif(not (SHARED_DATA / "ner" / "peyma" / "dev.txt").exists(), reason="PEYMA dev not here")
def test_calibrate_command_refits_and_evaluate_prints_reliability(tmp_path, capsys):
    from ner_fa.training.linking import main
    out = tmp_path / "cal.json"
    assert main(["calibrate", "--data-dir", str(SHARED_DATA), "--output", str(out)]) == 0
    fitted = Calibrator.load(out)
    assert fitted.meta["fitted_on"] == "PEYMA dev" and fitted.meta["n"] > 900
    assert "5-fold cross-validated" in capsys.readouterr().out
    assert main(["evaluate", "--data-dir", str(SHARED_DATA), "--reliability", "--bins", "20"]) == 0
    text = capsys.readouterr().out
    assert "reliability of the scores of" in text and "ECE" in text and "0.95-1.00" in text


def test_nested_and_split_mentions_are_calibrated_too():
    from ner_fa import FakeTagger, Pipeline
    nlp = Pipeline(tagger=FakeTagger({"توکیو پکن": "LOC", "وزارت امور خارجه روسیه": "ORG"}), gazetteer=default_gazetteer())
    doc = nlp("دیدار توکیو پکن و وزارت امور خارجه روسیه .")
    inner = [m for m in doc.mentions if m.text in ("توکیو", "پکن")]
    inner += [n for m in doc.mentions for n in m.nested]
    assert len(inner) == 3
    for m in inner:
        assert m.score != next(c.score for c in m.candidates if c.id == m.entity.id)
