"""Long runs and many runs without training: a numpy generator of tb_nanwatch logs.

Writes runs shaped like the hook's logs of the benchmark MLP (8 x Dense(256)
on 64 features, the row layout `NanWatch` records for it, full statistics
every 20 steps, model facts, a data summary every `DATA_EVERY` steps), either
as the hook writes them now (schema 2, through `tb_nanwatch.resolution`) or
as it wrote them before (schema 1: every step's trace, every logged step's
statistics, a data summary every epoch).

Usage:
  python bench/longrun.py write --out /tmp/long --steps 1000000              # one healthy run
  python bench/longrun.py write --out /tmp/long --steps 1000000 --onset 900000
  python bench/longrun.py write --out /tmp/sweep --runs 200 --steps 10000    # a sweep
  python bench/longrun.py write ... --schema 1                                # the old format
  python bench/longrun.py train --out /tmp/real_mlp --steps 200000             # the real MLP, trained with the hook
  python bench/longrun.py compare --run /tmp/real_mlp                         # a real run's size vs the generator's
  python bench/longrun.py serve --logdir /tmp/long [--expect-steps N]         # TensorBoard on it: times, RSS

`serve` starts a real ``tensorboard`` and reports, counted from its first
answer (``tensorboard_up_s`` after its start), the time to our /runs' first
answer, to the overview's first diagnosed row and to every row; the time to
open a run (the tab's requests for one run view) and the peak RSS of the
TensorBoard process tree (its data server included).
"""

import argparse
import json
import os
import shutil
import sys
import time
import urllib.parse

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from backend import get, peak_rss_mb, start_tensorboard, stop  # noqa: E402

from tb_nanwatch import metadata, resolution  # noqa: E402
from tb_nanwatch.writer import RunWriter  # noqa: E402

LAYERS, UNITS, FEATURES, BATCH = 9, 256, 64, 128
LOG_EVERY, EPOCH_STEPS = 20, 1000


def mlp_rows():
    """The row layout `NanWatch` records for the benchmark MLP (`bench/overhead.py`, "mlp")."""
    names = ["dense"] + ["dense_%d" % i for i in range(1, LAYERS)]
    rows = [metadata.make_row("input/0", "input"), metadata.make_row("target/0", "target")]
    rows += [metadata.make_row(n + "/output", "activation", n, "relu" if i < LAYERS - 1 else "linear")
             for i, n in enumerate(names)]
    rows.append(metadata.make_row("loss", "loss"))
    for n in reversed(names):
        rows += [metadata.make_row(n + "/bias/grad", "gradient", n), metadata.make_row(n + "/kernel/grad", "gradient", n)]
    for n in names:
        rows += [metadata.make_row(n + "/kernel", "weight", n), metadata.make_row(n + "/bias", "weight", n)]
    return rows + [metadata.make_row("learning_rate", "scalar"), metadata.make_row("global_grad_norm", "scalar")]


def _sizes(rows):
    size = {"input": BATCH * FEATURES, "target": BATCH, "activation": BATCH * UNITS, "loss": 1, "scalar": 1}
    out = []
    for r in rows:
        if r["kind"] in ("gradient", "weight"):
            bias = "bias" in r["name"]
            last = r["layer"] == "dense_%d" % (LAYERS - 1)
            fan_in = FEATURES if r["layer"] == "dense" else UNITS
            out.append((1 if last else UNITS) if bias else fan_in * (1 if last else UNITS))
        else:
            out.append(size[r["kind"]] if r["kind"] != "activation" or not r["name"].startswith("dense_8") else BATCH)
    return np.array(out, np.float32)


class Run:
    """Synthesises one run's per-step trace and statistics (healthy, or NaN from ``onset``)."""

    def __init__(self, rows, steps, onset=None, seed=0):
        self.rows, self.steps, self.onset = rows, steps, onset
        self.rng = np.random.default_rng(seed)
        self.size = _sizes(rows)
        self.base = (0.5 + self.rng.random(len(rows))).astype(np.float32) * np.sqrt(self.size)
        self.kind = np.array([r["kind"] for r in rows])
        self.loss = rows.index(next(r for r in rows if r["kind"] == "loss"))
        self.lr = [r["name"] for r in rows].index("learning_rate")
        self.bad = [r["name"] for r in rows].index("dense_3/output")

    def trace(self, first, n):
        """``[n, R]`` trace values of steps ``first .. first + n - 1``."""
        t = np.arange(first, first + n, dtype=np.float64)[:, None]
        noise = 1 + 0.05 * self.rng.standard_normal((n, len(self.rows)))
        v = self.base * noise * np.where(self.kind == "gradient", 1 / (1 + t / 2e5), 1.0)
        v[:, self.loss] = (0.2 + 0.8 * np.exp(-t[:, 0] / 5e4)) * noise[:, self.loss]
        v[:, self.lr] = 1e-3
        if self.onset is not None:
            late = t[:, 0] >= self.onset
            v[late, self.bad:] = np.nan
            v[late, self.lr] = 1e-3
        return v.astype(np.float32)

    def stats(self, vector):
        """A plausible ``[R, len(STATS)]`` statistics matrix for one logged step."""
        m = np.full((len(self.rows), len(metadata.STATS)), np.nan, np.float32)
        col = metadata.STAT_INDEX
        m[:, col["size"]] = self.size
        bad = ~np.isfinite(vector)
        m[:, col["nan"]] = np.where(bad, self.size, 0)
        m[:, col["inf"]] = 0
        rms = vector / np.sqrt(self.size)
        m[:, col["l2"]] = vector
        m[:, col["max_abs"]] = 4 * rms
        m[:, col["min"]] = -4 * rms
        m[:, col["max"]] = 4 * rms
        m[:, col["mean"]] = 0.1 * rms
        m[:, col["std"]] = rms
        act = self.kind == "activation"
        m[act, col["zero_frac"]] = 0.45
        m[act, col["dead_frac"]] = 0.0
        m[act, col["min"]] = 0
        io = np.isin(self.kind, ("input", "target"))
        m[io, col["scale_spread"]] = 2.0
        m[self.kind == "weight", col["update_ratio"]] = 1e-3
        m[bad, col["min"]:] = np.nan
        return m


def model_facts(rows):
    names = sorted({r["layer"] for r in rows if r["layer"]}, key=lambda n: (len(n), n))
    layers = [{"name": n, "class": "Dense", "activation": "relu" if n != "dense_8" else "linear",
               "units": 1 if n == "dense_8" else UNITS, "output_shape": [None, 1 if n == "dense_8" else UNITS],
               "params": 0, "inbound": []} for n in names]
    return {"layers": layers, "outputs": ["dense_8"], "losses": [{"output": None, "name": "mse", "class": "str",
                                                                   "from_logits": None, "config": None}],
            "optimizer": {"class": "Adam", "learning_rate": 1e-3, "config": {"learning_rate": 1e-3}},
            "fit": {"epochs": None, "steps_per_epoch": EPOCH_STEPS}}


def data_summary(epochs):
    rng = np.random.default_rng(1)
    x = {"rows": 4096, "seen": 4096, "features": FEATURES, "dtype": "float32", "nonfinite": 0, "min": -4.1,
         "max": 4.2, "mean": 0.0, "std": 1.0, "integer": False, "values": None, "one_hot": False,
         "feature_mean": rng.normal(0, 0.02, FEATURES).tolist(), "feature_std": (1 + rng.normal(0, .02, FEATURES)).tolist()}
    y = dict(x, features=1, feature_mean=[0.0], feature_std=[1.0], constant={"mse": 1.0})
    return {"tensors": {"input/0": x, "target/0": y}, "epochs": resolution.thin_epochs(epochs), "batch_size": BATCH}


def write(path, steps, onset=None, schema=2, seed=0, chunk=1000, **resolution_args):
    """Writes one generated run to ``path``; returns its size in bytes.

    ``resolution_args`` (``head``, ``block``, ...) override `tb_nanwatch.resolution`'s defaults.
    """
    rows = mlp_rows()
    run = Run(rows, steps, onset, seed)
    writer = RunWriter(path, rows, flush_secs=3600)
    res = resolution.Resolution(writer, rows, lookahead=chunk, **resolution_args) if schema == 2 else None
    writer.write_model(0, model_facts(rows))
    epochs, data_step = [], None
    for first in range(0, steps, chunk):
        n = min(chunk, steps - first)
        vectors = run.trace(first, n)
        def stats(lo, hi):
            # as the hook: every LOG_EVERY steps, and every step holding a NaN/Inf (schema 1 wrote them all)
            for step in range(lo, hi):
                if step % LOG_EVERY == 0 or (onset is not None and onset <= step):
                    m = run.stats(vectors[step - first])
                    writer.write_stats(step, m) if schema == 1 else res.add_stats(step, m, regular=step % LOG_EVERY == 0)

        if schema == 1:
            for k in range(n):
                writer.write_trace(first + k, vectors[k])
            stats(first, first + n)
        else:  # as the hook: the steps up to the onset, the event, the steps after it
            cut = onset - first if onset is not None and first <= onset < first + n else n
            res.add(first, vectors[:cut])
            stats(first, first + cut)
            if cut < n:
                res.add(first + cut, vectors[cut:cut + 1])
                res.event(onset)
                res.add(first + cut + 1, vectors[cut + 1:])
                stats(first + cut, first + n)
        if onset is not None and first <= onset < first + n:
            writer.write_onset(metadata.onset_record(onset, "forward", rows[run.bad]["name"], rows[run.bad]["layer"]))
        for step in range(first, first + n):
            if (step + 1) % EPOCH_STEPS == 0:
                epochs.append({"epoch": len(epochs), "step": step + 1, "logs": {"loss": float(vectors[step - first, run.loss])}})
                if schema == 1 or data_step is None or step >= data_step + resolution.DATA_EVERY:
                    writer.write_data(step, data_summary(epochs))
                    data_step = step
    if res is not None:
        res.finish()
    writer.write_data(steps - 1, data_summary(epochs))
    writer.close()
    return dir_bytes(path)


def dir_bytes(path):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)


def cmd_write(args):
    shutil.rmtree(args.out, ignore_errors=True)
    t = time.time()
    total = 0
    for i in range(args.runs):
        path = args.out if args.runs == 1 else os.path.join(args.out, "run_%03d" % i)
        onset = args.onset if args.runs == 1 else (args.steps * 9 // 10 if i % 4 == 0 else None)
        sizes = {k: getattr(args, k) for k in ("head", "block") if getattr(args, k) is not None}
        total += write(path, args.steps, onset, args.schema, seed=i, **sizes)
    steps = args.runs * args.steps
    print(json.dumps({"out": args.out, "schema": args.schema, "head": args.head, "block": args.block, "runs": args.runs, "steps": args.steps,
                      "bytes": total, "bytes_per_step": round(total / steps, 1), "seconds": round(time.time() - t, 1)}))


def cmd_train(args):
    """Trains the benchmark MLP with `NanWatch` for ``--steps`` steps (epochs of `EPOCH_STEPS`), then compares."""
    import keras
    from overhead import build

    from tb_nanwatch import NanWatch

    shutil.rmtree(args.out, ignore_errors=True)
    keras.utils.set_random_seed(0)
    model, _, batch = build("mlp")
    model.compile(keras.optimizers.Adam(1e-3), "mse")
    rng = np.random.default_rng(0)
    x = rng.standard_normal((EPOCH_STEPS * batch, FEATURES)).astype("float32")
    y = (np.tanh(x[:, :8]).sum(axis=1, keepdims=True) + 0.1 * rng.standard_normal((len(x), 1))).astype("float32")
    t = time.time()
    model.fit(x, y, batch_size=batch, epochs=args.steps // EPOCH_STEPS, verbose=0, callbacks=[NanWatch(args.out)])
    print(json.dumps({"out": args.out, "steps": args.steps, "train_seconds": round(time.time() - t)}))
    cmd_compare(argparse.Namespace(run=args.out, out=None))


def cmd_compare(args):
    """Generates a run as long as the real one and compares their sizes."""
    from tb_nanwatch import reader
    provider, ctx = reader.open_logdir(os.path.dirname(os.path.abspath(args.run)))
    data = reader.read_run(provider, ctx, os.path.basename(os.path.abspath(args.run)))
    steps = int(data.block_steps[-1, 1]) + 1 if len(data.block_steps) else int(data.trace_steps[-1]) + 1
    real = dir_bytes(args.run)
    out = args.out or "/tmp/tb_nanwatch_compare"
    shutil.rmtree(out, ignore_errors=True)
    generated = write(out, steps, data.onset["step"] if data.onset else None)
    names = [r["name"] for r in data.rows]
    print(json.dumps({"steps": steps, "rows_real": len(names), "rows_generated": len(mlp_rows()),
                      "same_layout": names == [r["name"] for r in mlp_rows()],
                      "real_bytes_per_step": round(real / steps, 1),
                      "generated_bytes_per_step": round(generated / steps, 1),
                      "ratio": round(real / generated, 3)}))


def cmd_serve(args):
    t0 = time.time()
    proc, base = start_tensorboard(args.logdir, args.load_fast, args.pythonpath)
    out = {"logdir": args.logdir, "load_fast": args.load_fast, "plugin": args.pythonpath or "this checkout"}
    try:
        # TensorBoard's own start (imports, data server) first: our figures count from its first answer
        while get(base.rsplit("/plugin/", 1)[0] + "/plugins_listing")[0] != 200:
            assert proc.poll() is None and time.time() - t0 < args.timeout, "tensorboard did not start"
            time.sleep(0.1)
        t_up = time.time()
        runs = []
        out["tensorboard_up_s"] = round(t_up - t0, 2)
        while time.time() - t0 < args.timeout:
            assert proc.poll() is None, "tensorboard exited with %s" % proc.returncode
            status, body, _ = get(base + "/runs", timeout=args.timeout)
            now = time.time() - t_up
            if status == 200:
                out.setdefault("first_answer_s", round(now, 2))
                runs = body["runs"]
                ready = [r for r in runs if r.get("status") not in (None, "loading")]
                if ready:
                    out.setdefault("first_row_s", round(now, 2))
                    out.setdefault("first_rows", len(ready))
                done = len(ready) == len(runs) >= args.runs and all(
                    args.expect_steps is None or r["steps"] >= args.expect_steps for r in runs)
                if done:
                    out["all_rows_s"] = round(now, 2)
                    break
            time.sleep(0.2)
        out.setdefault("all_rows_s", None)  # not within --timeout
        ready = [r for r in runs if r.get("status") not in (None, "loading")]
        out["rows_at_end"] = "%d of %d listed" % (len(ready), len(runs))
        out["last_answer"] = "HTTP %s: %s" % (status, json.dumps(body)[:300])
        ready = [r for r in ready if r["status"] not in ("unreadable", "empty")]
        if not ready:
            out["peak_rss_total_mb"] = round(sum(peak_rss_mb(proc.pid).values()))
            print(json.dumps(out))
            return
        run = sorted(ready, key=lambda r: (r["status"] == "healthy", r["run"]))[0]["run"]
        q = "run=" + urllib.parse.quote(run)
        t = time.time()
        _, d, _ = get(base + "/diagnosis?" + q, timeout=args.timeout)
        _, tensors, _ = get(base + "/tensors?" + q, timeout=args.timeout)
        # what the tab asks for one run: the timeline, the heatmap, the per-layer charts (16 tensors a request)
        rows = tensors["rows"]
        tensor = lambda names: "".join("&tensor=" + urllib.parse.quote(n) for n in names)  # noqa: E731
        urls = ["/series?%s%s&points=2000" % (q, tensor(["loss", "global_grad_norm"])), "/heatmap?%s&buckets=200" % q]
        for kind, stats in (("activation", "&stat=min&stat=max&stat=mean"), ("gradient", ""), ("weight", "&stat=update_ratio")):
            names = [r["name"] for r in rows if r["kind"] == kind]
            urls += ["/series?%s%s%s&points=600" % (q, tensor(names[i:i + 16]), stats) for i in range(0, len(names), 16)]
        for url in urls:
            status, _, _ = get(base + url, timeout=args.timeout)
            assert status == 200, (url, status)
        out["open_run_s"] = round(time.time() - t, 2)
        out["open_run_requests"] = len(urls) + 2
        out["opened"] = {"run": run, "status": d["status"], "steps": d["steps"], "onset": d.get("onset")}
        rss = peak_rss_mb(proc.pid)
        out["peak_rss_mb"] = {k: round(v) for k, v in rss.items()}
        out["peak_rss_total_mb"] = round(sum(rss.values()))
    finally:
        stop(proc)
    print(json.dumps(out))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("--out", required=True)
    w.add_argument("--steps", type=int, default=1_000_000)
    w.add_argument("--runs", type=int, default=1)
    w.add_argument("--onset", type=int, default=None)
    w.add_argument("--schema", type=int, default=2, choices=[1, 2])
    w.add_argument("--head", type=int, default=None, help="steps logged per step from the start (schema 2)")
    w.add_argument("--block", type=int, default=None, help="steps per block summary (schema 2)")
    t = sub.add_parser("train")
    t.add_argument("--out", required=True)
    t.add_argument("--steps", type=int, default=200_000)
    c = sub.add_parser("compare")
    c.add_argument("--run", required=True)
    c.add_argument("--out", default=None)
    s = sub.add_parser("serve")
    s.add_argument("--logdir", required=True)
    s.add_argument("--runs", type=int, default=1)
    s.add_argument("--expect-steps", type=int, default=None)
    s.add_argument("--load_fast", default="auto", choices=["auto", "true", "false"])
    s.add_argument("--timeout", type=float, default=900)
    s.add_argument("--pythonpath", default=None, help="serve the plugin of another checkout (e.g. a worktree of the old code)")
    args = parser.parse_args(argv)
    {"write": cmd_write, "train": cmd_train, "compare": cmd_compare, "serve": cmd_serve}[args.cmd](args)


if __name__ == "__main__":
    main()
