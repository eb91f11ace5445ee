"""Why a run stalls when no number goes wrong (issue 21): real Keras trainings written the old way.

Each test trains a small program in the style real posts use (`Activation`
layers of their own, `input_dim=`, MAE on labels, a ReLU after the last
Dense) with `NanWatch`, reads it back through TensorBoard's reader and checks
the first cause, its evidence and that its code is valid Python; the fixed
twin must come out without a cause scored 0.5 or more.
"""

import ast
import dataclasses

import numpy as np
import pytest

from hook_support import read

keras = pytest.importorskip("keras")
pytest.importorskip("tensorflow")

from tb_nanwatch import NanWatch  # noqa: E402
from tb_nanwatch.analysis import diagnose  # noqa: E402
from tb_nanwatch.cli import format_run  # noqa: E402

L = keras.layers


def _fit(tmp_path, model, x, y, loss, optimizer, epochs, batch_size=32, metrics=("accuracy",), callbacks=(), **fit):
    model.compile(optimizer=optimizer, loss=loss, metrics=list(metrics))
    log_dir = str(tmp_path / "run")
    model.fit(x, y, epochs=epochs, batch_size=batch_size, verbose=0, callbacks=list(callbacks) + [NanWatch(log_dir)], **fit)
    d = diagnose(read(log_dir))
    for c in d["causes"] + d["risks"]:
        ast.parse(c["code"])
    format_run(d)  # the text report renders
    return d


def _strong(d):
    return [(c["id"], c["score"]) for c in d["causes"] if c["score"] >= 0.5]


def _xor(repeat=64):
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], "float32").repeat(repeat, 0)
    return x, np.array([0, 1, 1, 0], "float32").repeat(repeat)


@pytest.mark.parametrize("fixed", [False, True])
def test_mae_on_binary_labels_behind_a_sigmoid(tmp_path, fixed):
    keras.utils.set_random_seed(1)
    x, y = _xor()
    model = keras.Sequential([L.Dense(8, input_dim=2), L.Activation("tanh"), L.Dense(1), L.Activation("sigmoid")])
    d = _fit(tmp_path, model, x, y, "binary_crossentropy" if fixed else "mean_absolute_error",
             keras.optimizers.Adam(0.05) if fixed else keras.optimizers.SGD(0.05), epochs=25 if fixed else 10)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    top = d["causes"][0]
    assert top["id"] == "loss_task_mismatch", [(c["id"], c["score"]) for c in d["causes"]]
    assert 'loss="binary_crossentropy"' in top["fix"] and "0/1 labels" in top["evidence"][0]
    # the separate Activation layer is read as the output activation, and the fix says to fold it in
    assert "remove the separate `Activation(\"sigmoid\")` layer" in top["fix"]
    assert "keras.layers.Dense(1, activation='sigmoid'" in top["code"]


def test_mse_on_one_hot_behind_a_softmax_layer(tmp_path):
    keras.utils.set_random_seed(2)
    rng = np.random.default_rng(2)
    x = rng.normal(size=(640, 4)).astype("float32")
    y = keras.utils.to_categorical((x[:, 0] > 0.3).astype(int) + (x[:, 1] > 0.5).astype(int), 3)
    model = keras.Sequential([L.Dense(8, input_dim=4), L.Activation("relu"), L.Dense(3), L.Softmax()])
    d = _fit(tmp_path, model, x, y, "mse", keras.optimizers.SGD(0.01), epochs=6)
    assert d["status"] == "stalled"
    top = d["causes"][0]
    assert top["id"] == "loss_task_mismatch" and "one-hot labels of 3 classes" in top["evidence"][0]
    assert 'loss="categorical_crossentropy"' in top["fix"] and "Softmax()" in top["fix"]


@pytest.mark.parametrize("fixed", [False, True])
def test_relu_output_that_dies(tmp_path, fixed):
    """A regression whose last activation is a `ReLU` layer; a negative bias start kills it."""
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(512, 3)).astype("float32")
    y = np.abs(x @ np.array([1.0, -2.0, 0.5], "float32"))[:, None]
    head = [L.Dense(1, bias_initializer=keras.initializers.Constant(-20.0))] + ([] if fixed else [L.ReLU()])
    model = keras.Sequential([keras.Input((3,)), L.Dense(16), L.Activation("relu")] + head)
    d = _fit(tmp_path, model, x, y, "mse", "adam", epochs=4, metrics=())
    if fixed:
        assert not any(c["id"] == "relu_output_dead" for c in d["causes"] + d["risks"])
        return
    assert d["status"] == "stalled"
    top = d["causes"][0]
    assert top["id"] == "relu_output_dead", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("mean of the squared targets" in e for e in top["evidence"]), top["evidence"]
    assert "ReLU()" in top["fix"] and "keras.layers.Dense(1" in top["code"]


def test_too_few_steps_is_said_for_a_short_stalled_run(tmp_path):
    keras.utils.set_random_seed(4)
    rng = np.random.default_rng(4)
    x = rng.normal(size=(1120, 8)).astype("float32")
    y = (np.sin(2 * x[:, :1]) + x[:, 1:2] ** 2).astype("float32")
    model = keras.Sequential([keras.Input((8,)), L.Dense(32, activation="relu"), L.Dense(1)])
    d = _fit(tmp_path, model, x, y, "mse", "adam", epochs=1, metrics=())
    assert d["status"] == "stalled"
    top = d["causes"][0]
    assert top["id"] == "too_few_steps" and any("only 35 training steps" in e for e in top["evidence"])
    assert not any("batch size" in e for e in top["evidence"]) and "batch_size" not in top["fix"]


def test_a_whole_dataset_batch_that_leaves_an_epoch_one_update_is_said(tmp_path):
    keras.utils.set_random_seed(4)
    rng = np.random.default_rng(4)
    x = rng.normal(size=(1000, 8)).astype("float32")
    y = (np.sin(2 * x[:, :1]) + x[:, 1:2] ** 2).astype("float32")
    model = keras.Sequential([keras.Input((8,)), L.Dense(32, activation="relu"), L.Dense(1)])
    d = _fit(tmp_path, model, x, y, "mse", "adam", epochs=10, batch_size=1000, metrics=())
    assert d["status"] == "stalled", d["status"]
    top = d["causes"][0]
    assert top["id"] == "too_few_steps", [(c["id"], c["score"]) for c in d["causes"]]
    assert "batch size 1000: each epoch is only 1 update of the weights" in top["evidence"]
    assert "batch_size=32" in top["fix"] and "batch_size=32" in top["code"]


def test_a_two_unit_bottleneck_is_named(tmp_path):
    keras.utils.set_random_seed(5)
    rng = np.random.default_rng(5)
    x = rng.uniform(-8, 8, size=(2048, 1)).astype("float32")
    model = keras.Sequential([keras.Input((1,)), L.Dense(2, activation="sigmoid"), L.Dense(1)])
    d = _fit(tmp_path, model, x, np.sin(3 * x), "mse", "adam", epochs=8, metrics=())
    assert d["status"] == "stalled"
    ids = [c["id"] for c in d["causes"]]
    assert ids and ids[0] == "model_too_small", ids
    assert "units=32" not in d["causes"][0]["code"] and "keras.layers.Dense(32" in d["causes"][0]["code"]


def _circles(n=512, seed=1):
    rng = np.random.default_rng(seed)
    r = np.where(rng.random(n) < 0.5, 0.5, 1.0)
    a = rng.uniform(0, 2 * np.pi, n)
    x = (np.stack([r * np.cos(a), r * np.sin(a)], 1) + rng.normal(0, 0.1, (n, 2))).astype("float32")
    return x, (r == 1.0).astype("float32")


@pytest.mark.parametrize("init", ["uniform01", "glorot"])
def test_kernels_drawn_off_centre_are_named_and_centred_ones_are_not(tmp_path, init):
    # The blog's vanishing-gradient model: five Dense(5, tanh) layers initialised RandomUniform(0, 1)
    keras.utils.set_random_seed(1)
    x, y = _circles()
    kernel = keras.initializers.RandomUniform(0, 1) if init == "uniform01" else "glorot_uniform"
    model = keras.Sequential([keras.Input((2,))] + [L.Dense(5, activation="tanh", kernel_initializer=kernel)
                                                    for _ in range(5)] + [L.Dense(1, activation="sigmoid")])
    d = _fit(tmp_path, model, x, y, "binary_crossentropy", keras.optimizers.SGD(0.01, momentum=0.9), epochs=4)
    found = {c["id"]: c for c in d["causes"] + d["risks"]}
    if init == "glorot":
        assert "weight_init" not in found, found.get("weight_init")
        return
    assert "weight_init" in list(found)[:3], list(found)
    assert any("starts off centre" in e for e in found["weight_init"]["evidence"]), found["weight_init"]["evidence"]


def test_integer_targets_of_a_line_are_numbers_not_class_ids(tmp_path):
    # A single sigmoid neuron fitted to y = 2x + 1 (odd integers 3..15): the output cannot reach them;
    # they are not class ids, and the learning rate is not what stops it
    keras.utils.set_random_seed(0)
    x = np.arange(1, 8, dtype="float32").reshape(-1, 1).repeat(16, 0)
    y = 2 * x + 1
    model = keras.Sequential([L.Dense(1, input_dim=1, activation="sigmoid")])
    d = _fit(tmp_path, model, x, y, "mean_squared_error", keras.optimizers.SGD(0.01), epochs=10, metrics=())
    ids = [c["id"] for c in d["causes"]]
    assert d["status"] != "healthy" and ids[0] == "output_activation_range", [(c["id"], c["score"]) for c in d["causes"]]
    assert "loss_target_mismatch" not in ids, ids
    line = next(e for e in d["causes"][0]["evidence"] if "take the values" in e)
    assert line.index("{3: ") < line.index(" 11: "), line  # labels in numeric order


@pytest.mark.parametrize("case", ["crawling", "at_its_floor"])
def test_a_loss_still_on_its_way_far_from_a_fit_is_too_slow(tmp_path, case):
    """Class 1: a linear fit whose weights still travel at the optimizer's pace, loss at 0.7x its baseline, is
    stalled ("too_slow") with the rate and the step count as candidates; one at its noise floor is healthy."""
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2048, 10)).astype("float32")
    noise = 10 if case == "crawling" else 300  # at 300 the best line leaves ~0.75x of the variance: a floor
    y = (x @ (100 * rng.uniform(size=10)) + noise * rng.normal(size=2048)).astype("float32")
    if case == "at_its_floor":
        y = (y - y.mean()) / y.std()
    model = keras.Sequential([keras.Input((10,)), L.Dense(1)])
    d = _fit(tmp_path, model, x, y, "mse", keras.optimizers.RMSprop(5e-3), epochs=30, metrics=())
    if case == "at_its_floor":
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert (d["status"], d["status_reason"]) == ("stalled", "too_slow"), (d["status"], d["status_reason"])
    assert any("below the loss of always predicting" in n for n in d["status_evidence"]), d["status_evidence"]
    assert any("still move at an undiminished rate" in n for n in d["status_evidence"]), d["status_evidence"]
    ids = [c["id"] for c in d["causes"]]
    assert {"learning_rate_too_low", "too_few_steps"} <= set(ids[:3]), ids
    lr = d["causes"][ids.index("learning_rate_too_low")]
    assert "RMSprop(learning_rate=0.01)" in lr["fix"]  # raised to the top of the family's working range, not past it
    assert "undiminished rate" in lr["evidence"][0], lr


def test_a_narrow_relu_layer_that_died_names_the_width_first(tmp_path):
    """A layer of three ReLUs that all died: its width is the root (a wide layer does not lose every unit by
    chance), the dead units its symptom, ranked below it."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.uniform(-3, 3, size=(1024, 1)).astype("float32")
    model = keras.Sequential([keras.Input((1,))] + [L.Dense(3, activation="relu") for _ in range(6)] + [L.Dense(1)])
    d = _fit(tmp_path, model, x, np.sin(x), "mse", keras.optimizers.Adam(0.01), epochs=5, metrics=())
    assert d["status"] == "stalled", d["status"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[:2] == ["model_too_small", "dead_activations"], ids
    assert "all of them died" in d["causes"][0]["evidence"][0]
    assert "(a symptom of the higher-ranked cause)" in d["causes"][1]["evidence"]


@pytest.mark.parametrize("fixed", [False, True])
def test_off_centre_features_that_saturate_the_first_layer_name_the_inputs(tmp_path, fixed):
    # Readings around 4-9 with stds below 1.5: not a "large scale", but their offset moves every first-layer
    # unit's pre-activation; under SGD with momentum the tanh layer goes flat.
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    labels = rng.integers(0, 3, 480)
    centres = np.array([[6.0, 4.0, 8.0, 5.0, 7.0], [6.8, 4.6, 8.9, 5.6, 7.9], [7.6, 5.2, 9.8, 6.2, 8.8]])
    x = (centres[labels] + rng.normal(0, 0.6, (480, 5))).astype("float32")
    if fixed:
        x = (x - x.mean(0)) / x.std(0)
    y = keras.utils.to_categorical(labels, 3)
    model = keras.Sequential([L.Dense(16, input_dim=5), L.Activation("tanh"), L.Dense(3), L.Activation("softmax")])
    d = _fit(tmp_path, model, x, y, "categorical_crossentropy", keras.optimizers.SGD(0.1, momentum=0.9), epochs=40,
             batch_size=16)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    top = d["causes"][0]
    assert top["id"] == "input_scale", [(c["id"], c["score"]) for c in d["causes"]]
    assert "not centred" in top["evidence"][0] and "saturated" in top["evidence"][2]
    assert "StandardScaler" in top["fix"]


def test_msle_on_prices_that_never_leave_zero_is_stalled_against_its_log_space_constant(tmp_path):
    keras.utils.set_random_seed(4)
    rng = np.random.default_rng(4)
    x = rng.normal(size=(800, 6)).astype("float32")
    y = np.exp(12.0 + 0.3 * x[:, 0] + 0.1 * rng.normal(size=800)).astype("float32")  # prices ~1.6e5
    model = keras.Sequential([L.Input((6,)), L.Dense(32, activation="relu"), L.Dense(1)])
    d = _fit(tmp_path, model, x, y, "msle", keras.optimizers.SGD(0.1), epochs=4, metrics=())
    assert d["status"] == "stalled", d["status"]
    assert "log(1 + y)" in d["baseline"]["what"] and d["baseline"]["loss"] < 1.0, d["baseline"]
    top = d["causes"][0]
    assert top["id"] == "target_scale" and "MSLE" in top["evidence"][1], [(c["id"], c["score"]) for c in d["causes"]]


@pytest.mark.parametrize("normalised", [False, True])
def test_a_very_deep_plain_stack_that_stalls_is_named_without_compounding_gradients(tmp_path, normalised):
    # He-initialised ReLU layers keep the gradient's scale through the stack, so nothing explodes or
    # vanishes; plain SGD still moves 30 layers too slowly to fit in the run's budget.
    keras.utils.set_random_seed(5)
    rng = np.random.default_rng(5)
    labels = rng.integers(0, 5, 1600)
    x = (rng.normal(size=(5, 16))[labels] + rng.normal(0, 0.8, (1600, 16))).astype("float32")
    layers = [L.Input((16,))]
    for _ in range(30):
        layers.append(L.Dense(32, activation="relu", kernel_initializer="he_normal"))
        if normalised:
            layers.append(L.BatchNormalization())
    model = keras.Sequential(layers + [L.Dense(5, activation="softmax")])
    d = _fit(tmp_path, model, x, labels, "sparse_categorical_crossentropy", keras.optimizers.SGD(1e-3), epochs=3)
    deep = [c for c in d["causes"] if c["id"] == "model_too_deep"]
    if normalised:  # BatchNormalization between the layers: not a plain stack (other evidence may still name depth)
        assert not [c for c in deep if "plain stack" in c["evidence"][0]], [(c["score"], c["evidence"]) for c in deep]
        return
    assert d["status"] == "stalled", d["status"]
    assert d["causes"][0]["id"] == "model_too_deep", [(c["id"], c["score"]) for c in d["causes"]]
    assert "31 trainable layers in a plain stack" in d["causes"][0]["evidence"][0]


@pytest.mark.parametrize("case", ["linear_hidden", "tanh_hidden", "logistic"])
def test_hidden_layers_without_an_activation_are_one_linear_map(tmp_path, case):
    keras.utils.set_random_seed(0)
    x, y = _xor()
    act = "tanh" if case == "tanh_hidden" else None
    hidden = [L.Dense(8, activation=act), L.Dense(8, activation=act)] if case != "logistic" else [L.BatchNormalization()]
    model = keras.Sequential([keras.Input((2,))] + hidden + [L.Dense(1, activation="sigmoid")])
    d = _fit(tmp_path, model, x, y, "binary_crossentropy", keras.optimizers.Adam(0.02), epochs=40)
    ids = [c["id"] for c in d["causes"]]
    if case == "tanh_hidden":
        assert d["status"] == "healthy" and "missing_activation" not in ids, (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    if case == "logistic":  # a logistic regression (behind a normalisation layer, which has weights) is a choice
        assert "missing_activation" not in ids, ids
        return
    assert ids[0] == "missing_activation", [(c["id"], c["score"]) for c in d["causes"]]
    top = d["causes"][0]
    assert "one linear map" in top["evidence"][0] and "activation='relu'" in top["fix"], top


def test_a_fast_falling_loss_far_from_a_fit_whose_weights_still_travel_is_too_slow(tmp_path):
    """Class 1: a taxi-fare line under RMSprop(9e-4) ends at 0.7x its baseline, its loss still falling fast and its
    one weight still travelling at the optimizer's pace: too slow (the rate first), not "healthy, train longer".
    Its 1x1 kernel drew a small value from Glorot's range: one draw has no scale to judge, so no init fault."""
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x = np.abs(rng.normal(8.5, 7.3, size=(3200, 1))).astype("float32")
    y = (3.25 + 2.25 * x[:, 0] + rng.normal(0, 2, 3200)).astype("float32")
    model = keras.Sequential([keras.Input((1,)), L.Dense(1)])
    d = _fit(tmp_path, model, x, y, "mse", keras.optimizers.RMSprop(9e-4), epochs=25, batch_size=50, metrics=())
    assert (d["status"], d["status_reason"]) == ("stalled", "too_slow"), (d["status"], d["status_reason"])
    assert any("still falling at a steady rate" in n for n in d["status_evidence"]), d["status_evidence"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[:2] == ["learning_rate_too_low", "too_few_steps"] and "weight_init" not in ids, ids


@pytest.mark.parametrize("fixed", [False, True])
def test_a_sigmoid_stack_whose_gradient_shrinks_layer_by_layer_is_named(tmp_path, fixed):
    """Four sigmoid layers of 5 units with RandomNormal(stddev=1) kernels on two circles stall: the gradient shrinks
    at every layer toward the input (a mild vanishing gradient). The same stack in tanh with Glorot kernels learns."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    t, r = rng.uniform(0, 2 * np.pi, 1000), np.where(np.arange(1000) % 2 == 0, 1.0, 0.5)
    x = (np.stack([r * np.cos(t), r * np.sin(t)], 1) + rng.normal(0, 0.1, (1000, 2))).astype("float32")
    y = (np.arange(1000) % 2 == 0).astype("float32")
    act, init = ("tanh", "glorot_uniform") if fixed else ("sigmoid", keras.initializers.RandomNormal(stddev=1.0))
    model = keras.Sequential([keras.Input((2,))] + [L.Dense(5, activation=act, kernel_initializer=init) for _ in range(4)]
                             + [L.Dense(1, activation="sigmoid")])
    d = _fit(tmp_path, model, x, y, "binary_crossentropy", keras.optimizers.RMSprop(1e-3), epochs=30, metrics=())
    ids = [c["id"] for c in d["causes"]]
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled" and ids[0] == "vanishing_gradients", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("shrinks at every layer" in e for e in d["causes"][0]["evidence"]), d["causes"][0]["evidence"]


@pytest.mark.parametrize("case", ["diverges", "constant"])
def test_a_schedule_that_raises_the_rate_past_what_the_model_takes_is_named(tmp_path, case):
    """A learning-rate sweep trained as if it were training (class 4: the rate judged over time, not by its
    median): the loss is lowest mid-run and climbs as the rate goes on rising; never "too low"."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(256, 4)).astype("float32")
    y = (x @ np.array([1.0, -2.0, 0.5, 1.5], "float32") + 0.1 * rng.normal(size=256)).astype("float32")
    model = keras.Sequential([keras.Input((4,)), L.Dense(16, activation="relu"), L.Dense(1)])
    sweep = [] if case == "constant" else [keras.callbacks.LearningRateScheduler(lambda e: 1e-4 * 10 ** (e / 5))]
    d = _fit(tmp_path, model, x, y, "mse", keras.optimizers.SGD(1e-2 if case == "constant" else 1e-4, momentum=0.9),
             epochs=25, metrics=(), callbacks=sweep)
    if case == "constant":
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] != "healthy", d["status"]
    top = d["causes"][0]
    assert top["id"] == "learning_rate_too_high", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("loss was lowest" in line for line in top["evidence"]), top["evidence"]
    rate = float(top["fix"].split("constant rate of about ")[1].split(",")[0])
    assert 1e-3 < rate < 0.1, top["fix"]  # below where the loss was lowest, not below the family's range
    ast.parse(top["code"])
    assert "learning_rate_too_low" not in [c["id"] for c in d["causes"]]


@pytest.mark.parametrize("decay_rate", [0.1, 1e-4])
def test_a_schedule_that_cuts_the_rate_within_the_first_steps_halts_learning(tmp_path, decay_rate):
    """A per-step decay of 0.1 leaves the rate 100x below its start within 1000 steps: the loss levels off far
    from a fit, and the rate it ended at is named (class 1: a stalled run gets its reason), not the median."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    quadrant = rng.integers(0, 4, 1000)  # two classes on the diagonals: XOR of blobs
    x = (np.array([[5, 5], [-5, -5], [5, -5], [-5, 5]])[quadrant] + 2.0 * rng.normal(size=(1000, 2))).astype("float32")
    y = keras.utils.to_categorical((quadrant >= 2).astype(int), 2)
    model = keras.Sequential([keras.Input((2,)), L.Dense(50, activation="relu"), L.Dense(2, activation="softmax")])
    schedule = keras.optimizers.schedules.InverseTimeDecay(1e-3, decay_steps=1, decay_rate=decay_rate)
    d = _fit(tmp_path, model, x, y, "categorical_crossentropy", keras.optimizers.SGD(schedule), epochs=60)
    if decay_rate < 0.01:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled" and d["status_reason"] == "too_slow", (d["status"], d["status_reason"])
    top = d["causes"][0]
    assert top["id"] == "learning_rate_too_low", [(c["id"], c["score"]) for c in d["causes"]]
    assert "a schedule cut the learning rate" in top["evidence"][0], top["evidence"]
    assert "learning_rate=0.001" in top["fix"], top["fix"]


@pytest.mark.parametrize("case", ["zero_bias", "prior_bias", "class_weight"])
def test_a_zero_output_bias_on_rare_positives_is_named_and_the_prior_bias_learns(tmp_path, case):
    # 0.5% positives in batches of 2048: a reservoir of 32 sampled rows per step would hold none of them.
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    y = (rng.random(40960) < 0.004).astype("float32")
    x = rng.normal(size=(len(y), 8)).astype("float32")
    x[y == 1, :3] += 2.5
    prior = float(np.log(y.mean() / (1 - y.mean())))
    model = keras.Sequential([keras.Input((8,)), L.Dense(16, activation="relu"), L.Dropout(0.5),
                              L.Dense(1, activation="sigmoid", bias_initializer=keras.initializers.Constant(prior) if case == "prior_bias" else "zeros")])
    weights = {"class_weight": {0: 0.5, 1: 100.0}} if case == "class_weight" else {}
    d = _fit(tmp_path, model, x, y, "binary_crossentropy", keras.optimizers.Adam(1e-3), epochs=8, batch_size=2048, **weights)
    if case == "class_weight":
        # a weighted loss has another constant predictor: no level is judged, and the prior bias is not the fix
        assert d.get("baseline") is None and "weight_init" not in [c["id"] for c in d["causes"]], d["causes"]
        return
    if case == "prior_bias":
        # accuracy sits at the majority rate, but the loss is well below the constant predictor's: it learnt
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    top = d["causes"][0]
    assert top["id"] == "weight_init" and "class prior" in top["summary"], [(c["id"], c["score"]) for c in d["causes"]]
    # the rare class's share as sampled (0.49% in all), and the bias the model started from
    share = float(top["evidence"][0].split("the rarest class is ")[1].split("%")[0])
    assert 0.3 <= share <= 0.8 and "starts at 0, where the class prior's log-odds are -5" in top["evidence"][0], top["evidence"][0]
    bias = float(top["code"].split("Constant(")[1].split(")")[0])
    assert abs(bias - prior) < 0.5, (bias, prior)


@pytest.mark.parametrize("fixed", [False, True])
def test_weights_that_never_settle_at_a_high_rate(tmp_path, fixed):
    """Learning rate too high, loss oscillating: RMSprop(1.0) on a one-neuron linear fit learns in its first epoch,
    then bounces at 10x its twin's loss for the rest of the run (below the constant predictor's, so no other verdict
    sees it). Stalled ("unsettled"), the rate first; at 0.01 the twin settles and is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    miles = np.clip(rng.gamma(1.6, 4.0, 4096), 0.1, 60).astype("float32")
    fare = (3.25 + 2.25 * miles + rng.normal(0, 1.5, 4096)).astype("float32")
    model = keras.Sequential([keras.Input((1,)), L.Dense(1)])
    d = _fit(tmp_path, model, miles, fare, "mse", keras.optimizers.RMSprop(0.01 if fixed else 1.0), epochs=15,
             batch_size=50, metrics=())
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert (d["status"], d["status_reason"]) == ("stalled", "unsettled"), (d["status"], d["status_reason"])
    assert any("still moved by" in n for n in d["status_evidence"]), d["status_evidence"]
    top = d["causes"][0]
    assert top["id"] == "learning_rate_too_high", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("too large for it to settle" in e for e in top["evidence"]) and "RMSprop(learning_rate=0.001)" in top["fix"]


@pytest.mark.parametrize("fixed", [False, True])
def test_a_model_with_no_hidden_layer_that_levelled_off_is_too_simple(tmp_path, fixed):
    """Class 1 (a reason for every stalled run): a logistic regression on a disc levels off at Adam(1e-2) near the
    constant predictor's loss. No rule names a fault, so the generic candidates are ranked by the loss's trend: it
    levelled off at a working rate, so the model's capacity comes first, not more steps or a higher rate. The twin
    with one hidden layer learns and is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (2048, 2)).astype("float32")
    y = ((x ** 2).sum(1) < 0.5).astype("float32")
    hidden = [L.Dense(32, activation="relu")] if fixed else []
    model = keras.Sequential([keras.Input((2,))] + hidden + [L.Dense(1, activation="sigmoid")])
    d = _fit(tmp_path, model, x, y, "binary_crossentropy", keras.optimizers.Adam(1e-2), epochs=10)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[0] == "model_too_small" and set(ids[1:]) == {"learning_rate_too_low", "too_few_steps"}, ids
    top = d["causes"][0]
    assert any("no hidden layer" in e and "straight boundary" in e for e in top["evidence"]), top["evidence"]
    assert any("levelled off" in e for e in top["evidence"]) and 'Dense(32, activation="relu")' in top["fix"]
    steps = d["causes"][ids.index("too_few_steps")]
    assert any("unlikely to help" in e for e in steps["evidence"]), steps["evidence"]


@pytest.mark.parametrize("fixed", [False, True])
def test_a_loss_still_falling_at_the_low_end_of_sgd_rates_names_the_rate_first(tmp_path, fixed):
    """Class 1 (the learning rate too low for its family over the steps it had): SGD(0.001), the floor of plain SGD's
    usual range, on a 10-class MLP written the old way: 720 steps leave the loss falling steadily near the constant
    predictor's. The rate comes first, the steps second; at 0.1 the twin learns and is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 1536)
    x = rng.normal(0, 1, (10, 64))[y] + rng.normal(0, 4.0, (1536, 64))
    x = ((x - x.mean(0)) / x.std(0)).astype("float32")
    model = keras.Sequential([keras.Input((64,)), L.Dense(100), L.Activation("tanh"), L.Dense(10), L.Activation("softmax")])
    d = _fit(tmp_path, model, x, keras.utils.to_categorical(y, 10), "categorical_crossentropy",
             keras.optimizers.SGD(0.1 if fixed else 0.001), epochs=15)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[:2] == ["learning_rate_too_low", "too_few_steps"], ids
    top = d["causes"][0]
    assert any("low end of its usual range" in e for e in top["evidence"]), top["evidence"]
    assert "SGD(learning_rate=0.01)" in top["fix"], top["fix"]


@pytest.mark.parametrize("fixed", [False, True])
def test_an_adaptive_rate_far_above_its_range_is_not_excused_by_huge_gradients(tmp_path, fixed):
    """Class 4 (init before learning rate), its limit: under an adaptive optimiser every step is about the rate
    whatever the gradient's size. RMSprop(2) on one raw feature in the thousands: the gradients are huge at step 0,
    yet they do not excuse the rate (it sets the steps: rate and inputs are named first, together), and "gradients
    explode" ranks below them (their size at step 0 is no blow-up, and clipping would not change the steps). The twin (standardised feature, RMSprop(0.01)) is
    healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    rooms = rng.uniform(200, 5600, 3000).astype("float32")
    value = (0.6 + 6e-4 * rooms + rng.normal(0, 0.3, 3000)).astype("float32")
    x = (rooms - rooms.mean()) / rooms.std() if fixed else rooms
    model = keras.Sequential([keras.Input((1,)), L.Dense(1)])
    d = _fit(tmp_path, model, x, value, "mse", keras.optimizers.RMSprop(0.01 if fixed else 2.0), epochs=20 if fixed else 3,
             batch_size=30 if fixed else 120, metrics=())
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] in ("stalled", "diverging"), d["status"]
    scores = {c["id"]: c for c in d["causes"]}
    ids = list(scores)
    assert set(ids[:2]) == {"learning_rate_too_high", "input_scale"}, [(c["id"], c["score"]) for c in d["causes"]]
    rate = scores["learning_rate_too_high"]
    assert any("the rate alone makes the steps too large" in e for e in rate["evidence"]), rate["evidence"]
    assert "Fix the initial scale first" not in rate["fix"] and "RMSprop(learning_rate=" in rate["fix"], rate["fix"]
    grads = scores.get("exploding_gradients")
    assert grads is None or (grads["score"] < rate["score"] and any("divides each gradient" in e for e in grads["evidence"])), grads


@pytest.mark.parametrize("fixed", [False, True])
def test_a_schedule_that_starts_far_above_its_range_is_judged_at_its_peak(tmp_path, fixed):
    """Learning rate too high, in a schedule's first steps: Adam under an inverse-time decay from 1.0 (Keras 2's
    `decay=` argument, written as a schedule) kills the ReLUs within a few steps; the rate then falls into the usual
    range (its median over the run), but dead units stay dead. The rate is judged at its peak and comes first, the dead
    units below it as its symptom; the twin's schedule starts at 1e-3 (and decays gently) and is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 4000)
    x = (rng.normal(0, 1, (10, 32))[y] + rng.normal(0, 1.0, (4000, 32))).astype("float32")
    schedule = keras.optimizers.schedules.InverseTimeDecay(1e-3 if fixed else 1.0, decay_steps=1,
                                                           decay_rate=0.002 if fixed else 0.5)
    model = keras.Sequential([keras.Input((32,)), L.Dense(128), L.Activation("relu"), L.Dense(128), L.Activation("relu"),
                              L.Dense(128), L.Activation("relu"), L.Dense(10), L.Activation("softmax")])
    d = _fit(tmp_path, model, x, keras.utils.to_categorical(y, 10), "categorical_crossentropy",
             keras.optimizers.Adam(schedule), epochs=8, batch_size=100)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[0] == "learning_rate_too_high" and "dead_activations" in ids[1:3], [(c["id"], c["score"]) for c in d["causes"]]
    top = d["causes"][0]
    assert any("a schedule started the rate at 1 " in e for e in top["evidence"]), top["evidence"]
    assert "Adam(learning_rate=0.001)" in top["fix"], top["fix"]


def test_an_output_written_with_tensorflows_own_softmax_is_a_softmax(tmp_path):
    """Class 3 (read the model the way it computes): TensorFlow's tutorials write `activation=tf.nn.softmax`, whose
    function is named "softmax_v2". The watch logs it as the softmax it is, and the run that learns is healthy (it
    was once called stalled with "the output activation does not produce probabilities")."""
    import tensorflow as tf

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 2000)
    x = (rng.normal(0, 1, (10, 64))[y] + rng.normal(0, 1.0, (2000, 64))).astype("float32")
    model = keras.Sequential([keras.Input((64,)), L.Dense(64, activation=tf.nn.relu), L.Dense(10, activation=tf.nn.softmax)])
    d = _fit(tmp_path, model, x, y, "sparse_categorical_crossentropy", "adam", epochs=5)
    assert 'Dense(10, activation="softmax")' in format_run(d) and "softmax_v2" not in format_run(d), format_run(d)
    assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))


@pytest.mark.parametrize("fixed", [False, True])
def test_plain_sgd_past_the_rate_its_inputs_allow_names_the_rate_with_the_inputs(tmp_path, fixed):
    """Class 4 (init before learning rate), when the inputs set the limit: y = 2x for x = 0..199, one Dense, SGD(1e-3)
    at batch size 1 overflows by step ~20. Plain gradient descent on a squared error is stable below 1 / E|x|^2
    (about 7e-5 here), and the first update moved the weights by tens of times their norm: the rate is named beside
    the inputs with that limit and a rate below it (lower than SGD's usual range, on the update's own evidence); one
    number per row is no picture; a single Dense has no depth for gradients to explode through; and momentum-free SGD
    cannot take a huge step on a tiny gradient. The twin at 1e-5 is healthy."""
    keras.utils.set_random_seed(0)
    x = 1.0 * np.arange(200)
    model = keras.Sequential([L.Dense(1, input_dim=1)])
    d = _fit(tmp_path, model, x, 2.0 * x, "mean_squared_error", keras.optimizers.SGD(1e-5 if fixed else 1e-3), epochs=1,
             batch_size=1, metrics=())
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "nonfinite", d["status"]
    causes = {c["id"]: c for c in d["causes"]}
    ids = list(causes)
    assert ids[0] == "input_scale" and "learning_rate_too_high" in ids[1:3], [(c["id"], c["score"]) for c in d["causes"]]
    assert not any("pixels" in e for e in causes["input_scale"]["evidence"]), causes["input_scale"]["evidence"]
    rate = causes["learning_rate_too_high"]
    assert any("stable only below" in e and "1 / E|x|^2" in e for e in rate["evidence"]), rate["evidence"]
    assert "SGD(learning_rate=" in rate["fix"] and "not the fix" not in rate["fix"], rate["fix"]
    suggested = float(rate["fix"].split("SGD(learning_rate=")[1].split(")")[0])
    assert suggested < 1e-4, rate["fix"]
    assert "optimizer_settings" in d["ruled_out"], ids
    assert "exploding_gradients" not in causes or causes["exploding_gradients"]["score"] <= 0.5, causes["exploding_gradients"]


@pytest.mark.parametrize("fixed", [False, True])
def test_a_regression_on_class_ids_whose_accuracy_stays_at_chance_cannot_fit(tmp_path, fixed):
    """Class 2 (the loss does not fit the task): a linear model with one output and MSE on class ids 0-9, compiled
    with `metrics=["accuracy"]` (Google's debugging course). Its regression loss falls well below the variance of the
    ids, so no loss level flags it; but the accuracy it asked for stays at the majority class's: as a classifier it
    predicts nothing. Stalled ("cannot_fit"), the mismatch first with the softmax fix; the twin (softmax and sparse
    categorical cross-entropy) is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 3000)
    x = (rng.uniform(0, 1, (10, 64))[y] + rng.normal(0, 0.3, (3000, 64))).astype("float32")
    out = [L.Dense(10, activation="softmax")] if fixed else [L.Dense(1)]
    model = keras.Sequential([keras.Input((64,)), L.Dense(64)] + out)
    d = _fit(tmp_path, model, x, y.astype("float32"), "sparse_categorical_crossentropy" if fixed else "mse", "adam", epochs=8,
             batch_size=100)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert (d["status"], d["status_reason"]) == ("stalled", "cannot_fit"), (d["status"], d["status_reason"])
    top = d["causes"][0]
    assert top["id"] == "loss_target_mismatch", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("majority class" in e for e in top["evidence"]) and 'Dense(10, activation="softmax")' in top["fix"], top


def test_a_run_that_learnt_and_is_still_learning_with_no_fault_found_is_healthy(tmp_path):
    """Keep the fixed twins clean (class 5): a next-token LSTM on a Markov chain ends at 0.83x the loss of always
    predicting the token frequencies, still falling steadily. The progress judge calls it slow (less than half of
    the constant learnt), but it is below the line where a model has learnt (0.9x) and no rule names a fault:
    healthy, "train longer" as a risk, not a failure."""
    from tb_nanwatch.analysis.progress import loss_progress
    from tb_nanwatch.analysis.series import View

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    vocab, n, steps = 50, 800, 20
    chain = rng.dirichlet(np.full(vocab, 0.3), vocab)
    seq = np.zeros((n, steps + 1), int)
    seq[:, 0] = rng.integers(0, vocab, n)
    for t in range(steps):
        seq[:, t + 1] = [rng.choice(vocab, p=chain[s]) for s in seq[:, t]]
    model = keras.Sequential([keras.Input((steps,)), L.Embedding(vocab, 32), L.LSTM(32, return_sequences=True),
                              L.Dense(vocab, activation="softmax")])
    d = _fit(tmp_path, model, seq[:, :-1], keras.utils.to_categorical(seq[:, 1:], vocab), "categorical_crossentropy",
             keras.optimizers.Adam(3e-3), epochs=12, batch_size=40, metrics=())
    view = View(read(str(tmp_path / "run")))
    p = loss_progress(view, view.facts, view.n_steps)
    assert p.slow is not None and p.end < 0.9 * p.baseline, (p.slow, p.end, p.baseline)
    assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
    assert [r["id"] for r in d["risks"]] == ["too_few_steps"], d["risks"]


def test_a_sequential_built_by_its_first_step_has_its_layers_recorded(tmp_path):
    """Class 3 (models written the old way): `Sequential()` and `add(Dense(...))` with no input shape is built by
    Keras at the first training step, after the watch read the model. Its layer facts are filled in then: weights,
    parameter counts and output shapes, which the size and fan-in rules read (the hidden widths were invisible)."""
    from tb_nanwatch.analysis.series import View

    keras.utils.set_random_seed(0)
    model = keras.Sequential()
    model.add(L.Dense(2, name="hidden"))
    model.add(L.Activation("relu"))
    model.add(L.Dense(1, activation="sigmoid", name="out"))
    x, y = _xor()
    _fit(tmp_path, model, x, y, "binary_crossentropy", "adam", epochs=2)
    layers = {l["name"]: l for l in View(read(str(tmp_path / "run"))).facts.layers}
    assert layers["hidden"]["params"] == 6 and layers["out"]["params"] == 3, layers
    assert layers["hidden"]["output_shape"][-1] == 2, layers


@pytest.mark.parametrize("fixed", [False, True])
def test_a_one_unit_bottleneck_in_a_sequential_built_late_is_named(tmp_path, fixed):
    """Class 1 (a model too small for its task), written the old way (keras #4994's shape): `Sequential()` with no
    input shape, `Dense(1)` and a separate sigmoid `Activation` between the hidden layer and a 10-class softmax. The
    one unit carries every class decision; the watch sees its width although Keras built the model at its first step.
    The size comes first; with 32 units the twin is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 3000)
    x = (rng.normal(0, 1, (10, 32))[y] + rng.normal(0, 1.0, (3000, 32))).astype("float32")
    model = keras.Sequential()
    model.add(L.Dense(64, activation="relu"))
    model.add(L.Dense(32 if fixed else 1))
    model.add(L.Activation("sigmoid"))
    model.add(L.Dense(10, activation="softmax"))
    d = _fit(tmp_path, model, x, keras.utils.to_categorical(y, 10), "categorical_crossentropy", "adam", epochs=5,
             batch_size=64)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    top = d["causes"][0]
    assert top["id"] == "model_too_small", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("has 1 unit" in e for e in top["evidence"]), top["evidence"]


@pytest.mark.parametrize("fixed", [False, True])
def test_nan_made_in_call_and_hidden_by_a_relu_is_traced_to_the_layer_input(tmp_path, fixed):
    """Class 3 (read the model the way it computes): a subclassed model standardises its features in `call()` with
    the training set's std, 0 on a constant feature (a CSDN post): 0/0 = NaN enters the first Dense, whose fused ReLU
    turns it into 0, so the forward pass looks finite and the first non-finite value is that layer's kernel gradient.
    Its bias gradient is finite and the inputs are finite: the model's own math before the layer made the NaN. With
    `std + 1e-7` the twin is healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.gamma(2.0, 50.0, (2000, 4)), np.zeros((2000, 2))], axis=1).astype("float32")
    y = (x[:, 0] > 100).astype("float32")
    std = x.std(0) + (1e-7 if fixed else 0.0)

    class Standardised(keras.Model):
        def __init__(self):
            super().__init__()
            self.hidden = L.Dense(32, activation="relu", name="hidden")
            self.out = L.Dense(1)

        def call(self, inputs):
            return self.out(self.hidden((inputs - x.mean(0)) / std))

    d = _fit(tmp_path, Standardised(), x, y, keras.losses.BinaryCrossentropy(from_logits=True), "adam", epochs=3, batch_size=64)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "nonfinite", d["status"]
    top = d["causes"][0]
    assert top["id"] == "unsafe_layer_math", [(c["id"], c["score"]) for c in d["causes"]]
    assert (d["onset"]["phase"], d["onset"]["tensor"]) == ("backward", "hidden/kernel/grad"), d["onset"]
    assert any("bias's gradient" in e for e in top["evidence"]) and "divide_no_nan" in top["fix"], top


class ScalarLine(keras.Model):
    """TensorFlow's custom-training tutorial model: ``W * x + b`` with two scalar weights."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.w = self.add_weight(shape=(), initializer=keras.initializers.Constant(-1.0), name="W")
        self.b = self.add_weight(shape=(), initializer=keras.initializers.Constant(-1.0), name="b")

    def call(self, x):
        return self.w * x + self.b


@pytest.mark.parametrize("fixed", [False, True])
def test_custom_loop_of_scalar_weights_with_a_hand_written_loss(tmp_path, fixed):
    """A hand-written MSE in a custom loop over scalar weights at SGD(1.0): weights flipping every step.

    The loss is named by what it computes (so the run has its constant-predictor level), and the scalar
    weights, the model's only ones, have their update ratio logged.
    """
    import tensorflow as tf

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=8192).astype("float32")
    y = (3 * x + 2 + rng.normal(size=8192)).astype("float32")

    def loss(target_y, predicted_y):
        return tf.reduce_mean(tf.square(target_y - predicted_y))

    model = ScalarLine(name="line")
    model(x[:1])
    optimizer = keras.optimizers.SGD(0.05 if fixed else 1.0)  # at the limit of SGD here, 1 / E[x^2] = 1
    log_dir = str(tmp_path / "run")
    watch = NanWatch(log_dir).attach(model, optimizer, loss=loss)

    @watch.train_step
    def train(xb, yb):
        with tf.GradientTape() as tape:
            value = loss(yb, model(xb))
        grads = tape.gradient(value, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return value

    batch = 32 if fixed else 4096
    for i in range(49):
        start = i * batch % len(x)
        train(x[start:start + batch], y[start:start + batch])
    watch.close()
    run = read(log_dir)
    weights = [i for i, r in enumerate(run.rows) if r["kind"] == "weight"]
    assert len(weights) == 2 and np.isfinite(run.stats[0, weights, _ratio()]).all()
    d = diagnose(run)
    assert d["baseline"] and d["baseline"]["loss"] == pytest.approx(np.var(y), rel=0.25), d["baseline"]  # from the sampled batches
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    assert d["causes"][0]["id"] == "learning_rate_too_high", [(c["id"], c["score"]) for c in d["causes"]]
    assert "of their norm per step" in " ".join(d["causes"][0]["evidence"])


def _ratio():
    from tb_nanwatch import metadata

    return metadata.STAT_INDEX["update_ratio"]


def test_hand_written_losses_are_named_by_what_they_compute():
    import tensorflow as tf

    from tb_nanwatch.hooks.loss_probe import computed_family

    assert computed_family(lambda y, p: tf.reduce_mean(tf.square(y - p))) == "mse"
    assert computed_family(lambda y, p: keras.ops.mean(keras.ops.abs(p - y), axis=-1)) is None  # per sample, not a scalar
    assert computed_family(lambda y, p: keras.ops.mean(keras.ops.abs(p - y))) == "mae"
    assert computed_family(lambda y, p: -tf.reduce_mean(y * tf.math.log(p) + (1 - y) * tf.math.log(1 - p))) == "bce"
    assert computed_family(lambda y, p: tf.reduce_sum(tf.square(y - p))) is None  # a sum: another level
    assert computed_family(lambda y, p: tf.reduce_mean(tf.square(y - p)) + 0.1) is None  # a penalty added
    assert computed_family(lambda y, p: y[:, 5]) is None  # fails on the probe: unknown, no error
    # TensorFlow's custom-loop idiom, on logits, and a hand-written one on probabilities
    assert computed_family(lambda y, z: tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=z))) == "cce"
    assert computed_family(lambda y, p: -tf.reduce_mean(tf.reduce_sum(y * tf.math.log(p), axis=-1))) == "cce"


def _pixel_digits(n=2000, seed=0):
    """Stand-in for MNIST as users load it: 28x28 uint8 pixels in 0-255, 10 classes of blurred templates."""
    rng = np.random.default_rng(seed)
    templates = rng.uniform(size=(10, 28, 28)) < 0.25
    labels = rng.integers(0, 10, n)
    images = templates[labels] * rng.uniform(120, 255, (n, 28, 28)) + rng.uniform(0, 60, (n, 28, 28))
    return np.clip(images, 0, 255).astype("uint8"), labels.astype("uint8")


def _pixel_mlp():
    return keras.Sequential([keras.Input((28, 28)), L.Flatten(name="flat"), L.Dense(64, activation="relu", name="hidden"),
                             L.Dense(10, activation="softmax", name="probs")])


@pytest.mark.parametrize("fixed", [False, True])
def test_raw_pixels_that_still_learn_impair_the_run(tmp_path, fixed):
    """Class 1 (a reason for every run that is held back): raw 0-255 pixels into a ReLU MLP under Adam. The loss falls
    well below the constant predictor's, yet before the first update it was ~100x that of a uniform prediction (log 10):
    the run is impaired, the raw pixels first. Divided by 255, it starts at log 10 and is healthy."""
    keras.utils.set_random_seed(0)
    x, y = _pixel_digits()
    if fixed:
        x = x.astype("float32") / 255.0
    d = _fit(tmp_path, _pixel_mlp(), x, y, "sparse_categorical_crossentropy", keras.optimizers.Adam(1e-3), epochs=3)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert (d["status"], d["status_reason"]) == ("impaired", "bad_start"), (d["status"], d["status_reason"])
    assert d["baseline"] and d["causes"][0]["id"] == "input_scale", [(c["id"], c["score"]) for c in d["causes"]]
    assert any("before the first update" in n and "log 10" in n for n in d["status_evidence"]), d["status_evidence"]
    assert "IMPAIRED" in format_run(d)


def test_an_impaired_run_no_rule_explains_gets_the_start_s_candidates(tmp_path):
    """The generic candidates of an impaired run are what makes logits huge at the start (the rule table here has
    no measured finding for the inputs or the init, as for inputs that are not pixels and kernels of unknown scale)."""
    from tb_nanwatch.analysis.rules import RULES

    keras.utils.set_random_seed(0)
    x, y = _pixel_digits()
    model = _pixel_mlp()
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy")
    log_dir = str(tmp_path / "run")
    model.fit(x, y, epochs=2, batch_size=32, verbose=0, callbacks=[NanWatch(log_dir)])
    blind = [dataclasses.replace(r, check=lambda ctx: None) if r.id in ("input_scale", "weight_init", "dead_activations",
             "exploding_gradients", "vanishing_gradients") else r for r in RULES]
    d = diagnose(read(log_dir), rules=blind)
    assert d["status"] == "impaired", d["status"]
    assert [c["id"] for c in d["causes"]][:2] == ["input_scale", "weight_init"], [(c["id"], c["score"]) for c in d["causes"]]
    assert all(c["score"] < 0.5 for c in d["causes"]) and "huge scale" in d["causes"][0]["evidence"][1]


def test_a_builtin_cross_entropy_fed_a_relu_output_blames_the_output(tmp_path):
    """Class 3 (read the model the way it computes): keras #8508's Dense(2, activation="relu") under
    categorical_crossentropy. A row whose two ReLUs are 0 normalises to 0/0: NaN at the first step. Keras's own
    loss is safe on the probabilities it expects, so the output that gives it none ranks first, the loss math
    second with the same fix (a hand-written log keeps unsafe_loss_math first: test_analysis_rules)."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2048, 23)).astype("float32")
    y = keras.utils.to_categorical((x[:, 0] + 0.5 * rng.normal(size=2048) > 0.6).astype("int64"), 2)
    model = keras.Sequential([keras.Input((23,)), L.Dense(50, activation="relu", name="h1"),
                              L.Dense(30, activation="softmax", name="h2"), L.Dense(2, activation="relu", name="out")])
    d = _fit(tmp_path, model, x, y, "categorical_crossentropy", keras.optimizers.Adam(1e-3), epochs=1, batch_size=128)
    assert d["status"] == "nonfinite" and d["onset"]["phase"] == "loss", (d["status"], d["onset"])
    ids = [c["id"] for c in d["causes"]]
    assert ids[:2] == ["output_activation_loss", "unsafe_loss_math"], [(c["id"], c["score"]) for c in d["causes"]]
    assert 'activation="softmax"' in d["causes"][1]["fix"] and "sigmoid/softmax" not in d["causes"][1]["fix"]


def test_one_relu_unit_that_fires_is_narrow_not_dead(tmp_path):
    """Class 1 (a model too small for its task): MachineLearningMastery's capacity study, one hidden ReLU unit for 20
    blob classes. The unit is 0 on most inputs yet fires on the rest: a narrow layer, not a dead one, so its width is
    named and no dead units are."""
    from tb_nanwatch.analysis import evidence as ev
    from tb_nanwatch.analysis.series import View

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(2)
    centres = rng.uniform(-10, 10, (20, 100))
    labels = rng.integers(0, 20, 500)
    x = (centres[labels] + rng.normal(0, 2, (500, 100))).astype("float32")
    model = keras.Sequential([keras.Input((100,)), L.Dense(1, activation="relu", kernel_initializer="he_uniform", name="one"),
                              L.Dense(20, activation="softmax", name="probs")])
    log_dir = str(tmp_path / "run")
    model.compile(optimizer=keras.optimizers.SGD(0.01, momentum=0.9), loss="categorical_crossentropy")
    model.fit(x, keras.utils.to_categorical(labels, 20), epochs=30, verbose=0, callbacks=[NanWatch(log_dir)])
    run = read(log_dir)
    zero = {View(run).layer(i): z for i, z, _ in ev.dead_layers(View(run))}
    assert zero.get("one", 0) >= ev.DEAD_FRAC, zero  # the rule had the zeros to go on
    d = diagnose(run)
    assert d["status"] == "stalled", d["status"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[0] == "model_too_small" and "dead_activations" not in ids, [(c["id"], c["score"]) for c in d["causes"]]


@pytest.mark.parametrize("learnable", [False, True])
def test_huber_runs_have_their_constant_predictor_level(tmp_path, learnable):
    """Class 1 (a reason for every stalled run): under Huber with every target within delta of the mean the loss is
    half the squared error, so the best constant's loss is half the targets' variance. A model fed inputs that say
    nothing of the targets falls from its start to that level and stays: stalled, not healthy."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.uniform(-3, 3, (2048, 1)).astype("float32")
    y = (0.5 + 0.3 * np.sin(2 * x[:, 0]) if learnable else rng.uniform(0.2, 0.8, 2048)).astype("float32")
    model = keras.Sequential([keras.Input((1,)), L.Dense(32, activation="tanh", name="h"), L.Dense(1, name="out")])
    d = _fit(tmp_path, model, x, y, keras.losses.Huber(), keras.optimizers.Adam(3e-3), epochs=8, metrics=())
    assert d["baseline"] and d["baseline"]["loss"] == pytest.approx(0.5 * np.var(y), rel=0.25), d["baseline"]
    if learnable:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
    else:
        assert d["status"] == "stalled", d["status"]


def test_all_zero_target_rows_are_a_mask_not_a_mismatch(tmp_path):
    """Class 3 (read the model the way it computes): the semi-supervised graph examples (keras-gat, GCN) give the
    unlabelled rows an all-zero target, which categorical cross-entropy scores 0. Such rows are a mask: the labelled
    rows are one-hot, nothing mismatches, and the constant predictor's loss is the label entropy times the labelled
    fraction."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 6, 1024)
    x = (np.eye(6)[labels] @ rng.normal(size=(6, 20)) + 0.5 * rng.normal(size=(1024, 20))).astype("float32")
    y = keras.utils.to_categorical(labels, 6) * (rng.random(1024) < 0.2)[:, None]  # 20% of the rows labelled
    model = keras.Sequential([keras.Input((20,)), L.Dense(16, activation="relu", name="h"),
                              L.Dense(6, activation="softmax", name="probs")])
    d = _fit(tmp_path, model, x, y.astype("float32"), "categorical_crossentropy", keras.optimizers.Adam(1e-2), epochs=3,
             metrics=())
    found = [c["id"] for c in d["causes"] + d["risks"]]
    assert "loss_target_mismatch" not in found, found
    labelled = (y.sum(1) > 0).mean()
    assert d["baseline"]["loss"] == pytest.approx(labelled * np.log(6), rel=0.2), d["baseline"]
    assert "all-zero rows add 0" in d["baseline"]["what"] and d["status"] == "healthy", (d["status"], found)


@pytest.mark.parametrize("fixed", [False, True])
def test_a_softmax_applied_twice_is_named(tmp_path, fixed):
    """Class 3 (read the model the way it computes): keras-vis PR #87's Dense(10, activation="softmax") followed by
    Activation("softmax"). Probabilities through a second softmax give at most e / (e + 9) = 0.23 to a class, so the
    cross-entropy cannot fall below 1.46: the set-up cannot fit, however well it classifies."""
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 2048)
    x = (np.eye(10)[labels] @ rng.normal(size=(10, 32)) + 0.3 * rng.normal(size=(2048, 32))).astype("float32")
    layers = [keras.Input((32,)), L.Dense(64, activation="relu", name="h"), L.Dense(10, activation="softmax", name="preds")]
    model = keras.Sequential(layers + ([] if fixed else [L.Activation("softmax", name="again")]))
    d = _fit(tmp_path, model, x, keras.utils.to_categorical(labels, 10), "categorical_crossentropy",
             keras.optimizers.Adam(3e-3), epochs=4)
    if fixed:
        assert d["status"] == "healthy" and not _strong(d), (d["status"], _strong(d))
        return
    assert d["status"] == "stalled", d["status"]
    top = d["causes"][0]
    assert top["id"] == "output_activation_loss" and "softmax twice" in top["summary"], [(c["id"], c["score"]) for c in d["causes"]]
    assert "cannot fall below 1.46" in top["evidence"][1] and "`again`" in top["fix"]
