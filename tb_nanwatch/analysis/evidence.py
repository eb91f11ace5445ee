"""Symptom measurements shared by the cause rules (numpy only).

Each function takes a `series.View` (and where needed the index of the end
of the clean part of the trace) and returns plain numbers or None when the
series it needs was not logged.
"""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis.series import log10, nanmedian

# Thresholds from the literature (see /work/shared/design.md and issue 3).
DEAD_FRAC = 0.7  # dead units: >= 70% of a layer's outputs are <= 0 (DeepDiagnosis)
# A ReLU layer with this fraction of its units silent for the whole batch passes no gradient at all.
ALL_DEAD = 0.999
SAT_FRAC = 0.5  # saturation: over half of sigmoid/tanh inputs beyond +-5 (AUTOTRAINER)
VANISH_MEAN_ABS = 1e-7  # vanishing: mean |g| below 1e-7
EXPLODE_DEPTH_RATIO = 70.0  # exploding: first-layer grad norm > 70x the last layer's
UPDATE_RATIO_GOOD = 1e-3  # a healthy lr * |dW| / |W|
SPIKE_RATIO = 5.0
# A global gradient norm this large at the very first step, before any update
# could have grown the weights, comes from the model or the data, not the rate.
HUGE_GRAD_NORM = 1e3  # a batch whose norm is 5x the median batch holds an outlier
RELU_LIKE = ("relu", "relu6")
SATURATING = ("sigmoid", "tanh", "hard_sigmoid")


def spikes(view, kind, t_end):
    """Largest batch-norm spike of rows of ``kind`` over ``[0, t_end)``.

    Returns:
      ``(ratio, t, row, median)``: the largest ``norm / median norm`` over
      steps and rows, where and against what; None when no such rows.
    """
    rows = view.rows_of(kind)
    if not rows or t_end < 3:
        return None
    tr = view.trace[:t_end, rows].astype(np.float64)
    tr = np.where(np.isfinite(tr), tr, np.nan)
    med = nanmedian(tr, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = tr / np.where(med > 0, med, np.nan)
    ratio = np.where(np.isfinite(ratio), ratio, 0.0)
    flat = int(np.argmax(ratio))
    t, j = divmod(flat, len(rows))
    return float(ratio[t, j]), t, rows[j], float(med[j])


def pooled_zscore(view, kind, upto_step):
    """Largest ``(max_abs - |mean|) / std`` of rows of ``kind`` in logged stats.

    Returns ``(z, step, row)`` or None when no stats were logged.
    """
    rows = view.rows_of(kind)
    f = view.stats_before(upto_step, inclusive=True)
    if not rows or not len(f):
        return None
    mx, mean, std = (view.stat(s, rows)[f].astype(np.float64) for s in ("max_abs", "mean", "std"))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (mx - np.abs(mean)) / std
    z = np.where(np.isfinite(z), z, 0.0)
    flat = int(np.argmax(z))
    k, j = divmod(flat, len(rows))
    return float(z[k, j]), int(view.stats_steps[f[k]]), rows[j]


def stat_peak(view, kind, stat, upto_step=None):
    """Largest value of ``stat`` over rows of ``kind``: ``(value, step, row)`` or None."""
    rows = view.rows_of(kind)
    f = view.stats_before(upto_step, inclusive=True)
    if not rows or not len(f):
        return None
    v = view.stat(stat, rows)[f].astype(np.float64)
    v = np.where(np.isfinite(v), v, -np.inf)
    flat = int(np.argmax(v))
    k, j = divmod(flat, len(rows))
    if not np.isfinite(v[k, j]):
        return None
    return float(v[k, j]), int(view.stats_steps[f[k]]), rows[j]


def layer_fraction(view, stat, activations, upto_step=None, skip_output=True):
    """Per hidden layer, the median over the run of ``stat`` (a fraction).

    Only activation rows whose activation is in ``activations``; the model
    output (last activation row) is skipped when ``skip_output``.

    Returns ``[(row, median fraction, last fraction)]``.
    """
    acts = view.rows_of("activation")
    if skip_output and acts:
        acts = acts[:-1]
    rows = [i for i in acts if (view.activation(i) or "").lower() in activations]
    f = view.stats_before(upto_step, inclusive=True)
    if not rows or not len(f):
        return []
    v = view.stat(stat, rows)[f].astype(np.float64)
    med = nanmedian(v, axis=0)
    last = v[-1]
    return [(i, float(m), float(l)) for i, m, l in zip(rows, med, last) if np.isfinite(m)]


def dead_layers(view, upto_step=None):
    """ReLU layers with at least `DEAD_FRAC` of outputs at 0 over most of the run.

    Returns ``[(row, median zero fraction, median dead-unit fraction)]``.
    """
    dead = dict((r, m) for r, m, _ in layer_fraction(view, "dead_frac", RELU_LIKE, upto_step))
    return [(i, z, dead.get(i, np.nan)) for i, z, _ in layer_fraction(view, "zero_frac", RELU_LIKE, upto_step) if z >= DEAD_FRAC]


def saturated_layers(view, upto_step=None):
    """Sigmoid/tanh hidden layers saturated (`SAT_FRAC`) over most of the run."""
    return [(i, m) for i, m, _ in layer_fraction(view, "sat_frac", SATURATING, upto_step) if m > SAT_FRAC]


def first_nonlinearity_stuck(view, upto_step=None):
    """The first sigmoid/tanh/ReLU activation row on the input side, when saturated (`SAT_FRAC`) or dead
    (`DEAD_FRAC` of its outputs 0) over most of the run: ``(row, "saturated" | "zero", median fraction)``, or None."""
    firsts = [i for i in view.rows_of("activation")[:-1]
              if (view.activation(i) or "").lower() in SATURATING + RELU_LIKE][:1]
    if not firsts:
        return None
    i = firsts[0]
    if (view.activation(i) or "").lower() in SATURATING:
        hit = [(m, "saturated") for j, m in saturated_layers(view, upto_step) if j == i]
    else:
        hit = [(z, "zero") for j, z, _ in dead_layers(view, upto_step) if j == i]
    return (i, hit[0][1], hit[0][0]) if hit else None


def grad_layers(view, t_end):
    """Per-layer gradient norms over ``[0, t_end)``: ``(layers, norms [T', L])``, input side last."""
    layers, norms = view.layer_norms("gradient", upto=t_end)
    return layers, np.where(np.isfinite(norms), norms, np.nan)


def depth_ratio(view, t_end):
    """Median ratio of the first (input-side) to the last layer's gradient norm.

    Returns ``(ratio, first_layer, last_layer)`` or None with fewer than 2 layers.
    """
    layers, norms = grad_layers(view, t_end)
    if len(layers) < 2 or not len(norms):
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        r = norms[:, -1] / norms[:, 0]
    r = r[np.isfinite(r) & (r > 0)]
    if not len(r):
        return None
    return float(np.median(r)), layers[-1], layers[0]


def grad_rms(view, t_end):
    """Per-layer median gradient RMS over ``[0, t_end)``: ``[(layer, rms)]`` or []."""
    groups = view.layers("gradient")
    if not groups or not view.has("stats"):
        return []
    names, norms = view.layer_norms("gradient", upto=t_end)
    out = []
    for k, layer in enumerate(names):
        size = np.nansum(view.sizes(groups[layer]))
        if not size > 0:
            continue
        rms = nanmedian(np.where(np.isfinite(norms[:, k]), norms[:, k], np.nan)) / np.sqrt(size)
        if np.isfinite(rms):
            out.append((layer, float(rms)))
    return out


def update_ratio(view, upto_step, early=True, late=False):
    """Median weight update ratio ``|dW|/|W|`` (kernels preferred) over logged steps.

    Args:
      upto_step: only steps before this one (None: all).
      early: only the first half of those steps, before any blow-up.
      late: only the second half of them, by step (where a run that converges has settled); wins over ``early``.

    Returns ``(ratio, n_steps)`` or None.
    """
    rows = view.rows_of("weight")
    kernels = [i for i in rows if view.name(i).endswith("kernel")]
    rows = kernels or rows
    f = view.stats_before(upto_step)
    if not rows or not len(f):
        return None
    if late:
        steps = view.stats_steps[f]
        f = f[steps >= (int(steps[0]) + int(steps[-1])) / 2.0]
    elif early:
        f = f[: max(1, (len(f) + 1) // 2)]
    v = view.stat("update_ratio", rows)[f].astype(np.float64)
    per_step = nanmedian(np.where(np.isfinite(v), v, np.nan), axis=1)
    per_step = per_step[np.isfinite(per_step)]
    if not len(per_step):
        return None
    return float(np.median(per_step)), len(per_step)


def initial_weights(view, before_t=None):
    """Per kernel row at the first logged step, if that still shows the init.

    The stats hold weights after the step's update, so the first logged
    step stands for the initialisation only when it moved them by less than
    10% and came before the run-away (trace index ``before_t``).

    Returns ``[(row, rms, zero_frac)]`` (empty when not available).
    """
    rows = [i for i in view.rows_of("weight") if view.name(i).endswith("kernel")]
    if not rows or not view.has("stats"):
        return []
    if before_t is not None and view.stats_steps[0] > view.steps[min(before_t, view.n_steps - 1)]:
        return []
    moved = view.stat("update_ratio", rows)[0].astype(np.float64)
    if np.nanmax(np.where(np.isfinite(moved), moved, 0.0)) >= 0.1 or not np.isfinite(view.stat("l2", rows)[0]).all():
        return []
    l2 = view.stat("l2", rows)[0].astype(np.float64)
    size = view.stat("size", rows)[0].astype(np.float64)
    # Weights carry no zero count: all zero <=> max|w| == 0.
    zero = np.where(view.stat("max_abs", rows)[0] == 0, 1.0, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rms = l2 / np.sqrt(size)
    return [(i, float(r), float(z)) for i, r, z in zip(rows, rms, zero) if np.isfinite(r)]


def loss_series_level(view, t_end):
    """log10 of the loss over ``[0, t_end)`` (NaN where not finite), or None."""
    loss = view.loss()
    return None if loss is None else log10(loss[:t_end])


def stat_at(view, step, row, stat):
    """The value of ``stat`` for ``row`` at ``step``, or None when not logged."""
    f = view.stats_at(step)
    if f is None:
        return None
    v = float(view.stats[f, row, metadata.STAT_INDEX[stat]])
    return v if np.isfinite(v) else None



def first_grad_norm(view):
    """The global gradient norm at the first traced step (0 when not logged)."""
    g = view.series("global_grad_norm")
    if g is None or not len(g) or not np.isfinite(g[0]):
        return 0.0
    return float(g[0])


def held_back(view):
    """True when something holds training back: dead or saturated layers,
    vanishing gradients, or weights that barely move."""
    if dead_layers(view) or saturated_layers(view):
        return True
    if any(r < VANISH_MEAN_ABS for _, r in grad_rms(view, view.n_steps)):
        return True
    ur = update_ratio(view, None, early=False)
    return ur is not None and ur[0] < 1e-5


LR_JUMP = 10.0  # the learning rate this many times its usual value, just before a run-away
JUMP_LOOKBACK = 20  # steps searched for a jump
JUMP_HISTORY = 100  # steps before those: the usual level


def jump(view, series, start, end, base):
    """``(ratio, step, usual, value)`` of the largest value of ``series[start:end]`` against its usual level.

    "Usual": the median of ``series[base:start]``. None when there is no
    positive usual level or no finite recent value.
    """
    history = series[base:start]
    usual = nanmedian(np.where(np.isfinite(history), history, np.nan)) if start > base else np.nan
    recent = np.where(np.isfinite(series[start:end]), series[start:end], np.nan)  # a non-finite value is no level
    if not np.isfinite(usual) or usual <= 0 or not len(recent) or not np.isfinite(recent).any():
        return None
    k = int(np.nanargmax(recent))
    return float(recent[k] / usual), int(view.steps[start + k]), float(usual), float(recent[k])


def lr_jump(view, t_end, ahead=0):
    """``(ratio, step, usual, value)`` when the learning rate jumped `LR_JUMP`x in the steps before trace index ``t_end``.

    ``ahead``: steps after ``t_end`` searched too (an estimated start of a
    run-away can come a few noisy steps before its cause).

    A schedule or callback that raised the rate (a warm restart, a typo in a
    per-batch schedule) shows here even when the optimizer was built with a
    sane one.
    """
    series = view.series(metadata.ROW_LEARNING_RATE)
    if series is None or t_end is None:
        return None
    end = min(len(series), int(t_end) + 1 + int(ahead))
    # (runs logged once per epoch, written without the watch, say how far back a step of theirs reaches)
    start = max(0, end - int(getattr(view.data, "jump_lookback", JUMP_LOOKBACK)))
    found = jump(view, series, start, end, max(0, start - JUMP_HISTORY))
    return found if found is not None and found[0] >= LR_JUMP else None


# A schedule that raised the rate this much over a run (a learning-rate sweep trained as if it were training),
# while the loss rose this much above its best level, says the raised rates are too high for the model.
LR_RISE = 10.0
LOSS_RISE = 2.0
# Blocks the loss is cut into before its best level is taken: single noisy batches must not set it.
RISE_BLOCKS = 40


def lr_rise(view, t_end):
    """How the loss answered a learning rate that a schedule raised, or None.

    Returns ``(best step, rate at the best, best loss, worst loss after it, rate then)`` when over
    ``[0, t_end)`` the rate rose `LR_RISE`x, and after its lowest level the loss climbed `LOSS_RISE`x above it
    while the rate stood `LR_RISE`/3 x or more above the rate at its best and never fell on the way (a sweep, not
    the restart of a cyclic schedule). Levels are block medians; the best step is its block's middle.
    """
    rate, loss = view.series(metadata.ROW_LEARNING_RATE), view.loss()
    if rate is None or loss is None:
        return None
    end = min(len(rate), len(loss), len(rate) if t_end is None else int(t_end))
    if end < 2 * RISE_BLOCKS:
        return None
    blocks = np.array_split(np.arange(end), RISE_BLOCKS)
    level = np.array([nanmedian(np.where(np.isfinite(loss[b]), loss[b], np.nan)) for b in blocks])
    lr = np.array([nanmedian(np.where(np.isfinite(rate[b]) & (rate[b] > 0), rate[b], np.nan)) for b in blocks])
    if not (np.isfinite(level).all() and np.isfinite(lr).all()) or lr[-1] < LR_RISE * lr[0]:
        return None
    best = int(np.argmin(level))
    if best >= RISE_BLOCKS - 1 or not level[best] > 0:
        return None
    worst = best + 1 + int(np.argmax(level[best + 1:]))
    if level[worst] < LOSS_RISE * level[best] or lr[worst] < LR_RISE / 3 * lr[best]:
        return None
    # A sweep: the rate never fell between the best and the worst block (restarts of a cyclic schedule do).
    if np.any(np.diff(lr[best:worst + 1]) < -0.01 * lr[best:worst]):
        return None
    middle = blocks[best][len(blocks[best]) // 2]
    return int(view.steps[middle]), float(lr[best]), float(level[best]), float(level[worst]), float(lr[worst])
