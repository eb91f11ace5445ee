"""``on_nonfinite="rollback"`` and ``on_spike="rollback"`` on the torch and JAX backends (issue 22): real training in a child.

The scenario of tests/test_hook_rollback.py: a per-batch schedule with a bug
multiplies SGD's rate by 1000 for six steps, which sends plain training's
loss up a million-fold (to NaN on TensorFlow). On torch the step leaves its
state in the variables, so the watch restores its last snapshot there, as on
TensorFlow; on JAX Keras threads the state through the compiled step, and the
watch restores the snapshot into that state (`jax_step.FitState`).
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
    SPIKE = (300, 306)

    class LrSpike(keras.callbacks.Callback):
        def __init__(self, factor):
            super().__init__()
            self.factor, self.n = factor, 0
        def on_train_batch_begin(self, batch, logs=None):
            self.model.optimizer.learning_rate.assign(0.01 * (self.factor if SPIKE[0] <= self.n < SPIKE[1] else 1.0))
            self.n += 1

    rng = np.random.default_rng(0)
    x = rng.standard_normal((16 * 32, 8)).astype("float32")
    y = (x @ rng.standard_normal((8, 1))).astype("float32")

    def fit(factor, **kw):
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((8,))] + [keras.layers.Dense(16, activation="relu") for _ in range(2)]
                                 + [keras.layers.Dense(1)])
        model.compile(keras.optimizers.SGD(0.01, momentum=0.9), "mse")
        watch = NanWatch(sys.argv[1] + "_" + str(len(kw)), **kw) if kw else None
        model.fit(np.concatenate([x] * 40), np.concatenate([y] * 40), batch_size=32, epochs=1, shuffle=False,
                  verbose=0, callbacks=[LrSpike(factor)] + ([watch] if watch else []))
        loss = float(model.evaluate(x, y, batch_size=32, verbose=0))
        return loss, (watch.rollbacks if watch else None), (watch.skipped if watch else None)

    clean, _, _ = fit(1.0)
    broken, _, _ = fit(1000.0)
    rolled, rollbacks, skipped = fit(1000.0, on_nonfinite="rollback", on_spike="rollback")
    print("RESULT " + json.dumps({"clean": clean, "broken": broken, "rolled": rolled, "rollbacks": rollbacks,
                                  "skipped": skipped}))
""")


def _child(backend, tmp_path):
    if importlib.util.find_spec(backend) is None:
        pytest.skip("%s is not installed" % backend)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "run")], capture_output=True, text=True,
                          timeout=900, env=dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2"))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    return json.loads(lines[0][len("RESULT "):]), proc.stderr


@pytest.mark.parametrize("backend", ["torch", "jax"])
def test_a_learning_rate_spike_is_rolled_back_to_its_snapshot(tmp_path, backend):
    r, stderr = _child(backend, tmp_path)
    assert r["broken"] != r["broken"] or r["broken"] > 1e6 * r["clean"], r  # plain training does not recover
    assert r["rolled"] == r["rolled"] and abs(r["rolled"] - r["clean"]) <= 0.3 * r["clean"], r
    first = r["rollbacks"][0]
    assert first["cause"] in ("nonfinite", "spike") and first["restored"] < 300 <= first["at"] <= 306, r["rollbacks"]
    assert first["skipped_batches"] == first["step"] - first["restored"]
    assert "no rollback" not in stderr and "Traceback" not in stderr, stderr[-2000:]
