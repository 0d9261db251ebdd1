"""Silver training data: the unlabeled news tagged by a model, kept where the model is sure.

    python -m ner_fa.training.silver --data-dir ../shared/data --out runs/silver/silver.tsv

Tags the Fars News and Varzesh3 articles of ``text/`` with a Stanza NER model (the shipped
one by default) and keeps the sentences it is confident about. The confidence of a sentence
is the smallest **CRF marginal** of its predicted tags: forward-backward over the network's
emission scores and the CRF transitions (the same scores the Viterbi decoder uses), so a
sentence is kept only when every token's predicted tag has at least that posterior
probability. Kept are every confident sentence with an entity, plus confident entity-free
sentences up to ``--empty-share`` of the output; ``--org-threshold`` asks more of sentences
with an ORG span (ORG is the type the model is least precise on).

Every document of the held-out news set's draw (:func:`ner_fa.training.newsset.draw`, and any
article with the same excerpt) is left out, and so is every repeated sentence. The output is
a two-column file (token, BIO tag; a blank line between sentences) that
``python -m ner_fa.training.train --corpora ...,silver --silver FILE`` reads.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..normalize import normalize_chars
from ..tagger import to_bio
from ..tokenize import split_sentences, tokenize
from .newsset import _paragraphs, draw, excerpt

SOURCES = ("farsnews", "varzesh3")


def crf_marginals(scores, trans, lengths: Sequence[int]):
    """Posterior tag probabilities ``(T, B, K)`` of a batch of linear-chain CRF sentences.

    ``scores``: emission scores ``(T, B, K)`` (time-major, padded), ``trans[i, j]``: the score
    of tag ``j`` after tag ``i`` (no start or end scores, as Stanza's CRF), ``lengths``: tokens
    per sentence. Positions past a sentence's end are 0. Log-space forward-backward in numpy.
    """
    import numpy as np

    scores = np.asarray(scores, dtype=np.float64)
    trans = np.asarray(trans, dtype=np.float64)
    n_steps, n_sents, _ = scores.shape
    lengths = np.asarray(lengths)

    def lse(x, axis):
        m = x.max(axis=axis, keepdims=True)
        return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)

    alpha = np.zeros_like(scores)
    alpha[0] = scores[0]
    for t in range(1, n_steps):
        alpha[t] = scores[t] + lse(alpha[t - 1][:, :, None] + trans[None], axis=1)
    beta = np.zeros_like(scores)
    for t in range(n_steps - 2, -1, -1):
        nxt = lse(trans[None] + (scores[t + 1] + beta[t + 1])[:, None, :], axis=2)
        beta[t] = np.where((lengths > t + 1)[:, None], nxt, 0.0)
    last = alpha[lengths - 1, np.arange(n_sents)]  # (B, K)
    log_z = lse(last, axis=1)
    marg = np.exp(alpha + beta - log_z[None, :, None])
    marg[np.arange(n_steps)[:, None] >= lengths[None, :]] = 0.0
    return marg


def tag_with_confidence(predictor, sentences: Sequence[Sequence[str]], *,
                        per_token: bool = False) -> list[tuple[list[str], float]]:
    """``(BIOES tags, confidence)`` per sentence from a :class:`ner_fa.inference.BatchPredictor`:
    the Viterbi tags (as ``predict`` gives them) and the smallest CRF marginal of those tags
    (with ``per_token``, the list of every token's marginal instead)."""
    import numpy as np
    import torch
    from stanza.models.ner.trainer import fix_singleton_tags

    from ..inference import viterbi_packed

    lengths = [len(s) for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: -lengths[i])
    out: list = [None] * len(sentences)
    predictor.trainer.model.eval()
    with torch.inference_mode():
        for batch in predictor._batches(order, lengths):
            scores, batch_sizes, trans, mask_t = predictor._forward([sentences[i] for i in batch])
            best = viterbi_packed(scores, batch_sizes, trans)
            grid = mask_t.astype(best.dtype)
            grid[mask_t] = best
            padded = np.zeros((*mask_t.shape, scores.shape[1]), dtype=np.float32)
            padded[mask_t] = scores
            lens = [lengths[i] for i in batch]
            marg = crf_marginals(padded, trans, lens)
            for col, i in enumerate(batch):
                ids = grid[: lengths[i], col]
                token_marg = marg[np.arange(lengths[i]), col, ids]
                conf = [float(x) for x in token_marg] if per_token else float(token_marg.min())
                out[i] = (fix_singleton_tags([predictor._id2tag[t] for t in ids]), conf)
    return out


def unlabeled_sentences(data_dir: Path, *, min_tokens: int = 5, max_tokens: int = 80) -> Iterator[list[str]]:
    """Distinct tokenized sentences (tagger character map applied) of the news articles in
    ``text/``, without any document of the held-out news set's draw."""
    drawn = draw(data_dir)
    drawn_ids = {doc for doc, _ in drawn}
    drawn_texts = {text for _, text in drawn}
    seen: set[str] = set()
    for folder in SOURCES:
        for path in sorted((data_dir / "text" / folder).glob("*.json")):
            with open(path, encoding="utf-8") as fh:
                articles = json.load(fh)
            for i, article in enumerate(articles):
                if f"{folder}/{path.name}#{i}" in drawn_ids or excerpt(article) in drawn_texts:
                    continue
                title = " ".join(str(article.get("title") or "").split())
                for text in [title, *_paragraphs(article)]:
                    if not text:
                        continue
                    for s in split_sentences(text, tokens=tokenize(text)):
                        toks = [normalize_chars(t.text) for t in s.tokens]
                        key = " ".join(toks)
                        if min_tokens <= len(toks) <= max_tokens and key not in seen:
                            seen.add(key)
                            yield toks


def select(tagged: Sequence[tuple[list[str], list[str], float]], *, threshold: float, org_threshold: float,
           empty_share: float, max_sentences: int, seed: int) -> list[tuple[list[str], list[str]]]:
    """Confident sentences: ``(tokens, BIO tags)``, those with entities first, then entity-free ones
    up to ``empty_share`` of the result, at most ``max_sentences`` (the most confident)."""
    with_ents, empty = [], []
    for toks, tags, conf in tagged:
        bio = to_bio(tags)
        has_org = any(t.endswith("-ORG") for t in bio)
        if conf < (org_threshold if has_org else threshold):
            continue
        (with_ents if any(t != "O" for t in bio) else empty).append((conf, toks, bio))
    with_ents.sort(key=lambda x: -x[0])
    n_ents = min(len(with_ents), int(max_sentences * (1 - empty_share)))
    n_empty = min(len(empty), int(n_ents * empty_share / (1 - empty_share)) if empty_share < 1 else len(empty))
    rng = random.Random(seed)
    kept = with_ents[:n_ents] + rng.sample(empty, n_empty)
    rng.shuffle(kept)
    return [(toks, bio) for _, toks, bio in kept]


def write_columns(sentences: Sequence[tuple[list[str], list[str]]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for toks, tags in sentences:
            fh.writelines(f"{tok}\t{tag}\n" for tok, tag in zip(toks, tags))
            fh.write("\n")


def confidence_predictor(model_dir: str | None):
    """The batched predictor of the model in ``model_dir`` (default: the shipped one), whose CRF
    scores give :func:`tag_with_confidence` its marginals; None, with a message, for a model it
    cannot run."""
    from ..tagger import StanzaTagger

    tagger = StanzaTagger(model_dir).load()
    predictors = tagger._batch_predictors(tagger._load())
    if not predictors or len(predictors) != 1:
        print("the model is not one the batched predictor runs; confidence needs its CRF scores", file=sys.stderr)
        return None
    return predictors[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.silver", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model-dir", default=None, help="the model that tags (default: the shipped one)")
    ap.add_argument("--out", type=Path, default=Path("runs/silver/silver.tsv"))
    ap.add_argument("--threshold", type=float, default=0.95, help="smallest CRF marginal a kept sentence may have")
    ap.add_argument("--org-threshold", type=float, default=0.98, help="the same for sentences with an ORG span")
    ap.add_argument("--empty-share", type=float, default=0.2, help="share of entity-free sentences in the output")
    ap.add_argument("--max-sentences", type=int, default=15000)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args(argv)
    if not (args.data_dir / "text").is_dir():
        print(f"{args.data_dir / 'text'} does not exist; pass --data-dir", file=sys.stderr)
        return 1
    t0 = time.time()
    predictor = confidence_predictor(args.model_dir)
    if predictor is None:
        return 1
    sents = list(unlabeled_sentences(args.data_dir))
    n_tokens = sum(map(len, sents))
    print(f"{len(sents)} sentences / {n_tokens} tokens read in {time.time() - t0:.0f} s", flush=True)
    tagged = []
    for start in range(0, len(sents), 20000):
        chunk = sents[start: start + 20000]
        tagged.extend((s, tags, conf) for s, (tags, conf) in zip(chunk, tag_with_confidence(predictor, chunk)))
        print(f"tagged {len(tagged)} sentences in {time.time() - t0:.0f} s", flush=True)
    kept = select(tagged, threshold=args.threshold, org_threshold=args.org_threshold,
                  empty_share=args.empty_share, max_sentences=args.max_sentences, seed=args.seed)
    write_columns(kept, args.out)
    labels: dict[str, int] = {}
    for _, bio in kept:
        for t in bio:
            if t.startswith("B-"):
                labels[t[2:]] = labels.get(t[2:], 0) + 1
    meta = {"read_sentences": len(sents), "read_tokens": n_tokens, "kept_sentences": len(kept),
            "kept_tokens": sum(len(t) for t, _ in kept), "spans": labels, "threshold": args.threshold,
            "org_threshold": args.org_threshold, "empty_share": args.empty_share,
            "confident_share": round(sum(c >= args.threshold for *_, c in tagged) / max(len(tagged), 1), 4),
            "seconds": round(time.time() - t0)}
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
