"""The shipped people files: people_iran.jsonl, people_world.jsonl (built by scripts/build_people_extra.py)."""

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

from ner_fa.gazetteer import default_gazetteer
from ner_fa.normalize import compact_key

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT.parent / "shared" / "data" / "gazetteer-sources"


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _ids(gaz, text):
    return {a.entity_id for a in gaz.lookup(text)}


@pytest.mark.parametrize("text, entity_id", [
    ("عراقچی", "abbas-araghchi"),
    ("سید عباس عراقچی", "abbas-araghchi"),
    ("محمدجواد ظریف", "mohammad-javad-zarif"),
    ("محمد جواد ظريف", "mohammad-javad-zarif"),     # spacing and Arabic yeh fold
    ("قالیباف", "mohammad-bagher-ghalibaf"),
    ("اژه ای", "gholam-hossein-mohseni-ejei"),
    ("حاج قاسم", "qasem-soleimani"),
    ("امام خمینی", "ruhollah-khomeini"),
    ("بقایی", "esmaeil-baghaei"),
    ("نصرالله", "hassan-nasrallah"),
    ("گروسی", "rafael-grossi"),
    ("ویتکاف", "steve-witkoff"),
    ("صدام حسین", "saddam-hussein"),
    ("مولانا", "rumi"),
    ("قاهر رسول‌زاده", "Q15222839"),                 # FA table of build_people.py
    ("ولادیمیر زلنسکی", "Q3874799"),
])
def test_distinctive_forms_resolve_to_one_person(gaz, text, entity_id):
    assert _ids(gaz, text) == {entity_id}


@pytest.mark.parametrize("word", ["متکی", "نقدی", "مشعل", "نظامی", "ماسک", "سادات", "مرسی", "کامرون"])
def test_common_words_are_not_person_aliases(gaz, word):
    """A common word is at most a weak alias of a person (it then links only a span the tagger marked PER)."""
    assert not [a for a in gaz.lookup(word) if gaz[a.entity_id].type == "person" and a.kind != "weak"]


@pytest.mark.parametrize("word, entity_id", [("متکی", "manouchehr-mottaki"), ("نظامی", "nezami-ganjavi"),
                                             ("ماسک", "elon-musk"), ("سیسی", "Q307871"), ("اسد", "Q44329")])
def test_short_forms_that_are_common_words_are_weak_person_aliases(gaz, word, entity_id):
    assert [(a.entity_id, a.kind) for a in gaz.lookup(word) if gaz[a.entity_id].type == "person"] == [(entity_id, "weak")]


def test_people_files_size_and_no_shared_person_forms(gaz):
    people = [e for e in gaz if e.type == "person"]
    by_file = defaultdict(int)
    for name in ("people_iran.jsonl", "people_world.jsonl"):
        by_file[name] = sum(1 for line in (ROOT / "gazetteers" / name).read_text(encoding="utf-8").splitlines() if line)
    assert by_file["people_iran.jsonl"] >= 350 and by_file["people_world.jsonl"] >= 350
    owners = defaultdict(set)
    for e in people:
        for s, _kind in e.surface_forms():
            owners[compact_key(s)].add(e.id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_people_files_are_in_sync_with_their_tables(tmp_path):
    """The JSONL files are generated: regenerating them from the tables must give the same bytes."""
    if not SOURCES.is_dir():
        pytest.skip(f"gazetteer sources not here ({SOURCES})")
    spec = importlib.util.spec_from_file_location("build_people_extra", ROOT / "scripts" / "build_people_extra.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gdir = tmp_path / "gazetteers"
    gdir.mkdir()
    for p in (ROOT / "gazetteers").glob("*.jsonl"):
        if p.name not in mod.TABLES.values():
            (gdir / p.name).write_bytes(p.read_bytes())
    assert mod.main(["--sources", str(SOURCES), "--gazetteers", str(gdir)]) == 0
    for name in mod.TABLES.values():
        assert (gdir / name).read_text(encoding="utf-8") == (ROOT / "gazetteers" / name).read_text(encoding="utf-8"), name
        for line in (gdir / name).read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["type"] == "person"
