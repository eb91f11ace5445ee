"""A logdir of many runs written without NanWatch, served by a real `tensorboard`: how fast the tab's overview fills.

Writes N runs the way Keras's TensorBoard callback lays them out (``run_k/train`` with
``epoch_loss``, ``epoch_learning_rate`` and 8 weight histograms per epoch, ``run_k/validation``
with ``epoch_loss``), with tensorboardX (no training: the loss falls, a quarter of the runs turn
NaN at a random epoch), starts ``tensorboard`` on it (the default loader) and times, from
TensorBoard's first answer: the first overview rows that are read, every row, opening a run.

Usage: python bench/foreign_scale.py [--runs 200] [--epochs 20] [--logdir DIR]
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import numpy as np

LAYERS = ("dense", "dense_1", "dense_2", "dense_3")


def write(logdir, runs, epochs, seed=0):
    from tensorboardX import SummaryWriter

    rng = np.random.default_rng(seed)
    for k in range(runs):
        bad = int(rng.integers(3, epochs)) if k % 4 == 0 else None
        train = SummaryWriter(os.path.join(logdir, "run_%03d" % k, "train"))
        val = SummaryWriter(os.path.join(logdir, "run_%03d" % k, "validation"))
        w = {l: rng.normal(size=(64, 64)) * 0.1 for l in LAYERS}
        for e in range(epochs):
            loss = 2.3 * np.exp(-0.1 * e) + 0.01 * rng.random()
            if bad is not None and e >= bad:
                loss = float("nan")
            train.add_scalar("epoch_loss", loss, e)
            train.add_scalar("epoch_learning_rate", 1e-3, e)
            val.add_scalar("epoch_loss", loss * 1.1, e)
            for l in LAYERS:
                w[l] = w[l] * 1.01
                if bad is None or e < bad:  # (tensorboardX raises on NaN values)
                    train.add_histogram("sequential/%s/kernel/histogram" % l, w[l], e, max_bins=30)  # 30 buckets, as Keras writes
                    train.add_histogram("sequential/%s/bias/histogram" % l, w[l][0], e, max_bins=30)
        train.close()
        val.close()


def _get(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return json.loads(r.read().decode("utf-8"))


def serve_and_time(logdir, runs):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = "http://127.0.0.1:%d" % port
    proc = subprocess.Popen([sys.executable, "-m", "tensorboard.main", "--logdir", logdir, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                _get(base + "/data/environment", 2)
                break
            except Exception:
                time.sleep(0.05)
        t0 = time.time()
        first = every = None
        while time.time() - t0 < 900:
            r = _get(base + "/data/plugin/tb_nanwatch/runs")
            ready = [x for x in r["runs"] if x["status"] != "loading"]
            if ready and first is None:
                first = (time.time() - t0, len(ready), len(r["runs"]))
            if len(r["runs"]) >= runs and not r["loading"]:
                every = time.time() - t0
                break
            time.sleep(0.2)
        t1 = time.time()
        name = r["runs"][0]["run"]
        for route in ("diagnosis", "tensors"):
            _get(base + "/data/plugin/tb_nanwatch/%s?run=%s" % (route, name))
        _get(base + "/data/plugin/tb_nanwatch/heatmap?run=%s&kind=weight&buckets=500" % name)
        _get(base + "/data/plugin/tb_nanwatch/series?run=%s&tensor=loss&stat=trace" % name)
        opened = time.time() - t1
        statuses = {}
        for x in r["runs"]:
            statuses[x["status"]] = statuses.get(x["status"], 0) + 1
        return {"first_rows_s": round(first[0], 2) if first else None, "first_rows": first[1] if first else 0,
                "listed": first[2] if first else 0, "every_row_s": round(every, 1) if every else None,
                "open_run_s": round(opened, 2), "statuses": statuses,
                "labels": sorted({(x.get("source") or {}).get("label") for x in r["runs"]} - {None})}
    finally:
        proc.terminate()
        proc.wait(10)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--logdir")
    args = ap.parse_args(argv)
    logdir = args.logdir or tempfile.mkdtemp(prefix="foreign_scale_")
    t = time.time()
    write(logdir, args.runs, args.epochs)
    print("wrote %d runs x %d epochs (8 weight histograms per epoch) in %.0fs: %s" % (args.runs, args.epochs, time.time() - t, logdir))
    print(json.dumps(serve_and_time(logdir, args.runs)))
    if not args.logdir:
        shutil.rmtree(logdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
