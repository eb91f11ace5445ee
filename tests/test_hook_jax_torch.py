"""NanWatch on Keras's JAX and torch backends (issue 22, items 2 and 3): real training in a child process.

``KERAS_BACKEND`` is read at the first ``import keras``, so every case runs in
its own process. Each trains plain and watched from one seed and compares,
then the test reads the watched run's log back with the same reader, and
diagnoses it with the same analysis, as a TensorFlow run.
"""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from hook_support import read

BACKENDS = [pytest.param(b, marks=pytest.mark.skipif(importlib.util.find_spec(b) is None, reason=b + " not installed"))
            for b in ("jax", "torch")]

CHILD = textwrap.dedent("""
    import hashlib, json, sys
    import numpy as np, keras
    from keras import ops
    from tb_nanwatch import NanWatch, NonFiniteError
    case, mode, log_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    rng = np.random.default_rng(0)
    cnn = case in ("cnn", "cnn_skip")
    shape = (8, 8, 3) if cnn else (8,)
    x = rng.standard_normal((32 * 8,) + shape).astype("float32")
    y = rng.standard_normal((32 * 8, 1)).astype("float32")
    if case == "input":
        x[3 * 32 + 1, 2] = np.nan
    if case == "target":
        y[5 * 32 + 3] = np.inf
    if case == "update":
        x *= 1e6  # finite gradients (about 1e12) whose SGD(1e30) update overflows at the first step

    def build():
        if cnn:
            return keras.Sequential([keras.Input(shape), keras.layers.Conv2D(8, 3, activation="relu"),
                                     keras.layers.Flatten(), keras.layers.Dense(1)])
        layers = [keras.Input(shape), keras.layers.Dense(16, activation="relu", name="hidden")]
        if case == "forward":  # exp of a growing pre-activation overflows in the forward pass
            layers.append(keras.layers.Lambda(lambda t: ops.exp(t * 100.0), name="expo"))
        if case == "backward":  # the norm of a zero row: finite forward, NaN gradient
            layers.append(keras.layers.Lambda(lambda t: ops.sqrt(ops.sum(ops.square(t * 0.0), axis=-1,
                                                                          keepdims=True)) + t, name="length"))
        return keras.Sequential(layers + [keras.layers.Dense(1, name="out")])

    def loss_fn():
        if case == "loss":  # log of a prediction that goes negative
            return lambda yt, yp: ops.mean(ops.log(yp + 10.0))
        return "mse"

    def run(watch):
        keras.utils.set_random_seed(0)
        model = build()
        optimizer = keras.optimizers.SGD(1e30) if case == "update" else keras.optimizers.Adam(
            0.05 if case in ("forward", "loss") else 1e-3)
        model.compile(optimizer, loss_fn())
        digests, losses = [], []
        class Record(keras.callbacks.Callback):
            def on_train_batch_end(self, batch, logs=None):
                losses.append(float(logs["loss"]))
        cbs = [Record()] + ([watch] if watch else [])
        raised = None
        try:
            model.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=cbs)
        except NonFiniteError as e:
            raised = e.onset["step"]
        weights = b"".join(np.asarray(v.numpy()).tobytes() for v in model.weights)
        return {"losses": losses, "weights": hashlib.sha1(weights).hexdigest(), "raised": raised,
                "iterations": int(np.asarray(model.optimizer.iterations.numpy())),
                "finite": bool(all(np.isfinite(np.asarray(v.numpy())).all() for v in model.weights))}

    plain = run(None)
    watch = NanWatch(log_dir, on_nonfinite=mode, log_every=4)
    watched = run(watch)
    print("RESULT " + json.dumps({"plain": plain, "watched": watched, "onset": watch.onset,
                                  "skipped": watch.skipped}))
""")


def train(tmp_path, backend, case, mode="continue"):
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2")
    log_dir = tmp_path / ("%s_%s" % (case, mode))
    proc = subprocess.run([sys.executable, "-c", CHILD, case, mode, str(log_dir)], capture_output=True, text=True,
                          timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    assert "NOT watched" not in proc.stderr and "statistics disabled" not in proc.stderr, proc.stderr[-2000:]
    return json.loads(lines[0][len("RESULT "):]), log_dir


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case,mode", [("mlp", "continue"), ("cnn", "continue"), ("cnn_skip", "skip"),
                                       ("mlp", "stop")])
def test_watched_training_is_bit_identical_and_logs_per_layer_statistics(tmp_path, backend, case, mode):
    result, log_dir = train(tmp_path, backend, case, mode)
    assert result["watched"] == result["plain"], case  # every batch's loss and the final weights
    assert result["onset"] is None and result["skipped"] == 0
    run = read(log_dir)
    names = [r["name"] for r in run.rows]
    assert {"input/0", "target/0", "loss", "learning_rate", "global_grad_norm"} <= set(names)
    kinds = {r["kind"] for r in run.rows}
    assert {"activation", "gradient", "weight"} <= kinds
    assert list(run.trace_steps[:3]) == [0, 1, 2] and run.trace_steps[-1] == 15  # every step traced
    assert len(run.stats_steps) >= 4 and np.isfinite(run.trace).all()
    lr = run.trace[:, names.index("learning_rate")]
    assert np.allclose(lr, 1e-3)
    ratio = run.stat("update_ratio")[-1, [i for i, r in enumerate(run.rows) if r["kind"] == "weight"]]
    assert np.isfinite(ratio).all() and (ratio > 0).all()
    # the data summary the task rules read: inputs and targets sampled on logged steps
    assert {"input/0", "target/0"} <= set((run.data or {}).get("tensors", {}))
    from tb_nanwatch.analysis import diagnose

    assert diagnose(run)["status"] in ("healthy", "stalled")


ONSETS = {
    "input": (3, "input", "input/0", None),
    "target": (5, "target", "target/0", None),
    "forward": (None, "forward", "expo/output", "expo"),
    "loss": (None, "loss", "loss", None),
    "backward": (0, "backward", None, None),
    "update": (0, "update", None, None),
}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case", sorted(ONSETS))
def test_the_first_nonfinite_step_phase_and_tensor_are_exact(tmp_path, backend, case):
    result, log_dir = train(tmp_path, backend, case)
    plain, watched = result["plain"], result["watched"]
    assert watched == plain  # under "continue" the watch changes nothing, NaN included
    step, phase, tensor, layer = ONSETS[case]
    onset = result["onset"]
    assert onset is not None and onset["phase"] == phase, onset
    # The onset is the first batch whose loss went bad in plain training, or before it (a forward overflow the
    # loss absorbs for a step, an update that poisons the next step's loss).
    bad = next((i for i, loss in enumerate(plain["losses"]) if not np.isfinite(loss)), len(plain["losses"]))
    assert onset["step"] <= bad
    if step is not None:
        assert onset["step"] == step
    if tensor is not None:
        assert onset["tensor"] == tensor and onset["layer"] == layer
    if phase == "backward":
        assert onset["tensor"].endswith("/grad") and onset["layer"] in ("hidden", "out")
    if phase == "update":
        assert onset["layer"] in ("hidden", "out") and not onset["tensor"].endswith("/grad")
    logged = read(log_dir)
    assert logged.onset["step"] == onset["step"] and logged.onset["tensor"] == onset["tensor"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_skip_stop_and_raise_on_a_nan_target(tmp_path, backend):
    skip, _ = train(tmp_path, backend, "target", "skip")
    stop, stop_dir = train(tmp_path, backend, "target", "stop")
    raised, _ = train(tmp_path, backend, "target", "raise")
    plain = skip["plain"]
    assert not plain["finite"]
    # skip: the two poisoned batches (one per epoch) are left out, the rest is applied
    assert skip["onset"]["step"] == 5 and skip["skipped"] == 2
    assert skip["watched"]["finite"] and skip["watched"]["iterations"] == 14
    assert skip["watched"]["losses"][:5] == plain["losses"][:5]
    # stop: ends after the onset's batch, its update not applied; raise: raises there, the model keeps its state
    assert len(stop["watched"]["losses"]) == 6 and stop["watched"]["iterations"] == 5 and stop["watched"]["finite"]
    assert raised["watched"]["raised"] == 5 and raised["watched"]["iterations"] == 5 and raised["watched"]["finite"]
    logged = read(stop_dir)
    (event,) = [e for e in logged.events if e["kind"] == "stop"]
    assert (event["reason"], event["onset"], event["applied"]) == ("stop", 5, False)
    # the onset step's batch is kept beside the run, its Inf target row named
    batch = logged.onset["batch"]
    assert batch["step"] == 5 and batch["arrays"]["y"]["nonfinite_rows"] == [3], batch
    kept = np.load(stop_dir / batch["file"])
    assert np.isinf(kept["y"][3]).all() and np.isfinite(kept["x"]).all()


@pytest.mark.parametrize("xp", [pytest.param("jax.numpy", marks=BACKENDS[0].marks), "numpy"])  # JAX's, torch's
def test_array_statistics_match_the_numpy_reference(xp):
    code = textwrap.dedent("""
        import importlib, json, numpy as np
        from tb_nanwatch import metadata
        from tb_nanwatch.hooks.array_stats import stats_rows
        xp = importlib.import_module(%r)
        import stats_reference
        rng = np.random.default_rng(1)
        out, entries, halves = [], [], {}
        # Tensors of one kind and shape are reduced together: each case twice (other values), all in one call,
        # plus a 3-D input (per-feature spread over positions) and a 1-D softmax.
        cases = [("activation", "relu"), ("activation", "sigmoid"), ("activation", "tanh"), ("activation", "softmax"),
                 ("input", None), ("gradient", None), ("weight", None), ("gradient", "nonfinite")] * 2
        cases += [("input", "3d"), ("activation", "softmax1d")]
        for i, (kind, act) in enumerate(cases):
            x = rng.standard_normal((4, 5, 6) if act == "3d" else (6,) if act == "softmax1d" else (16, 6)).astype("float32")
            act = {"3d": None, "softmax1d": "softmax"}.get(act, act)
            if act == "relu":
                x = np.maximum(x, 0); x[:, 2] = 0
            if act == "sigmoid":
                x = 1 / (1 + np.exp(-6 * x))
            if act == "softmax":
                x = np.exp(3 * x); x /= x.sum(-1, keepdims=True)
            if act == "nonfinite":
                x[3, 1], x[4, 4], x[5, 0] = np.nan, np.inf, -np.inf
            before = x + 0.01 if kind == "weight" else None
            row = metadata.make_row("t%%d" %% i, kind, None, None if act == "nonfinite" else act)
            halves[row["name"]] = xp.float32(0.5 * float(np.sum(x.astype(np.float64) ** 2)))
            entries.append((row, xp.asarray(x), None if before is None else xp.asarray(before)))
            want = stats_reference.full_stats(x, kind, None if act == "nonfinite" else act, before)
            out.append([None, want.tolist(), act == "nonfinite"])
        # What the rewrite to one variadic reduce touched: a large tensor (float32 sums drift if added one by one),
        # a constant one (std exactly 0), a target, a weight without its value before, a 0-d weight, an empty
        # tensor, and scalar rows (a finite and a NaN loss).
        big = (rng.standard_normal((1000, 1000)) + 3).astype("float32")
        extra = [("input", None, big), ("input", None, np.full((4096, 8), 0.1, "float32")),
                 ("target", None, rng.standard_normal((32, 3)).astype("float32") + 100),
                 ("weight", None, rng.standard_normal((6, 4)).astype("float32")),
                 ("weight", None, np.float32(2.5)), ("activation", "relu", np.zeros((0, 4), "float32")),
                 ("loss", None, np.float32(0.75)), ("loss", None, np.float32(np.nan))]
        for j, (kind, act, x) in enumerate(extra):
            row = metadata.make_row("e%%d" %% j, kind, None, act)
            halves[row["name"]] = xp.float32(0.5 * float(np.sum(np.asarray(x, np.float64) ** 2)))
            entries.append((row, xp.asarray(x), None))
            want = stats_reference.full_stats(x, kind, act, None)
            if not np.asarray(x).size:
                want[1:] = np.nan  # an empty tensor: nothing but its size
            out.append([None, want.tolist(), kind == "loss" and bool(np.isnan(x))])
        with np.errstate(all="ignore"):
            got = np.asarray(stats_rows(entries, halves, xp))
        for o, g in zip(out, got):
            o[0] = g.tolist()
        print("RESULT " + json.dumps(out))
    """ % xp)
    env = dict(os.environ, KERAS_BACKEND="jax", PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    counts = [0, 1, 2]  # size, nan, inf (metadata.STATS)
    for got, want, nonfinite in json.loads(lines[0][len("RESULT "):]):
        got, want = np.array(got, float), np.array(want, float)
        if nonfinite:  # counted exactly; the moments of a tensor holding NaN/Inf are unknown (NaN)
            np.testing.assert_array_equal(got[counts], want[counts])
            assert np.isnan(np.delete(got, counts)).all()
        else:
            np.testing.assert_allclose(got, want, rtol=2e-5, atol=1e-6, equal_nan=True)


RNN_SHARED = textwrap.dedent("""
    import hashlib, json, sys
    import numpy as np, keras
    from tb_nanwatch import NanWatch
    rng = np.random.default_rng(0)
    tokens, numbers = rng.integers(0, 50, (128, 12)), rng.standard_normal((128, 5)).astype("float32")
    y = rng.integers(0, 3, 128)

    def fit(callbacks):
        keras.utils.set_random_seed(0)
        a, b = keras.Input((12,), dtype="int32"), keras.Input((5,))
        seq = keras.layers.LSTM(8, name="lstm")(keras.layers.Embedding(50, 8)(a))
        shared = keras.layers.Dense(8, name="shared")  # called twice: one row per call
        h = keras.layers.Concatenate()([shared(seq), shared(keras.layers.Dense(8)(b))])
        h = keras.layers.Dropout(0.2)(keras.layers.BatchNormalization()(h))
        model = keras.Model([a, b], keras.layers.Dense(3, activation="softmax")(h))
        model.compile("adam", "sparse_categorical_crossentropy")
        loss = model.fit([tokens, numbers], y, batch_size=32, epochs=2, validation_split=0.25, shuffle=False,
                         verbose=0, callbacks=callbacks).history["loss"]
        return loss, hashlib.sha1(b"".join(np.asarray(v.numpy()).tobytes() for v in model.weights)).hexdigest()

    print("RESULT " + json.dumps([fit([]), fit([NanWatch(sys.argv[1])])]))
""")


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_rnn_and_a_shared_layer_are_watched_and_train_as_plain(tmp_path, backend):
    # An RNN cell runs inside its layer's loop (a lax.scan body on JAX): only the RNN layer's output is recorded.
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([sys.executable, "-c", RNN_SHARED, str(tmp_path / "run")], capture_output=True, text=True,
                          timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    assert "NOT watched" not in proc.stderr and "statistics disabled" not in proc.stderr, proc.stderr[-2000:]
    plain, watched = json.loads(lines[0][len("RESULT "):])
    assert plain == watched
    names = [r["name"] for r in read(tmp_path / "run").rows]
    assert {"lstm/output", "shared/output", "shared_1/output"} <= set(names), names
    assert len(names) == len(set(names))


LOOP_CHILD = textwrap.dedent("""
    import json, sys
    import numpy as np, keras
    from tb_nanwatch import NanWatch
    log_dir = sys.argv[1]
    rng = np.random.default_rng(0)
    x = rng.standard_normal((4, 64, 8)).astype("float32")
    y = rng.standard_normal((4, 64, 1)).astype("float32")
    y[3, 2 * 16 + 5] = np.nan  # the fourth fit's third step: step 3 * 4 + 2 = 14 of the model

    def run(watched):
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
        model.compile(keras.optimizers.Adam(1e-3), "mse")
        losses, watches = [], []
        class Record(keras.callbacks.Callback):
            def on_train_batch_end(self, batch, logs=None):
                losses.append(float(logs["loss"]))
        for k in range(4):
            if k == 2:
                model.compile(model.optimizer, "mse")  # a new compile: the step is compiled anew
            w = NanWatch("%s/fit%d" % (log_dir, k), log_every=2) if watched else None
            model.fit(x[k], y[k], batch_size=16, epochs=1, shuffle=False, verbose=0,
                      callbacks=[Record()] + ([w] if w else []))
            watches.append(w)
        shared = [w._stepper._step is v._stepper._step for v, w in zip(watches, watches[1:])] if watched else None
        return losses, shared, watches

    plain, _, _ = run(False)
    watched, shared, watches = run(True)
    print("RESULT " + json.dumps({"plain": plain, "watched": watched, "shared": shared,
                                  "onsets": [w.onset for w in watches]}))
""")


def test_a_new_watch_per_fit_reuses_the_compiled_jax_step(tmp_path):
    """Issue 22, item 5: `fit` in a loop with a new `NanWatch` each time compiles the watched JAX step once per
    compile of the model, and every watch still finds its onset exactly."""
    pytest.importorskip("jax")
    env = dict(os.environ, KERAS_BACKEND="jax", TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([sys.executable, "-c", LOOP_CHILD, str(tmp_path)], capture_output=True, text=True,
                          timeout=600, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    result = json.loads(lines[0][len("RESULT "):])
    assert result["watched"] == result["plain"]  # (json gives every NaN as one object: equal in a list)
    assert result["shared"] == [True, False, True]
    onsets = result["onsets"]
    assert onsets[:3] == [None, None, None]
    assert onsets[3]["step"] == 14 and onsets[3]["tensor"] == "target/0", onsets[3]
    assert read(tmp_path / "fit3").onset["step"] == 14
