"""The news development set for link precision: which excerpts, the judged links, the pipeline's links.

400 excerpts of unlabeled news (Fars News, Varzesh3, Namnak), none of them in the held-out draw of
:mod:`ner_fa.training.newsset`; every link the pipeline makes on them (top level and nested) was
judged right or wrong by people. The verdicts (``evaluation/news_dev_links.tsv``, columns doc, start,
end, label, mention, entity, verdict, kind, note) hold no corpus text; the excerpts are rebuilt from
the data directory. ``scripts/news_dev_links.py`` lists links for judging and scores today's links;
``python -m ner_fa.training.linking calibrate`` fits the score calibration on them
(:func:`judged_links`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from . import newsset

REPO = Path(__file__).resolve().parents[3]
JUDGED = REPO / "evaluation" / "news_dev_links.tsv"
#: the verdicts of each development draw (:data:`ner_fa.training.newsset.DRAWS`)
JUDGED_BY_DRAW = {"dev": JUDGED, "dev2": REPO / "evaluation" / "news_dev2_links.tsv",
                  "dev3": REPO / "evaluation" / "news_dev3_links.tsv"}
VERDICTS = ("right", "wrong", "unsure")
#: kinds of wrong link, for ``kind``
KINDS = ("namesake", "common-word", "not-a-name", "metonymy", "same-name-entity", "nested", "span", "other")


def draw(data_dir: str | Path = newsset.DEFAULT_DATA_DIR, name: str = "dev") -> list[tuple[str, str]]:
    """``(doc id, excerpt)`` of a development draw's documents (:func:`ner_fa.training.newsset.draw`:
    a draw of :data:`JUDGED_BY_DRAW`)."""
    if name not in JUDGED_BY_DRAW:
        raise ValueError(f"{name!r} is no development draw: one of {', '.join(JUDGED_BY_DRAW)}")
    return newsset.draw(data_dir, name)


def read_judged(path: str | Path) -> dict[tuple[str, int, int, str], dict]:
    """``{(doc, start, end, entity): row}`` of a judged TSV; rows starting with ``#`` are comments."""
    out = {}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for i, row in enumerate(rows, 2):
            if row.get("verdict") not in VERDICTS:
                raise SystemExit(f"{path}: row {i}: verdict must be one of {VERDICTS}, not {row.get('verdict')!r}")
            if row["verdict"] == "wrong" and row.get("kind") not in KINDS:
                raise SystemExit(f"{path}: row {i}: a wrong link needs a kind among {KINDS}")
            out[(row["doc"], int(row["start"]), int(row["end"]), row["entity"])] = row
    return out


def judged_links(docs: list[tuple[str, str]], judged: dict, nlp) -> tuple[list[dict], int]:
    """The links ``nlp`` (a :class:`~ner_fa.pipeline.Pipeline`) makes on ``docs`` that a verdict
    judges right or wrong, as ``{"doc", "start", "end", "entity", "origin", "features", "correct"}``
    (features of :func:`ner_fa.calibration.features`, taken as the pipeline calibrates them), and
    how many links no verdict covers (``unsure`` ones count there too). For a calibration fit,
    give ``nlp`` an identity calibrator and ``min_probability=0``, so that it makes every link."""
    from ..linker import Linker

    linker = nlp.linker
    seen: list[tuple[str, list, list]] = []

    def recording(text, items):
        out = Linker.calibrate_document(linker, text, items)
        seen.append((text, items, out))
        return out

    linker.calibrate_document = recording
    try:
        for _ in nlp.pipe([t for _, t in docs]):
            pass
    finally:
        del linker.calibrate_document
    ids = {text: doc_id for doc_id, text in docs}
    rows, uncovered = [], 0
    for text, items, out in seen:
        doc_id = ids[text]
        for (m, _, origin), res in zip(items, out, strict=True):
            if res.entity is None:
                continue
            row = judged.get((doc_id, m.start, m.end, res.entity.id))
            if row is None or row["verdict"] == "unsure":
                uncovered += 1
                continue
            rows.append({"doc": doc_id, "start": m.start, "end": m.end, "entity": res.entity.id, "origin": origin,
                         "features": res.features, "correct": int(row["verdict"] == "right")})
    return rows, uncovered
