"""Fuzz the public entry points for a set time and report how many inputs were tried.

    python benchmarks/fuzz.py --minutes 10 [--real-share 0.2] [--seed 0] [--failures-out fuzz_failures.txt]

Inputs are random strings built from pieces that have broken NER libraries before:
Persian and Arabic words, gazetteer names, English, emoji (with ZWJ sequences and
skin tones), control characters, NUL, bidi marks (U+200E/F, U+202A–E, U+2066–9),
zero-width characters, lone surrogates, diacritics, presentation forms, Persian and
Arabic digits, punctuation, line breaks, tokens up to 5,000 characters, and any code
point at all. Each input goes through:

* ``fake``: a :class:`~ner_fa.Pipeline` with the shipped gazetteer and a tagger that
  emits arbitrary (also invalid) BIO/BIOES tags, plus ``normalize_chars``,
  ``spaced_key``/``compact_key``, ``tokenize``, ``split_sentences``, ``looks_arabic``
  and ``Gazetteer.lookup``, plus every export (``model_dump_json`` round trip,
  ``to_json``/``to_jsonl``/``to_csv`` encoded as UTF-8);
* ``real``: :func:`ner_fa.extract` (the shipped model) for ``--real-share`` of the time.

Checked on every input: nothing raises; every mention (nested ones too) slices the
original string; mentions are sorted and do not overlap; normalization keeps the length
and is idempotent; tokens slice the text; exports encode as UTF-8 and round-trip (with
lone surrogates written as U+FFFD); every 10th input is extracted twice and must give
equal results; every 50th, a non-str input must raise ``TypeError``. Prints the number
of inputs tried per target, failures, and the first failing inputs; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

TAGS = ["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "E-ORG", "S-LOC"]

PERSIAN = [
    "ایران", "چین", "روسیه", "سازمان", "ملل", "متحد", "وزارت", "امور", "خارجه", "سخنگوی", "گفت",
    "رئیس\u200cجمهور", "پوتین", "مسکو", "تهران", "خبرگزاری", "فارس", "شی", "جین\u200cپینگ", "جینپینگ",
    "سعید", "خطیب\u200cزاده", "نمی\u200cکند", "طرح\u200cهای", "است", "را", "که", "در", "از", "به",
]
ARABIC = [
    "قال", "وزير", "الخارجية", "الإيراني", "في", "مؤتمر", "صحفي", "إن", "بلاده", "لن", "تتفاوض", "على",
    "برنامجها", "النووي", "التي", "الذي", "المملكة", "العربية", "السعودية", "أعلنت", "وزارة", "الصحة", "إلى",
    "مع", "هذه",
]
ENGLISH = [
    "Iran", "China", "Russia", "United", "Nations", "Putin", "said", "the", "U.S.", "CSTO", "e-mail",
    "http://x.ir/a?b=1", "a@b.ir",
]
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇮🇷", "❤️", "🫠", "\U0001F1EE", "🏳️‍🌈"]
CONTROL = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00"]
MARKS = ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", "\u0654", "\u0301", "\u20d7"]
PUNCT = list("«»،؛؟.!…:()[]{}\"'-–—/\\|,;?") + ["...", "..", "؟!", "\n", "\r\n", "\n\n", "\t", " ", "  "]
DIGITS = list("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬")
FORMS = [chr(c) for c in (0xFB8E, 0xFEF1, 0xFEDB, 0xFE8D, 0xFB56, 0xFDF2, 0xFEFB, 0xFE70)]
SPACES = [" ", "\u00a0", "\u2009", "\u3000", "\u202f"]




def random_code_point(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return chr(rng.randrange(0x600, 0x700))
    if r < 0.8:
        return chr(rng.randrange(0, 0x3000))
    return chr(rng.randrange(0, 0x110000))


def random_text(rng: random.Random, names: list[str]) -> str:
    pools = [PERSIAN, PERSIAN, names, names, ARABIC, ENGLISH, EMOJI, CONTROL, BIDI, ZERO_WIDTH, SURROGATES,
             MARKS, PUNCT, PUNCT, DIGITS, FORMS, SPACES, SPACES]
    n = rng.choice([0, 1, 2, 5, 10, 20, 40, 80, 200])
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.75:
            parts.append(rng.choice(rng.choice(pools)))
        elif r < 0.95:
            parts.append("".join(random_code_point(rng) for _ in range(rng.randint(1, 8))))
        elif r < 0.99:
            parts.append(rng.choice(PERSIAN) * rng.randint(1, 10))
        else:
            parts.append(rng.choice("ابپتآ") * rng.randint(1000, 5000))
        if rng.random() < 0.7:
            parts.append(rng.choice(SPACES + [" ", " ", " ", "\u200c", "\n"]))
    text = "".join(parts)
    if rng.random() < 0.05:
        text = rng.choice(["", " ", "\n\t ", "\u200c", "\u200f"]) * rng.randint(1, 3)
    return text


def check_document(text: str, doc) -> None:
    from ner_fa import Document
    from ner_fa.normalize import replace_surrogates
    from ner_fa.testing import check_offsets

    check_offsets(text, doc)
    dumped = doc.model_dump_json()
    dumped.encode("utf-8")
    back = Document.model_validate_json(dumped)
    assert back.text == replace_surrogates(text), "JSON round trip changed the text"
    if back.text == text:
        assert back == doc, "JSON round trip gives a different Document"
    else:
        assert [(m.start, m.end, m.label) for m in back.mentions] == [(m.start, m.end, m.label) for m in doc.mentions]


def check_exports(doc) -> None:
    from ner_fa.export import to_csv, to_json, to_jsonl

    items = [("fuzz", doc)]
    json.loads(to_json(items).encode("utf-8"))
    for line in to_jsonl(items):
        json.loads(line.encode("utf-8"))
    to_csv(items).encode("utf-8")


def check_text_functions(text: str, gazetteer) -> None:
    from ner_fa.normalize import compact_key, normalize_chars, spaced_key
    from ner_fa.tokenize import looks_arabic, split_sentences, tokenize

    norm = normalize_chars(text)
    assert len(norm) == len(text) and normalize_chars(norm) == norm, "normalize_chars not length-preserving/idempotent"
    k = spaced_key(text)
    assert spaced_key(k) == k and compact_key(compact_key(text)) == compact_key(text), "keys not idempotent"
    tokens = tokenize(text)
    prev = 0
    for t in tokens:
        assert text[t.start:t.end] == t.text and t.start >= prev and t.end > t.start, "bad token offsets"
        prev = t.end
    sents = split_sentences(text, tokens=tokens)
    assert [t for s in sents for t in s.tokens] == tokens, "sentences lose or reorder tokens"
    for s in sents:
        looks_arabic([t.text for t in s.tokens])
    gazetteer.lookup(text[:200])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    ap.add_argument("--real-share", type=float, default=0.2,
                    help="share of the time spent on ner_fa.extract with the shipped model (0 to skip)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--failures-out", type=Path, help="write the failing inputs (ascii()) here")
    ap.add_argument("--report-every", type=float, default=60.0, help="seconds between progress lines")
    args = ap.parse_args()

    import ner_fa
    from ner_fa import Pipeline
    from ner_fa.gazetteer import default_gazetteer
    from ner_fa.pipeline import default_pipeline
    from ner_fa.testing import ChaosTagger

    rng = random.Random(args.seed)
    gazetteer = default_gazetteer()
    names = sorted({name for e in gazetteer for name, _ in e.surface_forms()})
    fake = Pipeline(tagger=ChaosTagger(TAGS), gazetteer=gazetteer)
    real = None
    if args.real_share > 0:
        t0 = time.perf_counter()
        real = default_pipeline()
        real.tagger.load()
        print(f"loaded the shipped model in {time.perf_counter() - t0:.1f} s", flush=True)

    tried = {"fake": 0, "real": 0, "non_str": 0}
    spent = {"fake": 0.0, "real": 0.0}
    failures: list[tuple[str, str, str]] = []
    start = time.perf_counter()
    deadline = start + args.minutes * 60
    next_report = start + args.report_every
    i = 0
    while time.perf_counter() < deadline:
        i += 1
        text = random_text(rng, names)
        target = "real" if real is not None and spent["real"] < args.real_share * (spent["real"] + spent["fake"]) \
            else "fake"
        t0 = time.perf_counter()
        try:
            if target == "fake":
                check_text_functions(text, gazetteer)
                doc = fake.extract(text)
                check_document(text, doc)
                check_exports(doc)
                if i % 10 == 0:
                    assert fake.extract(text) == doc, "extraction is not deterministic"
            else:
                doc = ner_fa.extract(text)
                check_document(text, doc)
                check_exports(doc)
                if i % 10 == 0:
                    assert ner_fa.extract(text) == doc, "extraction is not deterministic"
        except Exception as exc:  # noqa: BLE001 - a fuzzer records everything
            failures.append((target, ascii(text)[:2000], "".join(traceback.format_exception_only(exc)).strip()))
        spent[target] += time.perf_counter() - t0
        tried[target] += 1
        if i % 50 == 0:
            bad = rng.choice([None, b"\xd8\xa7", 12, 3.5, ["متن"], bytearray(b"x"), object()])
            try:
                fake.extract(bad)
                failures.append(("non_str", repr(bad), "no TypeError"))
            except TypeError:
                pass
            except Exception as exc:  # noqa: BLE001
                failures.append(("non_str", repr(bad), repr(exc)))
            tried["non_str"] += 1
        now = time.perf_counter()
        if now >= next_report:
            print(f"[{now - start:6.0f} s] tried fake={tried['fake']} real={tried['real']} "
                  f"non_str={tried['non_str']} failures={len(failures)}", flush=True)
            next_report = now + args.report_every

    elapsed = time.perf_counter() - start
    total = tried["fake"] + tried["real"] + tried["non_str"]
    print(f"fuzz: {elapsed / 60:.1f} min, seed {args.seed}: {total} inputs tried "
          f"(fake pipeline + text functions + exports: {tried['fake']}, shipped model: {tried['real']}, "
          f"non-str: {tried['non_str']}); failures: {len(failures)}")
    for target, text, err in failures[:10]:
        print(f"FAIL [{target}] {err}\n  input: {text[:300]}")
    if args.failures_out and failures:
        args.failures_out.write_text("\n".join(f"{t}\t{e}\t{x}" for t, x, e in failures), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
