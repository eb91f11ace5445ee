"""The plugin's HTTP API through TensorBoard's real WSGI app and data providers.

Runs are written with the numpy writer and served by both loaders: the Rust
data server (``load_fast=true``) and the Python multiplexer (``false``).
"""

import os

import numpy as np
import pytest
from tensorboard.compat.proto import event_pb2, summary_pb2
from tensorboard.summary.writer.event_file_writer import EventFileWriter
from werkzeug.test import Client

from tests import plugin_support as ps
from tb_nanwatch import metadata, writer
from tb_nanwatch.plugin import diagnosis

P = ps.PREFIX
ONSET = 150
SPIKE = (40, 1e6)


def _bad_metadata_run(logdir, name, content):
    """A run whose trace tag carries unusable plugin content."""
    w = EventFileWriter(os.path.join(logdir, name), filename_suffix=".nanwatch")
    for step in range(5):
        summary = writer.trace_pb(np.ones(3))
        summary.value[0].metadata.CopyFrom(
            summary_pb2.SummaryMetadata(
                plugin_data=summary_pb2.SummaryMetadata.PluginData(plugin_name=metadata.PLUGIN_NAME, content=content),
                data_class=summary_pb2.DATA_CLASS_TENSOR,
            )
        )
        w.add_event(event_pb2.Event(step=step, wall_time=1.0 + step, summary=summary))
    w.close()


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    d = str(tmp_path_factory.mktemp("logs"))
    ps.write_run(d, "bad", 300, onset=ONSET, spike=SPIKE)
    ps.write_run(d, "good", 300)
    ps.write_run(d, "nested/deep", 50)
    _bad_metadata_run(d, "future_schema", b'{"version": 99, "tag_kind": "trace", "rows": []}')
    _bad_metadata_run(d, "garbled", b"\xff\x00 not json")
    return d


@pytest.fixture(scope="module", params=["false", "true"], ids=["python_loader", "rust_loader"])
def client(request, logdir):
    flags, ingester = ps.start_ingester(logdir, request.param, reload_interval=1)
    c = Client(ps.app(logdir, ingester.data_provider, flags))
    ps.wait_for(lambda: len(ps.run_names(c)) == 5, timeout=60)
    return c


def get(client, url, code=200):
    r = client.get(P + url)
    assert r.status_code == code, (url, r.status_code, r.get_data()[:300])
    if code == 200:
        assert r.headers["Content-Type"].startswith("application/json")
        return r.get_json()
    assert r.headers["Content-Type"].startswith("text/plain")
    body = r.get_data(as_text=True)
    assert "Traceback" not in body and body.strip()
    return body


def test_plugin_is_listed_as_an_iframe_tab(client):
    listing = client.get("/data/plugins_listing").get_json()["tb_nanwatch"]
    assert listing["enabled"] is True
    assert listing["loading_mechanism"] == {"type": "IFRAME", "module_path": P + "/index.js"}


def test_runs_overview_puts_failing_runs_first_with_exact_onset(client):
    runs = get(client, "/runs")["runs"]
    by_name = {r["run"]: r for r in runs}
    assert set(by_name) == {"bad", "good", "nested/deep", "future_schema", "garbled"}
    assert runs[0]["run"] == "bad"
    bad = by_name["bad"]
    assert bad["status"] == "nonfinite"
    assert bad["onset"] == {"step": ONSET, "phase": "forward", "tensor": "dense/output", "layer": "dense", "kind": "nonfinite"}
    assert bad["steps"] == 300 and bad["sampled"] is False
    assert set(bad) == {"run", "status", "steps", "onset", "origin", "top_cause", "status_note", "sampled", "summarised", "problems", "events", "stopped", "loading", "source"}
    assert bad["source"] is None  # written by the watch (runs of other writers: tests/test_foreign.py)
    assert bad["events"] == {}  # no skipped update, loss spike or rollback
    assert bad["top_cause"] is None or set(bad["top_cause"]) == {"id", "score", "summary"}
    assert by_name["good"]["onset"] is None and by_name["good"]["status"] != "nonfinite"
    ranks = [diagnosis.status_rank(r["status"]) for r in runs]
    assert ranks == sorted(ranks)


@pytest.mark.parametrize("run", ["future_schema", "garbled"])
def test_runs_with_unusable_metadata_are_shown_unreadable_with_problems(client, run):
    d = get(client, "/diagnosis?run=" + run)
    assert d["status"] == "unreadable" and d["problems"], d
    assert get(client, "/tensors?run=" + run)["rows"] == []
    assert get(client, "/heatmap?run=" + run)["rows"] == []
    get(client, "/series?run=%s&tensor=loss" % run, 404)


def test_diagnosis_has_the_analysis_keys(client):
    d = get(client, "/diagnosis?run=bad")
    for key in ("run", "status", "steps", "onset", "causes", "ruled_out", "sampled", "problems"):
        assert key in d
    assert d["onset"]["step"] == ONSET
    for cause in d["causes"]:
        assert {"id", "score", "summary", "evidence", "fix"} <= set(cause)
    assert get(client, "/diagnosis?run=nested/deep")["run"] == "nested/deep"


def test_tensors_in_dataflow_order(client):
    t = get(client, "/tensors?run=bad")
    assert [r["name"] for r in t["rows"]] == [r["name"] for r in ps.ROWS]
    assert [r["index"] for r in t["rows"]] == list(range(len(ps.ROWS)))
    assert t["rows"][3] == {"index": 3, "name": "dense/output", "kind": "activation", "phase": "forward", "layer": "dense", "activation": "relu"}
    assert t["stats"] == list(metadata.STATS)


def test_series_full_resolution_when_within_budget(client):
    s = get(client, "/series?run=bad&tensor=dense/output&points=1000")
    (series,) = s["series"]
    assert series["steps"] == list(range(300)) and series["logged"] == series["returned"] == 300
    assert series["values"][ONSET] == "Inf" and series["values"][ONSET + 1] == "NaN"
    assert s["onset"]["step"] == ONSET and s["sampled"] is False


def test_series_downsampling_keeps_spike_onset_window_and_budget(client):
    s = get(client, "/series?run=bad&tensor=input/x&tensor=dense/output&stat=trace&stat=max_abs&points=20")
    assert [(x["stat"], x["tensor"]) for x in s["series"]] == [
        ("trace", "input/x"), ("trace", "dense/output"), ("max_abs", "input/x"), ("max_abs", "dense/output")]
    trace_x, trace_d, stats_x, _ = s["series"]
    assert trace_x["logged"] == 300 and trace_x["returned"] == len(trace_x["steps"]) <= 20 + 41  # finite series: budget + onset window
    assert SPIKE[0] in trace_x["steps"]  # the spike is never averaged away
    assert trace_x["values"][trace_x["steps"].index(SPIKE[0])] == SPIKE[1]
    window = list(range(ONSET - 20, ONSET + 21))
    assert all(step in trace_d["steps"] for step in window)
    assert trace_d["steps"] == sorted(trace_d["steps"]) and trace_d["steps"][0] == 0 and trace_d["steps"][-1] == 299
    assert stats_x["logged"] == 30 + 18  # every 10th step, plus the other steps of the window 150..170


def test_series_step_range(client):
    (series,) = get(client, "/series?run=bad&tensor=loss&start=100&end=109")["series"]
    assert series["steps"] == list(range(100, 110)) and series["logged"] == 10
    (empty,) = get(client, "/series?run=bad&tensor=loss&start=5000")["series"]
    assert empty["steps"] == [] and empty["returned"] == 0


def test_heatmap(client):
    h = get(client, "/heatmap?run=bad&buckets=10")
    assert h["rows"] == [r["name"] for r in ps.ROWS]
    assert h["layers"] == [r["layer"] for r in ps.ROWS]
    assert h["buckets"][0] == [0, 29] and h["buckets"][-1] == [270, 299] and len(h["buckets"]) == 10
    assert h["source"] == "max_abs" and h["bucket_source"] == ["max_abs"] * 10
    nf = np.array(h["nonfinite"])
    onset_bucket = ONSET // 30
    assert (nf[:3] == 0).all() and (nf[3, :onset_bucket] == 0).all() and (nf[3, onset_bucket:] == 1).all()
    mag = h["magnitude"]
    assert mag[3][onset_bucket + 1] is None and isinstance(mag[0][0], float)
    assert abs(mag[0][SPIKE[0] // 30] - np.log10(SPIKE[1] / 2)) < 1e-3  # stats max_abs of the spike
    # finer buckets than the statistics: trace L2 fills the gaps, and says so
    fine = get(client, "/heatmap?run=bad&buckets=300&start=0&end=99")
    assert len(fine["buckets"]) == 100 and fine["source"] == "max_abs+l2"
    assert fine["bucket_source"][0] == "max_abs" and fine["bucket_source"][1] == "l2"
    grads = get(client, "/heatmap?run=bad&kind=gradient")
    assert grads["rows"] == ["dense_1/kernel/grad", "dense/kernel/grad"] and len(grads["magnitude"]) == 2


ERRORS = [
    ("/diagnosis", 400),
    ("/diagnosis?run=", 400),
    ("/diagnosis?run=bad&run=good", 400),
    ("/diagnosis?run=nope", 404),
    ("/tensors", 400),
    ("/tensors?run=nope", 404),
    ("/series?run=bad", 400),
    ("/series?tensor=loss", 400),
    ("/series?run=nope&tensor=loss", 404),
    ("/series?run=bad&tensor=nope", 404),
    ("/series?run=bad&tensor=loss&tensor=nope", 404),
    ("/series?run=bad&tensor=loss&stat=median", 400),
    ("/series?run=bad&tensor=loss&start=x", 400),
    ("/series?run=bad&tensor=loss&start=10&end=5", 400),
    ("/series?run=bad&tensor=loss&points=3", 400),
    ("/series?run=bad&tensor=loss&points=1e3", 400),
    ("/series?run=bad&tensor=loss&points=100000000", 400),
    ("/series?run=bad&tensor=loss&end=99999999999999999999999", 400),
    ("/series?run=bad&tensor=loss&points=10&points=20", 400),
    ("/heatmap", 400),
    ("/heatmap?run=nope", 404),
    ("/heatmap?run=bad&buckets=0", 400),
    ("/heatmap?run=bad&buckets=ten", 400),
    ("/heatmap?run=bad&kind=neuron", 400),
    ("/heatmap?run=bad&start=9&end=1", 400),
    ("/static/nope.js", 404),
    ("/static/../loader.py", 404),
    ("/nope", 404),
]


@pytest.mark.parametrize("url,code", ERRORS)
def test_error_statuses(client, url, code):
    get(client, url, code)


def test_series_limit_on_number_of_series(client):
    url = "/series?run=bad&" + "&".join("tensor=t%d" % i for i in range(257))
    get(client, url, 400)


@pytest.mark.parametrize("route", ["/runs", "/diagnosis?run=bad", "/series?run=bad&tensor=loss"])
def test_non_get_methods_are_405(client, route):
    r = client.post(P + route)
    assert r.status_code == 405 and "GET" in r.headers["Allow"]


def test_index_js_is_an_es_module(client):
    r = client.get(P + "/index.js")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/javascript")
    assert b"export" in r.get_data() and b"render" in r.get_data()
