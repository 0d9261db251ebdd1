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
    assert 'title="PER · unlinked · nil:PER:علی (1 mention)"' in html
    assert html.count("<mark") == 2 + 3  # two mentions and the legend


import re
from html import unescape
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from ner_fa import Candidate
from ner_fa.display import document_html


def visible_text(html: str) -> str:
    """The document text as a reader sees it: tags and the type labels removed, <br> as newline."""
    body = html.split('<div dir="ltr"', 1)[0]
    body = re.sub(r"<sub[^>]*>.*?</sub>", "", body).replace("<br>", "\n")
    return unescape(re.sub(r"<[^>]+>", "", body))


class _Checker(HTMLParser):
    """Collects start tags and fails on stray end tags, so injected markup cannot hide."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


def parse(html):
    p = _Checker()
    p.feed(html)
    p.close()
    assert p.stack == []
    return p.tags


def test_entity_fields_are_escaped_in_attributes():
    text = "شرکت \"x\" <script>alert(1)</script>"
    evil = EntityRef(id='a"><script>', type="organization", name="A \" onmouseover=\"x", name_fa="ش")
    end = text.index(" <")
    doc = Document(text=text, mentions=(Mention(text=text[:end], label="ORG", start=0, end=end, entity=evil,
                                                score=0.5),))
    html = document_html(doc)
    tags = parse(html)
    assert "<script" not in html and "&lt;script&gt;" in html
    mark = next(attrs for tag, attrs in tags if tag == "mark" and "title" in attrs)
    assert mark["title"] == 'ORG · A " onmouseover="x (a"><script>) · score 0.50'
    assert "onmouseover" not in {k for _, attrs in tags for k in attrs}
    assert not any(tag == "a" for tag, _ in tags)  # no Wikidata id, no link
    assert visible_text(html) == text


def test_nested_entities_and_candidates_show_on_hover():
    text = "وزارت امور خارجه روسیه و زاخاروف"
    russia = EntityRef(id="Q159", type="country", name="Russia", name_fa="روسیه", wikidata="Q159")
    mfa = EntityRef(id="mfa-russia", type="organization", name="Ministry of Foreign Affairs of Russia",
                    name_fa="وزارت امور خارجه روسیه")
    r = text.index("روسیه")
    z = text.index("زاخاروف")
    doc = Document(text=text, mentions=(
        Mention(text=text[:r + 5], label="ORG", start=0, end=r + 5, entity=mfa, score=0.95,
                nested=(Mention(text="روسیه", label="LOC", start=r, end=r + 5, entity=russia, score=0.9),)),
        Mention(text="زاخاروف", label="PER", start=z, end=z + 7, candidates=(
            Candidate(id="maria-zakharova", name="Maria Zakharova", score=0.41, similarity=0.8, alias="زاخارووا"),)),
    ))
    titles = [attrs["title"] for tag, attrs in parse(document_html(doc)) if tag == "mark" and "title" in attrs]
    assert titles == [
        "ORG · Ministry of Foreign Affairs of Russia (mfa-russia) · score 0.95 · contains Russia (Q159)",
        "PER · unlinked · nil:PER:زاخاروف (1 mention) · best candidate Maria Zakharova (maria-zakharova) 0.41",
    ]
    html = document_html(doc)
    assert "border-bottom:1px dashed" in html and "border-bottom:1px solid" in html
    assert "2 mentions, 1 linked, 2 entities + 1 NIL" in html


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"' \n\u200cابپتچ;#x")), min_size=1, max_size=40),
       st.data())
def test_display_shows_exactly_the_text(text, data):
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=6)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    mentions = tuple(Mention(text=text[a:b], label=data.draw(st.sampled_from(["PER", "LOC", "ORG"])),
                             start=a, end=b) for a, b in spans)
    html = document_html(Document(text=text, mentions=mentions))
    parse(html)
    assert visible_text(html) == text
    assert html.count("<mark") == len(mentions) + 3
