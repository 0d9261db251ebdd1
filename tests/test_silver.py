"""ner_fa.training.silver: CRF confidence, the choice of silver sentences, the held-out news
draw kept out, and the 'silver' corpus of the training command."""

from __future__ import annotations

import itertools
import json

import pytest

np = pytest.importorskip("numpy")

from ner_fa.training import silver


def _brute_force_marginals(scores, trans, length):
    k = scores.shape[-1]
    probs, z = np.zeros((length, k)), 0.0
    for path in itertools.product(range(k), repeat=length):
        s = sum(scores[t, path[t]] for t in range(length)) + sum(trans[path[t - 1], path[t]] for t in range(1, length))
        w = np.exp(s)
        z += w
        for t in range(length):
            probs[t, path[t]] += w
    return probs / z


def test_crf_marginals_equal_enumeration_over_all_tag_paths():
    rng = np.random.default_rng(7)
    scores = rng.normal(scale=2.0, size=(5, 3, 4))
    trans = rng.normal(size=(4, 4))
    lengths = [5, 3, 1]
    marg = silver.crf_marginals(scores, trans, lengths)
    for b, n in enumerate(lengths):
        np.testing.assert_allclose(marg[:n, b], _brute_force_marginals(scores[:, b], trans, n), atol=1e-10)
        assert marg[n:, b].sum() == 0.0
        np.testing.assert_allclose(marg[:n, b].sum(axis=1), 1.0)


def test_select_applies_thresholds_and_the_share_of_entity_free_sentences():
    def s(i):
        return [f"w{i}", "x"]

    tagged = [(s(i), ["S-PER", "O"], 0.99) for i in range(6)]
    tagged += [(s(10), ["B-ORG", "E-ORG"], 0.96)]     # ORG under its stricter threshold: dropped
    tagged += [(s(11), ["S-LOC", "O"], 0.5)]          # not confident: dropped
    tagged += [(s(20 + i), ["O", "O"], 0.99) for i in range(10)]
    kept = silver.select(tagged, threshold=0.9, org_threshold=0.98, empty_share=0.25, max_sentences=100, seed=1)
    with_ents = [t for t, tags in kept if tags != ["O", "O"]]
    assert sorted(w[0] for w in with_ents) == [f"w{i}" for i in range(6)]
    assert len(kept) - len(with_ents) == 2  # 2 of 8 = 25 %
    assert all(tags in (["B-PER", "O"], ["O", "O"]) for _, tags in kept)
    assert len(silver.select(tagged, threshold=0.9, org_threshold=0.9, empty_share=0.0, max_sentences=3,
                             seed=1)) == 3


def _article(title, paragraph):
    return {"title": title, "paragraphs": [paragraph]}


def test_unlabeled_sentences_leave_out_the_held_out_draw(tmp_path, monkeypatch):
    for folder in silver.SOURCES:
        (tmp_path / "text" / folder).mkdir(parents=True)
    arts = [_article("خبر یک", "علی رضایی امروز به تهران سفر کرد و گفت ."),
            _article("خبر دو", "مریم حسینی در مشهد با خبرنگاران گفتگو کرد ."),
            _article("خبر سه", "مریم حسینی در مشهد با خبرنگاران گفتگو کرد .")]  # same text, other id
    (tmp_path / "text" / "farsnews" / "a.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "text" / "varzesh3" / "b.json").write_text(json.dumps(
        [_article("ورزش", "تیم پرسپولیس در ورزشگاه آزادی بازی کرد .")], ensure_ascii=False), encoding="utf-8")
    drawn_excerpt = silver.excerpt(arts[1]).replace("خبر دو", "خبر سه")
    monkeypatch.setattr(silver, "draw", lambda data_dir: [("farsnews/a.json#1", "x"), ("other#0", drawn_excerpt)])
    got = [" ".join(s) for s in silver.unlabeled_sentences(tmp_path, min_tokens=2)]
    assert "علی رضایی امروز به تهران سفر کرد و گفت ." in got
    assert "تیم پرسپولیس در ورزشگاه آزادی بازی کرد ." in got
    assert not any("مریم" in s for s in got)
    assert len(got) == len(set(got))


def test_silver_file_is_a_training_corpus(tmp_path):
    from ner_fa.training.train import build_datasets

    ner = tmp_path / "ner"
    (ner / "peyma").mkdir(parents=True)
    (ner / "peyma" / "train.txt").write_text("\n".join(f"جمله|O\n{i}|O\n" for i in range(10)), encoding="utf-8")
    (ner / "peyma" / "dev.txt").write_text("علی|B_PER\nآمد|O\n", encoding="utf-8")
    path = tmp_path / "silver.tsv"
    silver.write_columns([(["علی", "آمد"], ["B-PER", "O"]), (["سازمان", "ملل", "گفت"], ["B-ORG", "I-ORG", "O"])],
                         path)
    with pytest.raises(SystemExit, match="--silver"):
        build_datasets(tmp_path, corpora=["peyma", "silver"], holdout=2, seed=1)
    train, select, _dev, sources = build_datasets(tmp_path, corpora=["peyma", "silver"], holdout=2, seed=1,
                                                 silver=path)
    assert sources == {"peyma": 10, "silver": 1}  # the silver sentence equal to PEYMA dev is dropped
    assert [("سازمان", "B-ORG"), ("ملل", "I-ORG"), ("گفت", "O")] in train
    assert len(select) == 2 and len(train) == 9


def test_init_checkpoint_carries_the_set_settings(tmp_path):
    torch = pytest.importorskip("torch")
    from ner_fa.training.train import init_checkpoint

    src = tmp_path / "m.pt"
    torch.save({"model": {"w": torch.zeros(2)}, "config": {"lr": 0.002, "optim": "adam"}}, src)
    init_checkpoint(src, tmp_path / "a.pt", {"lr": 0.0005})
    got = torch.load(tmp_path / "a.pt", weights_only=True)
    assert got["config"] == {"lr": 0.0005, "optim": "adam"}
    init_checkpoint(src, tmp_path / "b.pt", {})
    assert torch.load(tmp_path / "b.pt", weights_only=True)["config"]["lr"] == 0.002


def test_confidence_tags_equal_the_predictors_tags(real_pipeline):
    tagger = real_pipeline.tagger
    predictor = tagger._batch_predictors(tagger._load())[0]
    sents = [s.split() for s in (
        "حسن روحانی رئیس جمهور ایران امروز به نیویورک سفر کرد .",
        "به گزارش خبرگزاری ایرنا ، آنگلا مرکل صدر اعظم آلمان وارد پکن شد .",
        "ایران",
        "او گفت که فردا می‌آید .",
    )]
    got = silver.tag_with_confidence(predictor, sents)
    assert [tags for tags, _ in got] == predictor.predict(sents)
    assert all(0.0 < conf <= 1.0 + 1e-9 for _, conf in got)


def test_per_token_confidence_gives_each_tokens_marginal(real_pipeline):
    tagger = real_pipeline.tagger
    predictor = tagger._batch_predictors(tagger._load())[0]
    sents = [s.split() for s in ("حسن روحانی رئیس جمهور ایران امروز به نیویورک سفر کرد .", "ایران")]
    whole = silver.tag_with_confidence(predictor, sents)
    per_token = silver.tag_with_confidence(predictor, sents, per_token=True)
    for (tags, conf), (tags2, margs), s in zip(whole, per_token, sents):
        assert tags == tags2 and len(margs) == len(s)
        assert min(margs) == pytest.approx(conf)
