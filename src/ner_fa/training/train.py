"""Reproduce the shipped NER model from a data directory.

    python -m ner_fa.training.train --data-dir ../shared/data --pretrain auto

reads PEYMA train, the NSURL-2019 600K articles, ParsNER train (news and
wiki) and ParsTwiNER train (every evaluation set is kept out: a training
sentence equal to a sentence of PEYMA dev, ParsNER test or ParsTwiNER dev is
dropped), holds out 600 PEYMA train sentences to choose the checkpoint, counts
the rest of PEYMA train three times (``--weight peyma=3``: the model is scored
on PEYMA's annotation style, and NSURL annotates far fewer organizations),
augments them for lost or spaced ZWNJs and runs Stanza's own NER trainer on the
CPU (``--pretrain auto`` first trains the word vectors; ``--charlm DIR|auto``
adds forward and backward character language models, which the shipped model
does not use). The best checkpoint is copied to ``src/ner_fa/models/`` (or
``--output``) with a ``training.json`` recording data, settings and time. Stanza
saves the best model whenever the held-out score improves, so stopping early
(``--max-minutes``) still leaves a usable model; ``--resume`` continues from the
saved one. ``--init-from MODEL`` fine-tunes a model (the ``--set`` settings, such as
``lr``, replace those stored in it); ``--corpora ...,silver --silver FILE`` adds the
machine-tagged sentences of ``python -m ner_fa.training.silver``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .augment import augment
from .corpora import dedupe, read_columns, read_nsurl_dir, read_peyma, to_bioes

DEFAULT_SETTINGS = {
    "hidden_dim": 192,
    "char_hidden_dim": 100,
    "word_emb_dim": 100,
    "char_emb_dim": 64,
    "word_dropout": 0.05,
    "optim": "adam",
    "lr": 0.002,
    "batch_size": 32,
    "eval_interval": 500,
    "max_steps_no_improve": 4000,
    "lr_decay": 0.5,
    "patience": 2,
}

PACKAGE_MODELS = Path(__file__).resolve().parents[1] / "models"


def write_stanza_json(sentences, path: Path) -> None:
    data = []
    for sent in sentences:
        tags = to_bioes([t for _, t in sent])
        data.append([{"text": tok, "ner": tag} for (tok, _), tag in zip(sent, tags)])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def init_checkpoint(source: Path, dest: Path, overrides: dict) -> None:
    """Copy the model to fine-tune, with ``overrides`` (the ``--set`` settings) written into its
    stored configuration: Stanza's ``--finetune`` builds the optimizer from the loaded model's
    configuration, not from the command line, so without this ``--set lr=...`` would be ignored."""
    if not overrides:
        shutil.copy(source, dest)
        return
    import torch

    checkpoint = torch.load(source, map_location="cpu", weights_only=True)
    checkpoint["config"].update(overrides)
    checkpoint.pop("optimizer", None)  # a fresh optimizer is built from the configuration anyway
    torch.save(checkpoint, dest)


def build_datasets(data_dir: Path, *, corpora: list[str], holdout: int, seed: int,
                   weights: dict[str, int] | None = None, holdout_from: str | None = "peyma",
                   silver: Path | None = None):
    """Training, selection and PEYMA-dev sentences.

    Sentences are deduplicated across corpora (the first corpus listed keeps a
    repeated sentence) and against every evaluation set (PEYMA dev, ParsNER test,
    ParsTwiNER dev). The selection set is drawn from
    ``holdout_from`` (PEYMA train by default, so the checkpoint is chosen on the
    annotation style the model is scored on) or from all corpora when it is None.
    ``weights`` repeats a corpus's training sentences (``{"peyma": 2}``). The corpus
    ``silver`` is the two-column file ``silver`` (machine-tagged text, made by
    ``python -m ner_fa.training.silver``).
    """
    ner = data_dir / "ner"
    dev = list(read_peyma(ner / "peyma" / "dev.txt"))
    # every sentence of an evaluation set is kept out of training, whichever corpora are trained on
    evaluation = list(dev)
    for path, fmt in ((ner / "parsner" / "test", "parsner"), (ner / "parstwiner" / "dev.txt", "parstwiner")):
        if path.exists():
            evaluation.extend(read_columns(path, fmt))
    readers = {
        "peyma": lambda: read_peyma(ner / "peyma" / "train.txt"),
        "nsurl": lambda: read_nsurl_dir(ner / "nsurl600k"),
        "parsner": lambda: read_columns(ner / "parsner" / "train", "parsner"),
        "parstwiner": lambda: read_columns(ner / "parstwiner" / "train.txt", "parstwiner"),
        "silver": lambda: read_columns(silver, "conll"),
    }
    if "silver" in corpora and (silver is None or not Path(silver).is_file()):
        raise SystemExit(f"corpus 'silver' needs --silver FILE (python -m ner_fa.training.silver); got {silver}")
    unknown = [c for c in corpora if c not in readers]
    if unknown:
        raise SystemExit(f"unknown corpus {unknown}; choose from {sorted(readers)}")
    by_source: dict[str, list] = {}
    sources = {}
    excluded = list(evaluation)
    for name in corpora:
        sents = dedupe(readers[name](), exclude=excluded)
        excluded.extend(sents)
        by_source[name] = sents
        sources[name] = len(sents)
    rng = random.Random(seed)
    pool = by_source.get(holdout_from) if holdout_from else None
    if pool is not None:
        rng.shuffle(pool)
        select, by_source[holdout_from] = pool[:holdout], pool[holdout:]
        train = [s for name in corpora for s in by_source[name] * (weights or {}).get(name, 1)]
    else:
        train = [s for name in corpora for s in by_source[name]]
        rng.shuffle(train)
        select, rest = train[:holdout], train[holdout:]
        keys = {id(s) for s in rest}
        train = [s for name in corpora for s in by_source[name] * (weights or {}).get(name, 1) if id(s) in keys]
    rng.shuffle(train)
    return train, select, dev, sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--work-dir", type=Path, default=Path("runs/ner"))
    ap.add_argument("--output", type=Path, default=PACKAGE_MODELS, help="where the trained model is copied")
    ap.add_argument("--corpora", default="peyma,nsurl,parsner,parstwiner", help="comma list of peyma,nsurl,parsner,parstwiner,silver")
    ap.add_argument("--silver", type=Path, default=None,
                    help="the file of the 'silver' corpus (python -m ner_fa.training.silver)")
    ap.add_argument("--holdout", type=int, default=600, help="training sentences held out for model selection")
    ap.add_argument("--holdout-from", default="peyma", help="corpus the held-out set is drawn from ('all' for every corpus)")
    ap.add_argument("--weight", action="append", default=None, metavar="CORPUS=N",
                    help="repeat a corpus's training sentences N times (default: peyma=3)")
    ap.add_argument("--max-steps", type=int, default=11000)
    ap.add_argument("--max-minutes", type=float, default=100.0, help="stop the trainer after this long")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--resume", action="store_true", help="continue from the checkpoint in --work-dir")
    ap.add_argument("--init-from", type=Path, default=None,
                    help="fine-tune an existing Stanza NER model (e.g. the shipped one) instead of starting afresh")
    ap.add_argument("--pretrain", default=None,
                    help="word vectors in Stanza's .pt format, or 'auto' to train them first from --data-dir "
                         "(python -m ner_fa.training.vectors, needs gensim); default: none")
    ap.add_argument("--charlm", default=None,
                    help="a directory with fa_charlm_forward.pt and fa_charlm_backward.pt, or 'auto' to train them "
                         "first from --data-dir (python -m ner_fa.training.charlm); default: no character LM")
    ap.add_argument("--charlm-minutes", type=float, default=20.0, help="time limit of the character LMs with --charlm auto")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a Stanza setting")
    args = ap.parse_args(argv)

    settings = dict(DEFAULT_SETTINGS)
    for kv in args.set:
        k, _, v = kv.partition("=")
        settings[k] = type(settings.get(k, v))(v) if k in settings else v

    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    if args.pretrain == "auto":
        from . import vectors

        args.pretrain = work / "fa_w2v.pt"
        if vectors.main(["--data-dir", str(args.data_dir), "--out", str(args.pretrain), "--seed", str(args.seed)]):
            return 1
    elif args.pretrain is not None:
        args.pretrain = Path(args.pretrain)
    charlm_files: dict[str, Path] = {}
    if args.charlm is not None:
        from . import charlm

        charlm_dir = work / "charlm" if args.charlm == "auto" else Path(args.charlm)
        if args.charlm == "auto" and charlm.main(["--data-dir", str(args.data_dir), "--out-dir", str(charlm_dir),
                                                  "--seed", str(args.seed), "--max-minutes", str(args.charlm_minutes)]):
            return 1
        for d in charlm.DIRECTIONS:
            f = charlm_dir / f"fa_charlm_{d}.pt"
            if not f.is_file():
                print(f"--charlm: {f} does not exist; train it with python -m ner_fa.training.charlm", file=sys.stderr)
                return 1
            charlm_files[d] = f
    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    weights = {k: int(v) for k, _, v in (w.partition("=") for w in (args.weight or ["peyma=3"]))}
    holdout_from = None if args.holdout_from == "all" else args.holdout_from
    train, select, dev, sources = build_datasets(args.data_dir, corpora=corpora, holdout=args.holdout,
                                                 seed=args.seed, weights=weights, holdout_from=holdout_from,
                                                 silver=args.silver)
    train = augment(train, seed=args.seed)
    write_stanza_json(train, work / "train.json")
    write_stanza_json(select, work / "select.json")
    write_stanza_json(dev, work / "peyma_dev.json")
    n_tokens = sum(len(s) for s in train)
    print(f"train {len(train)} sentences / {n_tokens} tokens (sources {sources}), select {len(select)}", flush=True)

    save_name = "fa_ner.pt"
    cmd = [
        sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--cpu",
        "--shorthand", "fa_nerfa", "--train_file", str(work / "train.json"),
        "--eval_file", str(work / "select.json"),
        "--save_dir", str(work), "--save_name", save_name,
        "--max_steps", str(args.max_steps), "--seed", str(args.seed),
    ]
    cmd += ["--wordvec_pretrain_file", str(args.pretrain)] if args.pretrain else ["--no_pretrain"]
    if charlm_files:
        cmd += ["--charlm", "--charlm_shorthand", "fa_nerfa", "--charlm_forward_file", str(charlm_files["forward"]),
                "--charlm_backward_file", str(charlm_files["backward"])]
    for k, v in settings.items():
        cmd += [f"--{k}", str(v)]
    if args.init_from is not None:
        if not args.init_from.exists():
            print(f"--init-from {args.init_from} does not exist", file=sys.stderr)
            return 1
        overrides = {k: settings[k] for k in (kv.partition("=")[0] for kv in args.set) if k in settings}
        init_checkpoint(args.init_from, work / "init_from.pt", overrides)
        cmd += ["--finetune", "--finetune_load_name", str(work / "init_from.pt")]
    elif args.resume and (work / save_name).exists():
        shutil.copy(work / save_name, work / "resume_from.pt")
        cmd += ["--finetune", "--finetune_load_name", str(work / "resume_from.pt")]
    print(" ".join(cmd), flush=True)
    t0 = time.time()
    proc = subprocess.Popen(cmd)
    try:
        proc.wait(timeout=args.max_minutes * 60)
    except subprocess.TimeoutExpired:
        print(f"time limit of {args.max_minutes} min reached; keeping the best checkpoint", flush=True)
        proc.terminate()
        proc.wait()
    minutes = (time.time() - t0) / 60
    model = work / save_name
    if not model.exists():
        print("the trainer produced no model", file=sys.stderr)
        return 1
    args.output.mkdir(parents=True, exist_ok=True)
    shutil.copy(model, args.output / save_name)
    files = {"ner_model_path": save_name}
    if args.pretrain:
        shutil.copy(args.pretrain, args.output / args.pretrain.name)
        files["ner_pretrain_path"] = args.pretrain.name
    for d, f in charlm_files.items():  # Stanza does not store these paths in the model: the manifest must
        shutil.copy(f, args.output / f.name)
        files[f"ner_{d}_charlm_path"] = f.name
    if charlm_files and (charlm_dir / "fa_charlm.json").exists():
        shutil.copy(charlm_dir / "fa_charlm.json", args.output / "fa_charlm.json")
    manifest_path = args.output / "model.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {
        "name": "ner_fa-fa-ner", "format": "stanza-ner", "labels": ["PER", "LOC", "ORG"], "card": "MODEL_CARD.md"}
    manifest["files"] = files
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (args.output / "resources.json").write_text("{}\n", encoding="utf-8")
    meta = {
        "corpora": sources, "train_sentences": len(train), "train_tokens": n_tokens,
        "holdout": len(select), "holdout_from": args.holdout_from, "weights": weights, "settings": settings, "max_steps": args.max_steps,
        "seed": args.seed, "minutes": round(minutes, 1),
        "init_from": args.init_from.name if args.init_from else None,
        "silver": args.silver.name if args.silver else None,
        "pretrain": args.pretrain.name if args.pretrain else None,
        "charlm": {d: f.name for d, f in charlm_files.items()} or None,
    }
    (args.output / "training.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"model copied to {args.output / save_name} after {minutes:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
