"""The document-level news test set: its reader and its evaluation (on invented documents)."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED

from ner_fa.training import newsdev, newsset

TEXT = "شی جینپینگ رئیس جمهور چین با قاسم ژامرت تاکایف در قزاقستان دیدار کرد. علی رضایی نیز حضور داشت."


def _m(sub, label, entity, cluster=None, text=TEXT, after=0):
    start = text.index(sub, after)
    return {"start": start, "end": start + len(sub), "label": label, "entity": entity,
            "cluster": cluster or entity}


def test_reliability_table_and_ece():
    pairs = [(0.95, True), (0.95, True), (0.95, False), (0.15, False)]
    table, ece = newsset.reliability(pairs)
    assert [(r["n"], r["accuracy"]) for r in table] == [(1, 0.0), (3, 0.6667)]
    # |0.15 - 0| * 1/4 + |0.95 - 2/3| * 3/4
    assert ece == pytest.approx(0.25 * 0.15 + 0.75 * (0.95 - 2 / 3), abs=1e-4)


def test_read_set_checks_text_and_spans(tmp_path):
    rec = {"doc": "x#1", "sha1": newsset.sha1(TEXT), "mentions": [_m("چین", "LOC", "Q148")]}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert newsset.read_set(path, {"x#1": TEXT})[0]["text"] == TEXT
    with pytest.raises(ValueError, match="sha1 differs"):
        newsset.read_set(path, {"x#1": TEXT + "."})
    with pytest.raises(ValueError, match="not in the drawn set"):
        newsset.read_set(path, {})


def test_evaluate_counts_each_kind(fake_pipeline):
    gold = [
        _m("شی جینپینگ", "PER", "Q15031"),
        _m("چین", "LOC", "Q148"),
        _m("قاسم ژامرت تاکایف", "PER", "Q200881"),
        _m("قزاقستان", "LOC", "Q159"),                       # deliberately wrong gold: a wrong-entity error
        _m("علی رضایی", "PER", None, "nil:PER:علی رضایی"),  # not in the gazetteer
    ]
    report = newsset.evaluate([{"doc": "farsnews/x#1", "text": TEXT, "mentions": gold}], fake_pipeline)
    pipe = report["pipeline"]
    assert (pipe["in_kb"], pipe["correct"], pipe["wrong_entity"], pipe["nil"]) == (4, 3, 1, 1)
    assert pipe["nil_linked"] == 0 and pipe["wrong_links_nil_pct"] == 0.0
    assert report["gold_spans"]["correct"] == 3
    assert report["ner"]["all"]["gold"] == 5
    doc = report["document_entities"]
    assert (doc["tp"], doc["gold"]) == (3, 4)
    assert report["calibration"]["linked_mentions"] == 4
    assert [e["kind"] for e in report["errors"]] == ["wrong_entity"]
    assert [(e["kind"], e["gold_text"], e["gold"]) for e in report["gold_span_errors"]] == [
        ("wrong_entity", "قزاقستان", "Q159")]


def test_a_nested_mention_at_the_gold_span_is_counted_only_in_the_diagnostic(small_gazetteer):
    from ner_fa import FakeTagger, Pipeline
    text = "سخنگوی پلیس چین گفت ."
    nlp = Pipeline(tagger=FakeTagger({"پلیس چین": "ORG"}), gazetteer=small_gazetteer)
    doc = nlp(text)
    assert [(m.text, m.entity) for m in doc.mentions] == [("پلیس چین", None)]
    assert [n.entity.id for n in doc.mentions[0].nested] == ["Q148"]
    gold = [_m("چین", "LOC", "Q148", text=text)]
    report = newsset.evaluate([{"doc": "farsnews/x#2", "text": text, "mentions": gold}], nlp)
    assert report["pipeline"]["unlinked"] == 1
    assert report["pipeline_nested_spans"]["correct"] == 1


def test_agreement_scores_a_second_annotation_as_the_pipeline_is_scored():
    ref = [{"doc": "a", "mentions": [_m("شی جینپینگ", "PER", "Q15031"), _m("چین", "LOC", "Q148"),
                                     _m("قزاقستان", "LOC", "Q232"), _m("علی رضایی", "PER", None)]},
           {"doc": "only-in-the-reference", "mentions": [_m("چین", "LOC", "Q148")]}]
    other = [{"doc": "a", "mentions": [_m("شی", "PER", "Q15031"),          # a shorter span, same entity
                                       _m("چین", "LOC", None),              # left NIL
                                       _m("قزاقستان", "LOC", "Q232"),
                                       _m("علی رضایی", "PER", "Q1")]}]     # a NIL linked
    r = newsset.agreement(ref, other)
    assert r["documents"] == 1
    m = r["mentions"]
    assert (m["in_kb"], m["correct"], m["unlinked"], m["nil"], m["nil_linked"]) == (3, 2, 1, 1, 1)
    assert (r["same_spans"]["in_kb"], r["same_spans"]["correct"]) == (2, 1)
    assert r["ner"]["all"]["f1"] == 75.0
    assert r["document_entities"] == {"precision": 66.67, "recall": 66.67, "f1": 66.67, "tp": 2, "predicted": 3,
                                      "gold": 3}


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
def test_draw_is_fixed():
    texts = newsset.load_texts(SHARED / "data")
    assert len(texts) == 300
    assert sum(d.startswith("farsnews/") for d in texts) == 200
    assert all(newsset.MIN_CHARS <= len(t) <= newsset.MAX_CHARS for t in texts.values())
    first = next(iter(texts))
    assert newsset.sha1(texts[first]) == "2d858e12f11995bbee2d92d4c611640af23413a3"


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
def test_dev_draw_is_fixed_and_disjoint_from_the_held_out_draw():
    held = newsset.load_texts(SHARED / "data")
    dev = newsset.load_texts(SHARED / "data", "dev")
    assert len(dev) == 400
    assert [sum(d.startswith(f"{f}/") for d in dev) for f in ("farsnews", "varzesh3", "namnak")] == [250, 100, 50]
    assert not set(dev) & set(held)
    assert not set(dev.values()) & set(held.values())
    first = next(iter(dev))
    assert first == "farsnews/fars-news-2.json#80"
    assert newsset.sha1(dev[first]) == "abd8b396eecaa7e8f22d100a798c0989ab7248f8"


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
def test_second_dev_draw_is_disjoint_from_both_other_draws():
    held = newsset.load_texts(SHARED / "data")
    dev = newsset.load_texts(SHARED / "data", "dev")
    dev2 = newsset.load_texts(SHARED / "data", "dev2")
    assert len(dev2) == 400
    assert [sum(d.startswith(f"{f}/") for d in dev2) for f in ("farsnews", "varzesh3", "namnak")] == [250, 100, 50]
    for other in (held, dev):
        assert not set(dev2) & set(other)
        assert not set(dev2.values()) & set(other.values())
    first = next(iter(dev2))
    assert (first, newsset.sha1(dev2[first])) == ("farsnews/fars-news-1.json#130",
                                                 "a28d72a422d3121c4879ea8c64f6f62a0a44699e")


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
def test_second_held_out_draw_is_disjoint_from_every_other_draw():
    held2 = newsset.load_texts(SHARED / "data", "heldout2")
    assert len(held2) == 300
    assert [sum(d.startswith(f"{f}/") for d in held2) for f in ("farsnews", "varzesh3")] == [200, 100]
    for name in ("heldout", "dev", "dev2"):
        other = newsset.load_texts(SHARED / "data", name)
        assert not set(held2) & set(other)
        assert not set(held2.values()) & set(other.values())
    first = next(iter(held2))
    assert (first, newsset.sha1(held2[first])) == ("farsnews/fars-news-5.json#226",
                                                  "6e1dff8572ba121ce2598cb384a257b88cf21e3e")


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
def test_later_draws_are_disjoint_from_every_earlier_one():
    texts = {name: newsset.load_texts(SHARED / "data", name) for name in newsset.DRAWS}
    assert [len(texts[n]) for n in ("dev3", "heldout3", "heldout4")] == [400, 300, 210]
    for i, name in enumerate(newsset.DRAWS):
        for earlier in newsset.DRAWS[:i]:
            assert not set(texts[name]) & set(texts[earlier]), (name, earlier)
            assert not set(texts[name].values()) & set(texts[earlier].values()), (name, earlier)


def _parts(texts, part: int) -> list[str]:
    """The article ids of the draw's ``part``-th parts (ids ``<article>@<part>``)."""
    return [d.removesuffix(f"@{part}") for d in texts if d.endswith(f"@{part}")]


def _follows_earlier_parts(article: dict, text: str, part: int) -> bool:
    """Whether ``text`` is in the article after its excerpt and its continuations before ``part``."""
    whole = newsset._full_text(article)
    before = len(newsset.excerpt(article)) + sum(len(newsset.continuation(article, part=p)) for p in range(2, part))
    return text in whole and whole.index(text) >= before


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
def test_continuation_draws_take_the_text_after_their_parent_draws_excerpts():
    held5 = newsset.load_texts(SHARED / "data", "heldout5")
    train = newsset.load_texts(SHARED / "data", "train")
    train2 = newsset.load_texts(SHARED / "data", "train2")
    assert [len(held5), len(train), len(train2)] == [230, 400, 400]
    assert sum(d.endswith(newsset.CONTINUED) for d in train2) == 150
    held_ids = {d for n in newsset.HELDOUT_PARENTS for d in newsset.load_texts(SHARED / "data", n)}
    dev_ids = {d for n in ("dev", "dev2", "dev3") for d in newsset.load_texts(SHARED / "data", n)}
    cont5 = [d.removesuffix(newsset.CONTINUED) for d in held5 if d.endswith(newsset.CONTINUED)]
    cont_train = [d.removesuffix(newsset.CONTINUED) for d in train if d.endswith(newsset.CONTINUED)]
    assert len(cont5) == 150 and set(cont5) <= held_ids
    assert len(cont_train) == 300 and set(cont_train) <= dev_ids
    articles = dict(newsset._articles(SHARED / "data", "farsnews"))
    whole = newsset._full_text(articles[cont5[0]])
    first, rest = newsset.excerpt(articles[cont5[0]]), held5[cont5[0] + newsset.CONTINUED]
    assert whole.startswith(first) and rest in whole[len(first):] and not set(rest.split()) <= set(first.split())
    first_id = next(iter(held5))
    assert (first_id, newsset.sha1(held5[first_id])) == ("farsnews/fars-news-4.json#260@2",
                                                        "9412bc6a1b2e3e149446013699342614fd0fccce")
    held6 = newsset.load_texts(SHARED / "data", "heldout6")
    cont6 = [d.removesuffix(newsset.CONTINUED) for d in held6 if d.endswith(newsset.CONTINUED)]
    assert len(held6) == 300 and len(cont6) == 200 and set(cont6) <= held_ids and not set(cont6) & set(cont5)
    first_id = next(iter(held6))
    assert (first_id, newsset.sha1(held6[first_id])) == ("farsnews/fars-news-2.json#295@2",
                                                        "0cb7f22ac5a4387d6af359e7a722012369e3169d")
    # the seventh: third parts (…@3), the text after an article's excerpt and its first continuation
    held7 = newsset.load_texts(SHARED / "data", "heldout7")
    third = _parts(held7, 3)
    cont7 = [d.removesuffix(newsset.CONTINUED) for d in held7 if d.endswith(newsset.CONTINUED)]
    assert len(held7) == 300 and len(third) == 150 and len(cont7) == 60 and set(third) <= held_ids
    assert not set(cont7) & (set(cont5) | set(cont6))
    assert _follows_earlier_parts(articles[third[0]], held7[third[0] + "@3"], 3)
    first_id = next(iter(held7))
    assert (first_id, newsset.sha1(held7[first_id])) == ("farsnews/fars-news-4.json#88@3",
                                                        "3482392b92855a6463f7d6c3ca4969e1fdd0a796")
    # the eighth: the last third parts of held-out articles, and third parts of development articles
    held8 = newsset.load_texts(SHARED / "data", "heldout8")
    third8 = _parts(held8, 3)
    assert len(held8) == 300 and len(third8) == 210 and not set(third8) & set(third)
    assert len(set(third8) & held_ids) == 75 and len(set(third8) & dev_ids) == 135
    first_id = next(iter(held8))
    assert (first_id, newsset.sha1(held8[first_id])) == ("farsnews/fars-news-4.json#278@3",
                                                        "2761629a4f5b19522d67f2d6d6c7453a13c11892")
    # the ninth: fourth parts of annotated articles, and the last third parts
    held9 = newsset.load_texts(SHARED / "data", "heldout9")
    fourth = _parts(held9, 4)
    third9 = _parts(held9, 3)
    assert len(held9) == 300 and len(fourth) == 150 and len(third9) == 60
    assert set(fourth) <= held_ids | dev_ids and not set(third9) & (set(third) | set(third8))
    assert _follows_earlier_parts(articles[fourth[0]], held9[fourth[0] + "@4"], 4)
    first_id = next(iter(held9))
    assert (first_id, newsset.sha1(held9[first_id])) == ("farsnews/fars-news-2.json#32@4",
                                                        "129072a29c6ebf3abaa8a286716469c60cbdcf3b")
    # the tenth: the last fourth parts, and fifth parts of annotated articles
    held10 = newsset.load_texts(SHARED / "data", "heldout10")
    fourth10 = _parts(held10, 4)
    fifth = _parts(held10, 5)
    assert len(held10) == 300 and len(fourth10) == 90 and len(fifth) == 120
    assert not set(fourth10) & set(fourth) and set(fifth) <= held_ids | dev_ids
    assert _follows_earlier_parts(articles[fifth[0]], held10[fifth[0] + "@5"], 5)
    assert not set(held10) & set(held9)
    # the eleventh: sixth parts of annotated articles, the last fifth and fourth parts, Namnak and Varzesh3
    held11 = newsset.load_texts(SHARED / "data", "heldout11")
    sixth = _parts(held11, 6)
    assert len(held11) == 300 and len(sixth) == 90 and len(_parts(held11, 5)) == 19 and len(_parts(held11, 4)) == 6
    assert set(sixth) <= held_ids | dev_ids and not set(_parts(held11, 5)) & set(fifth)
    assert _follows_earlier_parts(articles[sixth[0]], held11[sixth[0] + "@6"], 6)
    assert sum(d.startswith("namnak/") for d in held11) == 5 and not set(held11) & (set(held10) | set(held9))
    first_id = next(iter(held11))
    assert (first_id, newsset.sha1(held11[first_id])) == ("farsnews/fars-news-2.json#61@6",
                                                         "b36daeea82f37fea9634458f302b30adf825103c")
    # the twelfth: excerpts of consecutive UD Seraji sentences (another source and decade), and Varzesh3
    held12 = newsset.load_texts(SHARED / "data", "heldout12")
    seraji = [d for d in held12 if d.startswith("ud/seraji/")]
    assert len(held12) == 300 and len(seraji) == 150 and not set(held12) & set(held11)
    assert all(newsset.MIN_CHARS <= len(held12[d]) <= newsset.MAX_CHARS and "\n" not in held12[d] for d in seraji)
    first_id = next(iter(held12))
    assert (first_id, newsset.sha1(held12[first_id])) == ("ud/seraji/fa_seraji-ud-dev.conllu#67",
                                                         "ec04fbff8d5b3291abe8ba60fcc7194b8691145b")
    # the thirteenth: the last 36 Seraji excerpts and more Varzesh3
    held13 = newsset.load_texts(SHARED / "data", "heldout13")
    assert len(held13) == 200 and sum(d.startswith("ud/seraji/") for d in held13) == 36
    assert not set(held13) & set(held12) and not set(held13.values()) & set(held12.values())
    first_id = next(iter(held13))
    assert (first_id, newsset.sha1(held13[first_id])) == ("ud/seraji/fa_seraji-ud-test.conllu#82",
                                                         "07f05fd4e21b653eb0f0dfe3fcd1103d218f315f")
    # the fourteenth: the last seventh and sixth parts of annotated Fars News articles, and more Varzesh3
    held14 = newsset.load_texts(SHARED / "data", "heldout14")
    earlier = {d for name in newsset.DRAWS[:newsset.DRAWS.index("heldout14")]
               for d, _ in newsset.draw(SHARED / "data", name)}
    assert len(held14) == 200 and sum(d.startswith("farsnews/") for d in held14) == 70
    assert sum(d.endswith("@7") for d in held14) == 67 and not set(held14) & earlier
    # the fifteenth: every eighth and ninth part of annotated Fars News articles, and more Varzesh3
    held15 = newsset.load_texts(SHARED / "data", "heldout15")
    earlier = {d for name in newsset.DRAWS[:newsset.DRAWS.index("heldout15")]
               for d, _ in newsset.draw(SHARED / "data", name)}
    assert len(held15) == 200 and not set(held15) & earlier
    assert sum(d.endswith("@8") for d in held15) == 53 and sum(d.endswith("@9") for d in held15) == 38
    # the sixteenth: their tenth to fourteenth parts and 83 more Varzesh3
    held16 = newsset.load_texts(SHARED / "data", "heldout16")
    assert len(held16) == 200 and not set(held16) & (earlier | set(held15))
    assert sum(d.startswith("farsnews/") for d in held16) == 117 and sum(d.endswith("@14") for d in held16) == 16
    # the seventeenth: Telegram news posts of ParsNER-Social, another medium and year, none of any earlier text
    held17 = newsset.load_texts(SHARED / "data", "heldout17")
    assert len(held17) == 200 and all(d.startswith("parsner-social/") for d in held17)
    assert [sum(d.startswith(f"parsner-social/{f}#") for d in held17) for f in ("general_news", "economic", "sports")] \
        == [120, 40, 40]
    earlier = newsset.DRAWS[:newsset.DRAWS.index("heldout17")]
    assert not set(held17.values()) & {t for name in earlier for _, t in newsset.draw(SHARED / "data", name)}
    # the fourth development draw: the rest of those channels' general news, more economic and sports posts
    dev4 = newsset.load_texts(SHARED / "data", "dev4")
    assert len(dev4) == 200 and not set(dev4) & set(held17) and not set(dev4.values()) & set(held17.values())


def test_unknown_draw_is_refused():
    with pytest.raises(ValueError, match="unknown draw"):
        newsset.draw(SHARED / "data", "test")
    with pytest.raises(ValueError, match="no development draw"):
        newsdev.draw(SHARED / "data", "heldout")


def test_social_posts_are_rejoined_and_grouped_in_order_into_excerpts(tmp_path):
    # ParsNER-Social: token<TAB>POS<TAB>TAG lines, one blank line between sentences, two or more between posts
    folder = tmp_path / "ner" / "parsner" / "social"
    folder.mkdir(parents=True)
    post = "🔺سفر\tN\tO\nظریف\tN\tB-PERS\nبه\tP\tO\nمسکو\tN\tB-LOC\n،\tPUNC\tO\nامروز\tADV\tO\n\n" \
           "«\tPUNC\tO\nایسنا\tN\tB-ORG\n»\tPUNC\tO\n\n\n\n"
    (folder / "tiny.pos").write_text(post * 40, encoding="utf-8")
    articles = list(newsset._articles(tmp_path, "parsner-social/tiny"))
    texts = [newsset.excerpt(a) for _, a in articles]
    assert [d for d, _ in articles] == [f"parsner-social/tiny#{i}" for i in range(len(articles))]
    assert texts[0].split("\n")[0] == "🔺سفر ظریف به مسکو، امروز «ایسنا»"
    assert len(articles) > 1 and all(len(t) <= newsset.MAX_CHARS for t in texts)
    assert sum(t.count("ایسنا") for t in texts) == 40     # every post, once


def test_ud_sentences_are_grouped_in_order_into_excerpts(tmp_path):
    folder = tmp_path / "ud" / "tiny"
    folder.mkdir(parents=True)
    sentences = [f"جمله شماره {i} " + "کلمه " * 40 for i in range(12)]
    conllu = "".join(f"# sent_id = s{i}\n# text = {s}\n1\tx\t_\t_\t_\t_\t0\troot\t_\t_\n\n"
                     for i, s in enumerate(sentences))
    (folder / "a.conllu").write_text(conllu, encoding="utf-8")
    articles = list(newsset._articles(tmp_path, "ud/tiny"))
    texts = [newsset.excerpt(a) for _, a in articles]
    assert [d for d, _ in articles] == [f"ud/tiny/a.conllu#{i}" for i in range(len(articles))]
    assert len(articles) > 1 and all(len(t) <= newsset.MAX_CHARS for t in texts)
    assert " ".join(texts) == " ".join(" ".join(s.split()) for s in sentences)  # every sentence, in order, once


@pytest.mark.skipif(not (SHARED / "data" / "text" / "farsnews").is_dir(), reason="needs ../shared/data/text")
@pytest.mark.parametrize("draw, mentions", [
    ("heldout12", 3512), ("heldout13", 2369), ("heldout14", 2314), ("heldout15", 2120), ("heldout16", 1872),
    ("heldout17", 2823), ("dev4", 3197),
])
def test_a_held_out_set_reads_against_its_texts(draw, mentions):
    # every excerpt of the draw annotated, in draw order, each record's text the one annotated
    records = newsset.read_set(newsset.set_path(draw), newsset.load_texts(SHARED / "data", draw))
    assert [r["doc"] for r in records] == [d for d, _ in newsset.draw(SHARED / "data", draw)]
    assert sum(len(r["mentions"]) for r in records) == mentions
