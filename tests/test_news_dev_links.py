"""scripts/news_dev_links.py: reading judged verdicts and scoring links against them (no corpus needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEADER = "doc\tstart\tend\tlabel\tmention\tentity\tverdict\tkind\tnote\n"


@pytest.fixture(scope="module")
def ndl():
    spec = importlib.util.spec_from_file_location("news_dev_links", ROOT / "scripts" / "news_dev_links.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "judged.tsv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _link(doc: str, start: int, end: int, entity: str, label: str = "LOC", nested: bool = False):
    m = SimpleNamespace(start=start, end=end, label=label, text="x", entity=SimpleNamespace(id=entity))
    return (doc, "", m, nested)


def test_read_judged_keys_rows_and_skips_comments(ndl, tmp_path):
    path = _write(tmp_path, [
        "# a comment line",
        "d1\t0\t5\tLOC\tتهران\ttehran\tright\t\t",
        "d1\t9\t14\tLOC\tکرمان\tkerman\twrong\tsame-name-entity\tthe province",
        "d2\t3\t7\tPER\tعلی\tali\tunsure\t\t",
    ])
    got = ndl.read_judged(path)
    assert set(got) == {("d1", 0, 5, "tehran"), ("d1", 9, 14, "kerman"), ("d2", 3, 7, "ali")}
    assert got[("d1", 9, 14, "kerman")]["kind"] == "same-name-entity"


@pytest.mark.parametrize("row", [
    "d1\t0\t5\tLOC\tتهران\ttehran\twrong\t\t",                 # a wrong link without a kind
    "d1\t0\t5\tLOC\tتهران\ttehran\twrong\ttypo-kind\t",        # a kind not in KINDS
    "d1\t0\t5\tLOC\tتهران\ttehran\tmaybe\t\t",                 # not a verdict
])
def test_read_judged_rejects_bad_rows(ndl, tmp_path, row):
    with pytest.raises(SystemExit, match="row 2"):
        ndl.read_judged(_write(tmp_path, [row]))


def test_score_counts_precision_by_level_label_kind_and_document(ndl, tmp_path):
    judged = ndl.read_judged(_write(tmp_path, [
        "d1\t0\t5\tLOC\tتهران\ttehran\tright\t\t",
        "d1\t9\t14\tLOC\tتهران\ttehran\twrong\tspan\t",         # the same entity, right elsewhere in d1
        "d1\t20\t25\tPER\tروحانی\trouhani\twrong\tcommon-word\t",
        "d2\t0\t4\tORG\tناتو\tnato\tright\t\t",
        "d2\t6\t9\tLOC\tقم\tqom\tunsure\t\t",
    ]))
    links = [_link("d1", 0, 5, "tehran"), _link("d1", 9, 14, "tehran", nested=True),
             _link("d1", 20, 25, "rouhani", "PER"), _link("d2", 0, 4, "nato", "ORG"),
             _link("d2", 6, 9, "qom"), _link("d2", 12, 16, "mashhad")]          # the last one: no verdict
    r = ndl.score(judged, links)
    assert (r["links"], r["right"], r["wrong"], r["unsure"], r["unjudged"]) == (6, 2, 2, 1, 1)
    assert r["precision"] == 50.0                       # unsure and unjudged links are not counted
    assert r["precision_top_level"] == pytest.approx(66.67)
    assert r["precision_nested"] == 0.0
    assert r["precision_by_label"] == {"LOC": 50.0, "ORG": 100.0, "PER": 0.0}
    assert r["wrong_by_kind"] == {"common-word": 1, "span": 1}
    # documents × entities: (d1, tehran) right somewhere, (d1, rouhani) wrong, (d2, nato) right
    assert r["document_entity_precision"] == pytest.approx(66.67)
    assert [w[4] for w in r["wrong_links"]] == ["tehran", "rouhani"]
    assert [u[2].entity.id for u in r["_unjudged"]] == ["mashhad"]
    # a link whose entity differs from the judged one at the same span is unjudged, not right
    r = ndl.score(judged, [_link("d1", 0, 5, "tehran-province")])
    assert (r["right"], r["unjudged"]) == (0, 1)
