"""Per-fit cost: what each `fit()` call pays for the watch once the model is watched (issue 22, item 5).

Code that calls `fit` in a loop (schedules, GANs, cross-validation, tuners)
pays the watch's start and end on every call. One process, one model (the
`bench/overhead.py` CNN or MLP), one `NanWatch` reused: after a warm-up fit
each, plain fits (no callback) and watched fits of a few steps alternate, and
the per-fit cost is the median over rounds of (watched - plain) for the same
steps. Fits of two lengths (``--steps 1,8``) separate the fixed cost per
call (the intercept) from the steady cost per step (the slope). With ``--profile`` one more watched fit runs under cProfile and the
top entries by cumulative time are printed.

Usage: python bench/per_fit.py [--model cnn|mlp] [--rounds 25] [--steps 1,8] [--profile]
"""

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="cnn", choices=("cnn", "mlp"))
    ap.add_argument("--rounds", type=int, default=25)
    ap.add_argument("--steps", default="1,8", help="steps per fit: two lengths, comma-separated")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()

    import numpy as np
    import keras
    from overhead import build
    from tb_nanwatch import NanWatch

    keras.utils.set_random_seed(0)
    model, shape, batch = build(args.model)
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True) if args.model == "cnn" else "mse")
    rng = np.random.default_rng(0)
    lengths = [int(k) for k in args.steps.split(",")]
    n = batch * max(lengths)
    x = rng.normal(size=(n,) + shape).astype("float32")
    y = rng.integers(0, 10, n) if args.model == "cnn" else rng.normal(size=(n, 1)).astype("float32")
    watch = NanWatch(tempfile.mkdtemp(prefix="nanwatch-perfit-"))

    def fit(callbacks, steps):
        t = time.perf_counter()
        model.fit(x[: batch * steps], y[: batch * steps], batch_size=batch, epochs=1, verbose=0, shuffle=False,
                  callbacks=callbacks)
        return time.perf_counter() - t

    for k in lengths:  # warm-up: both train functions traced, for every length
        fit([], k), fit([watch], k), fit([], k), fit([watch], k)
    added = {k: [] for k in lengths}
    plain = {k: [] for k in lengths}
    for _ in range(args.rounds):
        for k in lengths:
            p = fit([], k)
            added[k].append(fit([watch], k) - p)
            plain[k].append(p)
    med = {k: 1e3 * float(np.median(added[k])) for k in lengths}
    for k in lengths:
        print("%s, %d step(s) per fit, %d rounds: plain %.1f ms per fit; the watch adds %.1f ms (quartiles %.1f-%.1f)" % (
            args.model, k, args.rounds, 1e3 * np.median(plain[k]), med[k], 1e3 * np.percentile(added[k], 25),
            1e3 * np.percentile(added[k], 75)))
    if len(lengths) == 2 and lengths[0] != lengths[1]:
        a, b = lengths
        slope = (med[b] - med[a]) / (b - a)
        print("fixed cost per fit call: %.1f ms; per step: %.2f ms" % (med[a] - slope * a, slope))
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        fit([watch], max(lengths))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(r"tb_nanwatch", 30)


if __name__ == "__main__":
    main()
