"""Write src/ner_fa/combining_marks.tsv: the combining-mark ranges of this Python's Unicode database.

    python scripts/build_combining_marks.py

The tokenizer keeps combining marks with their base character; it reads this table instead of
scanning the Unicode database at its first call, when the table's Unicode version is the
running Python's (otherwise it scans, which is exact but takes ~50 ms).
"""

from __future__ import annotations

import unicodedata

from ner_fa.tokenize import _MARKS_FILE, scan_mark_ranges


def main() -> None:
    ranges = scan_mark_ranges()
    lines = [f"# unicode {unicodedata.unidata_version}"] + [f"{a:04X}\t{b:04X}" for a, b in ranges]
    _MARKS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{_MARKS_FILE}: {len(ranges)} ranges, {sum(b - a + 1 for a, b in ranges)} marks "
          f"(Unicode {unicodedata.unidata_version})")


if __name__ == "__main__":
    main()
