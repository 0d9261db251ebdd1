"""Several Stanza NER models of one vocabulary tagging together (issue 18, "agreement of models").

Two ways of combining N models, both over :class:`ner_fa.inference.BatchPredictor` objects:

* ``"mean"`` (default): each model's emission scores for a batch, and its CRF transitions, are
  averaged, and the Viterbi decoder runs once on the averages. This is the best tag path of the
  geometric mean of the members' CRF potentials (a product of experts).
* ``"vote"``: each model decodes alone; a span (start, end, label) is kept when more than half of
  the models predict it. Spans with a strict majority cannot overlap (two of them would need one
  model to predict both), so the result is a valid tagging.

The members must share the tag set and the word vocabularies (pretrained and fine-tuned
embeddings' words, and characters): they are versions of one model (fine-tunes, or runs of the
same recipe with other seeds or data weights), and the token ids are looked up once for all of
them. A mismatch raises :class:`EnsembleError` naming the vocabulary that differs.

An ensemble of full models multiplies the tagging time and the model files by N; the library ships
one model. :class:`EnsembleTagger` is for measurement and for producing training labels
(distillation), not a shipped default.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from .errors import NerFaError

__all__ = ["MODES", "EnsembleError", "EnsemblePredictor", "EnsembleTagger"]

MODES = ("mean", "vote")
_SHARED_VOCABS = ("word", "delta", "char", "tag")


class EnsembleError(NerFaError, ValueError):
    """The models given to an ensemble cannot be combined (different vocabularies or tag sets)."""


def _vocab_units(predictor, name: str):
    vocab = predictor.trainer.model.vocab
    if name not in vocab:
        return None
    return list(vocab[name]._id2unit)


class EnsemblePredictor:
    """Tags pretokenized sentences with N :class:`~ner_fa.inference.BatchPredictor` objects
    combined (``mode`` ``"mean"`` or ``"vote"``, see the module docstring); BIOES tags, as
    ``BatchPredictor.predict`` gives them."""

    def __init__(self, predictors: Sequence, *, mode: str = "mean") -> None:
        predictors = list(predictors)
        if not predictors:
            raise EnsembleError("an ensemble needs at least one model")
        if mode not in MODES:
            raise EnsembleError(f"unknown ensemble mode {mode!r}; choose one of {', '.join(MODES)}")
        first = predictors[0]
        for name in _SHARED_VOCABS:
            units = _vocab_units(first, name)
            for k, other in enumerate(predictors[1:], start=2):
                if _vocab_units(other, name) != units:
                    raise EnsembleError(
                        f"model {k} of the ensemble has another {name!r} vocabulary than model 1; an ensemble "
                        "combines versions of one model (same word vectors, training words, characters and tags): "
                        "fine-tune the members from one model (train --init-from) or train them with the same "
                        "--pretrain and corpora")
        if any(p._id2tag != first._id2tag for p in predictors):
            raise EnsembleError("the models of the ensemble read their tag ids differently (another tag scheme?)")
        self.predictors = predictors
        self.mode = mode
        for p in predictors[1:]:
            p._cache = first._cache  # same vocabularies: same token ids, looked up once

    @property
    def max_batch_tokens(self) -> int:
        return self.predictors[0].max_batch_tokens

    @max_batch_tokens.setter
    def max_batch_tokens(self, value: int) -> None:
        for p in self.predictors:
            p.max_batch_tokens = value

    def clear_cache(self) -> None:
        for p in self.predictors:
            p.clear_cache()

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags of non-empty pretokenized sentences, one list per sentence."""
        if self.mode == "vote":
            return _vote([p.predict(sentences) for p in self.predictors], len(self.predictors))
        return self._predict_mean(sentences)

    def _predict_mean(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        import torch
        from stanza.models.ner.trainer import fix_singleton_tags

        from .inference import viterbi_packed

        lengths = [len(s) for s in sentences]
        if any(n == 0 for n in lengths):
            raise ValueError("EnsemblePredictor.predict needs non-empty sentences")
        first = self.predictors[0]
        order = sorted(range(len(sentences)), key=lambda i: -lengths[i])
        out: list[list[str]] = [[] for _ in sentences]
        id2tag = first._id2tag
        for p in self.predictors:
            p.trainer.model.eval()
        n = len(self.predictors)
        with torch.inference_mode():
            for batch in first._batches(order, lengths):
                sents = [sentences[i] for i in batch]
                scores, batch_sizes, trans, mask_t = first._forward(sents)
                scores, trans = scores.copy(), trans.copy()
                for p in self.predictors[1:]:
                    s2, _, t2, _ = p._forward(sents)
                    scores += s2
                    trans += t2
                scores /= n
                trans /= n
                best = viterbi_packed(scores, batch_sizes, trans)
                grid = mask_t.astype(best.dtype)
                grid[mask_t] = best
                for col, i in enumerate(batch):
                    out[i] = fix_singleton_tags([id2tag[t] for t in grid[: lengths[i], col]])
        return out


def _vote(all_tags: list[list[list[str]]], n_models: int) -> list[list[str]]:
    """Spans predicted by more than half of the models, as BIOES tags."""
    from collections import Counter

    from .training.corpora import spans

    out = []
    for per_model in zip(*all_tags):
        counts = Counter(s for tags in per_model for s in spans(list(tags)))
        tags = ["O"] * len(per_model[0])
        for (start, end, label), k in counts.items():
            if 2 * k <= n_models:
                continue
            if end - start == 1:
                tags[start] = f"S-{label}"
                continue
            tags[start] = f"B-{label}"
            for j in range(start + 1, end - 1):
                tags[j] = f"I-{label}"
            tags[end - 1] = f"E-{label}"
        out.append(tags)
    return out


class EnsembleTagger:
    """A tagger (the :class:`ner_fa.tagger.Tagger` protocol: BIO tags over PER/LOC/ORG) made of
    several model directories, combined by :class:`EnsemblePredictor`.

    ``EnsembleTagger(["src/ner_fa/models", "/tmp/run_a/model"], mode="mean")``. Each directory is
    loaded as :class:`ner_fa.tagger.StanzaTagger` loads it; every model must be one the batched
    predictor runs (no character language model, no transformer).
    """

    def __init__(self, model_dirs: Sequence[str | os.PathLike], *, mode: str = "mean",
                 num_threads: int | None = None) -> None:
        from .tagger import StanzaTagger

        if isinstance(model_dirs, (str, os.PathLike)):
            raise TypeError("EnsembleTagger expects a list of model directories")
        if not model_dirs:
            raise EnsembleError("an ensemble needs at least one model directory")
        if mode not in MODES:
            raise EnsembleError(f"unknown ensemble mode {mode!r}; choose one of {', '.join(MODES)}")
        self.mode = mode
        self.members = [StanzaTagger(d, num_threads=num_threads) for d in model_dirs]
        self.name = "ensemble(" + ", ".join(m.name for m in self.members) + ")"
        self._predictor: EnsemblePredictor | None = None
        self._lock = threading.RLock()  # loading, and one call at a time (threads share the models)

    def load(self) -> EnsembleTagger:
        with self._lock:
            return self._load()

    def _load(self) -> EnsembleTagger:
        if self._predictor is None:
            predictors = []
            for m in self.members:
                found = m._batch_predictors(m._load())
                if not found or len(found) != 1:
                    raise EnsembleError(f"{m.name}: not a single model that ner_fa's batched predictor runs "
                                        "(a character language model or a transformer?); it cannot join an ensemble")
                predictors.append(found[0])
            self._predictor = EnsemblePredictor(predictors, mode=self.mode)
        return self

    def clear_cache(self) -> None:
        if self._predictor is not None:
            self._predictor.clear_cache()

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        from .tagger import tagged_sentences, tagger_batch
        from .threads import apply_num_threads

        self.load()
        todo, batch = tagger_batch(sentences)
        if not todo:
            return [[] for _ in sentences]
        with self._lock:
            apply_num_threads(self.members[0].num_threads)
            predicted = self._predictor.predict(batch)
        return tagged_sentences(sentences, todo, predicted)

    def __repr__(self) -> str:
        return f"EnsembleTagger({self.name!r}, mode={self.mode!r})"
