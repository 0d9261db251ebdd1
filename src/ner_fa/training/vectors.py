"""Word vectors for the tagger, trained here on the unlabeled Persian text.

    python -m ner_fa.training.vectors --data-dir ../shared/data --out runs/vectors/fa_w2v.pt

Reads the news articles in ``text/`` (Fars News, Varzesh3, Namnak) and the raw
tokens of the NER training corpora (never PEYMA dev), tokenizes them with the
project's tokenizer and the tagger's character map, trains skip-gram word2vec
with gensim (a build-time dependency: ``pip install gensim``), keeps the
``--max-vocab`` most frequent words and writes Stanza's ``.pt`` pretrain format
(plus the ``.vec`` text file it was made from).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..normalize import normalize_chars
from ..tokenize import split_sentences, tokenize
from .corpora import read_corpus


def raw_sentences(data_dir: Path) -> Iterator[list[str]]:
    """Tokenized sentences of the unlabeled text and of the NER training corpora (never PEYMA dev).

    A source missing from ``data_dir`` is skipped with a note on stderr, so any subset of the
    data directory (or a directory of one's own in the same layout) can be used.
    """
    for sub in ("farsnews", "varzesh3", "namnak"):
        if not (data_dir / "text" / sub).is_dir():
            print(f"note: {data_dir / 'text' / sub} not found, skipped", file=sys.stderr)
        for f in sorted((data_dir / "text" / sub).glob("*.json")):
            for art in json.loads(f.read_text(encoding="utf-8")):
                parts = [art.get("title") or "", art.get("abstract") or "", *(art.get("paragraphs") or [])]
                for text in parts:
                    if not isinstance(text, str) or not text.strip():
                        continue
                    for s in split_sentences(text, tokens=tokenize(text)):
                        yield [normalize_chars(t.text) for t in s.tokens]
    ner = data_dir / "ner"
    corpora = [
        (ner / "peyma" / "train.txt", "peyma"),
        (ner / "nsurl600k", "nsurl"),
        (ner / "parsner" / "train", "parsner"),
        (ner / "parsner" / "social", "parsner"),
        (ner / "parstwiner" / "train.txt", "parstwiner"),
    ]
    for path, fmt in corpora:
        if not path.exists():
            print(f"note: {path} not found, skipped", file=sys.stderr)
            continue
        for sent in read_corpus(path, fmt):
            yield [tok for tok, _ in sent]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.vectors", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("runs/vectors/fa_w2v.pt"))
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--max-vocab", type=int, default=50000)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    try:
        from gensim.models import Word2Vec
    except ImportError:
        raise SystemExit("gensim is needed to train word vectors: pip install gensim") from None
    from stanza.models.common.pretrain import Pretrain

    t0 = time.time()
    sentences = list(raw_sentences(args.data_dir))
    n_tokens = sum(len(s) for s in sentences)
    print(f"{len(sentences)} sentences, {n_tokens} tokens read in {time.time() - t0:.0f} s", flush=True)
    model = Word2Vec(sentences, vector_size=args.dim, window=5, min_count=args.min_count, sg=1,
                     epochs=args.epochs, workers=args.workers, seed=args.seed)
    print(f"word2vec trained in {time.time() - t0:.0f} s; vocabulary {len(model.wv)}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    vec = args.out.with_suffix(".vec")
    words = model.wv.index_to_key[: args.max_vocab]  # most frequent first
    with open(vec, "w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {args.dim}\n")
        fh.writelines(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n" for w in words)
    if args.out.exists():
        args.out.unlink()
    Pretrain(str(args.out), str(vec), max_vocab=args.max_vocab).load()
    meta = {"sentences": len(sentences), "tokens": n_tokens, "vocab": len(words), "dim": args.dim,
            "min_count": args.min_count, "epochs": args.epochs, "algorithm": "word2vec skip-gram (gensim)",
            "seconds": round(time.time() - t0)}
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 2**20:.1f} MB): {meta}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
