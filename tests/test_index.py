import json
import random

import numpy as np
import pytest
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ner_fa import Gazetteer, GazetteerEntity, Linker, LinkerConfig, NerFaError
from ner_fa.gazetteer import default_gazetteer
from ner_fa.index import FORMAT_VERSION, LinkIndex, LinkIndexError, edits_for_length, gazetteer_fingerprint
from ner_fa.normalize import compact_key

ALPHABET = "ابتسشکمنوی"


def random_keys(rng, n, lo=2, hi=16):
    return {"".join(rng.choice(ALPHABET) for _ in range(rng.randint(lo, hi))) for _ in range(n)}


def edit(rng, s, count):
    s = list(s)
    for _ in range(count):
        i = rng.randrange(len(s))
        op = rng.randrange(3)
        if op == 0:
            s[i] = rng.choice(ALPHABET)
        elif op == 1 and len(s) > 1:
            del s[i]
        else:
            s.insert(i, rng.choice(ALPHABET))
    return "".join(s)


def test_edits_grow_with_key_length():
    assert [edits_for_length(n, 2) for n in (1, 2, 6, 7, 19, 25)] == [0, 1, 1, 2, 2, 2]
    assert edits_for_length(25, 3) == 3 and edits_for_length(25, 1) == 1


@pytest.mark.parametrize("max_edits", [1, 2, 3])
def test_shortlist_holds_every_key_within_the_indexed_edits(max_edits):
    # The pigeonhole guarantee, checked against a brute-force scan on a dense key set.
    rng = random.Random(max_edits)
    keys = random_keys(rng, 3000)
    index = LinkIndex.from_keys(keys, max_edits=max_edits)
    assert len(index) == len(keys)
    pool = sorted(keys)
    allowed = np.array([edits_for_length(len(k), max_edits) for k in pool])
    for _ in range(300):
        query = edit(rng, rng.choice(pool), rng.randint(1, max_edits))
        if len(query) < 2:
            continue
        dist = process.cdist([query], pool, scorer=Levenshtein.distance)[0]
        expected = {pool[i] for i in np.flatnonzero(dist <= allowed)}
        got = set(index.shortlist(query))
        assert expected <= got, (query, expected - got)
        assert len(got) < len(keys) / 5  # a short list, not a scan


def test_swapped_neighbours_are_found_in_short_keys():
    index = LinkIndex.from_keys(["قال", "تهران", "کرمانشاه"], max_edits=1)
    assert index.fuzzy("قلا")[0][0] == "قال"
    assert index.fuzzy("تهارن")[0][0] == "تهران"
    assert index.fuzzy("کرماشناه")[0][0] == "کرمانشاه"


def test_equal_scores_prefer_a_swap_over_a_substitution():
    # «شوقنیواباد» is one swap from «شوقینواباد» and one substitution from «شوقیعواباد»:
    # fuzz.ratio ties them, the alignment distance does not.
    index = LinkIndex.from_keys(["شوقیعواباد", "شوقینواباد"])
    found = index.fuzzy("شوقنیواباد", limit=2)
    assert found[0][1] == found[1][1] and found[0][0] == "شوقینواباد"


def test_fuzzy_best_score_equals_a_full_scan_for_one_typo(small_gazetteer):
    gaz = default_gazetteer()
    index = LinkIndex.build(gaz)
    keys = sorted(gaz.fuzzy_keys)
    rng = random.Random(0)
    checked = 0
    for key in rng.sample(keys, 300):
        if len(key) < 3 or not all("\u0600" <= c <= "\u06ff" for c in key):
            continue
        query = edit(rng, key, 1)
        best = process.extractOne(query, keys, scorer=fuzz.ratio, processor=None)
        found = index.fuzzy(query, limit=1)
        # the typo'd key itself is within the edit budget, so the index never does worse than it
        assert found and found[0][1] >= fuzz.ratio(query, key) / 100 - 1e-9, (query, key, found)
        # and it finds the full scan's best whenever that one is within the budget too
        if Levenshtein.distance(query, best[0]) <= edits_for_length(len(query), 2):
            assert found[0][1] == pytest.approx(best[1] / 100), (query, found, best)
        checked += 1
    assert checked > 100


def test_seed_article_variants_through_the_index(small_gazetteer):
    index = LinkIndex.build(small_gazetteer)
    assert index.fuzzy(compact_key("زاخاروا"), score_cutoff=0.84)[0][0] == compact_key("زاخارووا")
    assert index.same_skeleton(compact_key("تاکایف")) == []  # skeleton «تکف»: too short to trust
    assert compact_key("قاسم ژومارت توکایف") in index.same_skeleton(compact_key("قاسم ژامرت تاکایف"))
    assert index.same_skeleton("شی") == []  # shorter than skeleton_min_chars
    assert index.fuzzy(compact_key("علی رضایی"), score_cutoff=0.84) == []


def test_fuzzy_respects_cutoff_and_limit():
    index = LinkIndex.from_keys(["زاخارووا", "زاخاروف", "زاخار", "پوتین"])
    found = index.fuzzy("زاخاروا", limit=2)
    assert len(found) == 2 and found[0][1] >= found[1][1]
    assert all(score >= 0.9 for _, score in index.fuzzy("زاخاروا", score_cutoff=0.9))
    assert index.fuzzy("ب") == []


def test_save_and_load_round_trip(tmp_path, small_gazetteer):
    index = LinkIndex.build(small_gazetteer)
    path = index.save(tmp_path / "gaz")
    assert path.name == "gaz.npz"
    loaded = LinkIndex.load(path, small_gazetteer)
    assert loaded.header() == index.header()
    for key in small_gazetteer.keys:
        query = key[:-1] or key
        assert loaded.fuzzy(query) == index.fuzzy(query)
        assert loaded.same_skeleton(key) == index.same_skeleton(key)


def test_load_refuses_an_index_of_another_gazetteer(tmp_path, small_gazetteer):
    path = LinkIndex.build(small_gazetteer).save(tmp_path / "i.npz")
    other = Gazetteer(list(small_gazetteer) + [
        GazetteerEntity(id="Q30", type="country", name="United States", name_fa="ایالات متحده")])
    with pytest.raises(LinkIndexError, match="another gazetteer.*rebuild"):
        LinkIndex.load(path, other)
    assert gazetteer_fingerprint(other.keys) != gazetteer_fingerprint(small_gazetteer.keys)


def test_load_refuses_files_that_are_not_indexes(tmp_path):
    missing = tmp_path / "none.npz"
    with pytest.raises(LinkIndexError, match="not found"):
        LinkIndex.load(missing)
    text = tmp_path / "t.npz"
    text.write_text("hello")
    with pytest.raises(LinkIndexError, match="not a link index"):
        LinkIndex.load(text)
    other = tmp_path / "o.npz"
    np.savez(other, a=np.arange(3))
    with pytest.raises(LinkIndexError, match="not a link index"):
        LinkIndex.load(other)
    pickled = tmp_path / "p.npz"
    np.savez(pickled, header=np.array([{"format": "x"}], dtype=object))
    with pytest.raises(LinkIndexError):  # object arrays would need pickle: refused
        LinkIndex.load(pickled)
    assert issubclass(LinkIndexError, NerFaError)


def test_load_refuses_another_format_version(tmp_path):
    index = LinkIndex.from_keys(["تهران", "شیراز"])
    path = index.save(tmp_path / "v.npz")
    with np.load(path) as npz:
        arrays = {k: npz[k] for k in npz.files}
    header = json.loads(arrays["header"].tobytes())
    header["version"] = FORMAT_VERSION + 1
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    np.savez(path, **arrays)
    with pytest.raises(LinkIndexError, match=f"version {FORMAT_VERSION + 1}.*rebuild"):
        LinkIndex.load(path)


def test_build_checks_its_arguments():
    with pytest.raises(ValueError, match="max_edits"):
        LinkIndex.from_keys(["تهران"], max_edits=4)
    with pytest.raises(ValueError, match="skeleton_min_chars"):
        LinkIndex.from_keys(["تهران"], skeleton_min_chars=0)


def test_linker_saves_then_loads_its_index(tmp_path, small_gazetteer, monkeypatch):
    path = tmp_path / "idx" / "small.npz"
    cfg = LinkerConfig(index_path=str(path))
    first = Linker(small_gazetteer, cfg)
    assert path.is_file()

    def no_build(*a, **kw):
        raise AssertionError("the saved index should have been loaded")

    monkeypatch.setattr(LinkIndex, "build", classmethod(no_build))
    second = Linker(small_gazetteer, cfg)
    assert second.index.fingerprint == first.index.fingerprint
    assert second.link("زاخاروا", "PER").entity.id == "maria-zakharova"


def test_linker_refuses_a_mismatched_index(small_gazetteer):
    with pytest.raises(LinkIndexError, match="LinkIndex.build"):
        Linker(small_gazetteer, index=LinkIndex.from_keys(["تهران"]))
    with pytest.raises(LinkIndexError, match="max_edits=1"):
        Linker(small_gazetteer, index=LinkIndex.build(small_gazetteer, max_edits=1))
    with pytest.raises(TypeError, match="LinkIndex"):
        Linker(small_gazetteer, index="index.npz")
    assert Linker(small_gazetteer, LinkerConfig(fuzzy_max_edits=1),
                  index=LinkIndex.build(small_gazetteer, max_edits=1)).link("زاخاروا", "PER").entity


def test_config_validates_index_settings():
    with pytest.raises(ValueError):
        LinkerConfig(fuzzy_max_edits=0)
    with pytest.raises(ValueError):
        LinkerConfig(fuzzy_max_edit=2)  # a misspelt setting is an error, not ignored


def test_the_index_holds_only_keys_that_fuzzy_matching_may_reach():
    # weak aliases, demonyms and every name of a tagged-only entity (its English one too) link only
    # as written: indexing them cost build time and memory for nothing
    town = GazetteerEntity(id="dr5hn-city-1", type="city", name="Sarabtown", name_fa="سرابستان",
                           aliases=["شهر سرابستان"], tagged_only=True, country="IR", source="dr5hn:city:1")
    city = GazetteerEntity(id="tabriz", type="city", name="Tabriz", name_fa="تبریز", demonyms=["تبریزی"],
                           weak_aliases=["تبریزک"])
    gaz = Gazetteer([town, city])
    index = LinkIndex.build(gaz)
    assert sorted(index.key(i) for i in range(len(index))) == sorted([compact_key("تبریز"), compact_key("Tabriz")])
    index.check(gaz)
    linker = Linker(gaz, index=index)
    assert linker.link("تبریزز", "LOC").entity.id == "tabriz"        # fuzzy still finds the curated city
    assert linker.link("سرابستان", "LOC").entity.id == "dr5hn-city-1"  # exact tagged-only name links
    assert linker.link("Sarabtowm", "LOC").entity is None               # its English name only as written
    with pytest.raises(LinkIndexError):
        Linker(gaz, index=LinkIndex.from_keys(gaz.keys))                # an index of every key is another one's


def test_the_shipped_index_leaves_out_the_tagged_only_places():
    gaz = default_gazetteer()
    assert len(gaz.fuzzy_keys) < len(gaz.keys) / 2
    tagged = {a.key for aliases in gaz.keys.values() for a in aliases if gaz[a.entity_id].tagged_only}
    assert not tagged & set(gaz.fuzzy_keys) - {k for k, al in gaz.keys.items()
                                                if any(not gaz[a.entity_id].tagged_only for a in al)}
