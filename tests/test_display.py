from ner_fa import Document, EntityRef, Mention


def test_html_is_rtl_escaped_and_links_to_wikidata():
    text = "<b>شی</b> & «چین» و علی"
    china = EntityRef(id="Q148", type="country", name="China", name_fa="چین", wikidata="Q148")
    s = text.index("چین")
    a = text.index("علی")
    doc = Document(text=text, mentions=(
        Mention(text="چین", label="LOC", start=s, end=s + 3, entity=china, score=0.9),
        Mention(text="علی", label="PER", start=a, end=a + 3),
    ))
    html = doc._repr_html_()
    assert 'dir="rtl"' in html and 'lang="fa"' in html
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'href="https://www.wikidata.org/wiki/Q148"' in html
    assert 'title="LOC · China (Q148) · score 0.90"' in html
    assert 'title="PER · unlinked"' in html
    assert html.count("<mark") == 2 + 3  # two mentions and the legend
