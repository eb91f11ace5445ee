"""The failing batch is kept and the step replayed to name the op (issue 14, parts 4 and 5): real Keras training."""

import os

import numpy as np
import pytest

from hook_support import BATCH, mlp, read, regression_data

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

from tb_nanwatch import NanWatch  # noqa: E402


class Length(keras.layers.Layer):
    """Appends each row's L2 length: ``tf.norm`` has an infinite derivative at a zero row (NaN backward)."""

    def call(self, x):
        return tf.concat([x, tf.norm(x, axis=-1, keepdims=True)], axis=-1)


def test_a_nan_born_in_a_custom_layers_backward_pass_is_named(tmp_path):
    keras.utils.set_random_seed(0)
    inputs = keras.Input((8,))
    h = keras.layers.Dense(8, use_bias=False)(inputs)
    h = Length(name="length")(h)
    h = keras.layers.Dense(16, activation="relu")(h)
    model = keras.Model(inputs, keras.layers.Dense(1)(h))
    model.compile(keras.optimizers.Adam(0.01), "mse")
    x, y = regression_data(n_batches=8)
    x[5 * BATCH + 7] = 0.0  # a padded row: finite forward, NaN gradient through the norm
    watch = NanWatch(str(tmp_path / "run"), on_nonfinite="stop")
    model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, callbacks=[watch])
    onset = read(tmp_path / "run").onset
    assert onset["step"] == 5 and onset["phase"] == "backward"
    op = onset["op"]
    assert op["found"] and op["step"] == 5
    assert (op["type"], op["layer"], op["phase"]) == ("SqrtGrad", "length", "backward"), op
    # its input (the norm) reaches 0 exactly: where the derivative of sqrt is infinite
    assert op["inputs"][0]["min"] == 0.0
    batch = onset["batch"]
    saved = np.load(tmp_path / "run" / batch["file"])
    np.testing.assert_array_equal(saved["x"], x[5 * BATCH:6 * BATCH])
    np.testing.assert_array_equal(saved["y"], y[5 * BATCH:6 * BATCH])
    assert batch["arrays"]["x"]["nonfinite_row_count"] == 0  # the data is finite: the op is the cause


def test_a_log_of_zero_in_a_hand_written_loss_is_named_and_the_bad_rows_listed(tmp_path):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")])
    optimizer = keras.optimizers.SGD(0.1)
    watch = NanWatch(str(tmp_path / "custom"), on_nonfinite="skip").attach(model, optimizer)

    @watch.train_step
    def step(x, y):
        with tf.GradientTape() as tape:
            p = model(x, training=True)
            loss = -tf.reduce_mean(y * tf.math.log(p) + (1 - y) * tf.math.log(1 - p))  # written by hand
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    rng = np.random.default_rng(0)
    x = rng.standard_normal((6 * BATCH, 8)).astype("float32")
    y = (x[:, :1] > 0).astype("float32")
    x[3 * BATCH + 2] *= 1e4  # an outlier row: the sigmoid saturates to exactly 0 or 1
    x[3 * BATCH + 9] *= 1e4
    for i in range(6):
        step(x[i * BATCH:(i + 1) * BATCH], y[i * BATCH:(i + 1) * BATCH])
    watch.close()
    onset = read(tmp_path / "custom").onset
    op = onset["op"]
    assert onset["step"] == 3 and op["found"], onset
    assert (op["type"], op["layer"], op["phase"]) == ("Log", None, "forward"), op
    assert op["inf"] > 0 and op["inputs"][0]["min"] == 0.0
    assert set(onset["batch"]["arrays"]) == {"inputs", "targets"}
    assert all(np.isfinite(w).all() for w in model.get_weights())  # the replay put everything back


def test_the_saved_batch_lists_the_nonfinite_rows_and_keeps_them_under_the_cap(tmp_path):
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(keras.optimizers.Adam(0.01), "mse")
    x, y = regression_data(n_batches=6)
    y[4 * BATCH + 3] = np.nan
    y[4 * BATCH + 20] = np.inf
    # a cap of 10 rows of x and y (8 + 1 floats each): the two bad rows and 8 others are saved
    watch = NanWatch(str(tmp_path / "capped"), keep_batch=10 * 9 * 4)
    model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, callbacks=[watch])
    batch = read(tmp_path / "capped").onset["batch"]
    assert batch["step"] == 4 and batch["batch_rows"] == BATCH and batch["rows"] == 10
    assert batch["arrays"]["y"]["nonfinite_rows"] == [3, 20]
    saved = np.load(tmp_path / "capped" / batch["file"])
    assert list(saved["_rows"][:2]) == [0, 1] and {3, 20} <= set(saved["_rows"])
    assert np.isnan(saved["y"][list(saved["_rows"]).index(3)]).all()
    # under "continue" the NaN update was applied: the replay cannot run on the step's weights, and says so
    op = read(tmp_path / "capped").onset["op"]
    assert not op["found"] and 'on_nonfinite="stop"' in op["why"]
    # keep_batch=0: nothing saved, nothing replayed
    watch = NanWatch(str(tmp_path / "off"), keep_batch=0)
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(keras.optimizers.Adam(0.01), "mse")
    model.fit(x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, callbacks=[watch])
    onset = read(tmp_path / "off").onset
    assert onset["step"] == 4 and "batch" not in onset and "op" not in onset
    assert not [f for f in os.listdir(tmp_path / "off") if f.endswith(".npz")]
