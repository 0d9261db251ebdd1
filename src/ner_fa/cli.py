"""The ``ner-fa`` command line: a thin layer over the Python API.

    ner-fa extract article.txt                 # entity list as JSON
    ner-fa extract a.txt b.txt --format jsonl  # one JSON line per document
    cat article.txt | ner-fa extract - --format csv
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .errors import NerFaError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _read_source(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        with open(path, "rb") as fh:
            data = fh.read()
        name = path
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _InputProblem(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None


class _InputProblem(Exception):
    pass


def _cmd_extract(args: argparse.Namespace) -> int:
    from .export import to_csv, to_json, to_jsonl  # noqa: PLC0415
    from .pipeline import Pipeline, default_pipeline  # noqa: PLC0415

    texts: list[tuple[str, str]] = []
    for path in args.inputs:
        try:
            texts.append((path, _read_source(path)))
        except FileNotFoundError:
            print(f"ner-fa: {path}: no such file", file=sys.stderr)
            return EXIT_USAGE
        except IsADirectoryError:
            print(f"ner-fa: {path}: is a directory; give the files inside it", file=sys.stderr)
            return EXIT_USAGE
        except PermissionError:
            print(f"ner-fa: {path}: permission denied", file=sys.stderr)
            return EXIT_USAGE
        except _InputProblem as exc:
            print(f"ner-fa: {exc}", file=sys.stderr)
            return EXIT_ERROR
    if args.model_dir or args.stanza_dir or args.package:
        nlp = Pipeline(model_dir=args.model_dir, stanza_dir=args.stanza_dir, package=args.package)
    else:
        nlp = default_pipeline()
    docs = list(nlp.pipe([t for _, t in texts]))
    items = [("<stdin>" if src == "-" else src, doc) for (src, _), doc in zip(texts, docs)]
    if args.format == "json":
        out = to_json(items) + "\n"
    elif args.format == "jsonl":
        out = "".join(line + "\n" for line in to_jsonl(items))
    else:
        out = to_csv(items)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(out)
    else:
        sys.stdout.write(out)
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import json  # noqa: PLC0415

    from .tagger import StanzaTagger  # noqa: PLC0415
    from .training.corpora import read_corpus  # noqa: PLC0415
    from .training.evaluate import evaluate, format_table  # noqa: PLC0415

    try:
        sentences = list(read_corpus(args.file, args.format))
    except FileNotFoundError:
        print(f"ner-fa: {args.file}: no such file", file=sys.stderr)
        return EXIT_USAGE
    if not sentences:
        print(f"ner-fa: {args.file}: no sentences found (is --format {args.format} right?)", file=sys.stderr)
        return EXIT_ERROR
    tagger = StanzaTagger(args.model_dir, stanza_dir=args.stanza_dir, package=args.package)
    result = evaluate(tagger, sentences)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_table(result, f"{args.file}: {len(sentences)} sentences, {result['speed']['tokens']} tokens"))
    return EXIT_OK


def _cmd_tag(args: argparse.Namespace) -> int:
    from .normalize import normalize_chars  # noqa: PLC0415
    from .tagger import StanzaTagger  # noqa: PLC0415
    from .training.corpora import read_tokens  # noqa: PLC0415

    try:
        sentences = list(read_tokens(args.file, args.format))
    except FileNotFoundError:
        print(f"ner-fa: {args.file}: no such file", file=sys.stderr)
        return EXIT_USAGE
    tagger = StanzaTagger(args.model_dir, stanza_dir=args.stanza_dir, package=args.package)
    tags = tagger.tag([[normalize_chars(t) for t in s] for s in sentences])
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for sent, sent_tags in zip(sentences, tags):
            for tok, tag in zip(sent, sent_tags):
                out.write(f"{tok}\t{tag}\n")
            out.write("\n")
    finally:
        if args.output:
            out.close()
    return EXIT_OK


def _model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model-dir", metavar="DIR", help="a ner_fa model directory (with model.json)")
    p.add_argument("--stanza-dir", metavar="DIR", help="Stanza resources directory with an official Persian NER model")
    p.add_argument("--package", metavar="NAME", help="Stanza NER package in --stanza-dir (e.g. arman)")


FORMATS = ("peyma", "conll", "parsner", "parstwiner")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ner-fa",
        description="Find the people, countries and organizations named in Persian text and link them "
                    "to canonical entities. Works offline with the model shipped in the package.",
    )
    parser.add_argument("--version", action="version", version=f"ner-fa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("extract", help="print the entities of Persian text files",
                        description="Print the linked entities (and unlinked mentions) of each input as "
                                    "JSON, JSONL (one document per line) or CSV (one entity per row).")
    ex.add_argument("inputs", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads standard input")
    ex.add_argument("--format", "-f", choices=("json", "jsonl", "csv"), default="json", help="output format")
    ex.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    _model_options(ex)
    ex.set_defaults(func=_cmd_extract)

    ev = sub.add_parser("evaluate", help="score the tagger on a labeled corpus (entity-level P/R/F1)",
                        description="Tag the gold tokens of FILE and print per-type and micro precision, "
                                    "recall and F1 (exact span and type, conlleval semantics).")
    ev.add_argument("file", metavar="FILE", help="one token per line with its tag, blank line between sentences")
    ev.add_argument("--format", choices=FORMATS, default="conll",
                    help="peyma: token|B_PER; conll: token<TAB>tag; parsner: token<TAB>POS<TAB>tag")
    ev.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _model_options(ev)
    ev.set_defaults(func=_cmd_evaluate)

    tg = sub.add_parser("tag", help="tag pretokenized text: token<TAB>predicted-tag lines",
                        description="Read one token per line (any tag column is ignored) and write "
                                    "token<TAB>predicted-tag lines with blank lines between sentences.")
    tg.add_argument("--pretokenized", dest="file", metavar="FILE", required=True,
                    help="one token per line, blank line between sentences")
    tg.add_argument("--format", choices=FORMATS, default="conll", help="how to read the token column")
    tg.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    _model_options(tg)
    tg.set_defaults(func=_cmd_tag)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except NerFaError as exc:
        print(f"ner-fa: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
