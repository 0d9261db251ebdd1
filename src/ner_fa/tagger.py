"""The Stanza adapter. It, :mod:`ner_fa.inference` (its prediction path) and
:mod:`ner_fa.threads` are the only modules that import stanza or torch, always lazily.

A tagger takes sentences as lists of token strings and returns one BIO tag per
token over the product's labels (``PER``, ``LOC``, ``ORG``). Two sources:

* the model shipped inside the package (``ner_fa/models/``, described by its
  ``model.json`` manifest), the default;
* Stanza's official Persian models, where a user has downloaded them: pass the
  Stanza resources directory (``stanza_dir``, laid out as
  ``{dir}/resources.json`` and ``{dir}/fa/ner/{package}.pt`` with the pretrain
  and character-LM files its ``resources.json`` names) and optionally the NER
  ``package`` (default: the one ``resources.json`` marks as default). Its Arman
  labels are mapped to ours (:data:`ARMAN_LABELS`).

Stanza is always built with ``download_method=None`` and pretokenized input, so
no network access is ever attempted.

:class:`FakeTagger` is a test double that tags from a dictionary, so tests of the
linker and pipeline run without loading a model.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from .errors import ModelLoadError, ModelNotFoundError, TaggerError
from .inference import DEFAULT_MAX_BATCH_TOKENS
from .threads import apply_num_threads, resolve_num_threads

__all__ = [
    "ARMAN_LABELS",
    "DEFAULT_MODEL_DIR",
    "FakeTagger",
    "StanzaTagger",
    "Tagger",
    "check_tags",
    "map_label",
]

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models"
ENV_MODEL_DIR = "NER_FA_MODEL_DIR"

ARMAN_LABELS: dict[str, str | None] = {
    "PERS": "PER", "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "FAC": "LOC", "GPE": "LOC",
    "ORG": "ORG",
    "PRO": None, "EVENT": None, "MISC": None,
}
MAX_TAGGER_TOKEN_CHARS = 64
# what the network sees for an empty or blank token (the character model cannot take an empty
# word); that token's tag is always O
BLANK_TOKEN_STANDIN = "."


def map_label(label: str) -> str | None:
    """Our label for a tagger label (case-insensitive), or None when we do not emit it."""
    return ARMAN_LABELS.get(label.upper())


def to_bio(tags: Sequence[str | None]) -> list[str]:
    """Tagger output (BIOES or BIO, any label set) as BIO over our labels."""
    out: list[str] = []
    prev_label: str | None = None
    for tag in tags:
        if not tag or tag == "O":
            out.append("O")
            prev_label = None
            continue
        prefix, _, raw = tag.partition("-")
        if not raw:
            out.append("O")
            prev_label = None
            continue
        label = map_label(raw)
        if label is None:
            out.append("O")
            prev_label = None
            continue
        inside = prefix.upper() in ("I", "E") and prev_label == label
        out.append(("I-" if inside else "B-") + label)
        prev_label = None if prefix.upper() in ("E", "S") else label
    return out


def _quiet_unknown_language(record: logging.LogRecord) -> bool:
    """Drop Stanza's warning about an 'unsupported language': our resources.json is empty on purpose."""
    return "unsupported language" not in record.getMessage()


LABELS = frozenset({"PER", "LOC", "ORG"})


def check_tags(sentences: Sequence[Sequence[str]], tags: object, name: str = "tagger") -> list[list[str]]:
    """``tags`` as returned by a tagger's ``tag(sentences)``, checked: one list per sentence,
    one tag per token, and every ``B-``/``I-`` tag over PER, LOC or ORG (other tags count as O).
    Raises :class:`~ner_fa.errors.TaggerError` naming the tagger and the first problem."""
    if not isinstance(tags, Sequence) or isinstance(tags, str) or len(tags) != len(sentences):
        got = len(tags) if isinstance(tags, Sequence) else type(tags).__name__
        raise TaggerError(f"tagger {name!r} returned {got} tag lists for {len(sentences)} sentences; "
                          f"tag() must return one list of tags per sentence")
    out = []
    for i, (sent, sent_tags) in enumerate(zip(sentences, tags)):
        if isinstance(sent_tags, str) or not isinstance(sent_tags, Sequence) or len(sent_tags) != len(sent):
            got = len(sent_tags) if isinstance(sent_tags, Sequence) else type(sent_tags).__name__
            raise TaggerError(f"tagger {name!r} returned {got} tags for sentence {i} of {len(sent)} tokens; "
                              f"tag() must return one tag per token")
        for tag in sent_tags:
            if not isinstance(tag, str):
                raise TaggerError(f"tagger {name!r} returned the tag {tag!r}; tags are strings such as 'B-PER'")
            prefix, _, label = tag.partition("-")
            if prefix in ("B", "I") and label not in LABELS:
                raise TaggerError(f"tagger {name!r} returned the tag {tag!r}; use B-/I- with PER, LOC or ORG "
                                  f"(ner_fa.tagger.to_bio maps BIOES tags and other label sets to these)")
        out.append(list(sent_tags))
    return out


@runtime_checkable
class Tagger(Protocol):
    """Anything that tags pretokenized sentences with BIO tags over PER/LOC/ORG."""

    name: str

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


class FakeTagger:
    """Tags every occurrence of the given token sequences; for tests and examples.

    >>> FakeTagger({"علی رضایی": "PER"}).tag([["علی", "رضایی", "آمد"]])
    [['B-PER', 'I-PER', 'O']]
    """

    name = "fake"

    def __init__(self, phrases: Mapping[str, str]) -> None:
        self._phrases = sorted(((p.split(), lab) for p, lab in phrases.items()), key=lambda x: -len(x[0]))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        out = []
        for sent in sentences:
            tags = ["O"] * len(sent)
            for words, label in self._phrases:
                n = len(words)
                for i in range(len(sent) - n + 1):
                    if list(sent[i:i + n]) == words and all(t == "O" for t in tags[i:i + n]):
                        tags[i:i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
            out.append(tags)
        return out


def _read_manifest(model_dir: Path) -> dict:
    manifest = model_dir / "model.json"
    if not manifest.is_file():
        raise ModelNotFoundError(
            f"no model manifest at {manifest}. Reinstall ner-fa, or pass model_dir= a directory "
            f"holding model.json and the files it names (see `python -m ner_fa.training.train`)"
        )
    try:
        return json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"cannot read {manifest}: {exc}") from exc


def _stanza_resource_paths(stanza_dir: Path, package: str | None) -> tuple[str, dict[str, Path]]:
    """Files of a Persian NER package in a Stanza resources directory."""
    resources_file = stanza_dir / "resources.json"
    if not resources_file.is_file():
        raise ModelNotFoundError(
            f"{resources_file} not found. Download Stanza's Persian NER model on a connected machine with "
            f"`python -c \"import stanza; stanza.download('fa', processors='ner', model_dir='{stanza_dir}')\"` "
            f"and copy that directory here"
        )
    try:
        resources = json.loads(resources_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"cannot read {resources_file}: {exc}") from exc
    fa = resources.get("fa") or {}
    ner_packages = fa.get("ner") or {}
    if package is None:
        package = (fa.get("default_processors") or {}).get("ner")
        if isinstance(package, list):
            package = package[0] if package else None
        if package is None and len(ner_packages) == 1:
            package = next(iter(ner_packages))
    if not package:
        raise ModelNotFoundError(f"{resources_file} names no Persian NER package; pass package=")
    if package not in ner_packages:
        raise ModelNotFoundError(
            f"Persian NER package {package!r} is not in {resources_file} (it has: {sorted(ner_packages) or 'none'})"
        )
    paths = {"ner_model_path": stanza_dir / "fa" / "ner" / f"{package}.pt"}
    names = {"pretrain": "ner_pretrain_path", "forward_charlm": "ner_forward_charlm_path",
             "backward_charlm": "ner_backward_charlm_path"}
    for dep in ner_packages[package].get("dependencies", []) or []:
        model = dep.get("model")
        if model in names:
            paths[names[model]] = stanza_dir / "fa" / model / f"{dep['package']}.pt"
    return package, paths


def _predict_document(nlp, batch: list[list[str]]) -> list[list[str]]:
    """Tags of pretokenized sentences through the whole Stanza pipeline (a Document)."""
    return [[tok.ner for tok in sent.tokens] for sent in nlp(batch).sentences]


_TOKEN_LOADER = None


def _token_loader_class():
    """A Stanza NER ``DataLoader`` that reads token lists instead of a Document (built on
    first use, so that stanza is imported lazily)."""
    global _TOKEN_LOADER
    if _TOKEN_LOADER is None:
        from stanza.models.ner.data import DataLoader

        class TokenLoader(DataLoader):
            def __init__(self, sentences, *args, **kwargs):
                self._sentences = sentences
                super().__init__(None, *args, **kwargs)

            def _load_doc(self, doc, scheme):
                # what DataLoader._load_doc makes of an untagged Document: (text, (None,)) per token
                return [[[word, (None,)] for word in sent] for sent in self._sentences]

        _TOKEN_LOADER = TokenLoader
    return _TOKEN_LOADER


def _predict_direct(nlp, batch: list[list[str]]) -> list[list[str]] | None:
    """Tags of pretokenized sentences from the NER processor's models, called the way
    ``NERProcessor.process`` calls them (same batches, same decoding, tags of several
    models merged), or None when this Stanza's processor does not look as expected or
    does not return one tag list per sentence (the caller then uses the Document path)."""
    proc = getattr(nlp, "processors", {}).get("ner")
    trainers, configs = getattr(proc, "trainers", None), getattr(proc, "configs", None)
    if not trainers or not configs or len(trainers) != len(configs):
        return None
    import torch
    from stanza.models.ner.utils import merge_tags

    loader_class = _token_loader_class()
    all_preds = []
    with torch.no_grad():
        for trainer, config in zip(trainers, configs):
            loader = loader_class(batch, config["batch_size"], config, vocab=trainer.vocab, evaluation=True,
                                  preprocess_tags=False, bert_tokenizer=trainer.model.bert_tokenizer)
            preds: list[list[str]] = []
            for b in loader:
                preds += trainer.predict(b)
            if len(preds) != len(batch) or any(len(p) != len(s) for p, s in zip(preds, batch)):
                return None
            all_preds.append(preds)
    return [list(merge_tags(*tags)) for tags in zip(*all_preds)]


def _predict_batched(predictors, batch: list[list[str]]) -> list[list[str]]:
    """Tags from :class:`~ner_fa.inference.BatchPredictor` objects (one per model of the NER
    processor), merged the way ``NERProcessor.process`` merges several models' tags."""
    all_preds = [p.predict(batch) for p in predictors]
    if len(all_preds) == 1:
        return all_preds[0]
    from stanza.models.ner.utils import merge_tags

    return [list(merge_tags(*tags)) for tags in zip(*all_preds)]


ENV_QUANTIZE = "NER_FA_QUANTIZE"


def _resolve_quantize(value: bool | None) -> bool:
    """``quantize=`` if given, else ``$NER_FA_QUANTIZE`` (1/0, true/false, yes/no), else False."""
    if value is not None:
        if not isinstance(value, bool):
            raise ValueError(f"quantize must be True, False or None, got {value!r}")
        return value
    env = os.environ.get(ENV_QUANTIZE, "").strip().lower()
    if not env:
        return False
    if env in ("1", "true", "yes", "on"):
        return True
    if env in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{ENV_QUANTIZE} must be 1 or 0 (true/false), got {env!r}")


def tagger_batch(sentences: Sequence[Sequence[str]]) -> tuple[list[int], list[list[str]]]:
    """What a Stanza model is given for ``sentences``: the indexes of the non-empty ones, and
    their tokens cut to :data:`MAX_TAGGER_TOKEN_CHARS`, a blank token replaced by
    :data:`BLANK_TOKEN_STANDIN` (the model cannot embed an empty word)."""
    todo = [i for i, s in enumerate(sentences) if len(s)]
    batch = [[tok[:MAX_TAGGER_TOKEN_CHARS] if tok.strip() else BLANK_TOKEN_STANDIN for tok in sentences[i]]
             for i in todo]
    return todo, batch


def tagged_sentences(sentences: Sequence[Sequence[str]], todo: list[int],
                     predicted: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags for every sentence from the model's tags of ``todo`` (:func:`tagger_batch`): a blank
    token is O, an empty sentence gets no tags."""
    out: list[list[str]] = [[] for _ in sentences]
    for i, tags in zip(todo, predicted, strict=True):
        if len(tags) != len(sentences[i]):
            raise ModelLoadError("the Stanza pipeline changed the tokenization; it must run pretokenized")
        out[i] = to_bio([t if tok.strip() else "O" for t, tok in zip(tags, sentences[i])])
    return out


class StanzaTagger:
    """A Stanza NER model run on pretokenized sentences, offline.

    ``StanzaTagger()`` loads the model shipped with ner_fa (or the directory in
    the ``NER_FA_MODEL_DIR`` environment variable); ``StanzaTagger(model_dir=...)``
    a directory with a ``model.json`` manifest; ``StanzaTagger(stanza_dir=...,
    package="arman")`` a model in Stanza's own resources layout.

    ``num_threads``: torch threads for tagging (default: ``$NER_FA_NUM_THREADS``, else 1; see
    :mod:`ner_fa.threads`). It is applied to the whole process before each call.

    ``quantize``: run the LSTMs and linear layers with int8 weights (dynamic quantization at
    load time; default: ``$NER_FA_QUANTIZE`` = 1/0, else off). Faster (about 1.2–1.3× tagging)
    at a small cost in F1, but a sentence's tags then depend slightly on the sentences batched
    with it (activations are quantized per batch): see ``docs/speed.md``.
    """

    def __init__(self, model_dir: str | os.PathLike | None = None, *, stanza_dir: str | os.PathLike | None = None,
                 package: str | None = None, batch_size: int = 256, device: str = "cpu",
                 num_threads: int | None = None, quantize: bool | None = None) -> None:
        if model_dir is not None and stanza_dir is not None:
            raise ValueError("pass model_dir or stanza_dir, not both")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
        self.batch_size = batch_size
        self.device = device
        self.num_threads = resolve_num_threads(num_threads)
        self.quantize = _resolve_quantize(quantize)
        if stanza_dir is not None:
            sdir = Path(stanza_dir)
            package, self.paths = _stanza_resource_paths(sdir, package)
            self.resources_dir = sdir
            self.name = f"stanza:{package}"
            self.manifest: dict = {"source": "stanza", "dir": str(sdir)}
        else:
            mdir = Path(model_dir or os.environ.get(ENV_MODEL_DIR) or DEFAULT_MODEL_DIR)
            self.manifest = _read_manifest(mdir)
            files = self.manifest.get("files", {})
            if "ner_model_path" not in files:
                raise ModelLoadError(f"{mdir / 'model.json'} names no 'ner_model_path' file")
            self.paths = {key: mdir / rel for key, rel in files.items()}
            self.resources_dir = mdir
            self.name = self.manifest.get("name", mdir.name)
        for key, path in self.paths.items():
            if not path.is_file():
                raise ModelNotFoundError(f"model file {path} ({key}) does not exist; the model is incomplete")
        self._pipeline = None
        # Three ways to the same tags, fastest first. ``batched`` (with ``direct``): ner_fa.inference
        # builds the batches, runs the network's forward pass and decodes in batch itself (where
        # the model is of a kind it covers). ``direct`` alone: Stanza's NER DataLoader and
        # Trainer.predict on our token lists (the path of v6). ``direct = False``: every call goes
        # through the Stanza pipeline and its Document, as a reference.
        self.batched = True
        self.direct = True
        # Load without the training optimizer and through the restricted C unpickler
        # (ner_fa.model_load, the same weights); False builds stanza.Pipeline as Stanza does.
        self.fast_load = True
        self.max_batch_tokens = DEFAULT_MAX_BATCH_TOKENS
        self._predictors: list | None = None
        self._lock = threading.Lock()  # guards loading
        self._run_lock = threading.Lock()  # one Stanza call at a time: threads share one model safely

    def _load(self):
        with self._lock:
            if self._pipeline is not None:
                return self._pipeline
            from .gc_pause import gc_paused

            with gc_paused():  # importing torch and Stanza and building the model: docs/startup.md
                return self._load_unlocked()

    def _load_unlocked(self):
        """:meth:`_load` under its lock."""
        try:
            import stanza
        except ImportError as exc:  # pragma: no cover - stanza is a hard dependency
            raise ModelLoadError(f"stanza is not importable: {exc}") from exc
        apply_num_threads(self.num_threads)
        resources_dir = self.resources_dir
        if not (resources_dir / "resources.json").is_file():
            raise ModelNotFoundError(f"{resources_dir / 'resources.json'} is missing")
        kwargs = {f"{k}": str(v) for k, v in self.paths.items()}
        stanza_logger = logging.getLogger("stanza")
        stanza_logger.addFilter(_quiet_unknown_language)
        from .model_load import fast_stanza_load

        loading = fast_stanza_load(self.paths.values()) if self.fast_load else contextlib.nullcontext()
        try:
            with loading:
                self._pipeline = stanza.Pipeline(
                    lang="fa", dir=str(resources_dir), processors="tokenize,ner",
                    tokenize_pretokenized=True, allow_unknown_language=True,
                    download_method=None, device=self.device, ner_batch_size=self.batch_size,
                    logging_level="WARN", **kwargs,
                )
        except Exception as exc:
            raise ModelLoadError(f"Stanza could not load the NER model from {resources_dir}: {exc}") from exc
        finally:
            stanza_logger.removeFilter(_quiet_unknown_language)
        if self.quantize:
            from .inference import quantize_int8

            for trainer in getattr(self._pipeline.processors.get("ner"), "trainers", None) or []:
                quantize_int8(trainer.model)
        return self._pipeline

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory (it loads on the first :meth:`tag` or :meth:`load`)."""
        return self._pipeline is not None

    def _batch_predictors(self, nlp) -> list | None:
        """One :class:`~ner_fa.inference.BatchPredictor` per model of the NER processor, or None
        when a model is of a kind it does not cover."""
        if self._predictors is None:
            from .inference import BatchPredictor

            trainers = getattr(getattr(nlp, "processors", {}).get("ner"), "trainers", None) or []
            ok = bool(trainers) and all(BatchPredictor.supports(t) is None for t in trainers)
            self._predictors = [BatchPredictor(t) for t in trainers] if ok else []
        for p in self._predictors:
            p.max_batch_tokens = self.max_batch_tokens
        return self._predictors or None

    def clear_cache(self) -> None:
        """Forget what the batched path caches between calls (token ids, the character
        representations of recent words): for benchmarks that tag the same text again."""
        for p in self._predictors or []:
            p.clear_cache()

    def load(self) -> StanzaTagger:
        """Load the model now instead of on first use."""
        self._load()
        return self

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        nlp = self._load()
        todo, batch = tagger_batch(sentences)
        if not todo:
            return [[] for _ in sentences]
        with self._run_lock:
            apply_num_threads(self.num_threads)
            predictors = self._batch_predictors(nlp) if self.batched and self.direct else None
            if predictors:
                predicted = _predict_batched(predictors, batch)
            else:
                predicted = _predict_direct(nlp, batch) if self.direct else None
            if predicted is None:
                predicted = _predict_document(nlp, batch)
        return tagged_sentences(sentences, todo, predicted)

    def __repr__(self) -> str:
        return f"StanzaTagger(name={self.name!r})"
