"""A custom training loop on Keras's torch backend, watched with `NanWatch.train_step` (issue 22, item 3).

The loop is Keras's torch guide loop (``model(x)``, ``loss.backward()``,
``optimizer.apply``), run in a child process (``KERAS_BACKEND`` is read at
the first ``import keras``): plain and watched from one seed, with a NaN
planted at a known step in each phase; the weights are compared after every
step and the watched run is read back and diagnosed as any other.
"""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap

import pytest

from hook_support import read

if importlib.util.find_spec("torch") is None:
    pytest.skip("torch is not installed", allow_module_level=True)

CHILD = textwrap.dedent("""
    import hashlib, json, sys
    import numpy as np, keras, torch
    from keras import ops
    from tb_nanwatch import NanWatch, NonFiniteError
    case, mode, log_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    STEPS, B = 12, 32
    rng = np.random.default_rng(0)
    x = rng.standard_normal((STEPS * B, 8)).astype("float32")
    y = (x[:, :1] * 2.0).astype("float32")
    if case == "input":
        x[4 * B + 1, 2] = np.nan
    if case == "target":
        y[6 * B + 3] = np.inf
    if case == "update":
        x *= 1e6  # finite gradients (about 1e12) whose SGD(1e30) update overflows at the first step

    def run(watched):
        keras.utils.set_random_seed(0)
        layers = [keras.Input((8,)), keras.layers.Dense(16, activation="relu", name="hidden")]
        if case == "forward":  # exp of a growing pre-activation overflows in the forward pass
            layers.append(keras.layers.Lambda(lambda t: ops.exp(t * 100.0), name="expo"))
        if case == "backward":  # the norm of a zero row: finite forward, NaN gradient
            layers.append(keras.layers.Lambda(lambda t: ops.sqrt(ops.sum(ops.square(t * 0.0), axis=-1,
                                                                          keepdims=True)) + t, name="length"))
        model = keras.Sequential(layers + [keras.layers.Dense(1, name="out")])
        optimizer = keras.optimizers.SGD(1e30) if case == "update" else keras.optimizers.Adam(
            0.05 if case == "forward" else 1e-3)
        loss_fn = keras.losses.MeanSquaredError()
        watch = NanWatch(log_dir, on_nonfinite=mode, log_every=4).attach(model, optimizer, loss=loss_fn) if watched else None

        def train_step(xb, yb):
            loss = loss_fn(yb, model(xb, training=True))
            model.zero_grad()
            loss.backward()
            weights = model.trainable_weights[:]
            with torch.no_grad():
                optimizer.apply([v.value.grad for v in weights], weights)
            return loss

        step = watch.train_step(train_step) if watch else train_step
        digests, raised = [], None
        try:
            for i in range(STEPS):
                xb, yb = torch.from_numpy(x[i * B:(i + 1) * B]), torch.from_numpy(y[i * B:(i + 1) * B])
                step(xb, yb)
                digests.append(hashlib.sha1(b"".join(np.asarray(w.numpy()).tobytes()
                                                     for w in model.trainable_weights)).hexdigest())
        except NonFiniteError as e:
            raised = e.onset["step"]
        if watch:
            watch.close()
        return {"digests": digests, "raised": raised, "onset": watch.onset if watch else None,
                "stop_training": bool(getattr(model, "stop_training", False)),
                "iterations": int(optimizer.iterations.numpy())}

    print(json.dumps({"plain": run(False), "watched": run(True)}))
""")


def _run(tmp_path, case, mode):
    log_dir = str(tmp_path / "run")
    env = dict(os.environ, KERAS_BACKEND="torch", TF_CPP_MIN_LOG_LEVEL="2")
    out = subprocess.run([sys.executable, "-c", CHILD, case, mode, log_dir], capture_output=True, text=True,
                         timeout=600, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "NOT watched" not in out.stderr and "statistics disabled" not in out.stderr, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1]), log_dir


@pytest.mark.parametrize("case,step,phase,tensor", [
    ("input", 4, "input", "input/0"),
    ("target", 6, "target", "target/0"),
    ("forward", None, "forward", "expo/output"),
    ("backward", 0, "backward", None),
    ("update", 0, "update", None),
])
def test_the_first_nonfinite_step_phase_and_tensor_are_exact_and_finite_steps_identical(tmp_path, case, step, phase,
                                                                                          tensor):
    r, log_dir = _run(tmp_path, case, "continue")
    plain, watched = r["plain"], r["watched"]
    assert watched["digests"] == plain["digests"]  # under "continue" every step is the plain one, bit for bit
    onset = watched["onset"]
    assert onset is not None and onset["phase"] == phase, onset
    if step is not None:
        assert onset["step"] == step, onset
    if tensor is not None:
        assert onset["tensor"] == tensor, onset
    if phase in ("backward", "update"):
        assert onset["layer"] in ("hidden", "out"), onset
    data = read(log_dir)
    assert len(data.trace_steps) == 12 and len(data.stats_steps) >= 3
    assert {"hidden", "out"} <= {row.get("layer") for row in data.rows}
    from tb_nanwatch.analysis import diagnose

    d = diagnose(data)
    assert d["status"] == "nonfinite" and d["onset"]["step"] == onset["step"]


def test_skip_keeps_the_weights_stop_freezes_them_and_raise_raises(tmp_path):
    results = {m: _run(tmp_path / m, "input", m)[0] for m in ("skip", "stop", "raise")}
    plain = results["skip"]["plain"]["digests"]
    skip = results["skip"]["watched"]
    assert skip["onset"]["step"] == 4 and skip["digests"][:4] == plain[:4]
    assert skip["digests"][4] == skip["digests"][3]  # the NaN step applied nothing
    assert len(set(skip["digests"][4:])) > 1 and skip["iterations"] == 11  # and training went on
    stop = results["stop"]["watched"]
    assert stop["digests"][:4] == plain[:4] and set(stop["digests"][3:]) == {stop["digests"][3]}
    assert stop["stop_training"] and stop["iterations"] == 4
    raised = results["raise"]["watched"]
    assert raised["raised"] == 4 and raised["digests"] == plain[:4]
