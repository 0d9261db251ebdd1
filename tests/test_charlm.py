"""The character-LM training command: its corpus, its log parsing, and a tiny real run."""

import json

from ner_fa.training import charlm


def data_dir(root):
    """A data directory in the shared layout, with a PEYMA dev file that must never be read."""
    news = root / "text" / "farsnews"
    news.mkdir(parents=True)
    arts = [{"title": "ديدار وزير", "abstract": "", "paragraphs": [f"علی رضایی در تهران گفت که {i} نفر آمدند. او رفت."
                                                                 for i in range(40)]}]
    (news / "a.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    peyma = root / "ner" / "peyma"
    peyma.mkdir(parents=True)
    (peyma / "train.txt").write_text("سازمان|B_ORG\nملل|I_ORG\nمتحد|I_ORG\n\n", encoding="utf-8")
    (peyma / "dev.txt").write_text("کلمه‌ای‌که‌نباید‌دیده‌شود|O\n\n", encoding="utf-8")
    return root


def test_corpus_is_tagger_input_form_with_a_held_out_part(tmp_path, capsys):
    counts = charlm.write_corpus(data_dir(tmp_path / "data"), tmp_path / "out", dev_every=10)
    train = (tmp_path / "out" / "train.txt").read_text(encoding="utf-8")
    dev = (tmp_path / "out" / "dev.txt").read_text(encoding="utf-8")
    lines = train.splitlines() + dev.splitlines()
    assert counts["train_sentences"] == len(train.splitlines()) and counts["dev_sentences"] == len(dev.splitlines())
    assert counts["dev_sentences"] == (counts["train_sentences"] + counts["dev_sentences"]) // 10
    assert counts["train_chars"] == len(train) and counts["dev_chars"] == len(dev)
    assert "دیدار وزیر" in lines  # the tagger's character map: Arabic ي → ی
    assert "علی رضایی در تهران گفت که 0 نفر آمدند ." in lines  # tokens joined by single spaces
    assert "سازمان ملل متحد" in lines  # raw tokens of PEYMA train
    assert "نباید" not in train + dev  # never PEYMA dev
    assert "nsurl600k not found, skipped" in capsys.readouterr().err


def test_best_dev_loss_reads_stanza_logs(tmp_path):
    log = tmp_path / "forward.log"
    log.write_text(
        "INFO: | eval checkpoint @ global step        250 | time elapsed      1s | loss  2.26 | ppl     9.62\n"
        "INFO: | eval checkpoint @ global step        500 | time elapsed      1s | loss  1.98 | ppl     7.24\n"
        "INFO: | eval checkpoint @ global step        750 | time elapsed      1s | loss  2.01 | ppl     7.46\n",
        encoding="utf-8")
    assert charlm.best_dev_loss(log) == (500, 1.98, 7.24)
    assert charlm.best_dev_loss(tmp_path / "missing.log") is None


def test_a_tiny_run_writes_both_directions_that_stanza_loads(tmp_path):
    from stanza.models.common.char_model import CharacterLanguageModel

    out = tmp_path / "lm"
    rc = charlm.main(["--data-dir", str(data_dir(tmp_path / "data")), "--out-dir", str(out), "--hidden", "16",
                      "--emb", "8", "--epochs", "1", "--bptt", "20", "--batch-size", "4", "--cutoff", "1",
                      "--eval-steps", "5", "--dev-every", "10", "--max-minutes", "3"])
    assert rc == 0
    meta = json.loads((out / "fa_charlm.json").read_text())
    assert set(meta["directions"]) == {"forward", "backward"}
    for d in ("forward", "backward"):
        model = CharacterLanguageModel.load(str(out / f"fa_charlm_{d}.pt"))
        assert model.is_forward_lm == (d == "forward")
        assert meta["directions"][d]["dev_ppl"] > 1

