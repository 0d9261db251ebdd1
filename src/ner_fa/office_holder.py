"""The words after a minister's title name an office, not a body: «وزیر امور خارجه ایتالیا» names Italy.

A news text says «وزیر امور خارجه ایتالیا» (Italy's foreign minister), «وزیر کشور» (the interior minister).
The tagger often marks the words after the title as an organization («امور خارجه ایتالیا»), and the
ministry's name matches them; but the text speaks of a person holding an office, and the only name in
it is the country's (the annotated news: «ایتالیا» is a LOC mention of Italy, and «کشور» after «وزیر» no
mention at all). :func:`office_mentions` rewrites the mentions right after a holder's title (``holder``
cues in ``linking_data/cues.tsv``: «وزیر», «وزرای»), or starting with it:

- the office's words followed by a country («امور خارجه ایتالیا», «کشور عراق»): the country, as a
  LOC mention;
- the office's words alone after the title («کشور», «ورزش»): kept, and returned among the offices, which the
  pipeline leaves unlinked (the ministry stays a candidate). PEYMA annotates these words as an ORG span, the
  annotated news leaves them out: keeping the span keeps PEYMA's figures, and no link is made either way;
- anything else (a person after the title, a name the office's words do not open): kept as it is.

The office's words are those the holder's body looks up as («وزارت» + «امور خارجه»: a ministry of the
gazetteer); the caller gives both look-ups, so that this module knows no linker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .linker import RawMention
from .normalize import spaced_key
from .tokenize import Token

__all__ = ["office_mentions"]


def _title(tokens: Sequence[Token], i: int, holders: Mapping[tuple[str, ...], str]) -> str | None:
    """The body word of a holder's title that is tokens[i] (one-word titles)."""
    if i < 0 or i >= len(tokens):
        return None
    return holders.get(tuple(spaced_key(tokens[i].text).split()))


def office_mentions(text: str, tokens: Sequence[Token], raw: Sequence[RawMention],
                    holders: Mapping[tuple[str, ...], str],
                    is_body: Callable[[str], bool],
                    is_country: Callable[[int, int], bool]) -> tuple[list[RawMention], set[tuple[int, int]]]:
    """``raw`` with the mentions of a holder's office rewritten, and the ``(start, end)`` of the office's
    words that stay mentions but must not be linked (module docstring).

    ``is_body(form)`` says whether ``form`` («وزارت امور خارجه») names a body of the gazetteer;
    ``is_country(start, end)`` whether ``text[start:end]`` is a country's name."""
    out: list[RawMention] = []
    offices: set[tuple[int, int]] = set()
    for m in raw:
        first = m.token_start
        body = _title(tokens, first, holders)
        inside = body is not None     # «وزیر امور خارجه ایتالیا» as one span
        if not inside:
            body = _title(tokens, first - 1, holders)
        else:
            first += 1
        if body is None or first >= m.token_end:
            out.append(m)
            continue
        country = next((k for k in range(first + 1, m.token_end)
                        if is_country(tokens[k].start, m.end)
                        and is_body(f"{body} {text[tokens[first].start:tokens[k - 1].end]}")), None)
        if country is not None:
            out.append(RawMention(tokens[country].start, m.end, "LOC", m.source, country, m.token_end))
        else:
            out.append(m)
            if not inside and is_body(f"{body} {text[tokens[first].start:m.end]}"):
                offices.add((m.start, m.end))    # the office's words alone: no link
    return out, offices
