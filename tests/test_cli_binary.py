"""Binary data given as text input: a clear error, like text that is not UTF-8."""

import json

import pytest
from conftest import run_cli as run

TEXT = "سعید خطیبزاده گفت چین و روسیه و علی رضایی."


pytestmark = pytest.mark.usefixtures("fake_default")


@pytest.mark.parametrize("data, offset", [
    (b"\x00" * 4096, 0),
    ("چین".encode() + b"\x00" * 100, 6),  # mostly NUL
    ("چین و روسیه".encode() + b"\x00", 20),  # one NUL is enough
    ("Iran ایران".encode("utf-16-le"), 1),  # UTF-16: NULs (and bytes that may pass as UTF-8)
])
def test_a_file_with_nul_bytes_is_refused_as_binary(tmp_path, capsys, data, offset):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    code, out, err = run(capsys, "extract", f)
    assert (code, out) == (1, "")
    assert f"{f}: binary data, not text (NUL byte at byte offset {offset})" in err and "--keep-going" in err


def test_binary_input_with_keep_going_keeps_the_other_results(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    nul = tmp_path / "b.txt"
    nul.write_bytes(b"\x00" * 10)
    code, out, err = run(capsys, "extract", good, nul, "-k")
    data = json.loads(out)
    assert code == 1 and [d["source"] for d in data] == [str(good), str(nul)]
    assert data[0]["entities"] and data[1]["error"].startswith("binary data, not text (NUL byte at byte offset 0)")
    assert "1 input failed" in err


def test_a_jsonl_line_with_nul_bytes_is_a_failed_line(tmp_path, capsys):
    f = tmp_path / "x.jsonl"
    f.write_bytes(json.dumps({"text": TEXT}, ensure_ascii=False).encode() + b"\n" + b"\x00" * 50 + b"\n")
    code, out, _ = run(capsys, "extract", f, "-k", "-f", "jsonl")
    lines = [json.loads(x) for x in out.splitlines()]
    first = len(json.dumps({"text": TEXT}, ensure_ascii=False).encode()) + 1
    assert code == 1 and lines[0]["source"] == f"{f}:1" and "entities" in lines[0]
    assert lines[1]["source"] == f"{f}:2"
    assert lines[1]["error"].startswith(f"binary data, not text (NUL byte at byte offset {first})")


def test_nul_in_standard_input_is_refused(capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x00")))
    code, _, err = run(capsys, "extract", "-")
    assert code == 1 and "<stdin>: binary data, not text (NUL byte at byte offset 0)" in err


def test_the_python_api_still_takes_a_string_with_nul(fake_pipeline):
    text = "چین\x00\x00روسیه"
    doc = fake_pipeline(text)
    assert [(m.start, m.end, m.entity.id) for m in doc.mentions] == [(0, 3, "Q148"), (5, 10, "Q159")]
