"""ner_fa.cluster on a distributed.LocalCluster with several worker processes."""

import functools
import os

import pytest

from ner_fa import FakeTagger, Pipeline
from ner_fa.export import entity_list

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from ner_fa import cluster

PHRASES = {"شی جینپینگ": "PER", "چین": "LOC", "قزاقستان": "LOC", "خبرگزاری فارس": "ORG", "علی رضایی": "PER"}
TEXTS = [
    "به گزارش خبرگزاری فارس، «شی جینپینگ» رئیس جمهور چین به قزاقستان رفت.",
    "",
    "علی رضایی آمد و شی سخن گفت.",
    "روسیه و چین.",
] * 5


def _pid(doc):
    return os.getpid()


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as lc, distributed.Client(lc) as c:
        yield c


@pytest.fixture(scope="module")
def factory(small_gazetteer):
    return functools.partial(Pipeline, tagger=FakeTagger(PHRASES), gazetteer=small_gazetteer)


def test_bag_gives_entity_lists_in_order_on_two_worker_processes(client, factory):
    expected = [entity_list(d) for d in factory().pipe(TEXTS)]
    assert any(e["entities"] for e in expected)
    bag = db.from_sequence(TEXTS, npartitions=6)
    got = cluster.extract_bag(bag, pipeline=factory).compute()
    assert got == expected
    pids = set(cluster.extract_bag(bag, pipeline=factory, convert=_pid).compute())
    assert len(pids) == 2 and os.getpid() not in pids


def test_pipeline_is_built_once_per_worker(client, factory):
    bag = db.from_sequence(TEXTS, npartitions=8)
    cluster.extract_bag(bag, pipeline=factory).compute()
    key = cluster._key(factory)
    counts = client.run(lambda: key in cluster._PIPELINES and len(cluster._PIPELINES))
    assert list(counts.values()) == [1, 1]
    ids = client.run(lambda: id(cluster._PIPELINES[key]))
    cluster.extract_bag(bag, pipeline=factory).compute()
    assert client.run(lambda: id(cluster._PIPELINES[key])) == ids   # reused, not rebuilt


def test_dataframe_column_keeps_index_and_partitions(client, factory):
    pdf = pd.DataFrame({"text": TEXTS, "n": range(len(TEXTS))}, index=[f"d{i:02d}" for i in range(len(TEXTS))])
    ddf = dd.from_pandas(pdf, npartitions=4)
    out = cluster.extract_column(ddf, "text", pipeline=factory)
    assert out.npartitions == 4
    res = ddf.assign(entities=out).compute()
    assert list(res.index) == list(pdf.index)
    assert list(res["entities"]) == [entity_list(d) for d in factory().pipe(TEXTS)]


def test_bad_arguments(factory):
    bag = db.from_sequence(["x"])
    with pytest.raises(TypeError, match="function that builds a Pipeline"):
        cluster.extract_bag(bag, pipeline=factory())
    with pytest.raises(TypeError, match="dask.bag.Bag"):
        cluster.extract_bag(["x"], pipeline=factory)
    ddf = dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="body"):
        cluster.extract_column(ddf, "body", pipeline=factory)


def test_missing_dask_raises_missing_dependency(monkeypatch):
    import builtins

    from ner_fa.errors import MissingDependencyError

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "dask.bag" or name.startswith("dask"):
            raise ImportError("No module named 'dask'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr("importlib.import_module", lambda name: fake_import(name))
    with pytest.raises(MissingDependencyError, match=r"ner-fa\[dask\]"):
        cluster.extract_bag(None)


@pytest.mark.model
def test_real_model_on_the_cluster(client, real_pipeline):
    texts = ["سعید خطیب‌زاده سخنگوی وزارت امور خارجه ایران گفت.", "ولادیمیر پوتین به پکن رفت.", ""] * 2
    expected = [entity_list(real_pipeline.extract(t)) for t in texts]
    assert any(e["entities"] for e in expected)
    assert cluster.extract_bag(db.from_sequence(texts, npartitions=2)).compute() == expected


def test_workers_run_torch_with_the_pipeline_taggers_threads(client, small_gazetteer):
    torch = pytest.importorskip("torch")
    tagger = FakeTagger(PHRASES)
    tagger.num_threads = 2  # what a StanzaTagger(num_threads=2) carries; Dask workers start with 1
    factory = functools.partial(Pipeline, tagger=tagger, gazetteer=small_gazetteer)
    cluster.extract_bag(db.from_sequence(TEXTS, npartitions=4), pipeline=factory).compute()
    assert set(client.run(torch.get_num_threads).values()) == {2}


def test_aggregate_bag_equals_the_one_pass_aggregate(client, factory):
    import ner_fa

    expected = ner_fa.aggregate(factory().pipe(TEXTS))
    assert any(e.kind == "nil" for e in expected.entities) and expected.documents == len(TEXTS)
    bag = db.from_sequence(TEXTS, npartitions=6)
    assert cluster.aggregate_bag(bag, pipeline=factory, split_every=2).compute() == expected
    small = cluster.aggregate_bag(bag, pipeline=factory, max_occurrences=1).compute()
    assert all(len(e.occurrences) <= 1 for e in small.entities)
    with pytest.raises(ValueError, match="max_forms"):
        cluster.aggregate_bag(bag, pipeline=factory, max_forms=0)
