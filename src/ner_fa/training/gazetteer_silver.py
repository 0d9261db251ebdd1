"""Gazetteer names as training signal: spans the tagger missed in silver sentences.

    python -m ner_fa.training.gazetteer_silver --data-dir ../shared/data --out runs/silver/silver_gaz.tsv \
        --threshold 0.9 --org-threshold 0.95

Builds a silver corpus as :mod:`ner_fa.training.silver` does (the unlabeled Fars News and Varzesh3
sentences, the held-out news draw left out, tagged by the model with CRF marginals), and before
selecting adds a span wherever the tagger left a gazetteer name untagged and the gazetteer is
unambiguous about it. A form is used only when

- it is a name or alias (never a weak alias, acronym, demonym or English name, never a name of a
  ``tagged_only`` entity) of a person, organization, country or city;
- its match key belongs to that one entity alone (no other entity, of any type, has the key);
- its key has at least ``min_chars`` letters and is not on the linker's stoplist of common words
  (:data:`ner_fa.linker.MATCHER_STOPLIST`);
- the labeled corpora do not use it as ordinary words (:func:`common_forms`: seen with every
  token ``O`` at least ``--common-min`` times and more often than as a span);
- the sentence has exactly its tokens (the form tokenized with the project's tokenizer and
  character map), every one tagged ``O``, and the tokens just before and after are ``O`` too (a
  name next to a predicted span is more often a boundary the tagger drew on purpose, «وزارت
  خارجه سوریه» one ORG, than a miss).

Longest form first, left to right. A sentence's confidence is then the smallest marginal of the
tagger's tags on the tokens the gazetteer did not relabel (:func:`confidence_outside`), so a
sentence whose only doubt was the missed name can be kept; the selection is
:func:`ner_fa.training.silver.select` with the same options. ``OUT.json`` counts what was added.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..gazetteer import Gazetteer
from ..linker import MATCHER_STOPLIST
from ..normalize import normalize_chars
from ..tokenize import tokenize

#: gazetteer entity types whose names become spans, and their labels
TYPE_LABELS = {"person": "PER", "organization": "ORG", "country": "LOC", "city": "LOC"}
_FORM_KINDS = ("name", "alias")


def form_tokens(text: str) -> tuple[str, ...]:
    """A gazetteer form as the silver corpus has it: the project's tokens, tagger character map."""
    return tuple(normalize_chars(t.text) for t in tokenize(text))


def common_forms(sentences: Iterable[Sequence[tuple[str, str]]], forms: Iterable[tuple[str, ...]], *,
                 min_count: int = 2) -> frozenset[tuple[str, ...]]:
    """The ``forms`` (token tuples) that labeled ``(token, BIO tag)`` sentences use as ordinary
    words: seen with every token ``O`` at least ``min_count`` times and more often than as
    exactly one entity span («رهبر معظم انقلاب»: 26 times O in PEYMA train, never a span)."""
    forms = frozenset(forms)
    longest = max((len(f) for f in forms), default=0)
    outside: Counter[tuple[str, ...]] = Counter()
    inside: Counter[tuple[str, ...]] = Counter()
    for sent in sentences:
        toks = [t for t, _ in sent]
        tags = [t for _, t in sent]
        n = len(toks)
        for i in range(n):
            for j in range(i + 1, min(n, i + longest) + 1):
                f = tuple(toks[i:j])
                if f not in forms:
                    continue
                if all(t == "O" for t in tags[i:j]):
                    outside[f] += 1
                elif tags[i].startswith("B-") and all(t == "I-" + tags[i][2:] for t in tags[i + 1:j]) \
                        and (j == n or tags[j] != "I-" + tags[i][2:]):
                    inside[f] += 1
    return frozenset(f for f, k in outside.items() if k >= min_count and k > inside[f])


class GazetteerSpanRule:
    """The unambiguous gazetteer forms and the rule that adds them to tagged sentences."""

    def __init__(self, gazetteer: Gazetteer, *, min_chars: int = 3, max_tokens: int = 6) -> None:
        self.forms: dict[tuple[str, ...], str] = {}
        for key, aliases in gazetteer.keys.items():
            if len(key) < min_chars or key in MATCHER_STOPLIST or len({a.entity_id for a in aliases}) != 1:
                continue
            entity = gazetteer[aliases[0].entity_id]
            label = TYPE_LABELS.get(entity.type)
            if label is None or entity.tagged_only:
                continue
            for a in aliases:
                if a.kind not in _FORM_KINDS:
                    continue
                toks = form_tokens(a.text)
                if not toks or len(toks) > max_tokens:
                    continue
                self.forms[toks] = label
        self.max_tokens = max((len(f) for f in self.forms), default=0)

    def drop(self, forms: Iterable[tuple[str, ...]]) -> None:
        """Stop using ``forms`` (e.g. :func:`common_forms` of the labeled corpora)."""
        for f in forms:
            self.forms.pop(tuple(f), None)
        self.max_tokens = max((len(f) for f in self.forms), default=0)

    def __len__(self) -> int:
        return len(self.forms)

    def add_spans(self, tokens: Sequence[str], tags: Sequence[str]) -> tuple[list[str], list[tuple[int, int, str]]]:
        """``tags`` (BIO) with the missed gazetteer spans added, and the spans added
        ``(start, end_exclusive, label)``."""
        out = list(tags)
        added: list[tuple[int, int, str]] = []
        n = len(tokens)
        i = 0
        while i < n:
            match = None
            if tags[i] == "O" and (i == 0 or tags[i - 1] == "O"):
                for j in range(min(n, i + self.max_tokens), i, -1):
                    label = self.forms.get(tuple(tokens[i:j]))
                    if label is not None and all(t == "O" for t in tags[i:j]) and (j == n or tags[j] == "O"):
                        match = (j, label)
                        break
            if match is None:
                i += 1
                continue
            j, label = match
            out[i] = f"B-{label}"
            for k in range(i + 1, j):
                out[k] = f"I-{label}"
            added.append((i, j, label))
            i = j
        return out, added


def _labeled_corpora(data_dir: Path):
    from .corpora import read_columns, read_nsurl_dir, read_peyma

    ner = data_dir / "ner"
    yield from read_peyma(ner / "peyma" / "train.txt")
    yield from read_nsurl_dir(ner / "nsurl600k")
    yield from read_columns(ner / "parsner" / "train", "parsner")
    yield from read_columns(ner / "parstwiner" / "train.txt", "parstwiner")


def confidence_outside(marginals: Sequence[float], added: Sequence[tuple[int, int, str]]) -> float:
    """A sentence's confidence with gazetteer spans added: the smallest marginal of the tagger's
    tags on the tokens the gazetteer did not relabel (1.0 when it relabeled them all)."""
    covered = {k for s, e, _ in added for k in range(s, e)}
    return min((m for k, m in enumerate(marginals) if k not in covered), default=1.0)


def main(argv: list[str] | None = None) -> int:
    import time

    from ..gazetteer import default_gazetteer
    from ..tagger import to_bio
    from .silver import confidence_predictor, select, tag_with_confidence, unlabeled_sentences, write_columns

    ap = argparse.ArgumentParser(prog="python -m ner_fa.training.gazetteer_silver",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model-dir", default=None, help="the model that tags (default: the shipped one)")
    ap.add_argument("--out", type=Path, default=Path("runs/silver/silver_gaz.tsv"))
    ap.add_argument("--threshold", type=float, default=0.95, help="as in ner_fa.training.silver")
    ap.add_argument("--org-threshold", type=float, default=0.98)
    ap.add_argument("--empty-share", type=float, default=0.2)
    ap.add_argument("--max-sentences", type=int, default=15000)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--min-chars", type=int, default=3, help="shortest match key of a form used")
    ap.add_argument("--common-min", type=int, default=2, help="see common_forms")
    args = ap.parse_args(argv)
    for sub in ("text", "ner"):
        if not (args.data_dir / sub).is_dir():
            print(f"{args.data_dir / sub} does not exist; pass --data-dir", file=sys.stderr)
            return 1
    t0 = time.time()
    rule = GazetteerSpanRule(default_gazetteer(), min_chars=args.min_chars)
    n_forms = len(rule)
    common = common_forms(_labeled_corpora(args.data_dir), rule.forms, min_count=args.common_min)
    rule.drop(common)
    print(f"{len(rule)} gazetteer forms ({len(common)} common ones dropped) in {time.time() - t0:.0f} s", flush=True)
    predictor = confidence_predictor(args.model_dir)
    if predictor is None:
        return 1
    sents = list(unlabeled_sentences(args.data_dir))
    tagged, by_label, forms = [], Counter(), Counter()
    gaz_sents: set[int] = set()
    for start in range(0, len(sents), 20000):
        chunk = sents[start: start + 20000]
        for toks, (tags, marg) in zip(chunk, tag_with_confidence(predictor, chunk, per_token=True)):
            bio, added = rule.add_spans(toks, to_bio(tags))
            if added:
                gaz_sents.add(len(tagged))
            tagged.append((toks, bio, confidence_outside(marg, added), added))
        print(f"tagged {len(tagged)} sentences in {time.time() - t0:.0f} s", flush=True)
    kept = select([(toks, bio, conf) for toks, bio, conf, _ in tagged], threshold=args.threshold,
                  org_threshold=args.org_threshold, empty_share=args.empty_share,
                  max_sentences=args.max_sentences, seed=args.seed)
    write_columns(kept, args.out)
    kept_keys = {" ".join(toks) for toks, _ in kept}
    n_kept_gaz = 0
    for k in sorted(gaz_sents):
        toks, _, _, added = tagged[k]
        if " ".join(toks) in kept_keys:
            n_kept_gaz += 1
            for s, e, label in added:
                by_label[label] += 1
                forms[" ".join(toks[s:e])] += 1
    labels: Counter[str] = Counter(t[2:] for _, bio in kept for t in bio if t.startswith("B-"))
    meta = {"read_sentences": len(sents), "kept_sentences": len(kept), "kept_tokens": sum(len(t) for t, _ in kept),
            "spans": dict(labels), "gazetteer_forms": n_forms, "common_forms_dropped": len(common),
            "sentences_with_gazetteer_spans": len(gaz_sents), "kept_with_gazetteer_spans": n_kept_gaz,
            "gazetteer_spans_kept": dict(by_label), "threshold": args.threshold,
            "org_threshold": args.org_threshold, "empty_share": args.empty_share,
            "max_sentences": args.max_sentences, "seconds": round(time.time() - t0),
            "top_added": forms.most_common(60)}
    args.out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in meta.items() if k != "top_added"}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
