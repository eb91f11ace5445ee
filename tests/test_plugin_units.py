"""Pure pieces of the plugin: downsampling, JSON encoding, parameters, the loader's flags."""

import argparse
import json

import numpy as np
import pytest
from tensorboard import errors
from werkzeug.datastructures import MultiDict

from tests import plugin_support as ps
from tb_nanwatch import metadata, reader
from tb_nanwatch.plugin import diagnosis, downsample, jsonify, params
from tb_nanwatch.plugin.loader import NanWatchLoader


# --- downsample ---------------------------------------------------------------

def test_select_returns_everything_within_budget():
    assert downsample.select(np.arange(10), np.zeros(10), 10).tolist() == list(range(10))


@pytest.mark.parametrize("seed", range(5))
def test_select_keeps_extremes_nonfinite_window_and_budget(seed):
    rng = np.random.default_rng(seed)
    n, budget = 10_000, 100
    v = rng.normal(size=n)
    spike, dip, nan, inf = rng.choice(n // 1000, 4, replace=False) * 1000 + rng.integers(0, 500)  # distinct buckets
    v[spike], v[dip], v[nan], v[inf] = 1e9, -1e9, np.nan, np.inf
    idx = downsample.select(np.arange(n), v, budget, 5000, 5040)
    assert {spike, dip, nan, inf, 0, n - 1} <= set(idx.tolist())
    assert set(range(5000, 5041)) <= set(idx.tolist())
    assert len(idx) <= 1.5 * budget + 41 and (np.diff(idx) > 0).all()
    assert np.nanmax(v[idx]) == np.nanmax(v) and np.nanmin(v[idx]) == np.nanmin(v)


def test_select_keeps_a_spike_beside_a_nan_in_the_same_bucket():
    v = np.zeros(1000)
    v[500], v[501], v[502] = 1e9, np.nan, -1e9
    idx = downsample.select(np.arange(1000), v, 10)
    assert {500, 501, 502} <= set(idx.tolist())


def test_select_keeps_each_bucket_min_and_max():
    v = np.tile([0.0, 5.0, -5.0, 1.0], 25)  # 100 points, buckets of 4 for budget 52
    idx = downsample.select(np.arange(100), v, 52)
    assert (v[idx] != 0).sum() >= 50


# --- jsonify ------------------------------------------------------------------

def test_nonfinite_numbers_become_strings_and_json_is_strict():
    obj = {"a": np.array([1.5, np.nan, np.inf, -np.inf], np.float32), "b": float("nan"), "c": np.int64(3), "d": (np.float64(2.0),)}
    text = jsonify.dumps(obj)
    assert json.loads(text) == {"a": [1.5, "NaN", "Inf", "-Inf"], "b": "NaN", "c": 3, "d": [2.0]}
    assert "Infinity" not in text


def test_array_list_keeps_ints_and_nesting():
    assert jsonify.array_list(np.array([[1, 2], [3, 4]], np.int64)) == [[1, 2], [3, 4]]
    assert jsonify.array_list(np.array([[1.0, np.nan]])) == [[1.0, "NaN"]]


# --- params -------------------------------------------------------------------

def test_params():
    args = MultiDict([("run", "r"), ("tensor", "a"), ("tensor", "b"), ("points", "50")])
    assert params.one(args, "run") == "r"
    assert params.many(args, "tensor") == ["a", "b"]
    assert params.integer(args, "points", default=1000, lo=4) == 50
    assert params.integer(args, "missing", default=7) == 7
    assert params.step_range(MultiDict([("start", "3")])) == (3, None)
    for bad in (lambda: params.one(args, "nope"), lambda: params.integer(MultiDict([("p", "x")]), "p"),
                lambda: params.integer(args, "points", lo=100), lambda: params.step_range(MultiDict([("start", "5"), ("end", "4")])),
                lambda: params.choice(MultiDict([("kind", "z")]), "kind", metadata.KINDS)):
        with pytest.raises(errors.InvalidArgumentError):
            bad()


# --- loader -------------------------------------------------------------------

@pytest.mark.parametrize("given,expected", [
    ({}, {"tb_nanwatch": 0}),
    ({"scalars": 500}, {"scalars": 500, "tb_nanwatch": 0}),
    ({"tb_nanwatch": 100}, {"tb_nanwatch": 100}),
    ("images=3,tb_nanwatch=7", {"images": 3, "tb_nanwatch": 7}),
    (None, {"tb_nanwatch": 0}),
])
def test_fix_flags_keeps_all_samples_unless_the_user_set_it(given, expected):
    flags = argparse.Namespace(samples_per_plugin=given)
    NanWatchLoader().fix_flags(flags)
    assert flags.samples_per_plugin == expected


def test_fix_flags_through_tensorboards_own_parser(tmp_path):
    assert ps.flags(str(tmp_path)).samples_per_plugin == {"tb_nanwatch": 0}
    user = ps.flags(str(tmp_path), samples_per_plugin={"tb_nanwatch": 5})
    assert user.samples_per_plugin == {"tb_nanwatch": 5}


def test_user_cap_is_reported_as_sampled(tmp_path):
    logdir = str(tmp_path)
    ps.write_run(logdir, "long", 500, onset=400)
    from tensorboard import program
    from tensorboard.plugins.core import core_plugin
    from werkzeug.test import Client

    tb = program.TensorBoard(plugins=[core_plugin.CorePluginLoader, NanWatchLoader])
    tb.configure(argv=["tensorboard", "--logdir", logdir, "--samples_per_plugin", "tb_nanwatch=50", "--load_fast", "false"])
    flags = tb.flags
    c = Client(ps.app(logdir, ps.python_provider(logdir, flags).data_provider, flags))
    (run,) = c.get(ps.PREFIX + "/runs").get_json()["runs"]
    assert run["sampled"] is True and any("trace steps came back" in p for p in run["problems"])
    assert run["onset"]["step"] == 400  # the onset tag is written once, so a cap cannot drop it


# --- diagnosis guard ----------------------------------------------------------

def _run_data(onset=None):
    steps = np.arange(20)
    trace = np.ones((20, len(ps.ROWS)), np.float32)
    if onset is not None:
        trace[onset:, ps.BAD_ROW] = np.nan
    return reader.RunData("r", list(ps.ROWS), steps, trace, np.zeros(0, np.int64), np.zeros((0, len(ps.ROWS), len(metadata.STATS)), np.float32))


def test_fallback_diagnosis_finds_the_first_nonfinite_step():
    d = diagnosis.fallback(_run_data(onset=7))
    assert d["status"] == "nonfinite" and d["onset"]["step"] == 7 and d["onset"]["tensor"] == "dense/output"
    assert diagnosis.fallback(_run_data())["status"] == "healthy"


def test_a_failing_analysis_falls_back_and_says_so(monkeypatch):
    def broken(run_data):
        raise RuntimeError("boom")

    import tb_nanwatch.analysis

    monkeypatch.setattr(tb_nanwatch.analysis, "diagnose", broken)  # the real lookup finds the broken analysis
    d = diagnosis.diagnose(_run_data(onset=3))
    assert d["onset"]["step"] == 3 and any("analysis failed: RuntimeError: boom" in p for p in d["problems"])


# --- heatmap cells ------------------------------------------------------------

def test_heatmap_cells_from_the_trace_name_nan_inf_and_the_largest_finite_value():
    from tb_nanwatch.plugin import store, views

    data = _run_data()
    data.trace[4, 0], data.trace[5, 0] = np.inf, 1000.0  # bucket 0 of rows 0: Inf beside a finite 1000
    data.trace[12, 1] = np.nan  # bucket 1 of row 1: NaN
    data.trace[:, 2] = 0.0  # all zeros: log10(0)
    h = json.loads(jsonify.dumps(views.heatmap_impl(store.Entry((), data, {"run": "r"}), buckets=2)))
    assert h["buckets"] == [[0, 9], [10, 19]] and h["source"] == "l2"
    assert h["nonfinite"][0] == [2, 0] and h["nonfinite"][1] == [0, 1]
    assert h["magnitude"][0][0] == pytest.approx(3.0) and h["magnitude"][2] == ["-Inf", "-Inf"]
    assert h["magnitude"][3] == [0.0, 0.0]


def test_unmeasured_trace_points_are_skipped_in_series_and_heatmap():
    from tb_nanwatch.plugin import store, views

    data = _run_data()
    data.trace[:, 2] = 4.0  # dense/preactivation: measured on even steps only
    data.trace[1::2, 2] = views.UNMEASURED
    data.trace[10:, 2] = views.UNMEASURED  # ... and not at all in the second half
    data.trace[:, 5] = -1.0  # the loss row holds values: -1 is a real loss here
    entry = store.Entry((), data, {"run": "r"})
    pre, loss = views.series_impl(entry, ["dense/preactivation", "loss"], ["trace"])["series"]
    assert pre["steps"].tolist() == [0, 2, 4, 6, 8] and pre["logged"] == 5 and pre["values"] == [4.0] * 5
    assert loss["logged"] == 20 and loss["values"] == [-1.0] * 20
    h = json.loads(jsonify.dumps(views.heatmap_impl(entry, buckets=2)))
    assert h["magnitude"][2][0] == pytest.approx(np.log10(4.0)) and h["magnitude"][2][1] is None
    assert h["nonfinite"][2] == [0, 0] and h["magnitude"][5] == [0.0, 0.0]  # |-1| = 1


def test_series_sends_null_for_unmeasured_and_nan_only_where_the_tensor_held_one():
    """The contract of /series: not measured is null; "NaN"/"Inf" only where the row's nan/inf counts say so."""
    from tb_nanwatch.plugin import store, views

    data = _run_data()
    S = metadata.STAT_INDEX
    data.stats_steps = np.array([0, 5, 10, 15], np.int64)
    data.stats = np.zeros((4, len(ps.ROWS), len(metadata.STATS)), np.float32)
    w, a = 8, ps.BAD_ROW  # dense/kernel (a weight), dense/output
    data.stats[:, w, S["update_ratio"]] = [1e-3, 2e-3, np.nan, 1e-3]  # step 10: not measured (no NaN in the row)
    data.stats[:, a, S["min"]] = [0.0, 0.0, np.nan, np.nan]
    data.stats[2:, a, S["nan"]] = [3, np.nan]  # step 10: 3 NaN; step 15: counts unknown (fast path)
    data.trace[5, a] = np.inf  # a logged step whose counts are 0: the norm overflowed, the tensor was finite
    data.trace[7, a] = np.inf  # no statistics at step 7: cannot tell, stays Inf
    entry = store.Entry((), data, {"run": "r"})
    out = json.loads(jsonify.dumps(views.series_impl(entry, ["dense/kernel", "dense/output"], ["update_ratio", "min", "trace"])))
    by = {(s["tensor"], s["stat"]): s for s in out["series"]}
    ratio = by["dense/kernel", "update_ratio"]["values"]
    assert ratio[2] is None and ratio[:2] + ratio[3:] == pytest.approx([1e-3, 2e-3, 1e-3])
    assert by["dense/output", "min"]["values"] == [0.0, 0.0, "NaN", "NaN"]
    trace = by["dense/output", "trace"]["values"]
    assert trace[5] is None and trace[7] == "Inf" and trace[0] == 1.0
