"""The one-command training recipe: stages in order, wired to each other, stopping at a failure."""

from itertools import pairwise
from pathlib import Path

from ner_fa.training import newsgold, recipe


def _record(monkeypatch, fail_at=None):
    calls = []

    def runner(module):
        def run(argv):
            calls.append((module, argv))
            return 3 if fail_at is not None and len(calls) - 1 == fail_at else 0
        return run

    monkeypatch.setattr(recipe, "_runner", runner)
    return calls


def test_stages_run_in_order_and_feed_each_other(monkeypatch, tmp_path):
    calls = _record(monkeypatch)
    out = tmp_path / "out"
    assert recipe.main(["--data-dir", "D", "--work-dir", str(tmp_path / "w"), "--output", str(out)]) == 0
    assert [m for m, _ in calls] == ["train", "gazetteer_silver", "train", "newsgold", "train"]
    v6_args, silver_args, v7_args, news_args, v11_args = (dict(zip(a[::2], a[1::2])) for _, a in calls)
    assert "--init-from" not in v6_args and v6_args["--pretrain"] == "auto"
    v6_model = Path(v6_args["--output"])
    assert Path(silver_args["--model-dir"]) == v6_model
    assert Path(v7_args["--init-from"]) == v6_model / "fa_ner.pt"
    assert Path(v7_args["--pretrain"]) == v6_model / "fa_w2v.pt"
    assert v7_args["--silver"] == silver_args["--out"]
    assert v7_args["--corpora"].endswith(",silver") and v7_args["--set"] == "lr=0.0005"
    v7_model = Path(v7_args["--output"])
    assert v7_model != out
    # v11: v7 fine-tuned with the news gold, which leaves out the agreement study's documents and heldout9
    assert news_args["--exclude"].endswith("news_dev2_agreement.jsonl")
    news_draws = [d for k, d in pairwise(calls[3][1]) if k == "--draw"]
    assert news_draws == list(newsgold.DEFAULT_DRAWS) and "heldout9" not in news_draws
    assert Path(v11_args["--init-from"]) == v7_model / "fa_ner.pt"
    assert v11_args["--silver"] == news_args["--out"] and v11_args["--holdout-from"] == "silver"
    assert Path(v11_args["--output"]) == out


def test_a_failed_stage_stops_the_recipe(monkeypatch, tmp_path, capsys):
    calls = _record(monkeypatch, fail_at=1)
    assert recipe.main(["--work-dir", str(tmp_path)]) == 3
    assert [m for m, _ in calls] == ["train", "gazetteer_silver"]
    assert "--from-stage silver" in capsys.readouterr().err


def test_from_stage_skips_the_earlier_ones(monkeypatch, tmp_path):
    calls = _record(monkeypatch)
    assert recipe.main(["--work-dir", str(tmp_path), "--from-stage", "v11"]) == 0
    assert len(calls) == 1 and "--init-from" in calls[0][1]
