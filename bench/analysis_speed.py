"""Speed of the whole diagnosis on a large run: 197 tensors x 100,000 steps (synthetic, no training).

Moved out of the test suite (issue 20): a wall-clock assertion on a shared 2-core
machine measures the load, not the code. This prints the figures, and the
ratio of the two runs, for a quiet machine.

Usage:
  python bench/analysis_speed.py [--steps 100000] [--layers 32] [--repeat 3]
"""

import argparse
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=100_000)
    p.add_argument("--layers", type=int, default=32)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)

    from analysis_synth import Synth
    from tb_nanwatch.analysis import diagnose

    failing = Synth(steps=args.steps, n_layers=args.layers, log_every=20)
    failing.go_nonfinite(int(args.steps * 0.9), "dense_%d/output" % min(20, args.layers - 1))
    runs = {"non-finite": failing.data(), "healthy": Synth(steps=args.steps, n_layers=args.layers, log_every=20).data()}
    best = {}
    for name, data in runs.items():
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            d = diagnose(data)
            times.append(time.perf_counter() - t)
        best[name] = min(times)
        print("%-10s %d tensors x %d steps: best %.2f s of %d (status %s, onset %s)" % (
            name, data.trace.shape[1], data.trace.shape[0], best[name], args.repeat, d["status"],
            (d["onset"] or {}).get("step")))
    print("non-finite / healthy: %.2f" % (best["non-finite"] / best["healthy"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
