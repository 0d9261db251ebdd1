"""Organization names written without their head word: «سویا» (Sevilla) for «باشگاه سویا».

News cites clubs, parties, companies, agencies and newspapers by the name after the head word
(«رئال با یک گل از سویا پیش بود», «به گزارش میزان», «جمهوری‌خواه‌ها و دموکرات‌ها»). When a
mention has no exact match of its own, :func:`head_omitted` looks it up with each head of
``linking_data/omitted_heads.tsv`` in front. It gives a candidate only when the form is safe:

* exactly one entity has a name or alias «head + form» (two entities: no link; «میراث فرهنگی»
  is both the ministry and the news agency);
* the head is a word of its own in every such name of the entity («حزب‌الله», Hezbollah, also
  written «حزب الله», gives no «الله»);
* the mention's label and the entity's type are listed for the head;
* the bare form is no form of any entity at all (a city «میلان», a weak alias) and no word of
  the matcher's stop list («دولت», «سازمان»), nor a form the table excludes (``not`` lines:
  «اهل بیت», the Prophet's family, is no «خبرگزاری اهل بیت»).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import NerFaError
from .gazetteer import Alias, Gazetteer
from .normalize import compact_key, spaced_key
from .tables import table_rows

HEADS_PATH = Path(__file__).resolve().parent / "linking_data" / "omitted_heads.tsv"


class OmittedHeadsError(NerFaError, ValueError):
    """``omitted_heads.tsv`` is malformed; the message names the line."""


@dataclass(frozen=True)
class Head:
    words: tuple[str, ...]     # spaced key of the head, word by word
    key: str                   # its compact key
    labels: frozenset[str]
    types: frozenset[str]


@lru_cache(maxsize=4)
def load_heads(path: Path = HEADS_PATH) -> tuple[tuple[Head, ...], frozenset[str]]:
    """The heads of the table and the compact keys of its ``not`` forms."""
    heads = []
    excluded = set()
    for _, parts in table_rows(path, 3, OmittedHeadsError, "head, labels, types", named_first=True):
        if parts[0] == "not":
            excluded.add(compact_key(parts[1]))
            continue
        heads.append(Head(tuple(spaced_key(parts[0]).split()), compact_key(parts[0]),
                          frozenset(parts[1].split(",")), frozenset(parts[2].split(","))))
    return tuple(heads), frozenset(excluded)


def head_omitted(gazetteer: Gazetteer, key: str, label: str | None, stoplist: frozenset[str] = frozenset(),
                 path: Path = HEADS_PATH) -> Iterator[Alias]:
    """The one alias «head + mention» of an entity, when the mention (compact ``key``) is safely a
    name without its head; nothing otherwise."""
    heads, excluded = load_heads(path)
    if label is None or not key or key in stoplist or key in excluded or gazetteer.lookup_key(key):
        return
    found: dict[str, Alias] = {}
    joined: set[str] = set()
    for head in heads:
        if label not in head.labels:
            continue
        for alias in gazetteer.lookup_key(head.key + key):
            if alias.kind in ("weak", "english") or gazetteer[alias.entity_id].type not in head.types:
                continue
            if compact_key(" ".join(alias.text.split()[:len(head.words)])) != head.key:
                joined.add(alias.entity_id)   # «حزب‌الله»: one word, the head is no head
                continue
            found.setdefault(alias.entity_id, alias)
    if len(found) == 1 and not joined:
        yield from found.values()
