"""Corpus aggregation (ner_fa.corpus, ner_fa.aggregate, `ner-fa extract --aggregate`): NIL entities merged
across documents on their normalized key, counts, memory bounds, eviction and merging."""

from __future__ import annotations

import json

import pytest

import ner_fa
from ner_fa import Document, FakeTagger, Mention, Pipeline
from ner_fa.corpus import Aggregator
from ner_fa.export import FailedInput

PHRASES = {"علی رضایی‌نژاد": "PER", "علی رضایی نژاد": "PER", "رضایی‌نژاد": "PER", "چین": "LOC",
           "حسین کریمی": "PER", "دکتر علی رضایی‌نژاد": "PER"}
TEXTS = [
    "علی رضایی‌نژاد به چین رفت. رضایی‌نژاد گفت.",
    "دکتر علی رضایی‌نژاد آمد و حسین کریمی رفت.",
    "علي رضايي نژاد گفت و علي رضايي نژاد رفت.",
    "چین و چین.",
]


@pytest.fixture(scope="module")
def nlp(small_gazetteer):
    return Pipeline(tagger=FakeTagger(PHRASES), gazetteer=small_gazetteer)


def test_nil_entities_merge_across_documents_with_document_counts(nlp):
    corpus = ner_fa.aggregate([(f"d{i}", nlp(t)) for i, t in enumerate(TEXTS)])
    assert corpus.documents == 4
    by_id = {e.id: e for e in corpus.entities}
    ali = by_id["nil:PER:علی رضایی نژاد"]
    assert (ali.kind, ali.label, ali.type, ali.count, ali.documents) == ("nil", "PER", "person", 5, 3)
    assert ali.form_counts == {"علی رضایی‌نژاد": 1, "رضایی‌نژاد": 1, "دکتر علی رضایی‌نژاد": 1, "علي رضايي نژاد": 2}
    assert [(o.source, o.doc) for o in ali.occurrences] == [("d0", 0), ("d1", 1), ("d2", 2)]
    assert ali.examples[0] == TEXTS[0] and len(ali.examples) == 3
    assert [e.id for e in corpus.entities][:2] == ["nil:PER:علی رضایی نژاد", "Q148"]  # 5 mentions, then 4
    assert by_id["nil:PER:حسین کریمی"].documents == 1
    assert corpus.limits.evicted == 0 and all(e.count_error == 0 for e in corpus.entities)


def test_aggregate_accepts_documents_pairs_and_failures(nlp):
    corpus = ner_fa.aggregate([nlp(TEXTS[0]), FailedInput(source="x", error="bad"), ("b", nlp(TEXTS[3]))])
    assert corpus.documents == 2 and [f.source for f in corpus.failed] == ["x"]
    assert {o.source for e in corpus.entities for o in e.occurrences} == {None, "b"}


def _doc(names: list[str]) -> Document:
    text, mentions = "", []
    for n in names:
        mentions.append(Mention(text=n, label="PER", start=len(text), end=len(text) + len(n)))
        text += n + " و "
    return Document(text=text, mentions=tuple(mentions))


def test_bounds_on_forms_occurrences_and_examples():
    docs = [_doc([f"علی {'ا' * i}حمدی"]) for i in range(1, 4)] * 5
    corpus = ner_fa.aggregate(docs, max_forms=2, max_occurrences=4, max_examples=1)
    assert len(corpus.entities) == 3
    e = corpus.entities[0]
    assert e.count == 5 and e.documents == 5 and len(e.occurrences) == 4 and len(e.examples) == 1
    same = ner_fa.aggregate([_doc(["علی رضایی", "علي رضايي", "علی  رضایی", "علی رضايی"])], max_forms=2)
    assert same.entities[0].count == 4 and len(same.entities[0].surface_forms) == 2


def test_space_saving_eviction_keeps_frequent_entities_and_bounds_counts():
    heavy = "مهدی تاج"
    docs, true = [], {}
    for i in range(300):
        names = [heavy, f"نفر {i} ام"] if i % 3 == 0 else [f"نفر {i} ام"]
        docs.append(_doc(names))
        for n in names:
            true[n] = true.get(n, 0) + 1
    agg = Aggregator(max_nil_entities=20)
    for d in docs:
        agg.add(d)
        assert len(agg._nil) <= 20
    corpus = agg.result()
    assert corpus.limits.evicted == 301 - len(corpus.entities)
    by_form = {e.surface_forms[0]: e for e in corpus.entities}
    assert by_form[heavy].count == 100 and by_form[heavy].count_error == 0
    for form, e in by_form.items():
        assert e.count <= true[form] <= e.count + e.count_error


def test_merge_equals_one_pass(nlp):
    docs = [nlp(t) for t in TEXTS] * 3
    whole = ner_fa.aggregate(docs)
    left, right = Aggregator().update(docs[:5]), Aggregator().update(docs[5:])
    assert left.merge(right).result() == whole


def test_limits_are_checked():
    with pytest.raises(ValueError, match="max_nil_entities"):
        Aggregator(max_nil_entities=0)


def test_cli_aggregate_lists_nil_entities(tmp_path, capsys, monkeypatch, nlp):
    import ner_fa.pipeline
    from ner_fa.cli import main

    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", lambda: nlp)
    for i, t in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--aggregate"]) == 0
    agg = json.loads(capsys.readouterr().out)
    top = agg["entities"][0]
    assert (top["kind"], top["id"], top["count"], top["documents"]) == ("nil", "nil:PER:علی رضایی نژاد", 5, 3)
    assert main(["extract", str(tmp_path), "--aggregate", "-f", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("nil,nil:PER:علی رضایی نژاد,PER,person,,علی رضایی‌نژاد,,5,3,")
