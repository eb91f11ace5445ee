"""Diagnosis benchmark: demo scenarios and randomised variants, scored.

Trains every demo scenario (broken and fixed) under randomised seeds, sizes,
learning rates and depths with `NanWatch`, diagnoses each run with
`tb_nanwatch.analysis.diagnose_logdir`, and checks the targets of issue 3:

* the onset step exact on every non-finite run (against the onset planted in
  the data where the scenario knows it: the first batch holding a NaN or a
  zero count; else against the hook's latched ``watch.onset``);
* the origin layer right where one layer is to blame;
* the expected cause ranked first on >= 90% of failing runs, in the top 3 on all;
* no cause scored >= 0.5 and no onset on any healthy run.

Prints a confusion table (expected cause x top cause). Trainings are cached
under ``--logdir`` (a ``.done`` marker per run), so re-scoring after a rule
change is fast; ``--retrain`` starts over.

Usage:
  python bench/diagnosis.py [--variants 3] [--logdir bench/out/diagnosis] [--json out.json]
"""

import argparse
import collections
import json
import os
import shutil
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Knob ranges per scenario; variant 0 is the demo default, later ones are drawn from these.
RANGES = {
    "unscaled_features": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[0.003, 0.01, 0.02], scale_decades=[3, 4, 5], n=[256, 512, 1024]),
    "exploding_gradients": dict(units=[16, 32], depth=[5, 6, 7, 8], gain=[2.4, 3.0, 4.0], lr=[0.003, 0.01, 0.03]),
    "mse_outlier_targets": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[0.02, 0.03, 0.05], outlier=[3e4, 1e5, 1e6]),
    "nan_inputs": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3], n=[256, 512, 1024]),
    "nan_target": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3], n=[256, 512, 1024]),
    "log0_crossentropy": dict(units=[8, 16, 32], depth=[1, 2], lr=[0.03, 0.05, 0.1], input_scale=[3.0, 5.0, 8.0]),
    "learning_rate_too_high": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[0.5, 1.0, 2.0]),
    "log_layer": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3], rate=[3.0, 4.0, 6.0]),
    "dead_relu": dict(units=[8, 16, 32], depth=[1, 2, 3], bias=[-3.0, -4.0, -6.0], lr=[1e-3, 3e-3]),
    "saturated_sigmoid": dict(units=[8, 16, 32], depth=[1, 2, 3], init_std=[5.0, 8.0, 12.0], lr=[0.01, 0.05]),
    "softmax_one_unit": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3, 1e-2], n=[256, 512, 1024]),
    "sigmoid_on_large_targets": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-2, 3e-2, 5e-2], n=[512, 1024]),
    "lr_spike": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3, 1e-2], factor=[300.0, 1000.0, 3000.0], at=[120, 200, 250]),
    "healthy_regression": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3, 1e-2], n=[256, 512, 1024]),
    "healthy_classifier": dict(units=[8, 16, 32], depth=[1, 2, 3], lr=[1e-3, 3e-3, 1e-2], n=[256, 512, 1024]),
}


def plan(variants, seed=0):
    """Returns ``[(run name, scenario, fixed, seed, params)]`` for every run to train."""
    from demo import scenarios

    rng = np.random.default_rng(seed)
    runs = []
    for name, sc in scenarios.SCENARIOS.items():
        for v in range(variants):
            params = {} if v == 0 else {k: vals[int(rng.integers(len(vals)))] for k, vals in RANGES[name].items()}
            run_seed = 1000 * v + 7
            for fixed in (False, True) if sc.has_fix else (False,):
                label = "%s/v%d/%s" % (name, v, ("fixed" if fixed else "broken") if sc.has_fix else "run")
                runs.append((label, name, fixed, run_seed, params))
    return runs


def train_all(runs, logdir, retrain=False):
    """Trains what is not cached yet; returns ``{run: {"onset", "truth", "params", "seconds"}}``."""
    import tensorflow as tf

    from demo import scenarios

    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    meta = {}
    for k, (label, name, fixed, seed, params) in enumerate(runs):
        run_dir = os.path.join(logdir, label)
        marker = os.path.join(run_dir, ".done")
        if not retrain and os.path.exists(marker):
            cached = json.load(open(marker))
            # A broken run that latched nothing needs its epoch losses to be judged.
            unjudged = (not fixed and scenarios.SCENARIOS[name].status == "nonfinite"
                        and cached.get("onset") is None and "epoch_losses" not in cached)
            if cached.get("params") == json.loads(json.dumps(params)) and not unjudged:
                meta[label] = cached
                continue
        shutil.rmtree(run_dir, ignore_errors=True)
        t = time.time()
        onset, truth, losses = scenarios.run(name, run_dir, fixed=fixed, seed=seed, return_truth=True, **params)
        info = {"onset": onset, "truth": truth, "epoch_losses": losses, "params": params, "seconds": round(time.time() - t, 1)}
        os.makedirs(run_dir, exist_ok=True)
        json.dump(info, open(marker, "w"))
        meta[label] = info
        print("[%d/%d] %-40s %5.1fs onset=%s" % (k + 1, len(runs), label, info["seconds"], onset), flush=True)
        tf.keras.backend.clear_session()
    return meta


def _diverged(losses):
    """Ground truth from Keras's epoch losses: non-finite, or grown 10x."""
    if not losses:
        return False
    losses = np.asarray(losses, float)
    return bool(not np.isfinite(losses).all() or losses[-1] >= 10 * losses[0])


def _learnt(losses):
    """Ground truth from Keras's epoch losses: the last epoch at least 10% below the first."""
    losses = np.asarray(losses or [], float)
    return bool(len(losses) >= 2 and np.isfinite(losses).all() and losses[-1] <= 0.9 * losses[0])


def score(runs, meta, diagnoses):
    """Scores every run against its scenario; returns ``(rows, summary)``."""
    from demo import scenarios

    rows = []
    for label, name, fixed, _, params in runs:
        sc = scenarios.SCENARIOS[name]
        d = diagnoses.get(label)
        healthy_expected = fixed or sc.cause is None
        expected = "healthy" if healthy_expected else sc.cause
        row = {"run": label, "expected": expected, "expected_status": "healthy" if healthy_expected else sc.status}
        if d is None:
            row.update(status="missing", top=None, top3=[], ok=False)
            rows.append(row)
            continue
        latched = (meta.get(label) or {}).get("onset")
        if not healthy_expected and sc.status == "nonfinite" and latched is None and not _diverged((meta.get(label) or {}).get("epoch_losses")):
            # The variant never failed (the hook latched nothing and Keras's
            # epoch losses stayed finite and did not grow 10x): a scenario
            # range problem, not a diagnosis one. Listed, not scored.
            row.update(status=d["status"], top=None, top3=[], ok=None, not_reproduced=True)
            rows.append(row)
            continue
        losses = (meta.get(label) or {}).get("epoch_losses")
        stall_fix_failed = sc.status == "stalled" and not _learnt(losses)
        if healthy_expected and fixed and (latched is not None or _diverged(losses) or stall_fix_failed):
            # The fix did not hold for this variant (the hook latched an onset, the
            # loss blew up, or the fix of a stalled scenario still did not learn: a
            # run the diagnosis rightly calls stalled): the scenario's fault, listed,
            # not scored. (Mean epoch losses judge learning only there: under Huber
            # a few outlier targets hold the mean flat while the model learns.)
            row.update(status=d["status"], top=None, top3=[], ok=None, not_reproduced=True, fix_failed=True)
            rows.append(row)
            continue
        causes = d["causes"]
        strong = [c for c in causes if c["score"] >= 0.5]
        row.update(status=d["status"], onset=d["onset"], top=causes[0]["id"] if causes else None,
                   top3=[c["id"] for c in causes[:3]], top_score=causes[0]["score"] if causes else 0.0)
        if healthy_expected:
            row["predicted"] = "healthy" if not strong and d["onset"] is None else (strong[0]["id"] if strong else "onset")
            row["ok"] = row["predicted"] == "healthy" and d["status"] == "healthy"
        else:
            row["predicted"] = row["top"] if d["status"] != "healthy" else "healthy"
            if row["predicted"] in sc.also:  # just as right: the fix addresses both
                row["predicted"] = expected
            row["status_ok"] = d["status"] in (sc.status, "diverging") if sc.status == "nonfinite" and latched is None else d["status"] == sc.status
            row["ok"] = row["predicted"] == expected
            row["top3_ok"] = d["status"] != "healthy" and bool({expected, *sc.also} & set(row["top3"]))
        if d["status"] == "nonfinite":
            truth = meta[label].get("truth") or {}
            latched = meta[label].get("onset") or {}
            ref = truth.get("step", latched.get("step"))
            row["onset_exact"] = d["onset"] is not None and d["onset"]["step"] == ref
            if truth.get("layer") is not None or "layer" in truth:
                row["origin_ok"] = d["onset"] is not None and d["onset"]["layer"] == truth.get("layer") and d["onset"]["phase"] == truth["phase"]
        rows.append(row)
    skipped = [r for r in rows if r.get("not_reproduced")]
    rows = [r for r in rows if not r.get("not_reproduced")]
    failing = [r for r in rows if r["expected"] != "healthy"]
    healthy = [r for r in rows if r["expected"] == "healthy"]
    nonfinite = [r for r in rows if "onset_exact" in r]
    origin = [r for r in rows if "origin_ok" in r]
    summary = {
        "runs": len(rows),
        "failing_runs": len(failing),
        "healthy_runs": len(healthy),
        "top1": sum(r["ok"] for r in failing) / max(1, len(failing)),
        "top3": sum(r.get("top3_ok", False) for r in failing) / max(1, len(failing)),
        "status_right": sum(r.get("status_ok", r["status"] == r["expected_status"]) for r in rows) / max(1, len(rows)),
        "healthy_clean": sum(r["ok"] for r in healthy) / max(1, len(healthy)),
        "onset_exact": sum(r["onset_exact"] for r in nonfinite) / max(1, len(nonfinite)),
        "nonfinite_runs": len(nonfinite),
        "origin_right": sum(r["origin_ok"] for r in origin) / max(1, len(origin)),
        "origin_runs": len(origin),
        "not_reproduced": [r["run"] for r in skipped],
    }
    return rows, summary


def confusion(rows):
    """Renders an expected x predicted table of counts."""
    labels = sorted({r["expected"] for r in rows} | {r.get("predicted") or "none" for r in rows})
    counts = collections.Counter((r["expected"], r.get("predicted") or "none") for r in rows)
    short = {l: l[:10] for l in labels}
    width = max(len(l) for l in labels)
    out = ["%-*s | %s" % (width, "expected \\ top", " ".join("%10s" % short[l] for l in labels))]
    out.append("-" * len(out[0]))
    for e in labels:
        if not any(r["expected"] == e for r in rows):
            continue
        out.append("%-*s | %s" % (width, e, " ".join("%10s" % (counts[(e, p)] or ".") for p in labels)))
    return "\n".join(out)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--variants", type=int, default=3, help="variants per scenario (variant 0 = demo defaults)")
    p.add_argument("--logdir", default="bench/out/diagnosis")
    p.add_argument("--retrain", action="store_true")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", help="write rows and summary here")
    args = p.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    from tb_nanwatch.analysis import diagnose_logdir

    runs = plan(args.variants, args.seed)
    meta = train_all(runs, args.logdir, args.retrain)
    t = time.time()
    result = diagnose_logdir(args.logdir)
    elapsed = time.time() - t
    diagnoses = {d["run"]: d for d in result["runs"]}
    rows, summary = score(runs, meta, diagnoses)
    summary["analysis_seconds_all_runs"] = round(elapsed, 2)

    print()
    print(confusion(rows))
    print()
    bad = [r for r in rows if not r["ok"] or r.get("onset_exact") is False or r.get("origin_ok") is False]
    for r in bad:
        print("MISS %-42s expected %-24s status %-9s top3 %s onset %s" % (r["run"], r["expected"], r["status"], r["top3"], r.get("onset")))
    print()
    targets = [
        ("scored runs >= 60", summary["runs"] >= 60, summary["runs"]),
        ("onset exact on every non-finite run", summary["onset_exact"] == 1.0, "%.0f%% of %d" % (100 * summary["onset_exact"], summary["nonfinite_runs"])),
        ("origin layer right where one layer is to blame", summary["origin_right"] == 1.0, "%.0f%% of %d" % (100 * summary["origin_right"], summary["origin_runs"])),
        ("right cause first on >= 90% of failing runs", summary["top1"] >= 0.9, "%.1f%% of %d" % (100 * summary["top1"], summary["failing_runs"])),
        ("right cause in the top 3 on all failing runs", summary["top3"] == 1.0, "%.1f%%" % (100 * summary["top3"])),
        ("healthy runs: no cause >= 0.5, no onset", summary["healthy_clean"] == 1.0, "%.1f%% of %d" % (100 * summary["healthy_clean"], summary["healthy_runs"])),
    ]
    for name, ok, figure in targets:
        print("%-4s %-50s %s" % ("PASS" if ok else "FAIL", name, figure))
    if summary["not_reproduced"]:
        print("not scored (a broken variant that never failed, or a fix that did not hold): %s" % ", ".join(summary["not_reproduced"]))
    print("status right on %.1f%% of runs; diagnosing all %d runs took %.2f s" % (100 * summary["status_right"], summary["runs"], elapsed))
    if args.json:
        json.dump({"summary": summary, "rows": rows}, open(args.json, "w"), indent=1, default=str)
    return 0 if all(ok for _, ok, _ in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
