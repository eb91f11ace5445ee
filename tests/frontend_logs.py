"""Writes the real hook runs the browser tests look at (needs TensorFlow).

Run as ``python tests/frontend_logs.py LOGDIR``; prints one JSON line with each
run's expected onset step. Deterministic: fixed seeds, fixed data.

Runs:
  * ``nan_input``: a Dense model whose input holds a NaN in the batch of
    step NAN_STEP.
  * ``lr_high``: a deeper MLP with a far too high learning rate (SGD, lr=50)
    on large-scale inputs: finite until it overflows.
  * ``healthy_<img ...>`` (the XSS string in the run name): the same model, a
    sane learning rate.
  * ``xss_layer``: written by the numpy `RunWriter`, a layer named with the
    XSS string going NaN at step XSS_STEP. Keras cannot make that run: under
    TensorFlow a layer name must match ``^[A-Za-z0-9_.\\/>-]*$`` (no ``<``).
    It is also an old-format run: no model facts, no data summary.
  * ``stalled_softmax``: a binary classifier ending in ``Dense(1,
    activation="softmax")`` (layer STALLED_LAYER) trained with binary
    cross-entropy on 0/1 labels: it never leaves the constant predictor's
    loss (the label entropy, about ln 2). Diagnosed ``stalled``, with a
    baseline and ``softmax_single_unit`` first. About 2 s.
  * ``stalled_slow``: a linear regression under RMSprop(5e-3) on targets of std ~160: the loss ends at about
    0.7x the constant predictor's while the kernel still grows at an undiminished rate. Diagnosed ``stalled``,
    reason ``too_slow``. About 5 s.
  * ``stalled_unsettled``: a one-neuron linear fit under RMSprop(1.0): its weights still jump by a quarter of
    their norm per step at the end while the loss bounces. Diagnosed ``stalled``, reason ``unsettled``,
    ``learning_rate_too_high`` first. About 8 s.
  * ``impaired_pixels``: raw 0-255 pixels into a ReLU MLP under Adam: it learns, but its loss before the first
    update is ~100x log 10. Diagnosed ``impaired``, reason ``bad_start``, ``input_scale`` first. About 5 s.
  * ``xss_model``: numpy `RunWriter`, model facts and a data summary whose
    layer, loss, optimizer, tensor and label names are the XSS string; a flat
    loss.
"""

import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

XSS = "<img src=x onerror=alert(1)>"
NAN_STEP = 35  # a logged step (log_every=5): its NaN counts are unknown, the trace marks it
XSS_STEP = 120
HEALTHY = "healthy_" + XSS
BATCH = 16
STALLED = "stalled_softmax"
STALLED_LAYER = "prob"
STALLED_TASK = "stalled_mae_labels"
STALLED_TASK_LAYER = "probability"
STALLED_SLOW = "stalled_slow"
STALLED_LINEAR = "stalled_linear"
STALLED_UNSETTLED = "stalled_unsettled"
IMPAIRED = "impaired_pixels"


def _data(n=1024, d=8, seed=0):
    import numpy as np

    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d)).astype("float32")
    w = rng.normal(size=(d, 1)).astype("float32")
    y = (x @ w + 0.1 * rng.normal(size=(n, 1))).astype("float32")
    return x, y


def _model(name_first="dense_in", depth=2, width=16, seed=0):
    import keras

    keras.utils.set_random_seed(seed)
    inp = keras.Input(shape=(8,), name="x")
    h = keras.layers.Dense(width, activation="relu", name=name_first)(inp)
    for i in range(depth - 1):
        h = keras.layers.Dense(width, activation="tanh", name="hidden_%d" % i)(h)
    out = keras.layers.Dense(1, name="head")(h)
    return keras.Model(inp, out)


def write(logdir):
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    expected = {}

    x, y = _data()
    x_bad = x.copy()
    x_bad[NAN_STEP * BATCH + 3, 2] = np.nan  # one NaN in the batch of step NAN_STEP
    m = _model()
    m.compile(optimizer=keras.optimizers.SGD(0.01), loss="mse")
    m.fit(x_bad, y, batch_size=BATCH, epochs=2, shuffle=False, verbose=0, callbacks=[NanWatch(os.path.join(logdir, "nan_input"), log_every=5)])
    expected["nan_input"] = NAN_STEP

    x, y = _data(seed=1)
    m = _model(depth=4, seed=1)
    m.compile(optimizer=keras.optimizers.SGD(5.0), loss="mse")
    w = NanWatch(os.path.join(logdir, "lr_high"), log_every=5)
    m.fit(x * 10, y * 10, batch_size=BATCH, epochs=2, shuffle=False, verbose=0, callbacks=[w])
    expected["lr_high"] = None if w.onset is None else w.onset["step"]

    m = _model(depth=4, seed=2)
    m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
    m.fit(x, y, batch_size=BATCH, epochs=2, shuffle=False, verbose=0, callbacks=[NanWatch(os.path.join(logdir, HEALTHY), log_every=5)])
    expected[HEALTHY] = None
    expected["xss_layer"] = write_xss_layer(os.path.join(logdir, "xss_layer"))
    expected[STALLED] = write_stalled(os.path.join(logdir, STALLED))
    expected[STALLED_TASK] = write_stalled_task(os.path.join(logdir, STALLED_TASK))
    expected[STALLED_SLOW] = write_stalled_slow(os.path.join(logdir, STALLED_SLOW))
    expected[STALLED_LINEAR] = write_stalled_linear(os.path.join(logdir, STALLED_LINEAR))
    expected[STALLED_UNSETTLED] = write_stalled_unsettled(os.path.join(logdir, STALLED_UNSETTLED))
    expected[IMPAIRED] = write_impaired(os.path.join(logdir, IMPAIRED))
    expected["xss_model"] = write_xss_model(os.path.join(logdir, "xss_model"))
    return expected


def write_stalled(run_dir):
    """Softmax over one unit under binary cross-entropy: the run stalls at the label entropy."""
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(512, 8)).astype("float32")
    y = (x[:, :1] + x[:, 1:2] > 0).astype("float32")  # 0/1 labels, learnable by a sigmoid
    inp = keras.Input(shape=(8,), name="x")
    h = keras.layers.Dense(16, activation="relu", name="hidden")(inp)
    out = keras.layers.Dense(1, activation="softmax", name=STALLED_LAYER)(h)
    m = keras.Model(inp, out)
    m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy", metrics=["accuracy"])
    import warnings

    with warnings.catch_warnings():  # Keras warns about the softmax over one unit: that is the point
        warnings.simplefilter("ignore")
        m.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=[NanWatch(run_dir, log_every=5)])
    return None


def write_stalled_task(run_dir):
    """Issue 21: XOR written the old way (`input_dim=`, `Activation` layers) and trained with MAE on its 0/1 labels."""
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(1)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], "float32").repeat(64, 0)
    y = np.array([0, 1, 1, 0], "float32").repeat(64)
    L = keras.layers
    m = keras.Sequential([L.Dense(8, input_dim=2), L.Activation("tanh"), L.Dense(1), L.Activation("sigmoid", name=STALLED_TASK_LAYER)])
    m.compile(optimizer=keras.optimizers.SGD(0.05), loss="mean_absolute_error", metrics=["accuracy"])
    m.fit(x, y, batch_size=32, epochs=10, verbose=0, callbacks=[NanWatch(run_dir, log_every=5)])
    return None


def write_stalled_slow(run_dir):
    """Issue 21: a linear fit whose steps are too small for its targets' scale: still on its way when it stops."""
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2048, 10)).astype("float32")
    y = (x @ (100 * rng.uniform(size=10)) + 10 * rng.normal(size=2048)).astype("float32")
    m = keras.Sequential([keras.Input((10,)), keras.layers.Dense(1, name="line")])
    m.compile(optimizer=keras.optimizers.RMSprop(5e-3), loss="mse")
    m.fit(x, y, batch_size=32, epochs=30, verbose=0, callbacks=[NanWatch(run_dir)])
    return None


def write_stalled_unsettled(run_dir):
    """Issue 21: RMSprop(1.0) on a one-neuron linear fit: its weights never settle and the loss bounces."""
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = np.clip(rng.gamma(1.6, 4.0, 4096), 0.1, 60).astype("float32")
    y = (3.25 + 2.25 * x + rng.normal(0, 1.5, 4096)).astype("float32")
    m = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1, name="fare")])
    m.compile(optimizer=keras.optimizers.RMSprop(1.0), loss="mse")
    m.fit(x, y, batch_size=50, epochs=15, verbose=0, callbacks=[NanWatch(run_dir)])
    return None


def write_impaired(run_dir):
    """Issue 21: raw 0-255 pixels of 10 blurred templates into Flatten -> Dense(64, relu) -> Dense(10, softmax), Adam."""
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    templates = rng.uniform(size=(10, 28, 28)) < 0.25
    labels = rng.integers(0, 10, 2000)
    images = np.clip(templates[labels] * rng.uniform(120, 255, (2000, 28, 28)) + rng.uniform(0, 60, (2000, 28, 28)), 0, 255)
    L = keras.layers
    m = keras.Sequential([keras.Input((28, 28)), L.Flatten(), L.Dense(64, activation="relu"), L.Dense(10, activation="softmax")])
    m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    m.fit(images.astype("uint8"), labels.astype("uint8"), batch_size=32, epochs=2, verbose=0, callbacks=[NanWatch(run_dir)])
    return None


def write_stalled_linear(run_dir):
    """Issue 21: XOR through hidden layers that apply no activation (one an `Activation("linear")` layer)."""
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(0)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], "float32").repeat(64, 0)
    y = np.array([0, 1, 1, 0], "float32").repeat(64)
    L = keras.layers
    m = keras.Sequential([L.Dense(8, input_dim=2), L.Activation("linear"), L.Dense(8), L.Dense(1, activation="sigmoid")])
    m.compile(optimizer=keras.optimizers.Adam(0.02), loss="binary_crossentropy", metrics=["accuracy"])
    m.fit(x, y, batch_size=32, epochs=40, verbose=0, callbacks=[NanWatch(run_dir, log_every=5)])
    return None


def write_xss_model(run_dir, steps=60):
    """Model facts and a data summary holding the XSS string in every name (numpy writer)."""
    import numpy as np

    from tb_nanwatch import data_summary, metadata
    from tb_nanwatch.writer import RunWriter

    mk = metadata.make_row
    rows = [
        mk("input/0", "input"),
        mk("target/0", "target"),
        mk(XSS + "/output", "activation", XSS, "softmax"),
        mk("loss", "loss"),
        mk(XSS + "/kernel", "weight", XSS),
        mk("global_grad_norm", "scalar"),
    ]
    w = RunWriter(run_dir, rows)
    w.write_model(0, {
        "layers": [{"name": XSS, "class": "Dense", "activation": "softmax", "units": 1, "output_shape": [None, 1], "params": 9, "inbound": []}],
        "outputs": [XSS],
        "losses": [{"output": None, "name": XSS, "class": "function", "from_logits": None, "config": {}}],
        "optimizer": {"class": XSS, "loss_scaling": False, "learning_rate": 0.001, "config": {XSS: XSS}},
        "fit": {"epochs": 1, "steps_per_epoch": steps},
        "dtype_policy": XSS,
    })
    target = data_summary.summarize(np.array([[0.0], [1.0]] * 32), "float32")
    target["values"] = {XSS: 0.5, "1": 0.5}
    inputs = data_summary.summarize(np.linspace(-1, 1, 64 * 8).reshape(64, 8), XSS)
    w.write_data(steps - 1, {"tensors": {"input/0": inputs, "target/" + XSS: target}, "epochs": [], "batch_size": 32})
    for s in range(steps):
        v = np.array([1.0, 0.7, 1.0, 0.6931, 3.0, 1e-3])
        w.write_trace(s, v)
        if s % 10 == 0:
            m = np.zeros((len(rows), len(metadata.STATS)), np.float32)
            m[:, metadata.STAT_INDEX["size"]] = 8
            m[:, metadata.STAT_INDEX["max_abs"]] = v
            m[:, metadata.STAT_INDEX["l2"]] = v
            w.write_stats(s, m)
    w.close()
    return None


def write_xss_layer(run_dir, steps=200, log_every=10):
    """A run whose layer name is an XSS string, NaN from XSS_STEP on (numpy writer)."""
    import numpy as np

    from tb_nanwatch import metadata
    from tb_nanwatch.writer import RunWriter

    mk = metadata.make_row
    rows = [
        mk("input/x", "input"),
        mk("target/y", "target"),
        mk("dense/preactivation", "preactivation", "dense", "relu"),
        mk("dense/output", "activation", "dense", "relu"),
        mk(XSS + "/output", "activation", XSS, "linear"),
        mk("loss", "loss"),
        mk(XSS + "/kernel/grad", "gradient", XSS),
        mk("dense/kernel/grad", "gradient", "dense"),
        mk("dense/kernel", "weight", "dense"),
        mk(XSS + "/kernel", "weight", XSS),
        mk("learning_rate", "scalar"),
        mk("global_grad_norm", "scalar"),
    ]
    rng = np.random.default_rng(3)
    w = RunWriter(run_dir, rows)
    r_xss = [i for i, r in enumerate(rows) if r["layer"] == XSS or r["name"] in ("loss", "global_grad_norm")]
    for s in range(steps):
        grow = np.exp(0.02 * max(0, s - 60))
        v = (1.0 + 0.1 * rng.random(len(rows))) * grow
        v[-2] = 0.01
        if s >= XSS_STEP:
            v[r_xss] = np.nan
        w.write_trace(s, v)
        if s % log_every == 0 or XSS_STEP <= s < XSS_STEP + 10:
            m = np.zeros((len(rows), len(metadata.STATS)), np.float32)
            m[:, metadata.STAT_INDEX["size"]] = 16
            m[:, metadata.STAT_INDEX["min"]] = -v
            m[:, metadata.STAT_INDEX["max"]] = v
            m[:, metadata.STAT_INDEX["max_abs"]] = v
            m[:, metadata.STAT_INDEX["std"]] = v / 3
            m[:, metadata.STAT_INDEX["l2"]] = v
            m[:, metadata.STAT_INDEX["update_ratio"]] = 1e-3 * grow
            m[:, metadata.STAT_INDEX["scale_spread"]] = 2.0
            if s >= XSS_STEP:
                m[r_xss, metadata.STAT_INDEX["nan"]] = 16
            w.write_stats(s, m)
        if s == XSS_STEP:
            w.write_onset({"step": s, "phase": "forward", "tensor": XSS + "/output", "layer": XSS})
    w.close()
    return XSS_STEP


SURVIVED = "survived_lr_spike"
LR_SPIKE = (300, 306)  # steps a buggy per-batch schedule runs at 1000x the learning rate


def write_survived(logdir):
    """A run that survives a learning-rate spike (issue 14): SGD whose per-batch schedule multiplies the
    rate by 1000 for the steps in LR_SPIKE, watched with ``on_nonfinite`` and ``on_spike="rollback"``.
    It goes NaN at step 304 (an update skipped, the batch kept, the op replayed), rolls back, has a
    loss spike, rolls back again and ends near the clean run's loss. About 5 s.

    Returns the watch's rollback records.
    """
    import keras
    import numpy as np

    from tb_nanwatch import NanWatch

    class LrSpike(keras.callbacks.Callback):
        n = 0

        def on_train_batch_begin(self, batch, logs=None):
            spiked = LR_SPIKE[0] <= self.n < LR_SPIKE[1]
            self.model.optimizer.learning_rate.assign(0.01 * (1000.0 if spiked else 1.0))
            self.n += 1

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((512, 8)).astype("float32")
    y = (x @ rng.standard_normal((8, 1)) + 0.1 * rng.standard_normal((512, 1))).astype("float32")
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
    model.compile(keras.optimizers.SGD(0.01, momentum=0.9), "mse")
    watch = NanWatch(os.path.join(logdir, SURVIVED), on_nonfinite="rollback", on_spike="rollback")
    model.fit(np.concatenate([x] * 40), np.concatenate([y] * 40), batch_size=32, epochs=1, shuffle=False, verbose=0,
              callbacks=[LrSpike(), watch])
    return {"onset": watch.onset and watch.onset["step"], "rollbacks": watch.rollbacks}


# --- chart cases (issue 20): numpy-writer runs, no TensorFlow -----------------------------------

SHORT = "short/three_steps"  # 3 steps: the step axis must read 0 1 2
HUGE = "explode/huge_loss_run/broken"  # loss up to 1e35 then Inf at HUGE_ONSET; events piled on the onset
HUGE_ONSET = 50
HUGE_ZEROS = 10  # the global gradient norm is exactly 0 on the first HUGE_ZEROS steps
STOPPED = "stopped_by_watch/broken"  # on_nonfinite="stop": a stop record, no skip
STOP_STEP = 12
STRIPED = "healthy/striped"  # trace L2 3x the statistics' max |x| on every row: no stripes may show
STRIPE_EVERY = 10


def _chart_rows():
    from tb_nanwatch import metadata

    mk = metadata.make_row
    return [
        mk("input/x", "input"),
        mk("target/y", "target"),
        mk("dense/output", "activation", "dense", "relu"),
        mk("head/output", "activation", "head", None),
        mk("loss", "loss"),
        mk("head/kernel/grad", "gradient", "head"),
        mk("dense/kernel/grad", "gradient", "dense"),
        mk("dense/kernel", "weight", "dense"),
        mk("dense/bias", "weight", "dense"),
        mk("learning_rate", "scalar"),
        mk("global_grad_norm", "scalar"),
    ]


def _stats(v, rows, unmeasured_bias_ratio=True):
    """A statistics matrix for trace vector ``v``: max |x| a third of the L2 norm; a bias's update ratio not measured (NaN, no NaN counted)."""
    import numpy as np

    from tb_nanwatch import metadata

    S = metadata.STAT_INDEX
    m = np.zeros((len(rows), len(metadata.STATS)), np.float32)
    fin = np.isfinite(v)
    m[:, S["size"]] = 16
    m[:, S["nan"]] = np.isnan(v) * 16
    m[:, S["inf"]] = np.isinf(v) * 16
    a = np.where(fin, np.abs(v), np.nan)
    m[:, S["max_abs"]] = a / 3
    m[:, S["max"]] = a / 3
    m[:, S["min"]] = -a / 3
    m[:, S["mean"]] = a / 12
    m[:, S["std"]] = a / 9
    m[:, S["l2"]] = a
    m[:, S["scale_spread"]] = 2.0
    m[:, S["update_ratio"]] = 1e-3
    if unmeasured_bias_ratio:
        m[[r["name"] for r in rows].index("dense/bias"), S["update_ratio"]] = np.nan
    return m


def _model_facts(w, step, rng):
    import numpy as np

    from tb_nanwatch import data_summary

    w.write_model(0, {
        "layers": [{"name": "dense", "class": "Dense", "activation": "relu", "units": 16, "output_shape": [None, 16], "params": 144, "inbound": []},
                   {"name": "head", "class": "Dense", "activation": "linear", "units": 1, "output_shape": [None, 1], "params": 17, "inbound": ["dense"]}],
        "outputs": ["head"],
        "losses": [{"output": None, "name": "mse", "class": "function", "from_logits": None, "config": {}}],
        "optimizer": {"class": "SGD", "learning_rate": 0.01},
        "fit": {"epochs": 1, "steps_per_epoch": step + 1},
    })
    x = rng.normal(size=(32, 8))
    y = np.repeat(rng.normal(size=(16, 1)).astype("float32"), 2, axis=0)  # a continuous target: 16 float32 values, twice each
    w.write_data(step, {"tensors": {"input/x": data_summary.summarize(x, "float32"), "target/y": data_summary.summarize(y, "float32")},
                        "epochs": [], "batch_size": 32})


def write_charts(logdir):
    """The chart cases; returns {run: expected onset}."""
    import numpy as np

    from tb_nanwatch import metadata
    from tb_nanwatch.writer import RunWriter

    rows = _chart_rows()
    names = [r["name"] for r in rows]
    LOSS, GN, LR = names.index("loss"), names.index("global_grad_norm"), names.index("learning_rate")
    rng = np.random.default_rng(7)
    out = {}

    w = RunWriter(os.path.join(logdir, SHORT), rows)
    for s in range(3):
        v = np.linspace(1.0, 2.0, len(rows)) * (1 + 0.1 * s)
        v[LOSS] = 1.0 - 0.1 * s
        v[LR] = 0.01
        w.write_trace(s, v)
        w.write_stats(s, _stats(v, rows))
    w.close()
    out[SHORT] = None

    w = RunWriter(os.path.join(logdir, HUGE), rows)
    _model_facts(w, 0, rng)
    for s in range(HUGE_ONSET + 6):
        v = (1.0 + 0.2 * rng.random(len(rows))) * np.exp(0.3 * s)
        v[LOSS] = 10.0 ** (0.7 * s) if s < HUGE_ONSET else np.inf
        v[GN] = 0.0 if s < HUGE_ZEROS else v[GN]
        v[LR] = 0.01
        if s >= HUGE_ONSET:
            v[names.index("head/output"):] = np.inf
            v[LR] = 0.01
        w.write_trace(s, v)
        if s % 5 == 0 or s >= HUGE_ONSET:
            w.write_stats(s, _stats(v, rows))
        if s == HUGE_ONSET:
            w.write_onset(metadata.onset_record(s, "loss", "loss", None))
    for rec in ({"kind": "spike", "step": HUGE_ONSET - 1, "loss": 1e34, "peak": 1e35, "median": 1e30, "factor": 1e4},
                {"kind": "spike", "step": HUGE_ONSET, "loss": 1e35, "peak": 1e35, "median": 1e31, "factor": 1e4},
                {"kind": "rollback", "step": HUGE_ONSET, "restored": HUGE_ONSET - 1, "cause": "nonfinite", "at": HUGE_ONSET, "skipped_batches": 1,
                 "lr": 0.001, "lr_steps": 1},
                {"kind": "stop", "step": HUGE_ONSET + 1, "reason": "max_rollbacks", "applied": False}):
        w.write_event(rec["step"], rec)
    w.close()
    out[HUGE] = HUGE_ONSET

    w = RunWriter(os.path.join(logdir, STOPPED), rows)
    for s in range(STOP_STEP + 1):
        v = np.ones(len(rows)) * (1 + 0.01 * s)
        v[LR] = 0.01
        if s == STOP_STEP:
            v[LOSS] = np.nan
        w.write_trace(s, v)
        w.write_stats(s, _stats(v, rows))
    w.write_onset(metadata.onset_record(STOP_STEP, "loss", "loss", None))
    w.write_event(STOP_STEP, {"kind": "stop", "step": STOP_STEP, "reason": "stop", "applied": False})
    w.close()
    out[STOPPED] = STOP_STEP

    w = RunWriter(os.path.join(logdir, STRIPED), rows)
    for s in range(200):
        v = np.linspace(0.5, 3.0, len(rows))
        v[LOSS] = 1.0 / (1 + 0.01 * s)
        v[LR] = 0.01
        w.write_trace(s, v)
        if s % STRIPE_EVERY == 0:
            w.write_stats(s, _stats(v, rows))
    w.close()
    out[STRIPED] = None
    return out


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if sys.argv[2:] == ["survived"]:
        print(json.dumps(write_survived(sys.argv[1])))
    elif sys.argv[2:] == ["charts"]:
        print(json.dumps(write_charts(sys.argv[1])))
    else:
        print(json.dumps(write(sys.argv[1])))
