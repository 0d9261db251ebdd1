"""Every gazetteer count the README states is recomputed from the shipped gazetteer."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ner_fa.gazetteer import default_gazetteer
from ner_fa.normalize import compact_key

README = Path(__file__).resolve().parents[1] / "README.md"
COUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?) (canonical entities|entities|people|organizations|places|countries"
                   r"|Persian forms)\b")
# README word -> shipped entity types it counts
TYPES = {"entities": None, "canonical entities": None, "people": {"person"}, "organizations": {"organization"},
         "places": {"city", "region", "place"}, "countries": {"country", "territory"}}


@pytest.fixture(scope="module")
def stated() -> list[tuple[int, str, str]]:
    text = README.read_text(encoding="utf-8")
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if "1M" in line or "synthetic" in line:  # benchmark sizes, not the shipped gazetteer
            continue
        out += [(lineno, m.group(1), m.group(2)) for m in COUNT.finditer(line)]
    return out


def _forms_per_entity(gaz) -> float:
    """As docs/gazetteer.md defines it: distinct non-ASCII match keys of the Persian surface forms."""
    forms = []
    for e in gaz:
        keys = {compact_key(f) for f, kind in e.surface_forms() if kind != "english"}
        forms.append(len({k for k in keys if k and not k.isascii()}))
    return round(sum(forms) / len(forms), 1)


def test_readme_counts_match_the_shipped_gazetteer(stated):
    gaz = default_gazetteer()
    types = Counter(e.type for e in gaz)
    kinds = Counter(word for _, _, word in stated)
    # the README's known statements are all found (a reworded README must keep this test meaningful)
    assert kinds["people"] >= 2 and kinds["organizations"] >= 2 and kinds["places"] >= 2, stated
    assert kinds["entities"] + kinds["canonical entities"] >= 3 and kinds["Persian forms"] >= 1, stated
    wrong = []
    for lineno, number, word in stated:
        if word == "Persian forms":
            actual: float = _forms_per_entity(gaz)
            ok = float(number) == actual
        else:
            wanted = TYPES[word]
            actual = len(gaz) if wanted is None else sum(n for t, n in types.items() if t in wanted)
            ok = int(number.replace(",", "")) == actual
        if not ok:
            wrong.append(f"README.md:{lineno}: {number} {word}, the shipped gazetteer has {actual:,}")
    assert not wrong, "\n".join(wrong)
