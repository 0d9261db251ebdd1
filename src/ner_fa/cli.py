"""The ``ner-fa`` command line: a thin layer over the Python API.

    ner-fa extract article.txt                 # entity list as JSON
    ner-fa extract corpus/ --format jsonl      # one JSON line per document
    ner-fa extract news.jsonl --text-field body --keep-going
    cat article.txt | ner-fa extract - --format csv
    ner-fa schema                              # JSON Schema of the output
    ner-fa suggest corpus/ -o additions.jsonl  # frequent NIL entities as gazetteer records to review
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from . import __version__
from ._json import JsonLineError, loads_line
from .errors import ConfigError, NerFaError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _CliExit(Exception):
    """Stop the command with a message on stderr and an exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


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


class _Output:
    """Where a command writes: standard output, or ``PATH``.

    A regular file (or a new one) is written through a temporary file in its directory and
    renamed into place by :meth:`commit`, so a failed or interrupted run leaves ``PATH`` as it was
    (no half-written or emptied file). A symlink is followed (the link stays a link) and a
    replaced file keeps its permissions. A device or pipe (``/dev/stdout``, a FIFO) is written
    directly. Every write error becomes ``PATH: cannot write (REASON)``, exit status 1.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.name = path or "<stdout>"
        self._fh = None
        self._tmp: str | None = None
        self._target: str | None = None

    def _error(self, exc: OSError) -> _CliExit:
        if self.path is None:
            _silence_stdout()  # what stays buffered must not fail again, with a traceback, at exit
        return _CliExit(f"{self.name}: cannot write ({exc.strerror or exc})", EXIT_ERROR)

    def _open(self):
        if self._fh is not None:
            return self._fh
        if self.path is None:
            self._fh = sys.stdout
            return self._fh
        target = os.path.realpath(self.path)
        try:
            st = os.stat(target)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise self._error(exc) from None
        try:
            if st is not None and not stat.S_ISREG(st.st_mode):  # a device or pipe: no rename
                self._fh = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed in commit)
                return self._fh
            directory, base = os.path.split(target)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=directory)
            self._target = target
            os.chmod(fd, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None
        return self._fh

    def write(self, text: str) -> None:
        try:
            self._open().write(text)
        except BrokenPipeError:
            if self.path is None:
                raise  # main() stops quietly
            raise self._error(BrokenPipeError()) from None
        except OSError as exc:
            raise self._error(exc) from None

    def flush(self) -> None:
        """Push what was written so far (standard output, a pipe); a no-op cost for a temporary file."""
        if self._fh is None:
            return
        try:
            self._fh.flush()
        except BrokenPipeError:
            if self.path is None:
                raise
            raise self._error(BrokenPipeError()) from None
        except OSError as exc:
            raise self._error(exc) from None

    def commit(self) -> None:
        """Finish the output: flush it and move the temporary file into place."""
        self._open()  # an empty output still creates (or empties) PATH
        self.flush()
        if self.path is None:
            return
        fh, self._fh = self._fh, None
        try:
            fh.close()
            if self._tmp is not None:
                os.replace(self._tmp, self._target)
                self._tmp = None
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def discard(self) -> None:
        """Drop a temporary file (after a failure); ``PATH`` is left as it was."""
        if self._fh is not None and self.path is not None:
            try:
                self._fh.close()
            except OSError:
                pass
        self._fh = None
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (captured in tests)
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write(path: str | None, text: str) -> None:
    """Write ``text`` whole to ``path`` (through a temporary file) or to standard output."""
    with _Output(path) as out:
        out.write(text)


def _same_file(output: str, inputs: Iterable[str]) -> str | None:
    """The input that is the file ``output`` names (through a symlink or hard link), if any."""
    try:
        out_st = os.stat(output)
    except OSError:
        return None  # does not exist yet (or cannot be examined): no input can be it
    if not stat.S_ISREG(out_st.st_mode):
        return None  # /dev/stdout, a pipe: writing it destroys nothing
    for path in inputs:
        if path == "-":
            continue
        try:
            if os.path.samestat(out_st, os.stat(path)):
                return path
        except OSError:
            continue
    return None


def _refuse_output_clash(output: str | None, inputs: Iterable[str]) -> None:
    if output is None:
        return
    clash = _same_file(output, inputs)
    if clash is not None:
        same = "" if clash == output else f" ({clash})"
        raise _CliExit(f"{output}: the output file is also an input{same}; writing it would destroy the input. "
                       "Give another -o PATH", EXIT_USAGE)


def _tagger(args: argparse.Namespace):
    from .tagger import StanzaTagger

    return StanzaTagger(args.model_dir, stanza_dir=args.stanza_dir, package=args.package)


def _custom_linking(args: argparse.Namespace) -> bool:
    return bool(args.set or args.gazetteer or args.no_shipped_gazetteer)


def _chosen_pipeline(args: argparse.Namespace):
    """The cached default pipeline, unless an option asks for another model or other linking."""
    if args.model_dir or args.stanza_dir or args.package or _custom_linking(args):
        return _pipeline(args)
    from .pipeline import default_pipeline

    return default_pipeline()


def _pipeline(args: argparse.Namespace):
    """The pipeline the options ask for: model, linker settings (``--set``) and gazetteer files."""
    from .gazetteer import Gazetteer, default_gazetteer
    from .linker import LinkerConfig
    from .pipeline import Pipeline

    config = LinkerConfig.from_settings(args.set)
    if args.no_shipped_gazetteer and not args.gazetteer:
        raise _CliExit("--no-shipped-gazetteer needs at least one --gazetteer FILE", EXIT_USAGE)
    gazetteer = None
    if args.gazetteer:
        extra = Gazetteer.load(*args.gazetteer)
        gazetteer = extra if args.no_shipped_gazetteer else default_gazetteer().merge(extra)
    return Pipeline(tagger=_tagger(args), gazetteer=gazetteer, config=config)


# -- extract: inputs ----------------------------------------------------------------------------------------------
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)


@dataclass(frozen=True)
class _Input:
    """One input file ('-' is standard input); ``jsonl`` when each line is a JSON record."""

    path: str
    jsonl: bool

    @property
    def name(self) -> str:
        return "<stdin>" if self.path == "-" else self.path


@dataclass(frozen=True)
class _Text:
    source: str
    text: str


@dataclass(frozen=True)
class _Failure:
    source: str
    error: str
    code: int = EXIT_ERROR


def _expand(specs: Sequence[str], force_jsonl: bool) -> list[_Input | _Failure]:
    """Files, directories (searched recursively for .txt and .jsonl files) and globs, in order."""
    out: list[_Input | _Failure] = []

    def add(path: str) -> None:
        if path != "-" and not os.access(path, os.R_OK):  # found now, before the model loads
            out.append(_Failure(path, "permission denied", EXIT_USAGE))
            return
        out.append(_Input(path, force_jsonl or path.endswith(JSONL_SUFFIXES)))

    for spec in specs:
        if spec == "-":
            add(spec)
        elif os.path.isdir(spec):
            found = sorted(str(p) for p in Path(spec).rglob("*")
                           if p.is_file() and p.name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)
                           and not any(part.startswith(".") for part in p.relative_to(spec).parts))
            if not found:
                out.append(_Failure(spec, "directory has no .txt or .jsonl files", EXIT_USAGE))
            for path in found:
                add(path)
        elif os.path.exists(spec):
            add(spec)
        elif glob.has_magic(spec):
            found = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
            if not found:
                out.append(_Failure(spec, "no file matches this pattern", EXIT_USAGE))
            for path in found:
                add(path)
        else:
            out.append(_Failure(spec, "no such file or directory", EXIT_USAGE))
    return out


def _read_bytes(inp: _Input) -> bytes | _Failure:
    try:
        if inp.path == "-":
            return sys.stdin.buffer.read()
        with open(inp.path, "rb") as fh:
            return fh.read()
    except PermissionError:
        return _Failure(inp.name, "permission denied", EXIT_USAGE)
    except OSError as exc:
        return _Failure(inp.name, f"cannot read ({exc.strerror})")


def _not_utf8(exc: UnicodeDecodeError, base: int = 0) -> str:
    return (f"not UTF-8 text (invalid byte 0x{exc.object[exc.start]:02x} at byte offset {base + exc.start}); "
            f"convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8")


def _binary(data: bytes, base: int = 0) -> str | None:
    """Why ``data`` is not text: a NUL byte (no UTF-8 text has one; binary files and UTF-16 text do)."""
    at = data.find(b"\x00")
    if at < 0:
        return None
    return (f"binary data, not text (NUL byte at byte offset {base + at}); give UTF-8 text "
            "(UTF-16 text: convert it first, e.g. iconv -f UTF-16 -t UTF-8)")


def _read_text(inp: _Input) -> Iterator[_Text | _Failure]:
    data = _read_bytes(inp)
    if isinstance(data, _Failure):
        yield data
        return
    binary = _binary(data)
    if binary is not None:
        yield _Failure(inp.name, binary)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield _Failure(inp.name, _not_utf8(exc))
        return
    if not text.strip():
        yield _Failure(inp.name, "empty input: no text to extract from")
    else:
        yield _Text(inp.name, text)


def _read_jsonl(inp: _Input, text_field: str, id_field: str | None) -> Iterator[_Text | _Failure]:
    """The records of a JSONL file or of standard input, read line by line (large files stream)."""
    if inp.path == "-":
        yield from _parse_jsonl(inp.name, sys.stdin.buffer, text_field, id_field)
        return
    try:
        with open(inp.path, "rb") as fh:
            yield from _parse_jsonl(inp.name, fh, text_field, id_field)
    except PermissionError:
        yield _Failure(inp.name, "permission denied", EXIT_USAGE)
    except OSError as exc:
        yield _Failure(inp.name, f"cannot read ({exc.strerror})")


def _parse_jsonl(name: str, lines: Iterable[bytes], text_field: str,
                 id_field: str | None) -> Iterator[_Text | _Failure]:
    offset, records = 0, 0
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw, offset = raw[3:], 3
        where, base = f"{name}:{lineno}", offset
        offset += len(raw)
        binary = _binary(raw, base)
        if binary is not None:
            yield _Failure(where, binary)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _Failure(where, _not_utf8(exc, base))
            continue
        if not line.strip():
            continue
        records += 1
        try:
            record = loads_line(line)
        except JsonLineError as exc:
            yield _Failure(where, f"not valid JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield _Failure(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        if text_field not in record:
            fields = ", ".join(map(repr, record)) or "none"
            yield _Failure(where, f"no {text_field!r} field (fields: {fields}); name the text field with --text-field")
            continue
        text = record[text_field]
        if not isinstance(text, str):
            yield _Failure(where, f"field {text_field!r} is {type(text).__name__}, expected a string")
            continue
        source = where
        if id_field is not None and record.get(id_field) is not None:
            source = str(record[id_field])
        if not text.strip():
            yield _Failure(source, f"field {text_field!r} is empty: no text to extract from")
        else:
            yield _Text(source, text)
    if records == 0:
        yield _Failure(name, "empty input: no JSON records")


def _records(inputs: list[_Input | _Failure], args: argparse.Namespace) -> Iterator[_Text | _Failure]:
    for inp in inputs:
        if isinstance(inp, _Failure):
            yield inp
        elif inp.jsonl:
            yield from _read_jsonl(inp, args.text_field, args.id_field)
        else:
            yield from _read_text(inp)


def _show_progress(args: argparse.Namespace) -> bool:
    return sys.stderr.isatty() if args.progress is None else bool(args.progress)


def _load_model(nlp) -> None:
    """Load the tagger's model now, saying so on stderr (the first batch would otherwise sit silent)."""
    tagger = getattr(nlp, "tagger", None)
    load = getattr(tagger, "load", None)
    if load is None or getattr(tagger, "loaded", False):
        return
    print("ner-fa: loading model…", file=sys.stderr, flush=True)
    load()


def _progress(args: argparse.Namespace, total: int | None):
    if not _show_progress(args):
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm comes with stanza; without it, no bar
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, desc="ner-fa", dynamic_ncols=True)


def _results(records: Iterable[_Text | _Failure], nlp, args: argparse.Namespace, failures: list,
             bar) -> Iterator[tuple[str, object] | object]:
    """(source, Document) in input order, with FailedInput in place of inputs that failed
    (or _CliExit at the first failure without --keep-going)."""
    from .export import FailedInput

    def flush(buf: list) -> Iterator:
        docs = nlp.pipe([r.text for r in buf if isinstance(r, _Text)], batch_size=args.batch_size)
        for r in buf:
            if isinstance(r, _Failure):
                yield FailedInput(source=r.source, error=r.error)
            else:
                yield r.source, next(docs)
        if bar is not None:
            bar.update(len(buf))

    buf: list = []
    for rec in records:
        if isinstance(rec, _Failure):
            if not args.keep_going:
                yield from flush(buf)  # streamed formats keep every document before the failure
                raise _CliExit(f"{rec.source}: {rec.error}" + ("" if rec.code == EXIT_USAGE else
                               " (--keep-going skips failed inputs and lists them in the output)"), rec.code)
            failures.append(rec)
            print(f"ner-fa: {rec.source}: {rec.error}", file=sys.stderr)
        buf.append(rec)
        if len(buf) >= args.batch_size:
            yield from flush(buf)
            buf = []
    if buf:
        yield from flush(buf)


def _check_output(path: str | None) -> None:
    """Refuse an output path that cannot be written before any work is done (exit 1, as a failed write)."""
    if not path:
        return
    parent = os.path.dirname(os.path.abspath(path))
    reason = None
    if os.path.isdir(path):
        reason = "is a directory"
    elif not os.path.isdir(parent):
        reason = f"no such directory: {parent}"
    elif not os.access(path if os.path.exists(path) else parent, os.W_OK):
        reason = "permission denied"
    if reason:
        raise _CliExit(f"{path}: cannot write ({reason})", EXIT_ERROR)


def _checked_inputs(args: argparse.Namespace, *, keep_going: bool) -> list:
    """The expanded inputs, checked before the model loads: an -o that is an input, a missing or
    unreadable input (unless ``keep_going``: then it is reported with the results) and an
    unwritable -o are usage errors."""
    inputs = _expand(args.inputs, args.jsonl)
    _refuse_output_clash(args.output, [i.path for i in inputs if isinstance(i, _Input)])
    if not keep_going:
        bad = next((i for i in inputs if isinstance(i, _Failure)), None)
        if bad is not None:
            raise _CliExit(f"{bad.source}: {bad.error}", bad.code)
    _check_output(args.output)
    return inputs


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.aggregate and args.format == "jsonl":
        raise _CliExit("--aggregate writes one summary: use --format json or csv", EXIT_USAGE)
    if args.batch_size < 1:
        raise _CliExit(f"--batch-size must be at least 1, got {args.batch_size}", EXIT_USAGE)
    if args.inputs.count("-") > 1:
        raise _CliExit("standard input ('-') can be read only once", EXIT_USAGE)
    inputs = _checked_inputs(args, keep_going=args.keep_going)
    # imported only now: usage errors above answer without loading pydantic, numpy or the gazetteer
    from .export import aggregate, aggregate_csv, corpus_json, to_json

    nlp = _chosen_pipeline(args)
    known_total = None if any(isinstance(i, _Input) and i.jsonl for i in inputs) else len(inputs)
    if _show_progress(args):
        _load_model(nlp)
    bar = _progress(args, known_total)
    failures: list[_Failure] = []
    results = _results(_records(inputs, args), nlp, args, failures, bar)
    try:
        with _Output(args.output) as out:
            if args.format == "jsonl" or (args.format == "csv" and not args.aggregate):
                _stream(args, results, out)
            elif args.aggregate:  # streamed: documents are counted one by one, not kept (ner_fa.corpus)
                corpus = aggregate(results)
                out.write(corpus_json(corpus) + "\n" if args.format == "json" else aggregate_csv(corpus))
            else:
                out.write(to_json(list(results)) + "\n")
    finally:
        if bar is not None:
            bar.close()
    if failures:
        n = len(failures)
        print(f"ner-fa: {n} input{'s' if n > 1 else ''} failed; the output lists {'them' if n > 1 else 'it'} "
              f"with the error", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _stream(args: argparse.Namespace, results: Iterable, out: _Output) -> None:
    """Write JSONL or CSV as results arrive (standard output sees each batch at once)."""
    from .export import to_csv, to_jsonl

    if args.format == "jsonl":
        for line in to_jsonl(results):
            out.write(line + "\n")
            out.flush()
    else:
        out.write(to_csv([], header=True))
        for item in results:
            out.write(to_csv([item], header=False))
            out.flush()


def _cmd_suggest(args: argparse.Namespace) -> int:
    """NIL entities of a corpus (texts, or an `extract --aggregate` JSON) as gazetteer records."""
    from .corpus import aggregate
    from .export import CorpusEntities
    from .suggest import suggestions, to_jsonl

    _refuse_output_clash(args.output, [p for p in args.inputs if p != "-" and os.path.isfile(p)])
    if len(args.inputs) == 1 and args.inputs[0].endswith(".json") and os.path.isfile(args.inputs[0]):
        try:
            with open(args.inputs[0], encoding="utf-8") as fh:
                corpus = CorpusEntities.model_validate_json(fh.read())
        except ValueError as exc:
            raise _CliExit(f"{args.inputs[0]}: not an `ner-fa extract --aggregate` JSON output ({exc})".split("\n")[0],
                           EXIT_USAGE) from None
    else:
        args.keep_going, args.aggregate, args.format = True, True, "json"
        inputs = _checked_inputs(args, keep_going=False)
        nlp = _chosen_pipeline(args)
        corpus = aggregate(_results(_records(inputs, args), nlp, args, [], None))
    records = suggestions(corpus, top=args.top, min_mentions=args.min_mentions, min_documents=args.min_documents,
                          labels=args.label or ("PER", "ORG", "LOC"))
    _write(args.output, to_jsonl(records))
    print(f"ner-fa: {len(records)} suggested records from {corpus.documents} documents"
          + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from .export import json_schemas

    schemas = json_schemas()
    if args.output_dir:
        try:
            os.makedirs(args.output_dir, exist_ok=True)
        except OSError as exc:
            raise _CliExit(f"{args.output_dir}: cannot write ({exc.strerror or exc})", EXIT_ERROR) from None
        for name, schema in schemas.items():
            _write(os.path.join(args.output_dir, name), json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    _write(None, json.dumps(schemas[args.name], ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .training.corpora import read_corpus
    from .training.evaluate import evaluate, evaluate_pipeline, format_table

    sentences = _read_labeled(args, read_corpus)
    if args.pipeline:
        result = evaluate_pipeline(_pipeline(args), sentences)
    elif _custom_linking(args):
        raise _CliExit("--set and --gazetteer change linking: add --pipeline to score the whole pipeline", EXIT_USAGE)
    else:
        result = evaluate(_tagger(args), sentences)
    if args.json:
        _write(None, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        _write(None, format_table(result, f"{args.file}: {len(sentences)} sentences, "
                                          f"{result['speed']['tokens']} tokens") + "\n")
    return EXIT_OK


def _cmd_tag(args: argparse.Namespace) -> int:
    from .normalize import normalize_chars
    from .training.corpora import read_tokens

    _refuse_output_clash(args.output, [args.file])
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


def _linking_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="a linker setting (LinkerConfig field), repeatable: --set threshold=0.8 "
                        "--set fuzzy_consonants=true --set 'link_labels=[\"PER\"]'")
    p.add_argument("--gazetteer", action="append", default=[], metavar="PATH",
                   help="a gazetteer file (.jsonl/.csv, optionally .gz/.bz2) or directory, repeatable; its "
                        "entities are added to the shipped gazetteer and replace shipped ones with the same id")
    p.add_argument("--no-shipped-gazetteer", action="store_true",
                   help="link against the --gazetteer files only")


FORMATS = ("peyma", "conll", "parsner", "parstwiner")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ner-fa",
        description="Find the people, countries and organizations named in Persian text and link them "
                    "to canonical entities. Works offline with the model shipped in the package.",
        epilog="Run `ner-fa COMMAND --help` for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"ner-fa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser(
        "extract", help="print the entities of Persian texts (files, directories, globs, JSONL) as JSON/JSONL/CSV",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Print the entities of each input, linked ones and NIL ones (unlinked mentions\n"
                    "grouped into the things they name), as JSON, JSONL (one document per line) or\n"
                    "CSV (one entity per row), or with --aggregate one entity list over all inputs.",
        epilog="inputs:\n"
               "  a file               UTF-8 text; *.jsonl files are read as JSON lines\n"
               "  a directory          every *.txt and *.jsonl file under it (hidden ones skipped), sorted\n"
               "  a glob               'news/**/*.txt' (quoted, so ner-fa expands it)\n"
               "  -                    standard input (with --jsonl for JSON lines)\n"
               "\nexit status:\n"
               "  0  every input was processed\n"
               "  1  an input failed (not UTF-8, bad JSON line, empty, ...) or the model could not load;\n"
               "     with --keep-going the output still has every other input and a record for each failure\n"
               "  2  usage error: a missing file, directory without texts or glob that matches nothing\n"
               "\nexamples:\n"
               "  ner-fa extract article.txt\n"
               "  ner-fa extract corpus/ --format jsonl -o entities.jsonl\n"
               "  ner-fa extract news.jsonl --text-field body --id-field url --keep-going\n"
               "  ner-fa extract 'news/*.txt' --aggregate --format csv")
    ex.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="text files, directories, glob patterns or JSONL files; '-' reads standard input")
    ex.add_argument("--format", "-f", choices=("json", "jsonl", "csv"), default="json",
                    help="output format (default: json)")
    ex.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    ex.add_argument("--aggregate", action="store_true",
                    help="one entity list over all inputs (mention and document counts, spans per document; "
                         "NIL entities merged on their normalized name; memory bounded)")
    ex.add_argument("--jsonl", action="store_true",
                    help="read every input as JSON lines (files ending in .jsonl always are)")
    ex.add_argument("--text-field", default="text", metavar="NAME",
                    help="the field of each JSONL record that holds the text (default: text)")
    ex.add_argument("--id-field", metavar="NAME",
                    help="a JSONL field to use as the document's source (default: FILE:LINE)")
    ex.add_argument("--keep-going", "-k", action="store_true",
                    help="go on past inputs that fail; the output lists each with its error, exit status is 1")
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on standard error (default: only when it is a terminal)")
    ex.add_argument("--batch-size", type=int, default=32, metavar="N",
                    help="documents tagged together (default: 32)")
    _model_options(ex)
    _linking_options(ex)
    ex.set_defaults(func=_cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of the extract output",
                        description="Print the JSON Schema (draft 2020-12) of what `ner-fa extract` writes, "
                                    "generated from the pydantic models, or write all of them to a directory.")
    sc.add_argument("--name", default="extract-output.schema.json",
                    choices=("extract-output.schema.json", "document-entities.schema.json",
                             "corpus-entities.schema.json", "document.schema.json"),
                    help="which schema to print (default: extract-output.schema.json)")
    sc.add_argument("--output-dir", metavar="DIR", help="write every schema file into DIR")
    sc.set_defaults(func=_cmd_schema)

    sg = sub.add_parser(
        "suggest", help="the most frequent NIL entities of a corpus as gazetteer records to review",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write the most frequent NIL entities (things the gazetteer lacks) of a corpus as\n"
                    "gazetteer records (JSONL) for a person to review, then load them with\n"
                    "`ner-fa extract --gazetteer FILE`. No Wikidata ids are invented.",
        epilog="examples:\n"
               "  ner-fa suggest corpus/ -o additions.jsonl --top 200\n"
               "  ner-fa extract corpus/ --aggregate -o corpus.json && ner-fa suggest corpus.json -o additions.jsonl\n"
               "  ner-fa extract corpus/ --gazetteer additions.jsonl")
    sg.add_argument("inputs", nargs="+", metavar="CORPUS",
                    help="texts as for `extract` (files, directories, globs, JSONL), or one JSON file written "
                         "by `ner-fa extract --aggregate`")
    sg.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    sg.add_argument("--top", type=int, default=100, metavar="N", help="at most N records (default: 100)")
    sg.add_argument("--min-mentions", type=int, default=2, metavar="N", help="at least N mentions (default: 2)")
    sg.add_argument("--min-documents", type=int, default=1, metavar="N",
                    help="in at least N documents (default: 1)")
    sg.add_argument("--label", action="append", choices=("PER", "ORG", "LOC"),
                    help="only this label, repeatable (default: all)")
    sg.add_argument("--jsonl", action="store_true", help="read every input as JSON lines")
    sg.add_argument("--text-field", default="text", metavar="NAME", help="JSONL text field (default: text)")
    sg.add_argument("--id-field", metavar="NAME", help="a JSONL field to use as the document's source")
    sg.add_argument("--batch-size", type=int, default=32, metavar="N", help="documents tagged together")
    _model_options(sg)
    _linking_options(sg)
    sg.set_defaults(func=_cmd_suggest)

    ev = sub.add_parser("evaluate", help="score the tagger on a labeled corpus (entity-level P/R/F1)",
                        description="Tag the gold tokens of FILE and print per-type and micro precision, "
                                    "recall and F1 (exact span and type, conlleval semantics).")
    ev.add_argument("file", metavar="FILE", help="one token per line with its tag, blank line between sentences")
    ev.add_argument("--format", choices=FORMATS, default="conll",
                    help="peyma: token|B_PER; conll: token<TAB>tag; parsner: token<TAB>POS<TAB>tag")
    ev.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ev.add_argument("--pipeline", action="store_true",
                    help="score the full pipeline's mentions (tagger + gazetteer boundary repair and matching) "
                         "instead of the bare tagger")
    _model_options(ev)
    _linking_options(ev)
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
    except ConfigError as exc:  # a wrong --set: a usage error
        print(f"ner-fa: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NerFaError as exc:
        print(f"ner-fa: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly, without a second error at exit
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("ner-fa: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
