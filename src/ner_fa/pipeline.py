"""The pipeline: text → normalize → tokenize → tag → link → :class:`Document`.

>>> import ner_fa
>>> doc = ner_fa.extract("سعید خطیب‌زاده سخنگوی وزارت امور خارجه ایران گفت.")   # doctest: +SKIP
>>> [(m.text, m.label, m.entity.id if m.entity else None) for m in doc.mentions]  # doctest: +SKIP

:func:`extract` uses one default :class:`Pipeline` (the shipped model and
gazetteer), built on first use and cached; build your own ``Pipeline`` to use
another model, gazetteer or linker settings.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from .batch import CHUNK_CHARS, DEFAULT_BATCH_SIZE, check_positive, iter_documents, pipe_processes
from .chains import club_and_country, coordinated, place_chain
from .context import (
    DocumentContext,
    another_countrys,
    default_data,
    facility_location,
    nested_plausible,
    place_in_country,
    refers_back_to_a_country,
    splits_into,
)
from .epithets import is_epithet
from .free_forms import free_forms
from .gazetteer import PLACE_TYPES, Gazetteer, GazetteerEntity, default_gazetteer
from .honorifics import holy_mentions
from .linker import GENERIC_HEADS, TITLE_KEYS, TYPE_LABEL, AliasMatcher, Linker, LinkerConfig, LinkResult, RawMention
from .models import Candidate, Document, Mention
from .normalize import compact_key, spaced_key
from .office_holder import office_mentions
from .signatures import media_form, signature_at, signature_mentions
from .span_repair import HARAKAT, SpanRepair, nil_short_forms
from .tagger import StanzaTagger, Tagger
from .tokenize import Sentence, Token
from .web_text import lower_latin_word, outside_names

#: first words of a person's name that make it a title and a given name or epithet, not a surname: the
#: last word alone is no later short form («زمان» of «امام زمان» is time, «رضا» of «امام رضا» anyone).
#: Not «حضرت»: «زینب» after «حضرت زینب» is she (news dev set)
_TITLED_NAMES = frozenset({compact_key("امام")})
#: what joins the two ends of a road in its name («کرج-تهران», «شهداد – نهبندان»)
_DASHES = frozenset({"-", "–", "—", "_"})

__all__ = ["Pipeline", "default_pipeline", "extract"]


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"expected the document text as str, got {type(text).__name__}{hint}")
    return text


class Pipeline:
    """Finds and links the people, locations and organizations of Persian texts.

    >>> nlp = Pipeline()                      # shipped model and gazetteer   # doctest: +SKIP
    >>> doc = nlp("...")                      # a Document                  # doctest: +SKIP
    >>> docs = list(nlp.pipe(texts))          # many texts, batched          # doctest: +SKIP

    ``tagger`` is any :class:`~ner_fa.tagger.Tagger`; without it a
    :class:`~ner_fa.tagger.StanzaTagger` is built from ``model_dir`` (a directory
    with ``model.json``) or ``stanza_dir``/``package`` (Stanza's official
    models), or the shipped model. The model loads on first use. ``num_threads`` is
    the tagger's torch thread count (default ``$NER_FA_NUM_THREADS``, else 1; see
    :mod:`ner_fa.threads`).

    Sentences in Arabic rather than Persian (:func:`~ner_fa.tokenize.looks_arabic`) are
    not given to the tagger, which would invent names in them; gazetteer matching still
    runs there. Set ``skip_arabic = False`` on a pipeline to tag them anyway.
    """

    skip_arabic: bool = True

    def __init__(self, *, tagger: Tagger | None = None, gazetteer: Gazetteer | None = None,
                 config: LinkerConfig | None = None, model_dir: str | os.PathLike | None = None,
                 stanza_dir: str | os.PathLike | None = None, package: str | None = None,
                 num_threads: int | None = None) -> None:
        if tagger is not None and (model_dir is not None or stanza_dir is not None or package is not None
                                   or num_threads is not None):
            raise ValueError("pass either tagger= or model_dir=/stanza_dir=/package=/num_threads=, not both")
        if tagger is not None and not isinstance(tagger, Tagger):
            raise TypeError(f"tagger must have a .tag(sentences) method and a .name, got {type(tagger).__name__}")
        if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
            raise TypeError(f"gazetteer must be a ner_fa.Gazetteer, got {type(gazetteer).__name__}")
        if config is not None and not isinstance(config, LinkerConfig):
            raise TypeError(f"config must be a ner_fa.LinkerConfig, got {type(config).__name__}")
        self.tagger: Tagger = tagger or StanzaTagger(model_dir, stanza_dir=stanza_dir, package=package,
                                                     num_threads=num_threads)
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.config = config or LinkerConfig()
        self.linker = Linker(self.gazetteer, self.config)
        self.matcher = AliasMatcher(self.gazetteer, self.config)
        self.span_repair = SpanRepair(self.matcher)
        self._heads: frozenset[str] | None = None     # _org_heads, built on first use

    def __call__(self, text: str) -> Document:
        return self.extract(text)

    def extract(self, text: str) -> Document:
        """Mentions of one text, linked to the gazetteer."""
        return next(iter_documents(self, [_check_text(text)]))

    def pipe(self, texts: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE, n_process: int = 1,
             chunk_chars: int = CHUNK_CHARS) -> Iterator[Document]:
        """Documents for many texts, lazily and in input order.

        The sentences of many texts go into each tagger call, ``batch_size`` sentences at a
        time, sorted by length; memory stays bounded for any number of texts. Texts longer
        than ``chunk_chars`` characters are processed in overlapping chunks (offsets still
        index the text). ``n_process > 1`` forks that many worker processes, which inherit
        this pipeline (gazetteer index and, if loaded, the model) copy-on-write. See
        :mod:`ner_fa.batch`.
        """
        if isinstance(texts, str):
            raise TypeError("pipe() expects an iterable of texts; for one text use extract()")
        check_positive("batch_size", batch_size)
        check_positive("n_process", n_process)
        check_positive("chunk_chars", chunk_chars)
        if n_process > 1:
            return pipe_processes(self, texts, n_process=n_process, batch_size=batch_size, chunk_chars=chunk_chars)
        return iter_documents(self, texts, batch_size=batch_size, chunk_chars=chunk_chars)

    # -- internals ------------------------------------------------------
    def _signs(self, text: str, m: RawMention) -> bool:
        """Whether a mention is a news medium's name signing an item (``ner_fa.signatures``)."""
        return signature_at(text, m.start, m.end) and bool(media_form(self.gazetteer, text[m.start:m.end]))

    def _document(self, text: str, tokens: list[Token], sentences: list[Sentence],
                  tags: list[list[str]]) -> Document:
        raw = _tagger_mentions(tokens, sentences, tags)
        cut: dict[tuple[int, int], RawMention] = {}   # a span cut by span repair → the tagger's span
        repair = self.config.match_gazetteer and self.config.span_repair
        if self.config.match_gazetteer:
            raw = self._repair_boundaries(tokens, raw)
            if repair:
                raw, cut = self.span_repair.repair(tokens, sentences, raw)
            if self.config.fill_gaps:
                # free text outside the tagger's spans: no Latin acronyms (2 wrong, 0 right on the news dev set)
                found = self.matcher.find(tokens, _blocked(len(tokens), raw), acronyms=False)
                if repair:
                    found = [m for m in found if self.span_repair.keep_match(tokens, m)]
                raw = sorted(raw + found, key=lambda m: m.start)
                # weak aliases that are names in running text: «مجلس», «آژانس» in nuclear news
                free = [RawMention(tokens[i].start, tokens[i].end, TYPE_LABEL.get(self.gazetteer[eid].type, "ORG"),
                                   "gazetteer", i, i + 1)
                        for i, eid in free_forms(tokens, _blocked(len(tokens), raw), self.gazetteer)]
                if free:
                    raw = sorted(raw + free, key=lambda m: m.start)
                # a news source signing an item, «.../ اعتماد @channel», and a signing name the tagger did tag
                # («/ ایران» as a place): an organization's name, the linker restricts it to the news media
                signed = [RawMention(tokens[i].start, tokens[j - 1].end, "ORG", "gazetteer", i, j)
                          for i, j in signature_mentions(text, tokens, _blocked(len(tokens), raw), self.gazetteer)]
                raw = sorted([dataclasses.replace(m, label="ORG") if m.label != "ORG" and self._signs(text, m) else m
                              for m in raw] + signed, key=lambda m: m.start)
                # a holy person's bare given name with an honorific the tagger missed: «حرم مطهر علی (ع)»
                # (not a street's or a hospital's eponym: «خیابان ولیعصر (عج)»)
                holy = [RawMention(tokens[i].start, tokens[i].end, "PER", "gazetteer", i, i + 1)
                        for i, _ in holy_mentions(text, tokens, _blocked(len(tokens), raw), self.gazetteer)]
                holy = [m for m in holy if not repair or self.span_repair.keep_match(tokens, m)]
                if holy:
                    raw = sorted(raw + holy, key=lambda m: m.start)
        # «وزیر امور خارجه ایتالیا» names Italy; the «کشور» of «وزیر کشور» no body
        offices: set[tuple[int, int]] = set()
        if self.config.match_gazetteer:
            raw, offices = office_mentions(text, tokens, raw, default_data().holders, self._is_body,
                                           lambda s, e: self._country_at(text, s, e) is not None)
        # every link is made first with its raw score, then all are calibrated together
        # (Linker.calibrate_document), knowing the document's other links
        results = self.linker.link_document(text, raw, calibrate=False)
        if offices:
            results = [LinkResult(None, None, r.candidates, r.signals) if (m.start, m.end) in offices else r
                       for m, r in zip(raw, results)]
        if cut:
            results = [self.span_repair.relink(text, self.linker, cut[(m.start, m.end)], r)
                       if (m.start, m.end) in cut else r for m, r in zip(raw, results)]
        extra: list[tuple[RawMention, LinkResult]] = []
        if self.config.use_context and self.config.short_forms:
            extra = self._short_forms(tokens, raw, results)
        if self.config.use_context and self.config.nil_short_forms:
            extra += nil_short_forms(tokens, raw, results, [m for m, _ in extra], self.gazetteer)
        if extra:
            pairs = sorted(list(zip(raw, results)) + extra, key=lambda p: p[0].start)
            raw, results = [p[0] for p in pairs], [p[1] for p in pairs]
        # «وزارت دفاع» + «ارمنستان» as two mentions: not Iran's ministry, nor the ministry inside it
        foreign: dict[int, str] = {}
        for k in range(len(results) - 1):
            r, nxt = results[k], results[k + 1]
            if r.entity is not None and another_countrys(text, raw[k], r.entity, raw[k + 1], nxt.entity):
                results[k] = LinkResult(None, None, r.candidates, r.signals)
                foreign[k] = r.entity.country or ""
        # «فدراسیون فوتبال این کشور» after «اروگوئه»: the body of the country named last, not Iran's that the
        # short name links to; «کنگره این کشور» after «آمریکا» stays the US Congress
        last_country = None
        for k, (m, r) in enumerate(zip(raw, results)):
            if r.entity is None:
                continue
            if r.entity.type == "country":
                last_country = r.entity.country
            elif (k not in foreign and last_country and r.entity.country != last_country
                  and refers_back_to_a_country(text, m.end, r.entity)):
                results[k] = LinkResult(None, None, r.candidates, r.signals)
        # «تیم ملی فوتبال» + «مالی», the country no mention: Mali's national team, not Iran's
        starts = [t.start for t in tokens]
        for k, (m, r) in enumerate(zip(raw, results)):
            if k in foreign or r.entity is None or not _national_team(r.entity):
                continue
            i = bisect_left(starts, m.end)
            after = tokens[i] if i < len(tokens) else None
            if (after is not None and not text[m.end:after.start].strip()
                    and not any(n.start <= after.start < n.end for n in raw)
                    and (place := self._country_at(text, after.start, after.end)) is not None
                    and self.gazetteer[place.entity.id].country != r.entity.country):
                results[k] = LinkResult(None, None, r.candidates, r.signals)
        people = frozenset(r.entity.id for r in results if r.entity is not None and r.entity.type == "person")
        inner = [self._nested(text, tokens, m, r, people) for m, r in zip(raw, results)]
        for k, country in foreign.items():
            inner[k] = [i for i in inner[k] if i[1].entity is None or i[1].entity.country != country]
        items = [(m, r, m.source) for m, r in zip(raw, results)]
        items += [item for found in inner for item in found]
        calibrated = iter(self.linker.calibrate_document(text, items))
        final = [next(calibrated) for _ in raw]
        mentions: list[Mention] = []
        for m, r, found, c in zip(raw, results, inner, final):
            parts = [_mention(text, n, next(calibrated)) for n, _, _ in found]
            if not self.config.epithets and is_epithet(text[m.start:m.end]):
                continue    # «مقام معظم رهبری» describes the Leader; PEYMA, NSURL and the news sets mark no name there
            whole = self.config.split_unlinked and r.entity is None and m.source == "tagger"
            if whole and splits_into(text, m, [_mention(text, n, nr) for n, nr, _ in found]):
                # «سواحل موزامبیک» → «موزامبیک»; «توکیو پکن» → «توکیو», «پکن» (unlinked when below min_probability)
                mentions.extend(parts)
            elif whole and (place := _with_head(text, tokens, m, facility_location(text, m, parts))) is not None:
                # «بیمارستان امام سجاد کرمانشاه» → «کرمانشاه»; «سایت فیفا» → «فیفا»; «آزادراه کرج-تهران» → both
                mentions.extend(_joined_before(text, parts, place))
            elif whole and (pieces := place_in_country(
                    text, m, parts, lambda i: self.gazetteer[i].country, GENERIC_HEADS,
                    lambda s, e: self._country_at(text, s, e))) is not None:
                # «دوحه قطر» → «دوحه», «قطر»; «پنانگ مالزی» → «پنانگ» (unlinked), «مالزی»
                mentions.extend(_piece(text, m, s, e, name) for s, e, name in pieces)
            elif m.source == "tagger" and (pieces := self._body_and_country(text, tokens, m, c)) is not None:
                # «گالاتاسرای ترکیه», linked through its country: the club and the country, two names
                mentions.extend(pieces)
            elif whole and (pieces := self._chain(text, m, parts)) is not None:
                # «کمیته امداد و بهزیستی», «روستای مولان آباد سقز», «الفیصلی اردن»: two things, one span
                mentions.extend(_piece(text, m, s, e, name) for s, e, name in pieces)
            elif c.entity is None and r.entity is not None and m.source != "tagger":
                continue    # a gazetteer or short-form find below min_probability: only its link made it a name
            elif c.entity is None and lower_latin_word(text[m.start:m.end]):
                continue    # «evand», «html»: a handle's or a link's piece (ner_fa.web_text); a linked «wto» stays
            else:   # a tagger span below min_probability stays a mention, unlinked, with its candidates
                mentions.append(_mention(text, m, c, tuple(p for p in parts if p.entity is not None)))
        return Document(text=text, mentions=tuple(mentions))

    def _chain(self, text: str, m: RawMention, parts: list[Mention]) -> list[tuple[int, int, Mention | None]] | None:
        """The pieces of an unlinked tagger span that holds a name with its neighbour (:mod:`ner_fa.chains`)."""
        heads = self._org_heads()
        table = default_data().facility
        return (coordinated(text, m, parts)
                or place_chain(text, m, parts, heads, lambda w: any(tuple(w[:n]) in table for n in (1, 2, 3)))
                or club_and_country(text, m, parts, heads,
                                    lambda: DocumentContext(default_data(), text).about_sport()))

    def _org_heads(self) -> frozenset[str]:
        """Head words of organizations' names, built once: the generic heads of organizations («باشگاه»),
        the span repair's institution words, and the first word of three or more of the gazetteer's
        organizations' multi-word names («فدراسیون», «دولت», «پلیس»)."""
        heads = self._heads
        if heads is None:
            firsts: dict[str, int] = {}
            for e in self.gazetteer:
                if e.type == "organization":
                    for w in {words[0] for n in (e.name_fa, *e.aliases) if len(words := spaced_key(n).split()) > 1}:
                        firsts[w] = firsts.get(w, 0) + 1
            institution = {spaced_key(" ".join(ws)).split()[0] for by_label in self.span_repair.rules.institutions.values()
                           for ws in by_label if spaced_key(" ".join(ws)).split()}
            generic = {w for w, types in GENERIC_HEADS.items() if "organization" in types}
            heads = self._heads = frozenset(generic | institution | {w for w, n in firsts.items() if n >= 3})
        return heads

    def _body_and_country(self, text: str, tokens: list[Token], m: RawMention, res: LinkResult) -> list[Mention] | None:
        """An organization's mention linked by its name and its own country after it (the linker's
        country qualifier: «گالاتاسرای ترکیه», «حشدالشعبی عراق») as two mentions, the body and the
        country, as a span joined by the tagger is split when unlinked (``context.splits_into``). A
        name that holds its country («وزارت امور خارجه ایران») stays one mention."""
        entity = res.entity
        if (entity is None or entity.type != "organization" or m.token_end - m.token_start < 2
                or any(a.entity_id == entity.id for a in self.gazetteer.lookup(text[m.start:m.end]))):
            return None
        for n in (1, 2):
            if m.token_end - n <= m.token_start:
                return None
            country = self._country_at(text, tokens[m.token_end - n].start, m.end)
            if country is None or self.gazetteer[country.entity.id].country != entity.country:
                continue
            body_end = tokens[m.token_end - n - 1].end
            if not any(a.entity_id == entity.id for a in self.gazetteer.lookup(text[m.start:body_end])):
                return None
            return [_mention(text, RawMention(m.start, body_end, m.label, m.source, m.token_start,
                                              m.token_end - n), res), country]
        return None

    def _country_at(self, text: str, start: int, end: int) -> Mention | None:
        """``text[start:end]`` as a country's exact name, linked and calibrated, or None."""
        res = self.linker.link(text[start:end], "LOC")
        if res.entity is None or res.entity.type != "country" or res.candidates[0].similarity < 1.0:
            return None
        res = self.linker.calibrated(res)
        return _mention(text, RawMention(start, end, "LOC", "gazetteer"), res) if res.entity is not None else None

    def _repair_boundaries(self, tokens: list[Token], raw: list[RawMention]) -> list[RawMention]:
        """Extend a tagger span by up to ``boundary_repair_tokens`` tokens when a gazetteer name
        overlaps it and ends (or starts) just outside it: «سازمان پیمان امنیت» + «جمعی»."""
        limit = self.config.boundary_repair_tokens
        if not raw or limit == 0:
            return raw
        matches = self.matcher.find(tokens, [False] * len(tokens))
        if not matches:
            return raw
        keys = [compact_key(t.text) for t in tokens]
        owner = [-1] * len(tokens)
        for k, m in enumerate(raw):
            for i in range(m.token_start, m.token_end):
                owner[i] = k
        out = []
        for k, m in enumerate(raw):
            start, end, label = m.token_start, m.token_end, m.label
            for a in matches:
                if a.token_end <= start or a.token_start >= end:
                    continue
                s, e = min(start, a.token_start), max(end, a.token_end)
                while s < start and keys[s] in TITLE_KEYS:
                    s += 1  # a title before a name stays out of the span («شیخ» + «عیسی قاسم»)
                extra = list(range(s, start)) + list(range(end, e))
                if 0 < len(extra) <= limit and all(owner[i] in (-1, k) for i in extra):
                    start, end = s, e
                    # the span is now that name: its label («تبریز» LOC + «شهرداری» → «شهرداری تبریز» ORG)
                    label = a.label if (s, e) == (a.token_start, a.token_end) else label
            if (start, end) != (m.token_start, m.token_end):
                for i in range(start, end):
                    owner[i] = k
                m = RawMention(tokens[start].start, tokens[end - 1].end, label, m.source, start, end)
            out.append(m)
        return out

    def _nested(self, text: str, tokens: list[Token], m: RawMention, r: LinkResult,
                people: frozenset[str] = frozenset()) -> list[tuple[RawMention, LinkResult, str]]:
        """Linked gazetteer names inside a multi-word mention (the country in a ministry's name),
        as ``(mention, raw result, "nested" or "office")`` for :meth:`Linker.calibrate_document`.

        When the mention is linked, a name it starts with is not one: the mention is a longer
        name that begins with it («آژانس بین‌المللی انرژی» in «آژانس بین‌المللی انرژی اتمی»,
        «روسیه» in «روسیه سفید»)."""
        if m.token_end - m.token_start < 2 or not self.config.match_gazetteer:
            return []
        inner = tokens[m.token_start:m.token_end]
        out: list[tuple[RawMention, LinkResult, str]] = []
        for n in self.matcher.find(inner, [False] * len(inner), max_tokens=len(inner) - 1, inside=True):
            if n.label not in self.config.link_labels or (r.entity is not None and n.start == m.start):
                continue
            res = self.linker.link_inside(text, m.start, n.start, n.end, n.label)
            if res.entity is None or (r.entity is not None and res.entity.id == r.entity.id):
                continue
            if not nested_plausible(text, m, r.entity, n, res.entity):
                continue
            if res.entity.type == "person" and res.entity.id not in people and _bare_surname(res):
                continue   # «جنتی» inside «فرهنگ و ارشاد اسلامی جنتی»: a surname alone needs the person named

            # span repair may have cut characters off the mention's last token («بارسای» → «بارسا»):
            # a name found on the whole token is kept to the mention's own text
            start, end = max(n.start, m.start), min(n.end, m.end)
            if start >= end or (start, end) == (m.start, m.end):
                continue
            out.append((RawMention(start, end, n.label, "gazetteer"), res, "nested"))
        # «وزارت بهداشت افغانستان»: a body of another country than the one its short name links to
        out = [i for i in out if not any(another_countrys(text, i[0], i[1].entity, j[0], j[1].entity)
                                         for j in out if j is not i)]
        office = self._office(text, tokens, m, r) if m.token_end - m.token_start >= 2 else None
        if office is not None:
            o = office[0]
            out = [office] + [i for i in out if i[0].end <= o.start or i[0].start >= o.end]
        return out

    def _office(self, text: str, tokens: list[Token], m: RawMention,
                r: LinkResult) -> tuple[RawMention, LinkResult, str] | None:
        """The body inside an unlinked office: «وزیر بهداشت» (the minister, a person) holds the
        ministry «بهداشت», looked up as «وزارت بهداشت» (cues.tsv ``expand``); never a person."""
        if r.entity is not None or "ORG" not in self.config.link_labels:
            return None
        head = default_data().expand.get((compact_key(tokens[m.token_start].text),))
        rest = tokens[m.token_start + 1:m.token_end]
        if head is None or not rest or rest[0].start >= m.end:
            return None
        res = self._body(f"{head} {text[rest[0].start:m.end]}")
        if res is None:
            return None
        return RawMention(rest[0].start, m.end, "ORG", "gazetteer"), res, "office"

    def _body(self, form: str) -> LinkResult | None:
        """``form`` («وزارت بهداشت») linked to an organization by its name, or None."""
        res = self.linker.link(form, "ORG")
        if res.entity is None or res.entity.type != "organization" or res.candidates[0].similarity < 0.97:
            return None
        return res

    def _is_body(self, form: str) -> bool:
        return self._body(form) is not None

    def _short_forms(self, tokens: list[Token], raw: list[RawMention],
                     results: list[LinkResult]) -> list[tuple[RawMention, LinkResult]]:
        """Later one-word mentions of persons linked in this document («شی» after «شی جینپینگ»)."""
        forms: dict[str, tuple[GazetteerEntity, float]] = {}
        for m, r in zip(raw, results):
            if r.entity is None or r.entity.type != "person":
                continue
            words = [compact_key(t.text) for t in tokens[m.token_start:m.token_end] if compact_key(t.text)]
            name = [k for w in r.entity.name_fa.split() if (k := compact_key(w))]
            # the last word is a surname when the mention is a name form: it has a word of the
            # person's name before it («قاسم ژامرت تاکایف»), or it is the name's last word; not the
            # last word of an epithet («رهبر معظم انقلاب», «پیامبر اسلام»), nor of a title and a given name or
            # epithet («امام زمان», «امام رضا»: _TITLED_NAMES)
            candidates = set(words[-1:]) if words and name and name[0] not in _TITLED_NAMES and (
                set(words[:-1]) & set(name) or words[-1] == name[-1]) else set()
            candidates.update(k for a in r.entity.aliases if " " not in spaced_key(a) and (k := compact_key(a)))
            for w in candidates:
                if len(w) >= 2:
                    forms.setdefault(w, (r.entity, r.score or 0.0))
        if not forms:
            return []
        first_link = min(m.start for m, r in zip(raw, results) if r.entity is not None and r.entity.type == "person")
        blocked = _blocked(len(tokens), raw)
        out = []
        for i, tok in enumerate(tokens):
            if blocked[i] or tok.start < first_link:
                continue
            hit = forms.get(compact_key(tok.text))
            if hit is None or HARAKAT.search(tok.text):
                continue    # a vocalized word is Arabic quoted: «عَلَى» (upon) is no «علی»
            entity, score = hit
            score = round(min(score, 0.9), 4)
            cand = Candidate(id=entity.id, name=entity.name, score=score, similarity=0.9, alias=tok.text)
            out.append((RawMention(tok.start, tok.end, "PER", "context", i, i + 1), LinkResult(entity, score, [cand])))
        return out


def _joined_before(text: str, parts: Sequence[Mention], place: Mention) -> list[Mention]:
    """``place`` and the linked places joined to it by dashes before it inside the same span: the ends of a
    road («آزادراه کرج-تهران», «جاده شهداد - نهبندان»), each a name."""
    out = [place]
    for p in sorted((p for p in parts if p.entity is not None and p.end <= place.start), key=lambda p: -p.end):
        if p.entity.type not in PLACE_TYPES or text[p.end:out[0].start].strip() not in _DASHES:
            break
        out.insert(0, p)
    return out


def _with_head(text: str, tokens: list[Token], outer: RawMention, name: Mention | None) -> Mention | None:
    """``name`` with the generic head word right before it inside ``outer`` («شهر یاسوج»); None when
    that head names another kind of place than ``name``'s entity («شهرستان ساری», a county, is not
    the city of Sari)."""
    if name is None or name.entity is None:
        return name
    for i in range(outer.token_start + 1, outer.token_end):
        if tokens[i].start == name.start:
            head = GENERIC_HEADS.get(compact_key(tokens[i - 1].text))
            if head is None:
                break
            if name.entity.type not in head:
                return None
            return name.model_copy(update={"start": tokens[i - 1].start, "text": text[tokens[i - 1].start:name.end]})
    return name


def _piece(text: str, outer: RawMention, start: int, end: int, name: Mention | None) -> Mention:
    """A piece of a split span: ``name`` stretched to ``start``–``end`` (its head word), or an unlinked
    mention of the outer span's label where the gazetteer has no name."""
    if name is not None:
        return name if (name.start, name.end) == (start, end) else \
            name.model_copy(update={"start": start, "end": end, "text": text[start:end]})
    return Mention(text=text[start:end], label=outer.label, start=start, end=end, source=outer.source)


def _national_team(entity: GazetteerEntity) -> bool:
    """A country's national team («تیم ملی فوتبال» is Iran's): another country's name after it makes it theirs."""
    desc = (entity.description or "").lower()
    return entity.type == "organization" and "national" in desc and "team" in desc


def _bare_surname(res: LinkResult) -> bool:
    """The link rests on a one-word form that is not the person's full name."""
    alias = res.candidates[0].alias if res.candidates else ""
    return len(spaced_key(alias).split()) == 1 and compact_key(alias) != compact_key(res.entity.name_fa)


def _blocked(n: int, mentions: Sequence[RawMention]) -> list[bool]:
    blocked = [False] * n
    for m in mentions:
        for i in range(m.token_start, m.token_end):
            blocked[i] = True
    return blocked


def _tagger_mentions(tokens: list[Token], sentences: list[Sentence], tags: list[list[str]]) -> list[RawMention]:
    """The tagger's spans; a token no name contains (an emoji, a handle, a link's piece: ``ner_fa.web_text``)
    ends a span and is in none, and a span may go on after it as a new one."""
    out = []
    offset = 0
    outside = outside_names(tokens)
    for sent, sent_tags in zip(sentences, tags):
        start = label = None
        for i, tag in enumerate(list(sent_tags) + ["O"]):
            prefix, _, lab = tag.partition("-")
            if i < len(sent_tags) and outside[offset + i]:
                prefix = "O"
            if label is not None and (prefix != "I" or lab != label):
                out.append(_trimmed(tokens, offset + start, offset + i, label))
                label = None
            if prefix in ("B", "I") and label is None:
                start, label = i, lab
        offset += len(sent.tokens)
    return [m for m in out if m is not None]


def _trimmed(tokens: list[Token], i: int, j: int, label: str) -> RawMention | None:
    """A span without the punctuation tokens at its edges («, », ، ...)."""
    while i < j and not compact_key(tokens[i].text):
        i += 1
    while j > i and not compact_key(tokens[j - 1].text):
        j -= 1
    if i >= j:
        return None
    return RawMention(tokens[i].start, tokens[j - 1].end, label, "tagger", i, j)


def _mention(text: str, m: RawMention, r: LinkResult, nested: tuple[Mention, ...] = ()) -> Mention:
    """The mention as reported: a linked one takes its entity's label, whatever the tagger said («مارسی»
    tagged LOC and linked to the club is ORG; «جمهوری اسلامی ایران» tagged ORG and linked to the country LOC)."""
    label = m.label
    if r.entity is not None:
        label = TYPE_LABEL.get(r.entity.type, label)
    return Mention(
        text=text[m.start:m.end], label=label, start=m.start, end=m.end,
        entity=r.entity.ref() if r.entity is not None else None,
        score=r.score if r.entity is not None else None,
        source=m.source, candidates=tuple(r.candidates), nested=nested,
    )


_DEFAULT: Pipeline | None = None
_DEFAULT_LOCK = threading.Lock()


def default_pipeline() -> Pipeline:
    """The shared pipeline behind :func:`extract` (built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Pipeline()
    return _DEFAULT


def extract(text: str) -> Document:
    """Find and link the people, locations and organizations of a Persian text.

    Uses the shipped model and gazetteer; the first call loads them (seconds).
    """
    _check_text(text)
    return default_pipeline().extract(text)
