"""ner_fa.ensemble: several models of one vocabulary combined (averaged CRF scores, or a span vote)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from ner_fa.ensemble import EnsembleError, EnsemblePredictor, _vote

REPO = Path(__file__).resolve().parents[1]
PEYMA_DEV = REPO.parent / "shared" / "data" / "ner" / "peyma" / "dev.txt"

SENTENCES = [s.split() for s in (
    "حسن روحانی رئیس جمهور ایران امروز به نیویورک سفر کرد .",
    "به گزارش خبرگزاری ایرنا ، آنگلا مرکل صدر اعظم آلمان وارد پکن شد .",
    "ولادیمیر پوتین و رجب طیب اردوغان در آنکارا گفتگو کردند .",
    "ایران",
    "سعید خطیب‌زاده سخنگوی وزارت امور خارجه ایران گفت که ایران ایران ایران .",
)]


class _Vocab:
    def __init__(self, units):
        self._id2unit = list(units)


def _fake_predictor(words=("<PAD>", "a", "b"), tags=("O", "S-PER")):
    vocab = {"word": _Vocab(words), "char": _Vocab("ab"), "tag": _Vocab(tags)}
    return SimpleNamespace(trainer=SimpleNamespace(model=SimpleNamespace(vocab=vocab)), _id2tag=list(tags), _cache={})


@pytest.fixture(scope="module")
def predictor(real_pipeline):
    tagger = real_pipeline.tagger
    return tagger._batch_predictors(tagger._load())[0]


def _sentences():
    if PEYMA_DEV.is_file():
        from ner_fa.normalize import normalize_chars
        from ner_fa.training.corpora import read_peyma

        return SENTENCES + [[normalize_chars(t) for t, _ in s] for s in list(read_peyma(PEYMA_DEV))[:300]]
    return SENTENCES


@pytest.mark.parametrize("mode", ["mean", "vote"])
def test_a_one_model_ensemble_tags_exactly_like_the_model(predictor, mode):
    sents = _sentences()
    expected = predictor.predict(sents)
    assert any(t != "O" for tags in expected for t in tags)
    assert EnsemblePredictor([predictor], mode=mode).predict(sents) == expected


def test_an_ensemble_of_one_model_twice_tags_like_the_model(predictor):
    sents = _sentences()
    assert EnsemblePredictor([predictor, predictor]).predict(sents) == predictor.predict(sents)


def test_a_mismatched_word_vocabulary_is_rejected_with_a_clear_error(predictor):
    with pytest.raises(EnsembleError, match=r"model 2 .* another 'word' vocabulary .* --init-from"):
        EnsemblePredictor([predictor, _fake_predictor()])
    with pytest.raises(EnsembleError, match="'word' vocabulary"):
        EnsemblePredictor([_fake_predictor(), _fake_predictor(words=("<PAD>", "a", "c"))])
    with pytest.raises(EnsembleError, match="'tag' vocabulary"):
        EnsemblePredictor([_fake_predictor(), _fake_predictor(tags=("O", "S-LOC"))])
    EnsemblePredictor([_fake_predictor(), _fake_predictor()])  # the same vocabularies are accepted


def test_ensemble_arguments_are_checked():
    with pytest.raises(EnsembleError, match="at least one model"):
        EnsemblePredictor([])
    with pytest.raises(EnsembleError, match="unknown ensemble mode 'median'"):
        EnsemblePredictor([_fake_predictor()], mode="median")


def test_vote_keeps_the_spans_most_models_predict():
    a = [["B-PER", "E-PER", "O", "S-LOC", "O"]]
    b = [["B-PER", "E-PER", "O", "O", "S-ORG"]]
    c = [["S-PER", "O", "O", "S-LOC", "S-LOC"]]
    assert _vote([a, b, c], 3) == [["B-PER", "E-PER", "O", "S-LOC", "O"]]
    # two models of two must agree
    assert _vote([a, b], 2) == [["B-PER", "E-PER", "O", "O", "O"]]
    assert _vote([[["B-ORG", "I-ORG", "E-ORG"]]] * 3, 3) == [["B-ORG", "I-ORG", "E-ORG"]]


def test_the_mean_of_two_models_is_the_viterbi_path_of_averaged_scores(predictor):
    """Against a second member whose emissions are the first's with a fixed per-tag offset: the
    average shifts every emission by half the offset, which must change the tags exactly as the
    single model with that shift would."""
    import numpy as np
    import torch

    from ner_fa.inference import viterbi_packed

    n_tags = len(predictor._id2tag)
    offset = np.zeros(n_tags, dtype=np.float32)
    o_ids = [i for i, t in enumerate(predictor._id2tag) if t == "O"]
    offset[o_ids] = 6.0  # a strong push towards O

    class Shifted:
        def __init__(self, base):
            self.base = base
            self.trainer = base.trainer
            self._id2tag = base._id2tag
            self._cache = base._cache

        def _forward(self, sents):
            scores, bs, trans, mask = self.base._forward(sents)
            return scores + offset, bs, trans, mask

    ens = EnsemblePredictor([predictor, Shifted(predictor)])
    sents = SENTENCES
    got = ens.predict(sents)
    # reference: Viterbi on the first model's scores shifted by half the offset, one sentence at a time
    from stanza.models.ner.trainer import fix_singleton_tags

    expected = []
    for s in sents:
        with torch.inference_mode():
            scores, bs, trans, _ = predictor._forward([s])
        best = viterbi_packed(scores + offset / 2, bs, trans)
        expected.append(fix_singleton_tags([predictor._id2tag[t] for t in best]))
    assert got == expected
    assert got != predictor.predict(sents)  # the push changed something


def test_ensemble_tagger_gives_the_taggers_bio_tags(real_pipeline):
    from ner_fa.ensemble import EnsembleTagger
    from ner_fa.tagger import DEFAULT_MODEL_DIR

    sents = SENTENCES + [[], ["  "], ["ایران", " ", "."]]
    ens = EnsembleTagger([DEFAULT_MODEL_DIR, DEFAULT_MODEL_DIR])
    assert ens.tag(sents) == real_pipeline.tagger.tag(sents)
    with pytest.raises(TypeError):
        EnsembleTagger(str(DEFAULT_MODEL_DIR))


def test_evaluate_scores_an_ensemble(tmp_path, capsys, real_pipeline):
    import json

    from ner_fa.tagger import DEFAULT_MODEL_DIR
    from ner_fa.training.evaluate import main

    conll = tmp_path / "gold.conll"
    conll.write_text("حسن B-PER\nروحانی I-PER\nبه O\nنیویورک B-LOC\nرفت O\n\nایران B-LOC\n", encoding="utf-8")
    assert main([str(conll), "--format", "conll", "--json"]) == 0
    single = json.loads(capsys.readouterr().out)["original"]["micro"]
    assert main([str(conll), "--format", "conll", "--json", "--ensemble", str(DEFAULT_MODEL_DIR),
                 "--ensemble-mode", "vote"]) == 0
    assert json.loads(capsys.readouterr().out)["original"]["micro"] == single
    with pytest.raises(SystemExit):
        main([str(conll), "--ensemble", str(DEFAULT_MODEL_DIR), "--quantize"])
