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


class _CliExit(Exception):
    """Stop the command with a message on stderr and an exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _read_source(path: str) -> str:
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise _CliExit(f"{path}: no such file", EXIT_USAGE) from None
    except IsADirectoryError:
        raise _CliExit(f"{path}: is a directory; give the files inside it", EXIT_USAGE) from None
    except PermissionError:
        raise _CliExit(f"{path}: permission denied", EXIT_USAGE) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _CliExit(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})", EXIT_ERROR) from None


def _read_labeled(args: argparse.Namespace, reader) -> list:
    """Sentences of a one-token-per-line file, read with ``reader(path, format)``."""
    try:
        sentences = list(reader(args.file, args.format))
    except FileNotFoundError:
        raise _CliExit(f"{args.file}: no such file", EXIT_USAGE) from None
    except IsADirectoryError:
        raise _CliExit(f"{args.file}: is a directory; give a file", EXIT_USAGE) from None
    except UnicodeDecodeError as exc:
        raise _CliExit(f"{args.file}: not UTF-8 text (invalid byte at offset {exc.start})", EXIT_ERROR) from None
    if not sentences:
        raise _CliExit(f"{args.file}: no sentences found (is --format {args.format} right?)", EXIT_ERROR)
    return sentences


def _write(path: str | None, text: str) -> None:
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


def _tagger(args: argparse.Namespace):
    from .tagger import StanzaTagger

    return StanzaTagger(args.model_dir, stanza_dir=args.stanza_dir, package=args.package)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .export import to_csv, to_json, to_jsonl
    from .pipeline import Pipeline, default_pipeline

    texts = [(path, _read_source(path)) for path in args.inputs]
    if args.model_dir or args.stanza_dir or args.package:
        nlp = Pipeline(tagger=_tagger(args))
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
    _write(args.output, out)
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from .training.corpora import read_corpus
    from .training.evaluate import evaluate, format_table

    sentences = _read_labeled(args, read_corpus)
    result = evaluate(_tagger(args), sentences)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_table(result, f"{args.file}: {len(sentences)} sentences, {result['speed']['tokens']} tokens"))
    return EXIT_OK


def _cmd_tag(args: argparse.Namespace) -> int:
    from .normalize import normalize_chars
    from .training.corpora import read_tokens

    sentences = _read_labeled(args, read_tokens)
    tags = _tagger(args).tag([[normalize_chars(t) for t in s] for s in sentences])
    lines = []
    for sent, sent_tags in zip(sentences, tags):
        lines.extend(f"{tok}\t{tag}\n" for tok, tag in zip(sent, sent_tags))
        lines.append("\n")
    _write(args.output, "".join(lines))
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
    except _CliExit as exc:
        print(f"ner-fa: {exc}", file=sys.stderr)
        return exc.code
    except NerFaError as exc:
        print(f"ner-fa: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
