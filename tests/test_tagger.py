import json
import shutil
import socket
from pathlib import Path

import pytest

from ner_fa import FakeTagger, ModelNotFoundError, Pipeline, StanzaTagger
from ner_fa.tagger import DEFAULT_MODEL_DIR, Tagger, map_label, to_bio


def test_arman_and_bioes_labels_map_to_ours():
    assert [map_label(x) for x in ("pers", "ORG", "loc", "fac", "pro", "event")] == [
        "PER", "ORG", "LOC", "LOC", None, None]
    assert to_bio(["B-pers", "E-pers", "S-fac", "O", "S-event", "I-org", "E-org", "S-PER"]) == [
        "B-PER", "I-PER", "B-LOC", "O", "O", "B-ORG", "I-ORG", "B-PER"]


def test_fake_tagger_is_a_tagger():
    t = FakeTagger({"علی رضایی": "PER"})
    assert isinstance(t, Tagger)
    assert t.tag([["علی", "رضایی", "و", "علی"]]) == [["B-PER", "I-PER", "O", "O"]]


def test_missing_model_files_give_clear_errors(tmp_path):
    with pytest.raises(ModelNotFoundError, match="model.json"):
        StanzaTagger(model_dir=tmp_path)
    (tmp_path / "model.json").write_text(json.dumps({"files": {"ner_model_path": "x.pt"}}))
    with pytest.raises(ModelNotFoundError, match="x.pt"):
        StanzaTagger(model_dir=tmp_path)
    with pytest.raises(ModelNotFoundError, match="stanza.download"):
        StanzaTagger(stanza_dir=tmp_path / "nothing")
    with pytest.raises(ValueError, match="not both"):
        StanzaTagger(model_dir=tmp_path, stanza_dir=tmp_path)


def stanza_layout(root, package="arman", model_dir=None):
    """A Stanza resources directory the way stanza.download lays it out (model and word vectors)."""
    (root / "fa" / "ner").mkdir(parents=True)
    (root / "fa" / "pretrain").mkdir(parents=True)
    if model_dir is None:
        (root / "fa" / "ner" / f"{package}.pt").write_bytes(b"")
        (root / "fa" / "pretrain" / "conll17.pt").write_bytes(b"")
    else:
        shutil.copy(model_dir / "fa_ner.pt", root / "fa" / "ner" / f"{package}.pt")
        shutil.copy(model_dir / "fa_w2v.pt", root / "fa" / "pretrain" / "conll17.pt")
    deps = [{"model": "pretrain", "package": "conll17"}]
    resources = {"fa": {"default_processors": {"tokenize": "perdt", "ner": package},
                        "ner": {package: {"md5": "0", "dependencies": deps}}, "lang_name": "Persian"}}
    (root / "resources.json").write_text(json.dumps(resources))
    return root


def test_stanza_layout_resolves_dependencies(tmp_path):
    root = stanza_layout(tmp_path)
    res = json.loads((root / "resources.json").read_text())
    res["fa"]["ner"]["arman"]["dependencies"].append({"model": "forward_charlm", "package": "conll17"})
    (root / "resources.json").write_text(json.dumps(res))
    with pytest.raises(ModelNotFoundError, match="forward_charlm/conll17.pt"):
        StanzaTagger(stanza_dir=root)
    with pytest.raises(ModelNotFoundError, match="'nope' is not in"):
        StanzaTagger(stanza_dir=root, package="nope")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


SENTENCE = ["سعید", "خطیب‌زاده", "سخنگوی", "وزارت", "امور", "خارجه", "ایران", "در", "تهران", "گفت", "."]


@pytest.mark.model
def test_shipped_model_loads_offline_and_tags(no_network):
    tagger = StanzaTagger().load()
    tags = tagger.tag([SENTENCE, [], ["ولادیمیر", "پوتین", "به", "مسکو", "رفت"]])
    assert tags[1] == []
    assert tags[0][:2] == ["B-PER", "I-PER"]
    assert tags[0][8] == "B-LOC"
    assert tags[2][:2] == ["B-PER", "I-PER"] and tags[2][3] == "B-LOC"


@pytest.mark.model
def test_empty_and_blank_tokens_are_tagged_o_without_breaking_the_sentence():
    """Pretokenized input may hold an empty token; the character model cannot take one."""
    tagger = StanzaTagger().load()
    tags = tagger.tag([["", "ولادیمیر", "پوتین", " ", "به", "مسکو", "رفت"], [""]])
    assert tags[0][0] == "O" and tags[0][3] == "O" and tags[1] == ["O"]
    assert tags[0][1:3] == ["B-PER", "I-PER"] and tags[0][5] == "B-LOC"


@pytest.mark.model
def test_official_stanza_layout_loads_offline(tmp_path, no_network):
    root = stanza_layout(tmp_path, package="arman", model_dir=DEFAULT_MODEL_DIR)
    nlp = Pipeline(stanza_dir=root, package="arman")
    doc = nlp.extract("ولادیمیر پوتین به مسکو رفت.")
    assert [(m.text, m.label) for m in doc.mentions][:1] == [("ولادیمیر پوتین", "PER")]
    assert StanzaTagger(stanza_dir=root).name == "stanza:arman"  # default package from resources.json


@pytest.mark.model
def test_every_file_of_the_manifest_is_what_stanza_loads():
    """A model trained with vectors but loaded without them runs on random vectors, silently."""
    manifest = json.loads((DEFAULT_MODEL_DIR / "model.json").read_text())
    assert set(manifest["files"]) == {"ner_model_path", "ner_pretrain_path"}
    config = StanzaTagger().load()._load().config
    for key, rel in manifest["files"].items():
        assert config[key] == str(DEFAULT_MODEL_DIR / rel)


def test_shipped_model_files_fit_the_size_budget():
    total = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir() if p.is_file())
    assert total < 60 * 2**20


@pytest.mark.model
def test_direct_model_call_gives_the_tags_of_the_stanza_document_path(real_pipeline):
    """The tagger feeds token lists to Stanza's NER model itself; the tags must be those of
    Stanza's own pipeline, over several batches and odd tokens."""
    from ner_fa.tokenize import split_sentences

    text = (Path(__file__).resolve().parents[1] / "examples" / "astana_visit.txt").read_text(encoding="utf-8")
    sents = [[t.text for t in s.tokens] for s in split_sentences(text)]
    odd = [["x" * 200], ["CSTO", "و", "ناتو", "😀", "۱۴۰۱"], ["ایران"], SENTENCE]
    sents = (sents + odd) * 30  # more sentences than one batch of the tagger
    tagger = real_pipeline.tagger
    assert tagger.direct and len(sents) > tagger.batch_size
    direct = tagger.tag(sents)
    tagger.direct = False
    try:
        reference = tagger.tag(sents)
    finally:
        tagger.direct = True
    assert direct == reference
    assert any(t != "O" for tags in direct for t in tags)


def test_direct_call_declines_an_unexpected_stanza_processor():
    from ner_fa.tagger import _predict_direct

    class Processor:  # no trainers/configs: another Stanza version's NER processor
        pass

    class Nlp:
        def __init__(self):
            self.processors = {"ner": Processor()}

    assert _predict_direct(Nlp(), [["ایران"]]) is None
