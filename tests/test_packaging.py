"""The wheel carries LICENSE and NOTICE (with the data licenses), the gazetteer and the demo texts,
and works unpacked outside the repository."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)], cwd=REPO,
                   check=True, capture_output=True)
    (whl,) = out.glob("ner_fa-*.whl")
    return whl


def test_wheel_has_license_and_notice(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        lic = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        notice = next(n for n in names if n.endswith(".dist-info/licenses/NOTICE"))
        text = z.read(lic).decode()
        assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS" in text
        meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        assert "License-Expression: Apache-2.0" in meta and "License-File: NOTICE" in meta
        assert z.read(notice).decode() == (REPO / "NOTICE").read_text(encoding="utf-8")


def test_notice_names_the_license_of_every_gazetteer_file_and_model_corpus():
    notice = (REPO / "NOTICE").read_text(encoding="utf-8")
    listed = re.findall(r"[\w*]+\.jsonl", notice)
    for path in sorted((REPO / "gazetteers").glob("*.jsonl")):
        assert any(re.fullmatch(p.replace("*", ".*"), path.name) for p in listed), f"NOTICE omits {path.name}"
    for corpus in ("PEYMA", "NSURL", "ParsNER", "ParsTwiNER"):  # the model card's training corpora
        assert corpus in (REPO / "src/ner_fa/models/MODEL_CARD.md").read_text(encoding="utf-8")
        assert corpus in notice
    for source in ("mledoze", "CLDR", "pycountry", "rigour", "everypolitician"):  # scripts/build_countries.py
        assert source in (REPO / "scripts" / "build_countries.py").read_text(encoding="utf-8")
        assert source in notice


def test_unpacked_wheel_runs_outside_the_repository(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    code = ("import ner_fa, ner_fa.demo, ner_fa.gazetteer as g\n"
            "print(ner_fa.demo.DEMO_DIR); print(g.DEFAULT_GAZETTEER_DIR)\n"
            "print(len(ner_fa.demo_text()), len(ner_fa.demo.demo_names()), len(g.default_gazetteer()))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0].startswith(str(site)) and out[1].startswith(str(site)), out
    n_chars, n_demos, n_entities = map(int, out[2].split())
    assert n_chars > 500 and n_demos == len(list((REPO / "examples").glob("*.txt"))) and n_entities > 4000


def test_notebook_extra_has_a_jupyter_front_end():
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(re.match(r"(jupyterlab|notebook)\b", d) for d in extras["notebook"]), extras["notebook"]
