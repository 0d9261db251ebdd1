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


def _matcher():
    import importlib.util

    spec = importlib.util.spec_from_file_location("match_places_dr5hn", ROOT / "scripts" / "match_places_dr5hn.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_second_rule_folds_known_spelling_variants_and_keeps_parts_and_wholes_apart():
    m = _matcher()
    for a, b in (("Tal Afar", "Tall ‘Afar"), ("Taiz", "Ta‘izz"), ("Qamishli", "Al Qāmishlī"), ("Hanoi", "Hà Nội"),
                 ("Zaporizhzhia", "Zaporizhia"), ("St. George's", "Saint George's"), ("Bogotá", "Bogotá D.C.")):
        assert m.variant_fold(a) == m.variant_fold(b), (a, b)
    assert m.variant_fold("Sderot") != m.variant_fold("Sederot")
    assert m.variant_fold("Bandar-e Kangan") == m.variant_fold("Kangan") and not m.added_words("Rey", "Shahr-e-Rey")
    assert m.added_words("Jakarta", "Jakarta Utara") and m.added_words("Gaza Strip", "Gaza")
    assert not m.added_words("Kurdistan Region", "Iqlim Kurdistan") and not m.added_words("Hillah", "Al Ḩillah")


def test_second_rule_takes_a_row_only_at_the_records_level():
    m = _matcher()
    # a city record: a town row or a division that is a city, never a province (Konya) nor a county row
    assert m.level_fits("city", "city", {"name": "Göteborg", "type": "adm1"}) == ""
    assert m.level_fits("city", "state", {"name": "Shanghai", "type": "municipality"}) == ""
    assert m.level_fits("city", "state", {"name": "Konya", "type": "province", "parent_id": None})
    assert m.level_fits("city", "city", {"name": "Tadmur District", "type": "district"})
    assert m.level_fits("city", "city", {"name": "Tadmur District", "type": "adm2"})
    # a region record: a first-level division only
    assert m.level_fits("region", "state", {"name": "Iqlim Kurdistan", "type": "region", "parent_id": None}) == ""
    assert m.level_fits("region", "city", {"name": "Sinjar", "type": "adm2"})
    assert m.level_fits("region", "state", {"name": "Majuro", "type": "municipality", "parent_id": 2573})


def test_second_rule_keeps_a_town_in_the_province_the_description_names():
    m = _matcher()
    provinces = {"west azarbaijan": 1, "east azarbaijan": 2, "khuzestan": 3, "kerman": 4, "kermanshah": 5}
    assert m.named_provinces("city in West Azerbaijan Province, Iran", provinces) == {1}
    assert m.named_provinces("city in Kermanshah Province, Iran", provinces) == {5}
    assert m.named_provinces("capital of Iran", provinces) == set()
    # Sardasht of West Azerbaijan is not the row «Sar Dasht» of Khuzestan
    row = ("city", {"id": 9, "name": "Sar Dasht", "fa": "سر دشت", "type": "city", "country_code": "IR",
                    "state_id": 3, "wikiDataId": "Q9", "population": 0})
    rec = {"id": "sardasht", "type": "city", "name": "Sardasht", "country": "IR",
           "description": "city in West Azerbaijan Province, Iran"}
    fa_idx = {("IR", m.fa_key("سردشت")): [row]}
    rows, how, why_not = m.other_spelling(rec, ["سردشت"], fa_idx, {}, {3: {"name": "Khuzestan"}},
                                          {"IR": provinces})
    assert how == "" and "not in the record's province" in why_not
    rows, how, why_not = m.other_spelling({**rec, "description": "city in Khuzestan Province, Iran"}, ["سردشت"],
                                          fa_idx, {}, {3: {"name": "Khuzestan"}}, {"IR": provinces})
    assert rows == [row] and why_not == ""


def test_second_rule_needs_one_place_of_the_records_country():
    m = _matcher()
    town = ("city", {"id": 1, "name": "Göteborg", "fa": "گوتنبرگ", "type": "adm1", "country_code": "SE",
                     "wikiDataId": "Q1", "population": 600_000})
    province = ("state", {"id": 2, "name": "Konya", "fa": "قونیه", "type": "province", "parent_id": None,
                          "country_code": "TR", "wikiDataId": "Q2"})
    fa_idx = {("SE", m.fa_key("گوتنبرگ")): [town], ("TR", m.fa_key("قونیه")): [province]}
    rec = {"id": "gothenburg", "type": "city", "name": "Gothenburg", "country": "SE"}
    rows, how, why_not = m.other_spelling(rec, ["گوتنبرگ"], fa_idx, {})
    assert rows == [town] and why_not == "" and how.startswith("persian name")
    assert m.other_spelling({**rec, "country": "NO"}, ["گوتنبرگ"], fa_idx, {})[2] == "no row"
    rec = {"id": "konya", "type": "city", "name": "Konya", "country": "TR"}
    rows, how, why_not = m.other_spelling(rec, ["قونیه"], fa_idx, {})
    assert how == "" and "province row" in why_not
    twin = ("city", {**town[1], "id": 3, "wikiDataId": "Q3"})
    fa_idx[("SE", m.fa_key("گوتنبرگ"))] = [town, twin]
    assert "2 rows of different ids" in m.other_spelling({**rec, "name": "Gothenburg", "country": "SE"},
                                                          ["گوتنبرگ"], fa_idx, {})[2]


def test_every_id_of_the_second_rule_is_reviewed():
    """docs/place_wikidata_review_other_spelling.tsv: every other-spelling match has a verdict; the dropped
    ones are in the rejection list and carry no id."""
    gaz = default_gazetteer()
    review = {r["id"]: r for r in _tsv(ROOT / "docs" / "place_wikidata_review_other_spelling.tsv")}
    matched = [r for r in _tsv(ROOT / "scripts" / "places_wikidata.tsv")
               if any(w in r["matched_by"] for w in ("other spelling", "city division", "namesake division",
                                                     "set aside"))]
    assert len(matched) >= 20
    assert {"lima", "prague"} <= {r["id"] for r in matched}   # an id shared with the division that is the city
    assert "farah" in {r["id"] for r in matched}   # the place: the seat of the division of its name
    assert "edinburgh" in {r["id"] for r in matched}   # «City of Edinburgh» set aside for «Edinburgh»
    for row in matched:
        assert review[row["id"]]["verdict"] == "ok", row["id"]
        assert review[row["id"]]["wikidata"] == row["wikidata"] and review[row["id"]]["reason"]
    rejected = {r["id"] for r in _tsv(ROOT / "scripts" / "places_wikidata_rejected.tsv")}
    for rid, row in review.items():
        assert row["verdict"] in ("ok", "drop"), rid
        if row["verdict"] == "drop":
            assert rid in rejected and gaz[rid].wikidata is None, rid
