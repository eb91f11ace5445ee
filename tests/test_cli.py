"""`tb-nanwatch report` in a subprocess: on real trainings, and every error path."""

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from analysis_synth import Synth
from tb_nanwatch.analysis.records import event_files
from tb_nanwatch.writer import RunWriter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The shape of issue 3, then the additions of issue 11 (constant-predictor loss, model facts, failed rules),
# then of issue 20 (everything the text report shows: status reason, origin, risks, rules not applicable or
# not checked, notes, events, the stop, the replayed op, summarised ranges, problems).
RUN_KEYS = ["run", "status", "steps", "onset", "causes", "ruled_out", "baseline", "model", "rule_errors",
            "status_reason", "status_evidence", "origin", "risks", "not_applicable", "skipped", "notes", "events",
            "stopped", "op", "summarised", "problems"]


def cli(*args, no_tf=False):
    """Runs the CLI; returns (exit code, stdout, stderr)."""
    if no_tf:
        code = "import sys; sys.modules['tensorflow'] = None; from tb_nanwatch.cli import main; sys.exit(main(sys.argv[1:]))"
        cmd = [sys.executable, "-c", code, *args]
    else:
        cmd = [sys.executable, "-m", "tb_nanwatch", *args]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in p.stderr, p.stderr
    return p.returncode, p.stdout, p.stderr


def write_synthetic(run_dir, onset_at=None, steps=60):
    s = Synth(steps=steps)
    if onset_at is not None:
        s.go_nonfinite(onset_at, "input/x")
    w = RunWriter(str(run_dir), s.rows)
    for t in range(steps):
        w.write_trace(t, s.trace[t])
    for k, t in enumerate(s.stats_steps):
        w.write_stats(int(t), s.stats[k])
    if s.onset:
        w.write_onset(s.onset)
    w.close()


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """Two real Keras trainings with NanWatch: NaN inputs, and a healthy regression."""
    pytest.importorskip("tensorflow")
    logdir = tmp_path_factory.mktemp("trained")
    p = subprocess.run(
        [sys.executable, "-m", "demo", "--logdir", str(logdir), "--only", "nan_inputs", "healthy_regression"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    return logdir


@pytest.fixture
def synthetic(tmp_path):
    write_synthetic(tmp_path / "good")
    write_synthetic(tmp_path / "bad", onset_at=30)
    return tmp_path


def test_text_report_on_real_trainings(trained):
    code, out, _ = cli("report", str(trained))
    assert code == 0
    assert "run nan_inputs/broken: NONFINITE" in out
    assert "phase input, tensor input/0" in out
    assert "1. input_nonfinite" in out and "fix:" in out
    assert "run healthy_regression: HEALTHY" in out


def test_json_report_on_real_trainings_has_exactly_the_issue_shape(trained):
    code, out, _ = cli("report", str(trained), "--json")
    assert code == 0
    report = json.loads(out)
    assert list(report) == ["runs"]
    runs = {r["run"]: r for r in report["runs"]}
    assert set(runs) == {"nan_inputs/broken", "nan_inputs/fixed", "healthy_regression"}
    for r in report["runs"]:
        assert list(r) == RUN_KEYS
        for c in r["causes"] + r["risks"]:
            assert list(c) == ["id", "score", "summary", "evidence", "fix", "code"]
    broken = runs["nan_inputs/broken"]
    latched = open(os.path.join(trained, "nan_inputs", "broken", ".done")).read()  # the hook's watch.onset
    assert broken["status"] == "nonfinite" and str(broken["onset"]["step"]) in latched
    assert broken["onset"]["phase"] == "input" and broken["causes"][0]["id"] == "input_nonfinite"
    assert broken["origin"]["phase"] == "input" and broken["onset"]["kind"] == "nonfinite"
    assert broken["status_reason"] == "nonfinite"
    for name in ("nan_inputs/fixed", "healthy_regression"):
        assert runs[name]["status"] == "healthy" and runs[name]["onset"] is None
        assert runs[name]["causes"] == [] and all(c["score"] < 0.5 for c in runs[name]["risks"])
    # the text report's order is the JSON's: the tab's order, failing runs first
    assert [r["run"] for r in report["runs"]] == ["nan_inputs/broken", "healthy_regression", "nan_inputs/fixed"]
    _, text, _ = cli("report", str(trained))
    assert [line.split(":")[0] for line in text.splitlines() if line.startswith("run ")] == [
        "run nan_inputs/broken", "run healthy_regression", "run nan_inputs/fixed"]


def test_run_filter(synthetic):
    code, out, _ = cli("report", str(synthetic), "--run", "bad", "--json")
    assert code == 0
    (run,) = json.loads(out)["runs"]
    assert run["run"] == "bad" and run["onset"]["step"] == 30


def test_unknown_run(synthetic):
    code, out, err = cli("report", str(synthetic), "--run", "nope")
    assert code == 1 and out == ""
    assert "no run 'nope'" in err and "bad, good" in err


def test_missing_logdir(tmp_path):
    code, out, err = cli("report", str(tmp_path / "absent"))
    assert code == 1 and out == "" and "no such log directory" in err


def test_empty_logdir(tmp_path):
    code, _, err = cli("report", str(tmp_path))
    assert code == 1 and "no event files" in err


def test_logdir_without_our_data(tmp_path):
    from tensorboard.compat.proto import event_pb2, summary_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    w = EventFileWriter(str(tmp_path / "other"))
    # (a loss would be diagnosed as a run written without the watch: tests/test_foreign.py)
    w.add_event(event_pb2.Event(step=0, summary=summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="examples_per_sec", simple_value=1.0)])))
    w.close()
    code, out, err = cli("report", str(tmp_path), "--json")
    assert code == 1 and out == "" and "no tb_nanwatch data" in err
    assert 'model.fit(..., callbacks=[NanWatch("logs/run")])' in err and "from tb_nanwatch import NanWatch" in err


def test_truncated_file_is_named_and_other_runs_reported(synthetic):
    (path,) = event_files(str(synthetic / "bad"))
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) - 10)
    code, out, err = cli("report", str(synthetic), "--json")
    assert code == 3
    assert os.path.basename(path) in err and "truncated" in err
    assert "good" in [r["run"] for r in json.loads(out)["runs"]]


def test_corrupt_file_beside_a_good_run(synthetic):
    (path,) = event_files(str(synthetic / "bad"))
    data = bytearray(open(path, "rb").read())
    data[len(data) // 3] ^= 0xFF
    open(path, "wb").write(bytes(data))
    code, out, err = cli("report", str(synthetic))
    assert code == 3
    assert os.path.basename(path) in err and "corrupt" in err
    assert "run good: HEALTHY" in out


def test_corrupt_real_training_file(trained, tmp_path):
    logdir = tmp_path / "copy"
    shutil.copytree(trained, logdir)
    (path,) = event_files(str(logdir / "nan_inputs" / "broken"))
    data = bytearray(open(path, "rb").read())
    data[200] ^= 0x55
    open(path, "wb").write(bytes(data))
    code, out, err = cli("report", str(logdir), "--json")
    assert code == 3 and os.path.basename(path) in err
    assert "healthy_regression" in [r["run"] for r in json.loads(out)["runs"]]


def test_works_without_tensorflow(synthetic):
    code, out, _ = cli("report", str(synthetic), "--json", no_tf=True)
    assert code == 0
    statuses = {r["run"]: r["status"] for r in json.loads(out)["runs"]}
    assert statuses == {"bad": "nonfinite", "good": "healthy"}


def test_console_script_matches_module(synthetic):
    exe = shutil.which("tb-nanwatch")
    if exe is None:
        pytest.skip("tb-nanwatch is not installed")
    p = subprocess.run([exe, "report", str(synthetic), "--json"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and json.loads(p.stdout) == json.loads(cli("report", str(synthetic), "--json")[1])


def test_usage_error_is_not_a_traceback():
    code, _, err = cli("report")
    assert code == 2 and "usage" in err


def test_analysis_imports_without_tensorflow():
    code = "import sys; sys.modules['tensorflow'] = None; import tb_nanwatch.analysis, tb_nanwatch.cli; print('ok')"
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and p.stdout.strip() == "ok", p.stderr
