"""Overhead of NanWatch on Keras's JAX or torch backend, against plain `fit` in the same process.

The models of `bench/overhead.py` (the MLP: 8 x Dense(256, relu), batch 128;
the CNN: three Conv2D with pooling, batch 64). For each: the first epoch of a
fresh model (tracing and compiling included), plain and watched; then the
steady state, plain and watched fits of one epoch alternated over several
rounds (drift mostly cancelled), as the median of the per-round ratios of
the epoch times, with their quartiles. Run it on an idle machine: on 2 shared
cores any other process makes these figures meaningless.

Usage: python bench/backend_overhead.py [--backend jax|torch] [--rounds 9] [--steps 60] [--models mlp,cnn]
                                       [--modes continue,skip]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time

# KERAS_BACKEND is read at the first `import keras`: take it from the command line before that.
os.environ["KERAS_BACKEND"] = sys.argv[sys.argv.index("--backend") + 1] if "--backend" in sys.argv else "jax"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402


def _data(shape, batch, steps, classes=10):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch * steps,) + shape).astype("float32")
    return x, rng.integers(0, classes, batch * steps)


def _model(kind):
    import keras

    from overhead import build

    keras.utils.set_random_seed(0)
    model, shape, batch = build(kind)
    if kind == "mlp":  # one output: a regression
        model.compile(keras.optimizers.Adam(1e-3), "mse")
    else:
        model.compile(keras.optimizers.Adam(1e-3), keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model, shape, batch


def _epoch(model, x, y, batch, callbacks):
    t = time.perf_counter()
    model.fit(x, y, batch_size=batch, epochs=1, shuffle=False, verbose=0, callbacks=callbacks)
    return time.perf_counter() - t


def bench(kind, mode, rounds, steps, logdir):
    from tb_nanwatch import NanWatch

    first = {}
    for name in ("plain", "watched"):
        model, shape, batch = _model(kind)
        x, y = _data(shape, batch, steps)
        if kind == "mlp":
            y = y.astype("float32")
        cbs = [NanWatch(os.path.join(logdir, "%s_%s_first" % (kind, mode)), on_nonfinite=mode)] if name == "watched" else []
        first[name] = _epoch(model, x, y, batch, cbs)
    plain, _, _ = _model(kind)
    watched, shape, batch = _model(kind)
    x, y = _data(shape, batch, steps)
    if kind == "mlp":
        y = y.astype("float32")
    watch = NanWatch(os.path.join(logdir, "%s_%s" % (kind, mode)), on_nonfinite=mode)
    _epoch(plain, x, y, batch, [])
    _epoch(watched, x, y, batch, [watch])  # compiled
    ratios = []
    for _ in range(rounds):
        a = _epoch(plain, x, y, batch, [])
        b = _epoch(watched, x, y, batch, [watch])
        ratios.append(b / a)
    q = statistics.quantiles(ratios, n=4)
    return first["watched"] / first["plain"], statistics.median(ratios), q[0], q[2], first


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--backend", default="jax", choices=("jax", "torch"))
    p.add_argument("--rounds", type=int, default=9)
    p.add_argument("--steps", type=int, default=60)
    p.add_argument("--models", default="mlp,cnn")
    p.add_argument("--modes", default="continue,skip")
    args = p.parse_args()
    logdir = tempfile.mkdtemp(prefix="nanwatch_%s_bench_" % args.backend)
    print("backend:", os.environ["KERAS_BACKEND"])
    print("%-4s %-9s %12s %14s %18s" % ("model", "mode", "first epoch", "steady median", "steady quartiles"))
    for kind in args.models.split(","):
        for mode in args.modes.split(","):
            first, med, lo, hi, raw = bench(kind, mode, args.rounds, args.steps, logdir)
            print("%-4s %-9s %11.2fx %13.3fx %9.3f-%.3fx   (first epoch %.2f s plain, %.2f s watched)"
                  % (kind, mode, first, med, lo, hi, raw["plain"], raw["watched"]))


if __name__ == "__main__":
    main()
