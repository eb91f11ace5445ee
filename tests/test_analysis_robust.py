"""A missing, empty or malformed series never fails a run's analysis (no TensorFlow).

From a few realistic synthetic runs (healthy, non-finite at each phase,
diverging, stalled, deep, with model facts and data summaries like the hook
writes them) this derives, with a fixed seed, variants that drop whole kinds
of rows or random subsets of them, drop the statistics or the trace, cut the
run to one step, fill it with NaN/Inf/zeros, add zero-size tensors and NaN
holes, point the onset record at unknown tensors, and break the model facts
and the data summary (missing, empty, wrong types, None everywhere).

Every variant must diagnose without an exception and without a rule error,
to a known status and well-formed causes that the plugin serves as strict
JSON; and every rule, run alone on each variant that holds its series, must
return None or a valid `Finding`.
"""

import copy
import json
import math

import numpy as np
import pytest

from analysis_synth import S, Synth
from tb_nanwatch import metadata
from tb_nanwatch.analysis import CAUSE_IDS, REPORT_KEYS, RULES, STATUSES, diagnose, report_only
from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis.onset import HEALTHY, STALLED, find_timeline, is_stalled
from tb_nanwatch.analysis.progress import loss_progress
from tb_nanwatch.analysis.facts_schema import clean_data, clean_model
from tb_nanwatch.analysis.rule_base import Context, Finding, Rule
from tb_nanwatch.analysis.series import View
from tb_nanwatch.data_summary import summarize
from tb_nanwatch.plugin import jsonify
from tb_nanwatch.reader import RunData

# The analysis may warn on overflowing or all-NaN series; only its answers are tested here.
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

SEED = 20240611
STEPS = 60
N_COMBINED = 80  # variants that chain 2-3 random transforms


# --------------------------------------------------------------------------- model facts and data summaries


def model_facts(s, loss="mse", out_act="linear", out_units=1, optimizer="Adam", lr=1e-3, from_logits=None,
                extra_layers=(), init_rms=None):
    """Model facts shaped as `tb_nanwatch.hooks.facts` writes them, for the layers of Synth ``s``."""
    layers, prev = [], "input_layer"
    acts = [r for r in s.rows if r["kind"] == "activation"]
    for k, r in enumerate(acts):
        last = k == len(acts) - 1
        weighted = r["layer"] in s.layers
        units = out_units if last else (32 if weighted else None)
        act = out_act if last else r["activation"]
        layers.append({
            "name": r["layer"], "class": "Dense" if weighted else "LogFeatures",
            "activation": act if weighted else None, "units": units,
            "output_shape": [None, units if units is not None else 8],
            "params": (33 * (units or 0)) if weighted else 0, "inbound": [prev],
        })
        prev = r["layer"]
        for after, extra in extra_layers:
            if after == r["layer"]:
                layers.append(dict(extra, inbound=[prev]))
                prev = extra["name"]
    initial = []
    for name in s.layers:
        initial.append({"name": name + "/kernel", "layer": name, "shape": [32, 32], "rms": init_rms or 0.25,
                        "mean": 0.0, "std": init_rms or 0.25, "max_abs": 3 * (init_rms or 0.25), "fan_in": 32, "fan_out": 32})
        initial.append({"name": name + "/bias", "layer": name, "shape": [32], "rms": 0.0, "mean": 0.0, "std": 0.0,
                        "max_abs": 0.0, "fan_in": None, "fan_out": None})
    return {
        "layers": layers,
        "outputs": [layers[-1]["name"]],
        "losses": [{"output": None, "name": loss, "class": None, "from_logits": from_logits, "config": {}}],
        "optimizer": {"class": optimizer, "learning_rate": lr,
                      "config": {"epsilon": 1e-7, "clipnorm": None, "momentum": 0.0, "learning_rate": lr}},
        "fit": {"epochs": 3, "steps_per_epoch": STEPS // 3},
        "data": [{"name": "input/x", "kind": "input", "dtype": "float32", "shape": [None, 8]},
                 {"name": "target/y", "kind": "target", "dtype": "float32", "shape": [None, out_units]}],
        "initial_weights": initial,
        "dtype_policy": "float32",
    }


def data_summary(rng, targets="regression", inputs="features", accuracy=None):
    """A data summary as the hook writes it (`data_summary.summarize` over sampled rows)."""
    n = 256
    if inputs == "pixels":
        x, x_dtype = rng.integers(0, 256, (n, 16)).astype(np.float64), "uint8"
    else:
        x, x_dtype = rng.normal(size=(n, 8)), "float32"
    y = {
        "regression": lambda: 2 * rng.normal(size=(n, 1)) + 1,
        "huge": lambda: 1e5 * rng.normal(size=(n, 1)) + 3e5,
        "binary": lambda: rng.integers(0, 2, (n, 1)).astype(np.float64),
        "classes": lambda: rng.integers(0, 5, (n, 1)).astype(np.float64),
        "onehot": lambda: np.eye(4)[rng.integers(0, 4, n)],
    }[targets]()
    epochs = []
    for e in range(3):
        logs = {"loss": 1.0 / (e + 1), "val_loss": 1.1 / (e + 1)}
        if accuracy is not None:
            logs["accuracy"] = accuracy
        epochs.append({"epoch": e, "step": (e + 1) * (STEPS // 3), "logs": logs})
    return {
        "tensors": {"input/0": summarize(x, x_dtype), "target/0": summarize(y, "int64" if targets == "classes" else "float32")},
        "epochs": epochs,
        "batch_size": 32,
    }


# --------------------------------------------------------------------------- base runs


def _run_away(s, start, stop):
    s.trace[start:stop, s.row("loss")] = 10.0 ** (np.arange(stop - start) + 1)


def base_runs():
    """``{name: parts}``: realistic runs whose symptoms exercise most rules."""
    rng = np.random.default_rng(SEED)
    bases = {}

    s = Synth(steps=STEPS, log_every=5, seed=1)
    bases["healthy_regression"] = (s, model_facts(s), data_summary(rng))

    s = Synth(steps=STEPS, log_every=5, seed=2)
    s.go_nonfinite(30, "input/x")
    bases["nan_input_binary"] = (s, model_facts(s, "binary_crossentropy", "sigmoid"), data_summary(rng, "binary", accuracy=0.6))

    s = Synth(steps=STEPS, log_every=5, seed=3)
    s.set_stat("input/x", "scale_spread", 3e5)
    s.set_stat("input/x", "max_abs", 2e5)
    s.go_nonfinite(41, "dense_1/preactivation")
    bases["overflow_pixels_classes"] = (
        s, model_facts(s, "sparse_categorical_crossentropy", "softmax", 5), data_summary(rng, "classes", "pixels", 0.2))

    s = Synth(steps=STEPS, log_every=5, seed=4, custom_layer="log_features")
    s.go_nonfinite(25, "dense_1/kernel/grad", phase="backward")
    sqrt_layer = {"name": "sqrt_norm", "class": "SqrtNorm", "activation": None, "units": None,
                  "output_shape": [None, 32], "params": 0}
    bases["backward_custom_layer"] = (s, model_facts(s, extra_layers=[("dense_1", sqrt_layer)]), data_summary(rng))

    s = Synth(steps=STEPS, log_every=5, seed=5, act="sigmoid", extra_rows=("loss_scale",))
    _run_away(s, 35, STEPS)
    s.set_stat("dense/output", "sat_frac", 0.9)
    s.set_stat("dense/output", "max_abs", 1e5)
    s.trace[:, s.row("loss_scale")] = 2.0 ** (15 - np.minimum(np.arange(STEPS) // 5, 15))
    s.trace[:, s.row("learning_rate")] = 0.5
    for layer in s.layers:
        s.set_stat(layer + "/kernel", "update_ratio", 0.5)
    mixed = model_facts(s, "categorical_crossentropy", "softmax", 4, "SGD", 0.5)
    mixed["optimizer"]["loss_scaling"], mixed["dtype_policy"] = True, "mixed_float16"  # as the hook writes a LossScaleOptimizer
    bases["diverging_saturated_mixed"] = (s, mixed, data_summary(rng, "onehot", accuracy=0.25))

    s = Synth(steps=STEPS, log_every=5, seed=6)
    s.trace[:, s.row("loss")] = 0.7 * (1 + 0.001 * np.sin(np.arange(STEPS)))
    s.set_stat("dense/output", "zero_frac", 0.95)
    s.set_stat("dense/output", "dead_frac", 0.9)
    for layer in s.layers:
        s.set_stat(layer + "/kernel", "update_ratio", 1e-8)
    for r in ("dense/kernel/grad", "dense/bias/grad"):
        s.trace[:, s.row(r)] = 1e-9
    bases["stalled_dead_huge_targets"] = (s, model_facts(s, "mse", "relu", 1, "SGD", 1e-6), data_summary(rng, "huge"))

    s = Synth(steps=STEPS, log_every=5, seed=7, n_layers=12)
    for layer in s.layers[:3]:
        s.trace[:, s.row(layer + "/kernel/grad")] *= 500
    g = s.row("global_grad_norm")
    s.trace[10:40, g] = 10.0 ** (np.arange(30) / 5.0)
    s.set_stat("dense/kernel", "l2", 5.0 * np.sqrt(512))
    s.go_nonfinite(40, "dense/kernel/grad")
    bases["deep_exploding"] = (s, model_facts(s, init_rms=4.0), data_summary(rng))

    s = Synth(steps=STEPS, log_every=5, seed=8)
    bases["softmax_one_unit"] = (s, model_facts(s, "binary_crossentropy", "softmax", 1), data_summary(rng, "binary", accuracy=0.5))

    s = Synth(steps=STEPS, log_every=5, seed=9)
    s.go_nonfinite(30, "loss")
    bases["loss_log0_linear_bce"] = (s, model_facts(s, "binary_crossentropy", "linear"), data_summary(rng, "binary"))

    s = Synth(steps=STEPS, log_every=5, seed=10)
    s.trace[:, s.row("loss")] = 2.0 * np.exp(-np.arange(STEPS) / 40.0)
    s.set_stat("dense/kernel", "update_ratio", 2.0, steps=[20])
    s.trace[20, s.row("global_grad_norm")] = 1e-7
    bases["still_falling_mse_on_classes"] = (s, model_facts(s, "mse", "softmax", 5), data_summary(rng, "classes", accuracy=0.3))

    s = Synth(steps=STEPS, log_every=5, seed=11)
    s.trace[30, s.row("target/y")] *= 100
    s.trace[30, s.row("input/x")] *= 400
    s.trace[30, s.row("loss")] *= 1e4
    _run_away(s, 31, 34)
    s.go_nonfinite(34, "dense/preactivation")
    bases["outliers_then_overflow"] = (s, model_facts(s, "mse", "sigmoid"), data_summary(rng, "huge"))

    s = Synth(steps=STEPS, log_every=5, seed=12)
    s.go_nonfinite(20, "target/y")
    bases["nan_target_classes"] = (s, model_facts(s, "sparse_categorical_crossentropy", "softmax", 3), data_summary(rng, "classes"))

    s = Synth(steps=STEPS, log_every=5, seed=13)
    s.trace[:, s.row("loss")] = 0.7 * (1 + 0.001 * np.cos(np.arange(STEPS)))
    s.trace[:, s.row("learning_rate")] = 1e-6
    for layer in s.layers:
        s.set_stat(layer + "/kernel", "update_ratio", 1e-8)
    bases["stalled_lr_too_low"] = (s, model_facts(s, "mse", optimizer="SGD", lr=1e-6), data_summary(rng))

    s = Synth(steps=STEPS, log_every=5, seed=14)
    s.trace[:, s.row("loss")] = 0.19 * (1 + 0.001 * np.sin(np.arange(STEPS)))
    narrow = model_facts(s, "mse", "softmax", 4)
    narrow["layers"][0]["units"] = 2
    bases["stalled_mse_onehot_narrow"] = (s, narrow, data_summary(rng, "onehot", accuracy=0.25))

    out = {}
    for name, (s, model, data) in bases.items():
        d = s.data(name)
        out[name] = dict(run=name, rows=[dict(r) for r in d.rows], trace_steps=d.trace_steps, trace=d.trace,
                         stats_steps=d.stats_steps, stats=d.stats, onset=d.onset, sampled=False, problems=[],
                         model=model, data=data)
    return out


def build(p):
    """The `RunData` of parts ``p`` (arrays copied, as the reader types them)."""
    return RunData(
        p["run"], copy.deepcopy(p["rows"]),
        np.array(p["trace_steps"], np.int64).reshape(-1), np.array(p["trace"], np.float32).reshape(len(p["trace_steps"]), len(p["rows"])),
        np.array(p["stats_steps"], np.int64).reshape(-1),
        np.array(p["stats"], np.float32).reshape(len(p["stats_steps"]), len(p["rows"]), len(metadata.STATS)),
        copy.deepcopy(p["onset"]), p["sampled"], list(p["problems"]), copy.deepcopy(p["model"]), copy.deepcopy(p["data"]))


# --------------------------------------------------------------------------- transforms


def _keep(p, keep):
    keep = [int(i) for i in keep]
    p["rows"] = [p["rows"][i] for i in keep]
    p["trace"] = np.asarray(p["trace"])[:, keep]
    p["stats"] = np.asarray(p["stats"])[:, keep]
    return p


def drop_kind(kind):
    return lambda p, rng: _keep(p, [i for i, r in enumerate(p["rows"]) if r["kind"] != kind])


def only_kind(*kinds):
    return lambda p, rng: _keep(p, [i for i, r in enumerate(p["rows"]) if r["kind"] in kinds])


def drop_row(name):
    return lambda p, rng: _keep(p, [i for i, r in enumerate(p["rows"]) if r["name"] != name])


def random_rows(p, rng):
    return _keep(p, np.nonzero(rng.random(len(p["rows"])) < rng.uniform(0.2, 0.8))[0])


def drop_random_kinds(p, rng):
    kinds = sorted({r["kind"] for r in p["rows"]})
    gone = set(rng.choice(kinds, size=rng.integers(1, len(kinds) + 1), replace=False))
    return _keep(p, [i for i, r in enumerate(p["rows"]) if r["kind"] not in gone])


def no_stats(p, rng):
    p["stats_steps"] = np.zeros(0, np.int64)
    p["stats"] = np.zeros((0, len(p["rows"]), len(metadata.STATS)))
    return p


def no_trace(p, rng):
    p["trace_steps"] = np.zeros(0, np.int64)
    p["trace"] = np.zeros((0, len(p["rows"])))
    return p


def no_series(p, rng):
    return no_stats(no_trace(p, rng), rng)


def first_steps(n, stats):
    """The first ``n`` traced steps; ``stats`` logged steps among them (None: those the run logged)."""
    def f(p, rng):
        p["trace_steps"], p["trace"] = p["trace_steps"][:n], p["trace"][:n]
        keep = np.nonzero(np.isin(p["stats_steps"], p["trace_steps"]))[0]
        keep = keep[:stats] if stats is not None else keep
        p["stats_steps"], p["stats"] = p["stats_steps"][keep], p["stats"][keep]
        return p
    return f


def last_step(p, rng):
    p["trace_steps"], p["trace"] = p["trace_steps"][-1:], p["trace"][-1:]
    p["stats_steps"], p["stats"] = p["stats_steps"][-1:], p["stats"][-1:]
    return p


def fill(where, value):
    def f(p, rng):
        for key in (("trace",) if where == "trace" else ("stats",) if where == "stats" else ("trace", "stats")):
            p[key] = np.full(np.shape(p[key]), value)
        return p
    return f


def zero_size(fraction):
    """Rows that held empty tensors: size 0, every statistic NaN, norm 0."""
    def f(p, rng):
        rows = np.nonzero(rng.random(len(p["rows"])) < fraction)[0] if fraction < 1 else np.arange(len(p["rows"]))
        stats = np.array(p["stats"], np.float64)
        stats[:, rows] = np.nan
        stats[:, rows, S["size"]] = 0
        stats[:, rows, S["nan"]] = 0
        stats[:, rows, S["inf"]] = 0
        trace = np.array(p["trace"], np.float64)
        trace[:, rows] = 0.0
        p["stats"], p["trace"] = stats, trace
        return p
    return f


def holes(value, fraction, where=("trace", "stats")):
    def f(p, rng):
        for key in where:
            a = np.array(p[key], np.float64)
            a[rng.random(a.shape) < fraction] = value
            p[key] = a
        return p
    return f


def nan_columns(p, rng):
    trace, stats = np.array(p["trace"], np.float64), np.array(p["stats"], np.float64)
    cols = rng.random(trace.shape[1]) < 0.3
    trace[:, cols] = np.nan
    stats[:, :, rng.random(stats.shape[2]) < 0.3] = np.nan
    p["trace"], p["stats"] = trace, stats
    return p


def stats_off_trace(p, rng):
    p["stats_steps"] = np.asarray(p["stats_steps"]) + 100000
    return p


def resumed(p, rng):
    """Steps that start late and skip (a resumed, sampled run)."""
    p["trace_steps"] = 5000 + 3 * np.asarray(p["trace_steps"])
    p["stats_steps"] = 5000 + 3 * np.asarray(p["stats_steps"])
    if p["onset"]:
        p["onset"] = dict(p["onset"], step=5000 + 3 * p["onset"]["step"])
    p["sampled"], p["problems"] = True, ["tb_nanwatch/trace: step 5003 has shape (3,), expected (23,)"]
    return p


def duplicate_steps(p, rng):
    """Stats logged twice at the same steps (a restart that rewrote them)."""
    p["stats_steps"] = np.repeat(p["stats_steps"], 2)
    p["stats"] = np.repeat(p["stats"], 2, axis=0)
    return p


def stats_after_onset(p, rng):
    """Full statistics only from the onset on (or the second half of a finite run)."""
    step = p["onset"]["step"] if p["onset"] else int(np.median(p["trace_steps"])) if len(p["trace_steps"]) else 0
    keep = np.asarray(p["stats_steps"]) >= step
    p["stats_steps"], p["stats"] = np.asarray(p["stats_steps"])[keep], np.asarray(p["stats"])[keep]
    return p


def odd_stat_columns(p, rng):
    """Statistics no writer should produce: negative sizes and counts, fractions beyond 1, infinite ratios."""
    st = np.array(p["stats"], np.float64)
    for col, values in (("size", [-1, 0, np.nan, 1e12]), ("nan", [-3, 1e9, np.nan]), ("inf", [-1, np.inf]),
                        ("zero_frac", [1.5, -0.5, np.nan]), ("dead_frac", [2.0, np.nan]), ("sat_frac", [1.0, 7.0]),
                        ("update_ratio", [np.inf, -1.0, 0.0]), ("scale_spread", [np.inf, 0.0, -2.0]),
                        ("std", [0.0, -1.0, np.inf]), ("l2", [-1.0, np.inf, 0.0])):
        mask = rng.random(st.shape[:2]) < 0.3
        st[..., S[col]] = np.where(mask, rng.choice(values, size=mask.shape), st[..., S[col]])
    p["stats"] = st
    return p


def onset(**fields):
    def f(p, rng):
        record = dict(p["onset"] or {"step": int(p["trace_steps"][len(p["trace_steps"]) // 2]) if len(p["trace_steps"]) else 0,
                                     "phase": "forward", "tensor": "dense/output", "layer": "dense"})
        record.update(fields)
        p["onset"] = record
        return p
    return f


def layers_without_names(p, rng):
    p["rows"] = [dict(r, layer=None) for r in p["rows"]]
    return p


def activations_unknown(p, rng):
    p["rows"] = [dict(r, activation="my_swish" if r["activation"] else None) for r in p["rows"]]
    return p


def no_model(p, rng):
    p["model"] = None
    return p


def no_data(p, rng):
    p["data"] = None
    return p


def set_facts(model=None, data=None):
    def f(p, rng):
        p["model"], p["data"] = copy.deepcopy(model), copy.deepcopy(data)
        return p
    return f


def _leaves(obj, fn):
    if isinstance(obj, dict):
        return {k: _leaves(v, fn) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_leaves(v, fn) for v in obj]
    return fn(obj)


def facts_leaves(fn):
    def f(p, rng):
        p["model"], p["data"] = _leaves(p["model"], fn), _leaves(p["data"], fn)
        return p
    return f


def _as_string(x):
    return str(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else x


def facts_top_none(p, rng):
    p["model"] = {k: None for k in metadata.MODEL_FACT_KEYS}
    p["data"] = {"tensors": None, "epochs": None, "batch_size": None}
    return p


def facts_wrong_containers(p, rng):
    p["model"] = {"layers": "dense", "outputs": "dense_2", "losses": {"name": "mse"}, "optimizer": "adam",
                  "fit": [3, 20], "data": "x", "initial_weights": [1, 2], "dtype_policy": 16}
    p["data"] = {"tensors": ["input/0", "target/0"], "epochs": [1, "two", None], "batch_size": "32"}
    return p


def facts_lists_of_non_dicts(p, rng):
    p["model"] = dict(p["model"], layers=["dense", 3, None, ["x"]], losses=["mse", None], initial_weights=["dense/kernel"],
                      outputs=[None, 3])
    p["data"] = dict(p["data"], tensors={"input/0": "summary", "target/0": [1, 2]}, epochs=[{"logs": "acc"}, {"logs": None}, 7])
    return p


def layers_without_facts_names(p, rng):
    p["model"] = dict(p["model"], layers=[{k: v for k, v in l.items() if k != "name"} for l in p["model"]["layers"]])
    return p


def unknown_loss(p, rng):
    p["model"] = dict(p["model"], losses=[{"output": None, "name": "my_focal_dice", "class": "MyLoss", "from_logits": "yes", "config": None}])
    return p


def target_values_without_range(p, rng):
    t = {"rows": 256, "seen": 256, "features": 1, "dtype": "int64", "nonfinite": 0, "integer": True,
         "values": {"0": 0.5, "1": 0.3, "7": 0.2}, "one_hot": False}
    p["data"] = dict(p["data"], tensors=dict(p["data"]["tensors"], **{"target/0": t}))
    return p


def target_all_nonfinite(p, rng):
    """Targets the sampler saw only as NaN: the summary has counts and no figures."""
    t = summarize(np.full((64, 1), np.nan), "float32")
    x = summarize(np.full((64, 8), np.inf), "float32")
    p["data"] = dict(p["data"], tensors={"input/0": x, "target/0": t})
    return p


def target_odd_figures(p, rng):
    t = dict(p["data"]["tensors"]["target/0"], min="0", max=None, mean=float("nan"), std=float("inf"), values=[0, 1],
             row_sum=[1.0], scale={"largest": [0], "smallest": None, "spread": "big"}, constant={"mse": "x", "bce": None},
             feature_mean=["a"], features="1", integer="yes", one_hot=1, seen=None)
    x = dict(p["data"]["tensors"]["input/0"], min=-1e308, max=1e308, integer=True, dtype=None,
             scale={"largest": [0, 1.0], "smallest": [1, 0.0], "spread": float("inf"), "typical": None}, features=None)
    p["data"] = dict(p["data"], tensors={"input/0": x, "target/0": t}, batch_size=None)
    return p


def model_odd_figures(p, rng):
    m = copy.deepcopy(p["model"])
    for l in m["layers"]:
        l.update(units="32", output_shape="(None, 32)", params=None, inbound="dense", activation=7)
    m["layers"][-1].update(units=0, output_shape=[None, None], params=-1, inbound=None)
    for w in m["initial_weights"]:
        w.update(rms="0.3", fan_in="32", fan_out=0.5, max_abs=None, name=None)
    m["optimizer"] = {"class": 7, "learning_rate": "0.001", "config": "adam"}
    m["outputs"] = ["no_such_layer"]
    m["fit"] = {"epochs": "3", "steps_per_epoch": None}
    p["model"] = m
    return p


def features_without_values(p, rng):
    """A feature with no finite value: its mean and std are written as null (seen on real runs)."""
    tensors = {}
    for name, t in p["data"]["tensors"].items():
        t = dict(t)
        for key in ("feature_mean", "feature_std"):
            if t.get(key):
                t[key] = [None] + t[key][1:]
        tensors[name] = dict(t, one_hot=True)
    p["data"] = dict(p["data"], tensors=tensors)
    return p


ODD = [None, "x", "0.5", "", [], {}, [None], {"a": None}, -1, 0, 0.0, 1e308, -1e308, float("nan"), float("inf"), True, [1, "a"]]


def facts_fuzz(p, rng):
    """Replaces random leaves (and containers) of the facts and the data summary with odd values."""
    rate = rng.uniform(0.05, 0.3)

    def walk(obj, depth=0):
        if depth and rng.random() < rate / 3:
            return ODD[int(rng.integers(len(ODD)))]
        if isinstance(obj, dict):
            return {k: walk(v, depth + 1) for k, v in obj.items() if rng.random() > rate / 3}
        if isinstance(obj, list):
            return [walk(v, depth + 1) for v in obj]
        return ODD[int(rng.integers(len(ODD)))] if rng.random() < rate else obj

    p["model"], p["data"] = walk(p["model"]), walk(p["data"])
    return p


TRANSFORMS = {"identity": lambda p, rng: p}
for _kind in ("input", "target", "preactivation", "activation", "loss", "gradient", "weight", "scalar"):
    TRANSFORMS["no_" + _kind] = drop_kind(_kind)
for _kind in ("input", "loss", "gradient", "weight", "activation", "scalar"):
    TRANSFORMS["only_" + _kind] = only_kind(_kind)
for _name in ("loss", "learning_rate", "global_grad_norm", "loss_scale"):
    TRANSFORMS["no_row_" + _name] = drop_row(_name)
TRANSFORMS.update({
    "random_rows_a": random_rows, "random_rows_b": random_rows, "random_rows_c": random_rows,
    "random_kinds_a": drop_random_kinds, "random_kinds_b": drop_random_kinds,
    "no_rows": only_kind(),
    "no_stats": no_stats, "no_trace": no_trace, "no_series": no_series,
    "one_step_no_stats": first_steps(1, 0), "one_step_with_stats": first_steps(1, 1),
    "one_step_stats_only": lambda p, rng: no_trace(first_steps(1, 1)(p, rng), rng),
    "two_steps": first_steps(2, None), "five_steps": first_steps(5, None), "last_step_only": last_step,
    "trace_all_nan": fill("trace", np.nan), "stats_all_nan": fill("stats", np.nan), "all_nan": fill("both", np.nan),
    "all_inf": fill("both", np.inf), "all_neg_inf": fill("both", -np.inf), "trace_inf": fill("trace", np.inf),
    "all_zero": fill("both", 0.0), "all_unmeasured": fill("trace", metadata.UNMEASURED),
    "all_huge": fill("both", 3e38), "all_tiny": fill("both", 1e-44),
    "zero_size_some": zero_size(0.3), "zero_size_all": zero_size(1.0),
    "nan_holes": holes(np.nan, 0.1), "inf_holes": holes(np.inf, 0.1), "neg_holes": holes(-5.0, 0.1),
    "stats_nan_holes": holes(np.nan, 0.5, ("stats",)), "nan_columns": nan_columns,
    "stats_off_trace": stats_off_trace, "resumed_sampled": resumed, "duplicate_stats_steps": duplicate_steps,
    "onset_unknown_tensor": onset(tensor="no/such/tensor", layer="no_such_layer"),
    "onset_unknown_layer": onset(layer="ghost"), "onset_no_names": onset(tensor=None, layer=None),
    "onset_unknown_phase": onset(phase="teleport"), "onset_no_phase": onset(phase=None),
    "onset_step_none": onset(step=None), "onset_step_text": onset(step="twelve"), "onset_step_nan": onset(step=float("nan")),
    "onset_step_inf": onset(step=float("inf")), "onset_without_step": lambda p, rng: dict(p, onset={"phase": "loss"}),
    "onset_after_trace": onset(step=10**6), "onset_before_trace": onset(step=-7), "onset_float_step": onset(step=12.0),
    "onset_at_first_step": lambda p, rng: onset(step=int(p["trace_steps"][0]) if len(p["trace_steps"]) else 0)(p, rng),
    "onset_at_last_step": lambda p, rng: onset(step=int(p["trace_steps"][-1]) if len(p["trace_steps"]) else 0)(p, rng),
    "stats_after_onset": stats_after_onset, "odd_stat_columns": odd_stat_columns,
    "onset_backward_unknown_layer": onset(phase="backward", layer="ghost", tensor="ghost/kernel/grad"),
    "rows_without_layers": layers_without_names, "unknown_activations": activations_unknown,
    "no_model": no_model, "no_data": no_data, "no_facts": set_facts(None, None), "empty_facts": set_facts({}, {}),
    "empty_fact_lists": set_facts({"layers": [], "outputs": [], "losses": [], "initial_weights": [], "optimizer": {}, "fit": {}},
                                  {"tensors": {}, "epochs": [], "batch_size": None}),
    "facts_not_dicts": set_facts(["layers"], "data"),
    "facts_all_none": facts_leaves(lambda x: None), "facts_numbers_as_strings": facts_leaves(_as_string),
    "facts_top_none": facts_top_none, "facts_wrong_containers": facts_wrong_containers,
    "facts_lists_of_non_dicts": facts_lists_of_non_dicts, "facts_layers_without_names": layers_without_facts_names,
    "unknown_loss": unknown_loss, "target_values_without_range": target_values_without_range,
    "data_all_nonfinite": target_all_nonfinite, "features_without_values": features_without_values, "target_odd_figures": target_odd_figures, "model_odd_figures": model_odd_figures,
    "facts_fuzz_a": facts_fuzz, "facts_fuzz_b": facts_fuzz, "facts_fuzz_c": facts_fuzz,
})
# Transforms that need the full model facts / data summary of a base run.
NEEDS_FACTS = {"facts_lists_of_non_dicts", "facts_layers_without_names", "unknown_loss", "target_values_without_range",
               "data_all_nonfinite", "target_odd_figures", "model_odd_figures", "features_without_values"}


def variants():
    """``{group: [(variant id, RunData)]}``: every base run under each transform, then random chains of them."""
    rng = np.random.default_rng(SEED)
    bases = base_runs()
    out = {}
    for tname, fn in TRANSFORMS.items():
        out[tname] = [("%s-%s" % (bname, tname), build(fn(copy.deepcopy(base), rng))) for bname, base in bases.items()]
    names = sorted(TRANSFORMS)
    for k in range(N_COMBINED):
        bname = sorted(bases)[int(rng.integers(len(bases)))]
        chain = [names[int(i)] for i in rng.choice(len(names), size=int(rng.integers(2, 4)), replace=False)]
        whole = [t for t in chain if t in NEEDS_FACTS][:1]  # at most one edit of whole facts, first
        chain = whole + [t for t in chain if t not in NEEDS_FACTS]
        p = copy.deepcopy(bases[bname])
        for t in chain:
            p = TRANSFORMS[t](p, rng)
        out.setdefault("combined_%d" % (k % 8), []).append(("combo%02d-%s-%s" % (k, bname, "+".join(chain)), build(p)))
    return out


VARIANTS = variants()
_DIAGNOSES = {}


def diagnosed(name, data):
    """`diagnose` of one variant, computed once for all the tests here."""
    if name not in _DIAGNOSES:
        _DIAGNOSES[name] = diagnose(data)
    return _DIAGNOSES[name]


# --------------------------------------------------------------------------- checks


def check_cause(c, rule_ids=CAUSE_IDS):
    assert set(c) == {"id", "score", "summary", "evidence", "fix", "code"}, c
    assert c["id"] in rule_ids, c["id"]
    assert isinstance(c["score"], float) and math.isfinite(c["score"]) and 0.0 <= c["score"] <= 1.0, c
    assert isinstance(c["summary"], str) and c["summary"], c
    assert isinstance(c["evidence"], list) and c["evidence"] and all(isinstance(e, str) for e in c["evidence"]), c
    assert isinstance(c["fix"], str) and c["fix"], c
    assert isinstance(c["code"], str) and c["code"] and "`" not in c["code"], c


def check_finding(f):
    """None or a valid `Finding`; returns the problem as text ('' when valid)."""
    if f is None:
        return ""
    if not isinstance(f, Finding):
        return "returned %r, not a Finding" % (type(f).__name__,)
    try:
        score = float(f.score)
    except (TypeError, ValueError):
        return "score %r is not a number" % (f.score,)
    if not (math.isfinite(score) and 0.0 <= score <= 1.0):
        return "score %r outside [0, 1]" % (f.score,)
    if not isinstance(f.summary, str) or not f.summary:
        return "summary %r" % (f.summary,)
    if not isinstance(f.evidence, list) or not f.evidence:
        return "evidence %r is not a non-empty list" % (f.evidence,)
    if f.fix is not None and (not isinstance(f.fix, str) or not f.fix):
        return "fix %r" % (f.fix,)
    try:
        json.dumps(jsonify.cleanse({"summary": f.summary, "evidence": [str(e) for e in f.evidence], "fix": f.fix}), allow_nan=False)
    except (TypeError, ValueError) as e:
        return "not JSON-safe: %s" % e
    return ""


def strict_json(obj):
    """The plugin's encoding (`jsonify.cleanse`), then strict JSON: no NaN, no objects json cannot write."""
    return json.dumps(jsonify.cleanse(obj), allow_nan=False)


def context(run_data):
    """The `Context` `diagnose` hands its rules (same steps, same order)."""
    view = View(run_data)
    tl = find_timeline(view)
    progress = loss_progress(view, view.facts, tl.t_bad)
    if tl.status == HEALTHY and (progress.stalled or is_stalled(tl, view.n_steps, stuck=ev.held_back(view))):
        tl.status = STALLED
    return Context(view, tl, view.facts, progress)


# --------------------------------------------------------------------------- tests


def test_variants_cover_the_rules():
    """The base runs make every rule fire somewhere, and every rule runs on many variants."""
    fired, ran = set(), {r.id: 0 for r in RULES}
    for group in VARIANTS.values():
        for name, data in group:
            try:
                d = diagnosed(name, data)
            except Exception:  # noqa: BLE001 - test_diagnose_survives names it
                continue
            for rid in d["ruled_out"] + [c["id"] for c in d["causes"] + d["risks"]]:
                ran[rid] += 1
            fired |= {c["id"] for c in d["causes"] + d["risks"]}
    assert sum(map(len, VARIANTS.values())) >= 500
    assert not {rid: n for rid, n in ran.items() if n < 50}, "rules that ran on few variants: %s" % ran
    assert not set(CAUSE_IDS) - fired, "rules that never fire on any variant (add a base run that makes them fire): %s" % sorted(
        set(CAUSE_IDS) - fired)


def diagnose_problems(name, data):
    """What is wrong with the diagnosis of one variant, as text ('' when nothing)."""
    try:
        d = diagnosed(name, data)
    except Exception as e:  # noqa: BLE001 - name whatever breaks
        return "diagnose raised %s: %s" % (type(e).__name__, e)
    try:
        assert d["rule_errors"] == [], d["rule_errors"]
        assert not [n for n in d["notes"] if n.startswith("rule ")], d["notes"]
        assert d["status"] in STATUSES, d["status"]
        assert isinstance(d["steps"], int) and d["steps"] >= 0, d["steps"]
        assert d["onset"] is None or set(d["onset"]) == set(metadata.ONSET_FIELDS) | {"kind"}, d["onset"]
        assert d["onset"] is None or d["onset"]["kind"] == {"nonfinite": "nonfinite", "diverging": "runaway"}[d["status"]], d
        assert not (d["status"] == "healthy" and d["causes"]), d["causes"]  # a healthy run has risks, not causes
        for c in d["causes"] + d["risks"]:
            check_cause(c)
        for found in (d["causes"], d["risks"]):
            scores = [c["score"] for c in found]
            assert scores == sorted(scores, reverse=True), scores
        ids = [c["id"] for c in d["causes"] + d["risks"]] + d["ruled_out"] + d["skipped"] + d["not_applicable"]
        assert sorted(ids) == sorted(CAUSE_IDS), "not every rule answered exactly once: %s" % ids
        assert all(isinstance(n, str) for n in d["notes"] + d["problems"]), d["notes"] + d["problems"]
        assert list(report_only(d)) == list(REPORT_KEYS)
        assert json.loads(strict_json(d))["status"] == d["status"]
        jsonify.dumps(d)
    except Exception as e:  # noqa: BLE001
        return "%s: %s" % (type(e).__name__, e)
    return ""


def rule_problems(name, data):
    """Every rule run alone on one variant that holds its series: ``["rule X on variant Y: what"]``."""
    try:
        ctx = context(data)
    except Exception as e:  # noqa: BLE001
        return ["the context of variant %s raised %s: %s" % (name, type(e).__name__, e)]
    failures = []
    for rule in RULES:
        if not all(ctx.view.has(need) for need in rule.needs):
            continue
        try:
            problem = check_finding(rule.check(ctx))
        except Exception as e:  # noqa: BLE001
            problem = "raised %s: %s" % (type(e).__name__, e)
        if problem:
            failures.append("rule %s on variant %s: %s" % (rule.id, name, problem))
    return failures


@pytest.mark.parametrize("group", sorted(VARIANTS))
def test_diagnose_survives(group):
    failures = ["%s: %s" % (name, p) for name, data in VARIANTS[group] for p in [diagnose_problems(name, data)] if p]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("group", sorted(VARIANTS))
def test_each_rule_alone(group):
    failures = [f for name, data in VARIANTS[group] for f in rule_problems(name, data)]
    assert not failures, "\n".join(failures)


def _without_none(x):
    if isinstance(x, dict):
        return {k: _without_none(v) for k, v in x.items() if v is not None}
    if isinstance(x, list):
        return [_without_none(v) for v in x]
    return x


def test_facts_schema_keeps_what_the_hook_writes():
    """Well-formed facts and summaries pass `facts_schema` unchanged (a None field reads as an absent one)."""
    rng = np.random.default_rng(SEED)
    for name, base in base_runs().items():
        p = features_without_values(copy.deepcopy(base), rng)
        for raw, clean in ((p["model"], clean_model(p["model"])), (p["data"], clean_data(p["data"]))):
            assert _without_none(clean) == _without_none(raw), name


def test_facts_schema_drops_wrong_types_and_keeps_unknown_fields():
    model = clean_model({
        "layers": [{"name": "d", "units": "3", "params": 5, "output_shape": [None, 3], "inbound": ["x", 1], "mine": {"a": 1}},
                   {"units": 3}, "dense", None],
        "optimizer": {"class": 7, "learning_rate": "0.1", "config": []}, "losses": ["mse", {"name": "mse", "from_logits": "yes"}],
        "fit": [3], "initial_weights": [{"name": "d/kernel", "rms": float("nan"), "fan_in": 2.5}, {"rms": 1.0}], "extra": 1})
    assert model == {"layers": [{"name": "d", "params": 5, "output_shape": [None, 3], "inbound": ["x"], "mine": {"a": 1}}],
                     "optimizer": {}, "losses": [{"name": "mse"}], "initial_weights": [{"name": "d/kernel"}], "extra": 1}
    data = clean_data({
        "tensors": {"target/0": {"min": 0, "max": "1", "mean": 0.5, "std": 0.5, "values": {"0": 0.5, 1: 0.5, "2": "x"},
                                 "seen": None, "rows": 8, "scale": {"largest": [0, 1.0], "smallest": None, "spread": 2.0}},
                    "input/0": "summary"},
        "epochs": [1, {"epoch": "0", "logs": {"acc": "0.5", "loss": 0.3}}], "batch_size": "32"})
    assert data == {"tensors": {"target/0": {"values": {"0": 0.5}, "rows": 8, "scale": {"spread": 2.0}}},
                    "epochs": [{"logs": {"loss": 0.3}}]}
    assert clean_model(["layers"]) == {} and clean_data(None) == {}


def test_tensorflow_function_names_of_activations_read_as_keras_names():
    """`activation=tf.nn.softmax` was logged as "softmax_v2" before the writer used Keras's names: such logs read
    as the softmax they compute."""
    model = clean_model({"layers": [{"name": "out", "class": "Dense", "activation": "softmax_v2"},
                                    {"name": "e", "class": "Dense", "activation": "exp"}]})
    assert [l["activation"] for l in model["layers"]] == ["softmax", "exponential"]


def _boom(ctx):
    raise RuntimeError("kaput on purpose")


def test_a_raising_rule_is_named_and_the_others_stand():
    s = Synth()
    s.set_stat("input/x", "scale_spread", 3e5)
    s.go_nonfinite(150, "dense/preactivation")
    data = s.data()
    clean = diagnose(data)
    assert clean["causes"] and clean["rule_errors"] == []
    boom = Rule("boom", ("input",), _boom, "none")
    d = diagnose(data, rules=RULES[:3] + [boom] + RULES[3:])
    assert d["rule_errors"] == [{"id": "boom", "error": "RuntimeError: kaput on purpose"}]
    assert "rule boom failed: RuntimeError: kaput on purpose" in d["notes"]
    assert d["causes"] == clean["causes"] and d["ruled_out"] == clean["ruled_out"] and d["skipped"] == clean["skipped"]
    assert d["status"] == clean["status"] and d["onset"] == clean["onset"]
    assert "boom" not in d["ruled_out"] + d["skipped"] + [c["id"] for c in d["causes"]]
    strict_json(d)


def test_several_raising_rules_each_reported_in_order():
    data = Synth().data()
    bad = [Rule("boom_%d" % k, (), _boom, "none") for k in range(3)]
    d = diagnose(data, rules=[bad[0]] + RULES + bad[1:])
    assert [e["id"] for e in d["rule_errors"]] == ["boom_0", "boom_1", "boom_2"]
    assert sorted(c["id"] for c in d["causes"]) + sorted(d["ruled_out"] + d["skipped"]) == \
        sorted(c["id"] for c in diagnose(data)["causes"]) + sorted(diagnose(data)["ruled_out"] + diagnose(data)["skipped"])


def test_a_rule_whose_series_are_missing_is_skipped_not_run():
    d = diagnose(Synth().data(), rules=[Rule("boom", ("no_such_series",), _boom, "none")])
    assert d["skipped"] == ["boom"] and d["rule_errors"] == []


def test_a_raising_rule_on_an_empty_run():
    empty = RunData("empty", [], np.zeros(0, np.int64), np.zeros((0, 0), np.float32), np.zeros(0, np.int64),
                    np.zeros((0, 0, len(metadata.STATS)), np.float32))
    d = diagnose(empty, rules=[Rule("boom", (), _boom, "none")] + RULES)
    assert d["rule_errors"] == [{"id": "boom", "error": "RuntimeError: kaput on purpose"}]
    assert d["status"] == HEALTHY and d["steps"] == 0
    strict_json(d)
