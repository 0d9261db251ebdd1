"""Gazetteer files a hostile or careless user may give: each is refused with file, line and field."""

import json

import pytest

from ner_fa import Gazetteer, GazetteerEntity
from ner_fa.cli import main
from ner_fa.errors import GazetteerError
from ner_fa.importers.wikidata import iter_wikidata

GOOD = {"id": "Q148", "type": "country", "name": "China", "name_fa": "چین"}


def write_jsonl(path, *records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def test_a_deeply_nested_line_is_a_gazetteer_error_with_file_and_line(tmp_path, capsys):
    f = write_jsonl(tmp_path / "g.jsonl", GOOD, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(f)
    assert err.value.source == str(f) and err.value.line == 2 and "nested too deeply" in str(err.value)
    code = main(["extract", "-", "--gazetteer", str(f)])
    _, stderr = capsys.readouterr()
    assert code == 1 and f"file {f}, line 2" in stderr and "Traceback" not in stderr


def test_a_deeply_nested_wikidata_line_is_a_gazetteer_error(tmp_path):
    f = tmp_path / "dump.json"
    f.write_text("[\n" + "[" * 100_000 + "]" * 100_000 + "\n]\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        list(iter_wikidata(f))
    assert err.value.line == 2 and "nested too deeply" in str(err.value)


def test_a_deeply_nested_jsonl_input_line_is_a_failed_input(tmp_path, capsys, monkeypatch, fake_pipeline):
    import ner_fa.pipeline
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", lambda: fake_pipeline)
    f = tmp_path / "in.jsonl"
    f.write_text('{"text": "چین"}\n' + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    code = main(["extract", str(f), "-k", "-f", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    assert json.loads(out.splitlines()[1]) == {"source": f"{f}:2", "error": "not valid JSON (nested too deeply)"}


def test_json_error_messages_say_at_once(tmp_path, capsys, monkeypatch, fake_pipeline):
    g = write_jsonl(tmp_path / "g.jsonl", '{"id": "Q148", "name_fa": "چ\tین"}')
    with pytest.raises(GazetteerError, match=r"line 1: not valid JSON \(Invalid control character at column 29\)"):
        Gazetteer.load(g)
    import ner_fa.pipeline
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", lambda: fake_pipeline)
    f = tmp_path / "in.jsonl"
    f.write_text('{"text": "چ\tین"}\n', encoding="utf-8")
    main(["extract", str(f)])
    _, err = capsys.readouterr()
    assert "(Invalid control character at column 12)" in err and "at at" not in err


@pytest.mark.parametrize("name_fa", ["...", "؟!", "-", "«»"])
def test_a_name_without_letters_is_refused(tmp_path, name_fa):
    f = write_jsonl(tmp_path / "g.jsonl", GOOD, {**GOOD, "id": "x", "name_fa": name_fa})
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(f)
    assert (err.value.source, err.value.line, err.value.field) == (str(f), 2, "name_fa")
    assert "no letters" in str(err.value)
    with pytest.raises(ValueError, match="no letters"):
        GazetteerEntity(**{**GOOD, "name": name_fa})


@pytest.mark.parametrize("field, value", [
    ("name_fa", "چ\x00ین"), ("name", "Chi\x00na"), ("aliases", ["جمهوری\x00 خلق چین"]),
    ("demonyms", ["چینی\x07"]), ("acronyms", ["\x1bPRC"]), ("weak_aliases", ["چین\u0085"]),
    ("name_fa", "چین\nروسیه"),
])
def test_control_characters_in_names_are_refused(tmp_path, field, value):
    f = write_jsonl(tmp_path / "g.jsonl", {**GOOD, field: value})
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(f)
    assert (err.value.line, err.value.field) == (1, field)
    assert "control character" in str(err.value)


def test_zero_width_non_joiner_is_not_a_control_character():
    assert GazetteerEntity(**{**GOOD, "name_fa": "شی جین\u200cپینگ"}).name_fa == "شی جین\u200cپینگ"


def test_a_repeated_json_key_is_refused(tmp_path):
    f = write_jsonl(tmp_path / "g.jsonl", GOOD, '{"id": "Q159", "type": "country", "name": "Russia", '
                                                 '"name_fa": "روسیه", "name_fa": "چین"}')
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(f)
    assert (err.value.source, err.value.line, err.value.field) == (str(f), 2, "name_fa")
    assert "repeated" in str(err.value)


def test_a_repeated_csv_column_is_refused(tmp_path):
    f = tmp_path / "g.csv"
    f.write_text("id,type,name,name_fa,name_fa\nQ148,country,China,چین,روسیه\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(f)
    assert (err.value.source, err.value.line, err.value.field) == (str(f), 1, "name_fa")
    assert "repeated" in str(err.value)


def test_valid_files_still_load(tmp_path):
    f = write_jsonl(tmp_path / "g.jsonl", {**GOOD, "aliases": ["جمهوری خلق چین"], "codes": {"iso3": "CHN"}})
    c = tmp_path / "g.csv"
    c.write_text("id,type,name,name_fa,aliases\nQ159,country,Russia,روسیه,فدراسیون روسیه|روسیه\u200cی\n",
                 encoding="utf-8")
    gaz = Gazetteer.load(f, c)
    assert len(gaz) == 2 and gaz["Q148"].codes == {"iso3": "CHN"}


def test_the_letter_check_agrees_with_the_match_key():
    """A form passes the cheap letter check exactly when its match key is not empty."""
    from ner_fa.gazetteer import _KEY_CHAR, entry_key

    differ = [hex(cp) for cp in range(0x30000) if not 0xD800 <= cp < 0xE000
              and bool(_KEY_CHAR.search(chr(cp))) != bool(entry_key(chr(cp)))]
    assert differ == []
