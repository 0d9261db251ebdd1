from ner_fa.normalize import ZWNJ
from ner_fa.training.augment import augment, drop_zwnj, split_zwnj, swap_punctuation
from ner_fa.training.corpora import dedupe, read_corpus, repair_bio, spans, to_bioes


def test_peyma_reader_splits_at_last_pipe_and_maps_labels(tmp_path):
    p = tmp_path / "peyma.txt"
    p.write_text("علي|B_PER\nخطیب زاده|I_PER\n||O\nدر|O\nتهران|B_LOC\nدیروز|B_DAT\n\nسازمان|B_ORG\nملل|I_ORG\n",
                 encoding="utf-8")
    sents = list(read_corpus(p, "peyma"))
    assert sents[0] == [("علی", "B-PER"), ("خطیب" + ZWNJ + "زاده", "I-PER"), ("|", "O"), ("در", "O"),
                        ("تهران", "B-LOC"), ("دیروز", "O")]
    assert sents[1] == [("سازمان", "B-ORG"), ("ملل", "I-ORG")]


def test_column_readers_map_each_corpus_and_skip_malformed_lines(tmp_path):
    p = tmp_path / "parsner.txt"
    p.write_text("علی\tN\tI-PERS\nرفت\tV\tO\nناتو\tN\tB-MISC\n\n", encoding="utf-8")
    assert list(read_corpus(p, "parsner")) == [[("علی", "B-PER"), ("رفت", "O"), ("ناتو", "O")]]
    t = tmp_path / "tw.txt"
    t.write_text("حزب\tB-POG\nسبز\tI-POG\nایرانی\tB-NAT\nبدخط\n\tO\nx\tZZZ\n", encoding="utf-8")
    assert list(read_corpus(t, "parstwiner")) == [[("حزب", "B-ORG"), ("سبز", "I-ORG"), ("ایرانی", "O")]]


def test_repair_bio_fixes_stray_and_mismatched_inside_tags():
    assert repair_bio([("I", "PER"), ("I", "LOC"), ("O", None), ("I", "LOC")]) == ["B-PER", "B-LOC", "O", "B-LOC"]


def test_bioes_and_spans_agree():
    bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]
    assert to_bioes(bio) == ["B-PER", "E-PER", "O", "S-LOC", "S-LOC", "S-ORG"]
    assert spans(bio) == spans(to_bioes(bio)) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_dedupe_drops_repeats_and_dev_sentences():
    a, b, c = [("الف", "O")], [("ب", "O")], [("ج", "O")]
    assert dedupe([a, b, a, c], exclude=[c]) == [a, b]


def test_augmentations_keep_tags_consistent():
    sent = [("سعید", "B-PER"), ("خطیب" + ZWNJ + "زاده", "I-PER"), ("«", "O"), ("می" + ZWNJ + "گوید", "O")]
    assert drop_zwnj(sent)[1] == ("خطیبزاده", "I-PER")
    assert split_zwnj(sent) == [("سعید", "B-PER"), ("خطیب", "I-PER"), ("زاده", "I-PER"), ("«", "O"),
                                ("می", "O"), ("گوید", "O")]
    assert split_zwnj([("خطیب" + ZWNJ + "زاده", "B-PER")]) == [("خطیب", "B-PER"), ("زاده", "I-PER")]
    assert swap_punctuation(sent)[2] == ('"', "O")
    out = augment([sent] * 50, seed=1)
    assert len(out) > 50 and out[:50] == [sent] * 50


def test_a_directory_is_read_file_by_file(tmp_path):
    (tmp_path / "b.pos").write_text("ناتو\tN\tB-ORG\n", encoding="utf-8")
    (tmp_path / "a.pos").write_text("علی\tN\tB-PERS\n", encoding="utf-8")
    assert list(read_corpus(tmp_path, "parsner")) == [[("علی", "B-PER")], [("ناتو", "B-ORG")]]


def test_score_spans_is_conlleval_micro_and_per_type():
    from ner_fa.training.evaluate import score_spans
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "B-LOC"]]
    r = score_spans(gold, pred)
    assert r["PER"]["f1"] == 100.0 and r["LOC"]["recall"] == 0.0 and r["LOC"]["pred"] == 1
    assert r["ORG"]["precision"] == 50.0 and r["ORG"]["recall"] == 100.0
    assert (r["micro"]["precision"], r["micro"]["recall"]) == (50.0, round(200 / 3, 2))


def test_pipeline_scoring_maps_mentions_back_to_gold_tokens(fake_pipeline):
    from ner_fa.training.evaluate import evaluate_pipeline, pipeline_tags

    sents = [
        [("شی", "B-PER"), ("جینپینگ", "I-PER"), ("به", "O"), ("قزاقستان", "B-LOC"), ("رفت", "O"), (".", "O")],
        [("خبرگزاری", "B-ORG"), ("فارس", "I-ORG"), ("گزارش", "O"), ("داد", "O")],
        [("علی", "B-PER"), ("رضایی", "I-PER"), ("در", "O"), ("چین", "O")],   # «چین» left untagged in gold
    ]
    tags = pipeline_tags(fake_pipeline, [[t for t, _ in s] for s in sents])
    assert tags[0] == ["B-PER", "I-PER", "O", "B-LOC", "O", "O"]
    assert tags[1] == ["B-ORG", "I-ORG", "O", "O"]
    result = evaluate_pipeline(fake_pipeline, sents)
    assert result["micro"]["gold"] == 4 and result["micro"]["pred"] == 5
    assert result["micro"]["recall"] == 100.0 and result["micro"]["precision"] == 80.0


def test_no_evaluation_sentence_is_trained_on(tmp_path):
    """PEYMA dev, ParsNER test and ParsTwiNER dev sentences never reach training or selection."""
    from ner_fa.training.train import build_datasets

    ner = tmp_path / "ner"
    for d in ("peyma", "parsner/train", "parsner/test", "parstwiner"):
        (ner / d).mkdir(parents=True)
    train_lines = [f"جمله|O\nشماره|O\n{i}|O\n" for i in range(30)]
    (ner / "peyma" / "train.txt").write_text(
        "\n".join(train_lines + ["علی|B_PER\nآمد|O\n", "حسن|B_PER\nرفت|O\n", "تهران|B_LOC\nبزرگ|O\n"]), encoding="utf-8")
    (ner / "peyma" / "dev.txt").write_text("علی|B_PER\nآمد|O\n", encoding="utf-8")
    (ner / "parsner" / "train" / "a.pos").write_text("مریم\tN\tB-PERS\nخواند\tV\tO\n", encoding="utf-8")
    (ner / "parsner" / "test" / "test_news.pos").write_text("حسن\tN\tB-PERS\nرفت\tV\tO\n", encoding="utf-8")
    (ner / "parstwiner" / "train.txt").write_text("سارا\tB-PER\nنوشت\tO\n", encoding="utf-8")
    (ner / "parstwiner" / "dev.txt").write_text("تهران\tB-LOC\nبزرگ\tO\n", encoding="utf-8")
    train, select, _dev, sources = build_datasets(tmp_path, corpora=["peyma", "parsner", "parstwiner"], holdout=5,
                                                 seed=1, weights={"peyma": 2})
    seen = {tuple(tok for tok, _ in s) for s in train + select}
    assert ("علی", "آمد") not in seen and ("حسن", "رفت") not in seen and ("تهران", "بزرگ") not in seen
    assert ("مریم", "خواند") in seen and ("سارا", "نوشت") in seen
    assert sources == {"peyma": 30, "parsner": 1, "parstwiner": 1}
    assert len(select) == 5 and len(train) == 25 * 2 + 2


def test_ablation_scores_each_rule_switched_off(small_gazetteer):
    from ner_fa import FakeTagger
    from ner_fa.training.evaluate import ABLATIONS, ablate, format_ablation
    gold = [[("دیدار", "O"), ("چین", "B-LOC"), ("و", "O"), ("روسیه", "B-LOC")],
            [("سازمان", "B-ORG"), ("پیمان", "I-ORG"), ("امنیت", "I-ORG"), ("جمعی", "I-ORG"), ("گفت", "O")]]
    tagger = FakeTagger({"چین": "LOC", "پیمان امنیت": "ORG"})
    res = ablate(tagger, gold, gazetteer=small_gazetteer)
    assert list(res) == ["tagger", *ABLATIONS]
    f1 = {name: r["micro"]["f1"] for name, r in res.items()}
    assert f1["pipeline"] == 100.0 and f1["- short forms"] == f1["- split unlinked"] == 100.0
    assert res["- gap filling"]["LOC"]["recall"] == 50.0       # «روسیه» only the gazetteer finds
    assert res["- boundary repair"]["ORG"]["f1"] == 0.0        # «پیمان امنیت» stays short
    assert f1["tagger"] == f1["no gazetteer rules"] == 40.0
    table = format_ablation(res)
    assert "- gap filling" in table and "F1 minus pipeline" in table and "-60.00" in table
