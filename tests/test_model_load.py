"""ner_fa.model_load: the shipped model loads without the optimizer and through the restricted
unpickler, with the same tags as Stanza's own load; a model file cannot run code."""

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import ner_fa
from ner_fa.demo import demo_names, demo_text
from ner_fa.model_load import RestrictedUnpickler, fast_stanza_load, restricted_torch_load
from ner_fa.normalize import normalize_chars
from ner_fa.tokenize import split_sentences

SRC = str(Path(ner_fa.__file__).resolve().parents[1])


class _Evil:
    def __reduce__(self):
        return (os.system, ("echo owned",))


def test_restricted_unpickler_refuses_other_globals(tmp_path):
    import io
    with pytest.raises(pickle.UnpicklingError, match="posix.system|os.system"):
        RestrictedUnpickler(io.BytesIO(pickle.dumps(_Evil()))).load()
    torch = pytest.importorskip("torch")
    path = tmp_path / "evil.pt"
    torch.save({"x": _Evil()}, path, _use_new_zipfile_serialization=False)
    with pytest.raises(pickle.UnpicklingError):
        restricted_torch_load(path)


def test_restricted_load_reads_a_state_dict(tmp_path):
    torch = pytest.importorskip("torch")
    from collections import OrderedDict
    state = {"model": OrderedDict(w=torch.arange(6.0).reshape(2, 3)), "vocab": {"words": ["a", "ب"]}, "n": 3}
    for zipped in (False, True):
        path = tmp_path / f"m{zipped}.pt"
        torch.save(state, path, _use_new_zipfile_serialization=zipped)
        got = restricted_torch_load(path)
        assert torch.equal(got["model"]["w"], state["model"]["w"]) and got["vocab"] == state["vocab"]


def test_patches_are_undone(tmp_path):
    torch = pytest.importorskip("torch")
    from stanza.models.common import utils
    load, optimizer = torch.load, utils.get_optimizer
    with pytest.raises(RuntimeError), fast_stanza_load([tmp_path / "m.pt"]):
        assert torch.load is not load and utils.get_optimizer is not optimizer
        raise RuntimeError
    assert torch.load is load and utils.get_optimizer is optimizer


def _sentences():
    out = []
    for name in demo_names():
        text = normalize_chars(demo_text(name))
        out += [[t.text for t in s.tokens] for s in split_sentences(text)]
    return out


@pytest.mark.model
def test_fast_load_tags_as_stanzas_own_load():
    from ner_fa.tagger import StanzaTagger
    sentences = _sentences()
    assert len(sentences) > 10
    fast, plain = StanzaTagger(), StanzaTagger()
    plain.fast_load = False
    fast_tags, plain_tags = fast.tag(sentences), plain.tag(sentences)
    assert fast_tags == plain_tags
    assert sum(t != "O" for s in fast_tags for t in s) > 20
    assert fast._pipeline.processors["ner"].trainers[0].optimizer is None
    assert plain._pipeline.processors["ner"].trainers[0].optimizer is not None


@pytest.mark.model
def test_loading_and_tagging_do_not_import_torch_dynamo():
    code = ("import sys\nfrom ner_fa.tagger import StanzaTagger\n"
            "print(StanzaTagger().tag([['علی', 'به', 'تهران', 'رفت']]), 'torch._dynamo' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": SRC})
    assert out.stdout.strip().endswith("False"), out.stdout
