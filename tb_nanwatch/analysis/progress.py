"""Is the loss making real progress? (numpy only)

A run whose loss ends at the level a constant predictor reaches (the
baseline of its own targets: their variance under MSE, the label entropy
under cross-entropy) has learnt nothing, whatever holds it back; so has one
whose loss barely moved, or whose accuracy stays at the majority-class rate.
A loss still falling steadily at the end is the opposite: training stopped
too early.
"""

import dataclasses
from typing import Optional

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis.series import fmt, nanmedian

# The loss ends above this fraction of the constant predictor's: nothing (or almost nothing) learnt. A model that
# learnt ends below 0.9x of it (the line issue 21 draws for fixed twins).
BASELINE_RATIO = 0.9
# Without a baseline: the loss ends above this fraction of where it started.
FLAT_RATIO = 0.95
MIN_STEPS = 20
# A run too short to show a trend is still judged by its level against the constant predictor of its sampled
# targets over this many points (the median of the last 3 of them is its level).
LEVEL_POINTS = 8
# Accuracy within this of the majority-class rate is no better than a constant.
ACCURACY_SLACK = 0.02
# Losses that cannot go below 0 on targets they fit.
NON_NEGATIVE_LOSSES = ("mse", "mae", "huber", "msle", "log_cosh", "bce", "cce", "scce", "kld")
# Still falling: the fall over the second half stands out of the noise by this t-value, and would
# halve the loss again within this many times the steps run so far; unless the loss is already
# below GOOD_FIT of the constant predictor's (else of where it started).
FALLING_T = -2.5
HALVE_WITHIN = 2.0
GOOD_FIT = 0.3
# Fewer steps than this is a short training budget for a model learning from scratch.
SHORT_RUN = 300
# Learning, too slowly: the loss ends above SLOW_FIT of the constant predictor's (less than half of it learnt)
# while it is still on its way: it falls over the second half (t <= FALLING_T) at STEADY or more of the first
# half's rate (not levelling off at a floor), or, under a regression loss, a layer's weights still travel at an
# undiminished rate (their norm moved by TRAVEL of itself, the second half by STEADY_BAND of the first half's
# move, the same way).
SLOW_FIT = 0.5
STEADY = 0.3
TRAVEL = 0.5
STEADY_BAND = (0.5, 2.0)
# Losses whose fit sits at weights of a finite size, so weights still travelling have not arrived. Under a
# cross-entropy or hinge loss the norm keeps growing with the margin on (nearly) separable data, fit or not.
REGRESSION_LOSSES = ("mse", "mae", "huber", "msle", "mape", "log_cosh")
# Halted by its schedule: a schedule cut the learning rate this much over the run, and the loss levelled off far
# from a fit (above SLOW_FIT of the constant predictor's): the steps, not the model, stopped the learning.
RATE_CUT = 100.0
# A bad start (Karpathy's "verify loss @ init"): a freshly initialised classifier predicts near-uniform probabilities,
# so its loss before the first update is about that of the uniform prediction (log K under a K-class softmax, log 2
# per sigmoid unit), whatever the class balance. BAD_START times that or more: its logits start at a huge scale and
# it is confidently wrong from the first step (unscaled inputs, weights too large), which costs units and epochs.
BAD_START = 5.0
# Unsettled: over the second half of the run the weights still moved by UNSETTLED of their norm per step or more
# (the median over at least SETTLE_POINTS logged steps), while the loss no longer fell (no fall that stands out of
# its noise, t > FALLING_T). A run that converges moves its weights by about 1e-3 to 1e-2 of their norm per
# step by then (the realistic corpora's healthy runs: 0.06 at most); steps that large keep jumping past the
# minimum, so the loss bounces at a level it would go below at a smaller rate.
UNSETTLED = 0.1
SETTLE_POINTS = 5


@dataclasses.dataclass
class Progress:
    """What the loss did: levels, the baseline, and the verdicts.

    Attributes:
      start, end: loss medians over the first and last stretch of clean steps.
      baseline: the constant predictor's loss, or None; ``baseline_what`` says which.
      stalled: True when the run learnt nothing; ``evidence`` says why, in the user's terms.
      falling: ``(fraction dropped over the second half, steps to halve at that rate)`` or None.
      short: the steps run when they are fewer than `SHORT_RUN` and the loss, which was
        falling, is still far above a good fit; else None.
      slow: learning, too slowly (`slow_progress`): ``{"learnt", "steps_needed", "falling", "weights"}``, or None.
      at_majority: the accuracy's line when it is no better than the majority class's rate, or None.
    """

    start: Optional[float] = None
    end: Optional[float] = None
    end_step: Optional[int] = None
    baseline: Optional[float] = None
    baseline_what: Optional[str] = None
    stalled: bool = False
    evidence: list = dataclasses.field(default_factory=list)
    falling: Optional[tuple] = None
    short: Optional[int] = None  # steps run, when that is too few for the loss to get anywhere
    slow: Optional[dict] = None
    halted: Optional[dict] = None  # `halted_by_schedule`
    unsettled: Optional[dict] = None  # `unsettled`
    levelled: Optional[bool] = None  # the loss no longer fell over the second half (`levelled_off`); None: too short
    at_majority: Optional[str] = None  # the accuracy line, when it is no better than the majority class's rate
    bad_start: Optional[dict] = None  # `bad_start`


def _levels(loss, steps):
    ok = np.isfinite(loss)
    x, s = loss[ok], steps[ok]
    if len(x) < 2:
        return None
    k = max(1, min(len(x) // 20, 50))
    tail = max(3, len(x) // 10)
    return float(np.median(x[:k])), float(np.median(x[-tail:])), int(s[-1]), x, s


def majority_rate(facts):
    """The accuracy of always predicting the most frequent class, or None."""
    freq = facts.class_frequencies()
    return float(max(freq)) if freq else None


def loss_progress(view, facts, t_end):
    """Judges the loss over the clean part ``[0, t_end)`` of the trace.

    Args:
      view: a `series.View`.
      facts: the run's `facts.Facts`.
      t_end: trace index where the clean part ends.

    Returns:
      A `Progress`.
    """
    p = Progress()
    base = sampled = facts.baseline() if facts else None
    if base is None and callable(getattr(view.data, "baseline_bound", None)):
        base = view.data.baseline_bound()  # no sampled targets (runs written without the watch): a bound from the model
    if base is not None:
        p.baseline, p.baseline_what = float(base[0]), base[1]
    loss = view.loss()
    if loss is None or not view.n_steps:
        return p
    levels = _levels(loss[:t_end], view.steps[:t_end])
    if levels is None:
        return p
    p.start, p.end, p.end_step, x, s = levels
    # Logs of epoch means (runs written without the watch) show a trend in fewer points than batch losses do.
    long_enough = len(x) >= getattr(view.data, "min_points", MIN_STEPS)
    # A level measured against the constant predictor's loss of the sampled targets needs no trend: a run too
    # short to show one (10 epochs of one step each) that ends at that level has learnt nothing yet.
    level_known = long_enough or (len(x) >= LEVEL_POINTS and sampled is not None)
    if level_known and p.baseline is not None and p.baseline > 0 and p.end >= BASELINE_RATIO * p.baseline:
        p.stalled = True
        if abs(p.end - p.baseline) <= 0.02 * p.baseline:
            p.evidence.append("loss %s at step %d equals the loss of %s (%s)" % (fmt(p.end), p.end_step, p.baseline_what, fmt(p.baseline)))
        elif p.end < p.baseline:
            p.evidence.append("loss %s at step %d is only %d%% below the loss of %s (%s): the model learnt almost nothing" % (
                fmt(p.end), p.end_step, round(100 * (1 - p.end / p.baseline)), p.baseline_what, fmt(p.baseline)))
        else:
            p.evidence.append("loss %s at step %d is no better than the loss of %s (%s)" % (fmt(p.end), p.end_step, p.baseline_what, fmt(p.baseline)))
    elif long_enough and p.start > 0 and p.end >= FLAT_RATIO * p.start and not (p.baseline and p.start < 0.8 * p.baseline):
        # (A loss that starts well below the constant predictor's, as in a resumed fit, has learnt already.)
        p.stalled = True
        p.evidence.append("loss went from %s to %s over %d steps: no real progress" % (fmt(p.start), fmt(p.end), p.end_step))
    family = facts.loss_family() if facts else None
    if family in NON_NEGATIVE_LOSSES and p.end < -1e-6:
        p.stalled = True
        p.evidence.append("the loss (%s) ended at %s: negative, which %s cannot be on valid targets" % (
            facts.loss_name(), fmt(p.end), facts.loss_name()))
    acc = facts.accuracy() if facts else None
    rate = majority_rate(facts) if facts else None
    # (One class only: every predictor scores the majority rate, so accuracy tells nothing.)
    # (A loss below the constant predictor's shows learning whatever the accuracy: with a rare class of 1% a
    # model that learnt still rounds almost every prediction to the majority class. The accuracy stays evidence:
    # a softmax over one unit lowers its loss and still predicts one class.)
    learnt = level_known and sampled is not None and p.baseline > 0 and p.end < BASELINE_RATIO * p.baseline
    if acc is not None and rate is not None and rate < 1 and acc[1][-1] <= rate + ACCURACY_SLACK:
        p.stalled = p.stalled or (long_enough and not learnt)
        p.at_majority = "%s %s after %d epoch%s: no better than always predicting the majority class (%s)" % (
            acc[0], fmt(acc[1][-1]), len(acc[1]), "s" if len(acc[1]) > 1 else "", fmt(rate))
        p.evidence.append(p.at_majority)
    if long_enough:
        p.levelled = levelled_off(x, s)
    if long_enough and p.start > 0:
        p.falling = _still_falling(x, s, p)
    if long_enough and view.counts_steps:
        slow = slow_progress(view, x, s, p, t_end)
        # A loss still falling fast is on its way (train longer), unless, far from a fit, its weights still travel
        # at an undiminished rate: then the size of the steps sets the pace, and the run is too slow.
        if slow is not None and (p.falling is None or slow["weights"]):
            p.slow = slow
    if long_enough and p.falling is None and p.slow is None:
        p.halted = halted_by_schedule(view, p, t_end)
    if long_enough and not p.stalled and p.slow is None and p.halted is None:
        p.unsettled = unsettled(view, x, s, t_end, p.levelled)
    p.bad_start = bad_start(view, facts, loss)
    fitting = p.baseline and GOOD_FIT * p.baseline <= p.end < BASELINE_RATIO * p.baseline
    if view.counts_steps and p.end_step + 1 < SHORT_RUN and fitting and p.end < 0.9 * p.start:
        p.short = p.end_step + 1
    return p


def bad_start(view, facts, loss):
    """``{"first", "uniform", "ratio", "what"}`` when the loss before any update (``first``) was `BAD_START` or more
    times the uniform prediction's (``uniform``, described by ``what``), else None.

    Only for a plain (unweighted, non-focal) cross-entropy over a known number of classes, and only when
    the trace holds step 0, the step before the first update.
    """
    if facts is None or not view.counts_steps or not len(view.steps) or int(view.steps[0]) != 0:
        return None
    family, units = facts.loss_family(), facts.output_units()
    if family not in ("bce", "cce", "scce") or facts.weighted() or "focal" in str(facts.loss_name() or "").lower():
        return None
    if family == "bce":
        uniform, what = float(np.log(2.0)), "log 2, a probability of 0.5 per output"
    elif isinstance(units, int) and units >= 2:
        uniform, what = float(np.log(units)), "log %d, the same probability for each of the %d classes" % (units, units)
    else:
        return None
    first = float(loss[0])
    if not np.isfinite(first) or first < BAD_START * uniform:
        return None
    return {"first": first, "uniform": uniform, "ratio": first / uniform, "what": what}


def bad_start_evidence(p):
    """The lines that say why a run that learns is impaired by its start."""
    b = p.bad_start
    lines = ["the loss before the first update was %s, %sx that of a uniform prediction (%s), where a freshly "
             "initialised classifier starts: the outputs began confidently wrong, their logits at a huge scale"
             % (fmt(b["first"]), fmt(b["ratio"]), b["what"])]
    if p.end is not None:
        lines.append("the loss then fell to %s (step %d): the run learns, its first steps spent undoing that start" % (fmt(p.end), p.end_step))
    return lines


def _still_falling(x, s, p):
    """``(fraction dropped over the second half, steps to halve again)`` when the loss is still
    falling at the end fast enough that training longer clearly pays, else None.

    A least-squares line through the log-loss of the second half: its fall must stand out of the
    batch noise (t <= `FALLING_T`), and at that rate the loss must halve again within
    `HALVE_WITHIN` times the steps run so far (a run that has levelled off needs far more).
    A loss already below `GOOD_FIT` of the constant predictor's (else of where it started) has
    little left to gain.
    """
    k = max(6, len(x) // 2)
    with np.errstate(divide="ignore", invalid="ignore"):  # a loss at or below 0 is judged elsewhere
        y = np.log(x[-k:])
    t = s[-k:].astype(np.float64)
    if len(y) < 6 or not np.isfinite(y).all():
        return None
    reference = p.baseline or p.start  # without a constant predictor's loss, the loss it started at
    if not GOOD_FIT * reference <= p.end < BASELINE_RATIO * reference:
        return None
    slope, tval = _log_slope(y, t)
    if slope >= 0 or tval > FALLING_T:
        return None
    halve = np.log(2) / -slope
    if halve > HALVE_WITHIN * (s[-1] + 1):
        return None
    span = float(t[-1] - t[0])
    return float(1 - np.exp(slope * span)), int(halve)


def levelled_off(x, s):
    """True when the loss ``x`` (at steps ``s``) shows no fall over its second half that stands out of its noise
    (t > `FALLING_T`); False when it still falls; None when there are too few points or a loss at or below 0."""
    h = _mid(s)
    if len(x) - h < 6:
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        y = np.log(x[h:])
    if not np.isfinite(y).all():
        return None
    slope, tval = _log_slope(y, s[h:].astype(np.float64))
    return not (slope < 0 and tval <= FALLING_T)


def _log_slope(y, t):
    """``(slope, t-value)`` of a least-squares line through ``y`` over ``t``."""
    t = t - t.mean()
    slope = float((t * (y - y.mean())).sum() / (t * t).sum())
    resid = y - y.mean() - slope * t
    se = float(np.sqrt((resid**2).sum() / max(len(y) - 2, 1) / (t * t).sum()))
    return slope, (slope / se if se > 0 else -np.inf if slope < 0 else np.inf)


def _mid(steps):
    """Index of the run's middle step (the trace keeps every step early on and fewer later: not ``len // 2``)."""
    return int(np.searchsorted(steps, (int(steps[0]) + int(steps[-1])) / 2.0))


def _travelling(view, t_end):
    """``[(layer, norm at the start, at mid-run, at the end)]`` of layers whose weights still move steadily."""
    layers, norms = view.layer_norms("weight", upto=t_end)
    n = len(norms)
    if not layers or n < 2 * MIN_STEPS:
        return []
    w = max(1, n // 20)
    mid = _mid(view.steps[:n])
    out = []
    for k, name in enumerate(layers):
        col = norms[:, k]
        a, m, b = (float(np.nanmedian(col[i:i + w])) for i in (0, max(0, mid - w // 2), n - w))
        first, second = m - a, b - m
        if not (np.isfinite([a, m, b]).all() and a > 0 and first * second > 0):
            continue
        if abs(b - a) >= TRAVEL * a and STEADY_BAND[0] <= second / first <= STEADY_BAND[1]:
            out.append((name, a, m, b))
    return out


def slow_progress(view, x, s, p, t_end):
    """Learning, too slowly: a loss far from a good fit that is still on its way when training stops.

    The loss ends above `SLOW_FIT` of the constant predictor's (without one, of where it started), and either
    still falls steadily (the second half's log-slope stands out of the noise and is at least `STEADY` of the
    first half's: not a loss levelling off at its floor) or, under a regression loss, some layer's weights
    still travel at an undiminished rate. Either way the optimizer's steps, not the model, set the pace: too
    few of them, or too small.

    Returns:
      ``{"learnt": fraction below the reference, "steps_needed": steps to get below SLOW_FIT at the second
      half's rate (None when the loss alone does not show it), "falling": True when the loss shows it,
      "weights": `_travelling` rows}`` or None.
    """
    reference = p.baseline or p.start
    if not reference or reference <= 0 or p.end is None or not p.end >= SLOW_FIT * reference or len(x) < 2 * MIN_STEPS:
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        y = np.log(x)
    if not np.isfinite(y).all():
        return None
    h = _mid(s)
    if not 3 <= h <= len(y) - 3:
        return None
    t = s.astype(np.float64)
    s1, _ = _log_slope(y[:h], t[:h])
    s2, t2 = _log_slope(y[h:], t[h:])
    # (both slopes below 0: the second half falls at least STEADY as fast as the first)
    falling = s2 < 0 and t2 <= FALLING_T and (s1 >= 0 or s2 <= STEADY * s1)
    needed = int(np.log(p.end / (SLOW_FIT * reference)) / -s2) if s2 < 0 else None
    regression = view.facts.loss_family() in REGRESSION_LOSSES if view.facts else False
    weights = _travelling(view, t_end) if regression else []
    if not falling and not weights:
        return None
    return {"learnt": float(max(0.0, 1 - p.end / reference)), "steps_needed": needed if falling else None,
            "falling": bool(falling), "weights": weights}


def halted_by_schedule(view, p, t_end):
    """A schedule that cut the rate `RATE_CUT`x or more while the loss levelled off far from a fit, after fewer
    than `SHORT_RUN` steps (and at most a quarter of the run) at a working rate: a plateau reached first, after
    which ReduceLROnPlateau or a slow decay cuts the rate, is not a schedule halting the learning.

    Returns ``{"from": its peak rate, "to": its last rate (0 allowed), "cut": their ratio (inf for 0), "step": the
    step from which the rate stayed below a tenth of its peak, "learnt": fraction below the reference}`` or None.
    """
    rate = view.series(metadata.ROW_LEARNING_RATE)
    reference = p.baseline or p.start
    if rate is None or not reference or reference <= 0 or p.end is None or p.end < SLOW_FIT * reference:
        return None
    rate = rate[:t_end]
    rate = np.where(np.isfinite(rate) & (rate >= 0), rate, np.nan)
    n = len(rate)
    if n < 2 * MIN_STEPS or not np.isfinite(rate).any():
        return None
    first, last = float(np.nanmax(rate)), nanmedian(rate[-max(1, n // 10):])
    if not (first > 0 and np.isfinite(last)) or first < RATE_CUT * last:
        return None
    high = np.nonzero(rate >= first / 10)[0]
    k = min(int(high[-1]) + 1, n - 1)
    # The steps at a working rate (a tenth of the peak or more) were a short budget, and few of the run's: the
    # schedule, not a plateau the loss reached first (ReduceLROnPlateau cuts after one), ended the learning.
    if view.steps[k] - view.steps[0] >= SHORT_RUN or 4 * (view.steps[k] - view.steps[0]) > view.steps[-1] - view.steps[0]:
        return None
    return {"from": first, "to": float(last), "cut": first / last if last > 0 else float("inf"),
            "step": int(view.steps[k]), "learnt": float(max(0.0, 1 - p.end / reference))}


def unsettled(view, x, s, t_end, levelled):
    """A loss that stopped improving (``levelled``: `levelled_off`) while the weights still take steps of
    `UNSETTLED` of their norm or more.

    Returns ``{"ratio": median update ratio over the second half, "points": logged steps it covers, "from_step": where
    the second half starts, "low", "median", "high": the loss's 10th, 50th and 90th percentiles over it, "spikes":
    loss spikes in it}`` or None.
    """
    clean_end = int(view.steps[min(t_end, view.n_steps) - 1]) + 1 if view.n_steps else None
    ur = ev.update_ratio(view, clean_end, late=True)
    if ur is None or ur[0] < UNSETTLED or ur[1] < SETTLE_POINTS:
        return None
    if not levelled:  # still falling: on its way, not bouncing (or too short to tell)
        return None
    h = _mid(s)
    lo, mid, hi = (float(v) for v in np.percentile(x[h:], [10, 50, 90]))
    spikes = [e for e in getattr(view.data, "events", None) or []
              if e.get("kind") == "spike" and s[h] <= e.get("step", -1) <= s[-1]]
    return {"ratio": ur[0], "points": ur[1], "from_step": int(s[h]), "low": lo, "median": mid, "high": hi,
            "spikes": len(spikes)}


def unsettled_evidence(p):
    """The lines that say a `Progress` with ``unsettled`` set does not settle."""
    u = p.unsettled
    lines = ["from step %d on the loss no longer fell: it bounced between %s and %s (10th and 90th percentiles; median %s)" % (
                 u["from_step"], fmt(u["low"]), fmt(u["high"]), fmt(u["median"])),
             "over the second half of the run the weights still moved by %s of their norm per step (median of %d logged "
             "steps; a run that converges moves them by about 0.001-0.01 by then): steps that large keep jumping past "
             "the minimum" % (fmt(u["ratio"]), u["points"])]
    if u["spikes"]:
        lines.append("the loss spiked %d time%s over the second half (to 10x its recent level and more)" % (
            u["spikes"], "s" if u["spikes"] > 1 else ""))
    return lines


def halted_line(h):
    """How a `halted_by_schedule` record's schedule moved the rate, in words."""
    cut = "%sx, " % fmt(h["cut"]) if np.isfinite(h["cut"]) else ""
    return "a schedule cut the learning rate %sfrom %s to %s, below a tenth of its peak from step %d on" % (
        cut, fmt(h["from"]), fmt(h["to"]) if h["to"] > 0 else "0", h["step"])


def slow_evidence(p):
    """The lines that say a `Progress` with ``slow`` or ``halted`` set is learning too slowly."""
    slow, out = p.slow, []
    what = ("the loss of %s (%s)" % (p.baseline_what, fmt(p.baseline)) if p.baseline
            else "where it started (%s)" % fmt(p.start))
    if p.halted:
        h = p.halted
        return ["loss %s at step %d is only %d%% below %s, and it has levelled off" % (
                    fmt(p.end), p.end_step, round(100 * h["learnt"]), what),
                halted_line(h)]
    out.append("loss %s at step %d is only %d%% below %s" % (fmt(p.end), p.end_step, round(100 * slow["learnt"]), what))
    if slow["falling"]:
        out.append("it is still falling at a steady rate, not levelling off: at its rate over the second half it needs "
                   "about %d more steps (%sx the %d run) to get below half of that loss" % (
                       slow["steps_needed"], fmt(slow["steps_needed"] / (p.end_step + 1.0)), p.end_step + 1))
    for name, a, m, b in slow["weights"][:3]:
        out.append("the weights of `%s` still move at an undiminished rate (norm %s at the start, %s at mid-run, "
                   "%s at the end): they have not arrived" % (name, fmt(a), fmt(m), fmt(b)))
    return out
