"""The guard never changes a finite step (issue 20, part 1), in every ``on_nonfinite`` mode.

Each architecture trains in one child process under
`tf.config.experimental.enable_op_determinism()` (process-wide): plain, then
watched in every mode, on three cases, and compares the model's weights after
every batch, bit for bit, up to plain training's first non-finite loss:
  * ``overflow``: inputs of 1e12 under SGD(1e-26). Every value stays finite
    and the run learns, but the gradients' sums of squares overflow float32
    (the check once read that as a NaN and skipped every update: "stop" then
    never stopped, and nothing was latched).
  * ``adam_blowup``: the same inputs under Adam: the finite gradients of
    step 1 make Adam's update non-finite (an onset in the update phase).
  * ``nan_target``: a NaN target row at step 5: the gradients of that step
    are NaN, the only step a guard may leave out.
"""

import json
import subprocess
import sys
import textwrap

import pytest

from hook_support import read
from tb_nanwatch.analysis import diagnose

pytest.importorskip("tensorflow")

MODES = ("continue", "skip", "rollback", "stop", "raise")
NAN_STEP = 5

CHILD = textwrap.dedent("""
    import hashlib, json, os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"
    import numpy as np, keras, tensorflow as tf
    from tb_nanwatch import NanWatch, NonFiniteError
    tf.config.experimental.enable_op_determinism()
    arch, root = sys.argv[1], sys.argv[2]
    MODES = %(modes)r

    def build():
        if arch == "mlp":
            return keras.Sequential([keras.Input((8,)), keras.layers.Dense(64, activation="relu"),
                                     keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
        return keras.Sequential([keras.Input((8, 8, 3)), keras.layers.Conv2D(16, 3, activation="relu"),
                                 keras.layers.Conv2D(16, 3, activation="relu"), keras.layers.Flatten(),
                                 keras.layers.Dense(1)])

    def data(case):
        rng = np.random.default_rng(0)
        shape = (8,) if arch == "mlp" else (8, 8, 3)
        x = rng.standard_normal((32 * 12,) + shape).astype("float32")
        y = rng.standard_normal((32 * 12, 1)).astype("float32")
        if case == "nan_target":
            y[%(nan_step)d * 32 + 3] = np.nan
        else:
            x *= 1e12  # finite activations and gradients whose squares overflow float32
        return x, y

    def run(case, mode):
        keras.utils.set_random_seed(0)
        model = build()
        opt = keras.optimizers.Adam(1e-3) if case == "adam_blowup" else keras.optimizers.SGD(
            1e-26 if case == "overflow" else 1e-3)
        model.compile(opt, "mse")
        digests, losses = [], []

        class Record(keras.callbacks.Callback):
            def on_train_batch_end(self, batch, logs=None):
                w = b"".join(np.asarray(v.numpy()).tobytes() for v in model.weights)
                digests.append(hashlib.sha1(w).hexdigest())
                losses.append(float(logs["loss"]))

        callbacks = [Record()]
        watch = None
        if mode != "plain":
            watch = NanWatch(os.path.join(root, case + "_" + mode), on_nonfinite=mode, log_every=4)
            callbacks.insert(0, watch)
        raised = None
        x, y = data(case)
        try:
            model.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=callbacks)
        except NonFiniteError as e:
            raised = e.onset["step"]
        finite = all(np.isfinite(v.numpy()).all() for v in model.weights)
        return {"digests": digests, "losses": losses, "raised": raised, "finite_weights": bool(finite),
                "iterations": int(opt.iterations.numpy()),
                "onset": None if watch is None or watch.onset is None else watch.onset["step"],
                "skipped": None if watch is None else watch.skipped}

    out = {}
    for case in ("overflow", "adam_blowup", "nan_target"):
        out[case] = {mode: run(case, mode) for mode in ("plain",) + MODES}
    print("RESULT " + json.dumps(out))
""") % {"modes": MODES, "nan_step": NAN_STEP}


@pytest.fixture(scope="module", params=["mlp", "cnn"])
def trained(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("guard_" + request.param)
    proc = subprocess.run([sys.executable, "-c", CHILD, request.param, str(root)],
                          capture_output=True, text=True, timeout=900)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    return root, json.loads(lines[0][len("RESULT "):])


def _first_nonfinite(losses):
    """The first batch whose (running mean) loss is not finite, or len(losses)."""
    return next((i for i, loss in enumerate(losses) if loss != loss or abs(loss) == float("inf")), len(losses))


def _stop_events(run):
    return [e for e in run.events if e["kind"] == "stop"]


def test_a_finite_run_whose_squares_overflow_trains_identically_in_every_mode(trained):
    root, result = trained
    runs = result["overflow"]
    plain = runs["plain"]
    assert _first_nonfinite(plain["losses"]) == len(plain["losses"]) == 24 and plain["finite_weights"]
    assert plain["losses"][-1] < 0.9 * plain["losses"][0]  # it learns: an update skipped would show
    for mode in MODES:
        run = runs[mode]
        assert run["digests"] == plain["digests"], mode  # every batch, bit for bit
        assert (run["onset"], run["skipped"], run["raised"]) == (None, 0, None), (mode, run)
        assert run["iterations"] == 24, mode
        logged = read(root / ("overflow_" + mode))
        assert logged.onset is None and not logged.events, (mode, logged.events)
        # An overflowing norm is no NaN/Inf: the diagnosis must not call the run non-finite.
        report = diagnose(logged)
        assert report["status"] != "nonfinite" and report["onset"] is None, (mode, report["status"], report["notes"])


def test_every_mode_matches_plain_until_its_first_nonfinite_loss(trained):
    _, result = trained
    for case in ("adam_blowup", "nan_target"):
        plain = result[case]["plain"]
        bad = _first_nonfinite(plain["losses"])
        assert 0 < bad < len(plain["losses"]), (case, plain["losses"])
        for mode in MODES:
            run = result[case][mode]
            n = min(bad, len(run["digests"]))
            assert run["digests"][:n] == plain["digests"][:n], (case, mode)


def test_skips_come_at_or_after_the_latched_onset(trained):
    root, result = trained
    for case in ("adam_blowup", "nan_target"):
        for mode in ("skip", "rollback"):
            run = result[case][mode]
            logged = read(root / ("%s_%s" % (case, mode)))
            assert logged.onset is not None and logged.onset["step"] == run["onset"], (case, mode)
            skips = [e for e in logged.events if e["kind"] == "skip"]
            assert run["skipped"] == sum(e["steps"] for e in skips)
            assert all(e["step"] >= run["onset"] for e in skips), (case, mode, skips)
            assert not _stop_events(logged) or _stop_events(logged)[0]["reason"] in ("max_skips", "max_rollbacks")
    # A NaN target spoils one batch per epoch: skipping it leaves finite weights that the plain run lost.
    run = result["nan_target"]["skip"]
    assert run["onset"] == NAN_STEP and run["skipped"] == 2 and run["finite_weights"]
    assert run["iterations"] == 22 and result["nan_target"]["plain"]["finite_weights"] is False


def test_stop_stops_and_raise_raises_at_the_onset(trained):
    root, result = trained
    # adam_blowup: the onset step's gradients were finite (its update is applied); nan_target: they were not.
    for case, applied in (("adam_blowup", True), ("nan_target", False)):
        stop, raised = result[case]["stop"], result[case]["raise"]
        onset = stop["onset"]
        assert onset is not None and onset <= _first_nonfinite(result[case]["plain"]["losses"])
        assert len(stop["digests"]) == onset + 1, (case, len(stop["digests"]))  # ended after the onset's batch
        assert stop["iterations"] == onset + int(applied)
        assert raised["raised"] == onset and raised["iterations"] == onset + int(applied)
        if not applied:
            assert stop["finite_weights"] and raised["finite_weights"]
        for mode in ("stop", "raise"):
            logged = read(root / ("%s_%s" % (case, mode)))
            assert not [e for e in logged.events if e["kind"] == "skip"], (case, mode)  # a stop is no skip
            (event,) = _stop_events(logged)
            assert (event["reason"], event["onset"], event["applied"]) == (mode, onset, applied), event
