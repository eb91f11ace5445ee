"""Runs written without NanWatch (issue 23): real writers, real trainings, the same diagnosis.

Keras's TensorBoard callback (epoch and batch resolution), tensorboardX's SummaryWriter, PyTorch's
SummaryWriter under the Hugging Face Trainer's tags and tf.summary write the logs
(`tests/foreign_logs.py`); the CLI, the analysis and the plugin read them through TensorBoard's
own loaders.
"""

import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import pytest

import foreign_logs
import plugin_support as ps

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    return foreign_logs.write_all(str(tmp_path_factory.mktemp("foreign")))


@pytest.fixture(scope="module")
def report(logdir):
    """``{run: diagnosis}`` of `tb-nanwatch report --json`, run without TensorFlow, and its exit status."""
    code = ("import sys; sys.modules['tensorflow'] = None; from tb_nanwatch.cli import main; "
            "sys.exit(main(['report', %r, '--json']))" % logdir)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {d["run"]: d for d in json.loads(proc.stdout)["runs"]}


@pytest.fixture(scope="module")
def full(logdir):
    """``{run: diagnosis}`` with everything the analysis returns (rows, series)."""
    from tb_nanwatch.analysis import diagnose_logdir

    return {d["run"]: d for d in diagnose_logdir(logdir)["runs"]}


def ids(d):
    return [c["id"] for c in d["causes"]]


def test_every_writer_is_read_and_keras_folders_are_one_run(report):
    assert set(report) == {"keras/%s" % s for s in foreign_logs.KERAS_SCENARIOS} | {
        "keras_batch/nan", "keras_batch/healthy", "tbx/healthy", "tbx/nan", "tbx/lr_jump", "hf/runs/May01_host",
        "tf/diverging", "tf/healthy"}
    assert report["keras/healthy"]["foreign"]["members"] == {"train": "keras/healthy/train", "validation": "keras/healthy/validation"}
    assert report["keras/healthy"]["foreign"]["writer"] == "keras"
    assert report["hf/runs/May01_host"]["foreign"]["writer"] == "huggingface"
    assert report["tbx/nan"]["foreign"]["writer"] == "scalars"
    assert report["keras/nan"]["foreign"]["label"] == "TensorBoard logs, epoch resolution"
    assert report["keras_batch/nan"]["foreign"]["label"] == "TensorBoard logs, batch resolution"


def test_keras_nan_at_batch_resolution_names_the_exact_batch(report):
    d = report["keras_batch/nan"]
    assert d["status"] == "nonfinite"
    assert d["onset"]["step"] == foreign_logs.NAN_BATCH and d["onset"]["phase"] is None
    fr = d["foreign"]
    assert fr["resolution"] == "batch" and fr["steps_per_epoch"] == 10
    assert any("running mean is non-finite" in n for n in fr["notes"])
    assert any("phase" in n and "not in these logs" in n for n in fr["cannot_tell"])
    assert "NanWatch" in fr["add_watch"] and "NanWatch" in fr["add_watch_line"]


def test_keras_nan_at_epoch_resolution_says_what_it_cannot_tell(report):
    d = report["keras/nan"]
    assert d["status"] == "nonfinite" and d["onset"]["step"] == 0 and d["foreign"]["unit"] == "epoch"
    assert any("during epoch 0 (one of its 10 steps)" in n for n in d["foreign"]["cannot_tell"])
    # every layer's weights went NaN in the same epoch: which layer first is not claimed
    assert d["origin"]["layer"] is None and "cannot tell" in d["origin"]["how"]
    assert [w["layer"] for w in d["foreign"]["weights"]] and all(w.get("nonfinite_step") == 0 for w in d["foreign"]["weights"])
    # advice keeps the run's own optimizer (SGD, from the logged compile config), never another one
    fixes = [c["fix"] for c in d["causes"] if "keras.optimizers." in (c.get("fix") or "")]
    assert fixes and all("keras.optimizers.SGD(" in f for f in fixes), fixes


def test_keras_lr_jump_before_the_runaway(report):
    d = report["keras/lr_jump"]
    assert d["status"] in ("nonfinite", "diverging")
    top = d["causes"][0]
    assert top["id"] == "learning_rate_too_high"
    assert any("jumped 1000x, from 0.02 to 20, at epoch 3" in e for e in top["evidence"])
    assert any("the weights of layers dense" in n and "NaN" in n for n in d["notes"])


def test_keras_static_model_checks_run_on_the_logged_config(report):
    d = report["keras/softmax_one_unit"]
    assert d["status"] == "stalled" and ids(d)[0] == "softmax_single_unit"
    assert d["model"]["losses"][0]["name"] == "binary_crossentropy"


def test_keras_stalled_against_the_constant_predictor_bound(report):
    d = report["keras/stalled"]
    assert d["status"] == "stalled"
    assert math.isclose(d["baseline"]["loss"], math.log(4)) and "equal shares of the 4 classes" in d["baseline"]["what"]
    assert any("equals the loss of always predicting equal shares" in n for n in d["status_evidence"])
    assert "too_few_steps" not in ids(d)  # five epochs are not five steps
    assert ids(d)[0] == "learning_rate_too_low"


def test_keras_healthy_runs_stay_healthy_with_validation(report, full):
    for run in ("keras/healthy", "keras_batch/healthy"):
        d = report[run]
        assert d["status"] == "healthy", (run, d["status_evidence"])
        assert not any(c["score"] >= 0.5 for c in d["risks"])
        assert any("validation loss" in n for n in d["foreign"]["validation"])
    series = full["keras/healthy"]["foreign"]["series"]
    assert len(series["validation_loss"]["values"]) == 5 and series["learning_rate"]["values"][0] == pytest.approx(0.02)


def test_tensorboardx_param_and_grad_histograms(report, full):
    d = report["tbx/nan"]
    assert d["status"] == "nonfinite" and "exploding_gradients" in ids(d)[:2]
    assert report["tbx/healthy"]["status"] == "healthy"
    jump = report["tbx/lr_jump"]
    assert ids(jump)[0] == "learning_rate_too_high" and any("jumped 200x" in e for e in jump["causes"][0]["evidence"])


def test_hf_trainer_tags_and_tf_summary(report):
    hf = report["hf/runs/May01_host"]
    assert hf["status"] == "healthy" and hf["foreign"]["loss_tag"] == "train/loss"
    assert any("validation loss went from" in n for n in hf["foreign"]["validation"])
    assert report["tf/diverging"]["status"] in ("nonfinite", "diverging")
    assert report["tf/healthy"]["status"] == "healthy"


def test_running_means_recovered_exactly():
    from tb_nanwatch.foreign.series import epoch_ends_from_means, recover_batches

    x = np.array([0.9, 0.7, 0.8, 0.5, 0.6, 0.4, 0.45, 0.3])
    ends = [4, 8]
    m = np.concatenate([np.cumsum(x[:4]) / np.arange(1, 5), np.cumsum(x[4:]) / np.arange(1, 5)]).astype(np.float32)
    steps = np.arange(1, 9)
    values, exact = recover_batches(steps, m, ends)
    np.testing.assert_allclose(values, x, rtol=1e-5)
    assert exact.all()
    assert epoch_ends_from_means(steps, m, [m[3], m[7]]) == ends
    # every second batch logged (update_freq=2): means of the two batches since the last point
    values, exact = recover_batches(steps[1::2], m[1::2], ends)
    np.testing.assert_allclose(values, (x[0::2] + x[1::2]) / 2, rtol=1e-5)
    assert not exact.any()
    # a NaN batch: known where it came, the rest of its epoch unknown, the next epoch read again
    m2 = m.copy()
    m2[1:4] = np.nan
    values, _ = recover_batches(steps, m2, ends)
    assert np.isnan(values[1]) and np.isnan(values[2:4]).all() and np.allclose(values[4:], x[4:], rtol=1e-5)


def test_histogram_statistics_and_nan_edges():
    from tb_nanwatch import metadata
    from tb_nanwatch.foreign.series import histogram_stats

    st, l2 = histogram_stats(np.array([[-1.0, 0.0, 2.0], [0.0, 1.0, 2.0]]))
    s = metadata.STAT_INDEX
    assert st[s["size"]] == 4 and st[s["min"]] == -1 and st[s["max"]] == 1 and st[s["max_abs"]] == 1
    assert l2 == pytest.approx(1.0) and st[s["nan"]] == 0
    st, l2 = histogram_stats(np.full((30, 3), np.nan))  # what TensorFlow writes for NaN weights
    assert st[s["nan"]] == 1 and np.isnan(l2)


def test_tags_are_recognised():
    from tb_nanwatch.foreign import tags

    assert tags.classify_scalar("Loss/train") == ("loss", "train")
    assert tags.classify_scalar("Loss/val") == ("loss", "validation")
    assert tags.classify_scalar("train/learning_rate") == ("learning_rate", "train")
    assert tags.classify_scalar("epoch_loss", "validation") == ("loss", "validation")
    assert tags.classify_scalar("evaluation_loss_vs_iterations", "validation") == ("loss", "validation")
    assert tags.classify_scalar("images/sec") is None and tags.classify_scalar("epoch_steps_per_second") is None
    assert tags.classify_histogram("fc1.weight.grad") == ("gradient", "fc1.weight", "fc1")
    assert tags.classify_histogram("activations/relu1") is None


def test_watched_runs_unchanged_beside_foreign_ones(tmp_path, logdir):
    from tb_nanwatch.analysis import diagnose_logdir

    ps.write_run(str(tmp_path / "alone"), "watched", 120, onset=60)
    alone = diagnose_logdir(str(tmp_path / "alone"))["runs"][0]
    mixed = tmp_path / "mixed"
    ps.write_run(str(mixed), "watched", 120, onset=60)
    foreign_logs.tbx_run(str(mixed / "other"), "healthy", steps=20)
    runs = {d["run"]: d for d in diagnose_logdir(str(mixed))["runs"]}
    assert set(runs) == {"watched", "other"} and "foreign" not in runs["watched"] and "foreign" in runs["other"]
    for key in ("status", "onset", "causes", "notes", "origin"):
        assert runs["watched"][key] == alone[key]


def test_cli_text_and_exit_status(logdir, tmp_path):
    def cli(*args):
        proc = subprocess.run([sys.executable, "-m", "tb_nanwatch", *args], capture_output=True, text=True, cwd=REPO, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr

    code, out, _ = cli("report", logdir, "--run", "keras/nan")
    assert code == 0
    assert "run keras/nan: NONFINITE after 5 epochs" in out and "TensorBoard logs, epoch resolution" in out
    assert "first NaN/Inf at epoch 0" in out and "cannot tell:" in out and "for more:" in out
    code, _, err = cli("report", logdir, "--run", "keras/nan/train")
    assert code == 1 and "no run 'keras/nan/train'" in err


def test_plugin_lists_and_serves_foreign_runs(logdir):
    from werkzeug.test import Client

    flags = ps.flags(logdir)
    ingester = ps.python_provider(logdir, flags)
    c = Client(ps.app(logdir, ingester.data_provider, flags))
    assert c.get("/data/plugins_listing").get_json()["tb_nanwatch"]["enabled"]
    deadline = time.time() + 60
    while True:
        runs = c.get("/data/plugin/tb_nanwatch/runs").get_json()
        if not runs["loading"] or time.time() > deadline:
            break
        time.sleep(0.2)
    by = {r["run"]: r for r in runs["runs"]}
    assert by["keras/nan"]["source"]["label"] == "TensorBoard logs, epoch resolution" and by["keras/nan"]["status"] == "nonfinite"
    d = c.get("/data/plugin/tb_nanwatch/diagnosis", query_string={"run": "keras/lr_jump"}).get_json()
    assert d["foreign"]["unit"] == "epoch" and d["foreign"]["series"]["validation_loss"]["steps"] == [0, 1, 2, 3, 4]
    hm = c.get("/data/plugin/tb_nanwatch/heatmap", query_string={"run": "keras/lr_jump", "kind": "weight"}).get_json()
    assert hm["layers"] and all(hm["layers"]) and set(hm["kinds"]) == {"weight"}
    assert any(1 in row for row in hm["nonfinite"])  # the NaN histograms
    s = c.get("/data/plugin/tb_nanwatch/series", query_string={"run": "keras_batch/nan", "tensor": "loss"})
    assert s.status_code == 200
    # bad input: a clear 4xx, never a 500
    assert c.get("/data/plugin/tb_nanwatch/heatmap", query_string={"run": "keras/nan", "kind": "bogus"}).status_code == 400
    assert c.get("/data/plugin/tb_nanwatch/series", query_string={"run": "keras/nan", "tensor": "nope"}).status_code == 404
    assert c.get("/data/plugin/tb_nanwatch/diagnosis", query_string={"run": "keras/nan/train"}).status_code == 404
    assert c.get("/data/plugin/tb_nanwatch/series", query_string={"run": "keras/nan", "tensor": "loss", "points": "x"}).status_code == 400
