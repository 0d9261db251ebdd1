"""Reproduce the shipped tagger (v11) from a data directory in one command.

    python -m ner_fa.training.recipe --data-dir ../shared/data [--work-dir runs/recipe] [--output DIR]

v11 is v7 fine-tuned with the project's annotated news (the gold of the news dev sets, of the two training
draws and of the eight held-out sets measured before the ninth); v7 is v6 fine-tuned on v6's data plus
machine-tagged news whose missed gazetteer names were added (``ner_fa.training.gazetteer_silver``).
The command runs the five stages in order, each the documented command of its own module, and stops
at the first that fails:

1. ``v6``: ``python -m ner_fa.training.train --pretrain auto`` (word vectors, then 11,000 steps from
   scratch: about an hour on two cores);
2. ``silver``: ``python -m ner_fa.training.gazetteer_silver`` with the v6 model (thresholds 0.90, ORG
   0.95: about a minute);
3. ``v7``: ``python -m ner_fa.training.train --init-from`` v6 on the four corpora plus the silver file,
   Adam lr 0.0005, at most 2,500 steps (the shipped v7 kept step 1,000 of 2,300);
4. ``newsgold``: ``python -m ner_fa.training.newsgold`` — the gold of the news dev sets (dev, dev2), of
   the training draws (train, train2) and of the held-out sets measured before v11 (heldout … heldout8),
   without the agreement study's 100 dev2 excerpts; ``heldout9`` (measured, not trained on) scored v11
   against v10, and the unmeasured held-out sets are never training data;
5. ``v11``: ``python -m ner_fa.training.train --init-from`` v7 on the four corpora plus the news gold
   counted three times, 400 of its sentences held out to choose the step, Adam lr 0.0005, at most 3,000
   steps, copied to ``--output`` (default: the package's model directory).

``--from-stage`` starts later, reusing what the earlier stages left in ``--work-dir`` (the shipped v11,
as v10 and v9 before it, was made with ``--from-stage newsgold`` on the shipped v7, copied to ``WORK/v7/model``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .newsgold import DEFAULT_DRAWS

STAGES = ("v6", "silver", "v7", "newsgold", "v11")
#: The fine-tune's settings beside the train command's defaults (recorded in the model card).
FINETUNE = ("--corpora", "peyma,nsurl,parsner,parstwiner,silver", "--max-steps", "2500", "--set", "lr=0.0005")
SILVER = ("--threshold", "0.9", "--org-threshold", "0.95")
#: v11's fine-tune (as v10's and v9's, with 3,000 steps for three times the news): the news gold in the silver slot,
#: counted three times, its sentences choosing the step (four times, as v8 had its 700 excerpts, scored
#: lower on the news dev excerpts it did not train on).
NEWS_FINETUNE = ("--corpora", "peyma,nsurl,parsner,parstwiner,silver", "--weight", "peyma=3", "--weight", "silver=3",
                 "--holdout-from", "silver", "--holdout", "400", "--max-steps", "3000", "--set", "lr=0.0005")
#: the agreement study's second annotation: its documents stay out of the news gold
AGREEMENT = Path(__file__).resolve().parents[3] / "evaluation" / "news_dev2_agreement.jsonl"


def stage_commands(data_dir: Path, work: Path, output: Path) -> list[tuple[str, str, list[str]]]:
    """``(stage, module, argv)`` of each stage, in order."""
    v6 = work / "v6" / "model"
    v7 = work / "v7" / "model"
    silver = work / "silver" / "silver_gaz.tsv"
    news = work / "newsgold" / "news_gold.tsv"
    return [
        ("v6", "train", ["--data-dir", str(data_dir), "--work-dir", str(work / "v6"), "--output", str(v6),
                         "--pretrain", "auto"]),
        ("silver", "gazetteer_silver", ["--data-dir", str(data_dir), "--model-dir", str(v6), "--out", str(silver),
                                        *SILVER]),
        ("v7", "train", ["--data-dir", str(data_dir), "--work-dir", str(work / "v7"), "--output", str(v7),
                         "--init-from", str(v6 / "fa_ner.pt"), "--pretrain", str(v6 / "fa_w2v.pt"),
                         "--silver", str(silver), *FINETUNE]),
        ("newsgold", "newsgold", ["--data-dir", str(data_dir), *(a for d in DEFAULT_DRAWS for a in ("--draw", d)),
                                  "--exclude", str(AGREEMENT), "--out", str(news)]),
        ("v11", "train", ["--data-dir", str(data_dir), "--work-dir", str(work / "v11"), "--output", str(output),
                         "--init-from", str(v7 / "fa_ner.pt"), "--pretrain", str(v7 / "fa_w2v.pt"),
                         "--silver", str(news), *NEWS_FINETUNE]),
    ]


def _runner(module: str) -> Callable[[list[str]], int]:
    if module == "train":
        from .train import main
    elif module == "newsgold":
        from .newsgold import main
    else:
        from .gazetteer_silver import main
    return main


def main(argv: list[str] | None = None) -> int:
    from .train import PACKAGE_MODELS

    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.recipe", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--work-dir", type=Path, default=Path("runs/recipe"))
    ap.add_argument("--output", type=Path, default=PACKAGE_MODELS, help="where the final model is copied")
    ap.add_argument("--from-stage", choices=STAGES, default=STAGES[0],
                    help="skip the stages before this one (their files must be in --work-dir)")
    args = ap.parse_args(argv)
    first = STAGES.index(args.from_stage)
    for stage, module, stage_argv in stage_commands(args.data_dir, args.work_dir, args.output)[first:]:
        print(f"== stage {stage}: python -m ner_fa.training.{module} {' '.join(stage_argv)}", flush=True)
        rc = _runner(module)(stage_argv)
        if rc:
            print(f"stage {stage} failed (exit {rc}); fix it and rerun with --from-stage {stage}", file=sys.stderr)
            return rc
    return 0


if __name__ == "__main__":
    sys.exit(main())
