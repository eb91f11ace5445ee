"""Shared helpers of the plugin tests: fixture runs and TensorBoard apps.

Fixture runs are written with the numpy-only `tb_nanwatch.writer.RunWriter`,
and read back through TensorBoard's real data providers (no mocks).
"""

import argparse
import os
import socket

import numpy as np

from tb_nanwatch import metadata, resolution, spikes
from tb_nanwatch.writer import RunWriter

ROWS = [
    metadata.make_row("input/x", "input"),
    metadata.make_row("target/y", "target"),
    metadata.make_row("dense/preactivation", "preactivation", "dense"),
    metadata.make_row("dense/output", "activation", "dense", "relu"),
    metadata.make_row("dense_1/output", "activation", "dense_1", None),
    metadata.make_row("loss", "loss"),
    metadata.make_row("dense_1/kernel/grad", "gradient", "dense_1"),
    metadata.make_row("dense/kernel/grad", "gradient", "dense"),
    metadata.make_row("dense/kernel", "weight", "dense"),
    metadata.make_row("learning_rate", "scalar"),
]
BAD_ROW = 3  # dense/output goes non-finite first at the onset


def stats_matrix(trace_vec):
    """A plausible ``[R, len(STATS)]`` statistics matrix for one step."""
    m = np.full((len(trace_vec), len(metadata.STATS)), np.nan, np.float32)
    fin = np.isfinite(trace_vec)
    m[:, metadata.STAT_INDEX["size"]] = 8
    m[:, metadata.STAT_INDEX["nan"]] = np.isnan(trace_vec) * 8
    m[:, metadata.STAT_INDEX["inf"]] = np.isinf(trace_vec) * 8
    m[:, metadata.STAT_INDEX["max_abs"]] = np.where(fin, np.abs(trace_vec) / 2, np.nan)
    m[:, metadata.STAT_INDEX["mean"]] = np.where(fin, trace_vec / 4, np.nan)
    return m


def trace_at(step, n_rows, onset=None, grow=0.0, seed=0):
    """Trace vector of ``step``: smooth positive values, NaN/Inf from the onset."""
    rng = np.random.default_rng(seed * 1_000_003 + step)
    v = (1.0 + 0.1 * rng.random(n_rows)) * np.exp(grow * step)
    if onset is not None and step >= onset:
        v[BAD_ROW] = np.inf if step == onset else np.nan
        v[BAD_ROW + 1 :] = np.nan
    return v.astype(np.float32)


def write_run(logdir, name, steps, onset=None, log_every=10, window=20, rows=ROWS, grow=0.0, seed=0, spike=None):
    """Writes one synthetic run; returns its directory.

    Args:
      logdir: the TensorBoard logdir.
      name: run name (sub-directory).
      steps: number of steps.
      onset: first non-finite step, or None for a healthy run.
      log_every: statistics every this many steps (and every step of the window after the onset).
      spike: ``(step, value)`` put on row 0 of the trace.
    """
    path = os.path.join(logdir, name)
    w = RunWriter(path, rows, flush_secs=3600)
    for step in range(steps):
        v = trace_at(step, len(rows), onset, grow, seed)
        if spike is not None and step == spike[0]:
            v[0] = spike[1]
        w.write_trace(step, v)
        if step % log_every == 0 or (onset is not None and onset <= step <= onset + window):
            w.write_stats(step, stats_matrix(v))
        if onset is not None and step == onset:
            w.write_onset(metadata.onset_record(step, "forward", rows[BAD_ROW]["name"], rows[BAD_ROW]["layer"]))
    w.close()
    return path


LOSS = [r["name"] for r in ROWS].index("loss")
CHUNK = 32  # the hook reads its trace ring every 32 steps


def write_resolved(path, steps, onset=None, spike_at=None, log_every=10, chunk=CHUNK, **kw):
    """Writes a schema 2 run through `Resolution`, in chunks the size the hook hands over; returns the `Resolution`.

    The loss row is ~1 (50 for the `spikes.PERSIST` steps from ``spike_at``); NaN from ``onset`` as in `write_run`.
    """
    w = RunWriter(path, ROWS, flush_secs=3600)
    res = resolution.Resolution(w, ROWS, first_step=0, lookahead=chunk, **kw)
    for first in range(0, steps, chunk):
        n = min(chunk, steps - first)
        vectors = np.stack([trace_at(s, len(ROWS), onset) for s in range(first, first + n)])
        vectors[:, LOSS] = 1.0 + 0.01 * np.sin(np.arange(first, first + n))
        if spike_at is not None:
            for s in range(max(first, spike_at), min(first + n, spike_at + spikes.PERSIST)):
                vectors[s - first, LOSS] = 50.0
        res.add(first, vectors)
        if onset is not None and first <= onset < first + n:  # as the hook: the event, then the statistics
            res.event(onset)
            w.write_onset(metadata.onset_record(onset, "forward", ROWS[3]["name"], ROWS[3]["layer"]))
        for s in range(first, first + n):
            if s % log_every == 0 or (onset is not None and onset <= s):
                res.add_stats(s, stats_matrix(vectors[s - first]), regular=s % log_every == 0)
    res.finish()
    w.close()
    return res


def flags(logdir, **overrides):
    """TensorBoard's parsed default flags for ``logdir``, after every loader's `fix_flags`."""
    from tensorboard import program
    from tensorboard.plugins.core import core_plugin
    from tb_nanwatch.plugin.loader import NanWatchLoader

    tb = program.TensorBoard(plugins=[core_plugin.CorePluginLoader, NanWatchLoader])
    tb.configure(argv=["tensorboard", "--logdir", logdir], **overrides)
    return tb.flags


def python_provider(logdir, flag_values):
    """The Python loader's data provider over ``logdir``, fully loaded."""
    from tensorboard.backend.event_processing import data_ingester

    ingester = data_ingester.LocalDataIngester(flag_values)
    ingester._multiplexer.AddRunsFromDirectory(logdir)
    ingester._multiplexer.Reload()
    return ingester


def app(logdir, provider, flag_values=None):
    """The standard TensorBoard WSGI app (core plugin + ours) over ``provider``."""
    from tensorboard.backend import application
    from tensorboard.plugins.core import core_plugin
    from tb_nanwatch.plugin.loader import NanWatchLoader

    flag_values = flag_values or flags(logdir)
    return application.TensorBoardWSGIApp(flag_values, [core_plugin.CorePluginLoader(include_debug_info=False), NanWatchLoader()], provider)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def namespace(**kw):
    return argparse.Namespace(**kw)


PREFIX = "/data/plugin/tb_nanwatch"


def start_ingester(logdir, load_fast, **overrides):
    """Starts TensorBoard's own data ingester for ``logdir`` (``load_fast`` "true" = Rust, "false" = Python).

    Returns ``(flags, ingester)``; the Rust data server exits with the test process.
    """
    from tensorboard import program
    from tensorboard.plugins.core import core_plugin
    from tb_nanwatch.plugin.loader import NanWatchLoader

    tb = program.TensorBoard(plugins=[core_plugin.CorePluginLoader, NanWatchLoader])
    tb.configure(argv=["tensorboard", "--logdir", logdir], load_fast=load_fast, **overrides)
    return tb.flags, tb._make_data_ingester()


def wait_for(fn, timeout=30.0, interval=0.2):
    """Calls ``fn`` until it returns a truthy value; returns it (AssertionError on timeout)."""
    import time

    deadline = time.time() + timeout
    while True:
        value = fn()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError("condition not met within %.0f s (last value %r)" % (timeout, value))
        time.sleep(interval)


def run_names(client):
    r = client.get(PREFIX + "/runs")
    return [x["run"] for x in r.get_json()["runs"]] if r.status_code == 200 else []
