"""Importers that turn large public name lists into gazetteer files.

* :func:`iter_wikidata`: a Wikidata JSON dump (``.json``, ``.json.gz``, ``.json.bz2``), streamed;
* :func:`iter_paranames`: a ParaNames TSV file (plain or compressed);
* :func:`iter_dr5hn`: the countries-states-cities database (dr5hn, ODbL), a directory.

Both yield :class:`~ner_fa.gazetteer.GazetteerEntity` objects lazily; :func:`write_jsonl`
writes them in the format :meth:`ner_fa.Gazetteer.load` reads. From the shell::

    python -m ner_fa.importers wikidata latest-all.json.bz2 -o wikidata-fa.jsonl --types person,country
    python -m ner_fa.importers paranames paranames.tsv.gz -o paranames-fa.jsonl
    python -m ner_fa.importers dr5hn ../shared/data/gazetteer-sources/dr5hn -o places-dr5hn.jsonl
"""

from ._base import ImportStats, write_jsonl
from .dr5hn import dr5hn_prior, iter_dr5hn, untrusted_wikidata_rows
from .paranames import PARANAMES_COLUMNS, PARANAMES_TYPES, iter_paranames
from .wikidata import WIKIDATA_CLASS_TYPES, entity_from_wikidata, iter_wikidata, prior_from_sitelinks

__all__ = [
    "PARANAMES_COLUMNS",
    "PARANAMES_TYPES",
    "WIKIDATA_CLASS_TYPES",
    "ImportStats",
    "dr5hn_prior",
    "entity_from_wikidata",
    "iter_dr5hn",
    "iter_paranames",
    "iter_wikidata",
    "prior_from_sitelinks",
    "untrusted_wikidata_rows",
    "write_jsonl",
]
