"""Calibrated link scores: ``score`` read as the probability that a link is right.

For each link the linker makes, :func:`features` gathers the signals the calibration reads: the
linker's own (the candidate's score and string similarity, whether it is exact, the entity's prior
and type, the margin over the next candidate, the context bonus, whether the form is the entity's
main name) and what the document says of the mention (``where``, from
:func:`ner_fa.link_signals.document_signals`: where it came from, label agreement, how common the
form is as a plain word, rivals of the same name, the kinds the document favours). A logistic
regression over them (:class:`Calibrator`, NumPy only, fitted by Newton's method with a small L2
penalty) turns them into a probability. It is fitted on the PEYMA-dev linking set and the judged
news development set (:mod:`ner_fa.training.newsdev`) by ``python -m ner_fa.training.linking
calibrate`` (:mod:`ner_fa.training.calibrate`), which also chooses the default threshold (least
cost on dev, a wrong link costing twice a missing one) and writes both to
``ner_fa/linking_data/calibration.json``. ``LinkerConfig.min_probability`` overrides that threshold.
``evaluate --reliability`` prints the reliability table, the expected calibration error (ECE) and
the AUC of the score.

Without the file (a removed or broken install) scores stay the linker's raw scores.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import NerFaError
from .gazetteer import PLACE_TYPES
from .normalize import compact_key

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .linker import LinkResult

__all__ = [
    "CALIBRATION_PATH",
    "FEATURES",
    "CalibrationError",
    "Calibrator",
    "Identity",
    "auc",
    "choose_threshold",
    "default_calibrator",
    "features",
    "reliability",
    "threshold_table",
]

CALIBRATION_PATH = Path(__file__).resolve().parent / "linking_data" / "calibration.json"
FORMAT = "ner-fa-calibration"
FEATURES = ("score", "similarity", "prior", "margin", "n_candidates", "bonus", "main_name", "surname_support",
            "one_word", "person", "place", "organization", "exact", "tagged_only", "one_word_person",
            # what the document says (ner_fa.link_signals)
            "from_matcher", "from_context", "nested", "office", "label_agrees", "n_words", "word_frequency",
            "name_share", "entity_mentions", "fuller_form", "fuller_other", "rival", "rival_named", "rival_favoured", "favoured",
            "rival_outfavoured", "head_disagrees", "head_agrees", "sports_place", "foreign_country_next",
            "sports_other_person", "sports_sponsor")
#: what :func:`features` reads from ``where`` (ner_fa.link_signals.document_signals), with the value it
#: takes when absent: a tagger span, alone in its document, its label agreeing with the entity's type
WHERE = {f: 0.0 for f in FEATURES[FEATURES.index("from_matcher"):]} | {"label_agrees": 1.0, "n_words": 0.25,
                                                                       "entity_mentions": 0.25}


class CalibrationError(NerFaError, ValueError):
    """A calibration file that cannot be used; refit it with ``python -m ner_fa.training.linking calibrate``."""


def features(res: LinkResult, gazetteer: Gazetteer, where: dict[str, float] | None = None) -> dict[str, float]:
    """The signals of a linked result that the calibration reads: those of the result itself (the
    candidates, the linker's ``signals``) and ``where``, what the caller knows of the mention in its
    document (:meth:`ner_fa.linker.Linker.calibrate_document` computes them; keys of :data:`WHERE`)."""
    cands = res.candidates
    top = cands[0] if cands else None
    score = res.score if res.score is not None else (top.score if top else 0.0)
    similarity = top.similarity if top else 0.0
    second = cands[1].score if len(cands) > 1 else 0.0
    entity = res.entity
    signals = res.signals or {}
    alias = top.alias if top else ""
    etype = entity.type if entity is not None else ""
    one_word = 1.0 if len(alias.split()) == 1 else 0.0
    out = {
        "score": float(score),
        "similarity": float(similarity),
        "prior": float(entity.prior) if entity is not None else 0.0,
        "margin": float(score) - float(second),
        "n_candidates": min(len(cands), 5) / 5,
        "bonus": float(signals.get("bonus", 0.0)),
        "main_name": 1.0 if entity is not None and compact_key(alias) == compact_key(entity.name_fa) else 0.0,
        "surname_support": float(signals.get("surname_support", 0.0)),
        "one_word": one_word,
        "person": 1.0 if etype == "person" else 0.0,
        "place": 1.0 if etype in PLACE_TYPES else 0.0,
        "organization": 1.0 if etype == "organization" else 0.0,
        "exact": 1.0 if similarity >= 0.999 else 0.0,
        "tagged_only": 1.0 if entity is not None and entity.tagged_only else 0.0,
        "one_word_person": one_word if etype == "person" else 0.0,
    }
    out.update(WHERE)
    out.update(where or {})
    if signals.get("context"):
        out["from_context"] = 1.0
    return {f: float(out[f]) for f in FEATURES}


class Calibrator:
    """Logistic regression from :func:`features` to the probability that a link is right."""

    def __init__(self, weights: dict[str, float], bias: float, *, meta: dict | None = None,
                 threshold: float = 0.0) -> None:
        unknown = set(weights) - set(FEATURES)
        if unknown:
            raise CalibrationError(f"unknown features {sorted(unknown)}; refit the calibration")
        if not 0.0 <= threshold <= 1.0:
            raise CalibrationError(f"threshold {threshold} is not a probability; refit the calibration")
        self.weights = {f: float(weights.get(f, 0.0)) for f in FEATURES}
        self.bias = float(bias)
        self.meta = meta or {}
        # the least probability to link that the fit chose on dev (the default of
        # LinkerConfig.min_probability): see choose_threshold
        self.threshold = float(threshold)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(w * feats.get(f, 0.0) for f, w in self.weights.items())
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0

    @classmethod
    def fit(cls, rows: Sequence[dict[str, float]], labels: Sequence[int], *, l2: float = 1.0,
            iterations: int = 50) -> Calibrator:
        """Fit on linked results' features and whether each link was right (1) or wrong (0)."""
        if len(rows) != len(labels) or not rows:
            raise CalibrationError(f"need as many labels as feature rows, and some: {len(rows)} / {len(labels)}")
        x = np.array([[1.0] + [r.get(f, 0.0) for f in FEATURES] for r in rows])
        y = np.asarray(labels, dtype=float)
        w = np.zeros(x.shape[1])
        penalty = np.full(x.shape[1], l2)
        penalty[0] = 0.0   # the bias is not shrunk
        for _ in range(iterations):
            p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
            grad = x.T @ (p - y) + penalty * w
            hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
            step = np.linalg.solve(hess, grad)
            w -= step
            if np.max(np.abs(step)) < 1e-8:
                break
        return cls(dict(zip(FEATURES, w[1:].tolist())), float(w[0]),
                   meta={"n": len(rows), "positives": int(y.sum()), "l2": l2})

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": 1, "model": "logistic", "features": list(FEATURES),
                "weights": self.weights, "bias": self.bias, "threshold": self.threshold, "meta": self.meta}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Calibrator:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CalibrationError(f"{path}: cannot read the calibration ({exc}); refit it with "
                                   "`python -m ner_fa.training.linking calibrate`") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != 1:
            raise CalibrationError(f"{path}: not a version-1 {FORMAT} file; refit it with "
                                   "`python -m ner_fa.training.linking calibrate`")
        try:
            return cls(data["weights"], data["bias"], meta=data.get("meta"), threshold=data.get("threshold", 0.0))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, CalibrationError):
                raise
            raise CalibrationError(f"{path}: a bad calibration ({exc!r}); refit it with "
                                   "`python -m ner_fa.training.linking calibrate`") from None


class Identity(Calibrator):
    """Raw scores, when no calibration file is installed (and for fitting one: the links the
    uncalibrated linker makes, with no probability threshold)."""

    def __init__(self) -> None:
        super().__init__({}, 0.0)

    def probability(self, feats: dict[str, float]) -> float:
        return feats.get("score", 0.0)


@lru_cache(maxsize=1)
def default_calibrator() -> Calibrator:
    """The shipped calibration (raw scores when the file is absent)."""
    if not CALIBRATION_PATH.exists():
        return Identity()
    return Calibrator.load(CALIBRATION_PATH)


def reliability(probs: Sequence[float], labels: Sequence[int], bins: int = 10) -> tuple[list[dict], float]:
    """A reliability table (per score bin: count, mean score, share right) and the expected
    calibration error: the count-weighted mean gap between mean score and share right."""
    rows = []
    ece = 0.0
    n = len(probs)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, p in enumerate(probs) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not idx:
            continue
        mean_p = sum(probs[i] for i in idx) / len(idx)
        acc = sum(labels[i] for i in idx) / len(idx)
        rows.append({"bin": f"{lo:.2f}-{hi:.2f}", "count": len(idx), "mean_score": round(mean_p, 4),
                     "accuracy": round(acc, 4)})
        ece += len(idx) / n * abs(mean_p - acc)
    return rows, round(ece, 4)


def auc(scores: Sequence[float], labels: Sequence[int]) -> float | None:
    """The area under the ROC curve: the chance that a right link (label 1) scores above a wrong
    one (ties count half); None without both kinds."""
    pos = sum(1 for y in labels if y)
    neg = len(labels) - pos
    if not pos or not neg:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum, i = 0.0, 0
    while i < len(order):   # average ranks over ties
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        rank = (i + j) / 2 + 1
        rank_sum += rank * sum(1 for k in order[i:j + 1] if labels[k])
        i = j + 1
    return round((rank_sum - pos * (pos + 1) / 2) / (pos * neg), 4)


def threshold_table(probs: Sequence[float], labels: Sequence[int], thresholds: Sequence[float],
                    wrong_cost: float = 2.0) -> list[dict]:
    """For each threshold, what linking only at ``probability >= threshold`` does to these links:
    links kept, wrong links removed, right links removed, the precision of those kept, and the cost
    (``wrong_cost`` per wrong link kept, 1 per right link removed)."""
    rows = []
    for t in thresholds:
        kept = [y for p, y in zip(probs, labels) if p >= t]
        gone = [y for p, y in zip(probs, labels) if p < t]
        wrong_kept = len(kept) - sum(kept)
        right_removed = sum(gone)
        rows.append({"threshold": t, "kept": len(kept), "wrong_removed": len(gone) - right_removed,
                     "right_removed": right_removed,
                     "precision": round(100 * sum(kept) / len(kept), 2) if kept else None,
                     "cost": wrong_cost * wrong_kept + right_removed})
    return rows


def choose_threshold(probs: Sequence[float], labels: Sequence[int], wrong_cost: float = 2.0,
                     step: float = 0.05, tolerance: float = 0.02) -> float:
    """The threshold (a multiple of ``step``) of least cost on these links: a wrong link kept costs
    ``wrong_cost``, a right link removed 1. Of the thresholds whose cost is within ``tolerance``
    (a share of the least cost) of the least, the highest wins: a cost curve flat within its noise
    says nothing, and a wrong link is the worse error."""
    grid = [round(k * step, 4) for k in range(round(1 / step))]
    table = threshold_table(probs, labels, grid, wrong_cost)
    least = min(r["cost"] for r in table)
    return max(r["threshold"] for r in table if r["cost"] <= least * (1 + tolerance))
