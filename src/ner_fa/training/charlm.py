"""Forward and backward character language models for the tagger, trained here.

    python -m ner_fa.training.charlm --data-dir ../shared/data --out-dir runs/charlm

Writes the same raw text the word vectors are trained on (the news articles of
``text/`` and the raw tokens of the NER training corpora, never PEYMA dev),
one tokenized sentence per line with tokens joined by spaces — the form in
which Stanza's NER model feeds a sentence to its character LMs — through the
tagger's character map. Every ``--dev-every``-th sentence goes to a held-out
file instead, on which the checkpoint with the lowest loss is kept. Both
directions are trained at the same time by Stanza's ``stanza.models.charlm``,
one CPU thread each; ``--max-minutes`` stops them, keeping the best saved
checkpoints, and ``--resume`` continues from their last checkpoints.

Writes ``fa_charlm_forward.pt``, ``fa_charlm_backward.pt`` and
``fa_charlm.json`` (data counts, settings, dev perplexities, minutes) in
``--out-dir``; pass that directory to ``python -m ner_fa.training.train --charlm``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from .vectors import raw_sentences

DIRECTIONS = ("forward", "backward")
SHORTHAND = "fa_nerfa"


def write_corpus(data_dir: Path, out_dir: Path, *, dev_every: int = 100) -> dict:
    """Write ``train.txt`` and ``dev.txt`` (one space-joined sentence per line)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"train_sentences": 0, "train_chars": 0, "dev_sentences": 0, "dev_chars": 0}
    with open(out_dir / "train.txt", "w", encoding="utf-8") as tr, open(out_dir / "dev.txt", "w", encoding="utf-8") as dv:
        for i, tokens in enumerate(raw_sentences(data_dir)):
            if not tokens:
                continue
            line = " ".join(tokens) + "\n"
            part = "dev" if i % dev_every == dev_every - 1 else "train"
            (dv if part == "dev" else tr).write(line)
            counts[f"{part}_sentences"] += 1
            counts[f"{part}_chars"] += len(line)
    return counts


_EVAL = re.compile(r"eval checkpoint @ global step\s+(\d+).*?loss\s+([\d.]+)\s*\|\s*ppl\s+([\d.]+)")


def best_dev_loss(log: Path) -> tuple[int, float, float] | None:
    """(step, loss, perplexity) of the best evaluation in a Stanza charlm log."""
    best = None
    if log.exists():
        for m in _EVAL.finditer(log.read_text(encoding="utf-8", errors="replace")):
            step, loss, ppl = int(m.group(1)), float(m.group(2)), float(m.group(3))
            if best is None or ppl < best[2]:
                best = (step, loss, ppl)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.charlm", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out-dir", type=Path, default=Path("runs/charlm"))
    ap.add_argument("--hidden", type=int, default=256, help="LSTM hidden size (Stanza's official models use 1024)")
    ap.add_argument("--emb", type=int, default=100, help="character embedding size")
    ap.add_argument("--epochs", type=int, default=2, help="passes over the text")
    ap.add_argument("--bptt", type=int, default=250)
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--cutoff", type=int, default=10, help="characters seen fewer times become unknown")
    ap.add_argument("--eval-steps", type=int, default=250, help="evaluate and keep the best every N steps")
    ap.add_argument("--dev-every", type=int, default=100, help="every N-th sentence is held out")
    ap.add_argument("--max-minutes", type=float, default=60.0)
    ap.add_argument("--threads", type=int, default=1, help="CPU threads per direction")
    ap.add_argument("--resume", action="store_true", help="continue from the checkpoints in --out-dir")
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args(argv)

    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    if args.resume and (out / "train.txt").exists():
        counts = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    else:
        counts = write_corpus(args.data_dir, out, dev_every=args.dev_every)
        (out / "corpus.json").write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
        vocab = out / f"{SHORTHAND}_vocab.pt"
        if vocab.exists():  # Stanza silently reuses a cached vocabulary: it must match this corpus
            vocab.unlink()
        for d in DIRECTIONS:
            for stale in (out / f"fa_charlm_{d}.pt", out / f"fa_charlm_{d}_checkpoint.pt"):
                if stale.exists():
                    stale.unlink()
    print(f"corpus: {counts} ({time.time() - t0:.0f} s)", flush=True)

    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
    procs = {}
    for d in DIRECTIONS:
        cmd = [
            sys.executable, "-m", "stanza.models.charlm", "--mode", "train", f"--{d}",
            "--shorthand", SHORTHAND, "--train_file", str(out / "train.txt"), "--eval_file", str(out / "dev.txt"),
            "--save_dir", str(out), "--save_name", f"fa_charlm_{d}.pt",
            "--checkpoint_save_name", f"fa_charlm_{d}_checkpoint.pt",
            "--char_hidden_dim", str(args.hidden), "--char_emb_dim", str(args.emb),
            "--epochs", str(args.epochs), "--bptt_size", str(args.bptt), "--batch_size", str(args.batch_size),
            "--cutoff", str(args.cutoff), "--eval_steps", str(args.eval_steps), "--seed", str(args.seed),
        ]
        if d == "backward":  # both share one vocabulary: let the forward run build it first
            deadline = time.time() + 600
            while not (out / f"{SHORTHAND}_vocab.pt").exists() and time.time() < deadline:
                if procs["forward"][0].poll() is not None:
                    break
                time.sleep(2)
        log = open(out / f"{d}.log", "a", encoding="utf-8")  # noqa: SIM115 - closed after the run
        print(" ".join(cmd), flush=True)
        procs[d] = (subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env), log)

    deadline = t0 + args.max_minutes * 60
    while any(p.poll() is None for p, _ in procs.values()):
        if time.time() > deadline:
            print(f"time limit of {args.max_minutes} min reached; keeping the best checkpoints", flush=True)
            for p, _ in procs.values():
                if p.poll() is None:
                    p.terminate()
            break
        time.sleep(5)
    for p, log in procs.values():
        p.wait()
        log.close()
    minutes = (time.time() - t0) / 60

    meta = {"corpus": counts, "hidden": args.hidden, "emb": args.emb, "epochs": args.epochs, "bptt": args.bptt,
            "batch_size": args.batch_size, "cutoff": args.cutoff, "seed": args.seed, "minutes": round(minutes, 1),
            "threads_per_direction": args.threads, "directions": {}}
    ok = True
    for d in DIRECTIONS:
        model = out / f"fa_charlm_{d}.pt"
        best = best_dev_loss(out / f"{d}.log")
        if not model.exists() or best is None:
            print(f"the {d} character LM produced no model; see {out / (d + '.log')}", file=sys.stderr)
            ok = False
            continue
        meta["directions"][d] = {"file": model.name, "best_step": best[0], "dev_loss": best[1],
                                 "dev_ppl": best[2], "mb": round(model.stat().st_size / 2**20, 2)}
    (out / "fa_charlm.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=2), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
