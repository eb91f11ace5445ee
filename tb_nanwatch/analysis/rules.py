"""The cause rules, as a table (numpy only).

Each `Rule` names the series it needs (row kinds, scalar rows or "stats");
a rule whose series were not logged is skipped, one that finds nothing is
"ruled out". A check returns a `Finding` (score in [0, 1], one-line summary,
evidence with figures, steps and layers) or None. Thresholds come from the
literature where it has them (see `evidence`); scores rank root causes
(bad data, bad loss math) above the symptoms they produce (exploding
gradients), which is how the demo scenarios are told apart.
"""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis import fixes
from tb_nanwatch.analysis import rules_model as rm
from tb_nanwatch.analysis import rules_task as rt
from tb_nanwatch.analysis.onset import HEALTHY, NONFINITE, STALLED, growth
from tb_nanwatch.analysis.progress import halted_line
from tb_nanwatch.analysis.rule_base import WORKING_RANGE, Finding, Rule, _clip, _pct, _step
from tb_nanwatch.analysis.series import fmt, log10, nanmax, nanmedian, plural


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
    if nan or inf:
        lines.append("%d NaN and %d Inf%s in that batch" % (nan or 0, inf or 0, " among %s values" % fmt(size) if size else ""))
    all_bad = (~np.isfinite(view.trace[:, row])).sum()
    lines.append("non-finite in %d of %s" % (all_bad, plural(view.n_steps, "traced step")))
    what = "inputs" if kind == "input" else "targets"
    return Finding(0.97 if latched else 0.85, "the %s fed to the model contain NaN/Inf (%s)" % (what, view.name(row)), lines)


def check_input_nonfinite(ctx):
    return _nonfinite_data(ctx, "input")


def check_target_nonfinite(ctx):
    return _nonfinite_data(ctx, "target")


# --- data scale and outliers ------------------------------------------------


def check_input_scale(ctx):
    if ctx.facts and ctx.facts.data_rows("input"):
        return rm.input_scale_finding(ctx)
    return _input_scale_from_stats(ctx)


def _input_scale_from_stats(ctx):
    """Logs without sampled data (format before the data tag): the per-batch statistics."""
    view = ctx.view
    rows = view.rows_of("input")
    f = view.stats_before(ctx.onset_step, inclusive=True)
    if not len(f) or not rows:
        return None
    spread = nanmedian(view.stat("scale_spread", rows)[f].astype(np.float64), axis=0)
    big = nanmedian(view.stat("max_abs", rows)[f].astype(np.float64), axis=0)
    excess_all = np.nan_to_num(np.maximum(spread / 1e3, big / 1e3), nan=0.0)
    if not len(excess_all):
        return None
    j = int(np.argmax(excess_all))
    s, m = float(spread[j]), float(big[j])
    excess = max(s / 1e3 if np.isfinite(s) else 0, m / 1e3 if np.isfinite(m) else 0)
    if excess < 1:
        return None
    lines = []
    if np.isfinite(s) and s >= 1e3:
        lines.append("%s: the per-feature std spans %sx (largest / smallest, median over %s)" % (view.name(rows[j]), fmt(s), plural(len(f), "logged batch", "logged batches")))
    if np.isfinite(m) and m >= 1e3:
        lines.append("%s: typical largest |x| per batch is %s (standardised features stay within ~5)" % (view.name(rows[j]), fmt(m)))
    if ctx.failing:
        score = 0.8 + 0.05 * min(2.0, np.log10(excess))
    else:
        score = 0.55 + 0.1 * min(3.0, np.log10(excess))
    return Finding(_clip(score), "input features are on vastly different or huge scales", lines)


def _categorical(ctx, kind):
    """Token ids fed to an Embedding, or labels (few distinct values): no scale to have outliers on."""
    f = ctx.facts
    if not f:
        return False
    if kind == "input" and f.embeds_inputs():
        return True
    rows = f.data_rows(kind)
    return bool(rows) and all(s.get("integer") and isinstance(s.get("values"), dict) for _, s in rows)


def _outliers(ctx, kind):
    view = ctx.view
    if _categorical(ctx, kind):
        return None
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
    if _categorical(ctx, "target"):
        return None
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


def _lr(ctx):
    """The learning rate of the clean part of the run (a positive number), or None when none is known."""
    series = ctx.view.series("learning_rate")
    lr = None
    if series is not None and ctx.view.n_steps:
        clean = series[: max(1, ctx.t_end)]
        lr = float(nanmedian(np.where(np.isfinite(clean), clean, np.nan)))
    if lr is None or not np.isfinite(lr) or lr <= 0:
        lr = ctx.facts.learning_rate() if ctx.facts else None
    return lr if lr is not None and np.isfinite(lr) and lr > 0 else None


# Rates beyond which an optimiser family takes steps too large for a unit-scale network.
HIGH_RATE = {True: 0.05, False: 0.5}  # adaptive (Adam-like), plain SGD/momentum
LOW_RATE = {True: 1e-5, False: 1e-4}
# A rate at most this many times its family's floor is at the low end of its usual range.
LOW_END = 3.0
# Gradients or activations already huge before any update: the learning rate did not make them, so its
# rule stays a candidate below the causes that did (unless the rate is outside its family's range too).
BEFORE_UPDATE_CAP = 0.45
# A plain-SGD rate this many times past the stability limit its inputs set (`_sgd_limit`) is too high for them, when
# their features' scales (std) lie within SAME_SCALE of each other (one stable rate serves them all); it is then a
# cause beside the inputs' scale, which sets the limit (ranked below it).
PAST_LIMIT = 3.0
SAME_SCALE = 3.0
PAST_LIMIT_SCORE = 0.7
# Gradients huge from the first step under an adaptive optimiser: the problem's scale, which the optimiser divides
# out; a weak candidate for "gradients explode" unless they also grew.
SCALE_FREE_GRAD = 0.4
# Growing gradients in a model of one Dense layer: the steps diverging, not a blow-up through depth.
SHALLOW_GRAD = 0.5
# A narrow hidden layer (`rules_task.NARROW_DEAD` units or fewer) with fewer than this share of its units never
# firing is sparse, not dead.
NARROW_LIVE = 0.5


def _huge_before_update(ctx):
    """Why the values were already huge at the first traced step, before any update could act; or None."""
    view = ctx.view
    g0 = ev.first_grad_norm(view)
    if g0 >= ev.HUGE_GRAD_NORM:
        return "the gradients were already %s at step %d, before any update" % (fmt(g0), view.steps[0])
    growth_ = _depth_growth(view)
    if growth_ is not None and _first_stats_is_first_step(view):
        return "at step %d the activations already grew %sx per layer, before any update" % (view.steps[0], fmt(growth_[0]))
    return None


def _first_stats_is_first_step(view):
    return bool(len(view.stats_steps) and view.n_steps and view.stats_steps[0] <= view.steps[0])


def _sgd_limit(ctx):
    """``(limit, E|x|^2)``: the largest stable plain-SGD rate for a squared-error fit whose first layer is a Dense
    reading the inputs, 1 / E|x|^2 (the loss's curvature along the first kernel is 2 E[x x^T]; gradient descent
    diverges past 2 / curvature); or None when that does not apply or the inputs were not sampled."""
    f = ctx.facts
    width = f.input_dense_width() if f else None
    if not width or f.loss_family() != "mse" or f.adaptive() is not False:
        return None
    rows = f.data_rows("input")
    if len(rows) != 1 or not all(isinstance(rows[0][1].get(k), (int, float)) for k in ("mean", "std")):
        return None
    s = rows[0][1]
    if ((s.get("scale") or {}).get("spread") or 1.0) > SAME_SCALE:
        return None  # a rate below the largest feature's limit would leave the small ones unlearnt: only scaling fixes it
    sq = width * (s["mean"] ** 2 + s["std"] ** 2)
    return (1.0 / sq, sq) if sq > 0 else None


def _peak_lr(ctx):
    """The highest learning rate of the clean part of the run, or None (no logged rate)."""
    series = ctx.view.series("learning_rate")
    if series is None or not ctx.view.n_steps:
        return None
    clean = series[: max(1, ctx.t_end)]
    clean = clean[np.isfinite(clean) & (clean > 0)]
    return float(clean.max()) if len(clean) else None


def check_learning_rate_too_high(ctx):
    view = ctx.view
    lr = _lr(ctx) or 0.0
    adaptive = ctx.facts.adaptive() if ctx.facts else None
    # A schedule that starts far above its family's range does its harm in its first steps (units that die or
    # saturate there stay so at any later rate): the rate is judged at its peak.
    peak = _peak_lr(ctx)
    decayed = None
    if peak is not None and adaptive is not None and peak >= HIGH_RATE[adaptive] > lr:
        decayed, lr = lr, peak
    ur = ev.update_ratio(view, ctx.onset_step, early=True)
    t0 = ctx.growth_start()
    lines, score = [], 0.0
    # An adaptive optimiser moves every weight by about lr per step by design:
    # its update ratio (lr / rms(w), 0.02-0.5 early on) says nothing until lr itself is large.
    if ur is not None and not (adaptive and lr < HIGH_RATE[True] / 5):
        r = ur[0]
        if r >= 1e-1 or (ctx.failing and r >= 1e-2):
            lines.append("weights moved by %s of their norm per step (%s; about %s is healthy)" % (
                fmt(r), "at the first logged step" if ur[1] == 1 else "median of the first %d logged steps" % ur[1], fmt(ev.UPDATE_RATIO_GOOD)))
            score = 0.9 if r >= 1.0 else (0.8 if r >= 1e-1 else 0.55)
    early = ctx.failing and t0 is not None and t0 <= max(5, view.n_steps // 20)
    if early:
        lines.append("the loss began to run away at step %d, %s" % (
            _step(view, t0), "the first step" if t0 == 0 else "after %s of training" % plural(t0, "step")))
        score = max(score, 0.5) + 0.05
    stalled = ctx.tl.status == STALLED
    # the end of the clean part of a failing run; in a stalled one, its first loss spike
    spikes = [e["step"] for e in getattr(view.data, "events", None) or [] if e.get("kind") == "spike"]
    ahead = 0
    if ctx.tl.status == NONFINITE:
        anchor = ctx.t_end
    elif ctx.failing:  # diverging: where the run-away began (an estimate: look a few steps past it)
        anchor, ahead = ctx.growth_start(), 5
    else:
        anchor = view.step_index(min(spikes)) if stalled and spikes else None
    jump = ev.lr_jump(view, anchor, ahead) if anchor is not None else None
    if jump is not None:
        ratio, at, usual, lr = jump
        lines.append("the learning rate jumped %sx, from %s to %s, at step %d, just before the %s: a schedule or "
                     "callback raised it" % (fmt(ratio), fmt(usual), fmt(lr), at, "run-away" if ctx.failing else "loss spike"))
        score = max(score, 0.85)
    rise = ev.lr_rise(view, ctx.t_end)
    if rise is not None:
        best_step, at_best, best, worst, then = rise
        lines.append("a schedule raised the learning rate: the loss was lowest (%s) at step %d, at a rate of %s, and "
                     "rose to %s as the rate went on to %s" % (fmt(best), best_step, fmt(at_best), fmt(worst), fmt(then)))
        score = max(score, 0.85)
    if adaptive is not None and lr >= HIGH_RATE[adaptive] and (stalled or ctx.failing):
        lines.append("%s with learning_rate=%s: %s steps of that size overshoot any minimum (the usual range is %s)" % (
            ctx.facts.optimizer_class(), fmt(lr), "adaptive" if adaptive else "plain gradient",
            "1e-4 to 1e-2" if adaptive else "1e-3 to 0.1"))
        if decayed is not None:
            lines.append("a schedule started the rate at %s and lowered it (median %s over the run): the first steps, "
                         "at the peak, did the damage" % (fmt(lr), fmt(decayed)))
        score = max(score, 0.75 if stalled else 0.7) + 0.05 * min(2.0, np.log10(lr / HIGH_RATE[adaptive]))
    unsettled = getattr(ctx.progress, "unsettled", None) if stalled else None
    if unsettled is not None:
        lines.append("over the second half of the run the weights still moved by %s of their norm per step while the loss "
                     "stopped improving: the steps are too large for it to settle" % fmt(unsettled["ratio"]))
        score = max(score, 0.8)
    if not lines or not ctx.failing and not stalled and score < 0.8:
        return None
    in_range = adaptive is None or lr < HIGH_RATE[adaptive]
    # An adaptive optimiser scales every step to about its rate, whatever the size of the gradients, the inputs or
    # the targets: at a rate above its family's range the rate alone makes the steps too large, and what was huge
    # before it acted does not excuse it.
    scale_free = bool(adaptive) and not in_range
    # Plain SGD on inputs far from unit scale: the inputs set the largest stable rate, and the first update's size
    # measures that this rate is past it; the rate is then a cause beside the inputs, whatever its family's range.
    limit = _sgd_limit(ctx) if ur is not None and ur[0] >= 1.0 and lr > 0 else None
    past_limit = limit is not None and lr >= PAST_LIMIT * limit[0]
    before = None if scale_free or past_limit else _huge_before_update(ctx)
    if rise is not None:
        pass  # the loss answered the rate itself, long after the first step: the checks below do not apply
    elif _data_spike_near(ctx, t0):
        score -= 0.3
        lines.append("(an outlier batch came just before the run-away, which the data rules explain better)")
    elif past_limit:
        score = PAST_LIMIT_SCORE
        lines.append("for inputs of this size (E|x|^2 = %s) plain gradient descent on a squared error is stable only below "
                     "a rate of about 1 / E|x|^2 = %s: %s is %sx past it" % (fmt(limit[1]), fmt(limit[0]), fmt(lr), fmt(lr / limit[0])))
    elif scale_free:
        lines.append("(%s scales every step to about its learning rate whatever the size of the gradients, inputs or "
                     "targets: at %s the rate alone makes the steps too large)" % (ctx.facts.optimizer_class(), fmt(lr)))
    elif before is not None:
        # The rate cannot have made what was there before it acted: never the first cause then.
        score = min(score - 0.3, BEFORE_UPDATE_CAP if in_range else 0.6)
        lines.append("(%s: the learning rate did not make them; the initial weights or the inputs did)" % before)
    elif check_input_scale(ctx) is not None:
        score -= 0.3
        lines.append("(the inputs are on huge scales, which alone makes the steps too large)")
    elif rm.check_target_scale(ctx) is not None:
        score -= 0.3
        lines.append("(the targets are on a huge scale, which alone makes the errors and the steps too large)")
    elif _bad_init(ctx):
        score -= 0.3
        lines.append("(the weights started at a scale or centre that breaks training, which explains the first steps better)")
    elif rm.check_output_activation_range(ctx) is not None:
        score -= 0.3
        lines.append("(the output activation cannot produce the targets: the errors stay large and push it to its limit "
                     "at any rate)")
    depth = ev.depth_ratio(view, max(2, (t0 or ctx.t_end) // 2 + 1)) if view.has("gradient") else None
    if depth is not None and depth[0] >= ev.EXPLODE_DEPTH_RATIO:
        score -= 0.2
    if adaptive:
        suggested = min(1e-3, lr / 10)
    else:
        suggested = _round_down(lr * ev.UPDATE_RATIO_GOOD / ur[0]) if ur is not None and ur[0] > 0 and lr > 0 else lr / 10
        suggested = max(suggested, lr / 1000)
    if rise is not None:  # the rate this model trains at was measured: below where its loss was lowest
        suggested = _round_down(rise[1] / 3)
    elif past_limit:  # below the family's range, on the evidence of the update's size itself
        suggested = _round_down(limit[0] / 2)
    elif adaptive is not None:
        suggested = max(suggested, WORKING_RANGE[adaptive][0])  # never advise a rate below the family's working range
    code = fixes.optimizer_code(ctx.facts, suggested)
    expr = fixes.optimizer_expr(ctx.facts, suggested)
    if rise is not None:
        lr = rise[4]
        fix = ("Stop the schedule from raising the rate past %s, where the loss was lowest: train at a constant rate of "
               "about %s, `%s`" % (fmt(rise[1]), fmt(suggested), expr))
    elif lr > 0 and suggested >= lr * (1 - 1e-6):  # lr is logged in float32: 1e-3 reads 0.00100000005
        score = min(score, BEFORE_UPDATE_CAP)
        fix = "The learning rate %s is already at the low end of %s's usual range: lowering it further is not the fix; fix the higher-ranked causes" % (
            fmt(lr), ctx.facts.optimizer_class())
    elif past_limit:
        fix = ("Standardise the inputs (the rate can then stay), or lower the learning rate below their limit, from %s to "
               "about %s: `%s`" % (fmt(lr), fmt(suggested), expr))
    elif before is not None:
        fix = "Fix the initial scale first (the higher-ranked causes); if the loss still runs away, lower the learning rate from %s to about %s: `%s`" % (
            fmt(lr), fmt(suggested), expr)
    else:
        fix = "Lower the learning rate from %s to about %s in your optimizer: `%s` (or warm it up with a schedule)" % (
            fmt(lr), fmt(suggested), expr)
    if not lr:  # no learning rate known: the rule's generic advice
        fix = code = None
    if jump is not None and rise is None:
        fix = ("Find what set the learning rate to %s at step %d (a schedule, or a callback such as "
               "`LearningRateScheduler`) and keep it near %s; `NanWatch(..., on_spike=\"rollback\")` survives such a "
               "spike" % (fmt(jump[3]), jump[1], fmt(jump[2])))
        code = _ROLLBACK_CODE
    summary = "the learning rate (%s) is too high for this model" % fmt(lr)
    if rise is not None:
        summary = "a schedule raised the learning rate past what this model takes (to %s)" % fmt(rise[4])
    elif before is not None and in_range and jump is None:
        summary = "the learning rate (%s) is in its usual range; the values were huge before it acted" % fmt(lr)
    return Finding(_clip(score), summary, lines, fix, code=code)


def check_learning_rate_too_low(ctx):
    view = ctx.view
    if ctx.tl.status not in (STALLED, HEALTHY):
        return None
    lr = _lr(ctx)
    if lr is None or ev.lr_rise(view, ctx.t_end) is not None:  # (a rate raised until the loss rose: too high)
        return None
    adaptive = ctx.facts.adaptive() if ctx.facts else None
    ur = ev.update_ratio(view, None, early=False)
    lines = []
    halted = ctx.progress.halted if ctx.progress else None
    if halted:  # the rate the run ended at, not the median of a decaying schedule
        lr = halted["to"]
        lines.append("%s: after that short budget at a working rate the loss levelled off with less than half of it "
                     "learnt, its steps too small to go on" % halted_line(halted))
    elif adaptive is not None and lr <= LOW_RATE[adaptive]:
        lines.append("%s with learning_rate=%s moves each weight by about %s per step" % (
            ctx.facts.optimizer_class(), fmt(lr), "that much" if adaptive else "that times its gradient"))
    if ur is not None and ur[0] < 1e-5:
        lines.append("weights move by only %s of their norm per step (about %s is healthy)" % (fmt(ur[0]), fmt(ev.UPDATE_RATIO_GOOD)))
    # Learning too slowly, weights still travelling: the size of the steps sets the pace (below the family's top).
    slow = ctx.progress.slow if ctx.progress else None
    paced = bool(not lines and slow and slow["weights"] and adaptive is not None and lr < WORKING_RANGE[adaptive][1])
    if paced:
        name, a, _, b = slow["weights"][0]
        lines.append("the weights of `%s` went from norm %s to %s at an undiminished rate and were still on their way at "
                     "the end: with %s at learning_rate=%s, the size of each step sets the pace" % (
                         name, fmt(a), fmt(b), ctx.facts.optimizer_class(), fmt(lr)))
    # Still falling steadily far from a fit at the low end of the family's range: larger steps cover the same way
    # in fewer of them (the rate is the first thing to raise; more steps are the other way, ranked after it).
    low_end = adaptive is not None and lr <= LOW_END * WORKING_RANGE[adaptive][0]
    slow_at_low_end = bool(not lines and slow and slow["falling"] and low_end)
    if slow_at_low_end:
        paced = True
        lo, hi = WORKING_RANGE[adaptive]
        lines.append("the loss was still falling steadily, far from a fit, when training stopped: %s at learning_rate=%s "
                     "is at the low end of its usual range (%s to %s), so each step covers little of the way" % (
                         ctx.facts.optimizer_class(), fmt(lr), fmt(lo), fmt(hi)))
    if not lines:
        return None
    stuck = ev.dead_layers(view) or ev.saturated_layers(view) or any(r < ev.VANISH_MEAN_ABS for _, r in ev.grad_rms(view, ctx.t_end))
    if stuck:
        return None  # the gradients vanish: a larger rate would not help, so it is not the cause
    if ctx.tl.loss_start:
        lines.append("loss went from %s to %s" % (fmt(ctx.tl.loss_start), fmt(ctx.tl.loss_end)))
    if halted:
        suggested = halted["from"]
    elif paced:
        suggested = min(lr * 10, WORKING_RANGE[adaptive][1])
    elif adaptive:
        suggested = 1e-3
    else:
        suggested = min(lr * ev.UPDATE_RATIO_GOOD / ur[0], lr * 100, 0.1) if ur is not None and ur[0] > 0 else min(lr * 100, 0.1)
        suggested = _round_down(suggested)
    fix = "Raise the learning rate from %s to about %s in your optimizer: `%s`" % (
        fmt(lr), fmt(suggested), fixes.optimizer_expr(ctx.facts, suggested))
    if halted:
        fix = ("Decay the learning rate more slowly (or keep it constant): train at about %s, `%s`, and let it fall "
               "at most 10x by the end of the run" % (
                   fmt(suggested), fixes.optimizer_expr(ctx.facts, suggested)))
    # (a candidate beside the steps, below a mechanism that slows the loss whatever the rate, e.g. depth)
    score = (0.55 if slow_at_low_end else 0.6 if paced else 0.75) if ctx.tl.status == STALLED else 0.4
    return Finding(score, "the learning rate (%s) is too low to make progress" % fmt(lr), lines, fix,
                   code=fixes.optimizer_code(ctx.facts, suggested))


def check_optimizer_settings(ctx):
    view = ctx.view
    if ctx.facts and _plain_gradient_descent(ctx.facts):
        return None  # its step is exactly lr x gradient: no epsilon, no momentum to take a huge step on a tiny one
    rows = [i for i in view.rows_of("weight") if view.name(i).endswith("kernel")] or view.rows_of("weight")
    f = view.stats_before(ctx.onset_step, inclusive=True)
    if not len(f):
        return None
    ur = nanmax(view.stat("update_ratio", rows)[f].astype(np.float64), axis=1)
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


def _plain_gradient_descent(facts):
    """True for SGD without momentum (as the facts record it)."""
    opt = facts.optimizer()
    momentum = (opt.get("config") or {}).get("momentum", opt.get("momentum"))
    return (facts.optimizer_class() or "").lower() == "sgd" and momentum in (0, 0.0)


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
            lines.append("global gradient norm grew 10^%.1fx in %s before %s (from %s at step %d to %s at step %d)" % (
                decades, plural(last - t0, "step"), "the onset" if ctx.tl.status == NONFINITE else "its peak", fmt(g[t0]), _step(view, t0), fmt(g[last]), _step(view, last)))
            score = 0.6 + 0.03 * min(5.0, decades - 3)
    g0 = ev.first_grad_norm(view)
    if ctx.tl.status != HEALTHY and g0 >= ev.HUGE_GRAD_NORM:
        lines.append("the global gradient norm was already %s at step %d, before any update (threshold %s)" % (fmt(g0), view.steps[0], fmt(ev.HUGE_GRAD_NORM)))
        if ctx.facts and ctx.facts.adaptive():
            # Large from the start is the problem's scale, not a blow-up; the optimiser divides it out.
            score = max(score, SCALE_FREE_GRAD)
            lines.append("(%s divides each gradient by its running size: gradients this large do not make its steps "
                         "large by themselves, and clipping them leaves the steps as they are)" % ctx.facts.optimizer_class())
        else:
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
    weighted = ctx.facts.weighted_layers() if ctx.facts else []
    if len(weighted) == 1 and weighted[0].get("class") == "Dense":
        # Exploding gradients grow through a product of layers (or of time steps); a single Dense has neither.
        score = min(score, SHALLOW_GRAD)
        lines.append("(the model is one Dense layer: no depth for a gradient to grow through; gradients that grow here "
                     "follow weights that the steps drive apart)")
    expr = fixes.optimizer_expr(ctx.facts, None, clipnorm=1.0)
    return Finding(_clip(score), "gradients explode", lines,
                   "Clip the gradients in your optimizer: `%s` (or `global_clipnorm=1.0`)" % expr,
                   code=fixes.optimizer_code(ctx.facts, None, clipnorm=1.0))


def check_vanishing_gradients(ctx):
    view = ctx.view
    rms = ev.grad_rms(view, max(1, ctx.t_end))
    tiny = [(layer, r) for layer, r in rms if r < ev.VANISH_MEAN_ABS]
    depth = ev.depth_ratio(view, max(1, ctx.t_end))
    rel = depth is not None and depth[0] <= 1.0 / ev.EXPLODE_DEPTH_RATIO**1.5
    fading = not tiny and not rel and _fading_through_saturating_layers(ctx, rms, depth)
    if not tiny and not rel and not fading:
        return None
    lines = ["%s: gradient RMS %s (< 1e-7)" % (layer, fmt(r)) for layer, r in tiny[:3]]
    if rel:
        lines.append("the first layer's gradient norm (%s) is only %sx the last layer's (%s)" % (depth[1], fmt(depth[0]), depth[2]))
    if fading:
        lines += ["the gradient shrinks at every layer on its way to the input: the first layer's norm (%s) is %sx the "
                  "last layer's (%s)" % (depth[1], fmt(depth[0]), depth[2]),
                  "%d hidden %s layers: each multiplies the backward signal by its derivative (at most 0.25 for a "
                  "sigmoid, 1 for tanh), so the layers nearest the input learn slowest" % fading]
    score = (0.6 if fading else 0.8) if ctx.tl.status == STALLED else 0.45
    blocked = [ctx.view.layer(i) for i, _, units in ev.dead_layers(ctx.view, ctx.onset_step) if units >= ev.ALL_DEAD]
    if tiny and blocked and all(r == 0 for _, r in tiny):
        # Exactly 0, not small: no gradient passes a layer whose units never fire; depth did not fade it (and the
        # first layer, behind the dead one, gets next to nothing, whatever the depth ratio says).
        score = min(score, 0.35)
        lines.append("(exactly 0: no gradient passes the dead layer %s, so the dead units are the cause)" % blocked[0])
    return Finding(score, "gradients vanish before reaching the first layers", lines)


# A stalled stack of sigmoid/tanh layers whose gradient shrinks layer by layer to this fraction at the input.
FADING_DEPTH_RATIO = 0.2
_FADING = ("sigmoid", "hard_sigmoid", "tanh")


def _fading_through_saturating_layers(ctx, rms, depth):
    """``(count, "sigmoid/tanh")`` when a stalled run's gradient shrinks monotonically toward the input through 3+
    hidden sigmoid/tanh layers, to `FADING_DEPTH_RATIO` or less of the last layer's; else None. The textbook vanishing
    gradient, milder than the depth ratio the rule otherwise asks for: each such layer scales the signal down."""
    f = ctx.facts
    if ctx.tl.status != STALLED or not f or not f.layers or depth is None or depth[0] > FADING_DEPTH_RATIO:
        return None
    skip = f.output_head_names()
    saturating = [a for a in (f.activation_of(l) for l in f.layers if l["name"] not in skip) if a in _FADING]
    values = [r for _, r in rms]
    if len(saturating) < 3 or len(values) < 3 or any(b > a for a, b in zip(values, values[1:])):
        return None
    return len(saturating), "/".join(sorted(set(saturating)))


def check_model_too_deep(ctx):
    view = ctx.view
    n = len(view.layers("gradient"))
    if n < 10:
        return None
    depth = ev.depth_ratio(view, max(2, ctx.t_end // 2 + 1))
    growth_ = _depth_growth(view)
    compounding = depth is not None and not ev.EXPLODE_DEPTH_RATIO ** -1 < depth[0] < ev.EXPLODE_DEPTH_RATIO
    if not compounding and growth_ is None:
        return _deep_plain_stack(ctx, n)
    lines = ["%d trainable layers" % n]
    if compounding:
        lines[0] += "; the first layer's gradient norm is %sx the last layer's" % fmt(depth[0])
    if growth_ is not None:
        lines.append("at the first step the activations grow %sx per layer (RMS %s to %s)" % (fmt(growth_[0]), fmt(growth_[1]), fmt(growth_[2])))
    score = 0.55 if ctx.tl.status != HEALTHY else 0.3
    if _bad_init(ctx):
        score -= 0.2  # the initialisation explains the compounding better
    elif ctx.tl.status == STALLED and n >= 15:
        score += 0.25  # a plain stack this deep is the root of what its layers show
    return Finding(score, "the network is deep enough for signals to compound layer by layer", lines)


# Weighted layers from which a plain stack (no normalisation, no skip connections) is "very deep".
DEEP_PLAIN = 20
_DEPTH_AIDS = ("BatchNormalization", "LayerNormalization", "GroupNormalization", "UnitNormalization",
               "Add", "Concatenate")


def _deep_plain_stack(ctx, n):
    """A stalled run of a very deep plain stack whose gradients did not compound: depth itself is a candidate
    (issue 21, class 1: a stalled run always gets its reasons). Every update must keep 20+ layers in step, so
    plain SGD/Adam train such a stack slowly even when the signal survives; the usual fix is the same."""
    f = ctx.facts
    if ctx.tl.status != STALLED or n < DEEP_PLAIN or not f or not f.layers:
        return None
    if any(l.get("class") in _DEPTH_AIDS for l in f.layers):
        return None
    lines = ["%d trainable layers in a plain stack: no normalisation layer, no skip connection" % n]
    dead = ev.layer_fraction(ctx.view, "dead_frac", ev.RELU_LIKE, ctx.onset_step)
    if len(dead) >= DEEP_PLAIN // 2:
        third = max(1, len(dead) // 3)
        early, late = np.mean([m for _, m, _ in dead[:third]]), np.mean([m for _, m, _ in dead[-third:]])
        if late >= 0.2 and late > early:
            lines.append("the deeper, the more units are dead for a whole batch: %s in the last third of the ReLU layers, "
                         "%s in the first third" % (_pct(late), _pct(early)))
    score = 0.55 + 0.05 * (len(lines) - 1)
    return Finding(score, "the network is a very deep plain stack, slow to train", lines)


# --- initialisation and activations -------------------------------------------


# A kernel this many times the He scale sqrt(2 / fan_in) (or this far below it) breaks the signal.
INIT_TOO_BIG, INIT_TOO_SMALL = 5.0, 0.01
# A kernel of fewer weights has no scale to judge: one draw of the right initialiser lands anywhere in its range
# (a 1x1 Glorot kernel falls below INIT_TOO_SMALL of the scale about 1 time in 120).
MIN_SCALED_SIZE = 4


def _size(w):
    """The number of weights in an initial-weights record (0 when its shape is unknown)."""
    shape = w.get("shape") or []
    return float(np.prod([float(d) for d in shape])) if shape and all(isinstance(d, (int, float)) for d in shape) else 0.0


def _init_lines(ctx):
    """Evidence on the initial weights from the facts the hook read before the first update."""
    lines, centre = [], []
    for w in ctx.facts.initial_weights() if ctx.facts else []:
        rms, fan_in = w.get("rms"), w.get("fan_in")
        if rms is None or not fan_in:
            continue
        he = np.sqrt(2.0 / fan_in)
        if rms >= INIT_TOO_BIG * he and rms >= 0.3:
            with np.errstate(over="ignore"):
                ratio = rms / he
            lines.append("%s starts with RMS %s, %s the He/Glorot scale sqrt(2 / fan_in) = %s for fan_in %d" % (
                w["name"], fmt(rms), "%sx" % fmt(ratio) if np.isfinite(ratio) else "far beyond", fmt(he), fan_in))
        elif w.get("max_abs") == 0 and (w.get("fan_out") or 0) > 1:
            lines.append("%s starts all zero: its %d units get identical gradients and stay identical" % (w["name"], w["fan_out"]))
        elif 0 < rms <= INIT_TOO_SMALL * he and _size(w) >= MIN_SCALED_SIZE:
            lines.append("%s starts with RMS %s, %sx below the He/Glorot scale %s: the signal fades layer by layer" % (
                w["name"], fmt(rms), fmt(he / rms), fmt(he)))
        elif _off_centre(w):
            centre.append("%s starts off centre: mean %s against a spread (std) of %s" % (w["name"], fmt(w["mean"]), fmt(w["std"])))
    if centre:
        centre = _fold(centre)
        centre[-1] += ("; initialisers draw around 0: `RandomUniform(0, 1)` makes every weight positive, so the units "
                       "add up the same way and tanh/sigmoid layers saturate")
    return _fold(lines) + centre


# A kernel's mean this many standard errors (std / sqrt(size)) from 0, and at least this fraction of its std, is not
# drawn around 0: a zero-centred draw of 10+ values lands there with odds below 1e-4.
OFF_CENTRE_SE, OFF_CENTRE_FRACTION = 4.0, 0.5


def _off_centre(w):
    mean, std, size = w.get("mean"), w.get("std"), _size(w)  # (size 0: shape unknown or malformed)
    if not all(isinstance(v, (int, float)) for v in (mean, std)):
        return False
    if not (std > 0 and 10 <= size < np.inf):
        return False
    return abs(mean) >= max(OFF_CENTRE_SE * std / np.sqrt(size), OFF_CENTRE_FRACTION * std)


def _bad_init(ctx):
    return bool(_init_lines(ctx))


# Activations growing >= 2x per layer (median) and by this much from the first layer to their peak compound.
DEPTH_GROWTH = 30.0


def _depth_growth(view):
    """``(per-layer factor, first rms, last rms, layers)`` when activations grow geometrically with depth at the first logged step."""
    rows = view.rows_of("activation")
    if len(rows) < 4 or not view.has("stats"):
        return None
    l2, size = view.stat("l2", rows)[0].astype(np.float64), view.stat("size", rows)[0].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        rms = l2 / np.sqrt(size)
    ok = np.isfinite(rms) & (rms > 0)
    if ok.sum() < 4:
        return None
    r = rms[ok]
    # Judged up to the layer where the signal peaks: the output layer (often a single unit) may be smaller again.
    peak = int(np.argmax(r))
    if peak < 3 or r[peak] < DEPTH_GROWTH * r[0]:
        return None
    factor = float((r[peak] / r[0]) ** (1.0 / peak))  # the mean growth per layer up to the peak
    if factor < 2.0:
        return None
    return factor, float(r[0]), float(r[peak]), peak + 1


# Kernels this many times the He scale, layer after layer, compound into the growth `_depth_growth` sees.
INIT_GAIN = 1.5


def _gain_lines(ctx):
    """Kernels starting above the He scale (by `INIT_GAIN` or more): the per-layer gain that compounds with depth."""
    lines = []
    for w in ctx.facts.initial_weights() if ctx.facts else []:
        rms, fan_in = w.get("rms"), w.get("fan_in")
        if rms is None or not fan_in:
            continue
        he = np.sqrt(2.0 / fan_in)
        if rms >= INIT_GAIN * he:
            with np.errstate(over="ignore"):
                ratio = rms / he
            lines.append("%s starts with RMS %s, %s the He/Glorot scale sqrt(2 / fan_in) = %s for fan_in %d" % (
                w["name"], fmt(rms), "%sx" % fmt(ratio) if np.isfinite(ratio) else "far beyond", fmt(he), fan_in))
    return _fold(lines)


def _fold(lines):
    """At most three lines per kernel finding: the first two, then how many more."""
    if len(lines) > 3:
        lines = lines[:2] + ["(and %s more like them)" % plural(len(lines) - 2, "kernel")]
    return lines


def check_weight_init(ctx):
    """Initial weights at a scale that breaks training: each kernel far off the He scale, or a forward
    signal that already grows layer by layer at the first step, before any update (the inputs being in scale)."""
    view = ctx.view
    lines = _init_lines(ctx)
    if not lines and not (ctx.facts and ctx.facts.initial_weights()):
        lines = _init_lines_from_stats(ctx)
    growth_ = _depth_growth(view) if _first_stats_is_first_step(view) else None
    compounding = growth_ is not None and not lines and check_input_scale(ctx) is None
    if compounding:
        lines = _gain_lines(ctx)
    if not lines and not compounding:
        prior = rt.output_bias_prior(ctx) if ctx.tl.status == STALLED else None
        if prior is None:
            return None
        return Finding(0.8, "the output bias starts far from the class prior", prior[0], prior[1], code=prior[2])
    if growth_ is not None:
        lines.append("at step %d, before any update, the activations grow %sx per layer, from RMS %s to %s over %d layers" % (
            view.steps[0], fmt(growth_[0]), fmt(growth_[1]), fmt(growth_[2]), growth_[3]))
    g0 = ev.first_grad_norm(view)
    if compounding and g0 >= ev.HUGE_GRAD_NORM:
        lines.append("the global gradient norm was already %s at step %d: the initial weights made it, not the updates" % (fmt(g0), view.steps[0]))
    ur = ev.update_ratio(view, None, early=True)
    if ur is not None and ur[0] >= 1.0:
        lines.append("the first updates moved the weights by %sx their norm" % fmt(ur[0]))
    stuck = bool(ev.dead_layers(view) or ev.saturated_layers(view))
    score = 0.85 if ctx.tl.status != HEALTHY else (0.5 if stuck else 0.45)
    if compounding:
        score -= 0.05  # each layer alone is near a usual scale: the compounding is the evidence
    return Finding(score, "weights start at a scale or centre that breaks training", lines[:6],
                   "Use the default initialisers: `kernel_initializer='he_normal'` for ReLU layers, `'glorot_uniform'` for others, "
                   "`bias_initializer='zeros'`; drop `RandomNormal(stddev=...)` and `RandomUniform(0, ...)`", code=_init_code(ctx))


def _init_code(ctx):
    """The user's Dense layers rebuilt with He (ReLU-like) or Glorot (other) initialisers."""
    layers = fixes.dense_layers(ctx.facts)
    if not layers:
        return None
    lines = ["import keras", "", "# your layers with initialisers that keep the signal's scale from layer to layer"]
    for l in layers:
        init = "he_normal" if (l.get("activation") or "") in ev.RELU_LIKE + ("leaky_relu", "elu", "gelu", "silu") else "glorot_uniform"
        lines.append("%s = %s" % (fixes._var(l["name"]), fixes.dense_code(l, kernel_initializer=init, bias_initializer="zeros")))
    return "\n".join(lines)


def _init_lines_from_stats(ctx):
    """Logs without model facts: the first logged statistics, when they still show the init."""
    view = ctx.view
    t0 = ctx.growth_start()
    lines = []
    for i, rms, zero in ev.initial_weights(view, t0 if t0 is not None else ctx.t_end):
        if rms >= 1.0:
            lines.append("%s starts with RMS %s (Glorot/He give ~sqrt(2 / fan_in), well under 1)" % (view.name(i), fmt(rms)))
        elif zero >= 0.999:
            lines.append("%s starts all zero: its units stay identical" % view.name(i))
    biases = [i for i in view.rows_of("weight") if view.name(i).endswith("bias")]
    if biases and lines:
        for i, m in zip(biases, view.stat("mean", biases)[0]):
            if np.isfinite(m) and abs(m) >= 1.0:
                lines.append("%s starts at mean %s (biases usually start at 0)" % (view.name(i), fmt(m)))
    return lines


def _sparse_narrow(ctx, row, dead_units):
    """A hidden layer of at most `rules_task.NARROW_DEAD` units, fewer than `NARROW_LIVE` of them never firing."""
    width = rt.hidden_width(ctx, row)
    return dead_units < NARROW_LIVE and width is not None and width[1] <= rt.NARROW_DEAD


def check_dead_activations(ctx):
    view = ctx.view
    # In a layer of a few units the share of zero outputs says how the inputs fall, not that units died: one ReLU
    # unit that fires on a quarter of the inputs works. Such a layer is dead when half its units never fire.
    dead = [(i, z, d) for i, z, d in ev.dead_layers(view, ctx.onset_step) if not _sparse_narrow(ctx, i, d)]
    if not dead:
        return None
    i, zero, dead_frac = max(dead, key=lambda d: d[1])
    lines = ["%s: %s of outputs are 0 (median over the run; 70%% is the threshold)%s" % (
        view.name(i), _pct(zero), ", %s of its units never fire" % _pct(dead_frac) if np.isfinite(dead_frac) else "")]
    lines += ["%s: %s of outputs are 0" % (view.name(j), _pct(z)) for j, z, _ in dead if j != i][:2]
    score = 0.6 + 0.3 * (zero - ev.DEAD_FRAC) / (1 - ev.DEAD_FRAC)
    if ctx.tl.status == STALLED:
        score += 0.1
    elif ctx.failing:
        score -= 0.2
    layers = fixes.dense_layers(ctx.facts, {view.layer(j) for j, _, _ in dead})
    code = fixes.layers_code(layers, "the dead layers with a leaky activation and He initialisation",
                             activation="leaky_relu", kernel_initializer="he_normal", bias_initializer="zeros")
    return Finding(_clip(score), "ReLU units are dead (%s)" % plural(len(dead), "layer"), lines, code=code)


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
    layers = fixes.dense_layers(ctx.facts, {view.layer(j) for j, _ in sat})
    code = fixes.layers_code(layers, "the saturated layers with ReLU and He initialisation (or keep them and add keras.layers.BatchNormalization() before)",
                             activation="relu", kernel_initializer="he_normal")
    return Finding(_clip(score), "sigmoid/tanh units are saturated (%s)" % plural(len(sat), "layer"), lines, code=code)


# --- unsafe math -------------------------------------------------------------


def check_unsafe_loss_math(ctx):
    view, tl = ctx.view, ctx.tl
    if tl.status != NONFINITE or tl.onset["phase"] != "loss":
        return None
    step = tl.onset["step"]
    lines = ["%s became non-finite at step %d while every input and layer output was finite" % (tl.onset.get("tensor") or "the loss", step)]
    acts = view.rows_of("activation")
    if acts:
        out = acts[-1]
        lo, hi = ev.stat_at(view, step, out, "min"), ev.stat_at(view, step, out, "max")
        if lo is not None and hi is not None:
            touch = " (exactly 0 or 1: log(0) = -Inf)" if (lo == 0.0 or hi == 1.0) and view.activation(out) in ("sigmoid", "softmax") else ""
            lines.append("model output %s (%s) ranged over [%s, %s] at step %d%s" % (view.name(out), view.activation(out), fmt(lo), fmt(hi), step, touch))
        t = min(tl.t_onset, view.n_steps - 1)
        before = view.values(out, 0, t)
        before = before[np.isfinite(before)]
        grown = float(view.values(out, t, t + 1)[0]) / np.median(before) if len(before) and np.median(before) > 0 else 1.0
        if ctx.growth_start() is not None:
            lines.append("but the loss had been running away since step %d: an overflow of a diverging run" % _step(view, ctx.growth_start()))
        elif not np.isfinite(grown) or grown >= 1e3 or (lo is not None and hi is not None and max(abs(lo), abs(hi)) >= 1e15):
            lines.append("but the model output had %s: the loss overflowed on exploding predictions" % _grown(grown, None))
        elif ev.first_grad_norm(view) >= ev.HUGE_GRAD_NORM:
            lines.append("but the gradients were already %s at the first step: the predictions were exploding" % fmt(ev.first_grad_norm(view)))
        else:
            return _builtin_loss_off_domain(ctx, lines) or Finding(0.95, "the loss computes log(0) or x/0 on finite predictions", lines)
        return Finding(0.4, "the loss overflowed on exploding predictions", lines, _FIX_CONSEQUENCE, code=_guard_code(ctx))
    return _builtin_loss_off_domain(ctx, lines) or Finding(0.95, "the loss computes log(0) or x/0 on finite predictions", lines)


def _builtin_loss_off_domain(ctx, lines):
    """Keras's own cross-entropies clip and normalise their inputs: on the probabilities they expect their math is
    safe. Fed an output that is not one (a ReLU whose units are all 0 normalises 0/0), the output is the root
    (`output_activation_loss`) and the unsafe math its consequence."""
    f = ctx.facts
    family = f.loss_family() if f else None
    # (a hand-written loss was probed for what it computes: its math is its own)
    if family not in ("bce", "cce", "scce") or f.from_logits() or "computes" in (f.loss() or {}):
        return None
    act = f.output_activation()
    if act in ("sigmoid", "softmax"):
        return None
    lines = lines + ["Keras's %s is safe on the probabilities it expects; it was fed a %s output, which is not one "
                     "(a row of all-zero outputs normalises to 0/0)" % (f.loss_name(), act or "linear")]
    want = "sigmoid" if family == "bce" else "softmax"
    logits = rm._LOGIT_LOSSES[family] + "(from_logits=True)"
    return Finding(0.6, "the loss went non-finite on outputs that are not probabilities", lines,
                   'Give the loss probabilities: `activation="%s"` on the output layer, or keep it linear and use `%s`' % (want, logits),
                   code='model.compile(optimizer=model.optimizer, loss=%s)  # with a linear output layer' % logits)


# Activations that cannot turn finite inputs into NaN/Inf themselves.
_SAFE_ACTIVATIONS = (None, "linear", "relu", "relu6", "leaky_relu", "sigmoid", "hard_sigmoid", "tanh", "softmax",
                     "softplus", "softsign", "gelu", "elu", "selu", "silu", "swish", "mish")


def _backward_layer_math(ctx):
    onset = ctx.tl.onset
    if str(onset.get("tensor", "")).endswith(metadata.INPUT_GRAD_SUFFIX):
        # Measured: the gradient at this layer's input went non-finite while every gradient nearer the loss was finite.
        layer = onset.get("layer")
        lines = ["the gradient at the input of layer %s was the first non-finite value at step %d, while every gradient nearer the loss "
                 "(its output's included) and every forward value were finite: its backward pass produced it" % (layer, onset["step"]),
                 "sqrt(x) at x = 0, log(x) near 0 and a/b with b -> 0 are finite forward but have infinite derivatives there"]
        return Finding(0.95, "layer %s produces an infinite or NaN gradient in its backward pass" % layer, lines,
                       "Guard the op in layer `%s`: `ops.sqrt(ops.maximum(x, 1e-12))`, `ops.log(ops.maximum(x, 1e-7))`, `ops.divide_no_nan(a, b)`" % layer,
                       code="# use these in the call() of layer %s\n%s" % (layer, _CODE_LAYER_MATH))
    hidden = _nonfinite_layer_input(ctx)
    if hidden is not None:
        return hidden
    found = rm.backward_weightless_suspects(ctx)
    if not found or not found[1]:
        return None
    layer, suspects = found
    names = ", ".join("`%s`%s" % (l["name"], " (%s)" % l["class"] if l.get("class") else "") for l in suspects)
    lines = ["the first non-finite gradient was %s at step %d, while every forward value was finite" % (ctx.tl.onset["tensor"], ctx.tl.onset["step"]),
             "between layer %s and the next layer with weights, only %s has no weights of its own: the NaN was born in its backward pass" % (layer, names),
             "sqrt(x) at x = 0, log(x) near 0 and a/b with b -> 0 are finite forward but have infinite derivatives there"]
    return Finding(0.9, "layer %s produces an infinite or NaN gradient in its backward pass" % suspects[0]["name"], lines,
                   "Guard the op in layer `%s`: `ops.sqrt(ops.maximum(x, 1e-12))`, `ops.log(ops.maximum(x, 1e-7))`, `ops.divide_no_nan(a, b)`" % suspects[0]["name"],
                   code="# use these in the call() of layer %s\n%s" % (suspects[0]["name"], _CODE_LAYER_MATH))


def _nonfinite_layer_input(ctx):
    """A kernel's gradient went non-finite while its bias's stayed finite: the kernel's gradient is the layer's input
    times the gradient at its output (x^T . delta), the bias's that gradient alone, so the input held NaN/Inf, hidden
    in the forward pass (a fused ReLU turns NaN into 0). With finite model inputs, the model's own math made it."""
    view, onset = ctx.view, ctx.tl.onset
    tensor = str(onset.get("tensor", ""))
    bias_grad = tensor[: -len("kernel/grad")] + "bias/grad"
    if not tensor.endswith("/kernel/grad") or bias_grad not in view.index:
        return None
    t = min(ctx.tl.t_onset, view.n_steps - 1)
    bias = float(view.values(view.index[bias_grad], t, t + 1)[0])
    inputs = [float(view.values(i, t, t + 1)[0]) for i in view.rows_of("input")]
    if not np.isfinite(bias) or not inputs or not all(np.isfinite(inputs)):
        return None
    layer = onset.get("layer") or tensor.split("/")[0]
    lines = ["at step %d %s was non-finite while its bias's gradient (norm %s) was finite: a kernel's gradient is the "
             "layer's input times the gradient at its output, the bias's that gradient alone, so the input of layer %s "
             "held NaN/Inf" % (onset["step"], tensor, fmt(bias), layer),
             "every model input was finite: the model's own computation before layer %s (math in `call()` or a `Lambda`: "
             "x / 0, log(0), sqrt of a negative) made it; the forward pass hid it (a fused ReLU turns NaN into 0)" % layer]
    return Finding(0.9, "the model computes NaN/Inf before layer %s from finite inputs" % layer, lines,
                   "Guard the math that feeds layer `%s`: `ops.divide_no_nan(a, b)` or a `+ 1e-7` in divisions (a "
                   "standard deviation of 0 on a constant feature), `ops.log(ops.maximum(x, 1e-7))`, "
                   "`ops.sqrt(ops.maximum(x, 0.0))`" % layer,
                   code="# in the model's call(), before layer %s\n%s" % (layer, _CODE_LAYER_MATH))


def check_unsafe_layer_math(ctx):
    view, tl = ctx.view, ctx.tl
    if tl.status == NONFINITE and tl.onset["phase"] == "backward":
        return _backward_layer_math(ctx)
    if tl.status != NONFINITE or tl.onset["phase"] != "forward" or tl.onset["tensor"] not in view.index:
        return None
    i = view.index[tl.onset["tensor"]]
    row = view.rows[i]
    t = min(tl.t_onset, view.n_steps - 1)
    lines = ["%s became non-finite at step %d" % (view.name(i), tl.onset["step"])]
    layer = tl.onset.get("layer") or row.get("layer") or view.name(i)
    has_matmul = any(view.rows[k]["kind"] == "preactivation" and view.layer(k) == row.get("layer") for k in view.rows_of("preactivation"))
    if row["kind"] == "preactivation" or (has_matmul and (row.get("activation") or None) in _SAFE_ACTIVATIONS):
        # A matmul/conv of finite inputs and weights, or a safe activation of it, only goes non-finite by overflowing.
        lines.append("a matmul/conv followed by %s only overflows when its inputs or weights have exploded" % (row.get("activation") or "no activation"))
        return Finding(0.35, "layer %s overflowed (its weights or inputs exploded)" % layer, lines, _FIX_CONSEQUENCE, code=_guard_code(ctx))
    # The layer's input: the nearest earlier row measured (and finite) at the onset step.
    before = [j for j in view.rows_of("input", "preactivation", "activation") if j < i]
    now, j = np.nan, None
    for k in reversed(before):
        v = float(view.values(k, t, t + 1)[0])
        if not np.isnan(v):
            now, j = v, k
            break
    if j is None:
        return Finding(0.6, "layer %s produced NaN/Inf" % layer, lines)
    hist = view.values(j, 0, ctx.t_end)
    med = nanmedian(np.where(np.isfinite(hist), hist, np.nan)) if len(hist) else np.nan
    # With no history (an onset at the first step) the input cannot have grown: it is the data.
    grown = 1.0 if not np.isfinite(med) and np.isfinite(now) else (now / med if med > 0 and np.isfinite(now) else np.inf)
    if np.isfinite(now) and grown <= 1e3:
        lines.append("while its input %s was finite and ordinary (norm %s, median %s)" % (view.name(j), fmt(now), fmt(med)))
        return Finding(0.9, "layer %s computes log/division/sqrt/exp that overflows on ordinary inputs" % layer, lines)
    lines.append("but its input %s had %s: an overflow of a diverging run" % (view.name(j), _grown(grown, now)))
    return Finding(0.35, "layer %s overflowed on exploding inputs" % layer, lines, _FIX_CONSEQUENCE, code=_guard_code(ctx))


def _guard_code(ctx):
    """The snippet of a consequence: a guard (clipping, in the user's optimizer) while the cause is fixed."""
    return "# a guard while you fix the higher-ranked cause: clip the gradients\n" + fixes.optimizer_code(ctx.facts, None, clipnorm=1.0)


def _grown(ratio, norm):
    """``grown 3000x (norm 1.2e14)``, or what is true when a figure overflowed float32."""
    if norm is not None and not np.isfinite(norm):
        return "grown beyond float32 (its norm overflowed)"
    if not np.isfinite(ratio):
        return "grown beyond float32"
    return "grown %sx%s" % (fmt(ratio), " (norm %s)" % fmt(norm) if norm is not None else "")


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

# The runnable snippets of the generic fixes (a finding may bring its own, filled from the model facts).
_CODE_DATA = """import numpy as np

# drop the rows holding NaN/Inf in the inputs or the targets
keep = np.isfinite(x).reshape(len(x), -1).all(axis=1) & np.isfinite(y).reshape(len(y), -1).all(axis=1)
x, y = x[keep], y[keep]"""
_CODE_STANDARDISE = """# standardise with the training set's statistics (use the same mu, sd on validation and test data)
mu, sd = x_train.mean(axis=0), x_train.std(axis=0) + 1e-8
x_train = (x_train - mu) / sd"""
_CODE_INPUT_OUTLIERS = """import numpy as np

lo, hi = np.percentile(x, [0.5, 99.5], axis=0)
x = np.clip(x, lo, hi)"""
_CODE_TARGET_OUTLIERS = """import numpy as np

lo, hi = np.percentile(y, [0.5, 99.5])
y = np.clip(y, lo, hi)"""
_CODE_HUBER = """import keras

model.compile(optimizer=model.optimizer, loss=keras.losses.Huber(delta=1.0))"""
_ROLLBACK_CODE = """from tb_nanwatch import NanWatch

# roll back to the last good weights when the loss spikes, with a lower rate for a while
watch = NanWatch("logs/run", on_spike="rollback")
model.fit(x, y, callbacks=[watch])"""
_CODE_VANISHING = """import keras

# ReLU-family layers with He initialisation, normalised: gradients keep their scale through depth
layer = keras.layers.Dense(64, activation="gelu", kernel_initializer="he_normal")
norm = keras.layers.BatchNormalization()"""
_CODE_INIT = """import keras

layer = keras.layers.Dense(64, activation="relu", kernel_initializer="he_normal", bias_initializer="zeros")"""
_CODE_DEAD = """import keras

layer = keras.layers.Dense(64, activation="leaky_relu", kernel_initializer="he_normal", bias_initializer="zeros")"""
_CODE_SATURATED = """import keras

layer = keras.layers.Dense(64, activation="relu", kernel_initializer="he_normal")"""
_CODE_LOSS_MATH = """import keras
from keras import ops

# best: a linear output layer and the loss computed from logits
loss = keras.losses.BinaryCrossentropy(from_logits=True)


# in a hand-written loss: keep probabilities away from 0 and 1 before the log
def safe_log(p):
    return ops.log(ops.clip(p, 1e-7, 1 - 1e-7))"""
_CODE_LAYER_MATH = """from keras import ops


# guards for the ops that overflow or have infinite slopes on ordinary inputs
def safe_log(x):
    return ops.log(ops.maximum(x, 1e-7))


def safe_sqrt(x):
    return ops.sqrt(ops.maximum(x, 1e-12))


def safe_exp(x):
    return ops.exp(ops.minimum(x, 80.0))


def safe_divide(a, b):
    return ops.divide_no_nan(a, b)"""
_CODE_OPTIMIZER = """import keras

optimizer = keras.optimizers.Adam(learning_rate=1e-3, epsilon=1e-7)
model.compile(optimizer=optimizer, loss=model.loss)"""
_CODE_MIXED = """import keras

# keep dynamic loss scaling, and compute the output and the loss in float32
optimizer = keras.optimizers.LossScaleOptimizer(keras.optimizers.Adam())
output = keras.layers.Activation("linear", dtype="float32")"""
_CODE_DEEP = """import keras

# a residual block: the signal and its gradient have a path that skips the layers
inputs = keras.Input((64,))
h = keras.layers.Dense(64, activation="relu", kernel_initializer="he_normal")(inputs)
h = keras.layers.LayerNormalization()(keras.layers.Add()([inputs, h]))"""
_CODE_SOFTMAX_ONE = """import keras

output = keras.layers.Dense(1, activation="sigmoid")
# model.compile(optimizer=..., loss="binary_crossentropy")"""
_CODE_LINEAR_OUTPUT = """import keras

output = keras.layers.Dense(1)  # linear: it can produce any target value"""
_CODE_OUTPUT_LOSS = """import keras

# a linear output, and the loss applies the sigmoid/softmax itself
output = keras.layers.Dense(1)
loss = keras.losses.BinaryCrossentropy(from_logits=True)"""
_CODE_LOSS_TARGETS = """import keras

# class ids 0..K-1: a K-unit softmax and sparse categorical cross-entropy
output = keras.layers.Dense(10, activation="softmax")
loss = keras.losses.SparseCategoricalCrossentropy()"""
_CODE_CLASSIFY = """import keras

output = keras.layers.Dense(1, activation="sigmoid")
model.compile(optimizer=model.optimizer, loss="binary_crossentropy", metrics=["accuracy"])"""
_CODE_WIDER = """import keras

hidden = keras.layers.Dense(32, activation="relu")"""
_CODE_TARGET_SCALE = """y_mu, y_sd = y.mean(), y.std()
model.fit(x, (y - y_mu) / y_sd)
pred = model.predict(x) * y_sd + y_mu"""
_CODE_MORE_EPOCHS = """import keras

stop = keras.callbacks.EarlyStopping(patience=5, restore_best_weights=True)
model.fit(x, y, epochs=50, callbacks=[stop])"""


def _uses_loss_scaling(facts):
    """False when the model facts show neither a loss-scale optimizer nor a mixed dtype policy (None: no facts)."""
    opt = facts.optimizer() if facts else {}
    if not opt:
        return None
    policy = str((facts.model.get("dtype_policy") or "")).lower()
    return bool(opt.get("loss_scaling")) or "mixed" in policy or "float16" in policy


RULES = [
    Rule("input_nonfinite", ("input",), check_input_nonfinite, _FIX_DATA, _CODE_DATA),
    Rule("target_nonfinite", ("target",), check_target_nonfinite, _FIX_DATA, _CODE_DATA),
    Rule("input_scale", ("input", "stats"), check_input_scale,
         "Standardise the features: `mu, sd = x_train.mean(0), x_train.std(0) + 1e-8; x = (x - mu) / sd` (sklearn `StandardScaler`, or `keras.layers.Normalization()` adapted on the training set)",
         _CODE_STANDARDISE),
    Rule("input_outliers", ("input",), check_input_outliers,
         "Clip or drop outliers before scaling: `lo, hi = np.percentile(x, [0.5, 99.5], axis=0); x = np.clip(x, lo, hi)` (or sklearn `RobustScaler`)",
         _CODE_INPUT_OUTLIERS),
    Rule("target_outliers", ("target",), check_target_outliers,
         "Clip, drop or transform extreme targets (`y = np.clip(y, *np.percentile(y, [0.5, 99.5]))` or `np.log1p`), or use a robust loss: `loss=keras.losses.Huber()`",
         _CODE_TARGET_OUTLIERS),
    Rule("outlier_sensitive_loss", ("target", "loss"), check_outlier_sensitive_loss,
         "Use a loss that grows linearly for large errors: `model.compile(loss=keras.losses.Huber(delta=1.0), ...)`", _CODE_HUBER),
    Rule("learning_rate_too_high", ("learning_rate", "loss"), check_learning_rate_too_high,
         "Lower the learning rate 10x: `keras.optimizers.Adam(learning_rate=1e-4)`",
         "import keras\n\noptimizer = keras.optimizers.Adam(learning_rate=1e-4)\nmodel.compile(optimizer=optimizer, loss=model.loss)"),
    Rule("learning_rate_too_low", ("learning_rate", "weight", "stats"), check_learning_rate_too_low,
         "Raise the learning rate 10x: `keras.optimizers.Adam(learning_rate=1e-2)`",
         "import keras\n\noptimizer = keras.optimizers.Adam(learning_rate=1e-2)\nmodel.compile(optimizer=optimizer, loss=model.loss)"),
    Rule("exploding_gradients", ("gradient",), check_exploding_gradients,
         "Clip gradients: `keras.optimizers.Adam(clipnorm=1.0)` (or `global_clipnorm=1.0`)",
         "import keras\n\noptimizer = keras.optimizers.Adam(clipnorm=1.0)\nmodel.compile(optimizer=optimizer, loss=model.loss)"),
    Rule("vanishing_gradients", ("gradient", "stats"), check_vanishing_gradients,
         "Use ReLU/GELU with `kernel_initializer='he_normal'`, add `keras.layers.BatchNormalization()` or residual connections",
         _CODE_VANISHING),
    Rule("weight_init", ("weight", "stats"), check_weight_init,
         "Use the default initialisers: `Dense(n, kernel_initializer='glorot_uniform', bias_initializer='zeros')` (`'he_normal'` for ReLU)",
         _CODE_INIT),
    Rule("dead_activations", ("activation", "stats"), check_dead_activations,
         "Use `keras.layers.LeakyReLU(negative_slope=0.01)` or `activation='gelu'`, `kernel_initializer='he_normal'`, zero biases, and a lower learning rate",
         _CODE_DEAD),
    Rule("saturated_activations", ("activation", "stats"), check_saturated_activations,
         "Standardise inputs, keep `kernel_initializer='glorot_uniform'`, use ReLU/GELU in hidden layers or add `keras.layers.BatchNormalization()` before the sigmoid/tanh",
         _CODE_SATURATED),
    Rule("unsafe_loss_math", ("loss",), check_unsafe_loss_math,
         "Let Keras compute the loss from logits: drop the final sigmoid/softmax and use `keras.losses.BinaryCrossentropy(from_logits=True)`; in a hand-written loss use `ops.log(ops.clip(p, 1e-7, 1 - 1e-7))`",
         _CODE_LOSS_MATH),
    Rule("unsafe_layer_math", ("activation",), check_unsafe_layer_math,
         "Guard the op in the layer: `ops.log(ops.maximum(x, 1e-7))`, `ops.divide_no_nan(a, b)`, `ops.sqrt(ops.maximum(x, 1e-12))`, `ops.exp(ops.minimum(x, 80.0))`",
         _CODE_LAYER_MATH),
    Rule("optimizer_settings", ("weight", "stats", "global_grad_norm"), check_optimizer_settings,
         "Use `keras.optimizers.Adam(learning_rate=1e-3, epsilon=1e-7)` (not a tiny epsilon), lower the momentum, or switch plain SGD to Adam",
         _CODE_OPTIMIZER),
    Rule("mixed_precision_overflow", ("loss_scale",), check_mixed_precision_overflow,
         "Keep the loss scaling of `keras.mixed_precision` (`LossScaleOptimizer`), compute the last layer and the loss in float32: `Activation('linear', dtype='float32')`",
         _CODE_MIXED, applies=_uses_loss_scaling),
    Rule("model_too_deep", ("gradient",), check_model_too_deep,
         "Add residual connections and `keras.layers.BatchNormalization()`/`LayerNormalization()`, or use fewer layers", _CODE_DEEP),
    # The model, the loss and the targets against each other (model facts and sampled data).
    Rule("softmax_single_unit", ("model",), rm.check_softmax_single_unit,
         'Use `Dense(1, activation="sigmoid")` for two classes, or `Dense(K, activation="softmax")` for K', _CODE_SOFTMAX_ONE),
    Rule("output_activation_range", ("model", "data"), rm.check_output_activation_range,
         "Use a linear output layer for regression targets", _CODE_LINEAR_OUTPUT),
    Rule("output_activation_loss", ("model",), rm.check_output_activation_loss,
         'Match the output to the loss: sigmoid with binary cross-entropy, softmax with categorical ones, or `from_logits=True` with a linear output',
         _CODE_OUTPUT_LOSS),
    Rule("loss_target_mismatch", ("model", "data"), rm.check_loss_target_mismatch,
         "Choose the loss for the targets: binary cross-entropy for 0/1 labels, sparse categorical cross-entropy for class ids, MSE/Huber for numbers",
         _CODE_LOSS_TARGETS),
    Rule("target_scale", ("model", "data"), rm.check_target_scale,
         "Standardise the regression targets (and invert after predict), or predict their log", _CODE_TARGET_SCALE),
    Rule("too_few_steps", ("loss",), rm.check_too_few_steps, "Train for more epochs", _CODE_MORE_EPOCHS),
    # Whether the set-up fits the task: the reasons of a run that stalls without a numerical fault.
    Rule("loss_task_mismatch", ("model", "data"), rt.check_loss_task_mismatch,
         'Classify with a classification loss: `loss="binary_crossentropy"` behind `Dense(1, activation="sigmoid")`, `loss="categorical_crossentropy"` behind a softmax',
         _CODE_CLASSIFY),
    Rule("relu_output_dead", ("model", "activation", "stats"), rt.check_relu_output_dead,
         "Make the output layer linear (no activation) for regression", _CODE_LINEAR_OUTPUT),
    Rule("model_too_small", ("model",), rt.check_model_too_small,
         'Widen the hidden layers, e.g. `Dense(32, activation="relu")`', _CODE_WIDER),
    Rule("missing_activation", ("model",), rt.check_missing_activation,
         'Give the hidden layers an activation, e.g. `Dense(32, activation="relu")`', _CODE_WIDER),
]
CAUSE_IDS = tuple(r.id for r in RULES)
# Symptoms (what a layer shows) and the root causes that produce them: a root
# cause scored high caps the symptoms below itself (see `diagnose._rank`).
SYMPTOMS = ("dead_activations", "saturated_activations", "vanishing_gradients", "exploding_gradients")
ROOT_CAUSES = ("input_nonfinite", "target_nonfinite", "input_scale", "softmax_single_unit", "output_activation_range",
               "output_activation_loss", "loss_target_mismatch", "target_scale", "weight_init", "learning_rate_too_high",
               "learning_rate_too_low", "unsafe_loss_math", "unsafe_layer_math", "model_too_deep", "loss_task_mismatch",
               "relu_output_dead", "model_too_small", "missing_activation")
