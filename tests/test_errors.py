import pytest

import ner_fa
from ner_fa import errors


def test_every_error_derives_from_the_base_and_its_builtin():
    assert issubclass(errors.ModelNotFoundError, FileNotFoundError)
    assert issubclass(errors.GazetteerError, ValueError)
    assert issubclass(errors.DuplicateEntityError, errors.GazetteerError)
    assert issubclass(errors.MissingDependencyError, ImportError)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), ner_fa.NerFaError)


def test_gazetteer_error_names_file_line_and_field():
    e = errors.GazetteerError("bad", source="g.jsonl", line=3, field="type")
    assert str(e) == "file g.jsonl, line 3, field 'type': bad"


def test_missing_dependency_says_what_to_install():
    assert "pip install 'ner-fa[dask]'" in str(errors.MissingDependencyError("dask", "dask"))


def test_public_api_is_explicit():
    for name in ner_fa.__all__:
        assert hasattr(ner_fa, name), name


def test_import_does_not_import_stanza_or_torch():
    import subprocess
    import sys
    code = "import sys, ner_fa; print('stanza' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_extract_rejects_non_text():
    for bad in (None, b"bytes", 12):
        with pytest.raises(TypeError, match="str"):
            ner_fa.extract(bad)
