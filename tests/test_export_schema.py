"""The published JSON Schemas (docs/schema/) match the models, and real outputs validate."""

import json
from pathlib import Path

import jsonschema
import pytest

from ner_fa.export import aggregate, entity_list, json_schemas, to_json, to_jsonl

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "docs" / "schema"
TEXT = "سعید خطیبزاده گفت چین و روسیه و علی رضایی."


@pytest.mark.parametrize("name", sorted(json_schemas()))
def test_committed_schema_is_the_generated_one(name):
    path = SCHEMA_DIR / name
    assert path.exists(), f"{path} missing: run `ner-fa schema --output-dir docs/schema`"
    assert json.loads(path.read_text(encoding="utf-8")) == json_schemas()[name], \
        f"{path} is stale: run `ner-fa schema --output-dir docs/schema`"
    jsonschema.Draft202012Validator.check_schema(json_schemas()[name])


def test_no_other_schema_files():
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(json_schemas())


def check(payload, name):
    jsonschema.validate(payload, json_schemas()[name], cls=jsonschema.Draft202012Validator)


def test_outputs_validate(fake_pipeline):
    docs = [("a", fake_pipeline.extract(TEXT)), ("b", fake_pipeline.extract("چین و روسیه"))]
    check(entity_list(docs[0][1], "a"), "document-entities.schema.json")
    check(json.loads(to_json(docs)), "extract-output.schema.json")
    check(json.loads(to_json(docs[:1])), "extract-output.schema.json")
    for line in to_jsonl(docs):
        check(json.loads(line), "document-entities.schema.json")
    check(json.loads(aggregate(docs).model_dump_json()), "corpus-entities.schema.json")
    check(json.loads(docs[0][1].model_dump_json()), "document.schema.json")


def test_schema_rejects_wrong_outputs(fake_pipeline):
    data = entity_list(fake_pipeline.extract(TEXT), "a")
    bad = {**data, "entities": [{**data["entities"][0], "count": 0}]}
    with pytest.raises(jsonschema.ValidationError):
        check(bad, "document-entities.schema.json")
    with pytest.raises(jsonschema.ValidationError):
        check({**data, "extra": 1}, "extract-output.schema.json")
    bad = {**data, "entities": [{**data["entities"][1], "wikidata": "148"}]}
    with pytest.raises(jsonschema.ValidationError):
        check(bad, "document-entities.schema.json")


def test_aggregate_over_documents(fake_pipeline):
    from ner_fa.export import FailedInput

    docs = [("a", fake_pipeline.extract(TEXT)), FailedInput(source="x", error="not UTF-8"),
            ("b", fake_pipeline.extract("روسیه، چین و چین"))]
    corpus = aggregate(docs)
    assert corpus.documents == 2 and corpus.unlinked == 1 and [f.source for f in corpus.failed] == ["x"]
    assert [(e.id, e.count, e.documents) for e in corpus.entities] == [
        ("Q148", 3, 2), ("Q159", 2, 2), ("saeed-khatibzadeh", 1, 1), ("nil:PER:علی رضایی", 1, 1)]
    assert corpus.entities[3].kind == "nil" and corpus.entities[3].examples == [TEXT]
    china = corpus.entities[0]
    assert [(o.source, o.doc, o.spans) for o in china.occurrences] == [
        ("a", 0, [(18, 21)]), ("b", 1, [(7, 10), (13, 16)])]
    assert china.surface_forms == ["چین"] and china.wikidata == "Q148"


@pytest.mark.model
def test_real_outputs_validate(real_pipeline):
    repo = Path(__file__).resolve().parents[1]
    text = (repo / "examples" / "demo_article.txt").read_text(encoding="utf-8")
    docs = [("demo", real_pipeline.extract(text))]
    assert docs[0][1].entities()
    check(json.loads(to_json(docs)), "extract-output.schema.json")
    check(json.loads(aggregate(docs).model_dump_json()), "corpus-entities.schema.json")
    check(json.loads(docs[0][1].model_dump_json()), "document.schema.json")
