#!/usr/bin/env python3
"""Build the COUNTRIES part of the ner_fa gazetteer: ``gazetteers/countries.jsonl``.

Usage (from the repository root)::

    python scripts/build_countries.py \\
        --sources ../shared/data/gazetteer-sources --out gazetteers/countries.jsonl

Build-time dependencies (not needed at run time): ``babel`` (CLDR territory
names in ``fa`` and ``fa_AF``), ``pycountry`` and ``rigour`` (English names,
Wikidata QIDs).  Inputs are only read, never copied.

Sources and how each field is made
----------------------------------
* Entities: the 250 entries of ``mledoze_countries.json`` (ISO 3166-1 plus
  Kosovo ``XK``).  ``name`` is mledoze's English common name, ``codes`` its
  ``cca2``/``cca3``, ``description`` is "<type> in <subregion or region>".
* ``wikidata``/``id``: the QID comes first from the everypolitician CSVs
  (world leaders 2026 and 2022 snapshot, foreign ministers 2023 and latest),
  whose ``(country QID, English country name)`` pairs are matched to ISO codes
  by exact English name (mledoze common/official/altSpellings, pycountry,
  rigour, and the short ``CSV_NAME_TO_ISO2`` table); rows whose label is
  missing (the QID stands in the name column) are matched through rigour's QID
  index.  Where the CSVs give no QID, ``rigour.territories`` gives it.  Where
  the CSVs and rigour disagree the CSV value wins and the disagreement is
  printed.  No QID is ever typed in by hand.  ``id`` is the QID, or
  ``"country-" + iso2`` if no source has one.
* ``type``: ``"country"`` if mledoze says ``unMember`` or ``independent`` is
  true, or the ISO code is in ``EXTRA_STATES`` (partially recognised states
  that have their own heads of state in the everypolitician data); else
  ``"territory"``.
* Persian forms: mledoze ``translations.per`` (common, official), CLDR
  ``fa`` and ``fa_AF`` (Dari) territory names, plus the hand-curated tables
  below (``NAME_FA_OVERRIDE``, ``EXTRA_ALIASES``, ``DROP_FORMS``,
  ``DEMONYMS``, ``ACRONYMS``).  Every Persian form is normalised: Arabic
  ي/ى/ك → ی/ک, short-vowel marks and tatweel removed, ``ۀ`` → ``هٔ``, spaces
  collapsed, CLDR's `` - `` → a space, CLDR qualifiers after «،» and in
  parentheses split off.  Automatic variants: a form with ezafe ``هٔ`` also
  yields the form without the hamza; a form with ZWNJ also yields the spaced
  form.  English names and ISO alpha-3 codes are *not* aliases.
* ``demonyms``: the curated ``DEMONYMS`` table plus, for entries of type
  ``country`` whose ``name_fa`` is one word (no space, no ZWNJ) and that are
  not in ``NO_RULE_DEMONYM``, a rule-based form: + «ی» after a consonant,
  + «یی» after «ا»/«آ», + «‌ای» after a silent «ه».  Names ending in «ی» or
  «و» get no rule-based form (the correct form, e.g. «مالزیایی», «پرویی»,
  is curated where the country is common in news).
  Forms that could mean two countries («کره‌ای», «کنگویی») are left out.
* ``prior``: 0.9 for UN members (mledoze ``unMember`` with ``UN_MEMBER_FIX``),
  0.7 for ``EXTRA_STATES`` and Vatican City
  (non-member states / observers that are frequent in news), 0.5 for every
  other territory.  No corpus frequencies are used.

The script checks that every line is valid JSON, ids are unique and no
Persian surface form (name_fa, alias, acronym, demonym) belongs to two
entries; exact-string collisions abort the build, collisions only under a
looser match key (آ/ا, spaces, ZWNJ, hamza folded) are reported.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import weak_aliases
from fa_letters import ZWNJ, fix_letters

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO_ROOT / ".." / "shared" / "data" / "gazetteer-sources"
DEFAULT_OUT = REPO_ROOT / "gazetteers" / "countries.jsonl"

CSV_FILES = [
    # (file name, QID column, English name column)
    ("everypolitician_world_leaders_wikidata_2026.csv", "countryid", "country"),
    ("everypolitician_world_leaders_2021_wikidata_snapshot2022.csv", "countryid", "country"),
    ("everypolitician_foreign_ministers_wikidata_2023.csv", "country", "countryLabel"),
    ("everypolitician_foreign_ministers_wikidata_latest.csv", "country", "countryLabel"),
]

# ---------------------------------------------------------------------------
# Hand-curated tables (keyed by ISO 3166-1 alpha-2)
# ---------------------------------------------------------------------------

# English names used in the everypolitician CSVs that the name index might not
# resolve on its own.  Only names, never QIDs.
CSV_NAME_TO_ISO2 = {
    "Turkey": "TR",
    "East Timor": "TL",
    "Czech Republic": "CZ",
    "The Bahamas": "BS",
    "The Gambia": "GM",
    "Republic of Ireland": "IE",
    "People's Republic of China": "CN",
    "Federated States of Micronesia": "FM",
    "Republic of the Congo": "CG",
    "Democratic Republic of the Congo": "CD",
    "Ivory Coast": "CI",
    "Bailiwick of Guernsey": "GG",
    "State of Palestine": "PS",
    "United States of America": "US",
}

# Partially recognised states typed "country" although mledoze does not mark
# them independent / UN members (each has a head of state in everypolitician).
EXTRA_STATES = {"XK", "PS", "TW"}

# Main Persian name when mledoze's common name is wrong or not the usual one.
NAME_FA_OVERRIDE = {
    "US": "آمریکا",  # mledoze: «ایالات متحده آمریکا» (kept as alias)
    "IL": "اسرائیل",  # mledoze: «فلسطين اشغالی» (political; kept as alias)
    "GN": "گینه",  # mledoze gives Papua New Guinea's names for Guinea
    "LT": "لیتوانی",  # mledoze: «لیتوانیایی‌ها» = "Lithuanians"
    "KM": "کومور",  # CLDR; mledoze «اتحاد قمر» kept as alias
    "CV": "کیپ ورد",  # CLDR «کیپ‌ورد»; mledoze «دماغهٔ سبز» kept as alias
    "HK": "هنگ کنگ",
    "AX": "جزایر آلاند",  # CLDR; mledoze «جزایر الند»
    "PM": "سن پیر و میکلن",  # CLDR; mledoze form has odd hyphens
    "CG": "جمهوری کنگو",
}

# Source forms that are wrong for this entry (dropped before anything else).
DROP_FORMS = {
    "GN": {"پاپوآ گینه نو", "مملکت مستقل پاپوآ گینه نو"},  # belong to PG
    "LT": {"لیتوانیایی‌ها"},  # a plural demonym, not a name
    "SX": {"سن مارتن"},  # mledoze gives it to both MF and SX; kept for MF
    "CG": {"جمهوری برازاویل کنگو"},  # not a real name
    "PE": {"پیرو"},  # Dari spelling = common Persian word "follower/following"
    "PM": {"سن-پیر-ا-میکلون", "سن-پیر و میکلن"},  # odd transliteration
    "HM": {"هرد و جزایر مک‌دونالد"},  # CLDR short form; full form kept
    "TM": {"جمهوری خلق ترکمنستان"},  # wrong: the official name is just «ترکمنستان»
    "BN": {"برونئی سرای صلح"},  # literal translation of "Darussalam", not used
    "GL": {"گروئنلند"},  # odd transliteration; «گرینلند» kept
}

# Further Persian surface forms (variants, older names, news usage).
EXTRA_ALIASES = {
    "US": ["امریکا", "ایالات متحده", "ایالات متحده آمریکا", "ایالات متحده امریکا",
           "ایالات متحدهٔ آمریکا", "ایالات‌متحده"],
    "GB": ["بریتانیا", "انگلستان", "پادشاهی متحده", "بریتانیای کبیر", "بریتانیای کبیر و ایرلند شمالی"],
    "CN": ["جمهوری خلق چین"],
    "RU": ["فدراسیون روسیه"],
    "BY": ["روسیه سفید", "روسیهٔ سفید", "جمهوری بلاروس"],
    "KP": ["کره‌ی شمالی", "کره‌شمالی", "جمهوری دموکراتیک خلق کره"],
    "KR": ["کره‌ی جنوبی", "کره‌جنوبی", "جمهوری کره"],
    "AZ": ["آذربایجان"],  # ambiguous with Iran's Azerbaijan provinces; see report
    "IR": ["جمهوری اسلامی ایران", "جمهوری اسلامی"],
    "IL": ["اسراییل", "رژیم صهیونیستی", "رژیم اسرائیل", "فلسطین اشغالی"],
    "PS": ["دولت فلسطین", "سرزمین‌های فلسطینی"],
    "AE": ["امارات متحده عربی", "امارات متحدهٔ عربی", "امارات عربی متحده"],
    "SA": ["عربستان", "پادشاهی عربستان سعودی"],
    "AF": ["امارت اسلامی افغانستان"],
    "IN": ["هندوستان"],
    "TR": ["جمهوری ترکیه"],
    "DE": ["جمهوری فدرال آلمان"],
    "NL": ["پادشاهی هلند"],
    "CZ": ["چک"],
    "MK": ["مقدونیه"],
    "SZ": ["سوازیلند"],
    "MM": ["برمه"],
    "CI": ["کوت دیوار"],
    "CV": ["کیپ‌ورد", "کابو ورده"],
    "KM": ["جزایر کومور", "مجمع‌الجزایر قمر"],
    "CD": ["جمهوری دموکراتیک کنگو", "کنگو کینشاسا", "زئیر"],
    "CG": ["کنگو برازاویل", "کنگو برازویل"],
    "DO": ["دومینیکن"],
    "TL": ["تیمور لسته"],
    "VA": ["دولت‌شهر واتیکان"],
    "BA": ["بوسنی"],
    "LK": ["سریلانکا"],
    "KG": ["جمهوری قرقیزستان"],
    "TJ": ["جمهوری تاجیکستان"],
    "VE": ["جمهوری بولیواری ونزوئلا"],
    "SK": ["جمهوری اسلواک", "اسلواک"],   # the older name («چک و اسلواک»), the news dev sets' Seraji texts
    "TW": ["چین تایپه", "چین‌تایپه"],    # Chinese Taipei, its name in sport
}

# Persian adjective / nationality forms (curated; rule-based ones are added).
DEMONYMS = {
    "IR": ["ایرانی"],
    "AF": ["افغان", "افغانستانی"],
    "IQ": ["عراقی"],
    "TR": ["ترک", "ترکیه‌ای"],
    "PK": ["پاکستانی"],
    "AZ": ["آذربایجانی"],
    "AM": ["ارمنی"],
    "TM": ["ترکمن", "ترکمنستانی"],
    "KZ": ["قزاق", "قزاقستانی"],
    "UZ": ["ازبک", "ازبکستانی"],
    "TJ": ["تاجیک", "تاجیکستانی"],
    "KG": ["قرقیز", "قرقیزستانی"],
    "GE": ["گرجی", "گرجستانی"],
    "RU": ["روس", "روسی"],
    "BY": ["بلاروسی"],
    "UA": ["اوکراینی"],
    "MD": ["مولداویایی"],
    "CN": ["چینی"],
    "JP": ["ژاپنی"],
    "MN": ["مغولستانی"],
    "IN": ["هندی"],
    "BD": ["بنگلادشی"],
    "LK": ["سریلانکایی"],
    "US": ["آمریکایی", "امریکایی"],
    "GB": ["انگلیسی", "بریتانیایی"],
    "FR": ["فرانسوی"],
    "DE": ["آلمانی"],
    "IT": ["ایتالیایی"],
    "ES": ["اسپانیایی"],
    "PT": ["پرتغالی"],
    "NL": ["هلندی"],
    "BE": ["بلژیکی"],
    "CH": ["سوئیسی"],
    "AT": ["اتریشی"],
    "SE": ["سوئدی"],
    "NO": ["نروژی"],
    "DK": ["دانمارکی"],
    "FI": ["فنلاندی"],
    "IE": ["ایرلندی"],
    "PL": ["لهستانی"],
    "CZ": ["چکی"],
    "SK": ["اسلواکیایی"],
    "HU": ["مجار", "مجارستانی"],
    "RO": ["رومانیایی"],
    "BG": ["بلغاری", "بلغارستانی"],
    "GR": ["یونانی"],
    "RS": ["صرب", "صربستانی"],
    "HR": ["کروات"],
    "BA": ["بوسنیایی"],
    "AL": ["آلبانیایی"],
    "SI": ["اسلوونیایی"],
    "LT": ["لیتوانیایی"],
    "LV": ["لتونیایی"],
    "EE": ["استونیایی"],
    "CY": ["قبرسی"],
    "SY": ["سوری", "سوریه‌ای"],
    "LB": ["لبنانی"],
    "JO": ["اردنی"],
    "IL": ["اسرائیلی"],
    "PS": ["فلسطینی"],
    "SA": ["سعودی", "عربستانی"],
    "AE": ["اماراتی"],
    "QA": ["قطری"],
    "KW": ["کویتی"],
    "BH": ["بحرینی"],
    "OM": ["عمانی"],
    "YE": ["یمنی"],
    "EG": ["مصری"],
    "LY": ["لیبیایی"],
    "TN": ["تونسی"],
    "DZ": ["الجزایری"],
    "MA": ["مراکشی"],
    "SD": ["سودانی"],
    "ET": ["اتیوپیایی"],
    "SO": ["سومالیایی"],
    "ID": ["اندونزیایی"],
    "MY": ["مالزیایی"],
    "PH": ["فیلیپینی"],
    "AU": ["استرالیایی"],
    "NZ": ["نیوزیلندی"],
    "CA": ["کانادایی"],
    "MX": ["مکزیکی"],
    "BR": ["برزیلی"],
    "AR": ["آرژانتینی"],
    "CL": ["شیلیایی"],
    "BO": ["بولیویایی"],
    "VE": ["ونزوئلایی"],
    "CU": ["کوبایی"],
    "PE": ["پرویی"],
}

# No rule-based demonym for these (irregular or misleading result).
NO_RULE_DEMONYM = {
    "FR",  # «فرانسه‌ای» → curated «فرانسوی»
    "RU",  # «روسیه‌ای» → curated «روسی»
    "AM",  # «ارمنستانی» is rare; curated «ارمنی»
    "HR",  # name ends in «ی»; curated «کروات»
    "VA",  # «واتیکانی» is not a nationality
}

# Acronyms seen in Persian news (Latin or Persian).
ACRONYMS = {
    "US": ["US", "USA", "U.S."],
    "GB": ["UK"],
    "AE": ["UAE"],
    "SA": ["KSA"],
    "KP": ["DPRK"],
    "CN": ["PRC"],
    "CD": ["DRC"],
    "IR": ["ج.ا.ا"],
}

# mledoze flags errors in ``unMember`` (checked against the UN's 193 members:
# mledoze lists 194, Vatican City is an observer, not a member).
UN_MEMBER_FIX = {"VA": False}

# Prior for non-UN states that are frequent in news.
PRIOR_STATE_NON_UN = {"XK", "PS", "TW", "VA"}

# ---------------------------------------------------------------------------
# Normalisation helpers
# ---------------------------------------------------------------------------

def norm_fa(text: str) -> str:
    """The shared letter fix (``fa_letters.fix_letters``) after CLDR's `` - `` separator became a space."""
    return fix_letters(text.replace(" - ", " "))


def split_cldr(text: str) -> list[str]:
    """«میانمار (برمه)» → [میانمار, برمه]; «هنگ‌کنگ، منطقهٔ ...» → [هنگ‌کنگ]."""
    text = text.split("،")[0]
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", text)
    return [m.group(1), m.group(2)] if m else [text]


def variants(form: str) -> list[str]:
    out = [form]
    if "\u0647\u0654" in form:
        out.append(form.replace("\u0647\u0654", "\u0647"))
    for f in list(out):
        # ZWNJ → space, except before the ezafe/indefinite suffixes «ی», «ای»
        if ZWNJ in f and not re.search(ZWNJ + "(ی|ای)( |$)", f):
            out.append(f.replace(ZWNJ, " "))
    return out


def loose_key(text: str) -> str:
    s = text.replace("آ", "ا").replace("\u0654", "").replace("ئ", "ی").replace("أ", "ا")
    return re.sub(r"[\s\u200c.\-]+", "", s).lower()


def rule_demonym(name: str) -> str | None:
    if " " in name or ZWNJ in name or len(name) < 3:
        return None
    last = name[-1]
    if last == "ی":
        return None
    if last in "اآ":
        return name + "یی"
    if last == "و":  # «توگویی», «مالدیویی»: rare; curated where common
        return None
    if last == "ه":
        return name + ZWNJ + "ای"
    return name + "ی"


def dedupe(items, exclude=()):
    seen = set(exclude)
    out = []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ---------------------------------------------------------------------------
# QIDs
# ---------------------------------------------------------------------------

QID_RE = re.compile(r"^Q\d+$")


def build_name_index(mledoze, pycountry, territories):
    """English name → (iso2, rank); rank 0 = mledoze common name."""
    cands = collections.defaultdict(set)

    def add(name, iso2, rank):
        if name and len(name) > 3:
            cands[name.casefold()].add((iso2, rank))

    for c in mledoze:
        iso2 = c["cca2"]
        add(c["name"]["common"], iso2, 0)
        add(c["name"]["official"], iso2, 1)
        for a in c.get("altSpellings", []):
            add(a, iso2, 1)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                add(getattr(pc, attr, None), iso2, 1)
        t = territories.get_territory(iso2.lower())
        if t is not None:
            add(t.name, iso2, 1)
            add(t.full_name, iso2, 1)
    for name, iso2 in CSV_NAME_TO_ISO2.items():
        add(name, iso2, 1)
    index = {}
    for name, s in cands.items():
        isos = {i for i, _ in s}
        if len(isos) == 1:
            index[name] = (isos.pop(), min(r for _, r in s))
    return index


def read_csv_qids(sources: Path, index, rigour_by_qid, log):
    """Return iso2 → chosen QID, plus info on alternatives / unmatched."""
    pairs = collections.Counter()
    for fname, qcol, ncol in CSV_FILES:
        path = sources / fname
        if not path.exists():
            log.append(f"missing CSV: {fname}")
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                qid, name = (row.get(qcol) or "").strip(), (row.get(ncol) or "").strip()
                if QID_RE.match(qid):
                    pairs[(qid, name)] += 1
    per_iso = collections.defaultdict(list)  # iso2 → [(rank, -rows, qid, name)]
    unmatched = []
    for (qid, name), n in sorted(pairs.items()):
        hit = index.get(name.casefold())
        if hit is None and (not name or name == qid or name.startswith("http")):
            iso2 = rigour_by_qid.get(qid)
            hit = (iso2, 2) if iso2 else None
        if hit is None:
            unmatched.append((qid, name, n))
            continue
        per_iso[hit[0]].append((hit[1], -n, qid, name))
    return per_iso, unmatched


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    import babel
    import pycountry
    from rigour import territories

    sources = args.sources
    mledoze = json.loads((sources / "mledoze_countries.json").read_text(encoding="utf-8"))
    mledoze.sort(key=lambda c: c["cca2"])
    cldr_fa = babel.Locale("fa").territories
    cldr_af = babel.Locale("fa", "AF").territories

    log: list[str] = []
    rigour_qid = {}
    rigour_by_qid = {}
    for c in mledoze:
        t = territories.get_territory(c["cca2"].lower())
        if t is not None and t.qid:
            rigour_qid[c["cca2"]] = t.qid
            rigour_by_qid[t.qid] = c["cca2"]

    index = build_name_index(mledoze, pycountry, territories)
    per_iso, unmatched = read_csv_qids(sources, index, rigour_by_qid, log)

    disagreements = []
    qid_source = collections.Counter()
    records = []
    for c in mledoze:
        iso2, iso3 = c["cca2"], c["cca3"]
        per = c.get("translations", {}).get("per", {})
        drop = {norm_fa(x) for x in DROP_FORMS.get(iso2, ())}

        # --- QID -----------------------------------------------------------
        qid, src = None, None
        cands = sorted(per_iso.get(iso2, []))
        if cands:
            best_rank = cands[0][0]
            top = [x for x in cands if x[0] == best_rank]
            # tie-break: agree with rigour, then most rows, then QID string
            top.sort(key=lambda x: (x[2] != rigour_qid.get(iso2), x[1], x[2]))
            qid, src = top[0][2], "everypolitician"
            others = sorted({(x[2], x[3]) for x in cands if x[2] != qid})
            if others:
                disagreements.append(
                    f"{iso2}: CSVs also give {', '.join(f'{q} ({n})' for q, n in others)}; "
                    f"kept {qid} ({top[0][3]})")
            r = rigour_qid.get(iso2)
            if r and r != qid:
                disagreements.append(f"{iso2}: CSV {qid} vs rigour {r}; kept CSV")
        elif iso2 in rigour_qid:
            qid, src = rigour_qid[iso2], "rigour"
        qid_source[src or "none"] += 1

        # --- type / prior ----------------------------------------------------
        un_member = UN_MEMBER_FIX.get(iso2, bool(c.get("unMember")))
        is_state = un_member or c.get("independent") is True or iso2 in EXTRA_STATES
        etype = "country" if is_state else "territory"
        if un_member:
            prior = 0.9
        elif iso2 in PRIOR_STATE_NON_UN:
            prior = 0.7
        else:
            prior = 0.5

        # --- Persian forms ---------------------------------------------------
        raw = []
        for key in ("common", "official"):
            if per.get(key):
                raw.append(per[key])
        for loc in (cldr_fa, cldr_af):
            if loc.get(iso2):
                raw.extend(split_cldr(loc[iso2]))
        raw.extend(EXTRA_ALIASES.get(iso2, []))
        forms = []
        for r in raw:
            f = norm_fa(r)
            if f and f not in drop:
                forms.extend(v for v in variants(f) if v not in drop)

        if iso2 in NAME_FA_OVERRIDE:
            name_fa = norm_fa(NAME_FA_OVERRIDE[iso2])
        elif per.get("common") and norm_fa(per["common"]) not in drop:
            name_fa = norm_fa(per["common"])
        else:
            name_fa = norm_fa(split_cldr(cldr_fa[iso2])[0])
        # name_fa: plain «ه» for the ezafe (the «هٔ» form stays an alias)
        forms.extend(variants(name_fa))
        name_fa = name_fa.replace("\u0647\u0654", "\u0647")
        aliases = dedupe(forms, exclude={name_fa})

        demonyms = [norm_fa(d) for d in DEMONYMS.get(iso2, [])]
        if etype == "country" and iso2 not in NO_RULE_DEMONYM:
            rd = rule_demonym(name_fa)
            if rd:
                demonyms.append(rd)
        demonyms = dedupe(demonyms, exclude={name_fa, *aliases})

        where = c.get("subregion") or c.get("region") or ""
        if where in ("Caribbean", "Antarctic"):
            where = "the " + where
        description = f"{etype} in {where}" if where else etype

        records.append({
            "id": qid or f"country-{iso2.lower()}",
            "type": etype,
            "name": c["name"]["common"],
            "name_fa": name_fa,
            "aliases": aliases,
            "acronyms": list(ACRONYMS.get(iso2, [])),
            "demonyms": demonyms,
            "wikidata": qid,
            "country": iso2,
            "codes": {"iso2": iso2, "iso3": iso3},
            "description": description,
            "prior": prior,
            "_qid_source": src,
        })

    # --- checks --------------------------------------------------------------
    ids = collections.Counter(r["id"] for r in records)
    dup_ids = [i for i, n in ids.items() if n > 1]
    owner = collections.defaultdict(set)
    loose_owner = collections.defaultdict(set)
    for r in records:
        for f in [r["name_fa"], *r["aliases"], *r["acronyms"], *r["demonyms"]]:
            owner[f].add(r["country"])
            loose_owner[loose_key(f)].add(r["country"])
        for f in r["aliases"] + r["demonyms"]:
            if re.search(r"[A-Za-z]", f) or re.search("[\u064a\u0643]", f):
                log.append(f"{r['country']}: suspicious form {f!r}")
    collisions = {f: sorted(o) for f, o in owner.items() if len(o) > 1}
    loose_collisions = {k: sorted(o) for k, o in loose_owner.items() if len(o) > 1}

    records.sort(key=lambda r: r["id"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for r in records:
        r = weak_aliases.apply({k: v for k, v in r.items() if not k.startswith("_")})
        line = json.dumps(r, ensure_ascii=False, sort_keys=False)
        json.loads(line)
        lines.append(line)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # --- summary -------------------------------------------------------------
    n = len(records)
    n_forms = sum(1 + len(r["aliases"]) + len(r["demonyms"]) for r in records)
    print(f"wrote {n} entries to {args.out}")
    print(f"  types: {dict(collections.Counter(r['type'] for r in records))}")
    print(f"  with QID: {sum(1 for r in records if r['wikidata'])} "
          f"(everypolitician CSVs: {qid_source['everypolitician']}, rigour: {qid_source['rigour']}, "
          f"none: {qid_source['none']})")
    print(f"  Persian surface forms (name_fa+aliases+demonyms): {n_forms}, "
          f"{n_forms / n:.2f} per entry; with demonyms: {sum(1 for r in records if r['demonyms'])}; "
          f"with acronyms: {sum(1 for r in records if r['acronyms'])}")
    print(f"QID disagreements between sources ({len(disagreements)}):")
    for d in disagreements:
        print("  " + d)
    print(f"CSV entities not matched to an ISO entry ({len(unmatched)}):")
    for qid, name, k in unmatched:
        print(f"  {qid} {name} ({k} rows)")
    print(f"duplicate ids: {dup_ids or 'none'}")
    print(f"exact Persian-form collisions: {collisions or 'none'}")
    print(f"loose-key collisions ({len(loose_collisions)}):")
    for k, o in sorted(loose_collisions.items()):
        print(f"  {k}: {o}")
    for line in log:
        print("note: " + line)
    return 1 if (dup_ids or collisions) else 0


if __name__ == "__main__":
    sys.exit(main())
