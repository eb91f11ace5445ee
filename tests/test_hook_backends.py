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
    x = np.random.default_rng(0).standard_normal((128, 4)).astype("float32")
    y = x.sum(1, keepdims=True)
    def fit(cls, callbacks):
        keras.utils.set_random_seed(0)
        model = cls([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
        model.compile("adam", "mse")
        return model.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=callbacks).history["loss"]
    print("RESULT " + json.dumps([fit(Custom, []), fit(Custom, [NanWatch(sys.argv[1])])]))
""")


@pytest.mark.parametrize("backend", ["jax", "torch"])
def test_a_model_with_its_own_train_step_trains_unwatched_and_says_why(backend, tmp_path):
    if importlib.util.find_spec(backend) is None:
        pytest.skip("%s is not installed" % backend)
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([sys.executable, "-c", CUSTOM_STEP, str(tmp_path / "run")], capture_output=True,
                          text=True, timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    plain, watched = json.loads(lines[0][len("RESULT "):])
    assert plain == watched
    said = [line for line in proc.stderr.splitlines() if "is NOT watched" in line]
    assert len(said) == 1 and "overrides train_step" in said[0], proc.stderr[-2000:]


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
