"""The diagnosis on real Keras trainings of the mistakes people make, and their fixed twins.

Each test trains a small program the way users write it (mistake included)
with `NanWatch`, reads the run back through TensorBoard's reader and checks
the status, the first cause and its evidence; the fixed twin must come out
healthy with no cause scored 0.5 or more.
"""

import numpy as np
import pytest

from hook_support import where, read

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

from tb_nanwatch import NanWatch  # noqa: E402
from tb_nanwatch.analysis import diagnose  # noqa: E402
from tb_nanwatch.cli import format_run  # noqa: E402


def _fit(tmp_path, name, model, x, y, loss, optimizer="adam", epochs=3, batch_size=32, metrics=None, **kw):
    model.compile(optimizer=optimizer, loss=loss, metrics=metrics or [])
    log_dir = str(tmp_path / name)
    model.fit(x, y, epochs=epochs, batch_size=batch_size, verbose=0, callbacks=[NanWatch(log_dir, **kw)])
    return diagnose(read(log_dir))


def _healthy(d):
    strong = [(c["id"], c["score"]) for c in d["causes"] if c["score"] >= 0.5]
    return d["status"] == "healthy" and not strong, (d["status"], strong, d["notes"])


def _binary(n=2048, d=8, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d)).astype("float32")
    y = (x @ rng.normal(size=d) > 0).astype("float32")
    return x, y


def _mlp(d, out_units, out_act, hidden=16, seed=0):
    keras.utils.set_random_seed(seed)
    return keras.Sequential([keras.Input((d,)), keras.layers.Dense(hidden, activation="relu"),
                             keras.layers.Dense(out_units, activation=out_act, name="head")])


@pytest.mark.parametrize("fixed", [False, True])
def test_softmax_on_one_unit_is_named_with_its_layer(tmp_path, fixed):
    x, y = _binary()
    d = _fit(tmp_path, "run", _mlp(8, 1, "sigmoid" if fixed else "softmax"), x, y, "binary_crossentropy", metrics=["accuracy"])
    if fixed:
        ok, why = _healthy(d)
        assert ok, why
        return
    assert d["status"] == "stalled"
    top = d["causes"][0]
    assert top["id"] == "softmax_single_unit"
    assert "head" in top["fix"] and 'activation="sigmoid"' in top["fix"]
    assert any("majority class" in n for n in d["notes"]), d["notes"]
    assert any('Dense(1, activation="softmax") [head]' in line for line in d["model"]["lines"])
    text = format_run(d)  # the CLI shows the model facts and the constant predictor's loss
    assert 'Dense(1, activation="softmax") [head]' in text and "loss: binary_crossentropy" in text
    assert "baseline: loss binary_crossentropy = 0.69" in text, text


@pytest.mark.parametrize("fixed", [False, True])
def test_raw_pixels_name_the_range_and_the_fix(tmp_path, fixed):
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 4, 1024)
    # Blobs of class-dependent brightness on a dark 16x16 background, as uint8 0-255.
    img = np.zeros((1024, 16, 16), np.float32)
    for k in range(4):
        img[labels == k, 4 * k:4 * k + 4, 4:12] = 160 + 20 * k
    x = np.clip(img + rng.normal(0, 20, img.shape), 0, 255).astype("uint8")
    keras.utils.set_random_seed(0)
    layers = [keras.Input((16, 16))]
    if fixed:
        layers.append(keras.layers.Rescaling(1.0 / 255))
    model = keras.Sequential(layers + [keras.layers.Flatten(), keras.layers.Dense(32, activation="sigmoid"),
                                       keras.layers.Dense(4, activation="softmax")])
    d = _fit(tmp_path, "run", model, x, labels, "sparse_categorical_crossentropy", optimizer=keras.optimizers.SGD(0.05))
    # Raw pixels may still train: then they are a risk of the healthy run, not a cause (issue 20).
    scale = [c for c in d["causes"] + d["risks"] if c["id"] == "input_scale"]
    if fixed:
        ok, why = _healthy(d)
        assert ok, why
        assert not scale
        return
    assert scale, d["causes"]
    assert any("raw uint8 values in [0, " in e and "0-255" in e for e in scale[0]["evidence"]), scale[0]["evidence"]
    assert "/ 255" in scale[0]["fix"] and "Rescaling" in scale[0]["fix"]
    assert d["model"]["data"]["input/0"]["dtype"] == "uint8"


@pytest.mark.parametrize("fixed", [False, True])
def test_sigmoid_output_on_targets_up_to_100(tmp_path, fixed):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(1024, 4)).astype("float32")
    y = (50 + 15 * x[:, :1] + 5 * rng.normal(size=(1024, 1))).clip(0, 103).astype("float32")
    if fixed:
        y = y / 100.0
    d = _fit(tmp_path, "run", _mlp(4, 1, "sigmoid"), x, y, "mse", epochs=4)
    if fixed:
        ok, why = _healthy(d)
        assert ok, why
        return
    assert d["status"] == "stalled"
    assert d["causes"][0]["id"] == "output_activation_range"
    assert "head" in d["causes"][0]["fix"]
    assert d["baseline"] is not None and d["baseline"]["loss_name"] == "mse"
    assert d["baseline"]["loss"] == pytest.approx(float(y.var()), rel=0.25)


@pytest.mark.parametrize("fixed", [False, True])
def test_binary_crossentropy_on_class_ids(tmp_path, fixed):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(1536, 6)).astype("float32")
    y = np.digitize(x[:, 0] + 0.5 * x[:, 1], [-0.6, 0.6])
    if fixed:
        model, loss = _mlp(6, 3, "softmax"), "sparse_categorical_crossentropy"
    else:
        model, loss = _mlp(6, 1, "sigmoid"), "binary_crossentropy"
    # the fixed twin trains until it has learnt (its loss below 0.9x the class entropy); in 3 epochs it is
    # rightly called stalled, with too_few_steps
    d = _fit(tmp_path, "run", model, x, y, loss, metrics=["accuracy"], epochs=8 if fixed else 3)
    if fixed:
        ok, why = _healthy(d)
        assert ok, why
        return
    assert d["status"] == "stalled"
    assert d["causes"][0]["id"] == "loss_target_mismatch"
    assert "3 classes" in d["causes"][0]["summary"]
    assert "Dense(3" in d["causes"][0]["fix"]


@pytest.mark.parametrize("fixed", [False, True])
def test_regression_targets_on_a_huge_scale(tmp_path, fixed):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(1024, 5)).astype("float32")
    y = (3e5 + 1e5 * (x @ rng.normal(size=(5, 1)))).astype("float32")
    if fixed:
        y = (y - y.mean()) / y.std()
    d = _fit(tmp_path, "run", _mlp(5, 1, None), x, y, "mse", epochs=3)
    if fixed:
        ok, why = _healthy(d)
        assert ok, why
        return
    assert d["status"] == "stalled"
    assert d["causes"][0]["id"] == "target_scale"
    assert any("equals the loss of always predicting" in n or "no better than the loss of" in n for n in d["notes"]), d["notes"]


def test_nan_born_in_the_backward_pass_of_a_weightless_layer(tmp_path):
    rng = np.random.default_rng(4)
    x = rng.normal(size=(512, 4)).astype("float32")
    y = rng.normal(size=(512, 1)).astype("float32")
    keras.utils.set_random_seed(0)
    inp = keras.Input((4,))
    h = keras.layers.Dense(8, name="dense_a")(inp)
    h = keras.layers.Lambda(lambda t: keras.ops.sqrt(keras.ops.relu(t)), name="root")(h)
    out = keras.layers.Dense(1, name="head")(h)
    model = keras.Model(inp, out)
    d = _fit(tmp_path, "run", model, x, y, "mse", epochs=1)
    # The gradient at the Lambda's input is the first non-finite value, at the very first step:
    # relu gives exact zeros, and sqrt's derivative there is infinite.
    assert where(d["onset"]) == {"step": 0, "phase": "backward", "tensor": "root/input_grad", "layer": "root"}, d["onset"]
    top = d["causes"][0]
    assert top["id"] == "unsafe_layer_math", d["causes"]
    assert "root" in top["summary"] and "root" in top["fix"] and top["score"] >= 0.9


def test_a_nan_born_nearer_the_loss_is_not_blamed_on_a_probed_layer_below(tmp_path):
    """A hand-written loss takes log(0) only in the backward direction's first op; the probed
    Lambda below it sees the NaN later in backprop and must not take the blame."""
    rng = np.random.default_rng(7)
    x = rng.normal(size=(256, 4)).astype("float32")
    y = np.abs(rng.normal(size=(256, 1))).astype("float32")
    keras.utils.set_random_seed(0)
    inp = keras.Input((4,))
    h = keras.layers.Dense(8, name="dense_a")(inp)
    h = keras.layers.Lambda(lambda t: t * 0.5, name="halve")(h)
    out = keras.layers.Dense(1, activation="relu", name="head", bias_initializer=keras.initializers.Constant(-50.0))(h)
    model = keras.Model(inp, out)

    def sqrt_loss(y_true, y_pred):  # sqrt(0) forward is fine; its gradient is infinite
        return keras.ops.mean(keras.ops.sqrt(keras.ops.square(y_true - y_pred) * 0 + y_pred))

    d = _fit(tmp_path, "run", model, x, y, sqrt_loss, epochs=1)
    assert d["onset"]["phase"] == "backward" and d["onset"]["step"] == 0, d["onset"]
    assert d["onset"]["layer"] == "head", d["onset"]


def test_random_normal_init_is_blamed_not_the_learning_rate(tmp_path):
    rng = np.random.default_rng(5)
    x = rng.normal(size=(1024, 32)).astype("float32")
    y = (x[:, :1] > 0).astype("float32")
    keras.utils.set_random_seed(0)
    init = keras.initializers.RandomNormal(stddev=3.0)
    model = keras.Sequential([keras.Input((32,))] + [keras.layers.Dense(64, activation="relu", kernel_initializer=init)
                                                     for _ in range(4)] + [keras.layers.Dense(1, activation="sigmoid")])
    d = _fit(tmp_path, "run", model, x, y, "binary_crossentropy", epochs=2, metrics=["accuracy"])
    assert d["status"] != "healthy"
    ids = [c["id"] for c in d["causes"]]
    assert ids[0] == "weight_init", d["causes"]
    init_cause = d["causes"][0]
    assert any("He/Glorot scale" in e for e in init_cause["evidence"])


def test_a_deep_stack_overflowing_at_step_1_blames_its_init_and_never_lowers_a_rate_in_range(tmp_path):
    # 24 linear layers with RandomNormal(0, 0.35) kernels under SGD(1e-3): the forward pass overflows at step 1
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1024, 32)).astype("float32")
    y = (x[:, :3].sum(1, keepdims=True) > 0).astype("float32")
    keras.utils.set_random_seed(0)
    init = keras.initializers.RandomNormal(0, 0.35)
    model = keras.Sequential([keras.Input((32,))] + [keras.layers.Dense(64, kernel_initializer=init) for _ in range(24)]
                             + [keras.layers.Dense(1, activation="sigmoid")])
    d = _fit(tmp_path, "run", model, x, y, "binary_crossentropy", optimizer=keras.optimizers.SGD(1e-3), epochs=1)
    assert d["status"] == "nonfinite" and d["onset"]["phase"] == "forward", d["onset"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[0] == "weight_init" and "exploding_gradients" in ids[:3], ids
    lr = next(c for c in d["causes"] if c["id"] == "learning_rate_too_high")
    assert "learning_rate_too_high" not in ids[:3] and "lowering it further is not the fix" in lr["fix"], lr


def test_learning_rate_too_low_is_stalled_with_a_sane_fix(tmp_path):
    rng = np.random.default_rng(6)
    x = rng.normal(size=(1024, 8)).astype("float32")
    y = (x @ rng.normal(size=(8, 1))).astype("float32")
    d = _fit(tmp_path, "run", _mlp(8, 1, None), x, y, "mse", optimizer=keras.optimizers.Adam(1e-7), epochs=2)
    assert d["status"] == "stalled"
    top = d["causes"][0]
    assert top["id"] == "learning_rate_too_low", d["causes"]
    assert "Adam(learning_rate=0.001)" in top["fix"]
