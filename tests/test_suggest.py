"""`ner-fa suggest`: frequent NIL entities as gazetteer records, loadable with --gazetteer (round trip)."""

from __future__ import annotations

import json

import pytest

import ner_fa
import ner_fa.pipeline
from ner_fa import FakeTagger, Gazetteer, Pipeline
from ner_fa.cli import main
from ner_fa.suggest import suggestions

PHRASES = {"علی رضایی‌نژاد": "PER", "رضایی‌نژاد": "PER", "دکتر علی رضایی نژاد": "PER", "چین": "LOC",
           "حسین کریمی": "PER", "شرکت نفت پارس": "ORG"}
TEXTS = [
    "علی رضایی‌نژاد به چین رفت. رضایی‌نژاد گفت.",
    "دکتر علی رضایی نژاد آمد و حسین کریمی رفت.",
    "علی رضایی‌نژاد و شرکت نفت پارس و شرکت نفت پارس.",
]


@pytest.fixture
def nlp(small_gazetteer):
    return Pipeline(tagger=FakeTagger(PHRASES), gazetteer=small_gazetteer)


def test_records_are_valid_gazetteer_records_without_invented_ids(nlp):
    recs = suggestions(ner_fa.aggregate(nlp.pipe(TEXTS)))
    assert [r["name_fa"] for r in recs] == ["علی رضایی‌نژاد", "شرکت نفت پارس"]  # حسین کریمی: one mention
    ali = recs[0]
    assert ali["type"] == "person" and "wikidata" not in ali and ali["id"].startswith("suggested-per-")
    assert "aliases" not in ali  # «دکتر علی رضایی نژاد» is the name's key; the bare surname is no alias
    assert ali["_review"]["mentions"] == 4 and ali["_review"]["documents"] == 3
    assert ali["_review"]["forms"] == {"علی رضایی‌نژاد": 2, "رضایی‌نژاد": 1, "دکتر علی رضایی نژاد": 1}
    assert ali["_review"]["examples"][0] == TEXTS[0]
    gaz = Gazetteer()
    gaz.add_records(recs)
    assert len(gaz) == 2 and gaz.get(ali["id"]).name_fa == "علی رضایی‌نژاد"
    assert suggestions(ner_fa.aggregate(nlp.pipe(TEXTS)), labels=["ORG"], min_mentions=1)[0]["type"] == "organization"
    assert suggestions(ner_fa.aggregate(nlp.pipe(TEXTS)), min_documents=2)[0]["name_fa"] == "علی رضایی‌نژاد"
    assert len(suggestions(ner_fa.aggregate(nlp.pipe(TEXTS)), top=1)) == 1


def test_cli_round_trip_suggest_then_extract_with_the_additions(tmp_path, capsys, monkeypatch, nlp):
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", lambda: nlp)
    texts = tmp_path / "texts"
    texts.mkdir()
    for i, t in enumerate(TEXTS):
        (texts / f"{i}.txt").write_text(t, encoding="utf-8")
    additions = tmp_path / "additions.jsonl"
    assert main(["suggest", str(texts), "-o", str(additions)]) == 0
    assert "2 suggested records from 3 documents" in capsys.readouterr().err
    recs = [json.loads(line) for line in additions.read_text(encoding="utf-8").splitlines()]
    # the same from an `extract --aggregate` output
    corpus = tmp_path / "corpus.json"
    assert main(["extract", str(texts), "--aggregate", "-o", str(corpus)]) == 0
    out = tmp_path / "again.jsonl"
    assert main(["suggest", str(corpus), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == additions.read_text(encoding="utf-8")
    # loaded with --gazetteer, the suggested person links (the tagger is the fake one)
    monkeypatch.setattr("ner_fa.cli._tagger", lambda args: FakeTagger(PHRASES))
    capsys.readouterr()
    assert main(["extract", str(texts / "0.txt"), "--gazetteer", str(additions)]) == 0
    ents = json.loads(capsys.readouterr().out)["entities"]
    linked = {e["id"]: e for e in ents if e["kind"] == "linked"}
    assert recs[0]["id"] in linked and linked[recs[0]["id"]]["count"] == 2


def test_cli_rejects_a_json_that_is_not_an_aggregate(tmp_path, capsys):
    bad = tmp_path / "x.json"
    bad.write_text('{"a": 1}', encoding="utf-8")
    assert main(["suggest", str(bad)]) == 2
    assert "not an `ner-fa extract --aggregate` JSON output" in capsys.readouterr().err


def test_cli_refuses_an_output_that_is_one_of_its_inputs(tmp_path, capsys, monkeypatch):
    def no_model():
        raise AssertionError("the model must not load before the clash is found")

    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", no_model)
    corpus = tmp_path / "corpus.json"
    corpus.write_text('{"documents": 0}', encoding="utf-8")
    assert main(["suggest", str(corpus), "-o", str(corpus)]) == 2
    assert corpus.read_text(encoding="utf-8") == '{"documents": 0}'
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "0.txt").write_text(TEXTS[0], encoding="utf-8")
    assert main(["suggest", str(texts), "-o", str(texts / "0.txt")]) == 2
    assert (texts / "0.txt").read_text(encoding="utf-8") == TEXTS[0]
    assert capsys.readouterr().err.count("the output file is also an input") == 2
