"""Synthetic runs for the analysis tests: a healthy MLP baseline to perturb.

`Synth` lays out the rows a Dense MLP run logs (see docs/format.md), fills
trace and stats with ordinary healthy values, and lets a test change one
series to build exactly the symptom a rule looks for.
"""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.reader import RunData

S = metadata.STAT_INDEX


class Synth:
    """A healthy run of ``n_layers`` Dense layers over ``steps`` steps.

    Args:
      steps: number of traced steps (0..steps-1).
      n_layers: Dense layers; the last one is the linear output.
      act: hidden activation ("relu", "sigmoid", ...).
      log_every: stats every this many steps.
      seed: noise seed.
      extra_rows: extra scalar rows (e.g. "loss_scale").
      custom_layer: name of a weightless layer (no pre-activation) put before the Dense stack.
    """

    def __init__(self, steps=200, n_layers=3, act="relu", log_every=10, seed=0, extra_rows=(), custom_layer=None):
        rng = np.random.default_rng(seed)
        self.steps = steps
        rows = [metadata.make_row("input/x", "input"), metadata.make_row("target/y", "target")]
        names = ["dense%s" % ("" if i == 0 else "_%d" % i) for i in range(n_layers)]
        self.layers = names
        if custom_layer:  # a layer without a matmul (no pre-activation row), before the Dense stack
            rows.append(metadata.make_row(custom_layer + "/output", "activation", custom_layer, None))
        for i, n in enumerate(names):
            a = "linear" if i == n_layers - 1 else act
            rows.append(metadata.make_row(n + "/preactivation", "preactivation", n, a))
            rows.append(metadata.make_row(n + "/output", "activation", n, a))
        rows.append(metadata.make_row("loss", "loss"))
        for n in reversed(names):
            rows.append(metadata.make_row(n + "/kernel/grad", "gradient", n))
            rows.append(metadata.make_row(n + "/bias/grad", "gradient", n))
        for n in names:
            rows.append(metadata.make_row(n + "/kernel", "weight", n))
            rows.append(metadata.make_row(n + "/bias", "weight", n))
        rows += [metadata.make_row(r, "scalar") for r in extra_rows]
        rows += [metadata.make_row("learning_rate", "scalar"), metadata.make_row("global_grad_norm", "scalar")]
        self.rows = rows
        self.index = {r["name"]: i for i, r in enumerate(rows)}
        t = np.arange(steps)
        noise = lambda: 1 + 0.05 * rng.standard_normal(steps)  # noqa: E731
        tr = np.zeros((steps, len(rows)), np.float64)
        base = {"input": 10.0, "target": 5.0, "preactivation": 6.0, "activation": 4.0, "gradient": 0.3, "weight": 3.0}
        for i, r in enumerate(rows):
            if r["kind"] in base:
                tr[:, i] = base[r["kind"]] * noise()
            if r["name"].endswith("bias"):
                tr[:, i] = 0.1 * noise()
        tr[:, self.index["loss"]] = (0.05 + np.exp(-t / max(steps / 8, 1))) * noise()
        grads = [i for i, r in enumerate(rows) if r["kind"] == "gradient"]
        tr[:, grads] *= (0.2 + np.exp(-t / max(steps / 8, 1)))[:, None]
        tr[:, self.index["learning_rate"]] = 1e-3
        tr[:, self.index["global_grad_norm"]] = np.sqrt((tr[:, grads] ** 2).sum(1))
        self.trace = tr
        self.stats_steps = np.arange(0, steps, log_every)
        st = np.full((len(self.stats_steps), len(rows), len(metadata.STATS)), np.nan)
        for i, r in enumerate(rows):
            size = {"input": 256, "target": 32, "loss": 1, "scalar": 1}.get(r["kind"], 512 if not r["name"].endswith("bias") else 16)
            st[:, i, S["size"]] = size
            st[:, i, S["nan"]] = 0
            st[:, i, S["inf"]] = 0
            l2 = tr[self.stats_steps, i]
            rms = l2 / np.sqrt(size)
            st[:, i, S["l2"]] = l2
            st[:, i, S["std"]] = rms
            st[:, i, S["mean"]] = 0.1 * rms
            st[:, i, S["max_abs"]] = 3 * rms
            st[:, i, S["min"]] = -3 * rms
            st[:, i, S["max"]] = 3 * rms
            if r["kind"] == "activation" and r["activation"] == "relu":
                st[:, i, S["min"]] = 0
                st[:, i, S["zero_frac"]] = 0.5
                st[:, i, S["dead_frac"]] = 0.05
            if r["kind"] == "activation" and r["activation"] in ("sigmoid", "tanh"):
                st[:, i, S["sat_frac"]] = 0.05
            if r["kind"] in ("input", "target"):
                st[:, i, S["scale_spread"]] = 3.0
            if r["kind"] == "weight":
                st[:, i, S["update_ratio"]] = 1e-3
            if r["kind"] in ("loss", "scalar"):
                st[:, i, S["min"]] = st[:, i, S["max"]] = st[:, i, S["mean"]] = l2
                st[:, i, S["std"]] = 0
        self.stats = st
        self.onset = None

    def row(self, name):
        return self.index[name]

    def kind_rows(self, kind):
        return [i for i, r in enumerate(self.rows) if r["kind"] == kind]

    def set_stat(self, name, stat, value, steps=None):
        """Sets statistic ``stat`` of row ``name`` (at ``steps``, default all logged steps)."""
        f = slice(None) if steps is None else np.isin(self.stats_steps, steps)
        self.stats[f, self.row(name), S[stat]] = value

    def go_nonfinite(self, step, name, phase=None, record=True):
        """Makes row ``name`` and everything downstream in dataflow NaN from ``step`` on."""
        i = self.row(name)
        down = [j for j, r in enumerate(self.rows) if j == i or (j > i and r["kind"] not in ("input", "target", "scalar"))]
        self.trace[step:, down] = np.nan
        if step not in self.stats_steps:
            self.stats_steps = np.sort(np.append(self.stats_steps, step))
            k = int(np.searchsorted(self.stats_steps, step))
            self.stats = np.insert(self.stats, k, self.stats[max(k - 1, 0)], axis=0)
        f = self.stats_steps >= step
        self.stats[f, i, S["nan"]] = 7
        row = self.rows[i]
        if record:
            self.onset = metadata.onset_record(step, phase or row["phase"], name, row["layer"])

    def data(self, run="synthetic", unmeasured=True):
        """The `RunData`; pre-activation rows read `metadata.UNMEASURED` off stats steps, as the hook writes them."""
        trace = self.trace.copy()
        if unmeasured:
            off = np.setdiff1d(np.arange(self.steps), self.stats_steps)
            pre = self.kind_rows("preactivation")
            block = trace[np.ix_(off, pre)]
            trace[np.ix_(off, pre)] = np.where(np.isfinite(block), metadata.UNMEASURED, block)
        return RunData(
            run,
            self.rows,
            np.arange(self.steps, dtype=np.int64),
            trace.astype(np.float32),
            self.stats_steps.astype(np.int64),
            self.stats.astype(np.float32),
            self.onset,
        )
