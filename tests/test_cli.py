import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import run_cli as run

from ner_fa.cli import build_parser

ARTICLE = "به گزارش خبرگزاری فارس، ولادیمیر پوتین رئیس جمهور روسیه به تهران سفر کرد.\n"




def test_help_documents_every_command():
    parser = build_parser()
    help_text = parser.format_help()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, sp in sub.choices.items():
        assert name in help_text
        for action in sp._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings} has no help"


def test_no_command_prints_help_and_fails(capsys):
    code, _, err = run(capsys)
    assert code == 2 and "extract" in err


def test_missing_and_bad_inputs(tmp_path, capsys):
    code, _, err = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "extract", str(tmp_path))
    assert code == 2 and "directory has no .txt or .jsonl files" in err
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("سلام".encode() + b"\xff\xfe rest")
    code, _, err = run(capsys, "extract", str(bad))
    assert code == 1 and "not UTF-8" in err and "offset 8" in err


@pytest.mark.model
def test_extract_json_jsonl_csv(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f))
    assert code == 0
    data = json.loads(out)
    ids = {e["id"] for e in data["entities"]}
    assert {"Q7747", "Q159", "tehran", "fars-news-agency"} <= ids
    assert "پوتین" in out  # readable Persian, no \\u escapes
    code, out, _ = run(capsys, "extract", str(f), str(f), "--format", "jsonl")
    lines = out.splitlines()
    assert len(lines) == 2 and json.loads(lines[0]) == data
    code, out, _ = run(capsys, "extract", str(f), "-f", "csv", "-o", str(tmp_path / "o.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_text(encoding="utf-8"))))
    assert {r["id"] for r in rows} == ids and out == ""


@pytest.mark.model
def test_console_script_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "ner_fa.cli", "extract", "-"], input=ARTICLE.encode(),
                          capture_output=True, check=True)
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["source"] == "<stdin>" and any(e["id"] == "Q7747" for e in data["entities"])


def test_evaluate_and_tag_report_bad_files(tmp_path, capsys):
    code, _, err = run(capsys, "evaluate", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    code, _, err = run(capsys, "tag", "--pretokenized", str(empty))
    assert code == 1 and "no sentences" in err


@pytest.mark.model
def test_evaluate_and_tag_on_a_small_corpus(tmp_path, capsys):
    f = tmp_path / "gold.txt"
    f.write_text("ولادیمیر|B_PER\nپوتین|I_PER\nبه|O\nمسکو|B_LOC\nرفت|O\n.|O\n", encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", str(f), "--format", "peyma", "--json")
    res = json.loads(out)
    assert code == 0 and res["micro"]["f1"] == 100.0 and res["PER"]["gold"] == 1
    code, out, _ = run(capsys, "evaluate", str(f), "--format", "peyma", "--json", "--pipeline")
    assert code == 0 and json.loads(out)["micro"]["f1"] == 100.0
    code, out, _ = run(capsys, "tag", "--pretokenized", str(f), "--format", "peyma")
    assert code == 0 and out.splitlines() == ["ولادیمیر\tB-PER", "پوتین\tI-PER", "به\tO", "مسکو\tB-LOC",
                                              "رفت\tO", ".\tO", ""]


def test_linking_options_are_checked_before_the_model_loads(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "extract", str(f), "--set", "threshold=2")
    assert code == 2 and "threshold" in err and "less than or equal to 1" in err
    code, _, err = run(capsys, "extract", str(f), "--set", "no_such=1")
    assert code == 2 and "does not exist" in err and "fuzzy_consonants" in err
    code, _, err = run(capsys, "extract", str(f), "--no-shipped-gazetteer")
    assert code == 2 and "--gazetteer" in err
    code, _, err = run(capsys, "extract", str(f), "--gazetteer", str(tmp_path / "missing.jsonl"))
    assert code == 1 and "missing.jsonl" in err
    gold = tmp_path / "gold.txt"
    gold.write_text("پوتین|B_PER\n.|O\n", encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(gold), "--format", "peyma", "--set", "threshold=0.9")
    assert code == 2 and "--pipeline" in err


@pytest.mark.model
def test_extract_with_own_gazetteer_and_linker_settings(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    gaz = tmp_path / "mine.jsonl"
    gaz.write_text(json.dumps({"id": "Q7747", "type": "person", "name": "V. Putin (mine)",
                               "name_fa": "ولادیمیر پوتین"}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--gazetteer", str(gaz), "--no-shipped-gazetteer")
    assert code == 0 and {e["id"] for e in json.loads(out)["entities"] if e["kind"] == "linked"} == {"Q7747"}
    code, out, _ = run(capsys, "extract", str(f), "--gazetteer", str(gaz))   # merged over the shipped one
    names = {e["id"]: e["name"] for e in json.loads(out)["entities"]}
    assert names["Q7747"] == "V. Putin (mine)" and {"Q159", "tehran"} <= set(names)
    code, out, _ = run(capsys, "extract", str(f), "--set", 'link_labels=["LOC"]')
    ids = {e["id"] for e in json.loads(out)["entities"] if e["id"]}
    assert "Q159" in ids and "Q7747" not in ids and "fars-news-agency" not in ids
