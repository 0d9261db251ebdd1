"""The dr5hn (countries-states-cities) importer, on tests/fixtures/dr5hn_mini (hand-written rows)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ner_fa import Gazetteer, GazetteerError
from ner_fa.gazetteer import GazetteerEntity, GazetteerWarning
from ner_fa.importers import ImportStats, dr5hn_prior, iter_dr5hn, untrusted_wikidata_rows
from ner_fa.importers.__main__ import main
from ner_fa.importers.dr5hn import is_division_row

DR5HN = Path(__file__).resolve().parent / "fixtures" / "dr5hn_mini"


def _by_source(**kw) -> dict[str, GazetteerEntity]:
    return {e.source: e for e in iter_dr5hn(DR5HN, **kw)}


def test_records_keep_source_id_country_population_and_coordinates():
    got = _by_source()
    sari = got["dr5hn:city:10"]
    assert (sari.id, sari.wikidata, sari.type, sari.name, sari.name_fa) == ("Q900001010", "Q900001010", "city",
                                                                             "Sari", "ساری")
    assert (sari.country, sari.population, sari.coordinates) == ("IR", 347402, (36.56332, 53.06009))
    assert sari.description == "city in Mazandaran, Iran"
    prov = got["dr5hn:state:1"]
    assert (prov.type, prov.population, prov.description) == ("region", 3283582, "province of Iran")


def test_copied_down_wikidata_ids_are_kept_only_on_the_first_row_of_their_run():
    got = _by_source()
    # Q900001020 is on Guildford, Woking and Epsom (adjacent rows): only the first keeps it
    assert got["dr5hn:city:20"].wikidata == "Q900001020" == got["dr5hn:city:20"].id
    for sid in ("dr5hn:city:21", "dr5hn:city:22"):
        assert got[sid].wikidata is None and got[sid].id == f"dr5hn-city-{sid.rsplit(':', 1)[1]}"
    # Q900001012 is on two rows that are not adjacent, of 20,000 and 30,000 people: neither keeps it
    assert got["dr5hn:city:12"].wikidata is None
    # Q900001010 is on Sari (347,402) and on a row elsewhere without a population: Sari keeps it
    assert got["dr5hn:city:10"].wikidata == "Q900001010"
    # a city row carrying its state's id (Surrey Heath / Surrey) loses it; the state keeps it
    assert got["dr5hn:city:24"].wikidata is None
    assert got["dr5hn:state:2"].wikidata == "Q900001002"
    rows = [json.loads(line) for line in (DR5HN / "cities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert untrusted_wikidata_rows(rows) == {2, 4, 5, 6, 8}


def test_city_rows_named_as_divisions_become_regions():
    got = _by_source()
    # «شهرستان چرداول» (a county) and «Guildford District»: their own names say they are divisions
    for sid, where in (("dr5hn:city:30", "Mazandaran, Iran"), ("dr5hn:city:31", "Surrey, United Kingdom")):
        assert got[sid].type == "region", sid
        assert got[sid].description == f"division in {where}", got[sid].description
    # the source's type alone does not make a division: a bare name typed "county" stays a city (Wuxi)
    assert got["dr5hn:city:32"].type == "city"
    assert got["dr5hn:city:10"].type == "city"
    assert is_division_row({"name": "Departamento de Anta", "fa": "بخش آنتا"})
    assert is_division_row({"name": "Chardavol", "fa": "شهرستان‌چرداول"})
    assert not is_division_row({"name": "Bakhshayesh", "fa": "بخشایش"})
    assert not is_division_row({"name": "Provincetown", "fa": "پراوینس‌تاون"})


def test_population_thresholds_home_country_and_levels():
    got = _by_source()
    assert "dr5hn:city:11" not in got          # Iran, 9,000 < 10,000
    assert "dr5hn:city:12" in got              # Iran, 20,000
    assert "dr5hn:city:23" not in got          # foreign, 30,000 < 50,000
    assert "dr5hn:city:25" not in got          # no population
    assert "dr5hn:state:3" not in got          # second-level division
    assert "dr5hn:state:4" not in got          # no Persian name
    stats = ImportStats()
    got = {e.source for e in iter_dr5hn(DR5HN, min_population=25_000, min_population_home=5_000, stats=stats)}
    assert {"dr5hn:city:11", "dr5hn:city:23"} <= got
    assert stats.skipped["no population"] == 1 and stats.skipped["no Persian name"] == 1
    assert {e.type for e in iter_dr5hn(DR5HN, kinds=["state"])} == {"region"}
    # a threshold of 0 keeps every row of that country, also one without a population
    got = {e.source for e in iter_dr5hn(DR5HN, min_population=0)}
    assert "dr5hn:city:25" in got


def test_prior_grows_with_population_and_favours_the_home_country():
    assert dr5hn_prior(10_000) == 0.2 and dr5hn_prior(1_000_000) == 0.3
    assert dr5hn_prior(10**12) == 0.45
    assert dr5hn_prior(50_000, home=True) > dr5hn_prior(50_000)
    got = _by_source()
    assert got["dr5hn:city:10"].prior > got["dr5hn:city:20"].prior


def test_output_loads_as_a_gazetteer_and_cli_reports(tmp_path, capsys):
    out = tmp_path / "dr5hn.jsonl"
    assert main(["dr5hn", str(DR5HN), "-o", str(out)]) == 0
    assert "kept 11; (city 7, region 4)" in capsys.readouterr().err
    with pytest.warns(GazetteerWarning, match="'ساری' names region"):   # Surrey and Sari share a form
        gaz = Gazetteer.load(out)
    assert gaz.get("Q900001010").coordinates == (36.56332, 53.06009)
    assert main(["dr5hn", str(tmp_path), "-o", str(tmp_path / "x.jsonl")]) == 1
    with pytest.raises(GazetteerError, match="unknown dr5hn kind"):
        list(iter_dr5hn(DR5HN, kinds=["village"]))


def test_bad_coordinates_and_population_are_rejected():
    base = {"id": "x", "type": "city", "name": "X", "name_fa": "ایکس"}
    with pytest.raises(ValueError, match="latitude"):
        GazetteerEntity.model_validate({**base, "coordinates": [95.0, 10.0]})
    with pytest.raises(ValueError):
        GazetteerEntity.model_validate({**base, "population": -1})
