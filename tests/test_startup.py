"""A fast first answer: `import ner_fa` and the command line's usage errors load nothing heavy,
the output path is checked before the model loads, and the model load is announced."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ner_fa
import ner_fa.pipeline
from ner_fa import FakeTagger, Pipeline
from ner_fa.cli import main

SRC = str(Path(ner_fa.__file__).resolve().parents[1])
HEAVY = ("torch", "stanza", "pandas", "tqdm", "dask", "numpy", "pydantic", "rapidfuzz")


def _loaded_after(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; which heavy modules (and ner_fa modules) it imported."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in " \
                   f"{HEAVY!r} or m.startswith('ner_fa'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"})
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_import_ner_fa_loads_no_heavy_module():
    mods = _loaded_after("import ner_fa")
    assert not {m.split(".")[0] for m in mods} & set(HEAVY), mods
    assert "ner_fa.pipeline" not in mods and "ner_fa.tagger" not in mods


def test_public_names_still_import():
    for name in ner_fa.__all__:
        assert getattr(ner_fa, name) is not None, name
    assert set(ner_fa.__all__) <= set(dir(ner_fa))
    assert set(ner_fa.__all__) == set(ner_fa._EXPORTS) | {"__version__"}
    from ner_fa import Pipeline as P
    from ner_fa import extract
    assert P is ner_fa.pipeline.Pipeline and extract is ner_fa.pipeline.extract
    assert ner_fa.export.to_json  # a submodule by attribute, as before
    with pytest.raises(AttributeError):
        ner_fa.no_such_name  # noqa: B018
    with pytest.raises(ImportError):
        from ner_fa import no_such_name  # noqa: F401


@pytest.mark.parametrize("argv", [["--help"], ["extract", "/nonexistent/in.txt"], ["extract", "--format", "xml", "a"],
                                  ["extract", "--batch-size", "0", "/nonexistent/in.txt"]])
def test_cli_usage_answers_without_the_pipeline(argv):
    mods = _loaded_after(f"from ner_fa.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass")
    assert not {m.split(".")[0] for m in mods} & set(HEAVY), mods
    assert "ner_fa.pipeline" not in mods and "ner_fa.gazetteer" not in mods


@pytest.fixture
def no_pipeline(monkeypatch):
    def refuse():
        raise AssertionError("the pipeline was built before the output path was checked")
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", refuse)


@pytest.mark.parametrize("where", ["missing_dir", "a_directory"])
def test_unwritable_output_refused_before_the_model_loads(tmp_path, capsys, no_pipeline, where):
    f = tmp_path / "a.txt"
    f.write_text("چین", encoding="utf-8")
    out = tmp_path / "no" / "o.json" if where == "missing_dir" else tmp_path
    code = main(["extract", str(f), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and f"{out}: cannot write" in err


class _SlowTagger(FakeTagger):
    def __init__(self):
        super().__init__({"چین": "LOC"})
        self.loaded = False

    def load(self):
        self.loaded = True
        return self


@pytest.mark.parametrize("progress", [True, False])
def test_loading_model_message_only_with_the_progress_bar(tmp_path, capsys, monkeypatch, small_gazetteer, progress):
    tagger = _SlowTagger()
    monkeypatch.setattr(ner_fa.pipeline, "default_pipeline", lambda: Pipeline(tagger=tagger, gazetteer=small_gazetteer))
    f = tmp_path / "a.txt"
    f.write_text("چین", encoding="utf-8")
    code = main(["extract", str(f), "--progress" if progress else "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0 and json.loads(captured.out)
    assert ("loading model…" in captured.err) is progress
    assert tagger.loaded is progress


def test_unreadable_input_refused_before_the_model_loads(tmp_path, capsys, no_pipeline, monkeypatch):
    ok, secret = tmp_path / "a.txt", tmp_path / "secret.txt"
    for f in (ok, secret):
        f.write_text("چین", encoding="utf-8")
    real_access = os.access
    # chmod 000 does not stop root (the test may run as root): stand in for the permission check
    monkeypatch.setattr(os, "access", lambda p, mode: str(p) != str(secret) and real_access(p, mode))
    code = main(["extract", str(ok), str(secret)])
    assert code == 2 and f"{secret}: permission denied" in capsys.readouterr().err
