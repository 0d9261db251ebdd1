"""``python -m ner_fa.importers wikidata|paranames|dr5hn INPUT -o OUT.jsonl``: write a gazetteer file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import NerFaError
from ..gazetteer import ENTITY_TYPES
from ._base import ImportStats, write_jsonl
from .dr5hn import iter_dr5hn
from .paranames import iter_paranames
from .wikidata import iter_wikidata


def _types(value: str) -> set[str]:
    types = {t.strip() for t in value.split(",") if t.strip()}
    unknown = types - set(ENTITY_TYPES)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown type(s) {', '.join(sorted(unknown))}; "
                                         f"choose from {', '.join(ENTITY_TYPES)}")
    return types


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.importers",
                                 description="Turn a Wikidata dump or a ParaNames file into a ner_fa gazetteer "
                                             "(JSONL; load it with Gazetteer.load and merge it with the shipped one).")
    sub = ap.add_subparsers(dest="source", required=True)
    wd = sub.add_parser("wikidata", help="a Wikidata JSON dump (.json, .json.gz, .json.bz2), streamed")
    wd.add_argument("dump")
    wd.add_argument("--types", type=_types, default=None,
                    help=f"comma-separated gazetteer types to keep (default: all: {','.join(ENTITY_TYPES)})")
    pn = sub.add_parser("paranames", help="a ParaNames TSV file (plain, .gz or .bz2)")
    pn.add_argument("file")
    pn.add_argument("--languages", default="fa,pes", help="language codes read as Persian (default: fa,pes)")
    dr = sub.add_parser("dr5hn", help="the countries-states-cities database (a directory with states.jsonl, "
                                      "cities.jsonl, countries.json; ODbL 1.0: credit it where you ship the output)")
    dr.add_argument("directory")
    dr.add_argument("--kinds", default="state,city", help="state and/or city (default: state,city)")
    dr.add_argument("--min-population", type=int, default=50_000,
                    help="cities: smallest population kept (default 50000)")
    dr.add_argument("--min-population-home", type=int, default=10_000,
                    help="cities of the --home country: smallest population kept (default 10000)")
    dr.add_argument("--home", default="IR", help="home country, ISO alpha-2 (default IR)")
    for p in (wd, pn, dr):
        p.add_argument("-o", "--output", required=True, help="output .jsonl (.jsonl.gz/.bz2 compress; - for stdout)")
        p.add_argument("--skip-bad-lines", action="store_true",
                       help="skip lines that cannot be parsed (counted and reported) instead of stopping")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    stats = ImportStats()
    strict = not args.skip_bad_lines
    try:
        if args.source == "wikidata":
            entities = iter_wikidata(args.dump, types=args.types, strict=strict, stats=stats)
        elif args.source == "dr5hn":
            entities = iter_dr5hn(args.directory, kinds=[k.strip() for k in args.kinds.split(",") if k.strip()],
                                  min_population=args.min_population, min_population_home=args.min_population_home,
                                  home=args.home, strict=strict, stats=stats)
        else:
            langs = [x.strip() for x in args.languages.split(",") if x.strip()]
            entities = iter_paranames(args.file, languages=langs, strict=strict, stats=stats)
        write_jsonl(entities, args.output)
    except NerFaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(stats.summary(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
