"""Namesakes among the imported world places: the document's countries choose, else the prior.

The linkers (on synthetic gazetteers and on the shipped one) link with ``min_probability=0``: these
tests are about which namesake the rules choose; the calibration finds a place with a same-named rival uncertain (docs/linking.md)."""

import pytest

from ner_fa import Gazetteer, GazetteerEntity, Linker, LinkerConfig
from ner_fa.gazetteer import default_gazetteer
from ner_fa.linker import RawMention

RULES_ONLY = LinkerConfig(min_probability=0)


def _link(linker, text, *names):
    """Link each of ``names`` (LOC mentions, in document order) in ``text``."""
    mentions, at = [], 0
    for name in names:
        start = text.index(name, at)
        mentions.append(RawMention(start, start + len(name), "LOC"))
        at = start + len(name)
    return [r.entity.id if r.entity else None for r in linker.link_document(text, mentions)]


@pytest.fixture(scope="module")
def namesakes():
    first = GazetteerEntity(id="Q1", type="region", name="Maryland", name_fa="مریلند", country="US",
                            tagged_only=True, prior=0.4, source="dr5hn:state:1")
    second = GazetteerEntity(id="Q2", type="region", name="Maryland", name_fa="مریلند", country="LR",
                             tagged_only=True, prior=0.35, source="dr5hn:state:2")
    countries = [GazetteerEntity(id="Q30", type="country", name="United States", name_fa="آمریکا", country="US"),
                 GazetteerEntity(id="Q1014", type="country", name="Liberia", name_fa="لیبریا", country="LR")]
    return Linker(Gazetteer([first, second, *countries]), RULES_ONLY)


def test_without_context_the_namesake_with_the_higher_prior_wins(namesakes):
    assert namesakes.link("مریلند", "LOC").entity.id == "Q1"
    assert _link(namesakes, "او در مریلند زندگی می‌کند .", "مریلند") == ["Q1"]


def test_a_country_named_earlier_in_the_document_chooses_its_namesake(namesakes):
    text = "انتخابات لیبریا برگزار شد و در مریلند مردم رأی دادند ."
    assert _link(namesakes, text, "لیبریا", "مریلند") == ["Q1014", "Q2"]
    text = "در آمریکا ، مریلند ایالتی کوچک است ."
    assert _link(namesakes, text, "آمریکا", "مریلند") == ["Q30", "Q1"]


def test_shipped_namesakes_prefer_the_prominent_country_and_follow_the_document():
    linker = Linker(default_gazetteer(), RULES_ONLY)
    # the Liberian county and the Bulgarian province carry the US states' populations in the source:
    # the country the training corpora name more often ranks first
    assert linker.link("مریلند", "LOC").entity.country == "US"
    assert linker.link("مونتانا", "LOC").entity.country == "US"
    text = "در بلغارستان ، استان مونتانا در شمال غربی کشور است ."
    assert [gid for gid in _link(linker, text, "بلغارستان", "مونتانا")][1] == "Q2012057"   # Montana Province, BG
    text = "استان مونتانا در شمال غربی بلغارستان است ."
    assert _link(linker, text, "مونتانا", "بلغارستان")[0] == "Q2012057"
    # famous cities missing from the source under that name: the curated city, not a Jamaican parish
    assert linker.link("هانوفر", "LOC").entity.id == "hanover"
    assert linker.link("پورتلند", "LOC").entity.id == "portland-oregon"


def test_names_that_mostly_name_something_else_are_not_imported():
    gaz = default_gazetteer()
    linker = Linker(gaz)
    for name in ("بهارستان", "برنت", "ایرانه", "آرال", "مرو", "زئیر"):
        res = linker.link(name, "LOC")
        assert res.entity is None or not (res.entity.source or "").startswith("dr5hn:"), name
    assert linker.link("تیران", "LOC").entity.id == "tiran-island"   # the Straits' island, not the town


def test_a_country_named_later_in_the_document_chooses_too(namesakes):
    text = "در مریلند مردم رأی دادند ؛ انتخابات لیبریا آرام بود ."
    assert _link(namesakes, text, "مریلند", "لیبریا") == ["Q2", "Q1014"]
    text = "در مریلند مردم رأی دادند ؛ انتخابات آمریکا آرام بود ."
    assert _link(namesakes, text, "مریلند", "آمریکا") == ["Q1", "Q30"]


def test_later_countries_do_not_touch_curated_entities():
    # only namesakes among tagged-only places read the countries named after them
    curated = [GazetteerEntity(id="c1", type="city", name="Alpha", name_fa="آلفا", country="US", prior=0.5),
               GazetteerEntity(id="c2", type="city", name="Alpha", name_fa="آلفا", country="LR", prior=0.55)]
    countries = [GazetteerEntity(id="Q30", type="country", name="United States", name_fa="آمریکا", country="US")]
    linker = Linker(Gazetteer([*curated, *countries]), RULES_ONLY)
    assert _link(linker, "در آلفا ؛ آمریکا", "آلفا", "آمریکا") == ["c2", "Q30"]


def _build_script():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_places_dr5hn.py"
    spec = importlib.util.spec_from_file_location("build_places_dr5hn", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _place(source, *, qid=None, population=None, coordinates=(36.05, 50.52), division="Qazvin", country="IR",
           type_="city"):
    return GazetteerEntity(id=qid or f"dr5hn-{source.replace(':', '-')}", type=type_, name="Abyek", name_fa="آبیک",
                           wikidata=qid, country=country, description=f"city in {division}, Iran",
                           population=population, coordinates=coordinates, source=f"dr5hn:{source}")


def test_a_place_the_source_lists_twice_is_imported_once_with_its_wikidata_id():
    build = _build_script()
    dropped = []
    twin = _place("city:135150", population=60107, coordinates=(36.067, 50.55), division="Markazi")
    real = _place("city:150708", qid="Q783176", population=60107)
    kept = build.same_places([twin, real], lambda e, why: dropped.append((e.id, why)))
    assert [e.id for e in kept] == ["Q783176"]
    assert dropped[0][0] == "dr5hn-city-135150" and "city:150708" in dropped[0][1]
    # farther apart: 45 km in the same division is one place, in two divisions with two populations two
    far = _place("city:1", coordinates=(36.45, 50.52), population=5000)
    assert [e.id for e in build.same_places([real, far], lambda e, why: None)] == ["Q783176"]
    far_other = _place("city:2", coordinates=(36.45, 50.52), population=5000, division="Zanjan")
    assert len(build.same_places([real, far_other], lambda e, why: None)) == 2
    # another country, or two first-level divisions: never one place
    abroad = _place("city:3", country="AF")
    assert len(build.same_places([real, abroad], lambda e, why: None)) == 2
    states = [_place("state:1", type_="region"), _place("state:2", type_="region")]
    assert len(build.same_places(states, lambda e, why: None)) == 2


def test_the_shipped_world_places_list_no_city_twice():
    """No two imported city rows of one Persian name and country within 30 km (Abyek was there twice)."""
    from collections import defaultdict
    build = _build_script()
    groups = defaultdict(list)
    for e in default_gazetteer():
        if (e.source or "").startswith("dr5hn:city:") and e.coordinates:
            groups[(e.name_fa, e.country, e.type)].append(e)
    twins = [(a.id, b.id) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1:]
             if build._km(a.coordinates, b.coordinates) <= build.SAME_PLACE_KM]
    assert twins == []
    abyek = [e.id for e in default_gazetteer() if e.name_fa == "آبیک"]
    assert abyek == ["Q783176"]


def test_a_text_about_provinces_does_not_make_a_city_another_countrys_province():
    # «استان بم» is a province of Burkina Faso in the imported places; a text about Iran's provinces
    # favours provinces, but only of the bare name's countries: «بم» stays the Iranian city
    from ner_fa import FakeTagger, Pipeline
    nlp = Pipeline(tagger=FakeTagger({"بم": "LOC", "استان کرمان": "LOC", "استان یزد": "LOC"}),
                   gazetteer=default_gazetteer(), config=LinkerConfig(min_probability=0.0))
    doc = nlp("مسئولان استان کرمان و استان یزد گفتند بازسازی بم پس از زلزله ادامه دارد .")
    assert [(m.text, m.entity.id) for m in doc.mentions][-1] == ("بم", "bam")
