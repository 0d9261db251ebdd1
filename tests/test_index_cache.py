"""ner_fa.index_cache: a new process loads the link index of an unchanged gazetteer from disk."""

import pytest
from conftest import entity

from ner_fa import Gazetteer, Linker
from ner_fa.index import LinkIndex
from ner_fa.index_cache import KEEP_FILES, cached_index


@pytest.fixture
def builds(monkeypatch):
    """How many times LinkIndex.build runs."""
    calls = []
    build = LinkIndex.build.__func__

    def counted(cls, *args, **kwargs):
        calls.append(1)
        return build(cls, *args, **kwargs)
    monkeypatch.setattr(LinkIndex, "build", classmethod(counted))
    return calls


def _files(d):
    return sorted(p.name for p in d.glob("link_index-*.npz"))


def test_second_linker_loads_the_cached_index(cache_dir, builds, small_gazetteer):
    first = Linker(small_gazetteer)
    assert len(builds) == 1 and len(_files(cache_dir)) == 1
    second = Linker(small_gazetteer)
    assert len(builds) == 1, "the index was rebuilt although the cache holds it"
    assert second.index.fingerprint == first.index.fingerprint
    assert second.link("زاخاروا").entity.id == first.link("زاخاروا").entity.id == "maria-zakharova"
    assert not list(cache_dir.glob(".tmp-*")), "a temporary file was left behind"


def test_other_keys_or_settings_get_their_own_index(cache_dir, builds, small_gazetteer):
    Linker(small_gazetteer)
    other = Gazetteer([*small_gazetteer, entity("Q794", "country", "Iran", "ایران")])
    assert Linker(other).link("ایران").entity.id == "Q794"
    cached_index(small_gazetteer, max_edits=1)
    assert len(builds) == 3 and len(_files(cache_dir)) == 3


def test_damaged_cache_file_is_ignored_and_replaced(cache_dir, builds, small_gazetteer):
    Linker(small_gazetteer)
    (path,) = cache_dir.glob("link_index-*.npz")
    path.write_bytes(b"not an index")
    assert Linker(small_gazetteer).link("روسیه").entity.id == "Q159"
    assert len(builds) == 2
    LinkIndex.load(path, small_gazetteer)  # rewritten whole


def test_cache_can_be_turned_off(cache_dir, builds, small_gazetteer, monkeypatch):
    monkeypatch.setenv("NER_FA_NO_CACHE", "1")
    Linker(small_gazetteer)
    Linker(small_gazetteer)
    assert len(builds) == 2 and not cache_dir.exists()


def test_unwritable_cache_dir_still_links(tmp_path, monkeypatch, small_gazetteer):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NER_FA_CACHE_DIR", str(blocker / "sub"))  # below a file: mkdir fails
    assert Linker(small_gazetteer).link("چین").entity.id == "Q148"


def test_old_cache_files_are_pruned(cache_dir, small_gazetteer):
    for k in range(KEEP_FILES + 3):
        cached_index(Gazetteer([*small_gazetteer, entity(f"x{k}", "person", f"X{k}", "ژ" * (k + 3))]))
    assert len(_files(cache_dir)) == KEEP_FILES
