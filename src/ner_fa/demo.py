"""The demo articles shipped with ner_fa (the repository's ``examples/*.txt``), so that the
notebook and a first try work anywhere, also from an installed wheel outside the repository.

>>> from ner_fa import demo_text
>>> demo_text()[:20]                                     # doctest: +SKIP
>>> {name: len(demo_text(name)) for name in demo_names()}  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEMO_DIR", "demo_names", "demo_text"]

_PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the texts inside the package (pyproject force-include); a source checkout at the repo root.
_CANDIDATE_DIRS = (_PACKAGE_DIR / "data" / "examples", _PACKAGE_DIR.parent.parent / "examples")
DEMO_DIR = next((d for d in _CANDIDATE_DIRS if d.is_dir()), _CANDIDATE_DIRS[0])


def demo_names() -> list[str]:
    """Names of the demo articles, sorted (``demo_article``, ...)."""
    return sorted(p.stem for p in DEMO_DIR.glob("*.txt"))


def demo_text(name: str = "demo_article") -> str:
    """The text of a demo article (a Persian news excerpt); see :func:`demo_names`."""
    path = DEMO_DIR / f"{name}.txt"
    if not isinstance(name, str) or "/" in name or "\\" in name or not path.is_file():
        raise ValueError(f"no demo text named {name!r}; the demo texts are: {', '.join(demo_names()) or 'none'} "
                         f"(looked in {DEMO_DIR}; reinstall ner-fa if the folder is missing)")
    return path.read_text(encoding="utf-8")
