"""ner_fa.inference: the tagger's own batching, forward pass and batch Viterbi give exactly the
tags of Stanza's prediction path."""

from __future__ import annotations

from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

REPO = Path(__file__).resolve().parents[1]
PEYMA_DEV = REPO.parent / "shared" / "data" / "ner" / "peyma" / "dev.txt"

INLINE = [
    "حسن روحانی رئیس جمهور ایران امروز به نیویورک سفر کرد .",
    "به گزارش خبرگزاری ایرنا ، آنگلا مرکل صدر اعظم آلمان وارد پکن شد .",
    "آژانس بینالمللی انرژی اتمی گزارش تازه‌ای درباره برنامه هسته‌ای ایران منتشر کرد .",
    "ولادیمیر پوتین و رجب طیب اردوغان در آنکارا گفتگو کردند .",
    "ایران",
    "CSTO و ناتو 😀 ۱۴۰۱ " + "x" * 64,
    "سعید خطیب‌زاده سخنگوی وزارت امور خارجه ایران گفت که ایران ایران ایران .",
]


def _stanza_path(tagger, sents):
    """Tags through Stanza's DataLoader and Trainer.predict (the v6 path)."""
    tagger.batched = False
    try:
        return tagger.tag(sents)
    finally:
        tagger.batched = True


def test_batch_viterbi_equals_stanzas_per_sentence_viterbi():
    pytest.importorskip("stanza")
    from stanza.models.common.crf import viterbi_decode

    from ner_fa.inference import viterbi_packed

    rng = np.random.default_rng(7)
    k = 6
    for trial in range(30):
        lens = sorted(rng.integers(1, 12, size=int(rng.integers(1, 9))).tolist(), reverse=True)
        # small integers make ties frequent: both must pick the first maximum
        sents = [rng.integers(-2, 3, size=(n, k)).astype(np.float32) if trial % 2 else
                 rng.normal(size=(n, k)).astype(np.float32) for n in lens]
        trans = (rng.integers(-2, 3, size=(k, k)) if trial % 2 else rng.normal(size=(k, k))).astype(np.float32)
        batch_sizes = [sum(n > t for n in lens) for t in range(lens[0])]
        packed = np.concatenate([np.stack([s[t] for s in sents if len(s) > t]) for t in range(lens[0])])
        best = viterbi_packed(packed, batch_sizes, trans)
        got = [[] for _ in sents]
        pos = 0
        for n in batch_sizes:
            for b in range(n):
                got[b].append(int(best[pos]))
                pos += 1
        assert got == [[int(x) for x in viterbi_decode(s, trans)[0]] for s in sents]


def test_unsupported_models_are_named():
    from ner_fa.inference import BatchPredictor

    assert BatchPredictor.supports(object()) == "not a Stanza NER trainer"


@pytest.mark.model
def test_inline_sentences_tag_as_through_stanza(real_pipeline):
    tagger = real_pipeline.tagger
    sents = [s.split() for s in INLINE] * 3
    assert tagger._batch_predictors(tagger._load()), "the shipped model must run on the batched path"
    new = tagger.tag(sents)
    assert new == _stanza_path(tagger, sents)
    assert any(t != "O" for tags in new for t in tags)
    assert tagger.tag(sents) == new  # character representations from the cache
    # batches of a few tokens: many batches, sentences longer than a batch; a cache of a few words
    # (it starts afresh again and again), and none
    predictor = tagger._batch_predictors(tagger._load())[0]
    tagger.max_batch_tokens = 5
    try:
        for size in (12, 0):
            predictor.char_cache_size = size
            tagger.clear_cache()
            assert tagger.tag(sents) == new
    finally:
        tagger.max_batch_tokens = 8192
        predictor.char_cache_size = 32_768


@pytest.mark.model
@pytest.mark.skipif(not PEYMA_DEV.exists(), reason="PEYMA dev is not in ../shared/data")
def test_peyma_dev_tags_as_through_stanza(real_pipeline):
    from ner_fa.normalize import normalize_chars
    from ner_fa.training.corpora import read_corpus

    sents = [[normalize_chars(t) for t, _ in s] for s in read_corpus(PEYMA_DEV, "peyma")]
    assert len(sents) > 900
    tagger = real_pipeline.tagger
    tagger.clear_cache()
    new = tagger.tag(sents)
    assert new == _stanza_path(tagger, sents)
    assert tagger.tag(sents) == new  # again, with every word's character representation cached


def test_quantize_setting_from_argument_and_environment(monkeypatch):
    from ner_fa import StanzaTagger
    from ner_fa.tagger import ENV_QUANTIZE

    monkeypatch.delenv(ENV_QUANTIZE, raising=False)
    assert StanzaTagger().quantize is False
    monkeypatch.setenv(ENV_QUANTIZE, "1")
    assert StanzaTagger().quantize is True
    assert StanzaTagger(quantize=False).quantize is False
    monkeypatch.setenv(ENV_QUANTIZE, "maybe")
    with pytest.raises(ValueError, match=f"{ENV_QUANTIZE} must be 1 or 0"):
        StanzaTagger()
    with pytest.raises(ValueError, match="quantize must be True, False or None"):
        StanzaTagger(quantize="yes")


@pytest.mark.model
def test_quantized_model_runs_on_the_batched_path_and_finds_the_entities(real_pipeline):
    import warnings

    import torch

    from ner_fa import StanzaTagger
    from ner_fa.training.corpora import spans

    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*quantiz.*")  # loading prints no deprecation noise
        tagger = StanzaTagger(quantize=True).load()
    model = tagger._load().processors["ner"].trainers[0].model
    assert isinstance(model.taggerlstm.lstm, torch.ao.nn.quantized.dynamic.LSTM)
    assert isinstance(model.tag_clfs[0], torch.ao.nn.quantized.dynamic.Linear)
    assert tagger._batch_predictors(tagger._load())
    sents = [s.split() for s in INLINE[:4]]
    got = [set(spans(t)) for t in tagger.tag(sents)]
    floats = [set(spans(t)) for t in real_pipeline.tagger.tag(sents)]
    assert got == floats  # these clear sentences tag alike with int8 weights
