"""Growing the gazetteer from a corpus: the most frequent NIL entities as gazetteer records
for a person to review (``ner-fa suggest``).

    ner-fa extract corpus/ --aggregate -o corpus.json       # or let suggest run the pipeline
    ner-fa suggest corpus.json -o additions.jsonl --top 200 --min-documents 2
    # review additions.jsonl: fix names, add a Wikidata id from a trusted source, delete mistakes
    ner-fa extract corpus/ --gazetteer additions.jsonl      # the reviewed records now link

Each record is a valid gazetteer record (:class:`~ner_fa.gazetteer.GazetteerEntity`):

* ``id``: ``suggested-<label>-<12 hex digits>``, a hash of the NIL entity's label and
  normalized key — stable across runs, and never a Wikidata id (``wikidata`` is not set:
  ids are not invented);
* ``type``: person, place or organization (from the NER label); ``name_fa``: the
  canonical form (longest full form, titles removed); ``name``: the same Persian form
  (the English name is unknown — replace it when reviewing);
* ``aliases``: the other full forms seen (titles removed); one-word short forms (a bare
  surname) are listed in ``_review`` only, since an alias links every match;
* ``prior``: 0.3, as for other uncurated records;
* ``_review``: the evidence — NIL id, label, mentions, documents, every form seen with
  its count, example contexts. The gazetteer loader ignores keys that start with ``_``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from .export import CorpusEntities, CorpusEntity
from .nil import strip_titles
from .normalize import compact_key

__all__ = ["SUGGESTED_PRIOR", "suggestion", "suggestions", "to_jsonl"]

SUGGESTED_PRIOR = 0.3


def _one_word(text: str) -> bool:
    return len([w for w in text.split() if compact_key(w)]) == 1


def suggestion(e: CorpusEntity) -> dict:
    """The gazetteer record suggested for one aggregated NIL entity."""
    if e.kind != "nil":
        raise ValueError(f"{e.id} is linked already: only NIL entities are suggested")
    digest = hashlib.sha1(f"{e.label}:{compact_key(e.name_fa)}".encode()).hexdigest()[:12]
    forms = e.form_counts or dict.fromkeys(e.surface_forms, 0)
    names = [strip_titles(f) if e.label == "PER" else f.strip() for f in forms]
    seen = {compact_key(e.name_fa)}
    aliases = []
    for n in names:
        if compact_key(n) not in seen and not (e.label == "PER" and _one_word(n)):
            seen.add(compact_key(n))
            aliases.append(n)
    return {
        "id": f"suggested-{e.label.lower()}-{digest}",
        "type": e.type,
        "name": e.name_fa,
        "name_fa": e.name_fa,
        **({"aliases": aliases} if aliases else {}),
        "description": f"Suggested from a corpus ({e.count} mentions in {e.documents} documents); "
                       f"to review: no Wikidata id, English name not known",
        "prior": SUGGESTED_PRIOR,
        "_review": {"nil_id": e.id, "label": e.label, "mentions": e.count, "documents": e.documents,
                    "count_error": e.count_error, "forms": forms, "examples": list(e.examples)},
    }


def suggestions(corpus: CorpusEntities, *, top: int = 100, min_mentions: int = 2, min_documents: int = 1,
                labels: Iterable[str] = ("PER", "ORG", "LOC")) -> list[dict]:
    """Records for the ``top`` NIL entities of ``corpus`` with at least ``min_mentions`` mentions
    in at least ``min_documents`` documents, most mentioned first (ties: most documents)."""
    labels = set(labels)
    nil = [e for e in corpus.entities if e.kind == "nil" and e.label in labels and e.count >= min_mentions
           and e.documents >= min_documents and compact_key(e.name_fa)]
    nil.sort(key=lambda e: (-e.count, -e.documents))
    return [suggestion(e) for e in nil[:top]]


def to_jsonl(records: Iterable[dict]) -> str:
    """One JSON object per line, Persian unescaped."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
