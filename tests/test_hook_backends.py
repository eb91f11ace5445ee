"""NanWatch never breaks training on a Keras backend or set-up it does not watch (issue 22, item 1).

Each backend trains in its own process (``KERAS_BACKEND`` is read once, at
the first ``import keras``): a plain fit, then two watched fits of the same
model and seed, and a custom-loop API that backend does not watch. The
watched fits must run and give the plain fit's losses; what is not watched
(the TensorFlow custom-loop API on JAX, `replica_step` on torch, a model
overriding ``train_step``) runs as written and is said once per watch.
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
    log_dir = sys.argv[1]
    rng = np.random.default_rng(0)
    x = rng.standard_normal((256, 8)).astype("float32")
    y = x.sum(1, keepdims=True)

    def fit(callbacks):
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
        model.compile(keras.optimizers.Adam(0.01), "mse")
        history = model.fit(x, y, batch_size=32, epochs=3, shuffle=False, verbose=0, callbacks=callbacks)
        return model, history.history["loss"]

    _, plain = fit([])
    watch = NanWatch(log_dir, on_nonfinite="stop")
    model, watched = fit([watch])
    model.fit(x, y, batch_size=32, epochs=1, verbose=0, callbacks=[watch])  # a second fit: no second warning
    # A custom-loop API this backend does not watch: the step comes back as written.
    def step(a, b):
        return 0.0
    attached = NanWatch(log_dir + "_custom").attach(model, model.optimizer)
    unwatched = attached.train_step if keras.backend.backend() == "jax" else attached.replica_step
    same = unwatched(step) is step
    attached.end_step()
    attached.close()
    print("RESULT " + json.dumps({"backend": keras.backend.backend(), "plain": plain, "watched": watched,
                                  "onset": watch.onset, "same_step": same}))
""")


@pytest.mark.parametrize("backend", ["jax", "torch"])
def test_every_backend_fit_trains_as_plain_and_an_unwatched_loop_api_is_said_once(backend, tmp_path):
    if importlib.util.find_spec(backend) is None:
        pytest.skip("%s is not installed" % backend)
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "run")], capture_output=True, text=True,
                          timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    result = json.loads(lines[0][len("RESULT "):])
    assert result["backend"] == backend
    assert result["watched"] == result["plain"] and all(v == v for v in result["plain"])
    assert result["onset"] is None and result["same_step"]
    said = [line for line in proc.stderr.splitlines() if "is NOT watched" in line]
    # The fits are watched; the loop API is not, said once (JAX loops use jax_train_step:
    # tests/test_hook_jax_loop.py; torch loops train_step: tests/test_hook_torch_loop.py).
    assert len(said) == 1, proc.stderr[-2000:]
    assert repr(backend) in said[0]
    assert ("jax_train_step" if backend == "jax" else "watch.train_step") in said[0]
    assert "Traceback" not in proc.stderr


CUSTOM_STEP = textwrap.dedent("""
    import json, sys
    import numpy as np, keras
    from tb_nanwatch import NanWatch
    class Custom(keras.Sequential):
        def train_step(self, *args):  # (state, data) on JAX, (data) on torch
            return super().train_step(*args)
    class Guide(keras.Sequential):  # torch: the custom train_step of Keras's guide, calling compute_loss
        def train_step(self, data):
            import torch
            x, y = data
            self.zero_grad()
            y_pred = self(x, training=True)
            loss = self.compute_loss(y=y, y_pred=y_pred)
            loss.backward()
            weights = [v for v in self.trainable_weights]
            with torch.no_grad():
                self.optimizer.apply([v.value.grad for v in weights], weights)
            for metric in self.metrics:
                metric.update_state(loss) if metric.name == "loss" else metric.update_state(y, y_pred)
            return {m.name: m.result() for m in self.metrics}
    x = np.random.default_rng(0).standard_normal((128, 4)).astype("float32")
    y = x.sum(1, keepdims=True)
    def fit(cls, callbacks, x=x):
        keras.utils.set_random_seed(0)
        model = cls([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
        model.compile("adam", "mse")
        return model.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=callbacks).history["loss"]
    result = {"custom": [fit(Custom, []), fit(Custom, [NanWatch(sys.argv[1])])]}
    if keras.backend.backend() == "torch":
        bad = x.copy()
        bad[2 * 32 + 5, 1] = np.nan  # in the batch of step 2
        watch = NanWatch(sys.argv[1] + "_guide", on_nonfinite="stop")
        result["guide"] = [fit(Guide, []), fit(Guide, [NanWatch(sys.argv[1] + "_clean")])]
        fit(Guide, [watch], x=bad)
        result["onset"] = {k: watch.onset[k] for k in ("step", "phase", "tensor")}
        import os
        from tb_nanwatch import reader
        provider, ctx = reader.open_logdir(os.path.dirname(sys.argv[1]))
        rows = reader.read_run(provider, ctx, os.path.basename(sys.argv[1]) + "_clean").rows
        result["rows"] = sorted({r["kind"] for r in rows}) + [r["name"] for r in rows if r["kind"] == "loss"]
    print("RESULT " + json.dumps(result))
""")


@pytest.mark.parametrize("backend", ["jax", "torch"])
def test_a_model_with_its_own_train_step_is_watched_on_torch_and_said_unwatched_on_jax(backend, tmp_path):
    if importlib.util.find_spec(backend) is None:
        pytest.skip("%s is not installed" % backend)
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([sys.executable, "-c", CUSTOM_STEP, str(tmp_path / "run")], capture_output=True,
                          text=True, timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    result = json.loads(lines[0][len("RESULT "):])
    plain, watched = result["custom"]
    assert plain == watched
    said = [line for line in proc.stderr.splitlines() if "is NOT watched" in line]
    if backend == "jax":  # a JAX train_step is a pure function of its state: the watch cannot reach inside yet
        assert len(said) == 1 and "overrides train_step" in said[0], proc.stderr[-2000:]
        return
    # torch runs the step eagerly: the layer outputs, compute_loss and optimizer.apply are recorded whoever calls them
    assert not said, proc.stderr[-2000:]
    assert result["guide"][0] == result["guide"][1]
    assert result["onset"] == {"step": 2, "phase": "input", "tensor": "input/0"}, result
    assert result["rows"] == ["activation", "gradient", "input", "loss", "scalar", "target", "weight", "loss"], result


WITHOUT_TF = textwrap.dedent("""
    import json, sys
    sys.modules["tensorflow"] = None  # as if TensorFlow were not installed: `import tensorflow` raises ImportError
    import numpy as np, keras
    from tb_nanwatch import NanWatch
    from tb_nanwatch.analysis import diagnose_logdir
    keras.utils.set_random_seed(0)
    x = np.random.default_rng(0).standard_normal((256, 4)).astype("float32")
    y = x[:, :1] * 2
    x[5 * 32 + 7, 1] = np.nan  # in the batch of step 5
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
    model.compile("adam", "mse")
    watch = NanWatch(sys.argv[1], on_nonfinite="stop")
    model.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=[watch])
    watch.close()
    d = diagnose_logdir(sys.argv[1])["runs"][0]
    print("RESULT " + json.dumps({"onset": {k: watch.onset[k] for k in ("step", "phase", "tensor")},
                                  "status": d["status"], "logged": d["onset"]["step"], "cause": d["causes"][0]["id"]}))
""")


@pytest.mark.parametrize("backend", ["jax", "torch"])
def test_the_jax_and_torch_watches_need_no_tensorflow(backend, tmp_path):
    """On JAX and torch the watch, its event file and the analysis run with TensorFlow absent."""
    if importlib.util.find_spec(backend) is None:
        pytest.skip("%s is not installed" % backend)
    env = dict(os.environ, KERAS_BACKEND=backend)
    proc = subprocess.run([sys.executable, "-c", WITHOUT_TF, str(tmp_path / "run")], capture_output=True, text=True,
                          timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    result = json.loads(lines[0][len("RESULT "):])
    assert result == {"onset": {"step": 5, "phase": "input", "tensor": "input/0"}, "status": "nonfinite", "logged": 5,
                      "cause": "input_nonfinite"}, result
    assert "not watching" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-2000:]
