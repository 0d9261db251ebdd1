"""Calibrated link scores (ner_fa.calibration)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ner_fa import Linker, LinkerConfig
from ner_fa.calibration import (
    CALIBRATION_PATH,
    FEATURES,
    CalibrationError,
    Calibrator,
    default_calibrator,
    reliability,
)
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
    fitted_on = default_calibrator().meta.get("fitted_on", "")
    assert CALIBRATION_PATH.exists() and "news dev" in fitted_on and "PEYMA dev" in fitted_on
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
    probs = [r.score for r in Linker(gaz, LinkerConfig(min_probability=0)).link_document(text, ms)]
    cut = (min(probs) + max(probs)) / 2
    assert min(probs) < max(probs)
    kept = Linker(gaz, LinkerConfig(min_probability=cut)).link_document(text, ms)
    assert [r.entity is not None for r in kept] == [p >= cut for p in probs]


SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.mark.skipif(not (SHARED_DATA / "ner" / "peyma" / "dev.txt").exists(), reason="PEYMA dev not here")
def test_calibrate_command_refits_and_evaluate_prints_reliability(tmp_path, capsys):
    from ner_fa.training.linking import main
    out = tmp_path / "cal.json"
    assert main(["calibrate", "--data-dir", str(SHARED_DATA), "--output", str(out), "--no-news-dev"]) == 0
    fitted = Calibrator.load(out)
    assert fitted.meta["fitted_on"].startswith("PEYMA dev") and fitted.meta["n"] > 900
    assert 0 <= fitted.threshold < 1 and fitted.meta["wrong_cost"] == 2.0
    text = capsys.readouterr().out
    assert "5-fold cross-validated" in text and "thresholds on PEYMA dev" in text and "AUC" in text
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


def test_auc_and_threshold_table():
    from ner_fa.calibration import auc, choose_threshold, threshold_table
    assert auc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]) == 1.0
    assert auc([0.1, 0.3, 0.8, 0.9], [1, 1, 0, 0]) == 0.0
    assert auc([0.5, 0.5], [1, 0]) == 0.5 and auc([0.5], [1]) is None
    probs, labels = [0.95, 0.9, 0.6, 0.55, 0.2], [1, 1, 0, 1, 0]
    rows = threshold_table(probs, labels, [0.0, 0.5, 0.58, 0.7], wrong_cost=2)
    assert [(r["kept"], r["wrong_removed"], r["right_removed"]) for r in rows] == [(5, 0, 0), (4, 1, 0), (3, 1, 1),
                                                                                  (2, 2, 1)]
    assert [r["cost"] for r in rows] == [4, 2, 3, 1] and rows[0]["precision"] == 60.0
    # the highest of the least-cost thresholds: both wrong links go, and 0.55's right link with them
    assert choose_threshold(probs, labels, wrong_cost=2) == 0.9
    assert choose_threshold(probs, labels, wrong_cost=2, tolerance=0.0) == 0.9
    assert choose_threshold(probs, labels, wrong_cost=0.1) == 0.55  # wrong links cheap: no right link is removed
    # a cost within the tolerance of the least (51 against 50) counts as least: the higher threshold
    probs = [0.9] * 100 + [0.1] * 100 + [0.52] * 101
    labels = [1] * 100 + [0] * 100 + [0] * 50 + [1] * 51
    assert choose_threshold(probs, labels, wrong_cost=1.0, tolerance=0.0) == 0.5
    assert choose_threshold(probs, labels, wrong_cost=1.0, tolerance=0.02) == 0.9


def test_threshold_round_trip_and_default(tmp_path):
    cal = Calibrator({"score": 2.0}, -1.0, threshold=0.6)
    cal.save(tmp_path / "c.json")
    assert Calibrator.load(tmp_path / "c.json").threshold == 0.6
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    data["threshold"] = 3
    (tmp_path / "c.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CalibrationError, match="threshold"):
        Calibrator.load(tmp_path / "c.json")
    assert LinkerConfig().min_probability is None            # None: the calibration's threshold
    assert 0.5 <= default_calibrator().threshold < 0.9       # chosen on news dev + PEYMA dev (docs/linking.md)


def test_cross_validation_scores_each_document_without_it():
    from ner_fa.training.calibrate import FOLDS, cross_validated
    rng = random.Random(1)
    rows = [{"features": {"score": rng.random()}, "correct": rng.random() < 0.8, "group": g}
            for g in range(20) for _ in range(10)]
    held = cross_validated({"a": rows}, l2=1.0)["a"]
    # flipping the labels of one fold's documents leaves that fold's scores unchanged
    flipped = [dict(r, correct=(not r["correct"]) if r["group"] % FOLDS == 0 else r["correct"]) for r in rows]
    again = cross_validated({"a": flipped}, l2=1.0)["a"]
    assert all(a == b for a, b, r in zip(held, again, rows) if r["group"] % FOLDS == 0)
    assert any(a != b for a, b, r in zip(held, again, rows) if r["group"] % FOLDS != 0)


def test_calibrate_writes_the_least_cost_threshold(tmp_path, capsys):
    from ner_fa.training.calibrate import calibrate
    rng = random.Random(2)
    rows = []
    for g in range(60):
        for _ in range(5):
            s = rng.random()
            rows.append({"features": {"score": s}, "correct": int(rng.random() < s), "group": g})
    fitted = calibrate(rows[:100], rows[100:], output=tmp_path / "c.json", wrong_cost=2.0)
    back = Calibrator.load(tmp_path / "c.json")
    assert back.threshold == fitted.threshold and 0.4 <= back.threshold <= 0.9    # about 2/3 for p = score
    out = capsys.readouterr().out
    assert "thresholds on news dev" in out and "reliability on news dev" in out and "AUC" in out
    assert "news dev" in back.meta["fitted_on"] and "cv_auc news dev" in back.meta


def test_a_fresh_draw_chooses_the_threshold_out_of_sample(tmp_path, capsys):
    from ner_fa.training.calibrate import calibrate
    rng = random.Random(3)
    rows = []
    for g in range(60):
        for _ in range(5):
            s = rng.random()
            rows.append({"features": {"score": s}, "correct": int(rng.random() < s), "group": g})
    # fresh links where every link scored under 0.9 is wrong: their least-cost threshold is high
    fresh = [{"features": {"score": s / 100}, "correct": int(s >= 90), "group": 0} for s in range(100)]
    in_sample = calibrate(rows[:100], rows[100:], output=tmp_path / "a.json", wrong_cost=2.0)
    out_of_sample = calibrate(rows[:100], rows[100:], output=tmp_path / "b.json", wrong_cost=2.0, fresh=fresh)
    assert out_of_sample.weights == in_sample.weights               # the fresh links are not in the fit
    assert out_of_sample.threshold > in_sample.threshold
    assert "dev3" in Calibrator.load(tmp_path / "b.json").meta["threshold_chosen_on"]
    assert "thresholds on news dev3, out of sample" in capsys.readouterr().out


def test_judged_links_are_the_pipeline_links_with_verdicts(tmp_path):
    from ner_fa import FakeTagger, Pipeline
    from ner_fa.calibration import Identity
    from ner_fa.training.newsdev import judged_links, read_judged
    docs = [("d1", "حسن روحانی در پاریس بود ."), ("d2", "پاریس زیباست .")]
    path = tmp_path / "j.tsv"
    path.write_text("doc\tstart\tend\tlabel\tmention\tentity\tverdict\tkind\tnote\n"
                    "d1\t0\t10\tPER\tحسن روحانی\thassan-rouhani\tright\t\t\n"
                    "d1\t14\t19\tLOC\tپاریس\tparis\twrong\tmetonymy\t\n"
                    "d2\t0\t5\tLOC\tپاریس\tparis\tunsure\t\t\n", encoding="utf-8")
    nlp = Pipeline(tagger=FakeTagger({"حسن روحانی": "PER", "پاریس": "LOC"}), gazetteer=default_gazetteer(),
                   config=LinkerConfig(min_probability=0))
    nlp.linker.calibrator = Identity()
    rows, uncovered = judged_links(docs, read_judged(path), nlp)
    assert [(r["doc"], r["entity"], r["correct"], r["origin"]) for r in rows] == [
        ("d1", "hassan-rouhani", 1, "tagger"), ("d1", "paris", 0, "tagger")]
    assert uncovered == 1 and set(rows[0]["features"]) == set(FEATURES)
    assert "calibrate_document" not in vars(nlp.linker)    # the recording hook is gone


def test_calibrating_twice_changes_nothing():
    gaz = default_gazetteer()
    linker = Linker(gaz, LinkerConfig(min_probability=0))
    (once,) = linker.link_document("حسن روحانی گفت", [RawMention(0, 10, "PER")])
    assert once.features is not None and linker.calibrated(once) is once
    assert linker.calibrate_document("حسن روحانی گفت", [(RawMention(0, 10, "PER"), once, "tagger")])[0] is once
