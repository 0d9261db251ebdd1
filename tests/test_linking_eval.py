"""The linking-set tooling: reading, resolving English names, scoring; the PEYMA dev and ParsNER news sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ner_fa import Linker
from ner_fa.training.linking import (
    CORPORA,
    DEFAULT_LINKS,
    PARSNER_NEWS_LINKS,
    LinkRow,
    check_rows,
    evaluate,
    main,
    read_links,
    read_sentences,
    resolve,
    write_links,
)


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


# --- the corpus choice (--corpus peyma|parsner-news) and the ParsNER news test set ---------------

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# Two ParsNER-format sentences (token, POS, tag): PERS becomes PER, MISC is dropped,
# and the second sentence starts a span with I- (the corpus has a few).
PARSNER_NEWS = (
    "شی\tN\tB-PERS\n"
    "جین‌پینگ\tN\tI-PERS\n"
    "به\tP\tO\n"
    "قزاقستان\tN\tB-LOC\n"
    "رفت\tV\tO\n"
    "\n"
    "روسیه\tN\tI-LOC\n"
    "و\tCONJ\tO\n"
    "نوروز\tN\tB-MISC\n"
    "سازمان\tN\tB-ORG\n"
    "پیمان\tN\tI-ORG\n"
    "امنیت\tN\tI-ORG\n"
    "جمعی\tN\tI-ORG\n"
)


@pytest.fixture()
def parsner_data(tmp_path) -> Path:
    news = tmp_path / "ner" / "parsner" / "test" / "test_news.pos"
    news.parent.mkdir(parents=True)
    news.write_text(PARSNER_NEWS, encoding="utf-8")
    return tmp_path


def test_parsner_news_reader_maps_labels_and_finds_the_file_under_the_data_dir(parsner_data):
    sents = read_sentences("parsner-news", parsner_data)
    assert len(sents) == 2
    assert [t for t, _ in sents[0]] == ["شی", "جین‌پینگ", "به", "قزاقستان", "رفت"]
    assert [t for _, t in sents[0]] == ["B-PER", "I-PER", "O", "B-LOC", "O"]
    assert [t for _, t in sents[1]] == ["B-LOC", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]


def test_unknown_corpus_and_missing_file_say_what_to_do(tmp_path):
    with pytest.raises(ValueError, match="peyma, parsner-news"):
        read_sentences("parsner-wiki", tmp_path)
    with pytest.raises(FileNotFoundError, match="--data-dir"):
        read_sentences("parsner-news", tmp_path)


def test_check_rows_accepts_gold_spans_only(parsner_data):
    sents = read_sentences("parsner-news", parsner_data)
    good = [LinkRow(0, 0, 2, "PER", "Xi Jinping", ""), LinkRow(1, 3, 7, "ORG", "-", "")]
    assert check_rows(good, sents) == []
    bad = [LinkRow(0, 0, 1, "PER", "-", ""),      # a part of a gold span
           LinkRow(0, 3, 4, "ORG", "-", ""),      # the right tokens, the wrong label
           LinkRow(1, 2, 3, "LOC", "-", ""),      # a MISC span (mapped to O)
           LinkRow(5, 0, 1, "LOC", "-", "")]      # no such sentence
    problems = check_rows(bad, sents)
    assert len(problems) == 4
    assert "not a gold span" in problems[0] and "no sentence 5" in problems[3]


def test_cli_evaluates_a_parsner_links_file(parsner_data, tmp_path, capsys):
    links = tmp_path / "links.tsv"
    write_links(links, ["# test"], [LinkRow(0, 0, 2, "PER", "Xi Jinping", "Q15031"),
                                    LinkRow(0, 3, 4, "LOC", "Kazakhstan", "Q232"),
                                    LinkRow(1, 0, 1, "LOC", "Russia", "Q159"),
                                    LinkRow(1, 3, 7, "ORG", "Collective Security Treaty Organization", "")])
    rc = main(["evaluate", "--corpus", "parsner-news", "--data-dir", str(parsner_data), "--links", str(links), "--json"])
    out = capsys.readouterr().out
    assert rc == 0
    rep = json.loads(out)
    assert rep["spans"] == 4 and rep["notable"] == 4
    assert rep["per_label"]["LOC"]["notable"] == 2


def test_cli_refuses_a_links_file_read_against_the_wrong_corpus(parsner_data, tmp_path, capsys):
    links = tmp_path / "links.tsv"
    write_links(links, ["# test"], [LinkRow(0, 1, 3, "PER", "-", "")])
    rc = main(["evaluate", "--corpus", "parsner-news", "--data-dir", str(parsner_data), "--links", str(links)])
    assert rc == 2
    assert "is --corpus right?" in capsys.readouterr().err
    rc = main(["evaluate", "--corpus", "peyma", "--data-dir", str(parsner_data), "--links", str(links)])
    assert rc == 2
    assert "PEYMA dev not found" in capsys.readouterr().err


def test_cli_show_brackets_each_span_with_its_row_number(parsner_data, tmp_path, capsys):
    links = tmp_path / "links.tsv"
    write_links(links, ["# test"], [LinkRow(0, 0, 2, "PER", "Xi Jinping", ""), LinkRow(0, 3, 4, "LOC", "-", "")])
    assert main(["show", "--corpus", "parsner-news", "--data-dir", str(parsner_data), "--links", str(links),
                 "--rows", "1:2"]) == 0
    out = capsys.readouterr().out
    assert "[1: قزاقستان /LOC]" in out and "[0:" not in out


def test_each_corpus_has_its_own_committed_links_file():
    assert CORPORA["peyma"].links == DEFAULT_LINKS
    assert CORPORA["parsner-news"].links == PARSNER_NEWS_LINKS
    assert PARSNER_NEWS_LINKS.exists()


def test_committed_parsner_test_set_reads_and_references_only_offsets():
    comments, rows = read_links(PARSNER_NEWS_LINKS)
    assert len(rows) == 1500
    assert any("NOT tuned" in c for c in comments)
    assert {r.label for r in rows} == {"PER", "LOC", "ORG"}
    assert all(r.end > r.start >= 0 for r in rows)
    assert all(r.gold for r in rows)
    assert all(not r.entity for r in rows if not r.notable)
    # rows are in file order: sentence, then token
    assert [(r.sentence, r.start) for r in rows] == sorted((r.sentence, r.start) for r in rows)


def test_committed_parsner_test_set_ids_are_gazetteer_ids():
    from ner_fa.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    _, rows = read_links(PARSNER_NEWS_LINKS)
    assert all(r.entity in gazetteer for r in rows if r.entity)


@pytest.mark.skipif(not (SHARED_DATA / CORPORA["parsner-news"].path).exists(), reason="ParsNER test data not here")
def test_committed_parsner_test_set_is_the_first_1500_gold_spans_of_the_news_file():
    from ner_fa.training.corpora import spans

    sents = read_sentences("parsner-news", SHARED_DATA)
    _, rows = read_links(PARSNER_NEWS_LINKS)
    assert check_rows(rows, sents) == []
    gold = [(si, a, b, lab) for si, s in enumerate(sents) for a, b, lab in spans([t for _, t in s])]
    assert [(r.sentence, r.start, r.end, r.label) for r in rows] == gold[:1500]


def test_cli_set_evaluates_another_linker_config(parsner_data, tmp_path, capsys):
    links = tmp_path / "links.tsv"
    write_links(links, ["# test"], [LinkRow(0, 0, 2, "PER", "Xi Jinping", "Q15031"),
                                    LinkRow(0, 3, 4, "LOC", "Kazakhstan", "Q232")])
    args = ["evaluate", "--corpus", "parsner-news", "--data-dir", str(parsner_data), "--links", str(links), "--json"]
    assert main(args) == 0
    default = json.loads(capsys.readouterr().out)
    assert main(args + ["--set", 'link_labels=["LOC"]']) == 0
    loc_only = json.loads(capsys.readouterr().out)
    assert default["per_label"]["PER"]["accuracy_in_kb"] == 100.0
    assert loc_only["per_label"]["PER"]["accuracy_in_kb"] == 0.0 and loc_only["per_label"]["LOC"]["accuracy_in_kb"] == 100.0
    for bad in ("threshold=2", "no_such_setting=1", "threshold"):
        with pytest.raises(SystemExit):
            main(args + ["--set", bad])
    assert "--set" in capsys.readouterr().err
