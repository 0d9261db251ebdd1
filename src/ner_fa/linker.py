"""Linking mentions to gazetteer entities, with rapidfuzz for spelling variants.

For each mention the linker generates candidates (exact compact-key matches —
which already absorb lost or spaced ZWNJs and Arabic letter variants — then
fuzzy matches with :func:`rapidfuzz.fuzz.ratio` for transliteration variants,
drawn from a :class:`~ner_fa.index.LinkIndex` short list rather than a scan of
every key, and keys with the same consonant skeleton),
scores them (string similarity × type compatibility with the NER label × the
entity's prior) and links the best one when its score reaches the threshold;
otherwise the mention stays unlinked (NIL) but keeps its candidates.

Document context, applied in text order:

* a repeated mention links like its first occurrence;
* a short person mention («شی», «تاکایف») that is a word of a person linked
  earlier in the document («شی جینپینگ») links to that person;
* an acronym in parentheses right after a linked mention
  («سازمان معاهده امنیت جمعی (CSTO)») links to the same entity.

:class:`AliasMatcher` finds gazetteer names in the text that the tagger missed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .context import DocumentContext, Kind, cue_words, default_data, in_expression
from .context import longest_cue as _longest_cue
from .errors import ConfigError
from .gazetteer import PLACE_TYPES, Alias, Gazetteer, GazetteerEntity
from .honorifics import HOLY_TITLES, HONORIFIC_PHRASES, HONORIFICS, holy_honorific_after, patronymic_before
from .index import LinkIndex, LinkIndexError, skeleton
from .models import Candidate, Label
from .normalize import compact_key, spaced_key
from .omitted_heads import head_omitted
from .qualified_forms import QualifiedForms
from .short_forms import NameWords, Written, short_form_links
from .signatures import media_form, signature_at
from .tokenize import Token
from .words import default_words

if TYPE_CHECKING:
    from .calibration import Calibrator

__all__ = ["LABEL_TYPES", "TYPE_LABEL", "AliasMatcher", "LinkResult", "Linker", "LinkerConfig", "RawMention",
           "skeleton"]

LABEL_TYPES: dict[str, frozenset[str]] = {
    "PER": frozenset({"person"}),
    "LOC": PLACE_TYPES,
    "ORG": frozenset({"organization"}),
}
TYPE_LABEL: dict[str, Label] = {t: lab for lab, types in LABEL_TYPES.items() for t in types}  # type: ignore[misc]

_KIND_SIMILARITY = {"name": 1.0, "alias": 1.0, "acronym": 1.0, "weak": 1.0, "english": 0.98, "demonym": 0.9}
# Weak aliases and demonyms link only when spelled as they are: weak aliases are common words,
# and a demonym is an adjective; a near spelling of one is most often another word (تنسی,
# Tennessee, is no «تونسی», Tunisian). The names of a tagged-only entity, its English name too,
# are matched only as written: Gazetteer.fuzzy_matchable says what fuzzy matching may reach.

# A generic head word before a name («شهر حلب», «کشور روسیه», «استان فارس»): when the
# whole mention has no exact match, the name after it is looked up for the types it allows.
GENERIC_HEADS: dict[str, frozenset[str]] = {
    "شهر": frozenset({"city"}),
    "شهرستان": frozenset({"region"}),
    "استان": frozenset({"region"}),
    "ایالت": frozenset({"region"}),      # a state («ایالت تگزاس»); «ایالت واشنگتن» is no Washington, D.C.
    "کشور": frozenset({"country", "territory"}),
    "منطقه": frozenset({"region", "place", "city", "territory"}),
    "بندر": frozenset({"city"}),
    "روستای": frozenset({"city", "place"}),
    "روستا": frozenset({"city", "place"}),
    "جزیره": frozenset({"place", "region", "territory"}),
    "جزایر": frozenset({"place", "region", "territory"}),
    "رژیم": frozenset({"country"}),
    "تیم": frozenset({"organization"}),
    "باشگاه": frozenset({"organization"}),
    "شرکت": frozenset({"organization"}),
    "روزنامه": frozenset({"organization"}),
    "خبرگزاری": frozenset({"organization"}),
}
_HEAD_KEYS = frozenset(GENERIC_HEADS)
# A continent or a part of one, as the gazetteer describes it (no country's region: «کردستان» can be a team's)
_WORLD_REGION = re.compile(r"(continent|continental region|transcontinental region|region of (Asia|Europe|Africa|"
                           r"the Americas))\b")
# «کشور» after a body's name, in Iranian news, is Iran («سازمان محیط زیست کشور»)
_HOME_COUNTRY = frozenset({compact_key("کشور"), compact_key("کشورمان")})
# A site's web address («Entekhab.ir», «www.tabnak.ir»): the name before the domain ending.
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?([A-Za-z][A-Za-z0-9-]{2,})\.(?:ir|com|net|org|news|info)/?",
                          re.IGNORECASE)
# Titles before a person's name, written apart or attached («سیدرضا صالحی امیری»).
PERSON_TITLES = ("سید", "سیده", "دکتر", "مهندس", "حجت‌الاسلام", "حجت الاسلام", "آیت‌الله", "آیت الله", "سردار",
                 "سرلشکر", "سرتیپ", "سرهنگ", "امیر", "شیخ", "حاج", "حاجی", "استاد", "آقای", "خانم", "مرحوم", "شهید",
                 "حضرت")
TITLE_KEYS = tuple(sorted({compact_key(t) for t in PERSON_TITLES}, key=len, reverse=True))  # longest first
_GENERIC_SIMILARITY = 0.97
#: prepositions of place, and «شهر»: a city after them is a place, where something happens, not its club
#: («در میلان», «به مارسی», «شهر میلان»)
_LOCATIVE = frozenset(spaced_key(w) for w in ("در", "به", "از", "تا", "سوی", "شهر"))
#: words after a national team's name that keep it the senior men's team («تیم ملی والیبال مردان ایران»)
_SENIOR_TEAM = frozenset(spaced_key(w) for w in ("مردان", "بزرگسالان"))
#: the sport after a team's head word («تیم فوتبال»): not part of the club's name. Only football: the
#: gazetteer's clubs are football clubs, and «تیم بسکتبال مس کرمان» is not the football club (PEYMA dev)
_FOOTBALL = spaced_key("فوتبال")
# A bare surname found through the title before it (titles.tsv): one person fits, by description only.
_TITLED_SIMILARITY = 0.9
# Per-word similarity below which a fuzzy match of a multi-word name is refused
# («سفارت آمریکا» is not «ارتش آمریکا» however close the whole strings are).
_MIN_WORD_SIMILARITY = 75
# Least fuzz.ratio of a same-skeleton (vowel-letter variant) match, and of one whose words
# are spaced otherwise.
_MIN_SKELETON_RATIO = 0.7
_MIN_RESPACED_SKELETON_RATIO = 0.8
# ... and when the mention is one word and the name several (a lost space and a vowel letter): the
# judged dev links had three such matches, all wrong («بنگر» / «بن گویر», «شنهوا» / «شین‌هوا»)
_MIN_JOINED_SKELETON_RATIO = 0.9

# Surface forms that are also common Persian words: never matched from the gazetteer
# alone, only linked when the tagger marks them as a mention.
MATCHER_STOPLIST = frozenset(
    compact_key(w) for w in (
        "مالی", "کره", "قطر", "پرو", "چاد", "عمان", "شی", "ملل", "اتحاد", "جمهوری", "دولت",
        "مجلس", "سازمان", "فارس", "مهر", "ایسنا", "ایرنا", "تسنیم", "صبا", "آریا", "امید", "آستانه", "چک", "ترک",
    )
)


class LinkerConfig(BaseModel):
    """Linker settings; every default lives here."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    threshold: float = Field(default=0.75, ge=0.0, le=1.0, description="minimum score to link")
    fuzzy_cutoff: float = Field(default=0.84, ge=0.0, le=1.0, description="minimum similarity of a fuzzy candidate")
    fuzzy_min_chars: int = Field(default=4, ge=1, description="no fuzzy matching for shorter mentions")
    fuzzy_max_edits: int = Field(
        default=2, ge=1, le=3, description="most edits the index guarantees to find (1 below 7 characters)")
    skeleton_min_chars: int = Field(default=4, ge=1, description="shortest consonant skeleton used for matching")
    fuzzy_skeleton_min_chars: int = Field(
        default=3, ge=1, description="a fuzzy match needs the same consonant skeleton of at least this many "
                                     "letters (two consonants, as in مسی / موسی, tell names apart too weakly)")
    fuzzy_consonants: bool = Field(
        default=False, description="let a fuzzy match change, add or drop a consonant (typos in noisy text); "
                                   "off by default: in news such names are mostly other names (مرادی / مرندی, "
                                   "کردستان / اردستان, فارس نیوز / پارس نیوز). Letters pronounced alike (ص / س, "
                                   "ط / ت, ...) and two swapped neighbouring letters are accepted either way")
    index_path: str | None = Field(
        default=None, description="a saved LinkIndex (.npz) to load; built and written there when missing")
    max_candidates: int = Field(default=5, ge=1, le=100)
    type_mismatch_factor: float = Field(default=0.8, ge=0.0, le=1.0)
    prior_weight: float = Field(default=0.15, ge=0.0, le=1.0)
    link_labels: tuple[Label, ...] = ("PER", "LOC", "ORG")
    use_context: bool = True
    match_gazetteer: bool = Field(default=True, description="also find gazetteer names the tagger missed")
    matcher_min_chars: int = Field(default=3, ge=1)
    matcher_max_tokens: int = Field(default=6, ge=1)
    boundary_repair_tokens: int = Field(
        default=2, ge=0, description="how many tokens a tagger span may grow to cover a gazetteer name it overlaps")
    fill_gaps: bool = Field(
        default=True, description="add the gazetteer names found where no tagger span is (with match_gazetteer; "
                                  "False keeps boundary repair and nested names but adds no top-level name)")
    split_unlinked: bool = Field(
        default=True, description="replace an unlinked tagger span that is only gazetteer names plus words for a "
                                  "part of a place by those names («سواحل موزامبیک» → «موزامبیک», «توکیو پکن» → "
                                  "«توکیو», «پکن»)")
    short_forms: bool = Field(
        default=True, description="with use_context, also report later one-word mentions of a person linked "
                                  "earlier in the document («شی» after «شی جینپینگ»)")
    span_repair: bool = Field(
        default=True, description="with match_gazetteer, cut from tagger spans the words every corpus leaves "
                                  "outside a name and drop spans that are no names (ner_fa.span_repair: «روابط "
                                  "عمومی X» → «X», a quoted name after its descriptor, «منطقه خاورمیانه» → "
                                  "«خاورمیانه», vocalized Arabic, «به شهر» filled in as Behshahr)")
    nil_short_forms: bool = Field(
        default=True, description="with use_context, also report later one-word mentions of the surname of an "
                                  "unlinked person the tagger found in full («تراشتگن» after «مارک آندره تراشتگن»)")
    surname_min_prior: float = Field(
        default=0.0, ge=0.0, le=1.0, description="a bare surname links with no other support (an earlier full "
                                                 "name, a role that fits) only to a person of this prior or more; "
                                                 "0 by default: on PEYMA dev, priors did not tell a famous surname "
                                                 "from a namesake's (0.7 cost about 18 right links)")
    surname_countries: tuple[str, ...] = Field(
        default=("IR",), description="countries whose people's bare surnames need that support (Persian "
                                     "surnames are shared by many people); () for every person")
    given_name_countries: tuple[str, ...] = Field(
        default=("IR", "AF", "TJ", "IQ", "SY", "LB", "PS", "JO", "SA", "YE", "KW", "BH", "QA", "AE", "OM", "EG",
                 "LY", "TN", "DZ", "MA", "SD"),
        description="countries whose people's given names Persian writes one way (Persian and Arabic names): "
                    "a fuzzy match of a full name with another given name is another person («محمد عباسی» is "
                    "not «محمود عباس»)")
    epithets: bool = Field(
        default=False, description="report epithets, descriptions that refer to one person without naming "
                                   "them («مقام معظم رهبری», «امام راحل»: ner_fa.epithets), as mentions linked to "
                                   "the person; off by default, as most annotated corpora (PEYMA, NSURL, the "
                                   "news sets; not ParsNER) do not mark them as names")
    min_probability: float | None = Field(
        default=None, ge=0.0, le=1.0, description="least calibrated probability (the `score` of a document "
                                                  "link) to link; one threshold for precision against recall. "
                                                  "None: the threshold the shipped calibration was fitted with "
                                                  "(chosen on dev, a wrong link costing twice a missing one; "
                                                  "docs/linking.md); 0 links whatever the score")

    @classmethod
    def from_settings(cls, settings: Iterable[str], base: LinkerConfig | None = None) -> LinkerConfig:
        """``base`` (default: the defaults) with ``FIELD=VALUE`` settings applied, as a command
        line gives them. A value is read as JSON when it parses (``true``, ``0.8``,
        ``["PER","ORG"]``), else as text. Raises :class:`~ner_fa.errors.ConfigError` naming
        the setting for a missing ``=``, an unknown field or an invalid value.

        >>> LinkerConfig.from_settings(["threshold=0.8", "fuzzy_consonants=true"]).threshold
        0.8
        """
        values = (base or cls()).model_dump()
        for item in settings:
            name, eq, text = item.partition("=")
            name = name.strip()
            if not eq or not name:
                raise ConfigError(f"linker setting {item!r}: write FIELD=VALUE, e.g. threshold=0.8")
            if name not in cls.model_fields:
                raise ConfigError(f"linker setting {name!r} does not exist; the settings are: "
                                  + ", ".join(cls.model_fields))
            try:
                values[name] = json.loads(text)
            except ValueError:
                values[name] = text
        try:
            return cls(**values)
        except ValidationError as exc:
            err = exc.errors()[0]
            field_name = err["loc"][0] if err["loc"] else "?"
            raise ConfigError(f"linker setting {field_name}={values.get(field_name)!r}: {err['msg']}") from None


@dataclass(slots=True)
class RawMention:
    """A mention before linking: character span, label and how it was found."""

    start: int
    end: int
    label: str
    source: str = "tagger"
    token_start: int = 0
    token_end: int = 0


@dataclass(slots=True)
class LinkResult:
    entity: GazetteerEntity | None
    score: float | None
    candidates: list[Candidate] = field(default_factory=list)
    # what the calibration reads (ner_fa.calibration.features); None for a result without context
    signals: dict[str, float] | None = None
    # the calibration's input for a document link (ner_fa.calibration.features), kept for refitting
    features: dict[str, float] | None = None


class Linker:
    """Links mention strings to entities of a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer, config: LinkerConfig | None = None, *,
                 index: LinkIndex | None = None, calibrator: Calibrator | None = None) -> None:
        if not isinstance(gazetteer, Gazetteer):
            raise TypeError(f"Linker() expects a Gazetteer, got {type(gazetteer).__name__}")
        if index is not None and not isinstance(index, LinkIndex):
            raise TypeError(f"index must be a ner_fa.index.LinkIndex, got {type(index).__name__}")
        self.gazetteer = gazetteer
        self.config = cfg = config or LinkerConfig()
        # None: the shipped calibration (ner_fa.calibration.default_calibrator), read on first use
        self.calibrator = calibrator
        if index is None:
            index = self._open_index()
        elif len(index) != len(fuzzy_keys := gazetteer.fuzzy_keys):
            raise LinkIndexError(f"the index has {len(index)} keys, the gazetteer {len(fuzzy_keys)} fuzzy-matchable: "
                                 "build the index from this gazetteer with LinkIndex.build(gazetteer)")
        if (index.max_edits, index.skeleton_min_chars) != (cfg.fuzzy_max_edits, cfg.skeleton_min_chars):
            raise LinkIndexError(
                f"the index was built with max_edits={index.max_edits}, skeleton_min_chars="
                f"{index.skeleton_min_chars} but the config asks for fuzzy_max_edits={cfg.fuzzy_max_edits}, "
                f"skeleton_min_chars={cfg.skeleton_min_chars}: use the same values or rebuild the index")
        self.index = index
        self._names: _PersonNames | None = None   # the words of its people's names, on first use
        self._qualified: QualifiedForms | None = None   # names qualified by a place, on first use

    def _open_index(self) -> LinkIndex:
        cfg = self.config
        if cfg.index_path is not None and Path(cfg.index_path).is_file():
            return LinkIndex.load(cfg.index_path, self.gazetteer)
        if cfg.index_path is None:
            from .index_cache import cached_index

            return cached_index(self.gazetteer, max_edits=cfg.fuzzy_max_edits,
                                skeleton_min_chars=cfg.skeleton_min_chars)
        index = LinkIndex.build(self.gazetteer, max_edits=cfg.fuzzy_max_edits,
                                skeleton_min_chars=cfg.skeleton_min_chars)
        index.save(cfg.index_path)
        return index

    # -- one mention ------------------------------------------------------
    def candidates(self, text: str, label: str | None = None, *, fuzzy: bool = True) -> list[Candidate]:
        """Scored candidates for a mention string, best first (``fuzzy=False``: exact and reduced
        matches only)."""
        cfg = self.config
        key = compact_key(text)
        if not key:
            return []
        found: dict[str, tuple[float, Alias]] = {}

        def offer(alias: Alias, sim: float) -> None:
            best = found.get(alias.entity_id)
            if best is None or sim > best[0]:
                found[alias.entity_id] = (sim, alias)

        allowed = LABEL_TYPES.get(label) if label is not None else None
        for alias in self.gazetteer.lookup_key(key):
            # a weak alias is a common word: it links only a mention of a compatible type
            if alias.kind != "weak" or allowed is None or self.gazetteer[alias.entity_id].type in allowed:
                offer(alias, _KIND_SIMILARITY[alias.kind])
        if not found:
            for alias, sim in self._reduced(text, key, label):
                offer(alias, sim)
        if not found:   # a name without its head word: «سویا» for «باشگاه سویا» (ner_fa.omitted_heads)
            for alias in head_omitted(self.gazetteer, key, label, MATCHER_STOPLIST):
                offer(alias, _GENERIC_SIMILARITY * _KIND_SIMILARITY[alias.kind])
        if not found and fuzzy and len(key) >= cfg.fuzzy_min_chars:
            mention_words = spaced_key(text).split()
            owners = self._another_persons_word(text, key, label)
            # Names differing in a consonant are other names (مرادی / مرندی, کردستان / اردستان,
            # فارس نیوز / پارس نیوز): only spelling variants count — vowel letters (زاخاروا /
            # زاخارووا), letters pronounced alike (طاهری / تاهری) and two swapped neighbouring
            # letters (a typo) — and only when the skeleton is long enough to tell names apart
            # (موسی and مسی share «مس»).
            sk = sound_skeleton(key)
            long_enough = len(skeleton(key)) >= cfg.fuzzy_skeleton_min_chars
            for choice, sim in (self.index.fuzzy(key, score_cutoff=cfg.fuzzy_cutoff, limit=cfg.max_candidates * 2)
                                if long_enough else ()):
                if _contains(key, choice) or _suffix_variant(key, choice) \
                        or label == "PER" and _surname_ending_differs(key, choice):
                    continue
                spelling = cfg.fuzzy_consonants or _swapped(key, choice) or sound_skeleton(choice) == sk
                for alias in self.gazetteer.lookup_key(choice):
                    if not self.gazetteer.fuzzy_matchable(alias) or self._other_given_name(alias, text) \
                            or self._other_surname(alias, text) or owners and alias.entity_id not in owners:
                        continue
                    alias_words = spaced_key(alias.text).split()
                    if not cfg.fuzzy_consonants and _initial_vowel_differs(mention_words, alias_words):
                        continue
                    if len(mention_words) == 1 < len(alias_words):
                        continue   # one word is no misspelt name of several: «شنهوا» (Shenhua) / «شین‌هوا» (Xinhua)
                    if _words_agree(mention_words, alias_words) and (
                            spelling and (cfg.fuzzy_consonants or _word_sounds_agree(mention_words, alias_words))
                            or _slip_in_a_long_word(mention_words, alias_words)):
                        offer(alias, sim * _KIND_SIMILARITY[alias.kind])
            # Transliteration variants differ mostly in vowel letters (تاکایف / توکایف):
            # equal consonant skeletons make a candidate even below the fuzzy cutoff. A name
            # with «ی» added is another word (ابراهیم → ابراهیمی, وحید → وحیدی), not a variant.
            # Letters moved about are no vowel variant (آرنولد / رونالدو share «رنلد»), and the
            # words must still match: «محسن» is no «امام حسین», whose skeleton is «محسن» too.
            for choice in self.index.same_skeleton(key):
                ratio = fuzz.ratio(key, choice) / 100
                if _suffix_variant(key, choice) or ratio < _MIN_SKELETON_RATIO \
                        or label == "PER" and _surname_ending_differs(key, choice):
                    continue
                sim = (1 + ratio) / 2
                for alias in self.gazetteer.lookup_key(choice):
                    alias_words = spaced_key(alias.text).split()
                    if self.gazetteer.fuzzy_matchable(alias) and not self._other_given_name(alias, text) \
                            and not self._other_surname(alias, text) \
                            and not (owners and alias.entity_id not in owners) and _skeleton_words_agree(
                            mention_words, alias_words, ratio) and (
                            cfg.fuzzy_consonants or not _initial_vowel_differs(mention_words, alias_words)):
                        offer(alias, sim * _KIND_SIMILARITY[alias.kind])
        out = []
        for entity_id, (sim, alias) in found.items():
            entity = self.gazetteer[entity_id]
            factor = 1.0
            if label is not None and entity.type not in LABEL_TYPES.get(label, ()):
                factor = cfg.type_mismatch_factor
            score = sim * factor * (1 - cfg.prior_weight + cfg.prior_weight * entity.prior)
            out.append(Candidate(id=entity_id, name=entity.name, score=round(score, 4),
                                 similarity=round(sim, 4), alias=alias.text))
        out.sort(key=lambda c: (-c.score, c.id))
        return out[: cfg.max_candidates]

    def _other_surname(self, alias: Alias, text: str) -> bool:
        """Whether a full name (two words or more) matched as a spelling variant of a person of
        ``surname_countries`` has another surname: a Persian surname spelt otherwise is another
        family's («مهدی مهدی‌کیا» is not «مهدی مهدوی‌کیا», «احمد عبدا…» not «احمد عبادی»)."""
        entity = self.gazetteer[alias.entity_id]
        if entity.type != "person" or entity.country not in self.config.surname_countries:
            return False
        forms = []
        for form in (text, alias.text):
            words = [w for w in (compact_key(x) for x in form.split()) if w]
            if len(words) < 2:
                return False
            forms.append(("".join(words), words[-1]))
        # each ends with the other's last word: «خطیبزاده» and «خطیب زاده» are one surname
        (mine, my_last), (theirs, their_last) = forms
        return not (mine.endswith(their_last) and theirs.endswith(my_last))

    def _other_given_name(self, alias: Alias, text: str) -> bool:
        """Whether a person's name matched as a spelling variant has another given name: both first
        words (titles skipped) are given names of the gazetteer and differ («حسین باقری» is not
        «حسن باقری», «محمود مصدق» not «محمد مصدق»). A misspelt or unknown given name («عطاأالله»)
        is no evidence; the surname's spelling is left to the fuzzy rules. Only for the people of
        ``given_name_countries`` (Persian and Arabic names, «محمد عباسی» is not «محمود عباس»): other
        given names are transliterated many ways («جورج» / «جرج»)."""
        entity = self.gazetteer[alias.entity_id]
        if entity.type != "person" or entity.country not in self.config.given_name_countries:
            return False
        given = self._person_names().given
        firsts = []
        for form in (text, alias.text):
            words = [w for w in (compact_key(x) for x in form.split()) if w and not _all_titles(w)]
            if len(words) < 2:
                return False
            firsts.append(_untitled(words[0]))
        return firsts[0] != firsts[1] and firsts[0] in given and firsts[1] in given

    def _reduced(self, text: str, key: str, label: str | None) -> Iterator[tuple[Alias, float]]:
        """Exact matches of the mention without what is not part of a name: honorifics after a
        holy name, up to two generic head words («تیم فوتبال», «کشور», «شهر») restricted to
        the types they allow (a tagged-only place's name too: «شهر قمصر»), a person's title
        («سید», «دکتر», «سردار», «حضرت»), also together with an honorific («حضرت امام حسین (ع)»), an
        organization's own country after its name («بیلد آلمان», «بنیاد مسکن کشور»),
        and the domain of a site's web address («Entekhab.ir», as news credits its source: the
        organization named Entekhab)."""
        site = _WEB_ADDRESS.fullmatch(text.strip())
        if site and label in (None, "ORG"):
            for alias in self.gazetteer.lookup_key(compact_key(site.group(1))):
                if alias.kind != "weak" and self.gazetteer[alias.entity_id].type == "organization":
                    yield alias, _GENERIC_SIMILARITY * _KIND_SIMILARITY[alias.kind]
        words = spaced_key(text).split()
        while words:
            if words[-1] in HONORIFICS:
                words.pop()
            elif len(words) > 2 and tuple(words[-2:]) in HONORIFIC_PHRASES:
                del words[-2:]
            else:
                break
        base = "".join(words)   # the key without honorifics
        if words and base != key:
            holy = []
            for alias in self.gazetteer.lookup_key(base):
                if alias.kind != "weak":
                    holy.append(alias)
                    yield alias, _KIND_SIMILARITY[alias.kind]
            # a bare given name with an honorific is the holy person: «حسین (ع)» is «امام حسین»,
            # «محمد (ص)» «حضرت محمد», «ابراهیم (ع)» «حضرت ابراهیم»
            if not holy and len(words) == 1 and label in (None, "PER"):
                for title in HOLY_TITLES:
                    for alias in self.gazetteer.lookup_key(title + base):
                        if alias.kind != "weak" and self.gazetteer[alias.entity_id].type == "person":
                            yield alias, _GENERIC_SIMILARITY * _KIND_SIMILARITY[alias.kind]
        types: frozenset[str] | None = None
        for _ in range(2):
            if len(words) < 2 or words[0] not in GENERIC_HEADS:
                break
            types = GENERIC_HEADS[words[0]] if types is None else types & GENERIC_HEADS[words[0]] or types
            words = words[1:]
            if words[0] == "فوتبال" and len(words) > 1:   # «تیم فوتبال X»
                words = words[1:]
            for alias in self.gazetteer.lookup_key("".join(words)):
                entity = self.gazetteer[alias.entity_id]
                # a tagged-only place's name is weak only as free text: «شهر قمصر» says it is a place
                if (alias.kind != "english" and (alias.kind != "weak" or entity.tagged_only)
                        and entity.type in types):
                    yield alias, _GENERIC_SIMILARITY * _KIND_SIMILARITY[alias.kind]
        if label in (None, "ORG") and len(words) > 1:
            yield from self._of_its_country(words)
        if label in (None, "PER"):
            for title in TITLE_KEYS:
                if base.startswith(title) and len(base) - len(title) >= 4:
                    for alias in self.gazetteer.lookup_key(base[len(title):]):
                        if alias.kind not in ("english", "weak") and self.gazetteer[alias.entity_id].type == "person":
                            yield alias, _GENERIC_SIMILARITY * _KIND_SIMILARITY[alias.kind]
                    break

    def _of_its_country(self, words: list[str]) -> Iterator[tuple[Alias, float]]:
        """Exact matches of an organization's name followed by its own country: «حشدالشعبی عراق»,
        «بیلد آلمان», «شرکت راه آهن جمهوری اسلامی», or by «کشور» (Iran, as Iranian news writes it:
        «بنیاد مسکن کشور»). A body of another country is not the one named («وزارت دفاع افغانستان»)."""
        for n in (1, 2, 3):    # «ایران», «جمهوری اسلامی», «جمهوری اسلامی ایران»
            if len(words) <= n:
                return
            tail = "".join(words[-n:])
            code = "IR" if tail in _HOME_COUNTRY else next(
                (self.gazetteer[a.entity_id].country for a in self.gazetteer.lookup_key(tail)
                 if a.kind in ("name", "alias") and self.gazetteer[a.entity_id].type == "country"), None)
            if code is None:
                continue
            found = [a for a in self.gazetteer.lookup_key("".join(words[:-n]))
                     if a.kind in ("name", "alias", "acronym") and self.gazetteer[a.entity_id].type == "organization"
                     and self.gazetteer[a.entity_id].country == code]
            for alias in found:
                yield alias, _GENERIC_SIMILARITY * _KIND_SIMILARITY[alias.kind]
            if found:
                return

    def link(self, text: str, label: str | None = None) -> LinkResult:
        cands = self.candidates(text, label)
        if cands and cands[0].score >= self.config.threshold:
            return LinkResult(self.gazetteer[cands[0].id], cands[0].score, cands)
        return LinkResult(None, None, cands)

    # -- a document -------------------------------------------------------
    def link_document(self, text: str, mentions: Sequence[RawMention], *, calibrate: bool = True) -> list[LinkResult]:
        """Link the mentions of one document (sorted by start) using document context
        (:mod:`ner_fa.context`); each linked result's ``score`` is the calibrated probability
        that the link is right (:mod:`ner_fa.calibration`), and a link below ``min_probability``
        is undone (the mention keeps its candidates). With ``calibrate=False`` the results keep
        the raw scores, for a caller that adds links of its own and calls :meth:`calibrate_document`
        on them all (as the :class:`~ner_fa.pipeline.Pipeline` does).

        With context on, the document is linked twice when the first pass links provinces or
        clubs: the second pass knows them all, so a mention before them is read among them too
        («از کردستان … از خوزستان»); likewise when it links an imported (tagged-only) place that has
        namesakes in other countries: in the second pass every country the first pass linked
        counts for them, wherever it stands («مونتانا … در بلغارستان»)."""
        results = self._link_document(text, mentions)
        if not calibrate:
            return results
        return self.calibrate_document(text, [(m, r, m.source) for m, r in zip(mentions, results)])

    def _link_document(self, text: str, mentions: Sequence[RawMention]) -> list[LinkResult]:
        if not self.config.use_context:
            return self._link_pass(text, mentions, None)
        data = default_data()
        doc = data.document(text)
        results = self._link_pass(text, mentions, doc)
        seen = doc.linked_kinds
        namesakes = any(self._has_foreign_namesake(r) for r in results)
        if seen or namesakes:
            countries = doc.anchor_countries   # a namesake does not vouch for its own country
            named_clubs = doc.named_clubs
            doc = data.document(text)
            doc.favoured.update(seen)
            doc.named_clubs = named_clubs   # a club named anywhere makes the whole report one about sport
            if namesakes:   # a tagged-only place with namesakes abroad: the document's countries choose
                doc.document_countries.update(countries)
            results = self._link_pass(text, mentions, doc)
        results = self._short_forms(text, mentions, results)
        results = self._qualified_forms(text, mentions, results, doc)
        results = self._other_full_names(text, mentions, results)
        return self._unlisted_bodies(text, mentions, results)

    def _short_forms(self, text: str, mentions: Sequence[RawMention], results: list[LinkResult]) -> list[LinkResult]:
        """An unlinked mention that is the short form of one entity's longer names written anywhere in the
        document (:mod:`ner_fa.short_forms`: «کریمی» in a title, «علی کریمی» in the body; «نفت» beside
        «نفت تهران»), linked to it as a later form is. A mention refused for what its words say (a common
        noun, an event's part) stays unlinked; one refused for want of support (a bare surname, a club
        written as its city, a name with no candidate of the kind the words before it name) may take the
        link: the longer name is the support, and its entity must be of that kind."""
        cfg = self.config
        written = [Written(m.start, m.end, m.label, r.entity,
                           m.label in cfg.link_labels and (not (s := r.signals or {}).get("refused")
                                                            or bool(s.get("unsupported") or s.get("kind"))),
                           frozenset(c.id for c in r.candidates[1:]) if r.entity is not None else frozenset())
                   for m, r in zip(mentions, results)]
        links = short_form_links(text, written)
        if not links:
            return results
        out = list(results)
        doc = None
        for i, entity in links.items():
            if (results[i].signals or {}).get("kind"):
                # the words before named a kind no candidate of the short form fitted («سرمربی نفت»):
                # the entity of the full name must fit it
                if doc is None:
                    doc = default_data().document(text)
                if not _kind_fits(doc, text, mentions[i], entity):
                    continue
            out[i] = self._later_form(entity, text[mentions[i].start:mentions[i].end])
        return out

    def _qualified_forms(self, text: str, mentions: Sequence[RawMention], results: list[LinkResult],
                         doc: DocumentContext) -> list[LinkResult]:
        """An unlinked organization mention that is a name the gazetteer writes with a place after it, and
        the document writes that place (:mod:`ner_fa.qualified_forms`: «الاهلی» and «جده», Al-Ahli of
        Jeddah), linked as a later form is. Not one refused for what its words say; one refused for the
        kind the words before it name when the entity is of that kind («تیم‌های الاهلی و نفت»)."""
        if "ORG" not in self.config.link_labels:
            return results
        out = list(results)
        for i, (m, r) in enumerate(zip(mentions, results)):
            signals = r.signals or {}
            if (m.label != "ORG" or r.entity is not None
                    or (signals.get("refused") and not (signals.get("unsupported") or signals.get("kind")))):
                continue
            if self._qualified is None:
                self._qualified = QualifiedForms(self.gazetteer)
            eid = self._qualified.entity(text[m.start:m.end], doc.has_words)
            if eid is not None and (not signals.get("kind") or _kind_fits(doc, text, m, self.gazetteer[eid])):
                out[i] = self._later_form(self.gazetteer[eid], text[m.start:m.end])
        return out

    def _later_form(self, entity: GazetteerEntity, surface: str) -> LinkResult:
        """The link of a short form to an entity the document names in full (its context's word, not a
        gazetteer form: similarity 0.9, scored with the entity's prior)."""
        cfg = self.config
        score = round(0.9 * (1 - cfg.prior_weight + cfg.prior_weight * entity.prior), 4)
        cand = Candidate(id=entity.id, name=entity.name, score=score, similarity=0.9, alias=surface)
        return LinkResult(entity, score, [cand], {"context": 1.0})

    def _unlisted_bodies(self, text: str, mentions: Sequence[RawMention],
                         results: list[LinkResult]) -> list[LinkResult]:
        """A name the document writes after the head word of a kind of organization (kinds.tsv: «باشگاه
        شنهوا», «شرکت …») and that links nothing is a body the gazetteer lacks: written bare elsewhere in
        the document it is that body, not an entity of another kind it resembles («شنهوا», the club, is
        no «شین‌هوا», Xinhua)."""
        heads = {compact_key(k.head): k for k in default_data().kinds.values()
                 if k.head and k.types == {"organization"}}
        unlisted: dict[str, Kind] = {}
        for m, r in zip(mentions, results):
            if m.label == "ORG" and r.entity is None:
                words = [k for w in text[m.start:m.end].split() if (k := compact_key(w))]
                if len(words) >= 2 and words[0] in heads:
                    unlisted.setdefault("".join(words[1:]), heads[words[0]])
        if not unlisted:
            return results
        out = list(results)
        for k, (m, r) in enumerate(zip(mentions, results)):
            kind = unlisted.get(compact_key(text[m.start:m.end])) if r.entity is not None else None
            if kind is not None and not kind.fits(r.entity):
                out[k] = LinkResult(None, None, r.candidates, {**(r.signals or {}), "refused": 1.0})
        return out

    def _other_full_names(self, text: str, mentions: Sequence[RawMention],
                          results: list[LinkResult]) -> list[LinkResult]:
        """A person mention («متقی», «انصاری فرد») is not linked to a person when the document names,
        anywhere, a longer name ending with it whose given name is another («غلام‌رضا متقی», left
        unlinked or linked to someone else): the given name says whose surname it is. A given name
        is a first word of a person's name in the gazetteer («یاران انصاری‌فرد», his teammates, has
        none); titles («آیت‌الله», «سید») are skipped, and a word of the linked person's own names
        («حسین آقا فرکی» for «حسین فرکی») is no other given name."""
        full: list[tuple[list[str], str | None]] = []
        for m, r in zip(mentions, results):
            if m.label == "PER":
                words = [k for w in text[m.start:m.end].split() if (k := compact_key(w))]
                if len(words) >= 2:
                    full.append((words, r.entity.id if r.entity is not None else None))
        if not full:
            return results
        out = list(results)
        for k, (m, r) in enumerate(zip(mentions, results)):
            if m.label != "PER" or r.entity is None or r.entity.type != "person":
                continue
            key = compact_key(text[m.start:m.end])
            own = {_untitled(w) for form, _ in r.entity.surface_forms()
                   for w in (compact_key(x) for x in form.split()) if w}
            for other, entity_id in full:
                if entity_id == r.entity.id:
                    continue
                cut = next((i for i in range(1, len(other)) if "".join(other[i:]) == key), None)
                if cut is None:
                    continue
                given = [_untitled(w) for w in other[:cut] if not _all_titles(w)]
                if given and given[0] not in own and given[0] in self._person_names().given:
                    out[k] = LinkResult(None, None, r.candidates, {**(r.signals or {}), "refused": 1.0})
                    break
        return out

    def _person_names(self) -> _PersonNames:
        """The words of the gazetteer's Persian person names of two words or more, indexed once."""
        if self._names is None:
            given: set[str] = set()
            words: dict[str, set[str]] = {}
            last: dict[str, set[str]] = {}
            for e in self.gazetteer:
                if e.type != "person":
                    continue
                for form in (e.name_fa, *e.aliases):
                    keys = [k for w in form.split() if (k := compact_key(w))]
                    if len(keys) < 2:
                        continue
                    untitled = [_untitled(k) for k in keys]
                    given.add(untitled[0])
                    for k in untitled:
                        words.setdefault(k, set()).add(e.id)
                    if not patronymic_before(keys[:-1]):    # «عیسی بن سلمان»: «سلمان» is his father's name
                        last.setdefault(keys[-1], set()).add(e.id)
            self._names = _PersonNames(frozenset(given), {k: frozenset(v) for k, v in words.items()},
                                       {k: frozenset(v) for k, v in last.items()})
        return self._names

    def _another_persons_word(self, text: str, key: str, label: str | None) -> frozenset[str]:
        """For a one-word person mention that is itself a word of gazetteer people's names, those
        people: a near spelling of someone else's name is another name («سعیدی» is no «سعدی», the
        given name «کریس» no «کاریس»), while a transliteration variant is nobody's word («مدودیف»,
        «زاخاروا»). Empty otherwise."""
        if label not in (None, "PER") or len(text.split()) != 1:
            return frozenset()
        return self._person_names().words.get(_untitled(key), frozenset())

    def _has_foreign_namesake(self, res: LinkResult) -> bool:
        """Whether a result links a tagged-only place and another candidate is a tagged-only place
        of another country (a namesake that the countries named in the document may prefer)."""
        top = res.entity
        if top is None or not top.tagged_only:
            return False
        for c in res.candidates[1:]:
            other = self.gazetteer[c.id]
            if other.tagged_only and other.country != top.country:
                return True
        return False

    def _link_pass(self, text: str, mentions: Sequence[RawMention], doc: DocumentContext | None) -> list[LinkResult]:
        cfg = self.config
        results: list[LinkResult] = []
        by_key: dict[str, LinkResult] = {}
        persons: list[tuple[NameWords, GazetteerEntity]] = []
        for i, m in enumerate(mentions):
            surface = text[m.start:m.end]
            if m.label not in cfg.link_labels:
                results.append(LinkResult(None, None, []))
                continue
            key = compact_key(surface)
            res = by_key.get(key) if cfg.use_context else None
            # a source signing an item («.../ ایران»: the newspaper) is linked afresh, and, as a news agency's bureau
            # («خبرگزاری فارس از زنجان»), its link is its own, no evidence for the document's other mentions of the form
            signed = doc is not None and m.label == "ORG" and signature_at(text, m.start, m.end)
            bureau = doc is not None and (doc.bureau(m.start) or signed)
            cued = doc is not None and (self._common_noun(doc, m, surface) or doc.expansion(m.start) is not None
                                        or doc.kind_named(m.start, surface, _HEAD_KEYS, m.label) is not None
                                        or in_expression(text, m.start, m.end) or signed)
            if cued:
                res = None   # the words around this occurrence say what it is («سیم و کابل» after «کابل»)
            if res is None:
                res = self._link_in_context(surface, m, doc, persons) if doc is not None \
                    else self.link(surface, m.label)
                if res.entity is None and cfg.use_context and not (res.signals or {}).get("refused"):
                    res = self._from_context(surface, m, persons, mentions[:i], results, text) or res
                if res.entity is not None and not bureau:
                    by_key[key] = res
            if res.entity is not None and doc is not None and self._someone_else(doc, m, res.entity):
                # refused for what the words after it say, here as in an earlier link of the same form: no
                # later pass gives it a longer name's link, and the same form later in the document keeps
                # the refusal («علی یونسی دانشجوی … علی یونسی گفت»: the student again)
                res = LinkResult(None, None, res.candidates, {"refused": 1.0})
                if cfg.use_context and not bureau:
                    by_key[key] = res
            results.append(res)
            if res.entity is not None:
                if doc is not None:
                    doc.add_linked(res.entity, kinds=not bureau)
                    if (res.candidates and res.candidates[0].id == res.entity.id and not self._weak_form(res.candidates[0])
                            and doc.data.kinds["club"].fits(res.entity)):
                        doc.named_clubs += 1
                if res.entity.type == "person":
                    words = NameWords.of(surface)
                    for form, _ in res.entity.surface_forms():
                        words.add(form)
                    persons.append((words, res.entity))
        return results

    def _someone_else(self, doc: DocumentContext, m: RawMention, entity: GazetteerEntity) -> bool:
        """Whether the words right after the mention say it names another than ``entity``: an ordinary
        person's role after a person's name (cues.tsv ``commoner``: «علی یونسی دانشجوی دانشگاه شریف» is a
        student, not the minister), or another team after a national team's name (:meth:`_another_team`)."""
        if entity.type == "person":
            return m.label == "PER" and doc.commoner_after(m.end)
        return self._another_team(doc, m, entity)

    def _another_team(self, doc: DocumentContext, m: RawMention, entity: GazetteerEntity) -> bool:
        """Whether a national team's name names another team: an age group, the women's or a para team
        after it (cues.tsv ``grade``: «تیم ملی فوتسال زیر ۲۱ سال», «تیم ملی بسکتبال نوجوانان»), or another
        country's team («تیم ملی والیبال مردان کانادا»)."""
        if entity.type != "organization" or not doc.data.kinds["national_team"].fits(entity):
            return False
        graded = any(w in doc.data.grades for w in spaced_key(doc.text[m.start:m.end]).split())
        if doc.graded_after(m.end) and not graded:
            return True     # (a name with its grade, «تیم ملی فوتبال امید», may restate it: «… امید زیر ۲۳ سال»)
        words = doc.following(m.end, 3)
        if words and words[0] in _SENIOR_TEAM:
            words = words[1:]
        for n in (2, 1):
            if len(words) >= n:
                for c in self.candidates(" ".join(words[:n]), fuzzy=False):
                    other = self.gazetteer[c.id]
                    if c.similarity >= 0.999 and other.type == "country" and other.country != entity.country:
                        return True
        return False

    def _common_noun(self, doc: DocumentContext, m: RawMention, surface: str) -> bool:
        """A one-word person mention after a determiner («یک روحانی», «این روحانی»): a common noun."""
        return m.label == "PER" and len(spaced_key(surface).split()) == 1 and doc.after_determiner(m.start)

    def _link_in_context(self, surface: str, m: RawMention, doc: DocumentContext, persons) -> LinkResult:
        """:meth:`link` with the document's say: cue words before the mention, the kinds of entity the
        document favours, the countries it has linked, and the person rules (a bare surname needs support)."""
        cfg = self.config
        cands = self.candidates(surface, m.label)
        titled = not cands and m.label == "PER" and bool(cands := self._titled_surname(surface, m, doc)
                                                         or self._holy_name(surface, m, doc))
        refused = {"refused": 1.0}
        if self._common_noun(doc, m, surface) or in_expression(doc.text, m.start, m.end):
            return LinkResult(None, None, cands, refused)   # «یک روحانی», «چین و چروک»
        if (signed := self._signed(surface, m, doc)) is not None:
            return signed   # «.../ اعتماد»: a news source signs the item
        blocked_types = doc.event_types(m.start, one_word=len(spaced_key(surface).split()) == 1)
        if blocked_types and cands and self.gazetteer[cands[0].id].type in blocked_types:
            return LinkResult(None, None, cands, refused)   # «توافق پاریس»: part of an event's name
        # the word before names what the mention is: «وزارت» + «امور خارجه ایران» (the tagger left «وزارت» out), «استاندار» + «کرمان»
        head = doc.expansion(m.start)
        longer = []
        if head is not None and not compact_key(surface).startswith(compact_key(head)):
            longer = [c for c in self.candidates(f"{head} {surface}", m.label, fuzzy=False)
                      if c.similarity >= _GENERIC_SIMILARITY]
            if longer:   # the entities the longer form names, each with its better score
                mine = {c.id: c for c in cands}
                cands = sorted((max(c, mine.get(c.id, c), key=lambda x: x.score) for c in longer),
                               key=lambda c: (-c.score, c.id))
        # kinds the document favours can add candidates: «کرمان» in a text about provinces (not when the
        # word before has named it: «خبرنگار فارس» is the news agency even among provinces)
        # nor when the mention is a country's own name: «ایران» in a text about newspapers is the
        # country, not the newspaper «روزنامه ایران»
        country = (m.label == "LOC" and bool(cands) and cands[0].similarity >= 1.0
                   and self.gazetteer[cands[0].id].type == "country")
        # nor when a person the tagger's PER label names is a candidate by an exact form: «تاج» in a match
        # report is Mehdi Taj, the federation's president, not «باشگاه تاج» (Esteghlal's old name)
        person = m.label == "PER" and any(c.similarity >= 1.0 and self.gazetteer[c.id].type == "person"
                                          for c in cands)
        if cands and not longer and not country and not person:
            have = {c.id for c in cands}
            # of the bare name's countries: a text about Iran's provinces does not make «بم» Burkina
            # Faso's «استان بم» (a bare name of no one country, as the region Kurdistan, allows any)
            countries = {self.gazetteer[c.id].country for c in cands}
            if None in countries:
                countries = None
            for h, kinds in doc.favoured_heads().items():
                if compact_key(surface).startswith(compact_key(h)):
                    continue
                # no type penalty: the document's kind outweighs the tagger's label («لیورپول» as LOC in a match
                # report); only an entity of a favoured kind of that head («استان» + «قدس» is no province,
                # though its key is the foundation «آستان قدس»'s)
                for c in self.candidates(f"{h} {surface}", fuzzy=False):
                    e = self.gazetteer[c.id]
                    if (c.similarity < _GENERIC_SIMILARITY or not any(k.fits(e) for k in kinds)
                            or not (countries is None or e.country in (None, *countries))):
                        continue
                    if c.id not in have:
                        cands.append(c)
                        have.add(c.id)
                    else:   # «استقلال» in a match report: the club by its full name, not by its weak form
                        cands = [c if (o.id == c.id and self._weak_form(o)) else o for o in cands]
        # the words before say what kind of entity it is («استان سمنان», «شهرداری قدس», «تیم الجزیره»):
        # only an entity of that kind, or none. A form of address («آقای نجفی») names a person the
        # document may have named in full before: no person here leaves that to the document
        kind = doc.kind_named(m.start, surface, _HEAD_KEYS, m.label)
        if kind is not None:
            fitting = self._of_kind(surface, cands, *kind)
            if not fitting:   # (the kind may yet fit the name the document writes in full: _short_forms)
                return LinkResult(None, None, cands, {} if kind[0].types == {"person"} else {**refused, "kind": 1.0})
            cands = fitting
        bonus = {c.id: doc.bonus(self.gazetteer[c.id]) for c in cands}
        if any(bonus.values()) and not country:
            cands = [c.model_copy(update={"score": round(min(1.0, c.score * (1 + bonus[c.id])), 4)}) for c in cands]
            cands.sort(key=lambda c: (-c.score, c.id))
        cands = cands[: cfg.max_candidates]
        signals = {"bonus": bonus.get(cands[0].id, 0.0) if cands else 0.0}
        if (cands and self.gazetteer[cands[0].id].type == "city" and doc.about_sport()
                and m.label in ("ORG", "LOC") and not _LOCATIVE.intersection(doc.before(m.start, 1))
                and (club := self._club_named_for(surface)) is not None):
            # a city in a report about sport that no preposition of place governs: the one club the gazetteer
            # names «باشگاه» + the city («شکست تلخ میلان در خانه اودینزه», «مارسی با یک گل از رن شکست خورد»),
            # if there is one; «فینال در میلان» is the city
            return LinkResult(self.gazetteer[club.id], club.score, [club, *cands], {**signals, "club_of_city": 1.0})
        if not cands or cands[0].score < cfg.threshold:
            return LinkResult(None, None, cands, signals)
        top = self.gazetteer[cands[0].id]
        if (top.country == "IR" and self._weak_form(cands[0]) and doc.data.kinds["club"].fits(top)
                and not doc.worded_about_sport()):
            # an Iranian club's short form that is a common word links in a report about sport only: «ذوب‌آهن»
            # among the shares of a stock exchange is the steel company, «صبا» in «طرح صبا» a project
            return LinkResult(None, None, cands, {**refused, "unsupported": 1.0})
        if m.label == "ORG" and top.type == "city":
            # a city the tagger calls an organization is a body named for it: a club («مادرید», «هانوفر»),
            # a team, a municipality; never the city (judged dev and held-out links: 11 wrong, none right)
            return LinkResult(None, None, cands, {**refused, "unsupported": 1.0})
        if m.label == "PER" and top.type == "person" and not titled and self._named_before(surface, top, persons):
            # «جورج بوش پدر … بوش»: the father, most likely, not the son the bare name gives; but «سمیرا
            # مخملباف … مخملباف» may be her father: the document says "another", not who. (The given
            # names differ there, which ``_other_full_names`` reads; here they may not: «جورج»)
            return LinkResult(None, None, cands, refused)   # (as ``_other_full_names`` does)
        if m.label == "PER" and top.type == "person":
            support = 1.0 if titled else self._surname_support(surface, m, cands, top, doc, persons)
            if support is False:
                return LinkResult(None, None, cands, {**refused, "unsupported": 1.0})
            if support is not None:
                signals["surname_support"] = support
        return LinkResult(top, cands[0].score, cands, signals)

    def _weak_form(self, cand: Candidate) -> bool:
        """Whether ``cand`` was matched through one of its entity's weak aliases (a common word)."""
        key = compact_key(cand.alias)
        return any(compact_key(w) == key for w in self.gazetteer[cand.id].weak_aliases)

    def _club_named_for(self, surface: str) -> Candidate | None:
        """The one club the gazetteer names with the club head word before ``surface`` («باشگاه میلان»),
        or None (none, or several)."""
        club = default_data().kinds["club"]
        found = self._exactly_of_kind(f"{club.head} {surface}", club)
        return found[0] if len(found) == 1 else None

    def _exactly_of_kind(self, name: str, kind: Kind) -> list[Candidate]:
        """The candidates of ``kind`` that ``name`` names exactly, or as nearly as a generic head allows."""
        return [c for c in self.candidates(name, fuzzy=False)
                if c.similarity >= _GENERIC_SIMILARITY and kind.fits(self.gazetteer[c.id])]

    def _signed(self, surface: str, m: RawMention, doc: DocumentContext) -> LinkResult | None:
        """The news medium a name signing an item names (``ner_fa.signatures``: «.../ اعتماد» is the daily,
        «/ ایران» the newspaper), each medium scored as its full name is; None elsewhere."""
        if m.label != "ORG" or not signature_at(doc.text, m.start, m.end):
            return None
        ids = media_form(self.gazetteer, surface)
        cands = []
        for eid in ids:
            entity = self.gazetteer[eid]
            own = [c for c in self.candidates(entity.name_fa, "ORG", fuzzy=False) if c.id == eid]
            if own:
                cands.append(own[0].model_copy(update={"alias": surface}))
        if not cands:
            return None
        cands.sort(key=lambda c: (-c.score, c.id))
        return LinkResult(self.gazetteer[cands[0].id], cands[0].score, cands, {"signature": 1.0})

    def _of_kind(self, surface: str, cands: list[Candidate], kind: Kind, exclusive: bool) -> list[Candidate]:
        """The candidates of ``kind`` (``exclusive``: only those; else only the candidates of the kind's
        types must fit it: an organization after «تیم» is a club, but a country may stand for its team).
        A name of the kind found with the kind's head word in front («شهر» + «قدس», «باشگاه» + «سایپا»
        for «تیم سایپا») replaces them: it names the entity exactly."""
        words = spaced_key(surface).split()
        own_head = len(words) > 1 and words[0] in _HEAD_KEYS
        if own_head:
            words = words[1:]    # «تیم سایپا»: the name after the mention's own head word
            if len(words) > 1 and words[0] == _FOOTBALL:
                words = words[1:]    # «تیم فوتبال صبا»: and after the sport
        if kind.head and words[0] != compact_key(kind.head):
            exact = self._exactly_of_kind(f"{kind.head} {' '.join(words)}", kind)
            if not exact and own_head and not any(kind.fits(self.gazetteer[c.id]) for c in cands):
                # the name without its head, when the whole has no entity of the kind: «باشگاه صبا»,
                # «تیم فوتبال صبا» → the club «صبا» (Saba Qom)
                exact = self._exactly_of_kind(" ".join(words), kind)
            if exact:   # each with the better of its two scores («داماش» is «باشگاه داماش» too)
                mine = {c.id: c for c in cands}
                return sorted((max(c, mine.get(c.id, c), key=lambda x: x.score) for c in exact),
                              key=lambda c: (-c.score, c.id))
        # a country or a person after the head word is a genitive, not the kind: «استان ایران», a
        # province of Iran; «ولایت امیرالمؤمنین», the guardianship of Ali; so is a part of the world after
        # a player's role: «بهترین بازیکن آسیا», the best player of Asia
        return [c for c in cands if kind.fits(e := self.gazetteer[c.id]) or e.type in ("country", "person")
                or _WORLD_REGION.match(e.description) and e.type == "region" and e.country is None
                or not exclusive and e.type not in kind.types]

    def link_inside(self, text: str, outer_start: int, start: int, end: int, label: str | None) -> LinkResult:
        """A name found inside a longer mention (``text[start:end]``, the mention starting at
        ``outer_start``): :meth:`link`, read with the words before it inside the mention (cues.tsv):
        a ``kind`` cue makes it an entity of that kind or nothing («اداره کل جهاد کشاورزی استان
        سمنان»: the province; «شهرداری قدس»: the city; «باشگاه لیورپول»: the club), an ``expand``
        cue looks it up with its head first («استانداری همدان»: the province)."""
        surface = text[start:end]
        if not self.config.use_context:
            return self.link(surface, label)
        if in_expression(text, start, end):
            return LinkResult(None, None, [])
        data = default_data()
        before = cue_words(text[outer_start:start])
        cands = self.candidates(surface, label)
        head = _longest_cue(data.expand, before) or data.office_head(before)
        if head is not None and not compact_key(surface).startswith(compact_key(head)):
            longer = [c for c in self.candidates(f"{head} {surface}", label, fuzzy=False)
                      if c.similarity >= _GENERIC_SIMILARITY]
            if longer:
                cands = longer
        kind = data.kind_named(before, cue_words(surface), _HEAD_KEYS)
        if kind is not None:
            cands = self._of_kind(surface, cands, *kind)
        if cands and cands[0].score >= self.config.threshold:
            return LinkResult(self.gazetteer[cands[0].id], cands[0].score, cands)
        return LinkResult(None, None, cands)

    def _titled_surname(self, surface: str, m: RawMention, doc: DocumentContext) -> list[Candidate]:
        """A bare surname the gazetteer has no form for, after a title or with it («شهید مطهری»,
        ``titles.tsv``): the one gazetteer person whose Persian name ends with it and whose English
        name or description fits the title, as a candidate; none when no one or several fit."""
        hit = doc.title_before(m.start, spaced_key(surface).split())
        if hit is None:
            return []
        surname, fits = hit
        fitting = [e for eid in self._person_names().last.get(compact_key(surname), ())
                   if any(f in f"{(e := self.gazetteer[eid]).name} {e.description}".lower() for f in fits)]
        if len(fitting) != 1:
            return []
        e = fitting[0]
        return [Candidate(id=e.id, name=e.name, score=_TITLED_SIMILARITY, similarity=_TITLED_SIMILARITY,
                          alias=surname)]

    def _holy_name(self, surface: str, m: RawMention, doc: DocumentContext) -> list[Candidate]:
        """A bare given name right after «حضرت» or «امام», which the tagger leaves outside the span
        («حضرت فاطمه», «امام علی»): the person the gazetteer names with that title, exactly («حضرت فاطمه»,
        Fatimah; «حضرت علی», Ali ibn Abi Talib); none for another name. The title is for the holy and the
        Imams only: a given name after it is no one else. A holy honorific after the name does the same
        with either title («حسین (ع)», «زهرا (س)»: :mod:`ner_fa.honorifics`) when one person fits."""
        before = doc.before(m.start, 1)
        words = spaced_key(surface).split()
        if len(words) != 1:
            return []
        if before and before[0] in HOLY_TITLES:
            titles: Sequence[str] = before[:1]
        elif holy_honorific_after(doc.text, m.end) and not patronymic_before(before):
            titles = HOLY_TITLES    # «حسین (ع)», «زهرا (س)»: the one holy person of either title, or none
        else:
            return []
        found = [c for t in titles for c in self.candidates(f"{t} {surface}", "PER", fuzzy=False)
                 if c.similarity >= 1.0 and self.gazetteer[c.id].type == "person"]
        return found if len({c.id for c in found}) == 1 else []

    def _named_before(self, surface: str, top: GazetteerEntity, persons) -> bool:
        """For a one-word person mention that the gazetteer gives to ``top``: whether the document
        linked before another person whose name ends with that word (the surname of someone else named
        in full; not a father's name: «یزید بن معاویه» is no Muawiya: ``_person_names().last``), and not
        ``top`` itself."""
        if len(surface.split()) != 1 or any(entity.id == top.id for _, entity in persons):
            return False
        ending = self._person_names().last.get(compact_key(surface), frozenset())
        return any(entity.id in ending for _, entity in persons)

    def _surname_support(self, surface: str, m: RawMention, cands: list[Candidate], top: GazetteerEntity,
                         doc: DocumentContext, persons) -> float | None:
        """For a bare surname (one word that is not the person's full name): 1.0 when the document
        supports the link (the full name earlier, a role that fits, or a high prior with no namesake
        among the candidates), False when it does not; None for a full name."""
        cfg = self.config
        words = spaced_key(surface).split()
        if len(words) != 1 or compact_key(cands[0].alias) == compact_key(top.name_fa):
            return None
        if any(entity.id == top.id for _, entity in persons):
            return 1.0
        desc = f"{top.name} {top.description}".lower()
        roles = doc.roles_near(m.start, m.end)
        if roles:
            return 1.0 if any(any(f in desc for f in fits) for fits in roles) else False
        if cfg.surname_countries and top.country not in cfg.surname_countries:
            return None
        athlete, entertainer = doc.data.kinds.get("athlete"), doc.data.kinds.get("entertainer")
        sporting = athlete is not None and athlete.fits(top)
        given = {w[0] for f in (top.name_fa, *top.aliases) if len(w := spaced_key(f).split()) > 1}
        if (athlete is not None and sporting != doc.about_sport() and not doc.written_in_full(given, words[0])
                and (sporting or not doc.line_off_sport(m.start))):
            # «ترابی» in a text on schools is not the footballer, nor «منتظری» in a match report the
            # ayatollah: an athlete's bare surname names him in sports news only, anyone else's outside it
            # (a role next to it, checked above, or the full name in the text, says otherwise); but a line of its
            # own about something else, in a digest of posts, is not sports news («🔺روحانی در دیدار با …»)
            return False
        if (entertainer is not None and not sporting and entertainer.fits(top) and not doc.about_culture()
                and not doc.written_in_full(given, words[0])):
            # «علیخانی», a Tehran councillor, is not the television presenter: an entertainer's bare surname
            # names him in a text about film, television or music only
            return False
        rivals = [c for c in cands[1:] if self.gazetteer[c.id].type == "person"]
        if rivals or top.prior < cfg.surname_min_prior:
            return False
        return 0.5

    def calibrated(self, res: LinkResult, where: dict[str, float] | None = None) -> LinkResult:
        """The result with ``score`` read as a probability (:mod:`ner_fa.calibration`), unlinked
        (keeping its candidates) when it falls below ``min_probability``. ``where`` is what the
        caller knows of the mention in its document (:meth:`calibrate_document` computes it). A result
        calibrated already (it has ``features``) is returned as it is: its score is a probability."""
        if res.entity is None or res.features is not None:
            return res
        from .calibration import default_calibrator, features
        feats = features(res, self.gazetteer, where)
        calibrator = self.calibrator or default_calibrator()
        p = calibrator.probability(feats)
        cut = self.config.min_probability
        if p < (calibrator.threshold if cut is None else cut):
            return LinkResult(None, None, res.candidates, res.signals, feats)
        return LinkResult(res.entity, round(p, 4), res.candidates, res.signals, feats)

    def calibrate_document(self, text: str,
                           items: Sequence[tuple[RawMention, LinkResult, str]]) -> list[LinkResult]:
        """:meth:`calibrated` for every link of one document at once, with what the document says of
        each (:func:`ner_fa.link_signals.document_signals`): ``items`` are ``(mention, raw result,
        origin)``, the origin being the mention's source (``tagger``, ``gazetteer``, ``context``) or
        ``nested`` / ``office`` for a name found inside another mention."""
        from .link_signals import document_signals
        wheres = document_signals(text, items, self.gazetteer, use_context=self.config.use_context)
        return [self.calibrated(r, where) for (_, r, _), where in zip(items, wheres, strict=True)]

    def _from_context(self, surface: str, m: RawMention, persons, previous: Sequence[RawMention],
                      prev_results: Sequence[LinkResult], text: str) -> LinkResult | None:
        words = spaced_key(surface).split()
        if words and m.label == "PER":
            # one word written alone is a whole word of the name, not a part of one joined by a ZWNJ:
            # «محمدی» is no later form of «گل‌محمدی» (the spaced keys split it)
            single = compact_key(surface) if len(surface.split()) == 1 else None
            for known, entity in reversed(persons):
                if (single in known.whole) if single else all(w in known.spaced for w in words):
                    return self._later_form(entity, surface)
        # «... (CSTO)»: an acronym in parentheses right after a linked mention.
        if previous and prev_results and prev_results[-1].entity is not None:
            gap = text[previous[-1].end:m.start]
            after = text[m.end:m.end + 2].lstrip()
            prev = prev_results[-1]
            # an organization's acronym is no place's: «لیگ حرفه‌ای بسکتبال آمریکا (NBA)» is not the United
            # States, the last name linked before it (the tagger's other labels of acronyms are no guide:
            # «خبرگزاری کویت (کونا)», KUNA, comes tagged PER)
            fits = m.label != "ORG" or prev.entity.type == "organization"
            if gap.strip() in ("(", "(«", "«") and after.startswith(")") and _looks_like_acronym(surface) and fits:
                cand = Candidate(id=prev.entity.id, name=prev.entity.name, score=prev.score,
                                 similarity=0.9, alias=surface)
                return LinkResult(prev.entity, prev.score, [cand], {"context": 1.0})
        return None


def _kind_fits(doc: DocumentContext, text: str, m: RawMention, entity: GazetteerEntity) -> bool:
    """Whether the kind the words before a mention name («سرمربی», «تیم») fits ``entity``."""
    kind = doc.kind_named(m.start, text[m.start:m.end], _HEAD_KEYS, m.label)
    return kind is not None and kind[0].fits(entity)


def _words_agree(mention_words: list[str], alias_words: list[str]) -> bool:
    """A fuzzy match of names with the same number of words must match word by word."""
    if len(alias_words) != len(mention_words) or len(alias_words) < 2:
        return True
    return all(fuzz.ratio(a, b) >= _MIN_WORD_SIMILARITY for a, b in zip(mention_words, alias_words))


# Letters Persian pronounces alike (ث ص → س, ذ ض ظ → ز, ط → ت, ح → ه, غ → ق). «ع» is not
# folded: «سعید» / «سید» and «جامعی» / «جامی» are other names.
_SOUND_FOLD = str.maketrans({"ث": "س", "ص": "س", "ذ": "ز", "ض": "ز", "ظ": "ز", "ط": "ت", "ح": "ه",
                             "غ": "ق"})


def sound_skeleton(key: str) -> str:
    """The consonant skeleton of ``key`` with letters pronounced alike folded together:
    «طاهری», «تاهری» and «تاهیری» share one."""
    return skeleton(key.translate(_SOUND_FOLD))


def _slip_in_a_long_word(mention_words: list[str], alias_words: list[str]) -> bool:
    """The names differ in one edit of one word of 7 letters or more, their other words
    being the same («خبرگزای فارس» / «خبرگزاری فارس»): a typing slip, not another name."""
    if len(alias_words) != len(mention_words) or len(alias_words) < 2:
        return False
    diff = [(a, b) for a, b in zip(mention_words, alias_words) if a != b]
    return len(diff) == 1 and max(map(len, diff[0])) >= 7 and OSA.distance(*diff[0]) == 1


def _swapped(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring letters swapped (a typing slip)."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _skeleton_words_agree(mention_words: list[str], alias_words: list[str], ratio: float) -> bool:
    """A same-skeleton match keeps the words: each word has the skeleton of its counterpart
    when the counts are equal (ژامرت / ژومارت), else (a lost space or ZWNJ) the whole is a
    close spelling."""
    if len(alias_words) == len(mention_words):
        # each word that differs must also be a close spelling of its own: a shared head word does not
        # lend its letters («باشگاه الاهلی» is no «باشگاه الهلال», though the skeletons agree)
        return all(a == b or skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3
                   and fuzz.ratio(a, b) / 100 >= _MIN_SKELETON_RATIO
                   for a, b in zip(mention_words, alias_words))
    if len(mention_words) == 1:   # one word for several, a vowel letter apart: «علیرضایی» is no «علیرضا آوایی»
        return ratio >= _MIN_JOINED_SKELETON_RATIO
    return ratio >= _MIN_RESPACED_SKELETON_RATIO


def _word_sounds_agree(mention_words: list[str], alias_words: list[str]) -> bool:
    """With as many words, each word keeps its sound skeleton or is its counterpart with two
    letters swapped (skeletons of the joined words would merge a letter doubled across a word
    boundary: «شرکت تروند» and «شرکت رند» share «شرکترند»)."""
    if len(alias_words) != len(mention_words):
        return True
    return all(a == b or sound_skeleton(a) == sound_skeleton(b) or _swapped(a, b)
               for a, b in zip(mention_words, alias_words))


def _initial_vowel_differs(mention_words: list[str], alias_words: list[str]) -> bool:
    """One name has a word beginning with a vowel (written «ا» or «آ») where the other's word begins
    with the consonant after it: a syllable more, another name, not a spelling variant («امیر کاظمی»
    / «میرکاظمی», «افغانی» / «فغانی», «امیرحسین» / «میرحسین»; scripts/link_precision_audit.py).
    Words are compared pairwise when the counts agree, else the first word only."""
    pairs = zip(mention_words, alias_words) if len(mention_words) == len(alias_words) \
        else [(mention_words[0], alias_words[0])] if mention_words and alias_words else []
    return any((a[:1] in "اآ") != (b[:1] in "اآ") for a, b in pairs if a and b)


def _contains(a: str, b: str) -> bool:
    """One key is inside the other with two or more letters around it: another word
    (گلستان in انگلستان), not a spelling variant."""
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) >= 2 and short in long_


#: endings of Iranian family names: a name with one of them is no vowel variant of a name without it
#: («مرادنیا» is no «مارادونا», «نصیرنیا» no «نصیریان», though their consonants agree)
_SURNAME_ENDINGS = ("نیا", "زاده", "پور", "نژاد", "کیا", "یان", "وند", "منش", "دوست")


def _surname_ending_differs(a: str, b: str) -> bool:
    """Whether the keys end with different family-name endings (or one has one and the other none)."""
    def ending(k: str) -> str:
        return next((e for e in _SURNAME_ENDINGS if k.endswith(e) and len(k) > len(e) + 1), "")
    return ending(a) != ending(b)


def _suffix_variant(a: str, b: str) -> bool:
    """One key is the other with «ی» or «ای» added at the end."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short):] in ("ی", "ای", "یی")


def _looks_like_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return 2 <= len(letters) <= 8 and (all(c.isupper() for c in letters if c.isascii()) or len(letters) <= 5)


@dataclass(frozen=True)
class _PersonNames:
    """Match keys of the words of the gazetteer's Persian person names of two words or more."""

    given: frozenset[str]                  # first words, titles cut: its given names
    words: dict[str, frozenset[str]]       # each word, titles cut -> the people whose names have it
    last: dict[str, frozenset[str]]        # last words -> the people whose names end with it


def _untitled(word: str) -> str:
    """A match-key word without a title it starts with («سیدمحمدباقر» → «محمدباقر»)."""
    for t in TITLE_KEYS:
        if word.startswith(t) and len(word) > len(t):
            return word[len(t):]
    return word


def _all_titles(word: str) -> bool:
    """Whether a match-key word is made of person titles only («سید», «سیدمحمد» is not)."""
    while word:
        t = next((t for t in TITLE_KEYS if word.startswith(t)), None)
        if t is None:
            return False
        word = word[len(t):]
    return True


_LATIN = re.compile(r"[A-Za-z]")
_FUNCTION_WORDS_PATH = Path(__file__).resolve().parent / "linking_data" / "function_words.tsv"


def _function_words() -> frozenset[str]:
    """Match keys of ``linking_data/function_words.tsv`` (prepositions, conjunctions, small numbers)."""
    global _FUNCTION_WORDS
    if _FUNCTION_WORDS is None:
        lines = _FUNCTION_WORDS_PATH.read_text(encoding="utf-8").splitlines()
        _FUNCTION_WORDS = frozenset(k for line in lines if not line.startswith("#") and (k := compact_key(line)))
    return _FUNCTION_WORDS


_FUNCTION_WORDS: frozenset[str] | None = None


def _a_short_place_name(key: str, entity: GazetteerEntity) -> bool:
    """Whether a name key too short for the matcher («قم», «بم») is a place's name that is nearly always a
    name: nine in ten of its occurrences in the NER corpora inside a name («رم», «کن», «چک» are words too)."""
    return (len(key) >= 2 and entity.type in PLACE_TYPES and not entity.tagged_only
            and default_words().signals(key)["name_share"] >= 0.9)


class AliasMatcher:
    """Finds gazetteer surface forms in tokenized text (longest match first).

    Only names, aliases and acronyms are matched — never demonyms, English names,
    stoplisted common words or keys shorter than ``matcher_min_chars`` — and an
    acronym only when written exactly as in the gazetteer. A match over several
    tokens with a function word among them («به شهر», to the city) needs a name of
    the entity that has that word as a word of its own: compact keys ignore spaces,
    and «به شهر» is no «بهشهر» (``linking_data/function_words.tsv``).
    """

    def __init__(self, gazetteer: Gazetteer, config: LinkerConfig | None = None) -> None:
        self.gazetteer = gazetteer
        self.config = config or LinkerConfig()
        self._acronyms: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self._short: dict[str, str] = {}   # the shorter place names, found inside a longer mention only
        for key, aliases in gazetteer.keys.items():
            for a in aliases:
                if a.kind == "acronym":
                    self._acronyms.setdefault(a.text, a.entity_id)
                elif a.kind in ("name", "alias") and len(key) >= self.config.matcher_min_chars \
                        and key not in MATCHER_STOPLIST:
                    self._keys.setdefault(key, a.entity_id)
                elif a.kind == "name" and key not in MATCHER_STOPLIST and _a_short_place_name(key, gazetteer[a.entity_id]):
                    self._short.setdefault(key, a.entity_id)

    def find(self, tokens: Sequence[Token], blocked: Sequence[bool], *,
             max_tokens: int | None = None, acronyms: bool = True, inside: bool = False) -> list[RawMention]:
        """Mentions over tokens not ``blocked`` (already inside a mention), each at most
        ``max_tokens`` tokens long (default: the config's ``matcher_max_tokens``); with
        ``acronyms=False`` no Latin acronym but one in parentheses after a name («سازمان معاهده
        امنیت جمعی (CSTO)»): «USB», «ISI» in running text are mostly technical terms, not the
        University of Sistan and Baluchestan or Pakistan's intelligence service. ``inside``: the tokens are
        those of a longer mention, where a place name shorter than ``matcher_min_chars`` is one too
        («سالن شهید حیدریان قم», «شهر مقدس قم»: :func:`_a_short_place_name`)."""
        out: list[RawMention] = []
        keys = [compact_key(t.text) for t in tokens]
        i, n = 0, len(tokens)
        max_n = min(self.config.matcher_max_tokens, max_tokens or self.config.matcher_max_tokens)
        while i < n:
            match = None
            if not blocked[i] and keys[i]:
                for j in range(min(n, i + max_n), i, -1):
                    if any(blocked[i:j]) or not all(keys[i:j]):
                        continue
                    if j - i == 1 and tokens[i].text in self._acronyms and (
                            acronyms or not _LATIN.search(tokens[i].text)
                            or i > 0 and tokens[i - 1].text in ("(", "[")):   # «… جمعی (CSTO)»
                        match = (j, self._acronyms[tokens[i].text])
                        break
                    key = "".join(keys[i:j])
                    if key in self._keys and self._spelled_apart(keys[i:j], key):
                        match = (j, self._keys[key])
                        break
                    if inside and j - i == 1 and key in self._short:
                        match = (j, self._short[key])
                        break
            if match:
                j, entity_id = match
                label = TYPE_LABEL[self.gazetteer[entity_id].type]
                out.append(RawMention(tokens[i].start, tokens[j - 1].end, label, "gazetteer", i, j))
                i = j
            else:
                i += 1
        return out

    def _spelled_apart(self, token_keys: Sequence[str], key: str) -> bool:
        """Whether tokens that spell ``key`` are its name and not words that happen to spell it:
        a function word among several tokens must be a word of a name of the matched entity."""
        if len(token_keys) < 2:
            return True
        function = [k for k in token_keys if k in _function_words()]
        if not function:
            return True
        entity_id = self._keys[key]
        words = {w for a in self.gazetteer.lookup_key(key) if a.entity_id == entity_id
                 for w in spaced_key(a.text).split()}
        return all(compact_key(w) in words or w in words for w in function)
