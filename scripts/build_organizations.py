#!/usr/bin/env python3
"""Build the ORGANIZATIONS part of the ner_fa gazetteer: ``gazetteers/organizations_*.jsonl``.

Usage (from the repository root)::

    python scripts/build_organizations.py            # write the files and print the checks
    python scripts/build_organizations.py --check    # only print the checks

Input: the hand-written tables in ``scripts/organizations_data/<part>.txt``; each
becomes ``gazetteers/organizations_<part>.jsonl``.  No Wikidata ID is written:
``../shared/data/gazetteer-sources`` holds no organization QIDs, so every ``id``
is a lowercase ASCII slug and ``wikidata`` is omitted.

Table format (UTF-8, one organization a line; ``#`` starts a comment line)::

    @ cc=IR p=0.5 d=Iranian news agency        # defaults for the lines that follow
    id | English name | نام اصلی ; نام دیگر ; ... | ACR ; ACR | cc=US p=0.7 d=override

* the Persian forms are separated by ``;``; the first is ``name_fa``, the rest
  ``aliases``; ``+`` between two letters of a Persian form stands for ZWNJ (U+200C);
* acronyms (Latin or Persian letter-acronyms) are separated by ``;``;
* the last column is optional: ``cc=`` ISO alpha-2 (``cc=-`` for none),
  ``p=`` prior, ``kw=`` keywords (comma-separated Persian words whose presence in a document
  favours the entity over a namesake: ``kw=والیبال`` for a volleyball club that shares its
  name with a football club), ``d=`` description (rest of the line).

Every Persian form is normalised by ``fa_letters.fix_letters`` (ي/ك → ی/ک and the rest).  A form whose match key
(``ner_fa.normalize.compact_key``) equals an earlier form of the same entity
is dropped (the matcher folds such variants already) and counted.

Checks printed: ids unique across all ``gazetteers/*.jsonl``; surface forms
(match keys) shared with another entity, in these files or the other
gazetteer files; per-part counts and Persian forms per entity.  The build
fails on a duplicate id or on a clash with an entity of another file, unless
the clash is listed in ``ALLOWED_CLASHES``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pydantic import ValidationError

from ner_fa.gazetteer import GazetteerEntity
from ner_fa.normalize import compact_key

sys.path.insert(0, str(ROOT / "scripts"))
import weak_aliases
from fa_letters import ZWNJ, fix_letters

DATA = ROOT / "scripts" / "organizations_data"
GAZ = ROOT / "gazetteers"
_JOIN = re.compile(r"(?<=[^\W\d_])\+(?=[^\W\d_])")  # "+" between two letters

# sets of entity ids allowed to share a match key
ALLOWED_CLASHES: set[frozenset[str]] = {
    frozenset({"paykan-fc", "paykan-vc"}),      # «پیکان تهران»: the football and the volleyball club (keywords tell)
}


def _fa(s: str) -> str:
    return fix_letters(_JOIN.sub(ZWNJ, s))


def parse_part(path: Path) -> list[dict]:
    defaults = {"cc": None, "p": 0.5, "d": ""}
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            defaults = {"cc": None, "p": 0.5, "d": ""} | _opts(line[1:], where=f"{path.name}:{n}")
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) < 3 or len(cols) > 5:
            raise SystemExit(f"{path.name}:{n}: expected 3-5 columns, got {len(cols)}: {line}")
        cols += [""] * (5 - len(cols))
        eid, name, fa, acr, opt = cols
        opts = defaults | _opts(opt, where=f"{path.name}:{n}")
        forms = [_fa(f) for f in fa.split(";") if f.strip()]
        if not forms:
            raise SystemExit(f"{path.name}:{n}: no Persian name")
        rec = {"id": eid, "type": "organization", "name": name, "name_fa": forms[0], "aliases": forms[1:],
               "acronyms": [_fa(a) for a in acr.split(";") if a.strip()]}
        if opts["cc"] and opts["cc"] != "-":
            rec["country"] = opts["cc"]
        rec["description"] = opts["d"]
        rec["prior"] = float(opts["p"])
        if opts.get("kw"):
            rec["keywords"] = [_fa(k) for k in opts["kw"].split(",") if k.strip()]
        rec["_where"] = f"{path.name}:{n}"
        out.append(rec)
    return out


def _opts(text: str, *, where: str) -> dict:
    out: dict = {}
    text = text.strip()
    while text:
        if text.startswith("d="):
            out["d"] = text[2:].strip()
            break
        head, _, text = text.partition(" ")
        key, eq, val = head.partition("=")
        if not eq or key not in ("cc", "p", "kw"):
            raise SystemExit(f"{where}: bad option {head!r}")
        out[key] = val
        text = text.strip()
    return out


def dedupe_forms(rec: dict, stats: Counter) -> None:
    seen = {compact_key(rec["name_fa"])}
    aliases = []
    for a in rec["aliases"]:
        k = compact_key(a)
        if k in seen:
            stats["folded duplicate forms dropped"] += 1
            continue
        seen.add(k)
        aliases.append(a)
    rec["aliases"] = aliases


def load_other() -> tuple[dict[str, str], dict[str, set[str]]]:
    """ids and match keys of the gazetteer files this script does not write."""
    ids: dict[str, str] = {}
    keys: dict[str, set[str]] = defaultdict(set)
    for f in sorted(GAZ.glob("*.jsonl")):
        if f.name.startswith("organizations_"):
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            ids[r["id"]] = f.name
            for s in [r["name_fa"], *r.get("aliases", []), *r.get("acronyms", [])]:
                keys[compact_key(s)].add(r["id"])
    return ids, keys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="print the checks, write nothing")
    args = ap.parse_args()

    other_ids, other_keys = load_other()
    stats: Counter = Counter()
    parts: dict[str, list[dict]] = {}
    for path in sorted(DATA.glob("*.txt")):
        recs = parse_part(path)
        for r in recs:
            dedupe_forms(r, stats)
        parts[path.stem] = recs

    errors: list[str] = []
    seen_ids: dict[str, str] = {}
    own_keys: dict[str, set[str]] = defaultdict(set)
    for recs in parts.values():
        for r in recs:
            if r["id"] in other_ids:
                errors.append(f"{r['_where']}: id {r['id']!r} already in {other_ids[r['id']]}")
            if r["id"] in seen_ids:
                errors.append(f"{r['_where']}: id {r['id']!r} already at {seen_ids[r['id']]}")
            seen_ids[r["id"]] = r["_where"]
            for s in [r["name_fa"], *r["aliases"], *r["acronyms"]]:
                own_keys[compact_key(s)].add(r["id"])
    for key, ids in sorted(own_keys.items()):
        clash = (ids | other_keys.get(key, set()))
        if len(clash) > 1 and frozenset(clash) not in ALLOWED_CLASHES:
            errors.append(f"form {key!r} shared by {sorted(clash)}")

    for recs in parts.values():
        for r in recs:
            try:
                GazetteerEntity.model_validate({k: v for k, v in r.items() if not k.startswith("_")})
            except ValidationError as exc:  # report and stop
                errors.append(f"{r['_where']}: {exc}")

    total = forms = 0
    for part, recs in parts.items():
        nf = sum(1 + len(r["aliases"]) for r in recs)
        total += len(recs)
        forms += nf
        print(f"{part:15s} {len(recs):5d} organizations  {nf / max(len(recs), 1):.2f} Persian forms each")
    print(f"{'all':15s} {total:5d} organizations  {forms / max(total, 1):.2f} Persian forms each")
    for k, v in stats.items():
        print(f"{k}: {v}")
    for e in errors:
        print("ERROR", e)
    if errors:
        return 1
    if not args.check:
        for part, recs in parts.items():
            out = GAZ / f"organizations_{part}.jsonl"
            with open(out, "w", encoding="utf-8") as fh:
                for r in recs:
                    rec = {k: v for k, v in r.items() if not k.startswith("_")}
                    if not rec["acronyms"]:
                        del rec["acronyms"]
                    weak_aliases.apply(rec)
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
