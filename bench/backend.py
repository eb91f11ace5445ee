"""Speed of the plugin backend inside a real TensorBoard process.

Writes synthetic logs with the numpy-only writer (50 small runs plus one run
of 200 tensors x 100,000 steps), starts ``tensorboard`` on them, and measures:
the time from start to the first /runs response and to the first one that
includes every run fully loaded, the latencies of /runs, /diagnosis, /series
and /heatmap once loaded, and the peak RSS of the TensorBoard process tree.

Targets: overview < 1 s once loaded, series < 300 ms, heatmap < 500 ms.

Usage:
  python bench/backend.py                      # default loader (Rust data server)
  python bench/backend.py --load_fast false    # the Python loader
  python bench/backend.py --logdir /tmp/nwbench --repeats 20

Logs are reused when ``--logdir`` already holds a complete set.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.writer import RunWriter

BIG_ROWS, BIG_STEPS, BIG_ONSET, BIG_LOG_EVERY, WINDOW = 200, 100_000, 77_777, 100, 10
SMALL_RUNS, SMALL_ROWS, SMALL_STEPS = 50, 24, 2_000
TARGETS_MS = {"/runs": 1000, "/series": 300, "/heatmap": 500}
KINDS = ["activation", "preactivation", "gradient", "weight"]


def rows_of(n):
    """A row layout of ``n`` rows: input, target, then layers' rows, loss, lr."""
    rows = [metadata.make_row("input/x", "input"), metadata.make_row("target/y", "target")]
    layer = 0
    while len(rows) < n - 2:
        kind = KINDS[len(rows) % len(KINDS)]
        name = {"activation": "dense_%d/output", "preactivation": "dense_%d/preactivation",
                "gradient": "dense_%d/kernel/grad", "weight": "dense_%d/kernel"}[kind] % layer
        rows.append(metadata.make_row(name, kind, "dense_%d" % layer, "relu" if kind == "activation" else None))
        layer += kind == "weight"
    rows += [metadata.make_row("loss", "loss"), metadata.make_row("learning_rate", "scalar")]
    return rows


def write_run(path, n_rows, steps, onset, seed):
    """Writes one synthetic run: smooth traces, stats every BIG_LOG_EVERY steps, NaN from ``onset``."""
    rows = rows_of(n_rows)
    rng = np.random.default_rng(seed)
    base = (1 + rng.random(n_rows)).astype(np.float32)
    w = RunWriter(path, rows, flush_secs=3600)
    stats = np.zeros((n_rows, len(metadata.STATS)), np.float32)
    stats[:, metadata.STAT_INDEX["size"]] = 64
    for step in range(steps):
        v = base * np.float32(1 + 1e-5 * step)
        if onset is not None and step >= onset:
            v[2:] = np.nan
        w.write_trace(step, v)
        if step % BIG_LOG_EVERY == 0 or (onset is not None and onset <= step <= onset + WINDOW):
            stats[:, metadata.STAT_INDEX["max_abs"]] = v / 4
            stats[:, metadata.STAT_INDEX["nan"]] = np.isnan(v) * 64
            w.write_stats(step, stats)
        if step == onset:
            w.write_onset(metadata.onset_record(step, "forward", rows[2]["name"], rows[2]["layer"]))
    w.close()


def make_logs(logdir):
    """Writes the benchmark logdir unless a complete one is there; returns seconds spent."""
    marker = os.path.join(logdir, ".complete")
    if os.path.exists(marker):
        return 0.0
    shutil.rmtree(logdir, ignore_errors=True)
    t = time.time()
    for i in range(SMALL_RUNS):
        write_run(os.path.join(logdir, "small/run_%02d" % i), SMALL_ROWS, SMALL_STEPS, 1_500 + i if i % 3 == 0 else None, i)
    write_run(os.path.join(logdir, "big"), BIG_ROWS, BIG_STEPS, BIG_ONSET, 999)
    open(marker, "w").close()
    return time.time() - t


def get(url, timeout=120):
    """Returns ``(status, json, seconds)``; status None when unreachable."""
    t = time.time()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            body = r.read()
            return r.status, json.loads(body), time.time() - t
    except urllib.error.HTTPError as e:
        return e.code, None, time.time() - t
    except (urllib.error.URLError, ConnectionError, OSError):
        return None, None, time.time() - t


def tree_pids(pid):
    """``pid`` and all its descendants (from /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def peak_rss_mb(pid):
    """Per-process peak RSS (VmHWM) in MB for the process tree of ``pid``."""
    out = {}
    for p in tree_pids(pid):
        try:
            with open("/proc/%d/status" % p) as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            name = fields["Name"].strip()
            out["%s[%d]" % (name, p)] = int(fields["VmHWM"].split()[0]) / 1024
        except (OSError, KeyError, ValueError):
            pass
    return out


def start_tensorboard(logdir, load_fast="auto", pythonpath=None):
    """Starts ``tensorboard`` on a free port in its own process group; returns ``(process, plugin base URL)``.

    ``pythonpath`` is put first on its PYTHONPATH (another checkout's plugin, for before/after figures).
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = shutil.which("tensorboard")
    cmd = ([exe] if exe else [sys.executable, "-m", "tensorboard.main"]) + [
        "--logdir", logdir, "--host", "127.0.0.1", "--port", str(port), "--load_fast=" + load_fast]
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (pythonpath, env.get("PYTHONPATH")) if p)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env)
    return proc, "http://127.0.0.1:%d/data/plugin/tb_nanwatch" % port


def stop(proc):
    """Stops the process group of ``proc`` (TensorBoard and its data server)."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def timed(url, repeats):
    times = []
    for _ in range(repeats):
        status, _, dt = get(url)
        assert status == 200, (url, status)
        times.append(dt * 1000)
    return times


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--logdir", default="/tmp/tb_nanwatch_bench")
    parser.add_argument("--load_fast", default="auto", choices=["auto", "true", "false"])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)

    wrote = make_logs(args.logdir)
    size_mb = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(args.logdir) for f in fs) / 2**20
    print("logs: %s (%.0f MB; %s)" % (args.logdir, size_mb, "written in %.0f s" % wrote if wrote else "reused"))

    t0 = time.time()
    proc, base = start_tensorboard(args.logdir, args.load_fast)
    rows = []
    try:
        first = loaded = None
        while time.time() - t0 < args.timeout:
            assert proc.poll() is None, "tensorboard exited with %s" % proc.returncode
            status, body, _ = get(base + "/runs")
            if status == 200:
                first = first or time.time() - t0
                runs = {r["run"]: r for r in body["runs"]}
                big = runs.get("big", {})
                if len(runs) == SMALL_RUNS + 1 and big.get("steps") == BIG_STEPS and all(r["steps"] for r in runs.values()):
                    loaded = time.time() - t0
                    break
            time.sleep(0.5)
        assert loaded, "runs not loaded within %.0f s" % args.timeout
        assert big["onset"]["step"] == BIG_ONSET and not big["sampled"], big

        tensors = [r["name"] for r in get(base + "/tensors?run=big")[1]["rows"]]
        one = "&tensor=" + tensors[2]
        three = "".join("&tensor=" + t for t in tensors[2:5])
        cases = [
            ("/runs", "/runs", "51 runs"),
            ("/diagnosis", "/diagnosis?run=big", "big run"),
            ("/series", "/series?run=big%s&points=1000" % one, "1 tensor, trace, 100k steps -> 1000 pts"),
            ("/series", "/series?run=big%s&stat=trace&stat=max_abs&points=2000" % three, "3 tensors x 2 stats, 2000 pts"),
            ("/series", "/series?run=big%s&start=70000&end=80000&points=500" % one, "1 tensor, 10k-step window"),
            ("/heatmap", "/heatmap?run=big&buckets=200", "200 tensors x 200 buckets, 100k steps"),
            ("/heatmap", "/heatmap?run=big&buckets=500&start=70000&end=90000", "200 x 500, 20k-step window"),
            ("/heatmap", "/heatmap?run=big&buckets=200&kind=gradient", "gradient rows only"),
        ]
        for route, url, what in cases:
            times = timed(base + url, args.repeats)
            rows.append((route, what, statistics.median(times), max(times), TARGETS_MS.get(route)))
        rss = peak_rss_mb(proc.pid)
    finally:
        stop(proc)

    print("\ntensorboard --load_fast=%s, %d runs (%d x %d steps + %d x %d)" % (
        args.load_fast, SMALL_RUNS + 1, BIG_ROWS, BIG_STEPS, SMALL_RUNS, SMALL_STEPS))
    print("first /runs response after start: %6.1f s" % first)
    print("every run loaded and diagnosed:   %6.1f s" % loaded)
    print("\n%-11s %-42s %10s %10s %10s  %s" % ("route", "request", "median ms", "max ms", "target ms", "ok"))
    for route, what, med, worst, target in rows:
        ok = "" if target is None else ("yes" if med < target else "NO")
        print("%-11s %-42s %10.1f %10.1f %10s  %s" % (route, what, med, worst, target or "-", ok))
    print("\npeak RSS (VmHWM) of the TensorBoard process tree:")
    for name, mb in sorted(rss.items()):
        print("  %-34s %8.0f MB" % (name, mb))
    print("  %-34s %8.0f MB (sum of per-process peaks)" % ("total", sum(rss.values())))
    return 0 if all(t is None or m < t for _, _, m, _, t in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
