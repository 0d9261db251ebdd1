"""Shared fixtures. Expensive objects (the real model) are built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ner_fa.pipeline
from ner_fa import FakeTagger, Gazetteer, GazetteerEntity, Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _index_cache_dir(tmp_path_factory):
    """The link index cache (ner_fa.index_cache) of this test session, not the user's."""
    old = os.environ.get("NER_FA_CACHE_DIR")
    os.environ["NER_FA_CACHE_DIR"] = str(tmp_path_factory.mktemp("ner_fa_cache"))
    yield
    if old is None:
        os.environ.pop("NER_FA_CACHE_DIR", None)
    else:
        os.environ["NER_FA_CACHE_DIR"] = old


def entity(id, type, name, name_fa, **kw):
    return GazetteerEntity(id=id, type=type, name=name, name_fa=name_fa, **kw)


@pytest.fixture(scope="session")
def small_gazetteer() -> Gazetteer:
    return Gazetteer([
        entity("Q148", "country", "China", "چین", aliases=["جمهوری خلق چین"], demonyms=["چینی"], wikidata="Q148",
               prior=0.9),
        entity("Q159", "country", "Russia", "روسیه", aliases=["فدراسیون روسیه"], wikidata="Q159", prior=0.9),
        entity("Q232", "country", "Kazakhstan", "قزاقستان", wikidata="Q232"),
        entity("Q15031", "person", "Xi Jinping", "شی جین‌پینگ", aliases=["شی"], wikidata="Q15031", prior=0.9),
        entity("Q200881", "person", "Kassym-Jomart Tokayev", "قاسم ژومارت توکایف", aliases=["توکایف"],
               wikidata="Q200881"),
        entity("maria-zakharova", "person", "Maria Zakharova", "ماریا زاخارووا", aliases=["زاخارووا"]),
        entity("saeed-khatibzadeh", "person", "Saeed Khatibzadeh", "سعید خطیب‌زاده"),
        entity("csto", "organization", "Collective Security Treaty Organization", "سازمان پیمان امنیت جمعی",
               aliases=["سازمان معاهده امنیت جمعی"]),
        entity("fars-province", "region", "Fars Province", "استان فارس", aliases=["فارس"]),
        entity("fars-news-agency", "organization", "Fars News Agency", "خبرگزاری فارس", aliases=["فارس"]),
    ])


@pytest.fixture(scope="session")
def fake_pipeline(small_gazetteer) -> Pipeline:
    tagger = FakeTagger({
        "شی جینپینگ": "PER", "چین": "LOC", "قزاقستان": "LOC", "قاسم ژامرت تاکایف": "PER",
        "زاخاروا": "PER", "سعید خطیبزاده": "PER", "سازمان معاهده امنیت جمعی": "ORG", "CSTO": "ORG",
        "خبرگزاری فارس": "ORG", "علی رضایی": "PER",
    })
    return Pipeline(tagger=tagger, gazetteer=small_gazetteer)


@pytest.fixture(scope="session")
def real_pipeline() -> Pipeline:
    """The shipped model and gazetteer (loads Stanza: seconds)."""
    nlp = Pipeline()
    nlp.tagger.load()
    return nlp


def run_cli(capsys, *argv):
    """Run the command line in this process: (exit status, standard output, standard error)."""
    from ner_fa.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fake_default(monkeypatch, fake_pipeline):
    """``ner_fa.extract`` and the command line use the fake pipeline: no model loads."""
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", lambda: fake_pipeline)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """An empty cache directory for ner_fa's on-disk caches (link index, gazetteer), turned on."""
    d = tmp_path / "cache"
    monkeypatch.setenv("NER_FA_CACHE_DIR", str(d))
    monkeypatch.delenv("NER_FA_NO_CACHE", raising=False)
    return d
