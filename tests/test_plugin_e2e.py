"""End to end: a real `tensorboard` process finds the exact onset of a 20,000-step run.

TensorBoard's default downsampling (100 points on the Rust loader, 10 on the
Python one) would drop it; the plugin's loader keeps every sample.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests import plugin_support as ps

STEPS, ONSET = 20_000, 13_577


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    d = str(tmp_path_factory.mktemp("e2e"))
    ps.write_run(d, "long", STEPS, onset=ONSET, log_every=100)
    ps.write_run(d, "short_ok", 200)
    return d


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, None
    except (urllib.error.URLError, ConnectionError, OSError):
        return None, None


def _tensorboard_cmd():
    exe = shutil.which("tensorboard")
    return [exe] if exe else [sys.executable, "-m", "tensorboard.main"]


@pytest.mark.parametrize("load_fast", ["true", "false"])
def test_real_tensorboard_returns_the_exact_onset(logdir, load_fast, tmp_path):
    port = ps.free_port()
    log = open(tmp_path / "tensorboard.log", "w")
    proc = subprocess.Popen(
        _tensorboard_cmd() + ["--logdir", logdir, "--port", str(port), "--host", "127.0.0.1", "--load_fast=" + load_fast, "--reload_interval", "2"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = "http://127.0.0.1:%d/data/plugin/tb_nanwatch" % port
    try:
        def long_run_loaded():
            assert proc.poll() is None, open(tmp_path / "tensorboard.log").read()[-3000:]
            status, body = _get(base + "/runs")
            if status != 200:
                return None
            runs = {r["run"]: r for r in body["runs"]}
            return runs if runs.get("long", {}).get("steps") == STEPS and "short_ok" in runs else None

        runs = ps.wait_for(long_run_loaded, timeout=180, interval=1.0)
        long = runs["long"]
        assert long["onset"]["step"] == ONSET and long["status"] == "nonfinite"
        assert long["sampled"] is False
        assert body_of(base + "/runs")["runs"][0]["run"] == "long"
        series = body_of(base + "/series?run=long&tensor=dense/output&points=200")["series"][0]
        assert series["logged"] == STEPS and ONSET in series["steps"]
        assert series["values"][series["steps"].index(ONSET)] == "Inf"
        status, listing = _get("http://127.0.0.1:%d/data/plugins_listing" % port)
        assert status == 200 and listing["tb_nanwatch"]["enabled"] is True
        assert _get(base + "/diagnosis?run=nope")[0] == 404
        assert _get(base + "/series?run=long")[0] == 400
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def body_of(url):
    status, body = _get(url)
    assert status == 200, (url, status)
    return body
