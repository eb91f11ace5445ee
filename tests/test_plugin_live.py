"""Live reload and damaged runs, through both TensorBoard loaders.

While a run is still being written, new steps and new runs show up; a run
whose event file is cut mid-record or corrupt is reported as such in its
``problems`` while the other runs keep working.
"""

import glob
import os
import struct
import time

import pytest
from werkzeug.test import Client

from tests import plugin_support as ps
from tb_nanwatch import metadata
from tb_nanwatch.plugin import integrity
from tb_nanwatch.writer import RunWriter

P = ps.PREFIX
LOADERS = pytest.mark.parametrize("load_fast", ["false", "true"], ids=["python_loader", "rust_loader"])


def _client(logdir, load_fast):
    flags, ingester = ps.start_ingester(logdir, load_fast, reload_interval=1)
    return Client(ps.app(logdir, ingester.data_provider, flags))


def _runs(client):
    return {r["run"]: r for r in client.get(P + "/runs").get_json()["runs"]}


@LOADERS
def test_new_steps_and_new_runs_appear_while_training_writes(tmp_path, load_fast):
    logdir = str(tmp_path)
    w = RunWriter(os.path.join(logdir, "live"), ps.ROWS, flush_secs=3600)
    for step in range(50):
        w.write_trace(step, ps.trace_at(step, len(ps.ROWS)))
    w.flush()
    client = _client(logdir, load_fast)
    ps.wait_for(lambda: _runs(client).get("live", {}).get("steps") == 50, timeout=60)

    for step in range(50, 120):
        v = ps.trace_at(step, len(ps.ROWS), onset=100)
        w.write_trace(step, v)
        if step == 100:
            w.write_onset(metadata.onset_record(step, "forward", "dense/output", "dense"))
    w.flush()
    ps.write_run(logdir, "second", 30)
    runs = ps.wait_for(lambda: (lambda r: r if r.get("live", {}).get("steps") == 120 and "second" in r else None)(_runs(client)), timeout=60)
    assert runs["live"]["onset"]["step"] == 100 and runs["live"]["status"] == "nonfinite"
    (series,) = client.get(P + "/series?run=live&tensor=dense/output").get_json()["series"]
    assert series["steps"] == list(range(120))
    w.close()


def _age(path, seconds=3600):
    t = time.time() - seconds
    os.utime(path, (t, t))


def _event_file(run_dir):
    (path,) = glob.glob(os.path.join(run_dir, "*tfevents*"))
    return path


def _record_offsets(path):
    data = open(path, "rb").read()
    offsets, off = [], 0
    while off + 12 <= len(data):
        offsets.append(off)
        off += 12 + struct.unpack_from("<Q", data, off)[0] + 4
    return offsets


@pytest.fixture(scope="module")
def damaged_logdir(tmp_path_factory):
    logdir = str(tmp_path_factory.mktemp("damaged"))
    ps.write_run(logdir, "healthy", 200)
    # cut in the middle of the last record: a writer that died mid-write
    path = _event_file(ps.write_run(logdir, "cut", 200, onset=150))
    size = os.path.getsize(path)
    with open(path, "r+b") as f:
        f.truncate(size - 100)
    _age(path)
    # a corrupt length header in the middle: no loader can read past it
    path = _event_file(ps.write_run(logdir, "bad_header", 200, onset=150))
    off = _record_offsets(path)[100]
    with open(path, "r+b") as f:
        f.seek(off)
        f.write(b"\xff" * 8)
    _age(path)
    # a corrupt payload in the middle: the Python loader stops there, the Rust one skips it
    path = _event_file(ps.write_run(logdir, "bad_payload", 200, onset=150))
    off = _record_offsets(path)[100]
    with open(path, "r+b") as f:
        f.seek(off + 20)
        f.write(b"\x00" * 16)
    _age(path)
    return logdir


def test_files_still_being_written_are_not_checked(tmp_path):
    path = _event_file(ps.write_run(str(tmp_path), "cut", 20))
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) - 10)
    checker = integrity.FileChecker(str(tmp_path))
    assert checker.problems("cut") == []  # just written: a training in progress
    assert "truncated" in checker.problems("cut", now=time.time() + 3600)[0]
    assert checker.problems("nope") == [] and integrity.FileChecker(None).problems("cut") == []


def test_requests_name_only_damage_found_already_and_the_check_is_pending_until_done(tmp_path):
    path = _event_file(ps.write_run(str(tmp_path), "cut", 20))
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) - 10)
    checker = integrity.FileChecker(str(tmp_path), stale_secs=0)
    assert checker.pending("cut") and checker.problems("cut", cached_only=True) == []
    assert "truncated" in checker.problems("cut")[0]  # the background reader's call: reads the file
    assert not checker.pending("cut") and "truncated" in checker.problems("cut", cached_only=True)[0]


@LOADERS
def test_damaged_runs_are_reported_and_the_others_still_work(damaged_logdir, load_fast):
    client = _client(damaged_logdir, load_fast)
    runs = ps.wait_for(lambda: (lambda r: r if len(r) == 4 else None)(_runs(client)), timeout=60)
    assert runs["healthy"]["problems"] == [] and runs["healthy"]["steps"] == 200
    assert any("truncated" in p for p in runs["cut"]["problems"]), runs["cut"]
    assert runs["cut"]["onset"]["step"] == 150  # what was written before the cut is still served
    assert any("corrupt" in p and "length" in p for p in runs["bad_header"]["problems"]), runs["bad_header"]
    assert any("corrupt" in p and "data CRC" in p for p in runs["bad_payload"]["problems"]), runs["bad_payload"]
    for run in runs:
        assert all(os.path.basename(_event_file(os.path.join(damaged_logdir, run))) in p for p in runs[run]["problems"])
        assert client.get(P + "/heatmap?run=" + run).status_code == 200
        assert client.get(P + "/series?run=%s&tensor=loss" % run).status_code == 200
