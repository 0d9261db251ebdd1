#!/usr/bin/env python3
"""Build ``scripts/people_tables/surnames.tsv``: the people of the gazetteer whose surname alone names them.

News names a well-known person by the surname alone («منصوریان گفت», «کونته»), often with no full name in
the same text. The gazetteer's curated aliases hold the surnames of most people already; this table adds,
from evidence in the shared data, the surname of a person whose name is a given name and a surname when
that surname is *distinctive*: when a person written with it is nearly always this one. The evidence:

* in the NER training corpora (PEYMA train, NSURL-2019, ParsNER train, ParsTwiNER train), the PER spans of
  two or more words ending in the surname (titles such as «آقای», «سردار» dropped): *own* when the given
  name is one of this person's, *other* when it is another;
* in the unlabeled news (``text/``: Fars News, Varzesh3, Namnak; the articles of the held-out draws not yet
  measured left out: ``newsset.SPENT_HELDOUT`` lists the measured ones), the surname right after a word
  that is a given name (a first word of a gazetteer person's name or of a PER span of the corpora): own or
  other likewise.

A surname is kept when exactly one gazetteer person (not of a country that writes the family name
first: China, Korea, Vietnam, Hungary) ends his or her two-word Persian name with it, it is no
form of any entity and not on the matcher's stop list, it is mostly a name in the NER corpora (half its
occurrences or more inside a span, when seen three times or more), it is more often a surname than a given
name there, and the evidence says it is this person's: for an Iranian (whose surname namesakes are many),
three own occurrences or more and at least 60% of all; for anyone else, at most half as many others as own,
and three own or more, or, for a surname of five letters or more («آیزنهاور», «دنیرو»), one and no other. ``scripts/weak_aliases.py`` reads the table: each surname is a **weak** alias (it links
a span the tagger marked PER only, exactly as written, never in free text), and the linker's person rules
still apply (an Iranian's bare surname needs the document's support; an athlete's is linked in a text
about sport only). A surname the curated table already makes the person's weak alias («دایی», «پنس») is
listed too, with its evidence; ``people_tables/surnames_excluded.tsv`` lists the surnames never taken
(«آیزنهاور», also an aircraft carrier).

    python scripts/build_surnames.py --data-dir ../shared/data
    python scripts/weak_aliases.py      # writes the surnames into the gazetteer's people files
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ner_fa.gazetteer import Gazetteer, GazetteerEntity, default_gazetteer
from ner_fa.linker import MATCHER_STOPLIST, PERSON_TITLES
from ner_fa.normalize import compact_key
from ner_fa.training import newsset
from ner_fa.training.corpora import read_columns, read_nsurl_dir, read_peyma

TABLE = ROOT / "scripts" / "people_tables" / "surnames.tsv"
EXCLUDED = ROOT / "scripts" / "people_tables" / "surnames_excluded.tsv"
TEXT_FOLDERS = ("farsnews", "varzesh3", "namnak")
#: held-out draws not yet measured: their articles stay out of the counts
UNMEASURED = tuple(d for d in newsset.DRAWS if d.startswith("heldout") and d not in newsset.SPENT_HELDOUT)
_WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")
_TITLES = frozenset(compact_key(t) for t in (*PERSON_TITLES, "آقا", "ملا", "ژنرال", "امام", "حجت‌الاسلام‌والمسلمین"))
# the evidence a surname needs (module docstring)
IR_MIN_OWN, IR_MIN_SHARE = 3, 0.6
FOREIGN_MIN_OWN, FOREIGN_LONG = 3, 5
#: countries whose people's names are written family name first (China, Korea, Vietnam, Hungary, ...)
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "VN", "HU", "KH"})
MIN_NAME_SHARE = 0.5


def _words(form: str) -> list[str]:
    return [k for w in form.split() if (k := compact_key(w))]


def ner_sentences(data_dir: Path) -> list:
    """The NER training corpora's sentences (no dev or test part)."""
    ner = data_dir / "ner"
    return [*read_peyma(ner / "peyma" / "train.txt"), *read_nsurl_dir(ner / "nsurl600k"),
            *read_columns(ner / "parsner" / "train", "parsner"),
            *read_columns(ner / "parstwiner" / "train.txt", "parstwiner")]


def person_spans(sentences: list) -> Counter[tuple[str, ...]]:
    """PER spans of the sentences as match-key words, titles in front dropped."""
    spans: Counter[tuple[str, ...]] = Counter()
    for sent in sentences:
        current: list[str] = []
        for tok, tag in [*sent, ("", "O")]:
            if tag.startswith("I-") and tag.endswith("PER") and current:
                current.append(compact_key(tok))
                continue
            if current:
                while len(current) > 1 and current[0] in _TITLES:
                    current = current[1:]
                spans[tuple(current)] += 1
            current = [compact_key(tok)] if tag.endswith("PER") and tag != "O" else []
    return spans


def word_counts(sentences: list) -> tuple[Counter[str], Counter[str]]:
    """Each word's occurrences in the sentences, and how many of them are inside a span."""
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for sent in sentences:
        for tok, tag in sent:
            k = compact_key(tok)
            seen[k] += 1
            if tag != "O":
                named[k] += 1
    return seen, named


def text_pairs(data_dir: Path, surnames: set[str]) -> Counter[tuple[str, str]]:
    """(word before, surname) pairs in the unlabeled news, the unmeasured held-out articles left out."""
    left_out = {d.split("@")[0] for name in UNMEASURED for d, _ in newsset.draw(data_dir, name)}
    pairs: Counter[tuple[str, str]] = Counter()
    for folder in TEXT_FOLDERS:
        for doc_id, article in newsset._articles(data_dir, folder):
            if doc_id in left_out:
                continue
            toks = [compact_key(t) for t in _WORD.findall(newsset._full_text(article))]
            for a, b in pairwise(toks):
                if b in surnames:
                    pairs[(a, b)] += 1
    return pairs


def build(data_dir: Path, gazetteer: Gazetteer) -> list[tuple[GazetteerEntity, str, int, int]]:
    """(person, surname as written, own, other) for each distinctive surname, sorted by person id."""
    by_surname: dict[str, list[GazetteerEntity]] = defaultdict(list)
    for e in gazetteer:
        if e.type == "person" and len(w := _words(e.name_fa)) >= 2:
            by_surname[w[-1]].append(e)
    sentences = ner_sentences(data_dir)
    spans = person_spans(sentences)
    given = {w[0] for e in gazetteer if e.type == "person"
             for f in (e.name_fa, *e.aliases) if len(w := _words(f)) >= 2}
    given |= {sp[0] for sp in spans if len(sp) >= 2}
    given -= _TITLES
    first_n: Counter[str] = Counter()
    last_n: Counter[str] = Counter()
    for sp, n in spans.items():
        if len(sp) >= 2:
            first_n[sp[0]] += n
            last_n[sp[-1]] += n
    seen, named = word_counts(sentences)
    pairs = text_pairs(data_dir, set(by_surname))
    excluded = {compact_key(line.split("\t")[0]) for line in EXCLUDED.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith(("#", "surname\t"))}
    out = []
    for key, people in by_surname.items():
        if len(people) != 1 or len(key) < 3 or key in MATCHER_STOPLIST or key in excluded:
            continue
        person = people[0]
        # no form of any entity (this table's own output, a weak alias of the person, aside)
        if any(a.kind != "weak" or a.entity_id != person.id for a in gazetteer.lookup_key(key)):
            continue
        if person.country in FAMILY_NAME_FIRST:
            continue    # «شی جین‌پینگ»: the last word is the given name
        written = person.name_fa.split()
        if len(_words(person.name_fa)) != 2 or len(written) != 2:
            continue
        if first_n[key] >= last_n[key] and key in given:
            continue    # chiefly a given name («بیل» is Bill before it is Bale)
        if seen[key] >= 3 and named[key] / seen[key] < MIN_NAME_SHARE:
            continue    # chiefly a word
        own_given = {w[0] for f in (person.name_fa, *person.aliases) if len(w := _words(f)) >= 2 and w[-1] == key}
        own = other = 0
        for sp, n in spans.items():
            if len(sp) >= 2 and sp[-1] == key:
                if sp[-2] in own_given or sp[0] in own_given:
                    own += n
                else:
                    other += n
        for (before, word), n in pairs.items():
            if word == key and before in given:
                if before in own_given:
                    own += n
                else:
                    other += n
        if person.country == "IR":
            keep = own >= IR_MIN_OWN and own >= IR_MIN_SHARE * (own + other)
        else:   # a short foreign surname is often several people's («فورد», «کلارک»): more evidence
            keep = 2 * other <= own and (own >= FOREIGN_MIN_OWN or (own >= 1 and other == 0 and len(key) >= FOREIGN_LONG))
        if keep:
            out.append((person, written[-1], own, other))
    return sorted(out, key=lambda r: r[0].id)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=newsset.DEFAULT_DATA_DIR)
    ap.add_argument("-o", "--output", type=Path, default=TABLE)
    args = ap.parse_args(argv)
    rows = build(args.data_dir, default_gazetteer())
    lines = ["# Distinctive surnames of gazetteer people, weak aliases (scripts/weak_aliases.py); built by",
             "# scripts/build_surnames.py from the NER training corpora and unlabeled news. own / other: the",
             "# occurrences of the surname after this person's given names / another given name.",
             "id\tsurname\town\tother"]
    lines += [f"{p.id}\t{s}\t{own}\t{other}" for p, s, own, other in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} surnames -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
