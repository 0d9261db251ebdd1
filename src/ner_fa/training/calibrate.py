"""Fitting the score calibration: ``python -m ner_fa.training.linking calibrate``.

The calibration (:mod:`ner_fa.calibration`) is fitted on two development sets of links, each link
marked right or wrong:

* the PEYMA-dev linking set: the links the linker makes on its gold spans (each sentence a document);
* the news development set (:mod:`ner_fa.training.newsdev`): the links the whole pipeline makes on
  unseen news excerpts — top level and nested, found by the tagger, the gazetteer matcher or
  the document rules — judged by people: the dev draw's 400 excerpts (``evaluation/news_dev_links.tsv``)
  and, where its verdicts exist, the dev2 draw's 400 (``evaluation/news_dev2_links.tsv``).

Both are linked with no calibration and no probability threshold (every link the linker would
make), so the features are those the shipped pipeline computes. The report gives honest figures by
cross-validation grouped by document (each link scored by a model fitted without its document,
5 folds over each set): the ECE and reliability table, the AUC of the score for telling right links
from wrong ones (the raw candidate score, the calibration being replaced, the new one), and the
threshold table. When the verdicts of the third draw exist (``evaluation/news_dev3_links.tsv``: links judged
before any rule was taken from the draw, and kept out of the fit), the default ``min_probability`` is
chosen on them, scored by the fitted calibration. Otherwise it is chosen on both sets' cross-validated scores
together as the threshold of least cost, a wrong link kept costing ``--wrong-cost`` (2: a wrong link
is worse than none) and a right link removed 1 — of the thresholds within 2% of the least cost, the
highest (:func:`ner_fa.calibration.choose_threshold`); it is written into the calibration file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..calibration import (
    CalibrationError,
    Calibrator,
    Identity,
    auc,
    choose_threshold,
    default_calibrator,
    reliability,
    threshold_table,
)
from ..gazetteer import Gazetteer
from ..linker import LinkerConfig

FOLDS = 5
TABLE_THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def news_dev_links(data_dir: Path, judged_paths: dict[str, Path], gazetteer: Gazetteer, config: LinkerConfig):
    """The judged news-dev links with their features, linked raw, of each development draw in
    ``judged_paths`` (draw name → its verdicts); and the count of links no verdict covers."""
    from ..pipeline import Pipeline
    from . import newsdev

    nlp = Pipeline(gazetteer=gazetteer, config=config)
    nlp.linker.calibrator = Identity()
    rows, uncovered, groups = [], 0, 0
    for name, path in judged_paths.items():
        docs = newsdev.draw(data_dir, name)
        got, n = newsdev.judged_links(docs, newsdev.read_judged(path), nlp)
        order = {doc_id: groups + i for i, (doc_id, _) in enumerate(docs)}
        for r in got:
            r["group"] = order[r["doc"]]
        rows += got
        uncovered += n
        groups += len(docs)
    return rows, uncovered


def cross_validated(sets: dict[str, list[dict]], l2: float) -> dict[str, list[float]]:
    """Each link's probability from a model fitted on every fold but its own; folds are documents
    (``group``) modulo :data:`FOLDS`, in each set."""
    out = {name: [0.0] * len(rows) for name, rows in sets.items()}
    for fold in range(FOLDS):
        train = [r for rows in sets.values() for r in rows if r["group"] % FOLDS != fold]
        model = Calibrator.fit([r["features"] for r in train], [r["correct"] for r in train], l2=l2)
        for name, rows in sets.items():
            for i, r in enumerate(rows):
                if r["group"] % FOLDS == fold:
                    out[name][i] = model.probability(r["features"])
    return out


def _print_reliability(table: list[dict], ece: float, title: str) -> None:
    print(f"\n{title} (ECE {ece}):")
    print(f"{'score':>9} {'links':>6} {'mean score':>11} {'right':>7}")
    for row in table:
        print(f"{row['bin']:>9} {row['count']:>6} {row['mean_score']:>11} {row['accuracy']:>7}")


def _print_thresholds(rows: list[dict], title: str) -> None:
    print(f"\n{title}:")
    print(f"{'threshold':>9} {'kept':>6} {'wrong removed':>14} {'right removed':>14} {'precision':>10} {'cost':>6}")
    for r in rows:
        print(f"{r['threshold']:>9} {r['kept']:>6} {r['wrong_removed']:>14} {r['right_removed']:>14} "
              f"{r['precision']!s:>10} {r['cost']:>6g}")


def calibrate(peyma: list[dict], news: list[dict], *, output: Path, l2: float = 1.0, wrong_cost: float = 2.0,
              baseline: Calibrator | None = None, uncovered: int = 0,
              fresh: list[dict] | None = None) -> Calibrator:
    """Fit on the PEYMA links (``{"features", "correct", "group"}``) and the news links, print the
    cross-validated report, write the calibration with its chosen threshold to ``output``.

    ``fresh``: judged links of a draw that no rule was taken from and the fit does not see (dev3):
    the threshold is chosen on them, scored by the fitted calibration, instead of on the
    cross-validated dev links, whose wrong links the rules were chosen to remove."""
    sets = {"news dev": news, "PEYMA dev": peyma}
    sets = {k: v for k, v in sets.items() if v}
    everything = [r for rows in sets.values() for r in rows]
    fitted = Calibrator.fit([r["features"] for r in everything], [r["correct"] for r in everything], l2=l2)
    held = cross_validated(sets, l2)
    # the threshold: the least cost over every development link (both sets, cross-validated scores),
    # so that it holds on sentence-level text as well as on whole news documents
    target = " + ".join(sets)
    labels = {name: [r["correct"] for r in rows] for name, rows in sets.items()}
    fitted.threshold = choose_threshold([p for name in sets for p in held[name]],
                                        [y for name in sets for y in labels[name]], wrong_cost)
    chosen_on = f"{target}, {FOLDS}-fold cross-validated by document"
    if fresh:
        fresh_probs = [fitted.probability(r["features"]) for r in fresh]
        fresh_labels = [r["correct"] for r in fresh]
        fresh_table, fresh_ece = reliability(fresh_probs, fresh_labels)
        fresh_auc = auc(fresh_probs, fresh_labels)
        in_sample, fitted.threshold = fitted.threshold, choose_threshold(fresh_probs, fresh_labels, wrong_cost)
        chosen_on = (f"news dev3 ({len(fresh)} links judged before any rule was taken from the draw; not in the fit); "
                     f"on {chosen_on} it would be {in_sample}")
        target = "news dev3, out of sample"
    fitted.meta.update({
        "fitted_on": " + ".join(f"{name} ({len(rows)} links, {sum(labels[name])} right)"
                                for name, rows in sets.items()),
        "wrong_cost": wrong_cost,
        "threshold_chosen_on": f"{chosen_on}; the highest threshold within 2% of the least cost",
    })
    if fresh:
        fitted.meta["ece news dev3"] = fresh_ece
        fitted.meta["auc news dev3"] = fresh_auc
    for name in sets:
        _, ece = reliability(held[name], labels[name])
        fitted.meta[f"cv_ece {name}"] = ece
        fitted.meta[f"cv_auc {name}"] = auc(held[name], labels[name])
    fitted.save(output)

    print(f"fitted on {fitted.meta['fitted_on']}; {uncovered} news-dev links without a verdict left out")
    print(f"written to {output}; default min_probability {fitted.threshold} (least cost on {target}, "
          f"a wrong link costing {wrong_cost:g}, a right link removed 1)")
    print(f"\n{'set':10} {'links':>6} {'wrong':>6}  AUC: {'raw score':>9} {'replaced':>9} {'new (CV)':>9}"
          f"   ECE: {'replaced':>9} {'new (CV)':>9}")
    for name, rows in sets.items():
        raw = [r["features"]["score"] for r in rows]
        old = [baseline.probability(r["features"]) for r in rows] if baseline is not None else raw
        print(f"{name:10} {len(rows):>6} {len(rows) - sum(labels[name]):>6}       {auc(raw, labels[name])!s:>9} "
              f"{auc(old, labels[name])!s:>9} {auc(held[name], labels[name])!s:>9}        "
              f"{reliability(old, labels[name])[1]!s:>9} {reliability(held[name], labels[name])[1]!s:>9}")
    for name in sets:
        table, ece = reliability(held[name], labels[name])
        _print_reliability(table, ece, f"reliability on {name}, {FOLDS}-fold cross-validated by document")
        grid = sorted({*TABLE_THRESHOLDS, fitted.threshold})
        _print_thresholds(threshold_table(held[name], labels[name], grid, wrong_cost),
                          f"thresholds on {name}, {FOLDS}-fold cross-validated (cost: {wrong_cost:g} per wrong link "
                          "kept, 1 per right link removed)")
    if fresh:
        _print_reliability(fresh_table, fresh_ece, f"reliability on news dev3 (out of sample; AUC {fresh_auc})")
        grid = sorted({*TABLE_THRESHOLDS, fitted.threshold})
        _print_thresholds(threshold_table(fresh_probs, fresh_labels, grid, wrong_cost),
                          f"thresholds on news dev3, out of sample (cost: {wrong_cost:g} per wrong link kept, "
                          "1 per right link removed)")
    sys.stdout.flush()
    return fitted


def baseline_calibrator() -> Calibrator | None:
    """The calibration in place before a refit (None when none is installed, or one this code
    cannot read: fitted on other features)."""
    try:
        cal = default_calibrator()
    except CalibrationError as exc:
        print(f"the installed calibration is not compared: {exc}", file=sys.stderr)
        return None
    return None if isinstance(cal, Identity) else cal
