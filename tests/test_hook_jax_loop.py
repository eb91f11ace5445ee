"""A custom JAX training loop watched with `jax_train_step` and `value_and_grad` (issue 22, item 2).

The loop is Keras's JAX guide loop (`model.stateless_call`, `jax.value_and_grad`,
`optimizer.stateless_apply`), run in a child process (``KERAS_BACKEND`` is read at
the first ``import keras``): plain (`jax.jit`) and watched from one seed, with a NaN
planted at a known step in each phase; the weights are compared after every step
and the watched run is read back and diagnosed as any other.
"""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap

import pytest

from hook_support import read

if importlib.util.find_spec("jax") is None:
    pytest.skip("jax is not installed", allow_module_level=True)

CHILD = textwrap.dedent("""
    import hashlib, json, sys
    import numpy as np, keras, jax
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
        x *= 1e12  # finite gradients whose Adam update overflows

    def run(watched):
        keras.utils.set_random_seed(0)
        layers = [keras.Input((8,)), keras.layers.Dense(16, activation="relu", name="hidden")]
        if case == "forward":  # exp of a growing pre-activation overflows in the forward pass
            layers.append(keras.layers.Lambda(lambda t: ops.exp(t * 100.0), name="expo"))
        if case == "backward":  # the norm of a zero row: finite forward, NaN gradient
            layers.append(keras.layers.Lambda(lambda t: ops.sqrt(ops.sum(ops.square(t * 0.0), axis=-1,
                                                                          keepdims=True)) + t, name="length"))
        model = keras.Sequential(layers + [keras.layers.Dense(1, name="out")])
        optimizer = keras.optimizers.Adam(0.05 if case == "forward" else 1e-3)
        optimizer.build(model.trainable_variables)
        loss_fn = keras.losses.MeanSquaredError()
        watch = NanWatch(log_dir, on_nonfinite=mode, log_every=4) if watched else None
        if watch:
            watch.attach(model, optimizer, loss=loss_fn)

        def compute_loss(trainable, non_trainable, x, y):
            y_pred, non_trainable = model.stateless_call(trainable, non_trainable, x, training=True)
            return loss_fn(y, y_pred), non_trainable

        grad_fn = watch.value_and_grad(compute_loss) if watch else jax.value_and_grad(compute_loss, has_aux=True)

        def train_step(state, data):
            trainable, non_trainable, opt_vars = state
            (loss, non_trainable), grads = grad_fn(trainable, non_trainable, *data)
            trainable, opt_vars = optimizer.stateless_apply(opt_vars, grads, trainable)
            return loss, (trainable, non_trainable, opt_vars)

        step = watch.jax_train_step(train_step) if watch else jax.jit(train_step)
        state = ([v.value for v in model.trainable_variables], [v.value for v in model.non_trainable_variables],
                 [v.value for v in optimizer.variables])
        digests, raised = [], None
        try:
            for i in range(STEPS):
                loss, state = step(state, (x[i * B:(i + 1) * B], y[i * B:(i + 1) * B]))
                digests.append(hashlib.sha1(b"".join(np.asarray(w).tobytes() for w in state[0])).hexdigest())
        except NonFiniteError as e:
            raised = e.onset["step"]
        if watch:
            watch.close()
        return {"digests": digests, "raised": raised, "onset": watch.onset if watch else None,
                "stop_training": bool(getattr(model, "stop_training", False))}

    print(json.dumps({"plain": run(False), "watched": run(True)}))
""")


def _run(tmp_path, case, mode):
    log_dir = str(tmp_path / "run")
    env = dict(os.environ, KERAS_BACKEND="jax", TF_CPP_MIN_LOG_LEVEL="2", JAX_PLATFORMS="cpu")
    out = subprocess.run([sys.executable, "-c", CHILD, case, mode, log_dir], capture_output=True, text=True,
                         timeout=600, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1]), log_dir


def _first_nonfinite(digests_plain, watched):
    return next((i for i, (a, b) in enumerate(zip(digests_plain, watched)) if a != b), None)


@pytest.mark.parametrize("case,step,phase,tensor", [
    ("input", 4, "input", "input/0"),
    ("target", 6, "target", "target/0"),
    ("forward", None, "forward", "expo/output"),
    ("backward", 0, "backward", None),
    ("update", None, "update", None),
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
    data = read(log_dir)
    assert len(data.trace_steps) == 12 and len(data.stats_steps) >= 3
    layers = {row.get("layer") for row in data.rows}
    assert {"hidden", "out"} <= layers
    from tb_nanwatch.analysis import diagnose

    d = diagnose(data)
    assert d["status"] == "nonfinite" and d["onset"]["step"] == onset["step"]


def test_skip_keeps_the_state_stop_freezes_it_and_raise_raises(tmp_path):
    results = {m: _run(tmp_path / m, "input", m)[0] for m in ("skip", "stop", "raise")}
    plain = results["skip"]["plain"]["digests"]
    skip = results["skip"]["watched"]
    assert skip["onset"]["step"] == 4 and skip["digests"][:4] == plain[:4]
    assert skip["digests"][4] == skip["digests"][3]  # the NaN step returned the state it was given
    assert len(set(skip["digests"][4:])) > 1  # and training went on
    stop = results["stop"]["watched"]
    assert stop["digests"][:4] == plain[:4] and set(stop["digests"][3:]) == {stop["digests"][3]}
    assert stop["stop_training"]
    raised = results["raise"]["watched"]
    assert raised["raised"] == 4 and raised["digests"] == plain[:4]
