"""`ner-fa extract` inputs and failures, on the fake pipeline (no model)."""

import csv
import io
import json

import jsonschema
import pytest
from conftest import run_cli as run

from ner_fa.export import json_schemas

TEXT = "سعید خطیبزاده گفت چین و روسیه و علی رضایی."
OUTPUT_SCHEMA = json_schemas()["extract-output.schema.json"]


pytestmark = pytest.mark.usefixtures("fake_default")


def valid(payload):
    jsonschema.validate(payload, OUTPUT_SCHEMA)
    return payload


def test_directory_and_glob_inputs(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("چین", encoding="utf-8")
    (tmp_path / "notes.md").write_text("چین", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("چین", encoding="utf-8")
    code, out, err = run(capsys, "extract", tmp_path)
    data = valid(json.loads(out))
    assert code == 0 and err == ""
    assert [d["source"] for d in data] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]
    code, out, _ = run(capsys, "extract", f"{tmp_path}/**/*.txt", "-f", "jsonl")
    lines = [valid(json.loads(x)) for x in out.splitlines()]
    assert code == 0 and [x["source"] for x in lines] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]


def test_jsonl_input_with_text_and_id_fields(tmp_path, capsys):
    f = tmp_path / "news.jsonl"
    f.write_text(json.dumps({"url": "u1", "body": TEXT}, ensure_ascii=False) + "\n\n"
                 + json.dumps({"url": "u2", "body": "روسیه"}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", f, "--text-field", "body", "-f", "jsonl")
    assert code == 0 and [json.loads(x)["source"] for x in out.splitlines()] == [f"{f}:1", f"{f}:3"]
    code, out, _ = run(capsys, "extract", f, "--text-field", "body", "--id-field", "url")
    data = valid(json.loads(out))
    assert [d["source"] for d in data] == ["u1", "u2"] and data[1]["entities"][0]["id"] == "Q159"


def test_jsonl_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(
        (json.dumps({"text": "چین"}, ensure_ascii=False) + "\n").encode())))
    code, out, _ = run(capsys, "extract", "-", "--jsonl")
    assert code == 0 and json.loads(out)["source"] == "<stdin>:1"


def test_bad_jsonl_lines_stop_or_are_reported_with_keep_going(tmp_path, capsys):
    f = tmp_path / "news.jsonl"
    f.write_bytes(b'{"text": "\xda\x86\xdb\x8c\xd9\x86"}\n{"text": \n{"body": "x"}\n[1]\n{"text": 3}\n'
                  b'{"text": "\xff"}\n{"text": "  "}\n{"text": "\xd8\xb1\xd9\x88\xd8\xb3\xdb\x8c\xd9\x87"}\n')
    code, out, err = run(capsys, "extract", f)
    assert code == 1 and out == ""  # JSON is written whole or not at all
    assert f"{f}:2: not valid JSON" in err and "--keep-going" in err
    code, out, err = run(capsys, "extract", f, "-f", "jsonl")
    assert code == 1 and [json.loads(x)["source"] for x in out.splitlines()] == [f"{f}:1"]
    code, out, err = run(capsys, "extract", f, "--keep-going")
    data = valid(json.loads(out))
    assert code == 1
    assert [d["source"] for d in data] == [f"{f}:{i}" for i in range(1, 9)]
    errors = {d["source"].rsplit(":", 1)[1]: d.get("error") for d in data}
    assert errors["1"] is None and errors["8"] is None
    assert errors["2"].startswith("not valid JSON")
    assert errors["3"].startswith("no 'text' field (fields: 'body')") and "--text-field" in errors["3"]
    assert errors["4"] == "expected a JSON object, got list"
    assert errors["5"] == "field 'text' is int, expected a string"
    # byte offset counted from the start of the file: 3 lines before line 6
    offset = sum(len(x) + 1 for x in f.read_bytes().split(b"\n")[:5]) + len(b'{"text": "')
    assert errors["6"].startswith(f"not UTF-8 text (invalid byte 0xff at byte offset {offset})")
    assert "empty" in errors["7"]
    assert "6 inputs failed" in err and f"{f}:3: no 'text' field" in err


def test_failures_are_listed_in_every_format(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("سلام".encode() + b"\xff rest")
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    args = ("extract", good, bad, empty, missing, "--keep-going")
    code, out, err = run(capsys, *args)
    data = valid(json.loads(out))
    assert code == 1 and [d["source"] for d in data] == [str(p) for p in (good, bad, empty, missing)]
    assert "3 inputs failed" in err
    assert data[1]["error"].startswith("not UTF-8 text (invalid byte 0xff at byte offset 8)")
    assert "empty input" in data[2]["error"] and data[3]["error"] == "no such file or directory"
    code, out, _ = run(capsys, *args, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1 and {r["source"] for r in rows if r["error"]} == {str(bad), str(empty), str(missing)}
    assert [r["id"] for r in rows if r["source"] == str(good)] == [
        "saeed-khatibzadeh", "Q148", "Q159", "nil:PER:علی رضایی"]
    code, out, _ = run(capsys, *args, "--aggregate")
    agg = json.loads(out)
    jsonschema.validate(agg, json_schemas()["corpus-entities.schema.json"])
    assert code == 1 and agg["documents"] == 1 and len(agg["failed"]) == 3


def test_shell_errors_without_keep_going(tmp_path, capsys):
    code, out, err = run(capsys, "extract", tmp_path / "nope.txt")
    assert (code, out) == (2, "") and "nope.txt: no such file or directory" in err
    code, _, err = run(capsys, "extract", tmp_path)
    assert code == 2 and "directory has no .txt or .jsonl files" in err
    code, _, err = run(capsys, "extract", f"{tmp_path}/*.txt")
    assert code == 2 and "no file matches" in err
    e = tmp_path / "e.txt"
    e.write_bytes(b"")
    code, _, err = run(capsys, "extract", e)
    assert code == 1 and "empty input" in err
    code, _, err = run(capsys, "extract", e, "--aggregate", "-f", "jsonl")
    assert code == 2 and "--aggregate" in err
    code, _, err = run(capsys, "extract", "-", "-")
    assert code == 2 and "only once" in err


def test_output_file_and_unwritable_output(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "extract", f, "-o", tmp_path / "o.jsonl", "-f", "jsonl")
    assert code == 0 and out == ""
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["entities"][1]["name_fa"] == "چین"
    code, _, err = run(capsys, "extract", f, "-o", tmp_path / "no" / "dir" / "o.json")
    assert code == 1 and "cannot write" in err


def test_aggregate_counts_over_documents(tmp_path, capsys):
    for name, text in (("a.txt", TEXT), ("b.txt", "چین و چین")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "extract", tmp_path, "--aggregate")
    agg = json.loads(out)
    assert code == 0 and agg["documents"] == 2 and agg["unlinked"] == 1 and "\\u" not in out
    china = agg["entities"][0]
    assert china["id"] == "Q148" and china["count"] == 3 and china["documents"] == 2
    assert [o["spans"] for o in china["occurrences"]] == [[[18, 21]], [[0, 3], [6, 9]]]
    code, out, _ = run(capsys, "extract", tmp_path, "--aggregate", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["id"] == "Q148" and rows[0]["count"] == "3" and rows[0]["documents"] == "2"


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    _, _, err = run(capsys, "extract", f)
    assert err == ""  # capsys stderr is not a terminal
    code, out, err = run(capsys, "extract", f, f, "--progress")
    assert code == 0 and "2/2" in err and "doc" in err and json.loads(out)


def test_schema_command(tmp_path, capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == OUTPUT_SCHEMA
    code, _, _ = run(capsys, "schema", "--output-dir", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(json_schemas())


def test_progress_bar_follows_the_terminal(tmp_path, capsys, monkeypatch):
    import sys

    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(capsys, "extract", f)
    assert code == 0 and "1/1" in err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run(capsys, "extract", f, "--no-progress")
    assert err == ""


def test_top_level_help_lists_every_command_with_a_summary():
    from ner_fa.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    summaries = {a.dest: a.help for a in sub._choices_actions}
    assert set(summaries) == set(sub.choices) == {"extract", "suggest", "schema", "evaluate", "tag"}
    text = parser.format_help()
    for name, summary in summaries.items():
        assert summary and name in text and summary.split()[0] in text
    assert "exit status" in sub.choices["extract"].format_help()
