"""The linking sets: gazetteer coverage and linker accuracy on gold NER spans.

A links file gives, for every gold PER/LOC/ORG span of a corpus, the English
name of the notable entity it refers to (``-`` when it names none: a private
person, a local office, a vague place) and that entity's id in the shipped
gazetteer (empty when the gazetteer lacks it). The spans are stored as sentence
and token offsets, so the file holds none of the corpus text; the text is read
from the data directory at run time. Two sets (``--corpus``):

* ``peyma`` (default): ``evaluation/peyma_dev_links.tsv`` on PEYMA dev, the
  development set the linker rules were written against;
* ``parsner-news``: ``evaluation/parsner_test_links.tsv`` on the news part of
  ParsNER test (``test_news.pos``), a held-out test set: the linker is not tuned on it.

    python -m ner_fa.training.linking evaluate --data-dir ../shared/data [--corpus parsner-news] [--json] [--errors 30]
    python -m ner_fa.training.linking resolve [--corpus parsner-news]   # fill the entity column from English names
    python -m ner_fa.training.linking show --corpus parsner-news --rows 0:50   # rows with their sentences

``evaluate`` links the gold spans (gold boundaries and labels, each sentence as
one document) with the shipped gazetteer and linker settings and reports:

* coverage: the share of spans naming a notable entity whose entity is in the gazetteer;
* in-gazetteer accuracy: the share of spans with an entity that are linked to it
  (errors split into unlinked and wrong entity);
* wrong links out of the gazetteer: the share of spans without an entity
  (not notable, or notable but absent) that are linked to something anyway.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..calibration import CALIBRATION_PATH, Identity, auc, reliability
from ..errors import ConfigError
from ..gazetteer import Gazetteer, default_gazetteer
from ..linker import Linker, LinkerConfig, RawMention
from .corpora import Sentence, read_corpus, spans
from .newsdev import JUDGED_BY_DRAW

REPO = Path(__file__).resolve().parents[3]
DEFAULT_LINKS = REPO / "evaluation" / "peyma_dev_links.tsv"
PARSNER_NEWS_LINKS = REPO / "evaluation" / "parsner_test_links.tsv"
HEADER = ["sentence", "start", "end", "label", "gold", "entity"]


@dataclass(frozen=True)
class LinkCorpus:
    """A corpus a links file indexes: where it lies under the data directory and how to read it."""

    title: str
    path: str          # relative to the data directory
    fmt: str           # a format of ner_fa.training.corpora.read_corpus
    links: Path        # the committed links file


CORPORA = {
    "peyma": LinkCorpus("PEYMA dev", "ner/peyma/dev.txt", "peyma", DEFAULT_LINKS),
    "parsner-news": LinkCorpus("ParsNER test, news", "ner/parsner/test/test_news.pos", "parsner",
                               PARSNER_NEWS_LINKS),
}


def read_sentences(corpus: str, data_dir: Path) -> list[Sentence]:
    """The sentences of a linking corpus, as ``(token, BIO tag)`` lists, in the order the offsets index."""
    if corpus not in CORPORA:
        raise ValueError(f"unknown linking corpus {corpus!r}; use one of {', '.join(CORPORA)}")
    c = CORPORA[corpus]
    path = Path(data_dir) / c.path
    if not path.exists():
        raise FileNotFoundError(f"{c.title} not found at {path}; pass --data-dir (the folder holding ner/)")
    return list(read_corpus(path, c.fmt))


def check_rows(rows: list[LinkRow], sentences: list[Sentence]) -> list[str]:
    """Problems with rows that are not gold spans of ``sentences`` (a links file read against the
    wrong corpus or a changed reader): one message per bad row, empty when all match."""
    gold: dict[int, set] = {}
    problems = []
    for r in rows:
        if not 0 <= r.sentence < len(sentences):
            problems.append(f"row {r.sentence} {r.start} {r.end} {r.label}: no sentence {r.sentence} "
                            f"(the corpus has {len(sentences)})")
            continue
        if r.sentence not in gold:
            gold[r.sentence] = set(spans([t for _, t in sentences[r.sentence]]))
        if (r.start, r.end, r.label) not in gold[r.sentence]:
            problems.append(f"row {r.sentence} {r.start} {r.end} {r.label}: not a gold span of sentence {r.sentence}")
    return problems


@dataclass
class LinkRow:
    sentence: int
    start: int
    end: int
    label: str
    gold: str          # English name, or "-" when the span names no notable entity
    entity: str        # gazetteer id, "" when the entity is not in the gazetteer

    @property
    def notable(self) -> bool:
        return self.gold != "-"


def read_links(path: Path) -> tuple[list[str], list[LinkRow]]:
    comments, rows = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            comments.append(line)
            continue
        parts = line.split("\t")
        if parts == HEADER:
            continue
        if len(parts) != len(HEADER):
            raise ValueError(f"{path}:{n}: expected {len(HEADER)} tab-separated fields, got {len(parts)}")
        s, a, b, label, gold, entity = parts
        rows.append(LinkRow(int(s), int(a), int(b), label, gold, entity))
    return comments, rows


def write_links(path: Path, comments: list[str], rows: list[LinkRow]) -> None:
    lines = [*comments, "\t".join(HEADER)]
    lines += [f"{r.sentence}\t{r.start}\t{r.end}\t{r.label}\t{r.gold}\t{r.entity}" for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def name_key(name: str) -> str:
    """English names compared without case, accents or punctuation."""
    s = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in s if c.isalnum())


def resolve(rows: list[LinkRow], gazetteer: Gazetteer) -> tuple[int, list[str], list[str]]:
    """Fill ``entity`` for notable rows whose gold name is the English name of exactly one
    gazetteer entity; keep ids already set when they exist. Returns (resolved, missing, ambiguous)."""
    by_name: dict[str, list[str]] = {}
    for e in gazetteer:
        by_name.setdefault(name_key(e.name), []).append(e.id)
    missing, ambiguous, resolved = set(), set(), 0
    for r in rows:
        if not r.notable:
            r.entity = ""
            continue
        if r.entity and r.entity in gazetteer:
            resolved += 1
            continue
        ids = by_name.get(name_key(r.gold), [])
        if len(ids) == 1:
            r.entity = ids[0]
            resolved += 1
        else:
            r.entity = ""
            (ambiguous if ids else missing).add(r.gold)
    return resolved, sorted(missing), sorted(ambiguous)


def evaluate(rows: list[LinkRow], sentences: list[list[str]], linker: Linker) -> dict:
    by_sentence: dict[int, list[LinkRow]] = {}
    for r in rows:
        by_sentence.setdefault(r.sentence, []).append(r)
    counts: Counter = Counter()
    per_label: dict[str, Counter] = {}
    errors = []
    links: list[dict] = []   # every link made: its score, whether it was right, the calibration features
    for si, srows in sorted(by_sentence.items()):
        tokens = sentences[si]
        starts, pos = [], 0
        for t in tokens:
            starts.append(pos)
            pos += len(t) + 1
        text = " ".join(tokens)
        srows.sort(key=lambda r: r.start)
        mentions = [RawMention(starts[r.start], starts[r.end - 1] + len(tokens[r.end - 1]), r.label,
                               token_start=r.start, token_end=r.end) for r in srows]
        for r, m, res in zip(srows, mentions, linker.link_document(text, mentions)):
            c = per_label.setdefault(r.label, Counter())
            predicted = res.entity.id if res.entity is not None else None
            if predicted is not None:
                links.append({"score": res.score, "correct": int(predicted == r.entity),
                              "features": res.features, "label": r.label, "group": si})
            if r.notable:
                counts["notable"] += 1
                c["notable"] += 1
            if r.entity:
                counts["in_kb"] += 1
                c["in_kb"] += 1
                if predicted == r.entity:
                    counts["correct"] += 1
                    c["correct"] += 1
                else:
                    kind = "unlinked" if predicted is None else "wrong_entity"
                    counts[kind] += 1
                    errors.append({"kind": kind, "text": text[m.start:m.end], "label": r.label,
                                   "gold": r.entity, "predicted": predicted,
                                   "score": res.score, "top": [(k.id, k.score) for k in res.candidates[:3]]})
            else:
                counts["out_kb"] += 1
                c["out_kb"] += 1
                if predicted is not None:
                    kind = "linked_not_notable" if not r.notable else "linked_absent_entity"
                    counts[kind] += 1
                    c["wrong_out"] += 1
                    errors.append({"kind": kind, "text": text[m.start:m.end], "label": r.label,
                                   "gold": r.gold, "predicted": predicted, "score": res.score,
                                   "top": [(k.id, k.score) for k in res.candidates[:3]]})

    def pct(a: int, b: int) -> float | None:
        return round(100 * a / b, 2) if b else None

    report = {
        "spans": len(rows),
        "notable": counts["notable"],
        "coverage": pct(counts["in_kb"], counts["notable"]),
        "in_kb": counts["in_kb"],
        "accuracy_in_kb": pct(counts["correct"], counts["in_kb"]),
        "unlinked": counts["unlinked"],
        "wrong_entity": counts["wrong_entity"],
        "out_kb": counts["out_kb"],
        "wrong_links_out_kb": pct(counts["linked_not_notable"] + counts["linked_absent_entity"], counts["out_kb"]),
        "linked_not_notable": counts["linked_not_notable"],
        "linked_absent_entity": counts["linked_absent_entity"],
        "per_label": {
            lab: {"notable": c["notable"], "coverage": pct(c["in_kb"], c["notable"]),
                  "accuracy_in_kb": pct(c["correct"], c["in_kb"]),
                  "wrong_links_out_kb": pct(c["wrong_out"], c["out_kb"])}
            for lab, c in sorted(per_label.items())
        },
    }
    probs = [k["score"] for k in links]
    table, ece = reliability(probs, [k["correct"] for k in links])
    report["links"] = len(links)
    report["ece"] = ece
    return {"report": report, "errors": errors, "links": links, "reliability": table}


def _calibrate(args, rows: list[LinkRow], sentences: list[list[str]], gazetteer: Gazetteer,
               config: LinkerConfig) -> int:
    """``calibrate``: fit on the links file's links and the judged news-dev links (ner_fa.training.calibrate)."""
    from . import calibrate

    if args.corpus == "parsner-news":
        print("ParsNER news is a held-out set: the calibration is not fitted on it", file=sys.stderr)
        return 2
    raw = config.model_copy(update={"min_probability": 0.0})
    baseline = calibrate.baseline_calibrator()
    peyma = evaluate(rows, sentences, Linker(gazetteer, raw, calibrator=Identity()))["links"]
    news, uncovered = [], 0
    if not args.no_news_dev:
        if not args.judged.exists():
            print(f"news-dev verdicts {args.judged} not found; pass --judged, or --no-news-dev", file=sys.stderr)
            return 2
        judged = {"dev": args.judged}
        if args.judged2.exists():
            judged["dev2"] = args.judged2
        news, uncovered = calibrate.news_dev_links(args.data_dir, judged, gazetteer, raw)
    fresh = None
    if not args.no_news_dev and args.fresh.exists():
        fresh, _ = calibrate.news_dev_links(args.data_dir, {"dev3": args.fresh}, gazetteer, raw)
    calibrate.calibrate(peyma, news, output=args.output, l2=args.l2, wrong_cost=args.wrong_cost,
                        baseline=baseline, uncovered=uncovered, fresh=fresh)
    return 0


def _print_report(rep: dict) -> None:
    print(f"spans {rep['spans']}, naming a notable entity {rep['notable']}")
    print(f"coverage (notable spans whose entity is in the gazetteer): {rep['coverage']}%  ({rep['in_kb']})")
    print(f"accuracy on spans whose entity is in the gazetteer: {rep['accuracy_in_kb']}%  "
          f"(unlinked {rep['unlinked']}, wrong entity {rep['wrong_entity']})")
    print(f"wrong links on spans whose entity is not in the gazetteer: {rep['wrong_links_out_kb']}%  "
          f"(of {rep['out_kb']}: not notable {rep['linked_not_notable']}, "
          f"notable but absent {rep['linked_absent_entity']})")
    print(f"{'label':6} {'notable':>8} {'coverage':>9} {'accuracy':>9} {'wrong-out':>10}")
    for lab, c in rep["per_label"].items():
        print(f"{lab:6} {c['notable']:>8} {c['coverage']!s:>9} {c['accuracy_in_kb']!s:>9} {c['wrong_links_out_kb']!s:>10}")


def _show(rows: list[LinkRow], sentences: list[Sentence], first: int, last: int) -> None:
    """Print rows ``first:last`` (file order) grouped by sentence: the sentence with each span
    bracketed and numbered by its row, then the rows."""
    chosen = list(enumerate(rows))[first:last]
    by_sentence: dict[int, list[tuple[int, LinkRow]]] = {}
    for i, r in chosen:
        by_sentence.setdefault(r.sentence, []).append((i, r))
    for si, srows in by_sentence.items():
        tokens = [t for t, _ in sentences[si]]
        opens = {r.start: i for i, r in srows}
        closes = {r.end - 1: r.label for _, r in srows}
        words = []
        for k, t in enumerate(tokens):
            if k in opens:
                t = f"[{opens[k]}: {t}"
            if k in closes:
                t = f"{t} /{closes[k]}]"
            words.append(t)
        print(f"## sentence {si}: {' '.join(words)}")
        for i, r in srows:
            print(f"{i}\t{r.label}\t{' '.join(tokens[r.start:r.end])}\t{r.gold}\t{r.entity}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.linking", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--corpus", choices=list(CORPORA), default="peyma",
                       help="the corpus the links file indexes (default: peyma, PEYMA dev)")
        p.add_argument("--links", type=Path, default=None,
                       help="the links file (default: the corpus's file under evaluation/)")

    ev = sub.add_parser("evaluate", help="coverage and linking accuracy on the gold spans")
    common(ev)
    ev.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--errors", type=int, default=0, metavar="N", help="also print N errors of each kind")
    ev.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="a LinkerConfig setting to evaluate instead of its default (repeatable; the value "
                         "is read as JSON when it parses, e.g. --set fuzzy_consonants=true)")
    ev.add_argument("--reliability", action="store_true",
                    help="also print the reliability table of the links' scores and their ECE")
    ev.add_argument("--bins", type=int, default=10, help="score bins of the reliability table (default 10)")
    cal = sub.add_parser("calibrate", help="refit the score calibration and its default threshold on PEYMA dev "
                                           "and the judged news-dev links (ner_fa.training.calibrate)")
    common(cal)
    cal.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    cal.add_argument("--output", type=Path, default=CALIBRATION_PATH,
                     help="where to write the calibration (default: the shipped linking_data/calibration.json)")
    cal.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic regression")
    cal.add_argument("--judged", type=Path, default=JUDGED_BY_DRAW["dev"],
                     help="the news-dev verdicts (default: evaluation/news_dev_links.tsv)")
    cal.add_argument("--judged2", type=Path, default=JUDGED_BY_DRAW["dev2"],
                     help="the second dev draw's verdicts, used when the file exists "
                          "(default: evaluation/news_dev2_links.tsv)")
    cal.add_argument("--fresh", type=Path, default=JUDGED_BY_DRAW["dev3"],
                     help="verdicts of a draw no rule was taken from, kept out of the fit: the threshold is chosen "
                          "on them when the file exists (default: evaluation/news_dev3_links.tsv)")
    cal.add_argument("--no-news-dev", action="store_true", help="fit on the links file alone (no tagger needed)")
    cal.add_argument("--wrong-cost", type=float, default=2.0,
                     help="what a wrong link costs against a right link removed, for the default threshold (2)")
    rs = sub.add_parser("resolve", help="fill the entity column from the gazetteer's English names")
    common(rs)
    sh = sub.add_parser("show", help="print rows of the links file with their sentences (to annotate or check)")
    common(sh)
    sh.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    sh.add_argument("--rows", default="0:50", metavar="FIRST:LAST", help="row range in file order (default 0:50)")
    args = ap.parse_args(argv)
    try:
        config = LinkerConfig.from_settings(getattr(args, "set", []))
    except ConfigError as exc:
        ap.error(f"--set: {exc}")

    links = args.links or CORPORA[args.corpus].links
    if not links.exists():
        print(f"links file {links} not found; pass --links", file=sys.stderr)
        return 2
    comments, rows = read_links(links)
    if args.cmd in ("evaluate", "show", "calibrate"):
        try:
            corpus = read_sentences(args.corpus, args.data_dir)
        except FileNotFoundError as exc:
            print(exc, file=sys.stderr)
            return 2
        problems = check_rows(rows, corpus)
        if problems:
            print(f"{links} does not match {CORPORA[args.corpus].title} ({len(problems)} rows); "
                  f"is --corpus right?", file=sys.stderr)
            for p in problems[:5]:
                print(f"  {p}", file=sys.stderr)
            return 2
        if args.cmd == "show":
            first, _, last = args.rows.partition(":")
            _show(rows, corpus, int(first or 0), int(last) if last else len(rows))
            return 0
    gazetteer = default_gazetteer()
    if args.cmd == "resolve":
        resolved, missing, ambiguous = resolve(rows, gazetteer)
        write_links(links, comments, rows)
        print(f"{resolved} notable spans resolved; {len(missing)} names not in the gazetteer, "
              f"{len(ambiguous)} ambiguous")
        for name in ambiguous:
            print(f"  ambiguous: {name}")
        for name in missing:
            print(f"  missing: {name}")
        return 0

    sentences = [[t for t, _ in s] for s in corpus]
    unknown = sorted({r.entity for r in rows if r.entity and r.entity not in gazetteer})
    if unknown:
        print(f"warning: {len(unknown)} entity ids are not in the gazetteer: {unknown[:10]}", file=sys.stderr)
        for r in rows:
            if r.entity in unknown:
                r.entity = ""
    if args.cmd == "calibrate":
        return _calibrate(args, rows, sentences, gazetteer, config)
    result = evaluate(rows, sentences, Linker(gazetteer, config))
    if args.json:
        print(json.dumps(result["report"], indent=2, ensure_ascii=False))
    else:
        _print_report(result["report"])
    if args.reliability:
        table, ece = reliability([k["score"] for k in result["links"]], [k["correct"] for k in result["links"]],
                                 bins=args.bins)
        area = auc([k["score"] for k in result["links"]], [k["correct"] for k in result["links"]])
        print(f"\nreliability of the scores of {result['report']['links']} links ({args.bins} bins, ECE {ece}; "
              f"AUC of the score for right against wrong links {area}):")
        print(f"{'score':>9} {'links':>6} {'mean score':>11} {'right':>7}")
        for row in table:
            print(f"{row['bin']:>9} {row['count']:>6} {row['mean_score']:>11} {row['accuracy']:>7}")
    if args.errors:
        by_kind: dict[str, list] = {}
        for e in result["errors"]:
            by_kind.setdefault(e["kind"], []).append(e)
        for kind, errs in by_kind.items():
            print(f"\n{kind} ({len(errs)}):")
            for e in errs[: args.errors]:
                print(f"  {e['label']} {e['text']!r} gold={e['gold']} predicted={e['predicted']} "
                      f"score={e['score']} top={e['top']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
