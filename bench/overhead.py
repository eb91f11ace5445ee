"""Overhead of NanWatch against plain `fit` and the tools people use today.

Times, interleaved in one process, the median step time over several rounds
on CPU for two models (the MLP: 8 x Dense(256, relu) on 64 features, batch
128; the CNN: Conv2D 32/64/64 with pooling and a Dense head on 32x32x3,
batch 64) under: plain fit; NanWatch by default; NanWatch with full
statistics every step; NanWatch with jit_compile; TerminateOnNaN;
TensorBoard(histogram_freq=1); NanWatch with other ``log_every`` values (the
sweep the default was chosen from). `tf.debugging.enable_check_numerics` and
Debugger V2 (CURT_HEALTH) change the process globally, so they run in child
processes, each with its own plain baseline. Every in-process config of a
model trains one shared model on the same arrays. Prints a table of ratios to
the baseline of the same process: the median over rounds of the per-round
ratio of median step times (with its quartiles: the spread on a shared
machine), the same for mean step times (which include the logged steps), and
the bytes NanWatch writes per step; ``plain_again`` is a second plain config,
the noise floor.

With ``--paired STEPS`` it also alternates plain and the NanWatch configs
in bursts of 12 steps through Keras's train functions (`paired`): the same
hook without the cost of a `fit` call per round, drift mostly cancelled;
``nanwatch_jit`` is paired against ``plain_jit`` on a model compiled with XLA.

Usage: python bench/overhead.py [--rounds 11] [--steps 30] [--models mlp,cnn] [--no-children]
       [--sweep 10 50 100] [--only nanwatch,nanwatch_full] [--paired 800]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def build(kind):
    import keras

    if kind == "mlp":
        layers = [keras.Input((64,))] + [keras.layers.Dense(256, activation="relu") for _ in range(8)]
        model = keras.Sequential(layers + [keras.layers.Dense(1)])
        return model, (64,), 128
    model = keras.Sequential([
        keras.Input((32, 32, 3)),
        keras.layers.Conv2D(32, 3, activation="relu", padding="same"), keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(64, 3, activation="relu", padding="same"), keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(64, 3, activation="relu", padding="same"), keras.layers.MaxPooling2D(),
        keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10),
    ])
    return model, (32, 32, 3), 64


class StepTimer:
    def __init__(self):
        import keras

        class _T(keras.callbacks.Callback):
            def __init__(s):
                super().__init__()
                s.times = []

            def on_train_batch_begin(s, batch, logs=None):
                s.t0 = time.perf_counter()

            def on_train_batch_end(s, batch, logs=None):
                s.times.append(time.perf_counter() - s.t0)

        self.cb = _T()


class Model:
    """One compiled model and its data, shared by every config timed on it.

    Sharing the model and the arrays removes the bias of separate instances
    (memory placement alone moved a second plain instance by up to 5%).
    NanWatch restores Keras's own train function at the end of each fit.
    """

    def __init__(self, kind, jit=False):
        import keras
        import numpy as np

        keras.utils.set_random_seed(0)
        self.model, shape, self.batch = build(kind)
        loss = "mse" if kind == "mlp" else keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        self.model.compile(keras.optimizers.Adam(1e-3), loss, jit_compile=jit)
        rng = np.random.default_rng(0)
        n = self.batch * 64  # enough for the longest round
        self.x = rng.standard_normal((n,) + shape).astype("float32")
        self.y = rng.standard_normal((n, 1)).astype("float32") if kind == "mlp" else rng.integers(0, 10, (n,))


def make_case(kind, config, logdir, jit=False, shared=None):
    """Returns a function running `steps` training steps, and its callbacks' logdir.

    Returns:
      ``(run, run_dir)``: ``run(steps)`` returns the step times (s) of one fit.
    """
    import keras

    from tb_nanwatch import NanWatch

    m = shared or Model(kind, jit)
    run_dir = os.path.join(logdir, "%s-%s%s" % (kind, config, "-jit" if jit else ""))
    timer = StepTimer()
    cbs = [timer.cb]
    if config.startswith("nanwatch"):
        cbs.insert(0, NanWatch(run_dir, **watch_args(config)))
    elif config == "terminate_on_nan":
        cbs.insert(0, keras.callbacks.TerminateOnNaN())
    elif config == "tb_histograms":
        cbs.insert(0, keras.callbacks.TensorBoard(run_dir, histogram_freq=1))

    def run(steps):
        timer.cb.times = []
        n = steps * m.batch
        m.model.fit(m.x[:n], m.y[:n], batch_size=m.batch, epochs=1, verbose=0, shuffle=False, callbacks=cbs)
        return timer.cb.times[3:]  # skip the first steps (tracing)

    return run, run_dir


# Configurations that are the default watch with other arguments (issue 14).
WATCH_VARIANTS = {
    "nanwatch_skip": {"on_nonfinite": "skip"},
    "nanwatch_rollback": {"on_nonfinite": "rollback", "on_spike": "rollback"},  # snapshots every 100 steps
    "nanwatch_nokeep": {"keep_batch": 0},  # the default without the in-graph keep of a failing batch
    "nanwatch_full_nokeep": {"log_every": 1, "keep_batch": 0},
}


def watch_args(config):
    """`NanWatch` arguments of a configuration (`WATCH_VARIANTS`, ``log_every`` from the name)."""
    return dict({"log_every": log_every_of(config)}, **WATCH_VARIANTS.get(config, {}))


def log_every_of(config):
    """``nanwatch`` -> the default, ``nanwatch_full`` -> 1, ``nanwatch_every50`` -> 50."""
    from tb_nanwatch.hooks.callback import DEFAULT_LOG_EVERY

    if config == "nanwatch_full":
        return 1
    if config.startswith("nanwatch_every"):
        return int(config[len("nanwatch_every"):])
    return DEFAULT_LOG_EVERY


def dir_bytes(path):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2] if xs else float("nan")


def quartiles(xs):
    """First and third quartile (the spread of per-round ratios on a shared machine)."""
    xs = sorted(xs)
    return (xs[len(xs) // 4], xs[(3 * len(xs)) // 4]) if xs else (float("nan"), float("nan"))


def in_process(kind, configs, rounds, steps):
    """Interleaves the configs round by round, on one shared model per `jit` setting.

    Returns:
      ``(times, ratios, bytes_per_step)``: per config, the median step time
      (s), ``{"median": r, "mean": r, "iqr": (q1, q3)}`` ratios to the baseline timed in the
      same round (the median over rounds of the per-round ratio, which cancels
      the drift of a shared machine; "mean" counts every step, so it includes
      the logged steps that the median skips), and bytes written per step.
    """
    logdir = tempfile.mkdtemp(prefix="nanwatch-bench-")
    models = {jit: Model(kind, jit) for jit in {c.endswith("_jit") for c in configs}}
    cases = {c: make_case(kind, c.replace("_jit", ""), logdir, c.endswith("_jit"), models[c.endswith("_jit")])
             for c in configs}
    for run, _ in cases.values():
        run(8)  # warm up: trace and compile
    medians = {c: [] for c in configs}
    means = {c: [] for c in configs}
    for _ in range(rounds):
        for c in configs:
            t = cases[c][0](steps)
            medians[c].append(median(t))
            means[c].append(sum(t) / len(t))
    base = lambda c: "plain_jit" if c.endswith("_jit") else "plain"
    per_round = lambda per, c: [per[c][r] / per[base(c)][r] for r in range(rounds)]
    ratios = {c: {"median": median(per_round(medians, c)), "mean": median(per_round(means, c)),
                  "iqr": quartiles(per_round(medians, c))} for c in configs}
    result = {c: median(t) for c, t in medians.items()}
    bytes_per_step = {}
    for c in configs:
        if c.startswith("nanwatch"):
            total_steps = 8 + rounds * steps
            bytes_per_step[c] = dir_bytes(cases[c][1]) / total_steps
    return result, ratios, bytes_per_step


def paired(kind, configs, steps, burst=12, skip=2):
    """Alternates plain and NanWatch in short bursts, through Keras's own train functions.

    Rounds of whole `fit` calls leave +-5-10% of drift between configs on a
    shared 2-core VM; here every config runs ``burst`` steps in turn (in a
    shuffled order) on one model and one input pipeline, so drift cancels
    within a round. The first ``skip`` steps of a burst are not timed: a
    step pays for what the previous one left behind (alternating single
    steps hid 3-5% of NanWatch's cost in plain's steps). Only configs that
    live in the train function can be paired: ``plain_again`` and the
    NanWatch ones (not callbacks); ``*_jit`` configs run on a second model
    compiled with XLA and are paired against ``plain_jit``.

    Returns:
      ``{config: (median step time s, median ratio, (q1, q3))}``: per round,
      the ratio of the config's median step time to plain's.
    """
    import random

    import tensorflow as tf

    from tb_nanwatch import NanWatch
    from tb_nanwatch.hooks.rollback import KEEP

    functions, watches, restore = {}, [], []
    logdir = tempfile.mkdtemp(prefix="nanwatch-paired-")
    for jit in sorted({c.endswith("_jit") for c in configs} | {False}):
        m = Model(kind, jit)
        model = m.model
        data = tf.data.Dataset.from_tensor_slices((m.x, m.y)).batch(m.batch, drop_remainder=True)
        iterator = iter(data.repeat().prefetch(2))
        model.make_train_function()
        plain = model.train_function
        functions["plain_jit" if jit else "plain"] = (plain, iterator)
        for c in configs:
            if c.endswith("_jit") != jit or not (c == "plain_again" or c.startswith("nanwatch")):
                continue
            if c == "plain_again":
                model.make_train_function(force=True)
                functions[c] = (model.train_function, iterator)
                continue
            model.train_function = plain
            watch = NanWatch(os.path.join(logdir, c), **watch_args(c.replace("_jit", "")))
            watch.set_model(model)
            watch.on_train_begin()  # wraps model.train_function as fit would
            functions[c] = (model.train_function, iterator)
            watches.append(watch)
        restore.append((model, plain))
    for model, plain in restore:
        model.train_function = plain
    for fn, iterator in functions.values():
        for _ in range(25):  # trace, compile, warm up
            fn(iterator)
    rounds = max(1, steps // burst)
    times = {c: [[] for _ in range(rounds)] for c in functions}
    order = list(functions)
    rng = random.Random(0)
    for r in range(rounds):
        rng.shuffle(order)
        for c in order:
            fn, iterator = functions[c]
            for k in range(burst):
                t0 = time.perf_counter()
                logs = fn(iterator)
                {key: float(v) for key, v in logs.items()}  # as fit's callbacks would
                if k >= skip:
                    times[c][r].append(time.perf_counter() - t0)
    for watch in watches:
        if watch._snapshots is not None:
            print("%s: a rollback snapshot holds %.1f kB (weights and optimizer slots), %d held at most"
                  % (kind, watch._snapshots.nbytes / 1e3, KEEP), flush=True)
        watch.on_train_end()
    out = {}
    for c, per_round in times.items():
        base = times["plain_jit" if c.endswith("_jit") else "plain"]
        ratios = [median(t) / median(base[r]) for r, t in enumerate(per_round)]
        out[c] = (median([x for t in per_round for x in t]), median(ratios), quartiles(ratios))
    return out


def child(kind, tool, rounds, steps):
    """Runs in a child process: plain fit, then the same with a global debug tool on."""
    import tensorflow as tf

    run, _ = make_case(kind, "plain", tempfile.mkdtemp())
    run(8)
    base = median([median(run(steps)) for _ in range(rounds)])
    dump = tempfile.mkdtemp()
    if tool == "check_numerics":
        tf.debugging.enable_check_numerics()
    else:
        tf.debugging.experimental.enable_dump_debug_info(dump, tensor_debug_mode=tool, circular_buffer_size=1000)
    run2, _ = make_case(kind, "plain", tempfile.mkdtemp())
    run2(8)
    tooled = median([median(run2(steps)) for _ in range(rounds)])
    print(json.dumps({"base": base, "tool": tooled}))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", type=int, default=11)
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--models", default="mlp,cnn")
    p.add_argument("--no-children", action="store_true", help="skip check_numerics and Debugger V2")
    p.add_argument("--sweep", type=int, nargs="*", default=[10, 50, 100], help="extra log_every values to time")
    p.add_argument("--only", help="comma-separated configs to time (plain is always timed)")
    p.add_argument("--paired", type=int, default=0, metavar="STEPS",
                   help="also time plain and NanWatch alternating in bursts, STEPS steps each")
    p.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        return child(args.child[0], args.child[1], args.rounds, args.steps)
    configs = ["plain", "plain_again", "nanwatch", "nanwatch_full", "nanwatch_nokeep", "nanwatch_skip", "nanwatch_rollback", "plain_jit",
               "nanwatch_jit", "terminate_on_nan", "tb_histograms"]
    configs += ["nanwatch_every%d" % n for n in args.sweep]
    if args.only:
        chosen = [c for c in args.only.split(",") if c not in ("plain", "plain_jit")]
        configs = ["plain"] + (["plain_jit"] if any(c.endswith("_jit") for c in chosen) else []) + chosen
    rows, paired_rows = [], []
    for kind in args.models.split(","):
        if args.paired:
            for c, (t, ratio, iqr) in paired(kind, configs, args.paired).items():
                paired_rows.append((kind, c, t * 1e3, ratio, iqr))
        times, ratios, bps = in_process(kind, configs, args.rounds, args.steps)
        for c in configs:
            rows.append((kind, c, times[c] * 1e3, ratios[c]["median"], ratios[c]["mean"], ratios[c]["iqr"], bps.get(c)))
        if not args.no_children:
            for tool in ("check_numerics", "CURT_HEALTH"):
                out = subprocess.run([sys.executable, __file__, "--child", kind, tool, "--rounds", str(args.rounds),
                                      "--steps", str(args.steps)], capture_output=True, text=True)
                try:
                    r = json.loads(out.stdout.strip().splitlines()[-1])
                    rows.append((kind, tool, r["tool"] * 1e3, r["tool"] / r["base"], float("nan"), None, None))
                except (ValueError, IndexError, KeyError):
                    rows.append((kind, tool, float("nan"), float("nan"), float("nan"), None, None))
                    print("child %s failed:\n%s" % (tool, out.stderr[-2000:]), file=sys.stderr)
    print("\n%-5s %-20s %8s %9s %13s %9s %11s" % ("model", "config", "ms/step", "median", "(quartiles)", "mean",
                                                  "bytes/step"))
    for kind, c, ms, ratio, mean_ratio, iqr, bps in rows:
        spread = "" if iqr is None else "(%.2f-%.2f)" % iqr
        print("%-5s %-20s %8.3f %8.2fx %13s %8.2fx %11s" % (kind, c, ms, ratio, spread, mean_ratio,
                                                          "" if bps is None else "%.0f" % bps))
    if paired_rows:
        print("\npaired, in bursts of 12 steps (%d steps; ratio = median over rounds)" % args.paired)
        print("%-5s %-20s %8s %9s %13s" % ("model", "config", "ms/step", "median", "(quartiles)"))
        for kind, c, ms, ratio, iqr in paired_rows:
            print("%-5s %-20s %8.3f %8.3fx %13s" % (kind, c, ms, ratio, "(%.3f-%.3f)" % iqr))


if __name__ == "__main__":
    main()
