"""`ner-fa` outputs: never destroy an input, never leave a half-written file, no traceback on a write error."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli as run

import ner_fa.pipeline

TEXT = "سعید خطیبزاده گفت چین و روسیه و علی رضایی."
SRC = str(Path(__file__).resolve().parents[1] / "src")


pytestmark = pytest.mark.usefixtures("fake_default")


@pytest.fixture
def no_model(monkeypatch):
    """The clash check comes before the model loads: loading it fails the test."""
    def boom():
        raise AssertionError("the model was loaded")
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", boom)


def test_output_that_is_an_input_is_refused_before_the_model_loads(tmp_path, capsys, no_model):
    s = tmp_path / "s.jsonl"
    records = json.dumps({"text": TEXT}, ensure_ascii=False) + "\n"
    s.write_text(records, encoding="utf-8")
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    (tmp_path / "d").mkdir()
    inner = tmp_path / "d" / "b.txt"
    inner.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(a)
    hard = tmp_path / "hard.txt"
    os.link(a, hard)
    cases = [
        ("extract", s, "--format", "jsonl", "-k", "-o", s),
        ("extract", a, "-o", a),
        ("extract", a, a, "-o", a),  # a file given twice
        ("extract", tmp_path / "d", "-o", inner),  # found through a directory
        ("extract", f"{tmp_path}/d/*.txt", "-o", inner),  # found through a glob
        ("extract", a, "-o", link),  # a symlink to an input
        ("extract", hard, "-o", a),  # a hard link
        ("extract", "-", a, "-o", a),
    ]
    for argv in cases:
        code, _, err = run(capsys, *argv)
        assert code == 2, argv
        assert "is also an input" in err and "Traceback" not in err, argv
    assert s.read_text(encoding="utf-8") == records
    assert a.read_text(encoding="utf-8") == TEXT and inner.read_text(encoding="utf-8") == TEXT


def test_tag_output_that_is_its_input_is_refused(tmp_path, capsys):
    f = tmp_path / "t.conll"
    f.write_text("چین\tO\n\n", encoding="utf-8")
    code, _, err = run(capsys, "tag", "--pretokenized", f, "-o", f)
    assert code == 2 and "is also an input" in err
    assert f.read_text(encoding="utf-8") == "چین\tO\n\n"


def test_stdin_is_not_an_output_clash(tmp_path, capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    out_file = tmp_path / "o.json"
    code, _, _ = run(capsys, "extract", "-", "-o", out_file)
    assert code == 0 and json.loads(out_file.read_text(encoding="utf-8"))["source"] == "<stdin>"


def test_a_failed_run_leaves_the_old_output_and_no_temporary_file(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff")
    for fmt in ("json", "jsonl", "csv"):
        out_file = tmp_path / f"out.{fmt}"
        out_file.write_text("previous\n", encoding="utf-8")
        code, _, err = run(capsys, "extract", good, bad, "-f", fmt, "-o", out_file)
        assert code == 1 and "not UTF-8" in err
        assert out_file.read_text(encoding="utf-8") == "previous\n", fmt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "out.csv", "out.json", "out.jsonl"]


def test_an_interrupted_run_leaves_the_old_output(tmp_path, capsys, monkeypatch, fake_pipeline):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    out_file.write_text("previous\n", encoding="utf-8")
    calls = []

    def pipe(texts, batch_size=32):
        for t in texts:
            if calls:
                raise KeyboardInterrupt
            calls.append(t)
            yield fake_pipeline(t)

    monkeypatch.setattr(fake_pipeline, "pipe", pipe, raising=False)
    code, _, err = run(capsys, "extract", f, f, "-f", "jsonl", "--batch-size", "1", "-o", out_file)
    assert code == 130 and "interrupted" in err
    assert out_file.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]


def test_a_replaced_output_keeps_its_permissions_and_a_symlink_stays_a_link(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out_file = tmp_path / "o.json"
    out_file.write_text("old", encoding="utf-8")
    out_file.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(out_file)
    code, _, _ = run(capsys, "extract", f, "-o", link)
    assert code == 0 and link.is_symlink()
    assert json.loads(out_file.read_text(encoding="utf-8"))["source"] == str(f)
    assert out_file.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_write_errors_to_a_file_are_one_line_without_traceback(tmp_path, capsys, fmt):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, _, err = run(capsys, "extract", f, "-f", fmt, "-o", "/dev/full")
    assert code == 1
    assert err == "ner-fa: /dev/full: cannot write (No space left on device)\n"
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")  # still the device


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_write_errors_to_stdout_are_one_line_without_traceback(tmp_path, fmt):
    """A real process, so that the exit flush of a full standard output is covered too."""
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    script = ("import sys, ner_fa.pipeline; from ner_fa import FakeTagger; from ner_fa.cli import main\n"
              "from ner_fa.gazetteer import Gazetteer, GazetteerEntity as E\n"
              "from ner_fa.pipeline import Pipeline\n"
              "g = Gazetteer([E(id='Q148', type='country', name='China', name_fa='چین')])\n"
              "ner_fa.pipeline.default_pipeline = lambda: Pipeline(tagger=FakeTagger({}), gazetteer=g)\n"
              "sys.exit(main(sys.argv[1:]))\n")
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-c", script, "extract", str(f), "-f", fmt], check=False, stdout=full,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": SRC})
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == "ner-fa: <stdout>: cannot write (No space left on device)\n"


def test_schema_output_dir_write_error(tmp_path, capsys):
    target = tmp_path / "d"
    target.mkdir()
    (target / "extract-output.schema.json").mkdir()  # a directory where a file should go
    code, _, err = run(capsys, "schema", "--output-dir", target)
    assert code == 1 and "cannot write" in err and "Traceback" not in err
