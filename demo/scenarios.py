"""Small real Keras trainings that reproduce each item of the NaN checklist.

Every scenario builds its own data (no downloads) and comes as a ``broken``
run and, where a fix exists, a ``fixed`` run applying exactly that fix.
Each trains a tiny MLP for a few hundred steps on CPU with `NanWatch`
attached and fails (or stalls) within seconds.

`SCENARIOS` maps a name to a `Scenario`: the status and cause the broken run
should be diagnosed with, and ``build(fixed, params, rng)`` returning a
`Spec`. `params` are the randomisable knobs (seed, sizes, learning rate,
depth) the benchmark varies.

Example:
  >>> from demo import scenarios
  >>> scenarios.run("nan_inputs", "demo/logs/nan_inputs/broken")
  {'step': 3, 'phase': 'input', 'tensor': 'input/x', 'layer': None}
"""

import dataclasses
import os
from typing import Callable, Optional

import numpy as np


@dataclasses.dataclass
class Spec:
    """One training: data, model, optimiser and loss."""

    x: np.ndarray
    y: np.ndarray
    layers: list  # keras layers, input first
    optimizer: object
    loss: object
    epochs: int = 20  # long enough for every fixed twin to learn (judged against the constant predictor)
    batch_size: int = 32
    truth: Optional[dict] = None  # onset known from the data: {"step", "phase", "layer"}
    metrics: tuple = ()
    callbacks: tuple = ()  # Keras callbacks of the training (besides the watch)
    watch: dict = dataclasses.field(default_factory=dict)  # NanWatch arguments


def _first_batch(rows, batch_size=32):
    """The step of the first batch holding one of ``rows`` (data fed in order)."""
    return int(np.min(rows)) // batch_size


@dataclasses.dataclass
class Scenario:
    """A checklist item: what its broken run must be diagnosed with."""

    name: str
    status: str  # expected status of the broken run
    cause: Optional[str]  # expected top cause id (None for healthy runs)
    build: Callable
    has_fix: bool = True
    defaults: dict = dataclasses.field(default_factory=dict)
    also: tuple = ()  # other cause ids that are just as right at the top (the fix addresses both)


def _keras():
    import keras

    return keras


def _regression(rng, n, d, noise=0.1):
    x = rng.standard_normal((n, d)).astype("float32")
    w = rng.standard_normal((d, 1)).astype("float32")
    y = x @ w + noise * rng.standard_normal((n, 1)).astype("float32")
    return x, y.astype("float32")


def _standardise(x):
    mu, sd = np.nanmean(x, 0), np.nanstd(x, 0) + 1e-8
    return ((x - mu) / sd).astype("float32")


def _mlp(d, units, depth, act="relu", out=1, out_act=None, **kw):
    keras = _keras()
    layers = [keras.Input((d,))]
    layers += [keras.layers.Dense(units, activation=act, name="hidden%d" % (i + 1), **kw) for i in range(depth)]
    layers.append(keras.layers.Dense(out, activation=out_act, name="output"))
    return layers


def _sgd(lr, **kw):
    return _keras().optimizers.SGD(learning_rate=lr, **kw)


# --- the scenarios -------------------------------------------------------------


def unscaled_features(fixed, p, rng):
    """Features on scales 1..1e4 plus one outlier row; fix: standardise (StandardScaler)."""
    n, d = p["n"], 6
    x, _ = _regression(rng, n, d)
    w = rng.standard_normal((d, 1)).astype("float32")
    y = (x @ w).astype("float32")
    x = x * np.logspace(0, p["scale_decades"], d).astype("float32")
    x[rng.integers(n // 2, n)] *= 100.0  # one outlier row
    if fixed:
        x = _standardise(x)
    return Spec(x, y, _mlp(d, p["units"], p["depth"]), _sgd(p["lr"]), "mse")


def exploding_gradients(fixed, p, rng):
    """Deep ReLU net with too-large initial weights; fix: clipnorm=1.0 and He init.

    Clipping alone stops the NaN but leaves the net worse than a constant
    predictor for hundreds of steps (loss 2.4e3 against a target variance of
    17.7 after 960 steps): the diagnosis rightly calls that run stalled.
    """
    keras = _keras()
    x, y = _regression(rng, p["n"], 8)
    # He init has gain 1 per layer (std sqrt(2 / fan_in)); `gain` times that compounds over depth.
    std = p["gain"] * np.sqrt(2.0 / p["units"])
    init = keras.initializers.RandomNormal(stddev=std, seed=int(rng.integers(1 << 30)))
    layers = _mlp(8, p["units"], p["depth"], kernel_initializer="he_normal" if fixed else init)
    opt = _sgd(p["lr"], clipnorm=1.0) if fixed else _sgd(p["lr"])
    return Spec(x, y, layers, opt, "mse")


def mse_outlier_targets(fixed, p, rng):
    """A few targets 1e4x off the rest, trained with MSE; fix: Huber loss."""
    keras = _keras()
    x, y = _regression(rng, p["n"], 8)
    bad = rng.choice(np.arange(len(y) // 2, len(y)), 3, replace=False)
    y[bad] = p["outlier"] * np.sign(rng.standard_normal((3, 1)))
    loss = keras.losses.Huber() if fixed else "mse"
    return Spec(x, y, _mlp(8, p["units"], p["depth"]), _sgd(p["lr"]), loss)


def nan_inputs(fixed, p, rng):
    """A few NaN feature values; fix: drop the rows holding them."""
    x, y = _regression(rng, p["n"], 8)
    bad = rng.integers(p["n"] // 4, p["n"], size=3)
    x[bad, rng.integers(0, 8, size=3)] = np.nan
    truth = {"step": _first_batch(bad), "phase": "input", "layer": None}
    if fixed:
        keep = np.isfinite(x).all(1)
        x, y, truth = x[keep], y[keep], None
    return Spec(x, y, _mlp(8, p["units"], p["depth"]), _keras().optimizers.Adam(p["lr"]), "mse", truth=truth)


def nan_target(fixed, p, rng):
    """One NaN target; fix: drop it."""
    x, y = _regression(rng, p["n"], 8)
    bad = rng.integers(p["n"] // 4, p["n"], size=1)
    y[bad] = np.nan
    truth = {"step": _first_batch(bad), "phase": "target", "layer": None}
    if fixed:
        keep = np.isfinite(y).all(1)
        x, y, truth = x[keep], y[keep], None
    return Spec(x, y, _mlp(8, p["units"], p["depth"]), _keras().optimizers.Adam(p["lr"]), "mse", truth=truth)


def _hand_bce(y_true, y_pred):
    from keras import ops

    # The textbook formula, with no clipping: log(0) once a sigmoid saturates.
    return -ops.mean(y_true * ops.log(y_pred) + (1.0 - y_true) * ops.log(1.0 - y_pred))


def log0_crossentropy(fixed, p, rng):
    """Hand-written cross-entropy on sigmoid outputs; fix: logits + from_logits=True."""
    keras = _keras()
    n = p["n"]
    x = rng.standard_normal((n, 8)).astype("float32") * p["input_scale"]
    y = (x[:, :1] + x[:, 1:2] > 0).astype("float32")  # separable: logits grow without bound
    if fixed:
        layers, loss = _mlp(8, p["units"], p["depth"]), keras.losses.BinaryCrossentropy(from_logits=True)
    else:
        layers, loss = _mlp(8, p["units"], p["depth"], out_act="sigmoid"), _hand_bce
    return Spec(x, y, layers, keras.optimizers.Adam(p["lr"]), loss, epochs=6)


def learning_rate_too_high(fixed, p, rng):
    """Standardised regression with SGD at a far too high learning rate; fix: 100x lower."""
    x, y = _regression(rng, p["n"], 8)
    lr = p["lr"] / 100 if fixed else p["lr"]
    return Spec(x, y, _mlp(8, p["units"], p["depth"]), _sgd(lr), "mse")


def dead_relu(fixed, p, rng):
    """ReLU layers whose biases start far negative: every unit dead; fix: zero biases."""
    keras = _keras()
    x, y = _regression(rng, p["n"], 8)
    kw = {} if fixed else {"bias_initializer": keras.initializers.Constant(p["bias"])}
    return Spec(x, y, _mlp(8, p["units"], p["depth"], **kw), keras.optimizers.Adam(p["lr"]), "mse")


def saturated_sigmoid(fixed, p, rng):
    """Sigmoid layers with huge initial weights: stuck at 0/1; fix: Glorot init."""
    keras = _keras()
    x = rng.standard_normal((p["n"], 8)).astype("float32")
    y = (x[:, :1] + x[:, 1:2] > 0).astype("float32")
    init = "glorot_uniform" if fixed else keras.initializers.RandomNormal(stddev=p["init_std"], seed=int(rng.integers(1 << 30)))
    layers = _mlp(8, p["units"], p["depth"], act="sigmoid", out_act="sigmoid", kernel_initializer=init)
    # SGD on small sigmoid nets is slow either way: in more steps the broken run climbs out of
    # saturation, in fewer the fixed one has not learnt yet (the benchmark lists it, unscored).
    return Spec(x, y, layers, _sgd(p["lr"]), keras.losses.BinaryCrossentropy(), epochs=4)


def _log_layer(guard):
    keras = _keras()

    class LogFeatures(keras.layers.Layer):
        """log of count features, as hand-written preprocessing layers often do."""

        def call(self, x):
            ops = keras.ops
            return ops.log(ops.maximum(x, 1e-3)) if guard else ops.log(x)

    return LogFeatures(name="log_features")


def log_layer(fixed, p, rng):
    """A custom layer taking log of count features, some of them 0; fix: guard the log."""
    keras = _keras()
    n = p["n"]
    x = (rng.poisson(p["rate"], (n, 8)) + 1).astype("float32")
    zeros = rng.integers(n // 4, n, size=4)
    x[zeros, rng.integers(0, 8, size=4)] = 0.0  # rare zero counts, later in the data
    y = np.log(x + 1.0) @ rng.standard_normal((8, 1)).astype("float32")
    layers = [keras.Input((8,)), _log_layer(guard=fixed)] + _mlp(8, p["units"], p["depth"])[1:]
    truth = None if fixed else {"step": _first_batch(zeros), "phase": "forward", "layer": "log_features"}
    return Spec(x, y.astype("float32"), layers, keras.optimizers.Adam(p["lr"]), "mse", truth=truth)


def softmax_one_unit(fixed, p, rng):
    """A binary classifier ending in Dense(1, activation="softmax"): every prediction is 1.0,
    the accuracy stays at the positive rate while the loss (from the logits) falls; fix: sigmoid."""
    keras = _keras()
    x = rng.standard_normal((p["n"], 8)).astype("float32")
    y = (x[:, :1] - x[:, 2:3] > 0).astype("float32")
    layers = _mlp(8, p["units"], p["depth"], out_act="sigmoid" if fixed else "softmax")
    return Spec(x, y, layers, keras.optimizers.Adam(p["lr"]), "binary_crossentropy", metrics=["accuracy"])


def sigmoid_on_large_targets(fixed, p, rng):
    """Regression targets in 0-100 (scores) behind a sigmoid output: stuck below 1; fix: linear output."""
    x = rng.standard_normal((p["n"], 8)).astype("float32")
    y = np.clip(60 + 15 * x[:, :1] - 8 * x[:, 1:2] + 3 * rng.standard_normal((p["n"], 1)), 0, 100).astype("float32")
    layers = _mlp(8, p["units"], p["depth"], out_act=None if fixed else "sigmoid")
    return Spec(x, y, layers, _keras().optimizers.Adam(p["lr"]), "mse")


def _lr_spike_callback(base, factor, steps):
    keras = _keras()

    class LrSpike(keras.callbacks.Callback):
        """A per-batch schedule with a bug: ``factor`` x the rate for the steps in ``steps``."""

        n = 0

        def on_train_batch_begin(self, batch, logs=None):
            spiked = steps[0] <= self.n < steps[1]
            self.model.optimizer.learning_rate.assign(base * (factor if spiked else 1.0))
            self.n += 1

    return LrSpike()


def lr_spike(fixed, p, rng):
    """Adam whose per-batch schedule spikes the rate for 6 steps mid-training: the loss blows up, finite.

    The "fix" is the watch's: ``on_spike="rollback"`` puts the weights back to a snapshot from before the
    spike and the run ends where a clean one would (a run that survives).
    """
    keras = _keras()
    x, y = _regression(rng, p["n"], 8)
    steps = (p["at"], p["at"] + 6)
    return Spec(x, y, _mlp(8, p["units"], p["depth"]), keras.optimizers.Adam(p["lr"]), "mse",
                callbacks=(_lr_spike_callback(p["lr"], p["factor"], steps),),
                watch=dict(on_nonfinite="rollback", on_spike="rollback") if fixed else {})


def healthy_regression(fixed, p, rng):
    """A plain well-posed regression: nothing to find."""
    x, y = _regression(rng, p["n"], 8)
    return Spec(x, y, _mlp(8, p["units"], p["depth"]), _keras().optimizers.Adam(p["lr"]), "mse")


def healthy_classifier(fixed, p, rng):
    """A plain classifier with a built-in loss: nothing to find."""
    keras = _keras()
    x = rng.standard_normal((p["n"], 8)).astype("float32")
    y = (x[:, :1] - x[:, 2:3] > 0).astype("float32")
    return Spec(x, y, _mlp(8, p["units"], p["depth"], out_act="sigmoid"), keras.optimizers.Adam(p["lr"]), keras.losses.BinaryCrossentropy())


_BASE = {"n": 512, "units": 16, "depth": 2}
SCENARIOS = {
    s.name: s
    for s in [
        Scenario("unscaled_features", "nonfinite", "input_scale", unscaled_features, defaults=dict(_BASE, lr=0.01, scale_decades=4)),
        Scenario("exploding_gradients", "nonfinite", "exploding_gradients", exploding_gradients, defaults=dict(_BASE, lr=0.01, depth=6, units=32, gain=2.4),
                 also=("weight_init",)),  # its gradients explode because its initial weights are too large
        Scenario("mse_outlier_targets", "nonfinite", "outlier_sensitive_loss", mse_outlier_targets, defaults=dict(_BASE, lr=0.03, outlier=1e5)),
        Scenario("nan_inputs", "nonfinite", "input_nonfinite", nan_inputs, defaults=dict(_BASE, lr=1e-3)),
        Scenario("nan_target", "nonfinite", "target_nonfinite", nan_target, defaults=dict(_BASE, lr=1e-3)),
        Scenario("log0_crossentropy", "nonfinite", "unsafe_loss_math", log0_crossentropy, defaults=dict(_BASE, lr=0.05, input_scale=5.0)),
        Scenario("learning_rate_too_high", "nonfinite", "learning_rate_too_high", learning_rate_too_high, defaults=dict(_BASE, lr=1.0)),
        Scenario("log_layer", "nonfinite", "unsafe_layer_math", log_layer, defaults=dict(_BASE, lr=1e-3, rate=4.0)),
        Scenario("dead_relu", "stalled", "dead_activations", dead_relu, defaults=dict(_BASE, lr=1e-3, bias=-4.0)),
        Scenario("saturated_sigmoid", "stalled", "saturated_activations", saturated_sigmoid, defaults=dict(_BASE, lr=0.05, init_std=8.0),
                 also=("weight_init",)),
        Scenario("softmax_one_unit", "stalled", "softmax_single_unit", softmax_one_unit, defaults=dict(_BASE, lr=3e-3)),
        Scenario("sigmoid_on_large_targets", "stalled", "output_activation_range", sigmoid_on_large_targets, defaults=dict(_BASE, lr=3e-2)),
        Scenario("lr_spike", "diverging", "learning_rate_too_high", lr_spike, defaults=dict(_BASE, lr=3e-3, factor=1000.0, at=200)),
        Scenario("healthy_regression", "healthy", None, healthy_regression, has_fix=False, defaults=dict(_BASE, lr=3e-3)),
        Scenario("healthy_classifier", "healthy", None, healthy_classifier, has_fix=False, defaults=dict(_BASE, lr=3e-3)),
    ]
}


def train(spec, log_dir, seed=0, log_every=10):
    """Trains ``spec`` with `NanWatch` logging into ``log_dir``; returns the onset (or None)."""
    import keras
    import tensorflow as tf

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(seed)
    model = keras.Sequential(spec.layers)
    model.compile(optimizer=spec.optimizer, loss=spec.loss, metrics=list(spec.metrics))
    watch = NanWatch(log_dir, log_every=log_every, **dict({"on_nonfinite": "stop"}, **spec.watch))
    history = model.fit(spec.x, spec.y, batch_size=spec.batch_size, epochs=spec.epochs, shuffle=False, verbose=0,
                        callbacks=list(spec.callbacks) + [watch])
    train.last_epoch_losses = [float(v) for v in history.history.get("loss", [])]
    del tf
    return watch.onset


def run(name, log_dir, fixed=False, seed=0, return_truth=False, **params):
    """Builds and trains one scenario run.

    Args:
      name: a key of `SCENARIOS`.
      log_dir: the run's directory.
      fixed: apply the scenario's fix.
      seed: seeds the data and Keras.
      **params: overrides of the scenario's default knobs.

    Returns:
      The latched onset record, or None; with ``return_truth``, the triple
      ``(onset, truth, epoch_losses)`` where ``truth`` is the onset known
      from the data (step, phase, layer) for scenarios that plant their
      fault, else None, and ``epoch_losses`` Keras's per-epoch mean loss.
    """
    sc = SCENARIOS[name]
    p = dict(sc.defaults, **params)
    rng = np.random.default_rng(seed)
    # Layers draw their initializers' seeds when they are made: seed Keras before building them, or
    # every process trains another model (measured: two plain runs of one scenario ended 13% apart).
    _keras().utils.set_random_seed(seed)
    spec = sc.build(fixed, p, rng)
    onset = train(spec, log_dir, seed=seed)
    return (onset, spec.truth, list(getattr(train, "last_epoch_losses", []))) if return_truth else onset


def finished(log_dir):
    """True when ``log_dir`` already holds a completed run (its marker file)."""
    return os.path.exists(os.path.join(log_dir, ".done"))


def mark_finished(log_dir, info=""):
    os.makedirs(log_dir, exist_ok=True)
    with open(os.path.join(log_dir, ".done"), "w") as f:
        f.write(info)
