"""ner_fa.gc_pause: the collector is off while ner_fa loads and back as it was after."""

import gc
import threading

import pytest

from ner_fa.gc_pause import gc_paused


@pytest.fixture(autouse=True)
def _gc_restored():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_enabled_after():
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the inner pause ended the outer one"
    assert gc.isenabled()


def test_enabled_again_after_an_exception():
    gc.enable()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("load failed")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_threads():
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def worker():
        with gc_paused():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(10)
    with gc_paused():
        pass
    assert not gc.isenabled(), "the main thread's pause ended while the worker still loads"
    release.set()
    t.join(10)
    assert gc.isenabled()


def test_cycles_made_during_a_pause_are_collected_after():
    import weakref

    class Node:
        pass

    gc.enable()
    with gc_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
        for _ in range(50_000):  # would trigger many automatic collections if the collector were on
            c = Node()
            c.self = c
        del c
        assert ref() is not None, "a collection ran during the pause"
    gc.collect()
    assert ref() is None


def test_failed_model_load_leaves_the_collector_on(tmp_path):
    from ner_fa.errors import NerFaError
    from ner_fa.tagger import StanzaTagger

    gc.enable()
    with pytest.raises(NerFaError):
        StanzaTagger(tmp_path).load()
    assert gc.isenabled()


def test_no_collection_runs_while_the_model_loads():
    from ner_fa.tagger import StanzaTagger

    runs = []

    def count(phase, info):
        if phase == "start":
            runs.append(info["generation"])
    gc.enable()
    gc.callbacks.append(count)
    try:
        StanzaTagger().load()
    finally:
        gc.callbacks.remove(count)
    # before the pause: 3 full and ~500 other collections; now one young one, when the collector
    # comes back on and the next allocation triggers it
    assert len(runs) <= 1 and 2 not in runs and gc.isenabled()
