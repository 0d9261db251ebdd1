"""Properties that hold for any input string (hypothesis)."""

import hashlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ner_fa import Document, Pipeline

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "E-ORG", "S-LOC"]


class ChaosTagger:
    """Deterministic arbitrary tags (including invalid sequences), to stress span handling."""

    name = "chaos"

    def tag(self, sentences):
        out = []
        for sent in sentences:
            tags = []
            for i, tok in enumerate(sent):
                h = hashlib.blake2b(f"{i}:{tok}".encode("utf-8", "surrogatepass"), digest_size=2).digest()
                tags.append(TAGS[h[0] % len(TAGS)])
            out.append(tags)
        return out


TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("چین روسیه قزاقستان شی جینپینگ سازمان پیمان امنیت جمعی «»،.؟\u200c\u200fيك(CSTO)"))),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_extraction_invariants_for_any_string(small_gazetteer, text):
    nlp = Pipeline(tagger=ChaosTagger(), gazetteer=small_gazetteer)
    doc = nlp.extract(text)
    prev_end = 0
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= prev_end
        prev_end = m.end
        for n in m.nested:
            assert text[n.start:n.end] == n.text and m.start <= n.start and n.end <= m.end
    assert nlp.extract(text) == doc
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_threads_give_the_same_results_as_sequential_use(fake_pipeline):
    texts = [f"سعید خطیبزاده {i} گفت چین و روسیه؛ زاخاروا افزود." * (i % 5 + 1) for i in range(40)]
    sequential = [fake_pipeline.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(fake_pipeline.extract, texts))
    assert threaded == sequential


@pytest.mark.model
def test_real_model_from_threads(real_pipeline):
    texts = ["ولادیمیر پوتین به مسکو رفت.", "سعید خطیب‌زاده در تهران گفت.", "سازمان ملل متحد در نیویورک است."] * 4
    sequential = [real_pipeline.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(real_pipeline.extract, texts)) == sequential
