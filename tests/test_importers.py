"""Wikidata-dump and ParaNames importers, on the fixtures in tests/fixtures (see make_fixtures.py)."""

from __future__ import annotations

import gzip
import inspect
import json
import tracemalloc
import warnings
from pathlib import Path

import pytest

from ner_fa import Gazetteer, GazetteerError
from ner_fa.gazetteer import GazetteerWarning
from ner_fa.importers import (
    WIKIDATA_CLASS_TYPES,
    ImportStats,
    iter_paranames,
    iter_wikidata,
    prior_from_sitelinks,
    write_jsonl,
)
from ner_fa.importers.__main__ import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DUMPS = [FIXTURES / f"wikidata_mini.json{ext}" for ext in ("", ".gz", ".bz2")]
PARANAMES = FIXTURES / "paranames_mini.tsv"
KEPT = {"Q900000001": "person", "Q900000002": "country", "Q900000003": "city", "Q900000004": "organization",
        "Q900000007": "person", "Q900000009": "country"}


@pytest.mark.parametrize("dump", DUMPS, ids=lambda p: p.name)
def test_wikidata_dump_plain_gz_and_bz2_give_the_same_entities(dump):
    stats = ImportStats()
    entities = list(iter_wikidata(dump, stats=stats))
    assert {e.id: e.type for e in entities} == KEPT
    assert stats.kept == 6 and stats.read == 12
    assert stats.skipped == {"no Persian name": 3, "class not in the map": 2, "not an item": 1}
    assert entities == list(iter_wikidata(DUMPS[0]))


def test_wikidata_fields_are_mapped():
    by_id = {e.id: e for e in iter_wikidata(DUMPS[0])}
    person = by_id["Q900000001"]
    assert (person.name, person.name_fa, person.wikidata) == ("Arash Example", "آرش نمونه", "Q900000001")
    assert person.aliases == ("آرش نمونه‌ای", "نمونه")  # fa aliases only; the ar label is not read
    assert person.country == "CN"  # P27 Q148 via the shipped gazetteer's country table
    assert person.description == "fixture person"
    country = by_id["Q900000002"]
    assert country.country == "ZX" and country.codes == {"iso2": "ZX", "iso3": "ZXA"}
    assert by_id["Q900000003"].name_fa == "شهر کیان"  # Arabic kaf/yeh → Persian letters
    assert by_id["Q900000003"].country == "CN"  # P17
    agency = by_id["Q900000004"]
    assert agency.acronyms == ("ENA",) and agency.country == "RU"
    fa_alias_only = by_id["Q900000007"]
    assert fa_alias_only.name_fa == "مولنام" and fa_alias_only.name == "Mulname"
    assert by_id["Q900000009"].type == "country"  # country outranks city
    assert person.prior > agency.prior > by_id["Q900000003"].prior


def test_wikidata_type_filter_and_class_map_override():
    stats = ImportStats()
    people = list(iter_wikidata(DUMPS[0], types=["person"], stats=stats))
    assert {e.id for e in people} == {"Q900000001", "Q900000007"}
    assert stats.skipped["type not selected"] == 6
    films = {**WIKIDATA_CLASS_TYPES, "Q11424": "organization"}
    assert "Q900000006" in {e.id for e in iter_wikidata(DUMPS[0], class_types=films)}
    assert "Q11424" not in WIKIDATA_CLASS_TYPES  # the default map was not changed
    with pytest.raises(ValueError, match="unknown entity type"):
        list(iter_wikidata(DUMPS[0], types=["planet"]))


def test_wikidata_country_codes_can_be_replaced():
    by_id = {e.id: e for e in iter_wikidata(DUMPS[0], country_codes={"Q148": "TW"})}
    assert by_id["Q900000001"].country == "TW" and by_id["Q900000004"].country is None


def test_prior_grows_with_sitelinks_and_stays_in_range():
    values = [prior_from_sitelinks(n) for n in (0, 1, 10, 100, 200, 10_000)]
    assert values == sorted(values) and values[0] == 0.2 and values[-1] == 0.9 and values[-2] == 0.9


def _dump_lines(tmp_path, lines, name="d.json"):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_wikidata_is_lazy_and_a_bad_line_is_reported_with_its_number(tmp_path):
    good = (FIXTURES / "wikidata_mini.json").read_text(encoding="utf-8").splitlines()[1]
    p = _dump_lines(tmp_path, ["[", good, '{"type": "item", "id": "Q9", "labels": {', good, "]"])
    it = iter_wikidata(p)
    assert inspect.isgenerator(it)
    assert next(it).id == "Q900000001"  # yielded before the bad line is read
    with pytest.raises(GazetteerError, match=r"d\.json, line 3: not a Wikidata entity line"):
        next(it)


def test_wikidata_skips_bad_lines_when_not_strict(tmp_path):
    good = (FIXTURES / "wikidata_mini.json").read_text(encoding="utf-8").splitlines()[1]
    p = _dump_lines(tmp_path, ["[", "{oops", good, "[1, 2],", "]"])
    stats = ImportStats()
    with pytest.warns(GazetteerWarning, match=r"skipped 2 line\(s\).*line\(s\) 2, 4"):
        out = list(iter_wikidata(p, strict=False, stats=stats))
    assert [e.id for e in out] == ["Q900000001"] and stats.bad_lines == [2, 4]


def test_wikidata_missing_dump():
    with pytest.raises(GazetteerError, match="not found"):
        list(iter_wikidata("/nonexistent/latest-all.json.gz"))


def _synthetic_dump(path: Path, n: int) -> None:
    template = json.loads((FIXTURES / "wikidata_mini.json").read_text(encoding="utf-8").splitlines()[1].rstrip(","))
    template["sitelinks"] = dict(list(template["sitelinks"].items())[:5])
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("[\n")
        for i in range(n):
            template["id"] = f"Q{i + 1}"
            template["labels"]["fa"]["value"] = f"نام {i}"
            fh.write(json.dumps(template, ensure_ascii=False) + (",\n" if i < n - 1 else "\n"))
        fh.write("]\n")


def _peak_while_consuming(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_wikidata(path, country_codes={}))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_wikidata_memory_does_not_grow_with_the_dump(tmp_path):
    small, large = tmp_path / "small.json.gz", tmp_path / "large.json.gz"
    _synthetic_dump(small, 100)
    _synthetic_dump(large, 2000)
    n_small, peak_small = _peak_while_consuming(small)
    n_large, peak_large = _peak_while_consuming(large)
    assert (n_small, n_large) == (100, 2000)
    # 20 times the entities, about the same peak (it would be ~20x if entities were kept)
    assert peak_large < 1.5 * peak_small + 200_000, (peak_small, peak_large)
    assert peak_large < 2_000_000


def test_imported_file_loads_and_merges_with_the_shipped_kind_of_gazetteer(tmp_path, small_gazetteer):
    out = tmp_path / "wd.jsonl.gz"
    assert write_jsonl(iter_wikidata(DUMPS[1]), out) == 6
    assert not list(tmp_path.glob("*.part*"))
    mine = Gazetteer.load(out)
    assert len(mine) == 6 and [a.entity_id for a in mine.lookup("شهر کیان")] == ["Q900000003"]
    merged = small_gazetteer.merge(mine)
    assert len(merged) == len(small_gazetteer) + 6


def test_write_jsonl_leaves_no_partial_file_on_error(tmp_path):
    def broken():
        yield from iter_wikidata(DUMPS[0])
        raise GazetteerError("boom")

    out = tmp_path / "out.jsonl"
    with pytest.raises(GazetteerError):
        write_jsonl(broken(), out)
    assert list(tmp_path.iterdir()) == []


def test_paranames_groups_rows_by_entity():
    stats = ImportStats()
    by_id = {e.id: e for e in iter_paranames(PARANAMES, stats=stats)}
    assert set(by_id) == {"Q900000001", "Q900000012", "Q900000014", "Q900000015"}
    assert stats.skipped == {"no Persian name": 1} and stats.read == 5
    assert by_id["Q900000001"].name_fa == "آرش نمونه" and by_id["Q900000001"].aliases == ()  # ar row not read
    assert by_id["Q900000001"].type == "person" and by_id["Q900000001"].wikidata == "Q900000001"
    assert by_id["Q900000012"].type == "organization"  # LOC and ORG rows: ORG first by default
    assert by_id["Q900000014"].type == "place"
    assert by_id["Q900000014"].aliases == ("سرزمین نمونه",)  # pes rows; «نمونه لند» is the same key
    assert by_id["Q900000015"].name == "سازمان بی‌نام"  # empty eng: the Persian name


def test_paranames_options():
    only_fa = {e.id: e for e in iter_paranames(PARANAMES, languages=["fa"])}
    assert only_fa["Q900000014"].aliases == ()
    loc_first = {e.id: e for e in iter_paranames(PARANAMES, type_priority=["LOC", "ORG", "PER"])}
    assert loc_first["Q900000012"].type == "place"
    cities = {e.id: e for e in iter_paranames(PARANAMES, type_map={"LOC": "city"})}
    assert set(cities) == {"Q900000012", "Q900000014"} and cities["Q900000014"].type == "city"


def _tsv(tmp_path, rows, header="wikidata_id\teng\tlabel\tlanguage\ttype"):
    p = tmp_path / "p.tsv"
    p.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return p


def test_paranames_rows_not_adjacent_are_reported(tmp_path):
    p = _tsv(tmp_path, ["Q1\tA\tالف\tfa\tPER", "Q2\tB\tب\tfa\tPER", "Q1\tA\tالف\tfa\tLOC"])
    with pytest.raises(GazetteerError, match=r"line 4, field 'wikidata_id': rows of Q1 are not adjacent"):
        list(iter_paranames(p))


def test_paranames_bad_rows_and_header(tmp_path):
    p = _tsv(tmp_path, ["Q1\tA\tالف\tfa\tPER", "Q2\tB\tب\tfa", "Q3\tC\tج\tfa\tORG"])
    with pytest.raises(GazetteerError, match="line 3: expected 5 tab-separated cells"):
        list(iter_paranames(p))
    stats = ImportStats()
    with pytest.warns(GazetteerWarning, match="line"):
        assert [e.id for e in iter_paranames(p, strict=False, stats=stats)] == ["Q1", "Q3"]
    assert stats.bad_lines == [3]
    bad = _tsv(tmp_path, ["Q1\tA\tالف\tfa\tPER"], header="id\teng\tlabel\tlang\ttype")
    with pytest.raises(GazetteerError, match="line 1, field 'wikidata_id': not a ParaNames TSV"):
        list(iter_paranames(bad))


def test_cli_writes_a_gazetteer_and_reports_counts(tmp_path, capsys):
    out = tmp_path / "people.jsonl"
    assert main(["wikidata", str(DUMPS[2]), "-o", str(out), "--types", "person,country"]) == 0
    assert "kept 4" in capsys.readouterr().err
    assert {e.id for e in Gazetteer.load(out)} == {"Q900000001", "Q900000007", "Q900000002", "Q900000009"}
    assert main(["paranames", str(PARANAMES), "-o", str(tmp_path / "pn.jsonl"), "--languages", "fa"]) == 0
    assert main(["paranames", str(tmp_path / "missing.tsv"), "-o", str(tmp_path / "x.jsonl")]) == 1
    assert "not found" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["wikidata", str(DUMPS[0]), "-o", str(out), "--types", "planet"])


def test_fixtures_are_up_to_date():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (FIXTURES / "wikidata_mini.json").read_text(encoding="utf-8") == mod.dump_text()
    assert gzip.decompress((FIXTURES / "wikidata_mini.json.gz").read_bytes()).decode("utf-8") == mod.dump_text()
    assert (FIXTURES / "paranames_mini.tsv").read_text(encoding="utf-8") == mod.PARANAMES


def test_no_warning_for_clean_fixtures():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        list(iter_wikidata(DUMPS[0]))
        list(iter_paranames(PARANAMES))
