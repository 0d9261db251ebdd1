"""ner_fa.gazetteer_cache: a new process reads the loaded gazetteer from disk, equal to a fresh load."""

import json
import os
import pickle
import warnings
from pathlib import Path

import pytest

from ner_fa.gazetteer import DEFAULT_GAZETTEER_DIR, Alias, Gazetteer, GazetteerWarning
from ner_fa.gazetteer_cache import FORMAT_VERSION, cached_gazetteer, gazetteer_cache_path

RECORDS = [
    {"id": "Q148", "type": "country", "name": "China", "name_fa": "چین", "aliases": ["جمهوری خلق چین"],
     "wikidata": "Q148", "country": "CN", "coordinates": [35.0, 103.0]},
    {"id": "Q3616", "type": "city", "name": "Tehran", "name_fa": "تهران", "tagged_only": True, "population": 9000000},
    {"id": "Q794", "type": "country", "name": "Iran", "name_fa": "ایران", "demonyms": ["ایرانی"],
     "weak_aliases": ["ایران‌زمین"], "codes": {"iso3": "IRN"}},
]


@pytest.fixture
def loads(monkeypatch):
    """How many times Gazetteer.load runs (a cache hit does not call it)."""
    calls = []
    load = Gazetteer.load.__func__

    def counted(cls, *paths):
        calls.append(paths)
        return load(cls, *paths)
    monkeypatch.setattr(Gazetteer, "load", classmethod(counted))
    return calls


@pytest.fixture
def gaz_dir(tmp_path):
    d = tmp_path / "gaz"
    d.mkdir()
    (d / "a.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:2]),
                               encoding="utf-8")
    (d / "b.jsonl").write_text(json.dumps(RECORDS[2], ensure_ascii=False) + "\n", encoding="utf-8")
    return d


def _state(g: Gazetteer) -> tuple:
    return g._entities, g._index, g._origin, g._by_wikidata, g._mixed, g._report


def _files(d):
    return sorted(d.glob("gazetteer-*.pickle"))


def test_hit_equals_an_uncached_load(cache_dir, loads, gaz_dir):
    first = cached_gazetteer(gaz_dir)
    assert len(loads) == 1 and len(_files(cache_dir)) == 1
    second = cached_gazetteer(gaz_dir)
    assert len(loads) == 1, "loaded again although the cache holds the gazetteer"
    fresh = Gazetteer.load(gaz_dir)
    assert _state(second) == _state(fresh) == _state(first)
    assert second.lookup("چين")[0].entity_id == "Q148"
    assert second["Q3616"].coordinates is None and second["Q148"].coordinates == (35.0, 103.0)
    assert second["Q148"].model_fields_set == fresh["Q148"].model_fields_set
    second.add(fresh["Q148"].model_copy(update={"id": "Q9"}))  # a cached gazetteer is a working one
    assert {a.entity_id for a in second.lookup("چین")} == {"Q148", "Q9"}


def test_shipped_gazetteer_from_the_cache_equals_a_fresh_load(cache_dir):
    cached_gazetteer(DEFAULT_GAZETTEER_DIR)
    hit = cached_gazetteer(DEFAULT_GAZETTEER_DIR)
    fresh = Gazetteer.load(DEFAULT_GAZETTEER_DIR)
    assert len(hit) == len(fresh) > 15_000
    assert _state(hit) == _state(fresh)
    assert [e.model_dump() for e in hit] == [e.model_dump() for e in fresh]


def test_changed_contents_miss(cache_dir, loads, gaz_dir):
    cached_gazetteer(gaz_dir)
    f = gaz_dir / "b.jsonl"
    stat = f.stat()
    text = f.read_text(encoding="utf-8").replace("ایرانی", "پارسی")  # same length, same mtime
    f.write_text(text, encoding="utf-8")
    os.utime(f, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    g = cached_gazetteer(gaz_dir)
    assert len(loads) == 2 and len(_files(cache_dir)) == 2
    assert g.lookup("پارسی") and not g.lookup("ایرانی")


def test_another_file_set_misses(cache_dir, loads, gaz_dir):
    cached_gazetteer(gaz_dir)
    g = cached_gazetteer(gaz_dir / "a.jsonl")
    assert len(loads) == 2 and len(g) == 2
    assert gazetteer_cache_path(gaz_dir) != gazetteer_cache_path(gaz_dir / "a.jsonl")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", "truncated", "foreign", "stale"])
def test_damaged_cache_file_is_rebuilt_and_replaced(cache_dir, loads, gaz_dir, damage):
    cached_gazetteer(gaz_dir)
    (path,) = _files(cache_dir)
    good = path.read_bytes()
    if damage == "truncated":
        damage = good[: len(good) // 2]
    elif damage == "foreign":
        damage = pickle.dumps({"format": FORMAT_VERSION, "key": "0" * 32, "state": ()})
    elif damage == "stale":
        damage = pickle.dumps({"format": FORMAT_VERSION, "key": path.stem.split("-")[1], "state": ({}, {}, {}, {})})
    path.write_bytes(damage)
    g = cached_gazetteer(gaz_dir)
    assert len(loads) == 2 and _state(g) == _state(Gazetteer.load(gaz_dir))
    assert path.read_bytes() == good


def test_cache_file_cannot_run_code(cache_dir, loads, gaz_dir, tmp_path):
    cached_gazetteer(gaz_dir)
    (path,) = _files(cache_dir)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return os.system, (f"touch {marker}",)
    path.write_bytes(pickle.dumps({"format": FORMAT_VERSION, "key": path.stem.split("-")[1], "state": Evil()}))
    g = cached_gazetteer(gaz_dir)
    assert not marker.exists()
    assert len(loads) == 2 and len(g) == 3


def test_no_cache_env_turns_it_off(cache_dir, loads, gaz_dir, monkeypatch):
    monkeypatch.setenv("NER_FA_NO_CACHE", "1")
    cached_gazetteer(gaz_dir)
    cached_gazetteer(gaz_dir)
    assert len(loads) == 2 and not cache_dir.exists()


def test_unwritable_cache_dir_still_loads(tmp_path, monkeypatch, loads, gaz_dir):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NER_FA_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    monkeypatch.delenv("NER_FA_NO_CACHE", raising=False)
    assert len(cached_gazetteer(gaz_dir)) == 3 and len(cached_gazetteer(gaz_dir)) == 3
    assert len(loads) == 2


def test_a_load_that_warns_is_not_cached_and_warns_each_time(cache_dir, loads, tmp_path):
    d = tmp_path / "conflict"
    d.mkdir()
    (d / "g.jsonl").write_text(
        json.dumps({"id": "Q1", "type": "city", "name": "Fars", "name_fa": "فارس"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "Q2", "type": "organization", "name": "Fars agency", "name_fa": "فارس"},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    for _ in range(2):
        with pytest.warns(GazetteerWarning, match="conflict"):
            g = cached_gazetteer(d)
        assert g.type_conflicts()
    assert len(loads) == 2 and not _files(cache_dir)


def test_missing_path_raises_as_load_does(cache_dir, tmp_path):
    from ner_fa.errors import GazetteerError

    with pytest.raises(GazetteerError, match="not found"):
        cached_gazetteer(tmp_path / "nope.jsonl")


def test_alias_pickles_to_an_equal_alias():
    a = Alias("Q1", "تهران", "name", "تهران")
    assert pickle.loads(pickle.dumps(a, protocol=5)) == a


def test_default_gazetteer_uses_the_cache(cache_dir):
    import subprocess
    import sys

    code = ("import warnings; warnings.simplefilter('error');"
            "from ner_fa.gazetteer import default_gazetteer; print(len(default_gazetteer()))")
    import ner_fa

    env = dict(os.environ, PYTHONPATH=str(Path(ner_fa.__file__).resolve().parents[1]))
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
            for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and int(runs[0].stdout) > 15_000
    assert len(_files(cache_dir)) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _state(cached_gazetteer(DEFAULT_GAZETTEER_DIR)) == _state(Gazetteer.load(DEFAULT_GAZETTEER_DIR))


def test_old_gazetteer_files_are_pruned_apart_from_link_indexes(cache_dir, tmp_path):
    from ner_fa.index_cache import KEEP_FILES

    cache_dir.mkdir(parents=True)
    (cache_dir / "link_index-keep.npz").write_bytes(b"x")
    for i in range(KEEP_FILES + 2):
        d = tmp_path / f"g{i}"
        d.mkdir()
        rec = dict(RECORDS[0], id=f"Q{i + 1}")
        (d / "a.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
        cached_gazetteer(d)
    assert len(_files(cache_dir)) == KEEP_FILES
    assert (cache_dir / "link_index-keep.npz").exists()
