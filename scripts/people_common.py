"""What the two people builders share: Persian letter fixes, the common-word lists and the alias-drop rules.

``scripts/build_people.py`` (``leaders.jsonl``) and ``scripts/build_people_extra.py``
(``people_iran.jsonl``, ``people_world.jsonl``) both import from here, so a rule is written once.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
from ner_fa.normalize import compact_key

if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))
from fa_letters import fix_letters

# Common Persian/Arabic words and given names: never a one-word alias.
COMMON_WORDS = {"علی", "محمد", "حسن", "حسین", "رحمان", "صدر", "امین", "احمد", "عباس", "سلام", "عون", "بنت", "بیا", "سال", "زمان", "دان", "تراس", "کاست", "لولا", "میلی", "مارکوس", "سانچز", "شریف", "صالح", "علوی", "شکری", "متقی", "عثمانی", "تاتار", "بارو", "گله", "راما", "متا", "دبی", "آخوند", "اسد", "پترو", "مارین", "بورن", "کاستا", "جانسون", "مونته\u200cنگرو", "چاپو", "بودن", "سعید", "کاظمی", "مالکی", "المالکی", "عبدالله", "خان", "شاه", "ملک", "شیخ", "مقداد", "بن", "آل", "پاز", "کیم", "لی", "مون", "یون", "چین", "پارک", "وو", "حمزه", "فیصل", "طارق", "هشام", "مصطفی", "محمود", "عادل", "ناصر", "بدر", "فؤاد", "عزیز"}

# A one-word form tagged O in more than this share of its (at least PEYMA_MIN_COUNT) PEYMA train tokens
# is a common word.
PEYMA_MIN_COUNT = 3
PEYMA_MAX_O_SHARE = 0.5


norm_fa = fix_letters  # the letter fix shared with the other builders (scripts/fa_letters.py)


def one_word(s: str) -> bool:
    return " " not in s and "\u200c" not in s


def persian_forms(rec: Mapping) -> int:
    """Distinct match keys of a record's Persian forms (name_fa, aliases, weak_aliases): the measure
    ``docs/gazetteer.md`` and ``tests/test_shipped_gazetteer.py`` use."""
    forms = [rec["name_fa"], *rec.get("aliases", ()), *rec.get("weak_aliases", ())]
    return len({k for k in map(compact_key, forms) if k and not k.isascii()})


def peyma_common_words(paths: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """compact key -> (occurrences, occurrences tagged O) for single tokens of PEYMA (pass train only)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in paths:
        if not p.is_file():
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if "|" not in line:
                    continue
                tok, tag = line.rsplit("|", 1)
                k = compact_key(tok)
                if not k:
                    continue
                c = counts[k]
                c[0] += 1
                c[1] += tag == "O"
    return {k: (v[0], v[1]) for k, v in counts.items()}


def mostly_o(key: str, peyma: Mapping[str, tuple[int, int]]) -> tuple[int, int] | None:
    """(occurrences, tagged O) when ``key`` is a common word by the PEYMA train rule, else None."""
    if key in peyma:
        n, n_o = peyma[key]
        if n >= PEYMA_MIN_COUNT and n_o / n > PEYMA_MAX_O_SHARE:
            return n, n_o
    return None


def filter_aliases(name_fa: str, aliases: Iterable[str], *, other_forms: Mapping[str, str],
                   owners: Mapping[str, set[str]], peyma: Mapping[str, tuple[int, int]]
                   ) -> tuple[list[str], list[str], int]:
    """Apply the alias-drop rules to one person.

    Returns ``(kept aliases, reasons for each dropped alias, spelling variants folded)``.  An alias is
    dropped when it folds (``compact_key``) to a form already kept or to ``name_fa`` (counted, silent),
    equals a form of another gazetteer file (``other_forms``: key -> owner), belongs to more than one
    person being built (``owners``: key -> ids), or is one word that is in ``COMMON_WORDS`` or mostly
    tagged O in PEYMA train (``peyma``).
    """
    keep: list[str] = []
    drops: list[str] = []
    seen = {compact_key(name_fa)}
    folded = 0
    for a in aliases:
        k = compact_key(a)
        if k in seen:
            folded += 1
            continue
        why = None
        o = mostly_o(k, peyma) if one_word(a) else None
        if k in other_forms:
            why = f"equals {other_forms[k]}"
        elif len(owners.get(k, ())) > 1:
            why = f"shared by {sorted(owners[k])}"
        elif one_word(a) and a in COMMON_WORDS:
            why = "common word / given name"
        elif o:
            why = f"common word in PEYMA train ({o[1]}/{o[0]} tokens tagged O)"
        if why:
            drops.append(f"alias {a!r} dropped: {why}")
            continue
        seen.add(k)
        keep.append(a)
    return keep, drops, folded
