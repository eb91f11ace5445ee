"""Overhead of NanWatch in a custom JAX training loop (`jax_train_step`), against the plain `jax.jit` loop.

The loop of Keras's JAX guide (`stateless_call`, `jax.value_and_grad`,
`stateless_apply`) on the models of `bench/overhead.py`, with an MSE head.
Both steps are compiled and warmed up, then run in alternating bursts of
``--burst`` steps over ``--rounds`` rounds; the figure is the median of the
per-round ratios of burst times (with quartiles). Run it on an idle machine.

Usage: python bench/jax_loop_overhead.py [--models mlp,cnn] [--rounds 30] [--burst 20]
"""

import argparse
import os
import sys
import tempfile
import time

os.environ["KERAS_BACKEND"] = "jax"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def measure(kind, rounds, burst):
    import jax
    import keras
    import numpy as np

    from overhead import build
    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(0)
    model, shape, batch = build(kind)
    optimizer = keras.optimizers.Adam(1e-3)
    optimizer.build(model.trainable_variables)
    loss_fn = keras.losses.MeanSquaredError()
    rng = np.random.default_rng(0)
    data = (rng.normal(size=(batch,) + shape).astype("float32"),
            rng.normal(size=(batch, model.outputs[0].shape[-1])).astype("float32"))

    def make_step(value_and_grad):
        def compute_loss(trainable, non_trainable, x, y):
            y_pred, non_trainable = model.stateless_call(trainable, non_trainable, x, training=True)
            return loss_fn(y, y_pred), non_trainable

        grad_fn = value_and_grad(compute_loss)

        def train_step(state, data):
            trainable, non_trainable, opt_vars = state
            (loss, non_trainable), grads = grad_fn(trainable, non_trainable, *data)
            trainable, opt_vars = optimizer.stateless_apply(opt_vars, grads, trainable)
            return loss, (trainable, non_trainable, opt_vars)

        return train_step

    watch = NanWatch(tempfile.mkdtemp(prefix="nanwatch-jaxloop-")).attach(model, optimizer, loss=loss_fn)
    steps = {"plain": jax.jit(make_step(lambda f: jax.value_and_grad(f, has_aux=True))),
             "watched": watch.jax_train_step(make_step(watch.value_and_grad))}
    start = ([v.value for v in model.trainable_variables], [v.value for v in model.non_trainable_variables],
             [v.value for v in optimizer.variables])
    states = dict.fromkeys(steps, start)

    def run(name, n):
        t0 = time.perf_counter()
        for _ in range(n):
            loss, states[name] = steps[name](states[name], data)
        jax.block_until_ready(loss)
        return time.perf_counter() - t0

    for name in steps:
        run(name, 20)  # compile and warm up
    ratios, plain = [], []
    for _ in range(rounds):
        t = {name: run(name, burst) for name in steps}
        ratios.append(t["watched"] / t["plain"])
        plain.append(t["plain"] / burst)
    watch.close()
    return float(np.median(plain)), float(np.median(ratios)), tuple(np.percentile(ratios, [25, 75]))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--models", default="mlp,cnn")
    p.add_argument("--rounds", type=int, default=30)
    p.add_argument("--burst", type=int, default=20)
    args = p.parse_args()
    for kind in args.models.split(","):
        step, ratio, (q1, q3) = measure(kind, args.rounds, args.burst)
        print("%-4s plain %.2f ms/step; watched / plain %.3fx (quartiles %.3f-%.3f)" % (kind, 1e3 * step, ratio, q1, q3))


if __name__ == "__main__":
    main()
