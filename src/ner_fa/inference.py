"""Prediction with a Stanza NER model without Stanza's prediction wrapper.

Stanza's ``Trainer.predict`` computes the CRF training loss at prediction, builds its tensors
through a ``DataLoader`` (character ids of every token, several sorts, padded tensors made row
by row), runs every word of a batch through the character LSTM, and decodes one sentence at a
time in numpy. :class:`BatchPredictor` runs the same network and the same decoding with less
around it:

* **batches by total tokens**: sentences are sorted by length (longest first) and cut into
  batches of at most ``max_batch_tokens`` tokens, so a batch of long sentences is not as
  large as a batch of short ones, and almost nothing is padded;
* **the network's forward pass only**, in inference mode: the same modules in the same order
  as ``NERTagger.forward`` in evaluation mode (dropouts are identities there), without the
  loss; token ids are looked up once per distinct token string and cached; the character
  LSTM runs once per distinct word of a batch, and a word's character representation (which
  depends on the word alone) is kept for later calls (:data:`DEFAULT_CHAR_CACHE_WORDS`);
* **Viterbi decoding in batch** (vectorized numpy over the sentences of a batch, on the packed
  scores), the same float32 arithmetic and tie-breaking (first maximum) as Stanza's
  ``viterbi_decode``, then the same tag fixes (ids below the vocabulary prefix → ``O``,
  singleton ``B-``/``E-`` → ``S-``).

The tags are those of Stanza's path (``tests/test_inference.py`` compares them on PEYMA dev).
Models this does not cover (BERT, character language models, several tag columns, recurrent
dropout in the character LSTM) are left to Stanza's wrapper: :meth:`BatchPredictor.supports`
says why. Only ``ner_fa.tagger`` builds these objects (stanza and torch are imported there).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DEFAULT_CHAR_CACHE_WORDS", "DEFAULT_MAX_BATCH_TOKENS", "BatchPredictor", "quantize_int8", "viterbi_packed"]

DEFAULT_MAX_BATCH_TOKENS = 8192
"""Tokens per forward pass (sentences are never split; a longer sentence is a batch of its own)."""
DEFAULT_CHAR_CACHE_WORDS = 32_768
"""Words whose character-LSTM representation is kept between calls (8 MB per 10,000 words at
the shipped model's 2 × 100 dimensions); 0 turns the cache off."""
_CACHE_LIMIT = 200_000  # distinct token strings whose ids are kept between calls


def viterbi_packed(scores, batch_sizes, trans):
    """Best tag ids for the sentences of a packed batch.

    ``scores``: float32 array ``(N, K)`` in ``PackedSequence`` order (time-major, sentences
    sorted longest first); ``batch_sizes[t]``: how many sentences have a token ``t``;
    ``trans[i, j]``: the score of tag ``j`` after tag ``i``. Returns an int array ``(N,)``
    in the same packed order. Same arithmetic as ``stanza.models.common.crf.viterbi_decode``
    run on each sentence alone.
    """
    import numpy as np

    bs = [int(b) for b in batch_sizes]
    offsets = np.concatenate([[0], np.cumsum(bs)])
    trellis = scores[: bs[0]].copy()
    back = [None]
    for t in range(1, len(bs)):
        n = bs[t]
        v = trellis[:n, :, None] + trans[None, :, :]
        back.append(v.argmax(axis=1))
        trellis[:n] = scores[offsets[t]: offsets[t] + n] + v.max(axis=1)
    cur = trellis.argmax(axis=1)
    out = np.empty(int(offsets[-1]), dtype=np.int64)
    for t in range(len(bs) - 1, -1, -1):
        n = bs[t]
        out[offsets[t]: offsets[t] + n] = cur[:n]
        if t:
            cur[:n] = back[t][np.arange(n), cur[:n]]
    return out


class BatchPredictor:
    """Tags pretokenized sentences with one Stanza NER ``Trainer``'s model (BIOES tags, as
    ``Trainer.predict`` gives them)."""

    def __init__(self, trainer, *, max_batch_tokens: int = DEFAULT_MAX_BATCH_TOKENS) -> None:
        reason = self.supports(trainer)
        if reason:
            raise ValueError(f"BatchPredictor cannot run this model: {reason}")
        if isinstance(max_batch_tokens, bool) or not isinstance(max_batch_tokens, int) or max_batch_tokens < 1:
            raise ValueError(f"max_batch_tokens must be a positive int, got {max_batch_tokens!r}")
        self.trainer = trainer
        self.max_batch_tokens = max_batch_tokens
        model = trainer.model
        vocab = model.vocab
        self._lower = model.args.get("lowercase", True)
        self._char_lower = model.args.get("char_lowercase", False)
        self._word_vocab = vocab["word"] if "word" in vocab else None  # noqa: SIM401 (MultiVocab has no get)
        self._delta_vocab = vocab["delta"] if "delta" in vocab and model.delta_emb is not None else None
        self._char_vocab = vocab["char"]
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

        tag_vocab = vocab["tag"]
        tagset = model.args.get("predict_tagset", 0)
        n_tags = tag_vocab.lens()[0]

        def unit(i: int) -> str:
            u = tag_vocab.id2unit((max(i, VOCAB_PREFIX_SIZE),))
            return u[tagset] if isinstance(u, list) else u

        self._id2tag = [unit(i) for i in range(n_tags)]
        self._cache: dict[str, tuple[int, int, tuple[int, ...]]] = {}
        self.char_cache_size = DEFAULT_CHAR_CACHE_WORDS
        self._char_rows: dict[str, int] = {}
        self._char_buffer = None

    @staticmethod
    def supports(trainer) -> str | None:
        """None when this predictor can run ``trainer``'s model, else the reason it cannot."""
        model = getattr(trainer, "model", None)
        args = getattr(model, "args", None)
        if model is None or not isinstance(args, dict):
            return "not a Stanza NER trainer"
        import torch

        if getattr(model, "bert_model", None) is not None or args.get("bert_model"):
            return "it uses a transformer"
        if not args.get("char") or args.get("char_emb_dim", 0) <= 0 or args.get("charlm"):
            return "it has no trained character BiLSTM (or uses character language models)"
        if getattr(model, "num_output_layers", 1) != 1 or args.get("connect_output_layers"):
            return "it predicts several tag columns"
        if "word" not in model.vocab and getattr(model, "delta_emb", None) is None:
            return "it has no word embeddings"
        if args.get("word_emb_dim", 0) <= 0:
            return "it has no word embeddings"
        charmodel = getattr(model, "charmodel", None)
        if charmodel is None or charmodel.attn or not _is_lstm(charmodel.charlstm.lstm, torch):
            return "its character model is not a plain bidirectional LSTM"
        if not _is_lstm(model.taggerlstm.lstm, torch):
            return "its sentence LSTM has recurrent dropout"
        return None

    # -- inputs -------------------------------------------------------------
    def _ids(self, token: str) -> tuple[int, int, tuple[int, ...]]:
        got = self._cache.get(token)
        if got is None:
            from stanza.models.common.vocab import PAD_ID

            key = token.lower() if self._lower else token
            wid = self._word_vocab.unit2id(key) if self._word_vocab is not None else PAD_ID
            did = self._delta_vocab.unit2id(key) if self._delta_vocab is not None else PAD_ID
            chars = token.lower() if self._char_lower else token
            got = (wid, did, tuple(self._char_vocab.map(list(chars))))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[token] = got
        return got

    def _batches(self, order: list[int], lengths: list[int]) -> list[list[int]]:
        batches: list[list[int]] = []
        cur: list[int] = []
        total = 0
        for i in order:
            if cur and total + lengths[i] > self.max_batch_tokens:
                batches.append(cur)
                cur, total = [], 0
            cur.append(i)
            total += lengths[i]
        if cur:
            batches.append(cur)
        return batches

    # -- the network --------------------------------------------------------
    def _forward(self, sents: Sequence[Sequence[str]]):
        """Packed emission scores ``(N, K)`` (numpy float32) and the batch sizes of the packing,
        for sentences sorted longest first."""
        import numpy as np
        import torch
        from stanza.models.common.vocab import PAD_ID, UNK_ID
        from torch.nn.utils.rnn import PackedSequence

        model = self.trainer.model
        lens = np.array([len(s) for s in sents])
        n_sents, longest = len(sents), int(lens[0])
        # token positions of the packed order (time-major): row t of the transposed mask
        mask_t = np.arange(longest)[:, None] < lens[None, :]
        batch_sizes = mask_t.sum(axis=1)
        # distinct words of the batch, and each token's index among them, in sentence order
        uniq: dict[str, int] = {}
        tok_uniq = np.fromiter((uniq.setdefault(w, len(uniq)) for s in sents for w in s), dtype=np.int64,
                               count=int(lens.sum()))
        words = list(uniq)
        ids = [self._ids(w) for w in words]
        padded = np.zeros((n_sents, longest), dtype=np.int64)
        padded[mask_t.T] = tok_uniq
        packed_uniq = torch.from_numpy(padded.T[mask_t])  # each packed token's distinct word

        inputs = []
        emb = None
        if self._word_vocab is not None:
            wid = torch.tensor([x[0] for x in ids], dtype=torch.long)[packed_uniq]
            emb = model.word_emb(wid)
        if self._delta_vocab is not None:
            did = torch.tensor([x[1] for x in ids], dtype=torch.long)[packed_uniq]
            if emb is not None:
                # as NERTagger.forward: a word unknown to the delta vocabulary but known to the
                # pretrained one gets no delta
                did = did.masked_fill(did.eq(UNK_ID) & wid.ne(UNK_ID), PAD_ID)
                emb = emb + model.delta_emb(did)
            else:
                emb = model.delta_emb(did)
        inputs.append(emb)

        inputs.append(self._char_reps(words, ids)[packed_uniq])

        x = torch.cat(inputs, 1)
        if model.input_transform is not None:
            x = model.input_transform(x)
        layers, hidden = model.args["num_layers"], model.args["hidden_dim"]
        bs = torch.from_numpy(batch_sizes.astype(np.int64))
        out, _ = model.taggerlstm.lstm(PackedSequence(x, bs), (
            model.taggerlstm_h_init.expand(2 * layers, n_sents, hidden).contiguous(),
            model.taggerlstm_c_init.expand(2 * layers, n_sents, hidden).contiguous()))
        logits = model.tag_clfs[0](out.data)
        trans = model.crits[0]._transitions
        return logits.numpy(), batch_sizes, trans.detach().numpy(), mask_t

    def clear_cache(self) -> None:
        """Forget the cached token ids and character representations."""
        self._cache.clear()
        self._char_rows.clear()
        self._char_buffer = None

    def _char_lstm(self, ids: list[tuple[int, int, tuple[int, ...]]]):
        """The character BiLSTM's word representations ``(len(ids), 2 * char_hidden)``, as
        ``CharacterModel.forward`` computes them (words longest first, final states)."""
        import numpy as np
        import torch
        from stanza.models.common.vocab import PAD_ID

        charmodel = self.trainer.model.charmodel
        wordlens = np.array([len(x[2]) for x in ids])
        by_len = np.argsort(-wordlens, kind="stable")
        chars = np.full((len(ids), int(wordlens.max())), PAD_ID, dtype=np.int64)
        for row, k in enumerate(by_len):
            chars[row, : wordlens[k]] = ids[k][2]
        n_dir, layers, hidden = charmodel.num_dir, charmodel.args["char_num_layers"], charmodel.args["char_hidden_dim"]
        char_in = torch.nn.utils.rnn.pack_padded_sequence(
            charmodel.char_emb(torch.from_numpy(chars)), wordlens[by_len].tolist(), batch_first=True)
        _, (h, _) = charmodel.charlstm.lstm(char_in, (
            charmodel.charlstm_h_init.expand(n_dir * layers, len(ids), hidden).contiguous(),
            charmodel.charlstm_c_init.expand(n_dir * layers, len(ids), hidden).contiguous()))
        reps = h[-2:].transpose(0, 1).contiguous().view(len(ids), -1)
        unsort = torch.empty(len(ids), dtype=torch.long)
        unsort[torch.from_numpy(by_len)] = torch.arange(len(ids))
        return reps[unsort]

    def _char_reps(self, words: list[str], ids: list[tuple[int, int, tuple[int, ...]]]):
        """Character representations of distinct ``words``: from the cache of earlier calls
        where present (a word's representation depends on the word alone), the others computed
        in one character-LSTM pass and cached. The cache holds ``char_cache_size`` words and
        starts afresh when full."""
        import torch

        size = self.char_cache_size
        if size < len(words):
            return self._char_lstm(ids)
        rows = self._char_rows
        if self._char_buffer is not None and self._char_buffer.shape[0] != size:
            rows.clear()
            self._char_buffer = None
        missing = [k for k, w in enumerate(words) if w not in rows]
        if missing:
            if len(rows) + len(missing) > size:
                rows.clear()
                missing = list(range(len(words)))
            new = self._char_lstm([ids[k] for k in missing])
            if self._char_buffer is None:
                self._char_buffer = torch.empty(size, new.shape[1], dtype=new.dtype)
            start = len(rows)
            self._char_buffer[start: start + len(missing)] = new
            for j, k in enumerate(missing):
                rows[words[k]] = start + j
        return self._char_buffer[torch.tensor([rows[w] for w in words], dtype=torch.long)]

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags of non-empty pretokenized sentences, one list per sentence."""
        import torch
        from stanza.models.ner.trainer import fix_singleton_tags

        lengths = [len(s) for s in sentences]
        if any(n == 0 for n in lengths):
            raise ValueError("BatchPredictor.predict needs non-empty sentences")
        order = sorted(range(len(sentences)), key=lambda i: -lengths[i])
        out: list[list[str]] = [[] for _ in sentences]
        id2tag = self._id2tag
        self.trainer.model.eval()
        with torch.inference_mode():
            for batch in self._batches(order, lengths):
                sents = [sentences[i] for i in batch]
                scores, batch_sizes, trans, mask_t = self._forward(sents)
                best = viterbi_packed(scores, batch_sizes, trans)
                grid = mask_t.astype(best.dtype)  # (T, B): tag ids back in sentence order
                grid[mask_t] = best
                for col, i in enumerate(batch):
                    out[i] = fix_singleton_tags([id2tag[t] for t in grid[: lengths[i], col]])
        return out


def _is_lstm(module, torch) -> bool:
    """A torch LSTM (float or dynamically quantized), not Stanza's recurrent-dropout LSTM."""
    lstm_types = (torch.nn.LSTM,)
    try:
        from torch.ao.nn.quantized.dynamic import LSTM as QLSTM

        lstm_types += (QLSTM,)
    except ImportError:  # pragma: no cover
        pass
    return isinstance(module, lstm_types) and module.bidirectional


def quantize_int8(model) -> None:
    """Replace the LSTMs and linear layers of a Stanza NER model, in place, by int8 dynamically
    quantized ones (``torch.ao.quantization.quantize_dynamic``: int8 weights, activations
    quantized per call). Embeddings and the CRF transitions stay float32."""
    import warnings

    import torch
    from torch.ao.quantization import quantize_dynamic

    model.eval()
    with warnings.catch_warnings():
        # torch 2.13 announces that quantized tensor creation is deprecated (its own modules use it)
        warnings.filterwarnings("ignore", message=".*quantize_per_tensor.*deprecated", category=UserWarning)
        warnings.filterwarnings("ignore", message="torch.ao.quantization is deprecated", category=DeprecationWarning)
        quantize_dynamic(model, {torch.nn.LSTM, torch.nn.Linear}, dtype=torch.qint8, inplace=True)
