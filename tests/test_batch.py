"""Pipeline.pipe: sentence batching across documents, input order, chunking of long documents, processes."""

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.batch import chunk_windows

SENT = "به گزارش خبرگزاری فارس، «شی جینپینگ» رئیس جمهور چین به قزاقستان رفت."
TEXTS = [SENT, "", "چین و روسیه.", SENT + "\n" + SENT, "   ", "علی رضایی آمد. " * 5]


class CountingTagger(FakeTagger):
    """A FakeTagger that records the sentences of every call."""

    def __init__(self, phrases):
        super().__init__(phrases)
        self.calls: list[list[list[str]]] = []

    def tag(self, sentences):
        self.calls.append([list(s) for s in sentences])
        return super().tag(sentences)


@pytest.fixture
def counting_pipeline(fake_pipeline):
    tagger = CountingTagger({"شی جینپینگ": "PER", "چین": "LOC", "قزاقستان": "LOC", "خبرگزاری فارس": "ORG",
                             "علی رضایی": "PER"})
    return Pipeline(tagger=tagger, gazetteer=fake_pipeline.gazetteer)


def _as_tuples(doc):
    return [(m.start, m.end, m.text, m.label, m.entity.id if m.entity else None) for m in doc.mentions]


def test_pipe_batches_sentences_of_many_documents_sorted_by_length(counting_pipeline):
    texts = TEXTS * 20
    docs = list(counting_pipeline.pipe(texts, batch_size=50))
    assert [d.text for d in docs] == texts
    calls = counting_pipeline.tagger.calls
    n_sents = sum(len(c) for c in calls)
    assert n_sents > 100
    assert len(calls) <= n_sents // 50 + 1          # sentences of many documents per call
    for c in calls[:-1]:
        assert len(c) >= 50
    for c in calls:
        assert [len(s) for s in c] == sorted(len(s) for s in c)


def test_pipe_results_equal_extract_for_every_batch_size(counting_pipeline):
    texts = TEXTS * 4
    expected = [counting_pipeline.extract(t) for t in texts]
    for bs in (1, 3, 1000):
        assert list(counting_pipeline.pipe(texts, batch_size=bs)) == expected


def test_pipe_is_lazy_and_bounded(counting_pipeline):
    def endless():
        while True:
            yield SENT

    gen = counting_pipeline.pipe(endless(), batch_size=8)
    first = [next(gen) for _ in range(30)]
    assert all(d.text == SENT for d in first)
    # each tagger call holds about batch_size sentences, never the whole (endless) input
    assert max(len(c) for c in counting_pipeline.tagger.calls) <= 8


def test_pipe_validates_arguments(fake_pipeline):
    for kw in ({"batch_size": 0}, {"n_process": 0}, {"chunk_chars": -1}, {"n_process": True}):
        with pytest.raises(ValueError, match=next(iter(kw))):
            fake_pipeline.pipe(["الف"], **kw)


# -- long documents ---------------------------------------------------------
def test_chunk_windows_tile_the_text_and_cut_at_breaks():
    text = ("کلمه " * 30 + "پایان.\n") * 200
    wins = chunk_windows(text, 1000, overlap=100)
    assert len(wins) > 10
    assert wins[0][2] == 0 and wins[-1][3] == len(text)
    for (ws, we, ks, ke), nxt in zip(wins, wins[1:] + [None]):
        assert ws <= ks < ke <= we
        assert ke - ks <= 1000
        assert ks - ws <= 200 and we - ke <= 200
        if nxt is not None:
            assert nxt[2] == ke
            assert text[ke - 1] == "\n"          # cut after a line break when there is one
    # no line break, no sentence end: cut at a space, never inside a word
    flat = "واژه " * 3000
    for ws, we, ks, ke in chunk_windows(flat, 997, overlap=50):
        assert ks == 0 or flat[ks - 1] == " "
        assert ws == 0 or flat[ws].isspace()


def test_long_document_in_chunks_keeps_offsets_and_finds_border_mentions_once(fake_pipeline):
    filler = "او گفت که کار ادامه دارد "
    name = "شی جینپینگ"
    # one very long sentence (no line break, no sentence end): chunks are cut at spaces
    text = filler * 120 + name + " رئیس جمهور چین " + filler * 400 + "قزاقستان"
    whole = fake_pipeline.extract(text)
    pos = text.index(name)
    for chunk_chars in range(pos + 4, pos + len(name) + 1):
        wins = chunk_windows(text, chunk_chars)
        assert len(wins) > 3
        assert wins[0][3] == pos + 3              # the first border falls inside the name
        doc = next(fake_pipeline.pipe([text], chunk_chars=chunk_chars))
        for m in doc.all_mentions():
            assert text[m.start:m.end] == m.text
        got = [(m.start, m.end, m.text) for m in doc.mentions]
        assert [g for g in got if name in g[2] or g[2] in name] == [(pos, pos + len(name), name)]
        assert _as_tuples(doc) == _as_tuples(whole)


def test_long_document_with_lines_equals_whole_document_result(fake_pipeline):
    text = "\n".join([SENT] * 400)
    a = next(fake_pipeline.pipe([text], chunk_chars=2000))
    b = next(fake_pipeline.pipe([text], chunk_chars=10**9))
    assert _as_tuples(a) == _as_tuples(b)
    assert len(a.mentions) >= 1200


# -- processes --------------------------------------------------------------
def test_n_process_gives_the_same_documents_in_order(fake_pipeline):
    texts = [f"{i} " + t for i, t in enumerate(TEXTS * 15)]
    expected = list(fake_pipeline.pipe(texts))
    from ner_fa.batch import pipe_processes

    got = list(pipe_processes(fake_pipeline, iter(texts), n_process=2, group_docs=7))
    assert got == expected
    assert list(fake_pipeline.pipe(texts, n_process=2)) == expected


@pytest.mark.model
def test_real_model_pipe_and_processes_match_extract(real_pipeline):
    texts = [SENT, "سعید خطیب‌زاده سخنگوی وزارت امور خارجه ایران گفت.", "", "ولادیمیر پوتین به پکن رفت."] * 3
    expected = [real_pipeline.extract(t) for t in texts]
    assert any(d.mentions for d in expected)
    assert list(real_pipeline.pipe(texts, batch_size=5)) == expected
    assert list(real_pipeline.pipe(texts, n_process=2)) == expected


def test_a_bad_text_in_pipe_loses_none_of_the_documents_before_it(fake_pipeline):
    texts = ["شی جینپینگ به قزاقستان رفت.", "علی رضایی در چین بود.", None, "روسیه"]
    got = []
    with pytest.raises(TypeError, match="str"):
        for doc in fake_pipeline.pipe(texts, batch_size=1000):
            got.append(doc)  # noqa: PERF402 - keeps what came before the error
    assert [d.text for d in got] == texts[:2]
    assert [m.text for m in got[0].mentions] == ["شی جینپینگ", "قزاقستان"]
