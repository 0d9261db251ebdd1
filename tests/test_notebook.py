"""notebooks/explore.ipynb executes from a clean kernel, so it never goes stale."""

import shutil
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


@pytest.mark.model
def test_explore_notebook_executes_outside_the_repository(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    copy = tmp_path / "explore.ipynb"  # a user's copy, in a folder with no examples/ above it
    shutil.copy(NOTEBOOK, copy)
    nb = nbformat.read(copy, as_version=4)
    # raises CellExecutionError, naming the cell, when any cell fails
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('dir="rtl"' in h and "<mark" in h for h in html), "the highlighted display is missing"
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2, "both charts should render"
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Traceback" not in printed and "entities" in printed


def test_committed_notebook_has_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs for c in code), "commit the notebook executed, with outputs"
    assert all(o.output_type != "error" for c in code for o in c.outputs)
