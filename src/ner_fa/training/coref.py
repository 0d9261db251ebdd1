"""NIL clustering scores: document-level B³ and the over-merge rate of :mod:`ner_fa.nil`.

``python -m ner_fa.training.newsset coref [--pipeline]`` runs it on the document-level
news set (records of :func:`ner_fa.training.newsset.read_set`: every PER/LOC/ORG mention
with its gold entity id, or ``null`` and a ``cluster`` id for a NIL one).

* **gold spans** (default): each document is built from its gold mentions, the gold-linked
  ones carrying their gold entity (so the rule "a surname shared with a linked person
  stays apart" sees what a correct linker gives) and the NIL ones unlinked;
  :func:`ner_fa.nil.nil_entities` groups the NIL ones. Only the clustering is measured.
* **pipeline** (``--pipeline``): the shipped pipeline's own spans and links; each gold
  NIL mention takes the NIL entity of the unlinked predicted mention that overlaps it
  most, or is a singleton when none does (a missed or wrongly linked mention).

Scores, over the gold NIL mentions of all documents (clusters never cross documents):

* B³ precision / recall / F1 (Bagga & Baldwin 1998): for each mention, the share of its
  predicted cluster that is in its gold cluster, and of its gold cluster that is in its
  predicted cluster, averaged over mentions;
* the over-merge rate: predicted PER clusters with two or more gold NIL mentions that join
  mentions of two or more gold clusters, over all such multi-mention PER clusters;
* two baselines on the same mentions: every mention alone, and mentions grouped on equal
  compact keys only.

Gold mentions that overlap an earlier one (nested annotations) are left out in gold-span
mode, since a :class:`~ner_fa.Document` holds non-overlapping top-level mentions; the
report counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..models import Document, EntityRef, Mention
from ..nil import nil_entities
from ..normalize import compact_key

__all__ = ["b_cubed", "coref", "gold_document", "over_merge"]

Cluster = Callable[[Document], dict[tuple[int, int], str]]


def b_cubed(pred: list[str], gold: list[str]) -> tuple[float, float, int]:
    """Summed B³ precision and recall over the mentions of one document (cluster ids per mention)
    and the number of mentions."""
    p = r = 0.0
    for i in range(len(pred)):
        same_pred = {j for j in range(len(pred)) if pred[j] == pred[i]}
        same_gold = {j for j in range(len(gold)) if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    return p, r, len(pred)


def over_merge(pred: list[str], gold: list[str], labels: list[str], label: str = "PER") -> tuple[int, int]:
    """(clusters joining two or more gold clusters, clusters of two or more mentions), for ``label``."""
    clusters: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for p, g, lab in zip(pred, gold, labels):
        if lab == label:
            clusters.setdefault(p, set()).add(g)
            sizes[p] = sizes.get(p, 0) + 1
    multi = [p for p in clusters if sizes[p] >= 2]
    return sum(len(clusters[p]) >= 2 for p in multi), len(multi)


def gold_document(text: str, gold: list[dict]) -> tuple[Document, int]:
    """The document of the gold mentions (gold-linked ones linked to a stand-in of their entity)
    and how many overlapping gold mentions were left out."""
    mentions, end, dropped = [], 0, 0
    for g in sorted(gold, key=lambda g: (g["start"], -g["end"])):
        if g["start"] < end:
            dropped += 1
            continue
        sub = text[g["start"]:g["end"]]
        ent = EntityRef(id=g["entity"], type="gold", name=g["entity"], name_fa=sub) if g["entity"] else None
        mentions.append(Mention(text=sub, label=g["label"], start=g["start"], end=g["end"], entity=ent,
                                score=1.0 if ent else None))
        end = g["end"]
    return Document(text=text, mentions=tuple(mentions)), dropped


def _nil_clusters(doc: Document) -> dict[tuple[int, int], str]:
    return {span: f"{i}" for i, e in enumerate(nil_entities(doc)) for span in e.spans}


def _exact_clusters(doc: Document) -> dict[tuple[int, int], str]:
    return {(m.start, m.end): f"{m.label}:{compact_key(m.text)}" for m in doc.mentions if m.entity is None}


def _scores(per_doc: Iterable[tuple[list[str], list[str], list[str]]]) -> dict:
    p = r = 0.0
    n = joined = multi = 0
    for pred, gold, labels in per_doc:
        dp, dr, dn = b_cubed(pred, gold)
        p, r, n = p + dp, r + dr, n + dn
        j, m = over_merge(pred, gold, labels)
        joined, multi = joined + j, multi + m
    prec, rec = (p / n, r / n) if n else (0.0, 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"mentions": n, "precision": round(100 * prec, 2), "recall": round(100 * rec, 2),
            "f1": round(100 * f1, 2), "per_clusters_multi": multi, "per_clusters_over_merged": joined,
            "over_merge_pct": round(100 * joined / multi, 2) if multi else 0.0}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def coref(records: list[dict], nlp=None) -> dict:
    """B³ and over-merge figures for the records of :func:`~ner_fa.training.newsset.read_set`:
    on gold spans, or on the pipeline ``nlp``'s own spans and links when it is given."""
    systems: dict[str, Cluster] = {"nil_rules": _nil_clusters, "exact_key": _exact_clusters,
                                   "singletons": lambda doc: {}}
    rows: dict[str, list] = {k: [] for k in systems}
    dropped = docs_with_nil = 0
    predicted = list(nlp.pipe([rec["text"] for rec in records])) if nlp is not None else []
    for n, rec in enumerate(records):
        text = rec["text"]
        gold_nil = sorted((g for g in rec["mentions"] if not g["entity"]), key=lambda g: g["start"])
        if nlp is None:
            doc, d = gold_document(text, rec["mentions"])
            dropped += d
            kept = {(m.start, m.end) for m in doc.mentions}
            gold_nil = [g for g in gold_nil if (g["start"], g["end"]) in kept]
        else:
            doc = predicted[n]
        if not gold_nil:
            continue
        docs_with_nil += 1
        gold_ids = [g["cluster"] for g in gold_nil]
        labels = [g["label"] for g in gold_nil]
        unlinked = [m for m in doc.mentions if m.entity is None]
        for name, system in systems.items():
            clusters = system(doc)
            pred = []
            for i, g in enumerate(gold_nil):
                span = (g["start"], g["end"])
                if nlp is not None:
                    best = max(unlinked, key=lambda m: _overlap((m.start, m.end), span), default=None)
                    span = (best.start, best.end) if best is not None and _overlap((best.start, best.end), span) \
                        else None
                pred.append(clusters.get(span, f"single:{i}") if span else f"single:{i}")
            rows[name].append((pred, gold_ids, labels))
    out = {"mode": "pipeline" if nlp is not None else "gold_spans", "documents": len(records),
           "documents_with_nil": docs_with_nil, "overlapping_gold_left_out": dropped}
    out.update({name: _scores(r) for name, r in rows.items()})
    return out


def format_report(r: dict) -> str:
    lines = [f"{r['mode']}: {r['documents']} documents, {r['documents_with_nil']} with NIL mentions"
             + (f", {r['overlapping_gold_left_out']} overlapping gold mentions left out"
                if r["overlapping_gold_left_out"] else "")]
    for name in ("nil_rules", "exact_key", "singletons"):
        s = r[name]
        lines.append(f"{name:>10}: B3 P {s['precision']} R {s['recall']} F1 {s['f1']} over {s['mentions']} NIL "
                     f"mentions; PER over-merge {s['per_clusters_over_merged']}/{s['per_clusters_multi']} "
                     f"= {s['over_merge_pct']}%")
    return "\n".join(lines)
