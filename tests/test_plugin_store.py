"""The overview answers before every run is read, and each run is diagnosed once per change.

Real TensorBoard data providers over real event files.
"""

import time

import pytest

import plugin_support as ps
from tb_nanwatch.plugin import store, views


def _ctx():
    from tensorboard import context

    return context.RequestContext()


class Counting(store.RunStore):
    """A `RunStore` that counts its reads (the real ones)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.reads = []

    def _load(self, ctx, experiment_id, run, version):
        self.reads.append(run)
        return super()._load(ctx, experiment_id, run, version)


@pytest.fixture
def logdir(tmp_path):
    d = str(tmp_path)
    for i in range(8):
        ps.write_run(d, "run_%d" % i, 400, onset=300 if i % 2 else None, seed=i)
    return d


def test_the_overview_fills_in_as_runs_are_read(logdir):
    flags = ps.flags(logdir)
    ingester = ps.python_provider(logdir, flags)
    s = Counting(ingester.data_provider, logdir, listing_ttl=0, overview_wait=0)
    first = s.overview(_ctx(), "")
    assert [run for run, _, _ in first] == ["run_%d" % i for i in range(8)]
    loading = [run for run, entry, state in first if state == store.LOADING]
    assert loading and all(entry is None for run, entry, state in first if state == store.LOADING)
    answer = views.runs_impl(first)
    assert answer["loading"] == len(loading)
    assert [r["run"] for r in answer["runs"] if r["status"] == "loading"] == sorted(loading)
    assert all(r["loading"] for r in answer["runs"][-len(loading):])  # runs still loading come last

    done = ps.wait_for(lambda: (lambda o: o if all(state == store.READY for _, _, state in o) else None)(s.overview(_ctx(), "")))
    statuses = {run: entry.diagnosis["status"] for run, entry, _ in done}
    assert {run for run, st in statuses.items() if st == "nonfinite"} == {"run_%d" % i for i in range(1, 8, 2)}
    assert sorted(s.reads) == sorted(statuses)  # each run read once

    for _ in range(3):  # unchanged runs are served from memory
        assert views.runs_impl(s.overview(_ctx(), ""))["loading"] == 0
    assert len(s.reads) == 8

    # new steps in one run: read again once, shown as last read meanwhile
    time.sleep(1.1)  # the new file's name sorts after the first (the Python loader reads files in name order)
    ps.write_run(logdir, "run_0", 400, onset=350)  # a second event file: NaN from step 350
    ingester._multiplexer.Reload()
    again = {run: (entry, state) for run, entry, state in s.overview(_ctx(), "")}
    assert again["run_0"][1] in (store.UPDATING, store.READY) and again["run_0"][0] is not None
    ps.wait_for(lambda: all(state == store.READY for _, _, state in s.overview(_ctx(), "")))
    assert s.reads.count("run_0") == 2 and len(s.reads) == 9
    assert s.get(_ctx(), "", "run_0").diagnosis["status"] == "nonfinite"


def test_the_overview_waits_briefly_so_small_logdirs_answer_complete(logdir):
    flags = ps.flags(logdir)
    s = store.RunStore(ps.python_provider(logdir, flags).data_provider, logdir)
    answer = views.runs_impl(s.overview(_ctx(), ""))
    assert answer["loading"] == 0 and len(answer["runs"]) == 8
