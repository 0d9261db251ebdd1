"""Wikidata ids of the shipped places (scripts/match_places_dr5hn.py) and their written review."""

from __future__ import annotations

import csv
from pathlib import Path

from ner_fa.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_matched_id_is_on_its_place_and_only_there():
    gaz = default_gazetteer()
    matched = _tsv(ROOT / "scripts" / "places_wikidata.tsv")
    assert len(matched) > 500
    for row in matched:
        assert gaz[row["id"]].wikidata == row["wikidata"], row["id"]
    place_ids = {e.id for e in gaz if e.type in ("city", "region", "place") and e.wikidata
                 and not (e.source or "").startswith("dr5hn:")}
    assert place_ids == {row["id"] for row in matched}


def test_doubtful_and_rejected_places_have_no_id():
    gaz = default_gazetteer()
    doubtful = _tsv(ROOT / "docs" / "place_wikidata_doubtful.tsv")
    rejected = _tsv(ROOT / "scripts" / "places_wikidata_rejected.tsv")
    assert {r["id"] for r in rejected} <= {r["id"] for r in doubtful}
    for row in doubtful:
        assert gaz[row["id"]].wikidata is None, row["id"]


def test_review_of_100_random_matches_is_written_and_finds_none_wrong():
    review = _tsv(ROOT / "docs" / "place_wikidata_review.tsv")
    assert len(review) == 100
    gaz = default_gazetteer()
    for row in review:
        assert row["verdict"] == "ok", row["id"]
        assert gaz[row["id"]].wikidata == row["wikidata"]
        assert row["country"] == row["dr5hn_country"]
