"""The curated tables' row reader (ner_fa.tables)."""

from __future__ import annotations

import pytest

from ner_fa.tables import table_rows


class _Bad(ValueError):
    pass


def test_rows_skip_comments_and_blank_lines_and_strip_fields(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# a comment\n\nالف\t b \tc\n  \nب\tد\tه\n", encoding="utf-8")
    assert list(table_rows(path, 3, _Bad, "x, y, z")) == [(3, ["الف", "b", "c"]), (5, ["ب", "د", "ه"])]


@pytest.mark.parametrize("row, named_first", [
    ("الف\tب\n", False),          # too few fields
    ("الف\t\tج\n", False),        # an empty field
    ("()\tب\tج\n", True),         # no letter or digit where a name must stand
])
def test_a_bad_row_raises_the_tables_error_naming_the_line(tmp_path, row, named_first):
    path = tmp_path / "t.tsv"
    path.write_text("# header\n" + row, encoding="utf-8")
    with pytest.raises(_Bad, match=r"t.tsv:2: expected name, kind, gloss \(tab-separated\)"):
        list(table_rows(path, 3, _Bad, "name, kind, gloss", named_first=named_first))
    if named_first:   # the same row is fine when the first field need not be a name
        assert list(table_rows(path, 3, _Bad, "name, kind, gloss")) == [(2, row.rstrip("\n").split("\t"))]
