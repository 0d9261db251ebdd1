"""HTML rendering of a :class:`~ner_fa.models.Document` for notebooks.

The text is shown right-to-left with each mention highlighted by type; hovering
shows the canonical name and id, and linked mentions with a Wikidata id link to
it. Unlinked mentions show the NIL entity they belong to (:mod:`ner_fa.nil`): its
id and how many mentions it has. Colours are translucent so they read on light and dark themes. All text is
HTML-escaped.
"""

from __future__ import annotations

from html import escape

from .models import Document, EntitySummary, Mention

__all__ = ["document_html"]

_COLOURS = {"PER": "rgba(255, 99, 132, 0.28)", "LOC": "rgba(54, 162, 235, 0.28)", "ORG": "rgba(255, 193, 7, 0.32)"}


def _title(m: Mention, nil: dict[tuple[int, int], EntitySummary]) -> str:
    if m.entity is None:
        title = f"{m.label} · unlinked"
        if (s := nil.get((m.start, m.end))) is not None:
            title += f" · {s.id} ({s.count} mention{'s' if s.count > 1 else ''})"
        if m.candidates:
            c = m.candidates[0]
            title += f" · best candidate {c.name} ({c.id}) {c.score:.2f}"
    else:
        title = f"{m.label} · {m.entity.name} ({m.entity.id}) · score {m.score:.2f}"
    if m.nested:
        inner = ", ".join(f"{n.entity.name} ({n.entity.id})" for n in m.nested if n.entity is not None)
        if inner:
            title += f" · contains {inner}"
    return title


def _mark(doc: Document, m: Mention, nil: dict[tuple[int, int], EntitySummary]) -> str:
    label = f'<sub style="font-size:0.65em;opacity:0.75;margin-inline-start:0.2em">{m.label}</sub>'
    inner = escape(m.text)
    if m.entity is not None and m.entity.wikidata_url:
        inner = f'<a href="{escape(m.entity.wikidata_url)}" target="_blank" rel="noopener" ' \
                f'style="color:inherit;text-decoration:none">{inner}</a>'
    border = "solid" if m.entity is not None else "dashed"
    return (f'<mark class="ner-fa-{m.label}" title="{escape(_title(m, nil))}" style="background:{_COLOURS[m.label]};'
            f'color:inherit;padding:0 0.15em;border-radius:0.25em;border-bottom:1px {border} currentColor">'
            f'{inner}{label}</mark>')


def document_html(doc: Document) -> str:
    """The document as an HTML fragment (``dir="rtl"``, ``lang="fa"``)."""
    entities = doc.entities()
    nil = {span: s for s in entities if s.kind == "nil" for span in s.spans}
    parts, pos = [], 0
    for m in doc.mentions:
        parts.append(escape(doc.text[pos:m.start]))
        parts.append(_mark(doc, m, nil))
        pos = m.end
    parts.append(escape(doc.text[pos:]))
    body = "".join(parts).replace("\n", "<br>")
    legend = " ".join(
        f'<mark style="background:{c};color:inherit;padding:0 0.3em;border-radius:0.25em">{lab}</mark>'
        for lab, c in _COLOURS.items()
    )
    n_linked = len(doc.linked)
    nil_ids = {s.id for s in nil.values()}
    return (f'<div class="ner-fa-doc" dir="rtl" lang="fa" style="line-height:2;font-size:1.05em;'
            f'unicode-bidi:plaintext;text-align:right">{body}</div>'
            f'<div dir="ltr" style="font-size:0.8em;opacity:0.8;margin-top:0.4em">{legend} · '
            f'{len(doc.mentions)} mentions, {n_linked} linked, {len(entities) - len(nil_ids)} entities '
            f'+ {len(nil_ids)} NIL</div>')
