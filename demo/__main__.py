"""``python -m demo --logdir demo/logs``: trains every demo scenario into one logdir.

Each scenario writes ``<logdir>/<scenario>/broken`` and ``<logdir>/<scenario>/fixed``
(healthy scenarios: ``<logdir>/<scenario>``). Runs finished by an earlier invocation are
skipped; a half-written one is trained again.
"""

import argparse
import os
import shutil
import sys
import time


def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m demo", description=__doc__.splitlines()[0])
    p.add_argument("--logdir", default="demo/logs")
    p.add_argument("--only", nargs="*", metavar="SCENARIO", help="train only these scenarios")
    p.add_argument("--threads", type=int, default=1, help="TensorFlow CPU threads (default 1: the demo is tiny)")
    args = p.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    import tensorflow as tf

    from demo import scenarios

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(args.threads)
    names = args.only or list(scenarios.SCENARIOS)
    unknown = [n for n in names if n not in scenarios.SCENARIOS]
    if unknown:
        p.error("unknown scenario(s) %s; known: %s" % (", ".join(unknown), ", ".join(scenarios.SCENARIOS)))
    for name in names:
        sc = scenarios.SCENARIOS[name]
        for variant in ("broken", "fixed") if sc.has_fix else ("",):
            run_dir = os.path.join(args.logdir, name, variant) if variant else os.path.join(args.logdir, name)
            if scenarios.finished(run_dir):
                print("%-24s %-6s already trained" % (name, variant))
                continue
            shutil.rmtree(run_dir, ignore_errors=True)
            t = time.time()
            onset = scenarios.run(name, run_dir, fixed=variant == "fixed")
            scenarios.mark_finished(run_dir, repr(onset))
            print("%-24s %-6s %5.1fs  onset: %s" % (name, variant, time.time() - t, onset), flush=True)
    print("logs in %s; diagnose them with: python -m tb_nanwatch report %s" % (args.logdir, args.logdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
