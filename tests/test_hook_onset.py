"""Real Keras trainings driven to real NaN/Inf: the exact onset the hook latches."""

import math

import numpy as np
import pytest

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

from hook_support import where, BATCH, LossRecorder, mlp, read, regression_data  # noqa: E402
from tb_nanwatch import NanWatch, metadata  # noqa: E402


def fit(model, x, y, log_dir, loss="mse", optimizer=None, epochs=1, **watch_kw):
    model.compile(optimizer or keras.optimizers.SGD(0.01), loss)
    watch = NanWatch(str(log_dir), **watch_kw)
    model.fit(x, y, batch_size=BATCH, epochs=epochs, shuffle=False, verbose=0, callbacks=[watch])
    return watch


def test_nan_input_at_known_batch(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = regression_data()
    x[5 * BATCH + 3, 2] = np.nan
    watch = fit(mlp(keras), x, y, tmp_path / "run", log_every=4)
    assert where(watch.onset) == {"step": 5, "phase": "input", "tensor": "input/0", "layer": None}
    run = read(tmp_path / "run")
    assert run.onset == watch.onset
    assert list(run.trace_steps) == list(range(16))
    # Full statistics on logged steps and on every step of the window after the onset.
    assert {0, 4, 5, 6, 15} <= set(run.stats_steps.tolist())
    nan_col = metadata.STAT_INDEX["nan"]
    onset_stats = run.stats[list(run.stats_steps).index(5)]
    assert onset_stats[run.row_index("input/0"), nan_col] == 1
    assert np.isfinite(run.trace[:5]).all()


def test_onset_on_a_logged_step_then_exact_counts(tmp_path):
    """The onset step and the window count their NaN exactly; with log_every=1 the counts stay unknown."""
    keras.utils.set_random_seed(0)
    x, y = regression_data()
    x[5 * BATCH + 3, 2] = np.nan
    for log_every, counted in ((2, True), (1, False)):
        run_dir = tmp_path / ("every%d" % log_every)
        watch = fit(mlp(keras), x, y, run_dir, log_every=log_every, window=3)
        assert where(watch.onset) == {"step": 5, "phase": "input", "tensor": "input/0", "layer": None}
        run = read(run_dir)
        nan_col, size_col = metadata.STAT_INDEX["nan"], metadata.STAT_INDEX["size"]
        logged = list(run.stats_steps)
        assert {5, 6, 7, 8} <= set(logged)  # the onset and the window
        at_onset = run.stats[logged.index(5)]
        assert np.isnan(run.trace[5, run.row_index("input/0")])
        assert at_onset[run.row_index("target/0"), nan_col] == 0
        # The NaN in feature 2 made row 2 of the first kernel NaN (16 of its 8 x 16 weights).
        kernel = run.row_index(next(r["name"] for r in run.rows if r["kind"] == "weight"))
        if counted:
            assert at_onset[run.row_index("input/0"), nan_col] == 1
            assert run.stats[logged.index(6), kernel, nan_col] == 16
            assert run.stats[logged.index(6), kernel, size_col] == 128
        else:
            assert np.isnan(at_onset[run.row_index("input/0"), nan_col])
            assert np.isnan(run.stats[logged.index(6), kernel, nan_col])


def test_nan_target(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = regression_data()
    y[3 * BATCH + 1, 0] = np.nan
    watch = fit(mlp(keras), x, y, tmp_path / "run")
    assert where(watch.onset) == {"step": 3, "phase": "target", "tensor": "target/0", "layer": None}


def test_handwritten_log_zero_loss(tmp_path):
    keras.utils.set_random_seed(0)
    x, _ = regression_data()
    y = (x[:, :1] > 0).astype("float32")
    x[4 * BATCH:5 * BATCH] *= 1e4  # sigmoid saturates to exactly 0 and 1 on batch 4

    def cross_entropy(y_true, y_pred):  # no clipping: log(0) at saturation
        return -tf.reduce_mean(y_true * tf.math.log(y_pred) + (1 - y_true) * tf.math.log(1 - y_pred))

    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1, activation="sigmoid", name="prob")])
    watch = fit(model, x, y, tmp_path / "run", loss=cross_entropy)
    assert where(watch.onset) == {"step": 4, "phase": "loss", "tensor": "loss", "layer": None}


def test_division_by_zero_in_lambda_layer(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = regression_data()
    x[:, 0] = 1.0 + np.abs(x[:, 0])  # well-conditioned divisors...
    x[6 * BATCH + 2, 0] = 0.0  # ...but one of batch 6
    model = keras.Sequential([
        keras.Input((8,)),
        keras.layers.Lambda(lambda t: t / t[:, :1], name="divide"),
        keras.layers.Dense(4, activation="relu", name="hidden"),
        keras.layers.Dense(1, name="head"),
    ])
    watch = fit(model, x, y, tmp_path / "run")
    assert where(watch.onset) == {"step": 6, "phase": "forward", "tensor": "divide/output", "layer": "divide"}


def test_sqrt_at_zero_is_nonfinite_only_backward(tmp_path):
    keras.utils.set_random_seed(0)
    x, y = regression_data()
    model = keras.Sequential([
        keras.Input((8,)),
        keras.layers.Dense(3, kernel_initializer="zeros", name="pre"),
        keras.layers.Lambda(tf.sqrt, name="root"),
        keras.layers.Dense(1, name="head"),
    ])
    watch = fit(model, x, y, tmp_path / "run")
    # Born in the Lambda's backward pass (sqrt has an infinite derivative at 0): named there, at its
    # input's gradient, not at the next parameter gradient below it (pre/bias/grad).
    assert where(watch.onset) == {"step": 0, "phase": "backward", "tensor": "root/input_grad", "layer": "root"}
    run = read(tmp_path / "run")
    # The forward pass and the loss of step 0 were finite.
    for name in ("input/0", "pre/output", "root/output", "head/output", "loss"):
        assert np.isfinite(run.trace[0, run.row_index(name)]), name


def _reference_onset(build, x, y, lr):
    """First non-finite step of a plain run, seen from outside the hook."""
    keras.utils.set_random_seed(0)
    model = build()
    model.compile(keras.optimizers.SGD(lr), "mse")
    seen = {}

    class Check(keras.callbacks.Callback):
        def on_train_batch_end(self, batch, logs=None):
            if "step" in seen:
                return
            if not math.isfinite(logs["loss"]):
                seen.update(step=batch, where="forward_or_loss")
            elif not all(np.isfinite(w).all() for w in self.model.get_weights()):
                seen.update(step=batch, where="backward_or_update")

    model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, callbacks=[Check()])
    return seen


def test_learning_rate_too_high(tmp_path):
    x, y = regression_data(n_batches=40)
    build = lambda: mlp(keras, hidden=32, depth=3)
    ref = _reference_onset(build, x, y, lr=0.5)
    assert "step" in ref, "the reference run must really diverge"
    keras.utils.set_random_seed(0)
    watch = fit(build(), x, y, tmp_path / "run", optimizer=keras.optimizers.SGD(0.5))
    assert watch.onset is not None
    assert watch.onset["step"] == ref["step"]
    allowed = {"forward_or_loss": ("forward", "loss"), "backward_or_update": ("backward", "update")}[ref["where"]]
    assert watch.onset["phase"] in allowed
    run = read(tmp_path / "run")
    loss = run.trace[:, run.row_index("loss")]
    assert np.isfinite(loss[:3]).all() and loss[ref["step"] - 1] > 10 * loss[0]


def test_relu_stack_with_huge_init_goes_nan_in_weights(tmp_path):
    # The loss may stay finite here: a fused MatMul+BiasAdd+ReLU turns NaN into 0.
    keras.utils.set_random_seed(0)
    x, y = regression_data()
    init = keras.initializers.RandomNormal(stddev=10.0, seed=1)
    model = keras.Sequential([keras.Input((8,))] + [
        keras.layers.Dense(64, activation="relu", kernel_initializer=init) for _ in range(6)] + [keras.layers.Dense(1)])
    watch = fit(model, x, y, tmp_path / "run", optimizer=keras.optimizers.SGD(0.01))
    assert watch.onset is not None
    assert watch.onset["phase"] in ("forward", "loss", "backward", "update")


def test_healthy_run_has_no_onset_and_same_losses(tmp_path):
    x, y = regression_data()
    losses = {}
    for hooked in (False, True):
        keras.utils.set_random_seed(0)
        model = mlp(keras)
        model.compile(keras.optimizers.Adam(1e-3), "mse")
        rec = LossRecorder()
        cbs = [rec] + ([NanWatch(str(tmp_path / "run"), log_every=3)] if hooked else [])
        model.fit(x, y, batch_size=BATCH, epochs=2, shuffle=False, verbose=0, callbacks=cbs)
        losses[hooked] = rec.losses
        if hooked:
            assert cbs[1].onset is None
    np.testing.assert_array_equal(losses[True], losses[False])
    run = read(tmp_path / "run")
    assert run.onset is None
    assert list(run.trace_steps) == list(range(32))
    assert list(run.stats_steps) == list(range(0, 32, 3))
    measured = run.trace[run.trace != metadata.UNMEASURED]
    assert np.isfinite(measured).all()


def test_logged_statistics_match_numpy(tmp_path):
    import stats_reference

    keras.utils.set_random_seed(0)
    x, y = regression_data(n_batches=4)
    model = mlp(keras)
    watch = fit(model, x, y, tmp_path / "run", log_every=1)
    run = read(tmp_path / "run")
    last = run.stats[-1]
    # Inputs of the last batch.
    want = stats_reference.full_stats(x[3 * BATCH:], "input")
    np.testing.assert_allclose(last[run.row_index("input/0")], want, rtol=1e-4, atol=1e-6, equal_nan=True)
    # Weights after the last update are the model's final weights.
    for layer in model.layers:
        for var in layer.weights:
            name = "%s/%s" % (layer.name, var.name)
            got = last[run.row_index(name)]
            want = stats_reference.full_stats(var.numpy(), "weight")
            np.testing.assert_allclose(np.delete(got, metadata.STAT_INDEX["update_ratio"]),
                                       np.delete(want, metadata.STAT_INDEX["update_ratio"]),
                                       rtol=1e-4, atol=1e-6, equal_nan=True, err_msg=name)
            if var.ndim >= 2:  # the update ratio is of weight matrices and kernels only
                assert 0 < got[metadata.STAT_INDEX["update_ratio"]] < 1
            else:
                assert np.isnan(got[metadata.STAT_INDEX["update_ratio"]])
    # The trace of a logged step is the L2 column of its statistics.
    rows = [i for i, r in enumerate(run.rows) if r["kind"] not in ("scalar", "loss")]
    np.testing.assert_allclose(run.trace[-1, rows], last[rows, metadata.STAT_INDEX["l2"]], rtol=1e-4)
    assert watch.onset is None


@pytest.mark.parametrize("make", [
    lambda: keras.optimizers.Adam(0.01),
    lambda: keras.optimizers.SGD(0.05, momentum=0.9, nesterov=True),
    lambda: keras.optimizers.AdamW(0.01, weight_decay=0.5),  # decays the weights outside its update step
    lambda: keras.optimizers.RMSprop(0.01, use_ema=True, ema_overwrite_frequency=2),  # overwrites them
], ids=["adam", "sgd_nesterov", "adamw", "rmsprop_ema"])
def test_update_ratio_matches_numpy_per_optimizer(tmp_path, make):
    """The update ratio of every logged step against the numpy weights around it."""
    x, y = regression_data(n_batches=4)
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(make(), "mse")
    weights = {"%s/%s" % (layer.name, v.name): v for layer in model.layers for v in layer.weights}
    seen = []

    class Around(keras.callbacks.Callback):
        def on_train_batch_begin(self, batch, logs=None):
            seen.append({n: v.numpy().copy() for n, v in weights.items()})

        def on_train_batch_end(self, batch, logs=None):
            seen[-1] = (seen[-1], {n: v.numpy().copy() for n, v in weights.items()})

    model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0,
              callbacks=[NanWatch(str(tmp_path / "run"), log_every=1), Around()])
    run = read(tmp_path / "run")
    ratio = metadata.STAT_INDEX["update_ratio"]
    assert len(seen) == 4
    for step, (before, after) in enumerate(seen):
        for name in weights:
            b = before[name].astype(np.float64)
            # Of weight matrices and kernels only (biases: not measured).
            want = np.linalg.norm(after[name] - b) / np.linalg.norm(b) if np.any(b) and b.ndim >= 2 else math.nan
            got = run.stats[list(run.stats_steps).index(step), run.row_index(name), ratio]
            assert got == pytest.approx(want, rel=2e-3, nan_ok=True), (step, name)


def test_on_nonfinite_stop_and_raise(tmp_path):
    from tb_nanwatch import NonFiniteError

    x, y = regression_data()
    x[5 * BATCH, 0] = np.nan
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(keras.optimizers.SGD(0.01), "mse")
    rec = LossRecorder()
    watch = NanWatch(str(tmp_path / "stop"), on_nonfinite="stop")
    model.fit(x, y, batch_size=BATCH, epochs=3, shuffle=False, verbose=0, callbacks=[watch, rec])
    assert watch.onset["step"] == 5 and len(rec.losses) == 6
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(keras.optimizers.SGD(0.01), "mse")
    with pytest.raises(NonFiniteError) as err:
        model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0,
                  callbacks=[NanWatch(str(tmp_path / "raise"), on_nonfinite="raise")])
    assert err.value.onset["step"] == 5 and "step 5" in str(err.value)
    assert read(tmp_path / "raise").onset["step"] == 5
    # Keras skipped on_train_end: the model must still be left as it was...
    assert "call" not in vars(model.layers[0]) and "apply" not in vars(model.optimizer)
    assert not hasattr(model.train_function, "_nanwatch_keras")
    # ...so that the next watch records every tensor once.
    x[np.isnan(x)] = 0
    again = NanWatch(str(tmp_path / "again"))
    model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, callbacks=[again])
    names = [r["name"] for r in read(tmp_path / "again").rows]
    assert len(names) == len(set(names)) and not any(":" in n for n in names), names
