"""The hook across model kinds and training set-ups, each with a real NaN at a known step."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

from hook_support import where, BATCH, LossRecorder, mlp, read, regression_data  # noqa: E402
from tb_nanwatch import NanWatch  # noqa: E402

NAN_STEP = 5


def nan_data(n_batches=12, step=NAN_STEP):
    x, y = regression_data(n_batches)
    x[step * BATCH + 1, 3] = np.nan
    return x, y


def fit(model, x, y, log_dir, compile_kw=None, fit_kw=None, **watch_kw):
    model.compile(keras.optimizers.SGD(0.01), "mse", **(compile_kw or {}))
    watch = NanWatch(str(log_dir), **watch_kw)
    model.fit(x, y, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch], **(fit_kw or {}))
    return watch


@pytest.mark.parametrize("compile_kw", [
    {"jit_compile": False},
    {"jit_compile": True},
    {"steps_per_execution": 4},
    {"steps_per_execution": 3, "jit_compile": True},
], ids=["graph", "xla", "spe4", "spe3-xla"])
def test_compile_modes(tmp_path, compile_kw):
    keras.utils.set_random_seed(0)
    x, y = nan_data()
    watch = fit(mlp(keras), x, y, tmp_path / "run", compile_kw, log_every=4)
    assert where(watch.onset) == {"step": NAN_STEP, "phase": "input", "tensor": "input/0", "layer": None}
    run = read(tmp_path / "run")
    assert list(run.trace_steps) == list(range(12))
    assert run.onset == watch.onset


def test_xla_logs_the_statistics_of_the_graph_step(tmp_path):
    """Under XLA the sums of squares go by rows and the weights before the update are read directly, not through an
    `If`: the same training logs the same trace, statistics and update ratios with and without it."""
    runs = {}
    for jit in (False, True):
        keras.backend.clear_session()  # the same layer names
        keras.utils.set_random_seed(0)
        x, y = regression_data(12)
        fit(mlp(keras), x, y, tmp_path / str(jit), {"jit_compile": jit}, log_every=4)
        runs[jit] = read(tmp_path / str(jit))
    graph, xla = runs[False], runs[True]
    assert [r["name"] for r in graph.rows] == [r["name"] for r in xla.rows]
    assert list(graph.stats_steps) == list(xla.stats_steps) == [0, 4, 8]
    np.testing.assert_allclose(xla.trace, graph.trace, rtol=1e-3)
    ratio = xla.stat("update_ratio")
    kernels = [i for i, r in enumerate(xla.rows) if r["kind"] == "weight" and r["name"].endswith("/kernel")]
    assert kernels and np.isfinite(ratio[:, kernels]).all() and (ratio[:, kernels] > 0).all()
    np.testing.assert_allclose(ratio, graph.stat("update_ratio"), rtol=1e-3, equal_nan=True)
    for name in ("l2", "std", "max_abs", "dead_frac"):
        np.testing.assert_allclose(xla.stat(name), graph.stat(name), rtol=1e-3, atol=1e-6, equal_nan=True)


def test_functional_multi_input_multi_output(tmp_path):
    keras.utils.set_random_seed(0)
    a = keras.Input((4,), name="a")
    b = keras.Input((3,), name="b")
    h = keras.layers.Dense(8, activation="relu", name="trunk")(keras.layers.Concatenate(name="cat")([a, b]))
    out1 = keras.layers.Dense(1, name="price")(h)
    out2 = keras.layers.Dense(1, name="volume")(h)
    model = keras.Model({"a": a, "b": b}, {"price": out1, "volume": out2})
    rng = np.random.default_rng(0)
    n = 10 * BATCH
    xa, xb = rng.standard_normal((n, 4)).astype("float32"), rng.standard_normal((n, 3)).astype("float32")
    xb[4 * BATCH + 2, 1] = np.nan
    ys = {"price": rng.standard_normal((n, 1)).astype("float32"), "volume": rng.standard_normal((n, 1)).astype("float32")}
    model.compile(keras.optimizers.SGD(0.01), {"price": "mse", "volume": "mse"})
    watch = NanWatch(str(tmp_path / "run"))
    model.fit({"a": xa, "b": xb}, ys, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
    assert where(watch.onset) == {"step": 4, "phase": "input", "tensor": "input/b", "layer": None}
    names = [r["name"] for r in read(tmp_path / "run").rows]
    for name in ("input/a", "input/b", "target/price", "target/volume",
                 "trunk/output", "price/output", "volume/output", "loss/price", "loss/volume", "loss",
                 "trunk/kernel/grad", "trunk/kernel"):
        assert name in names


def test_loss_term_of_one_output(tmp_path):
    keras.utils.set_random_seed(0)
    a = keras.Input((4,), name="a")
    h = keras.layers.Dense(8, activation="relu", name="trunk")(a)
    model = keras.Model(a, {"price": keras.layers.Dense(1, name="price")(h),
                            "rate": keras.layers.Dense(1, activation="sigmoid", name="rate")(h)})
    rng = np.random.default_rng(0)
    x = rng.standard_normal((8 * BATCH, 4)).astype("float32")
    x[3 * BATCH:4 * BATCH] *= 1e5  # the sigmoid saturates to exactly 1.0 on batch 3

    def log_loss(y_true, y_pred):  # unclipped: log(1 - 1) = -inf
        return -tf.reduce_mean(tf.math.log(1.0 - y_pred))

    ys = {"price": rng.standard_normal((8 * BATCH, 1)).astype("float32"), "rate": np.zeros((8 * BATCH, 1), "float32")}
    model.compile(keras.optimizers.SGD(0.0), {"price": "mse", "rate": log_loss})
    watch = NanWatch(str(tmp_path / "run"))
    model.fit(x, ys, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
    assert where(watch.onset) == {"step": 3, "phase": "loss", "tensor": "loss/rate", "layer": None}


def test_subclassed_model(tmp_path):
    class Net(keras.Model):
        def __init__(self):
            super().__init__()
            self.hidden = keras.layers.Dense(16, activation="tanh", name="hidden")
            self.out = keras.layers.Dense(1, name="out")

        def call(self, x):
            return self.out(self.hidden(x))

    keras.utils.set_random_seed(0)
    x, y = nan_data()
    watch = fit(Net(), x, y, tmp_path / "run")
    assert where(watch.onset) == {"step": NAN_STEP, "phase": "input", "tensor": "input/0", "layer": None}
    names = [r["name"] for r in read(tmp_path / "run").rows]
    assert "hidden/output" in names and "hidden/kernel/grad" in names, names


def test_mixed_float16_forward_overflow(tmp_path):
    keras.mixed_precision.set_global_policy("mixed_float16")
    try:
        keras.utils.set_random_seed(0)
        x, y = regression_data()
        x[3 * BATCH:4 * BATCH] *= 1e3  # float16 overflows past 65504 in the first layer on batch 3
        model = keras.Sequential([
            keras.Input((8,)),
            keras.layers.Dense(16, activation="relu", kernel_initializer=keras.initializers.Constant(20.0), name="wide"),
            keras.layers.Dense(1, dtype="float32", name="head"),
        ])
        # A zero learning rate keeps the weights, so only batch 3 overflows.
        model.compile(keras.optimizers.SGD(0.0), "mse")
        watch = NanWatch(str(tmp_path / "run"), log_every=1)
        model.fit(x, y, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
    finally:
        keras.mixed_precision.set_global_policy("float32")
    assert watch.onset is not None
    assert watch.onset["step"] == 3 and watch.onset["phase"] == "forward" and watch.onset["layer"] == "wide"
    run = read(tmp_path / "run")
    assert "loss_scale" in [r["name"] for r in run.rows]


def test_validation_and_resumed_training(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = regression_data(n_batches=8)
    x[2 * BATCH, 0] = np.nan  # batch 2: step 10 once 8 steps have run
    model = mlp(keras)
    model.compile(keras.optimizers.SGD(0.01), "mse")
    clean = x.copy()
    clean[np.isnan(clean)] = 0
    watch = NanWatch(str(tmp_path / "run"), log_every=4)
    val = (clean[:64], y[:64])
    model.fit(clean, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, validation_data=val, callbacks=[watch])
    assert watch.onset is None
    # Resume for a second epoch, now with a NaN in batch 2 of it.
    model.fit(x, y, batch_size=BATCH, epochs=2, initial_epoch=1, shuffle=False, verbose=0,
              validation_data=val, callbacks=[watch])
    assert where(watch.onset) == {"step": 10, "phase": "input", "tensor": "input/0", "layer": None}
    run = read(tmp_path / "run")
    assert list(run.trace_steps) == list(range(16))


def test_custom_training_loop(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = nan_data(step=3)
    model = mlp(keras)
    optimizer = keras.optimizers.Adam(1e-3)
    loss_fn = keras.losses.MeanSquaredError()
    watch = NanWatch(str(tmp_path / "run"), log_every=2).attach(model, optimizer)

    @watch.train_step
    def step(xb, yb):
        with tf.GradientTape() as tape:
            loss = loss_fn(yb, model(xb, training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    for i in range(8):
        step(tf.constant(x[i * BATCH:(i + 1) * BATCH]), tf.constant(y[i * BATCH:(i + 1) * BATCH]))
    watch.close()
    assert where(watch.onset) == {"step": 3, "phase": "input", "tensor": "input/0", "layer": None}
    run = read(tmp_path / "run")
    assert list(run.trace_steps) == list(range(8))
    names = [r["name"] for r in run.rows]
    assert {"loss", "global_grad_norm", "learning_rate"} <= set(names)


def test_beside_keras_tensorboard_callback(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = nan_data()
    model = mlp(keras)
    model.compile(keras.optimizers.SGD(0.01), "mse")
    watch = NanWatch(str(tmp_path / "nanwatch"))
    tb = keras.callbacks.TensorBoard(str(tmp_path / "keras"), histogram_freq=1, update_freq="batch")
    model.fit(x, y, batch_size=BATCH, epochs=2, shuffle=False, verbose=0, callbacks=[tb, watch])
    assert watch.onset["step"] == NAN_STEP
    run = read(tmp_path / "nanwatch")
    assert list(run.trace_steps) == list(range(24))
    assert os.listdir(tmp_path / "keras" / "train")


def test_rnn_model_is_watched_without_breaking(tmp_path):
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((6 * BATCH, 5, 3)).astype("float32")
    y = rng.standard_normal((6 * BATCH, 1)).astype("float32")
    model = keras.Sequential([keras.Input((5, 3)), keras.layers.LSTM(4, name="lstm"), keras.layers.Dense(1)])
    rec = LossRecorder()
    model.compile(keras.optimizers.Adam(1e-3), "mse")
    watch = NanWatch(str(tmp_path / "run"))
    model.fit(x, y, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch, rec])
    assert watch.onset is None and len(rec.losses) == 6
    assert "lstm/output" in [r["name"] for r in read(tmp_path / "run").rows]


def test_mirrored_strategy_two_cpus(tmp_path):
    # Logical devices must be set before TensorFlow starts: a fresh process.
    script = textwrap.dedent("""
        import json, sys
        import numpy as np
        import tensorflow as tf
        cpu = tf.config.list_physical_devices("CPU")[0]
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
        import keras
        sys.path.insert(0, %(tests)r)
        from hook_support import BATCH, mlp, read, regression_data
        from tb_nanwatch import NanWatch
        keras.utils.set_random_seed(0)
        x, y = regression_data(12)
        x[5 * BATCH + 1, 3] = np.nan
        x[:, 0] = 0  # so that a huge weight on feature 0 stays finite and unchanged
        strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
        with strategy.scope():
            model = mlp(keras)
            model.compile(keras.optimizers.SGD(0.01), "mse")
        kernel = model.layers[0].kernel
        value = kernel.numpy()
        value[0, 0] = 2.5e38  # finite; an average over replicas of logged values would overflow
        kernel.assign(value)
        watch = NanWatch(%(logdir)r, log_every=4)
        model.fit(x, y, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
        run = read(%(logdir)r)
        row = run.row_index(model.layers[0].name + "/kernel")
        print(json.dumps({"onset": watch.onset, "steps": run.trace_steps.tolist(),
                          "input_size": float(run.stats[0, run.row_index("input/0"), 0]),
                          "kernel_max": float(run.stats[0, row, 4])}))
    """) % {"tests": os.path.dirname(__file__), "logdir": str(tmp_path / "run")}
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    import json

    result = json.loads(out.stdout.strip().splitlines()[-1])
    # Row 1 of the batch is in the first replica's half.
    assert result["onset"] == {"step": 5, "phase": "input", "tensor": "input/0", "layer": None, "worker": 0,
                               "replica": 0}
    assert result["steps"] == list(range(12))
    assert result["input_size"] == BATCH * 8  # pooled over both replicas' halves of the batch
    assert result["kernel_max"] == pytest.approx(2.5e38, rel=1e-6)


def test_one_trace_serves_every_step_and_fit(tmp_path, monkeypatch):
    from tb_nanwatch.hooks import capture

    traces = []
    original = capture.StepTrace.__init__

    def counting(self, *args, **kwargs):
        traces.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(capture.StepTrace, "__init__", counting)
    keras.utils.set_random_seed(0)
    x, y = regression_data(n_batches=6)
    model = mlp(keras)
    model.compile(keras.optimizers.Adam(0.01), "mse")  # slot variables: made before the trace, not in it
    watch = NanWatch(str(tmp_path / "run"), log_every=4)
    after = []
    for epoch in range(3):  # the fit-per-epoch loop some users write
        model.fit(x, y, batch_size=BATCH, epochs=epoch + 1, initial_epoch=epoch, shuffle=False, verbose=0,
                  callbacks=[watch])
        after.append(len(traces))
    assert after == [1, 1, 1]  # one trace serves every step; later fits trace nothing again
    assert list(read(tmp_path / "run").trace_steps) == list(range(18))  # readable between fits: flushed
    # one event file for the loop, not one per fit call
    assert len([f for f in os.listdir(tmp_path / "run") if f.startswith("events.out.tfevents")]) == 1
    watch.close()
    assert list(read(tmp_path / "run").trace_steps) == list(range(18))


def test_embedding_gradient_stays_sparse(tmp_path):
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    ids = rng.integers(0, 5000, (6 * BATCH, 4))
    y = rng.standard_normal((6 * BATCH, 1)).astype("float32")
    model = keras.Sequential([keras.Input((4,), dtype="int32"), keras.layers.Embedding(5000, 8, name="embed"),
                              keras.layers.Flatten(), keras.layers.Dense(1, name="head")])
    model.compile(keras.optimizers.SGD(0.01), "mse")
    watch = NanWatch(str(tmp_path / "run"), log_every=1)
    model.fit(ids, y, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
    run = read(tmp_path / "run")
    assert watch.onset is None
    size = run.stats[0, run.row_index("embed/embeddings/grad"), 0]
    assert size == BATCH * 4 * 8  # the gathered rows, not the dense 5000 x 8 table


def test_weights_nonfinite_before_training_are_named(tmp_path, caplog):
    keras.utils.set_random_seed(0)
    x, y = regression_data(n_batches=4)
    model = mlp(keras)
    model.compile(keras.optimizers.SGD(0.01), "mse")
    kernel = model.layers[1].kernel
    bad = kernel.numpy()
    bad[0, 0] = np.nan
    kernel.assign(bad)
    with caplog.at_level("WARNING", logger="tb_nanwatch"):
        watch = NanWatch(str(tmp_path / "run"))
        model.fit(x, y, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
    assert any("%r of layer %r holds NaN/Inf before this fit" % ("kernel", model.layers[1].name) in r.getMessage()
               for r in caplog.records), [r.getMessage() for r in caplog.records]
    assert watch.onset is not None and watch.onset["step"] == 0


def test_two_optimizers_of_a_custom_train_step_are_both_watched(tmp_path):
    """A GAN-style model: its own train_step, a discriminator and a generator optimizer."""
    keras.utils.set_random_seed(0)

    class GAN(keras.Model):
        def __init__(self):
            super().__init__()
            self.gen = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, name="g_out")], name="gen")
            self.disc = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1, name="d_out")], name="disc")

        def compile(self, d_optimizer, g_optimizer):
            super().compile()
            self.d_optimizer, self.g_optimizer = d_optimizer, g_optimizer

        def train_step(self, real):
            noise = tf.random.normal((tf.shape(real)[0], 4), seed=1)
            with tf.GradientTape() as tape:
                d_loss = tf.reduce_mean(self.disc(self.gen(noise))) - tf.reduce_mean(self.disc(real))
            grads = tape.gradient(d_loss, self.disc.trainable_weights)
            self.d_optimizer.apply_gradients(zip(grads, self.disc.trainable_weights))
            with tf.GradientTape() as tape:
                g_loss = -tf.reduce_mean(self.disc(self.gen(noise)))
            grads = tape.gradient(g_loss, self.gen.trainable_weights)
            self.g_optimizer.apply_gradients(zip(grads, self.gen.trainable_weights))
            return {"d_loss": d_loss, "g_loss": g_loss}

    model = GAN()
    model.compile(keras.optimizers.SGD(0.01), keras.optimizers.SGD(0.02))
    real = np.random.default_rng(0).standard_normal((8 * BATCH, 8)).astype("float32")
    real[5 * BATCH, 2] = np.nan
    watch = NanWatch(str(tmp_path / "run"), log_every=4)
    model.fit(real, batch_size=BATCH, shuffle=False, verbose=0, callbacks=[watch])
    assert where(watch.onset) == {"step": 5, "phase": "input", "tensor": "input/0", "layer": None}
    run = read(tmp_path / "run")
    names = [r["name"] for r in run.rows]
    for layer in ("d_out", "g_out"):  # gradients and weights from both optimizers
        assert any(n.startswith(layer + "/") and n.endswith("/grad") for n in names), names
        assert any(r["kind"] == "weight" and r["layer"] == layer for r in run.rows)
    # The learning rate is the one of the first optimizer that updates (the compiled default is unused).
    assert run.trace[0, run.row_index("learning_rate")] == pytest.approx(0.01)
