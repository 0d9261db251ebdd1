"""The linking dev-set tooling: reading, resolving English names, scoring."""

from __future__ import annotations

import pytest

from ner_fa import Linker
from ner_fa.training.linking import DEFAULT_LINKS, LinkRow, evaluate, read_links, resolve, write_links


def test_committed_dev_set_reads_and_references_only_offsets():
    comments, rows = read_links(DEFAULT_LINKS)
    assert len(rows) == 1655 and comments
    assert {r.label for r in rows} == {"PER", "LOC", "ORG"}
    assert all(r.end > r.start >= 0 for r in rows)
    assert all(not r.entity for r in rows if not r.notable)


def test_resolve_fills_ids_by_english_name_and_reports_the_rest(small_gazetteer):
    rows = [LinkRow(0, 0, 1, "LOC", "china", ""), LinkRow(0, 2, 3, "PER", "Someone Unknown", ""),
            LinkRow(1, 0, 1, "PER", "-", "Q148")]
    resolved, missing, ambiguous = resolve(rows, small_gazetteer)
    assert (resolved, missing, ambiguous) == (1, ["Someone Unknown"], [])
    assert [r.entity for r in rows] == ["Q148", "", ""]


def test_scores_count_right_wrong_and_unlinked(small_gazetteer, tmp_path):
    sentences = [["شی", "جین‌پینگ", "به", "قزاقستان", "رفت"], ["علی", "رضایی", "در", "روسیه", "بود"]]
    rows = [LinkRow(0, 0, 2, "PER", "Xi Jinping", "Q15031"), LinkRow(0, 3, 4, "LOC", "Kazakhstan", "Q232"),
            LinkRow(1, 0, 2, "PER", "-", ""), LinkRow(1, 3, 4, "LOC", "Belarus", "")]
    rep = evaluate(rows, sentences, Linker(small_gazetteer))["report"]
    assert rep["coverage"] == pytest.approx(100 * 2 / 3, abs=0.01)
    assert rep["accuracy_in_kb"] == 100.0
    assert rep["linked_absent_entity"] == 1 and rep["linked_not_notable"] == 0   # روسیه linked, gold Belarus
    assert rep["wrong_links_out_kb"] == 50.0
    path = tmp_path / "links.tsv"
    write_links(path, ["# test"], rows)
    assert read_links(path)[1] == rows
