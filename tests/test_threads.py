"""Torch threads for tagging: the setting, its default, and that it reaches torch in this process
and in ``pipe(n_process=...)`` workers (Dask workers: tests/test_dask.py)."""

from __future__ import annotations

import pytest

from ner_fa import Gazetteer, Pipeline, StanzaTagger
from ner_fa.threads import DEFAULT_NUM_THREADS, ENV_NUM_THREADS, resolve_num_threads, worker_threads

torch = pytest.importorskip("torch")


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv(ENV_NUM_THREADS, raising=False)


@pytest.fixture
def restore_threads():
    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


def test_default_is_one_thread_then_environment_then_argument(monkeypatch, no_env):
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert DEFAULT_NUM_THREADS == 1
    assert resolve_num_threads() == 1 and StanzaTagger().num_threads == 1
    monkeypatch.setenv(ENV_NUM_THREADS, "3")
    assert resolve_num_threads() == 3 and StanzaTagger().num_threads == 3
    assert StanzaTagger(num_threads=2).num_threads == 2
    assert Pipeline(num_threads=4, gazetteer=Gazetteer([])).tagger.num_threads == 4
    assert resolve_num_threads(64) == 8  # never more than the cores


def test_bad_settings_say_what_to_pass(monkeypatch, no_env):
    for bad in (0, -1, True, 1.5):
        with pytest.raises(ValueError, match="num_threads must be a positive int"):
            StanzaTagger(num_threads=bad)
    with pytest.raises(ValueError, match="not both"):
        Pipeline(tagger=StanzaTagger(), num_threads=1)
    monkeypatch.setenv(ENV_NUM_THREADS, "many")
    with pytest.raises(ValueError, match=f"{ENV_NUM_THREADS} must be a positive integer"):
        StanzaTagger()


def test_workers_never_oversubscribe(monkeypatch, no_env):
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert worker_threads(None, 2) == 1
    assert worker_threads(4, 2) == 4
    assert worker_threads(8, 4) == 2
    assert worker_threads(8, 16) == 1


@pytest.mark.model
def test_the_tagger_sets_torch_threads_before_tagging(real_pipeline, restore_threads):
    tagger = real_pipeline.tagger
    assert tagger.num_threads == 1
    torch.set_num_threads(2)
    tagger.tag([["علی", "رضایی", "به", "تهران", "رفت", "."]])
    assert torch.get_num_threads() == 1


class _ThreadProbe:
    """Tags each sentence's first token by the torch thread count it runs with: 1 → PER, 3 → LOC,
    anything else → ORG."""

    name = "probe"

    def __init__(self, num_threads=None):
        self.num_threads = resolve_num_threads(num_threads)

    def tag(self, sentences):
        label = {1: "PER", 3: "LOC"}.get(torch.get_num_threads(), "ORG")
        return [[f"B-{label}"] + ["O"] * (len(s) - 1) if s else [] for s in sentences]


@pytest.mark.parametrize(("setting", "label"), [(None, "PER"), (3, "LOC")])
def test_n_process_workers_run_torch_with_the_setting_capped_by_the_cores(monkeypatch, no_env, restore_threads,
                                                                         setting, label):
    # 8 cores, 2 workers: each may use 4 threads; the default (1) and an explicit 3 are both kept
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    nlp = Pipeline(tagger=_ThreadProbe(setting), gazetteer=Gazetteer([]))
    docs = list(nlp.pipe([f"متن {i} اینجا است." for i in range(40)], n_process=2))
    labels = {m.label for d in docs for m in d.mentions}
    assert labels == {label}
