"""Gazetteer files that are malformed, inconsistent or large (issue #8), and index upkeep."""

from __future__ import annotations

import bz2
import gzip
import json
import tracemalloc
import warnings

import pytest

import ner_fa.gazetteer as gazetteer_module
from ner_fa import Gazetteer, GazetteerEntity, GazetteerError
from ner_fa.gazetteer import GazetteerWarning, default_gazetteer

FARS_PROVINCE = {"id": "fars-province", "type": "region", "name": "Fars Province", "name_fa": "استان فارس",
                 "aliases": ["فارس"]}
FARS_AGENCY = {"id": "fars-news", "type": "organization", "name": "Fars News Agency", "name_fa": "خبرگزاری فارس",
               "aliases": ["فارس"]}


def write_jsonl(path, records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return path


def rec(id, type="person", **kw):
    return {"id": id, "type": type, "name": id.title(), "name_fa": "نام " + id, **kw}


@pytest.mark.parametrize("bad,field", [
    ({"aliases": "فارس"}, "aliases"),  # a string where a list is expected
    ({"name": 42}, "name"),
    ({"prior": [0.5]}, "prior"),
    ({"codes": {"iso2": 7}}, "codes.iso2"),
    ({"country": "ir"}, "country"),
    ({"id": "has space"}, "id"),
])
def test_wrong_types_name_file_line_and_field(tmp_path, bad, field):
    p = write_jsonl(tmp_path / "g.jsonl", [rec("a"), "", {**rec("b"), **bad}])
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(p)
    assert (info.value.source, info.value.line, info.value.field) == (str(p), 3, field)
    assert f"line 3, field {field!r}" in str(info.value)


def test_a_json_value_that_is_not_an_object(tmp_path):
    p = write_jsonl(tmp_path / "g.jsonl", [rec("a"), "[1, 2]"])
    with pytest.raises(GazetteerError, match="line 2: expected a JSON object, got list"):
        Gazetteer.load(p)


def test_text_that_is_not_utf8_names_the_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_bytes(json.dumps(rec("a")).encode() + b'\n{"id": "b", "type": "person", "name": "Caf\xe9", '
                  b'"name_fa": "\xe9"}\n')
    with pytest.raises(GazetteerError, match="line 2: not UTF-8"):
        Gazetteer.load(p)


def test_an_enormous_line_is_an_error_not_a_memory_blowup(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer_module, "MAX_LINE_CHARS", 1000)
    p = write_jsonl(tmp_path / "g.jsonl", [rec("a"), rec("b", aliases=["الف" * 600])])
    with pytest.raises(GazetteerError, match="line 2: line longer than 1,000 characters"):
        Gazetteer.load(p)


def test_byte_order_mark_and_crlf_are_accepted(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps(rec("a")).encode() + b"\r\n" + json.dumps(rec("b")).encode())
    assert len(Gazetteer.load(p)) == 2
    c = tmp_path / "g.csv"
    c.write_bytes("\ufeffid,type,name,name_fa\r\nx,person,X,ایکس\r\n".encode())
    assert Gazetteer.load(c)["x"].name_fa == "ایکس"


@pytest.mark.parametrize("opener,suffix", [(gzip.open, ".jsonl.gz"), (bz2.open, ".jsonl.bz2")])
def test_compressed_files_and_directories(tmp_path, opener, suffix):
    with opener(tmp_path / f"g{suffix}", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec("a")) + "\n")
    write_jsonl(tmp_path / "h.jsonl", [rec("b")])
    (tmp_path / "notes.txt").write_text("not a gazetteer")
    assert sorted(e.id for e in Gazetteer.load(tmp_path)) == ["a", "b"]


def test_corrupt_compressed_file(tmp_path):
    p = tmp_path / "g.jsonl.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(GazetteerError, match="g.jsonl.gz: cannot read"):
        Gazetteer.load(p)


def test_csv_header_without_required_columns(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("id,kind,name,name_fa\nx,person,X,ایکس\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1, field 'type': the header lacks the column"):
        Gazetteer.load(p)


def test_csv_rows_with_extra_cells_or_a_huge_field(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("id,type,name,name_fa\nx,person,X,ایکس\ny,person,Y,وای,extra\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 3: row has more cells"):
        Gazetteer.load(p)
    p.write_text('id,type,name,name_fa\nx,person,X,ایکس\ny,person,Y,"' + "و" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 3: not valid CSV"):
        Gazetteer.load(p)


def test_empty_file_warns(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    with pytest.warns(GazetteerWarning, match="holds no gazetteer records"):
        assert len(Gazetteer.load(p)) == 0


def test_alias_shared_by_entities_of_different_types_warns_with_both_places(tmp_path):
    p = write_jsonl(tmp_path / "g.jsonl", [FARS_PROVINCE, rec("x"), FARS_AGENCY])
    with pytest.warns(GazetteerWarning) as caught:
        gaz = Gazetteer.load(p)
    [w] = caught
    message = str(w.message)
    assert "1 conflict" in message and "'فارس' names region 'fars-province'" in message
    assert "g.jsonl:1" in message and "g.jsonl:3" in message
    assert gaz.type_conflicts() == {"فارس": ["fars-province", "fars-news"]}
    assert sorted(a.entity_id for a in gaz.lookup("فارس")) == ["fars-news", "fars-province"]  # still usable


def test_alias_shared_by_entities_of_the_same_type_is_fine(tmp_path):
    p = write_jsonl(tmp_path / "g.jsonl", [rec("a", aliases=["علی"]), rec("b", aliases=["علی"])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gaz = Gazetteer.load(p)
    assert gaz.type_conflicts() == {} and len(gaz.lookup("علی")) == 2


def test_one_wikidata_id_on_two_entities_warns(tmp_path):
    p = write_jsonl(tmp_path / "g.jsonl", [rec("a", wikidata="Q42"), rec("b", wikidata="Q42")])
    with pytest.warns(GazetteerWarning, match="Q42 is the Wikidata id of both 'a' .*g.jsonl:1.* and 'b' .*g.jsonl:2"):
        Gazetteer.load(p)


def test_merge_warns_about_conflicts_between_the_two(tmp_path):
    base = Gazetteer([GazetteerEntity.model_validate(FARS_PROVINCE)])
    mine = Gazetteer.load(write_jsonl(tmp_path / "mine.jsonl", [FARS_AGENCY]))
    with pytest.warns(GazetteerWarning, match=r"merging gazetteers: 1 conflict.*\(code\).*mine.jsonl:1"):
        merged = base.merge(mine)
    assert set(merged.type_conflicts()) == {"فارس"}


def _index_snapshot(gaz):
    return {k: sorted((a.entity_id, a.text, a.kind) for a in v) for k, v in gaz.keys.items()}


def test_replacing_an_entity_updates_only_its_keys_and_the_conflicts():
    province = GazetteerEntity.model_validate(FARS_PROVINCE)
    agency = GazetteerEntity.model_validate(FARS_AGENCY)
    other = GazetteerEntity.model_validate(rec("z", aliases=["زد"]))
    gaz = Gazetteer([province, agency, other])
    assert set(gaz.type_conflicts()) == {"فارس"}
    renamed = agency.model_copy(update={"aliases": ("فارس نیوز",)})
    gaz.add(renamed, replace=True)
    assert gaz.type_conflicts() == {}
    assert _index_snapshot(gaz) == _index_snapshot(Gazetteer([province, renamed, other]))
    gaz.add(agency, replace=True)
    assert set(gaz.type_conflicts()) == {"فارس"}
    assert _index_snapshot(gaz) == _index_snapshot(Gazetteer([province, other, agency]))


def test_the_shipped_gazetteer_loads_without_warnings():
    default_gazetteer.cache_clear()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            gaz = default_gazetteer()
    finally:
        default_gazetteer.cache_clear()
    assert len(gaz) > 700 and gaz.type_conflicts() == {}


def _load_traced(path):
    tracemalloc.start()
    try:
        gaz = Gazetteer.load(path)
        kept, peak = tracemalloc.get_traced_memory()
        return gaz, kept, peak
    finally:
        tracemalloc.stop()


def test_loading_a_large_file_needs_little_memory_beyond_the_entities(tmp_path):
    for n, name in ((500, "small.jsonl"), (5000, "large.jsonl")):
        with open(tmp_path / name, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(rec(f"e{i}", aliases=[f"نام دیگر {i}"]), ensure_ascii=False) + "\n" for i in range(n))
    small, kept_small, peak_small = _load_traced(tmp_path / "small.jsonl")
    large, kept_large, peak_large = _load_traced(tmp_path / "large.jsonl")
    assert (len(small), len(large)) == (500, 5000)
    # Reading is streamed: the transient overhead (peak minus what stays) does not grow with the file.
    assert peak_large - kept_large < 300_000, (peak_small - kept_small, peak_large - kept_large)
