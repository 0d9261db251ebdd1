import csv
import io
import json

from ner_fa.export import CSV_FIELDS, entity_list, to_csv, to_json, to_jsonl

TEXT = "سعید خطیبزاده گفت چین و روسیه و علی رضایی."


def test_entity_list_json_jsonl_csv(fake_pipeline):
    doc = fake_pipeline.extract(TEXT)
    data = entity_list(doc, "a.txt")
    assert data["source"] == "a.txt"
    assert [(e["kind"], e["id"]) for e in data["entities"]] == [
        ("linked", "saeed-khatibzadeh"), ("linked", "Q148"), ("linked", "Q159"), ("nil", "nil:PER:علی رضایی")]
    assert data["entities"][3] | {"spans": None} == {
        "kind": "nil", "id": "nil:PER:علی رضایی", "label": "PER", "type": "person", "name": "", "name_fa": "علی رضایی",
        "wikidata": None, "count": 1, "surface_forms": ["علی رضایی"], "spans": None, "candidates": []}
    assert [e["id"] for e in entity_list(doc, linked_only=True)["entities"]] == ["saeed-khatibzadeh", "Q148", "Q159"]
    assert data["entities"][1]["spans"] == [[TEXT.index("چین"), TEXT.index("چین") + 3]]
    assert data["unlinked"] == [{"text": "علی رضایی", "label": "PER", "start": TEXT.index("علی"),
                                 "end": TEXT.index("علی") + 9}]
    js = to_json([("a.txt", doc)])
    assert json.loads(js) == data and "\\u" not in js
    assert isinstance(json.loads(to_json([("a", doc), ("b", doc)])), list)
    lines = list(to_jsonl([("a", doc), ("b", doc)]))
    assert [json.loads(x)["source"] for x in lines] == ["a", "b"]
    rows = list(csv.DictReader(io.StringIO(to_csv([("a.txt", doc)]))))
    assert tuple(rows[0]) == CSV_FIELDS and rows[1]["name_fa"] == "چین" and rows[1]["wikidata"] == "Q148"
    assert [(r["kind"], r["id"], r["label"]) for r in rows[3:]] == [("nil", "nil:PER:علی رضایی", "PER")]


def test_dataframes(fake_pipeline):
    import pytest
    pd = pytest.importorskip("pandas")
    from ner_fa.export import entities_frame, mentions_frame
    docs = [fake_pipeline.extract(TEXT), fake_pipeline.extract("چین")]
    m = mentions_frame(docs)
    assert isinstance(m, pd.DataFrame) and len(m) == 5 and set(m["doc"]) == {0, 1}
    assert list(m["nil_id"].fillna("")) == ["", "", "", "nil:PER:علی رضایی", ""]
    assert list(m["kind"]) == ["linked"] * 3 + ["nil", "linked"]
    e = entities_frame(docs)
    assert e.iloc[0]["entity_id"] == "Q148" and e.iloc[0]["mentions"] == 2 and e.iloc[0]["documents"] == 2
    assert list(e["kind"]) == ["linked", "linked", "linked", "nil"] and e.iloc[3]["name_fa"] == "علی رضایی"
    assert list(entities_frame(docs, linked_only=True)["kind"]) == ["linked"] * 3


def test_dataframes_without_pandas_say_what_to_install(fake_pipeline, monkeypatch):
    import builtins

    import pytest

    from ner_fa import MissingDependencyError
    from ner_fa.export import mentions_frame
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(MissingDependencyError, match=r"ner-fa\[notebook\]"):
        mentions_frame(fake_pipeline.extract(TEXT))


def test_json_keeps_spans_on_one_line_and_round_trips(fake_pipeline):
    from ner_fa.export import aggregate, corpus_json

    doc = fake_pipeline.extract(TEXT)
    js = to_json([("a", doc)])
    start = TEXT.index("چین")
    assert f"[{start}, {start + 3}]" in js and json.loads(js) == entity_list(doc, "a")
    agg = aggregate([("a", doc), ("b", doc)])
    cj = corpus_json(agg)
    assert "\\u" not in cj and f"[{start}, {start + 3}]" in cj
    assert json.loads(cj) == agg.model_dump(mode="json")


def test_csv_quotes_a_carriage_return_in_a_form():
    # csv.writer with lineterminator="\n" left a lone «\r» unquoted, and readers ended the row there
    from ner_fa.export import FailedInput
    rows = list(csv.reader(io.StringIO(to_csv([FailedInput(source="a\rb.txt", error="bad\rinput")]))))
    assert rows[1][0] == "a\rb.txt" and rows[1][-1] == "bad\rinput"
