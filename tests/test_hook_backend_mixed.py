"""Mixed precision (a `LossScaleOptimizer`) watched on the JAX and torch backends (issue 22): real training in a child.

Under ``mixed_float16`` Keras wraps the optimizer in a `LossScaleOptimizer`,
which skips the steps whose scaled gradients overflow and lowers its scale.
As on TensorFlow the watch records the gradients unscaled and the loss scale
as a row, leaves those skips to the optimizer (no onset, no guard), and
latches a float16 overflow in the forward pass at its exact step and layer.
"""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent("""
    import json, sys
    import numpy as np, keras
    from tb_nanwatch import NanWatch
    from tb_nanwatch.analysis import diagnose_logdir
    keras.mixed_precision.set_global_policy("mixed_float16")
    rng = np.random.default_rng(0)
    x = rng.standard_normal((8 * 32, 8)).astype("float32")
    y = x.sum(1, keepdims=True)

    def clean(callbacks):
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                                  keras.layers.Dense(1, dtype="float32")])
        model.compile(keras.optimizers.Adam(0.01), "mse")
        return model.fit(x, y, batch_size=32, epochs=3, shuffle=False, verbose=0, callbacks=callbacks).history["loss"]

    plain = clean([])
    watch = NanWatch(sys.argv[1] + "/clean")
    watched = clean([watch])
    watch.close()
    healthy = diagnose_logdir(sys.argv[1] + "/clean")["runs"][0]

    keras.utils.set_random_seed(0)
    big = x.copy()
    big[3 * 32:4 * 32] *= 1e3  # float16 overflows past 65504 in the first layer on batch 3
    model = keras.Sequential([
        keras.Input((8,)),
        keras.layers.Dense(16, activation="relu", kernel_initializer=keras.initializers.Constant(20.0), name="wide"),
        keras.layers.Dense(1, dtype="float32", name="head")])
    model.compile(keras.optimizers.SGD(0.0), "mse")  # a zero rate keeps the weights: only batch 3 overflows
    overflow = NanWatch(sys.argv[1] + "/overflow", log_every=1)
    model.fit(big, y, batch_size=32, shuffle=False, verbose=0, callbacks=[overflow])
    overflow.close()
    d = diagnose_logdir(sys.argv[1] + "/overflow")["runs"][0]
    print("RESULT " + json.dumps({
        "optimizer": type(model.optimizer).__name__, "plain": plain, "watched": watched,
        "healthy": [healthy["status"], healthy["onset"]],
        "onset": {k: overflow.onset[k] for k in ("step", "phase", "layer")} if overflow.onset else None,
        "status": d["status"],
        "causes": [c["id"] for c in d["causes"]][:3]}))
""")


@pytest.mark.parametrize("backend", ["jax", "torch"])
def test_mixed_float16_trains_as_plain_and_a_forward_overflow_is_exact(backend, tmp_path):
    if importlib.util.find_spec(backend) is None:
        pytest.skip("%s is not installed" % backend)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2"))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    r = json.loads(lines[0][len("RESULT "):])
    assert r["optimizer"] == "LossScaleOptimizer"
    assert r["watched"] == r["plain"], r  # every step bit-identical, the optimizer's own skips included
    assert r["healthy"] == ["healthy", None], r
    assert r["onset"] == {"step": 3, "phase": "forward", "layer": "wide"}, r
    assert r["status"] == "nonfinite" and "mixed_precision_overflow" in r["causes"], r
    assert "NOT watched" not in proc.stderr and "not watching" not in proc.stderr, proc.stderr[-2000:]
