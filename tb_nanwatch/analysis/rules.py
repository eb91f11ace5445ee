"""The cause rules, as a table (numpy only).

Each `Rule` names the series it needs (row kinds, scalar rows or "stats");
a rule whose series were not logged is skipped, one that finds nothing is
"ruled out". A check returns a `Finding` (score in [0, 1], one-line summary,
evidence with figures, steps and layers) or None. Thresholds come from the
literature where it has them (see `evidence`); scores rank root causes
(bad data, bad loss math) above the symptoms they produce (exploding
gradients), which is how the demo scenarios are told apart.
"""

import dataclasses
from typing import Callable, Optional

import numpy as np

from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis.onset import DIVERGING, HEALTHY, NONFINITE, STALLED, growth
from tb_nanwatch.analysis.series import fmt, log10, nanmedian


@dataclasses.dataclass
class Finding:
    """What a rule found: score in [0, 1], summary, evidence lines, optional data-specific fix."""

    score: float
    summary: str
    evidence: list
    fix: Optional[str] = None


@dataclasses.dataclass
class Context:
    """What every rule sees: the run's `View` and its `Timeline`."""

    view: object
    tl: object

    @property
    def failing(self):
        return self.tl.status in (NONFINITE, DIVERGING)

    @property
    def onset_step(self):
        return None if self.tl.onset is None else self.tl.onset["step"]

    @property
    def t_end(self):
        """Trace index where the clean (all finite) part ends."""
        return self.tl.t_bad

    def growth_start(self):
        """Trace index where the loss (else the gradient norm) began to run away.

        None when neither grew 10x before a non-finite onset, or the run is not failing.
        """
        if self.tl.status == DIVERGING:
            return self.tl.t_onset
        for series in (self.view.loss(), self.view.series("global_grad_norm")):
            if series is not None and self.tl.status == NONFINITE:
                decades, t0 = growth(log10(series), self.t_end)
                if decades >= 1 and t0 is not None:
                    return t0
        return None


@dataclasses.dataclass
class Rule:
    """One row of the cause table."""

    id: str
    needs: tuple
    check: Callable[[Context], Optional[Finding]]
    fix: str


def _step(view, t):
    return int(view.steps[min(t, view.n_steps - 1)])


def _pct(frac):
    return "%.0f%%" % (100 * frac)


def _clip(x):
    return float(min(1.0, max(0.0, x)))


# --- non-finite data -------------------------------------------------------


def _nonfinite_data(ctx, kind):
    view, tl = ctx.view, ctx.tl
    if tl.status != NONFINITE:
        return None
    rows = view.rows_of(kind)
    t_on = min(tl.t_onset, view.n_steps - 1)
    bad = ~np.isfinite(view.trace[: t_on + 1, rows])
    latched = tl.onset["phase"] == kind
    if not latched and not bad.any():
        return None
    if latched and tl.onset["tensor"] in view.index:
        row = view.index[tl.onset["tensor"]]
    else:
        row = rows[int(np.nonzero(bad.any(axis=0))[0][0])] if bad.any() else rows[0]
    step = tl.onset["step"] if latched else _step(view, int(np.nonzero(bad.any(axis=1))[0][0]))
    lines = ["%s held non-finite values at step %d%s" % (view.name(row), step, " (the latched onset)" if latched else "")]
    nan, inf, size = (ev.stat_at(view, step, row, s) for s in ("nan", "inf", "size"))
    if nan is not None or inf is not None:
        lines.append("%d NaN and %d Inf among %s values of that batch" % (nan or 0, inf or 0, fmt(size)))
    all_bad = (~np.isfinite(view.trace[:, row])).sum()
    lines.append("non-finite in %d of %d traced steps" % (all_bad, view.n_steps))
    what = "inputs" if kind == "input" else "targets"
    return Finding(0.97 if latched else 0.85, "the %s fed to the model contain NaN/Inf (%s)" % (what, view.name(row)), lines)


def check_input_nonfinite(ctx):
    return _nonfinite_data(ctx, "input")


def check_target_nonfinite(ctx):
    return _nonfinite_data(ctx, "target")


# --- data scale and outliers ------------------------------------------------


def check_input_scale(ctx):
    view = ctx.view
    rows = view.rows_of("input")
    f = view.stats_before(ctx.onset_step, inclusive=True)
    if not len(f):
        return None
    spread = nanmedian(view.stat("scale_spread", rows)[f].astype(np.float64), axis=0)
    big = nanmedian(view.stat("max_abs", rows)[f].astype(np.float64), axis=0)
    j = int(np.nanargmax(np.nan_to_num(np.maximum(spread / 1e3, big / 1e3), nan=0.0)))
    s, m = float(spread[j]), float(big[j])
    excess = max(s / 1e3 if np.isfinite(s) else 0, m / 1e3 if np.isfinite(m) else 0)
    if excess < 1:
        return None
    lines = []
    if np.isfinite(s) and s >= 1e3:
        lines.append("%s: the per-feature std spans %sx (largest / smallest, median over %d logged batches)" % (view.name(rows[j]), fmt(s), len(f)))
    if np.isfinite(m) and m >= 1e3:
        lines.append("%s: typical largest |x| per batch is %s (standardised features stay within ~5)" % (view.name(rows[j]), fmt(m)))
    if ctx.failing:
        score = 0.8 + 0.05 * min(2.0, np.log10(excess))
    else:
        score = 0.55 + 0.1 * min(3.0, np.log10(excess))
    return Finding(_clip(score), "input features are on vastly different or huge scales", lines)


def _outliers(ctx, kind):
    view = ctx.view
    sp = ev.spikes(view, kind, min(view.n_steps, ctx.t_end + 1))
    z = ev.pooled_zscore(view, kind, ctx.onset_step)
    hit_spike = sp is not None and sp[0] >= ev.SPIKE_RATIO
    hit_z = z is not None and z[0] >= 10.0
    if not (hit_spike or hit_z):
        return None
    lines, score = [], 0.55
    if hit_spike:
        ratio, t, row, med = sp
        lines.append("%s: the batch at step %d has norm %s, %sx the median batch (%s)" % (view.name(row), _step(view, t), fmt(ratio * med), fmt(ratio), fmt(med)))
        t0 = ctx.growth_start()
        if ctx.failing and t0 is not None and t0 - 3 <= t <= max(t0, ctx.t_end):
            lines.append("the run-away began at step %d, right after that batch" % _step(view, t0))
            score = 0.85
        score += 0.03 * min(1.0, np.log10(ratio / ev.SPIKE_RATIO))
    if hit_z:
        lines.append("%s: a value %s std from the batch mean at step %d" % (view.name(z[2]), fmt(z[0]), z[1]))
    return Finding(_clip(score), "%s hold extreme outliers" % ("input features" if kind == "input" else "targets"), lines)


def check_input_outliers(ctx):
    return _outliers(ctx, "input")


def check_target_outliers(ctx):
    return _outliers(ctx, "target")


def check_outlier_sensitive_loss(ctx):
    view = ctx.view
    sp = ev.spikes(view, "target", min(view.n_steps, ctx.t_end + 1))
    loss = view.loss()
    if sp is None or sp[0] < ev.SPIKE_RATIO:
        return None
    ratio, t, row, _ = sp
    clean = loss[: ctx.t_end]
    med = nanmedian(np.where(np.isfinite(clean), np.abs(clean), np.nan))
    if not (med > 0):
        return None
    loss_ratio = abs(loss[t]) / med if np.isfinite(loss[t]) else np.inf
    power = np.log(loss_ratio) / np.log(ratio) if loss_ratio > 0 else 0.0
    if power < 1.5:
        return None
    lines = [
        "at step %d the target norm was %sx its median and the loss %sx its median (%s): the loss grows with the square of the error, as MSE does"
        % (_step(view, t), fmt(ratio), fmt(loss_ratio), fmt(med))
    ]
    score = 0.75
    t0 = ctx.growth_start()
    if ctx.failing and t0 is not None and t0 - 3 <= t <= max(t0, ctx.t_end):
        lines.append("the run-away began at step %d" % _step(view, t0))
        score = 0.92
    return Finding(score, "a squared-error loss amplifies outlier targets", lines)


# --- learning rate and optimiser ----------------------------------------------


def _data_spike_near(ctx, t0):
    for kind in ("input", "target"):
        sp = ev.spikes(ctx.view, kind, min(ctx.view.n_steps, ctx.t_end + 1))
        if sp is not None and sp[0] >= ev.SPIKE_RATIO and t0 is not None and t0 - 3 <= sp[1] <= max(t0, ctx.t_end):
            return True
    return False


def _round_down(x):
    """One significant digit, rounded down: 7.4e-4 -> 7e-4."""
    if not x > 0:
        return x
    e = np.floor(np.log10(x))
    return float(np.floor(x / 10**e) * 10**e)


def check_learning_rate_too_high(ctx):
    view = ctx.view
    lr = view.series("learning_rate")[: max(1, ctx.t_end)]
    lr = float(nanmedian(lr))
    ur = ev.update_ratio(view, ctx.onset_step, early=True)
    t0 = ctx.growth_start()
    lines, score = [], 0.0
    if ur is not None:
        r = ur[0]
        if r >= 1e-1 or (ctx.failing and r >= 1e-2):
            lines.append("weights moved by %s of their norm per step (median of the first %d logged steps; about %s is healthy)" % (fmt(r), ur[1], fmt(ev.UPDATE_RATIO_GOOD)))
            score = 0.9 if r >= 1.0 else (0.8 if r >= 1e-1 else 0.55)
    early = ctx.failing and t0 is not None and t0 <= max(5, view.n_steps // 20)
    if early:
        lines.append("the loss began to run away at step %d, %d steps into training" % (_step(view, t0), t0))
        score = max(score, 0.5) + 0.05
    if not lines or not ctx.failing and score < 0.8:
        return None
    if _data_spike_near(ctx, t0):
        score -= 0.3
        lines.append("(an outlier batch came just before the run-away, which the data rules explain better)")
    elif ev.first_grad_norm(view) >= ev.HUGE_GRAD_NORM:
        score -= 0.3
        lines.append("(the gradients were already %s at the first step, before the learning rate could act)" % fmt(ev.first_grad_norm(view)))
    elif check_input_scale(ctx) is not None:
        score -= 0.3
        lines.append("(the inputs are on huge scales, which alone makes the steps too large)")
    depth = ev.depth_ratio(view, max(2, (t0 or ctx.t_end) // 2 + 1)) if view.has("gradient") else None
    if depth is not None and depth[0] >= ev.EXPLODE_DEPTH_RATIO:
        score -= 0.2
    suggested = _round_down(lr * ev.UPDATE_RATIO_GOOD / ur[0]) if ur is not None and ur[0] > 0 and lr > 0 else lr / 10
    suggested = max(suggested, lr / 1000)
    fix = "Lower the learning rate from %s to about %s in your optimizer, e.g. `keras.optimizers.Adam(learning_rate=%s)` (or warm it up with a schedule)" % (
        fmt(lr), fmt(suggested), fmt(suggested))
    return Finding(_clip(score), "the learning rate (%s) is too high for this model" % fmt(lr), lines, fix)


def check_learning_rate_too_low(ctx):
    view = ctx.view
    if ctx.tl.status not in (STALLED, HEALTHY):
        return None
    ur = ev.update_ratio(view, None, early=False)
    if ur is None or ur[0] >= 1e-5:
        return None
    lr = float(nanmedian(view.series("learning_rate")))
    lines = ["weights move by only %s of their norm per step (about %s is healthy)" % (fmt(ur[0]), fmt(ev.UPDATE_RATIO_GOOD))]
    if ctx.tl.loss_start:
        lines.append("loss went from %s to %s" % (fmt(ctx.tl.loss_start), fmt(ctx.tl.loss_end)))
    suggested = min(lr * ev.UPDATE_RATIO_GOOD / ur[0], lr * 100) if ur[0] > 0 else lr * 10
    stuck = ev.dead_layers(view) or ev.saturated_layers(view) or any(r < ev.VANISH_MEAN_ABS for _, r in ev.grad_rms(view, ctx.t_end))
    if stuck:
        lines.append("(but the gradients themselves vanish, so a larger rate would not help much)")
    fix = "Raise the learning rate from %s towards %s in your optimizer, e.g. `keras.optimizers.Adam(learning_rate=%s)`" % (fmt(lr), fmt(suggested), fmt(suggested))
    return Finding(0.75 if ctx.tl.status == STALLED and not stuck else 0.4, "the learning rate (%s) is too low to make progress" % fmt(lr), lines, fix)


def check_optimizer_settings(ctx):
    view = ctx.view
    rows = [i for i in view.rows_of("weight") if view.name(i).endswith("kernel")] or view.rows_of("weight")
    f = view.stats_before(ctx.onset_step, inclusive=True)
    if not len(f):
        return None
    ur = ev.nanmax(view.stat("update_ratio", rows)[f].astype(np.float64), axis=1)
    idx = np.searchsorted(view.steps, view.stats_steps[f]).clip(0, view.n_steps - 1)
    g = view.series("global_grad_norm")[idx]
    gmed = nanmedian(np.where(np.isfinite(g), g, np.nan))
    hit = np.nonzero((ur >= 1.0) & (g <= 1e-3 * gmed))[0]
    if not len(hit):
        return None
    k = int(hit[0])
    lines = ["at step %d the weights moved by %s of their norm while the gradient norm was only %s (median %s)" % (
        view.stats_steps[f[k]], fmt(ur[k]), fmt(g[k]), fmt(gmed))]
    return Finding(0.6, "the optimiser takes huge steps on tiny gradients (epsilon too small or momentum overshoot)", lines)


# --- gradients ---------------------------------------------------------------


def check_exploding_gradients(ctx):
    view = ctx.view
    g = view.series("global_grad_norm")
    if g is None:
        _, norms = ev.grad_layers(view, view.n_steps)
        g = np.sqrt(np.nansum(norms**2, axis=1)) if norms.size else None
    lines, score = [], 0.0
    if g is not None and ctx.failing:
        end = ctx.t_end if ctx.tl.status == NONFINITE else view.n_steps
        level = log10(g[:end])
        decades, t0 = growth(level, end)
        if decades >= 3 and t0 is not None:
            last = int(np.nonzero(np.isfinite(level))[0][-1])
            lines.append("global gradient norm grew 10^%.1fx over the %d steps before %s (from %s at step %d to %s at step %d)" % (
                decades, last - t0, "the onset" if ctx.tl.status == NONFINITE else "its peak", fmt(g[t0]), _step(view, t0), fmt(g[last]), _step(view, last)))
            score = 0.6 + 0.03 * min(5.0, decades - 3)
    g0 = ev.first_grad_norm(view)
    if ctx.tl.status != HEALTHY and g0 >= ev.HUGE_GRAD_NORM:
        lines.append("the global gradient norm was already %s at step %d, before any update (threshold %s)" % (fmt(g0), view.steps[0], fmt(ev.HUGE_GRAD_NORM)))
        score = max(score, 0.8) + 0.05
        if view.has("stats") and view.has("input") and check_input_scale(ctx) is not None:
            score -= 0.15
            lines.append("(the inputs are on huge scales, which alone makes the gradients huge)")
    if view.has("gradient"):
        t0 = ctx.growth_start()
        depth = ev.depth_ratio(view, max(2, (t0 if t0 is not None else ctx.t_end) // 2 + 1))
        if depth is not None and depth[0] >= ev.EXPLODE_DEPTH_RATIO:
            lines.append("the first layer's gradient norm (%s) is %sx the last layer's (%s) before any blow-up (threshold 70)" % (depth[1], fmt(depth[0]), depth[2]))
            score = max(score, 0.8) + 0.08
    if not lines:
        return None
    return Finding(_clip(score), "gradients explode", lines)


def check_vanishing_gradients(ctx):
    view = ctx.view
    rms = ev.grad_rms(view, max(1, ctx.t_end))
    tiny = [(layer, r) for layer, r in rms if r < ev.VANISH_MEAN_ABS]
    depth = ev.depth_ratio(view, max(1, ctx.t_end))
    rel = depth is not None and depth[0] <= 1.0 / ev.EXPLODE_DEPTH_RATIO**1.5
    if not tiny and not rel:
        return None
    lines = ["%s: gradient RMS %s (< 1e-7)" % (layer, fmt(r)) for layer, r in tiny[:3]]
    if rel:
        lines.append("the first layer's gradient norm (%s) is only %sx the last layer's (%s)" % (depth[1], fmt(depth[0]), depth[2]))
    score = 0.8 if ctx.tl.status == STALLED else 0.45
    return Finding(score, "gradients vanish before reaching the first layers", lines)


def check_model_too_deep(ctx):
    view = ctx.view
    n = len(view.layers("gradient"))
    if n < 10:
        return None
    depth = ev.depth_ratio(view, max(2, ctx.t_end // 2 + 1))
    if depth is None or ev.EXPLODE_DEPTH_RATIO ** -1 < depth[0] < ev.EXPLODE_DEPTH_RATIO:
        return None
    lines = ["%d trainable layers; the first layer's gradient norm is %sx the last layer's" % (n, fmt(depth[0]))]
    return Finding(0.55 if ctx.tl.status != HEALTHY else 0.3, "the network is deep enough for gradients to compound layer by layer", lines)


# --- initialisation and activations -------------------------------------------


def check_weight_init(ctx):
    view = ctx.view
    lines = []
    t0 = ctx.growth_start()
    init = ev.initial_weights(view, t0 if t0 is not None else ctx.t_end)
    if not init:
        return None
    for i, rms, zero in init:
        if rms >= 1.0:
            lines.append("%s starts with RMS %s (Glorot/He give ~sqrt(2 / fan_in), well under 1)" % (view.name(i), fmt(rms)))
        elif zero >= 0.999:
            lines.append("%s starts all zero: its units stay identical" % view.name(i))
    biases = [i for i in view.rows_of("weight") if view.name(i).endswith("bias")]
    if biases and len(init):
        mean = view.stat("mean", biases)[0]
        for i, m in zip(biases, mean):
            if np.isfinite(m) and abs(m) >= 1.0:
                lines.append("%s starts at mean %s (biases usually start at 0)" % (view.name(i), fmt(m)))
    if not lines:
        return None
    stuck = bool(ev.dead_layers(view) or ev.saturated_layers(view))
    score = 0.75 if (ctx.tl.status != HEALTHY and (stuck or ctx.failing)) else 0.45
    return Finding(score, "weights start at a scale that breaks training", lines[:4])


def check_dead_activations(ctx):
    view = ctx.view
    dead = ev.dead_layers(view, ctx.onset_step)
    if not dead:
        return None
    i, zero, dead_frac = max(dead, key=lambda d: d[1])
    lines = ["%s: %s of outputs are 0 (median over the run; 70%% is the threshold), %s of its units never fire" % (
        view.name(i), _pct(zero), _pct(dead_frac) if np.isfinite(dead_frac) else "n/a")]
    lines += ["%s: %s of outputs are 0" % (view.name(j), _pct(z)) for j, z, _ in dead if j != i][:2]
    score = 0.6 + 0.3 * (zero - ev.DEAD_FRAC) / (1 - ev.DEAD_FRAC)
    if ctx.tl.status == STALLED:
        score += 0.1
    elif ctx.failing:
        score -= 0.2
    return Finding(_clip(score), "ReLU units are dead (%d layer%s)" % (len(dead), "s" if len(dead) > 1 else ""), lines)


def check_saturated_activations(ctx):
    view = ctx.view
    sat = ev.saturated_layers(view, ctx.onset_step)
    if not sat:
        return None
    i, frac = max(sat, key=lambda d: d[1])
    lines = ["%s (%s): %s of its inputs lie beyond +-5 (median over the run; threshold 50%%)" % (view.name(i), view.activation(i), _pct(frac))]
    lines += ["%s: %s saturated" % (view.name(j), _pct(m)) for j, m in sat if j != i][:2]
    score = 0.6 + 0.3 * (frac - ev.SAT_FRAC) / (1 - ev.SAT_FRAC)
    if ctx.tl.status == STALLED:
        score += 0.1
    elif ctx.failing:
        score -= 0.2
    return Finding(_clip(score), "sigmoid/tanh units are saturated (%d layer%s)" % (len(sat), "s" if len(sat) > 1 else ""), lines)


# --- unsafe math -------------------------------------------------------------


def check_unsafe_loss_math(ctx):
    view, tl = ctx.view, ctx.tl
    if tl.status != NONFINITE or tl.onset["phase"] != "loss":
        return None
    step = tl.onset["step"]
    lines = ["%s became non-finite at step %d while every input and layer output was finite" % (tl.onset["tensor"], step)]
    acts = view.rows_of("activation")
    if acts:
        out = acts[-1]
        lo, hi = ev.stat_at(view, step, out, "min"), ev.stat_at(view, step, out, "max")
        if lo is not None:
            touch = " (exactly 0 or 1: log(0) = -inf)" if (lo == 0.0 or hi == 1.0) and view.activation(out) in ("sigmoid", "softmax") else ""
            lines.append("model output %s (%s) ranged over [%s, %s] at step %d%s" % (view.name(out), view.activation(out), fmt(lo), fmt(hi), step, touch))
        t = min(tl.t_onset, view.n_steps - 1)
        before = view.values(out, 0, t)
        before = before[np.isfinite(before)]
        grown = float(view.values(out, t, t + 1)[0]) / np.median(before) if len(before) and np.median(before) > 0 else 1.0
        if ctx.growth_start() is not None:
            lines.append("but the loss had been running away since step %d: an overflow of a diverging run" % _step(view, ctx.growth_start()))
        elif not np.isfinite(grown) or grown >= 1e3 or (lo is not None and hi is not None and max(abs(lo), abs(hi)) >= 1e15):
            lines.append("but the model output had grown %sx: the loss overflowed on exploding predictions" % fmt(grown))
        elif ev.first_grad_norm(view) >= ev.HUGE_GRAD_NORM:
            lines.append("but the gradients were already %s at the first step: the predictions were exploding" % fmt(ev.first_grad_norm(view)))
        else:
            return Finding(0.95, "the loss computes log(0) or x/0 on finite predictions", lines)
        return Finding(0.4, "the loss overflowed on exploding predictions", lines, _FIX_CONSEQUENCE)
    return Finding(0.95, "the loss computes log(0) or x/0 on finite predictions", lines)


# Activations that cannot turn finite inputs into NaN/Inf themselves.
_SAFE_ACTIVATIONS = (None, "linear", "relu", "relu6", "leaky_relu", "sigmoid", "hard_sigmoid", "tanh", "softmax",
                     "softplus", "softsign", "gelu", "elu", "selu", "silu", "swish", "mish")


def check_unsafe_layer_math(ctx):
    view, tl = ctx.view, ctx.tl
    if tl.status != NONFINITE or tl.onset["phase"] != "forward" or tl.onset["tensor"] not in view.index:
        return None
    i = view.index[tl.onset["tensor"]]
    row = view.rows[i]
    t = min(tl.t_onset, view.n_steps - 1)
    lines = ["%s became non-finite at step %d" % (view.name(i), tl.onset["step"])]
    has_matmul = any(view.rows[k]["kind"] == "preactivation" and view.layer(k) == row.get("layer") for k in view.rows_of("preactivation"))
    if row["kind"] == "preactivation" or (has_matmul and (row.get("activation") or None) in _SAFE_ACTIVATIONS):
        # A matmul/conv of finite inputs and weights, or a safe activation of it, only goes non-finite by overflowing.
        lines.append("a matmul/conv followed by %s only overflows when its inputs or weights have exploded" % (row.get("activation") or "no activation"))
        return Finding(0.35, "layer %s overflowed (its weights or inputs exploded)" % tl.onset["layer"], lines, _FIX_CONSEQUENCE)
    # The layer's input: the nearest earlier row measured (and finite) at the onset step.
    before = [j for j in view.rows_of("input", "preactivation", "activation") if j < i]
    now, j = np.nan, None
    for k in reversed(before):
        v = float(view.values(k, t, t + 1)[0])
        if not np.isnan(v):
            now, j = v, k
            break
    if j is None:
        return Finding(0.6, "layer %s produced NaN/Inf" % tl.onset["layer"], lines)
    hist = view.values(j, 0, ctx.t_end)
    med = nanmedian(np.where(np.isfinite(hist), hist, np.nan))
    grown = now / med if med > 0 and np.isfinite(now) else np.inf
    if np.isfinite(now) and grown <= 1e3:
        lines.append("while its input %s was finite and ordinary (norm %s, median %s)" % (view.name(j), fmt(now), fmt(med)))
        return Finding(0.9, "layer %s computes log/division/sqrt/exp that overflows on ordinary inputs" % tl.onset["layer"], lines)
    lines.append("but its input %s had grown %sx (norm %s): an overflow of a diverging run" % (view.name(j), fmt(grown), fmt(now)))
    return Finding(0.35, "layer %s overflowed on exploding inputs" % tl.onset["layer"], lines, _FIX_CONSEQUENCE)


def check_mixed_precision_overflow(ctx):
    view = ctx.view
    scale = view.series("loss_scale")
    lines = []
    level = scale[np.isfinite(scale)]
    drops = int(np.sum(np.diff(level) < 0)) if len(level) > 1 else 0
    if drops >= 3 or (len(level) and level.min() <= 1.0):
        lines.append("the loss scale dropped %d times, down to %s" % (drops, fmt(level.min())))
    peak = ev.stat_peak(view, "activation", "max_abs", ctx.onset_step)
    if peak is not None and peak[0] > 65504.0:
        lines.append("%s reached |x| = %s at step %d, beyond float16's 65504" % (view.name(peak[2]), fmt(peak[0]), peak[1]))
    if not lines:
        return None
    return Finding(0.8 if ctx.failing else 0.5, "float16 overflows under mixed precision", lines)


_FIX_CONSEQUENCE = "A consequence, not the cause: fix what made the values explode (the higher-ranked causes)"
_FIX_DATA = "Check the data before training: `assert np.isfinite(x).all()`; drop or impute bad rows: `keep = np.isfinite(x).all(1) & np.isfinite(y).all(1); x, y = x[keep], y[keep]`"

RULES = [
    Rule("input_nonfinite", ("input",), check_input_nonfinite, _FIX_DATA),
    Rule("target_nonfinite", ("target",), check_target_nonfinite, _FIX_DATA),
    Rule("input_scale", ("input", "stats"), check_input_scale,
         "Standardise the features: `mu, sd = x_train.mean(0), x_train.std(0) + 1e-8; x = (x - mu) / sd` (sklearn `StandardScaler`, or `keras.layers.Normalization()` adapted on the training set)"),
    Rule("input_outliers", ("input",), check_input_outliers,
         "Clip or drop outliers before scaling: `lo, hi = np.percentile(x, [0.5, 99.5], axis=0); x = np.clip(x, lo, hi)` (or sklearn `RobustScaler`)"),
    Rule("target_outliers", ("target",), check_target_outliers,
         "Clip, drop or transform extreme targets (`y = np.clip(y, *np.percentile(y, [0.5, 99.5]))` or `np.log1p`), or use a robust loss: `loss=keras.losses.Huber()`"),
    Rule("outlier_sensitive_loss", ("target", "loss"), check_outlier_sensitive_loss,
         "Use a loss that grows linearly for large errors: `model.compile(loss=keras.losses.Huber(delta=1.0), ...)`"),
    Rule("learning_rate_too_high", ("learning_rate", "loss"), check_learning_rate_too_high,
         "Lower the learning rate 10x: `keras.optimizers.Adam(learning_rate=1e-4)`"),
    Rule("learning_rate_too_low", ("learning_rate", "weight", "stats"), check_learning_rate_too_low,
         "Raise the learning rate 10x: `keras.optimizers.Adam(learning_rate=1e-2)`"),
    Rule("exploding_gradients", ("gradient",), check_exploding_gradients,
         "Clip gradients: `keras.optimizers.Adam(clipnorm=1.0)` (or `global_clipnorm=1.0`)"),
    Rule("vanishing_gradients", ("gradient", "stats"), check_vanishing_gradients,
         "Use ReLU/GELU with `kernel_initializer='he_normal'`, add `keras.layers.BatchNormalization()` or residual connections"),
    Rule("weight_init", ("weight", "stats"), check_weight_init,
         "Use the default initialisers: `Dense(n, kernel_initializer='glorot_uniform', bias_initializer='zeros')` (`'he_normal'` for ReLU)"),
    Rule("dead_activations", ("activation", "stats"), check_dead_activations,
         "Use `keras.layers.LeakyReLU(negative_slope=0.01)` or `activation='gelu'`, `kernel_initializer='he_normal'`, zero biases, and a lower learning rate"),
    Rule("saturated_activations", ("activation", "stats"), check_saturated_activations,
         "Standardise inputs, keep `kernel_initializer='glorot_uniform'`, use ReLU/GELU in hidden layers or add `keras.layers.BatchNormalization()` before the sigmoid/tanh"),
    Rule("unsafe_loss_math", ("loss",), check_unsafe_loss_math,
         "Let Keras compute the loss from logits: drop the final sigmoid/softmax and use `keras.losses.BinaryCrossentropy(from_logits=True)`; in a hand-written loss use `ops.log(ops.clip(p, 1e-7, 1 - 1e-7))`"),
    Rule("unsafe_layer_math", ("activation",), check_unsafe_layer_math,
         "Guard the op in the layer: `ops.log(ops.maximum(x, 1e-7))`, `ops.divide_no_nan(a, b)`, `ops.sqrt(ops.maximum(x, 1e-12))`, `ops.exp(ops.minimum(x, 80.0))`"),
    Rule("optimizer_settings", ("weight", "stats", "global_grad_norm"), check_optimizer_settings,
         "Use `keras.optimizers.Adam(learning_rate=1e-3, epsilon=1e-7)` (not a tiny epsilon), lower the momentum, or switch plain SGD to Adam"),
    Rule("mixed_precision_overflow", ("loss_scale",), check_mixed_precision_overflow,
         "Keep the loss scaling of `keras.mixed_precision` (`LossScaleOptimizer`), compute the last layer and the loss in float32: `Activation('linear', dtype='float32')`"),
    Rule("model_too_deep", ("gradient",), check_model_too_deep,
         "Add residual connections and `keras.layers.BatchNormalization()`/`LayerNormalization()`, or use fewer layers"),
]
CAUSE_IDS = tuple(r.id for r in RULES)
