"""When did the run go wrong: status, onset step and origin (numpy only).

A non-finite run's onset is the latched record the hook wrote (exact, found
in-graph), cross-checked against the trace; without a record it is derived
from the trace. A finite run that exploded gets the step its loss began to
run away; a run that never made progress is "stalled".
"""

import dataclasses
from typing import Optional

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis.series import fmt, log10, nanmedian

HEALTHY, NONFINITE, DIVERGING, STALLED = "healthy", "nonfinite", "diverging", "stalled"
# A run that learns, held back by a fault measured in it (`progress.bad_start`).
IMPAIRED = "impaired"
STATUSES = (HEALTHY, NONFINITE, DIVERGING, STALLED, IMPAIRED)

# A loss (or weight norm) that ends this many decades above its best is diverging.
DIVERGE_DECADES = 3.0
# "A loss in the 1e10s" is diverging whatever its history.
DIVERGE_LOSS = 1e10
# Stalled: the loss at the end is still above this fraction of the loss at the
# start, and something (dead/saturated layers, vanishing gradients, frozen
# weights) holds training back.
STALL_RATIO = 0.8
STALL_MIN_STEPS = 20
# Growth is "under way" once a series is this many decades above its running minimum.
GROWTH_SLACK = np.log10(2.0)
RISE_STEP = np.log10(1.1)


@dataclasses.dataclass
class Timeline:
    """What `find_timeline` learned about a run.

    Attributes:
      status: one of `STATUSES`.
      onset: the onset record (dict: step, phase, tensor, layer) or None.
      t_onset: index into the trace of the onset step (or explosion start), or None.
      t_bad: index of the first trace step holding a non-finite value (or T).
      origin: dict naming where it began (tensor, layer, phase, step, how), or None.
      notes: cross-check remarks (e.g. the trace disagreeing with the record).
      loss_start, loss_end: the loss level at the start and end of the clean part.
    """

    status: str
    onset: Optional[dict] = None
    t_onset: Optional[int] = None
    t_bad: int = 0
    origin: Optional[dict] = None
    notes: list = dataclasses.field(default_factory=list)
    loss_start: Optional[float] = None
    loss_end: Optional[float] = None


def first_nonfinite(view):
    """Returns ``(t, rows)``: the first trace index holding a non-finite row and those rows.

    ``(None, [])`` when the trace is finite throughout.
    """
    if not view.n_steps:
        return None, []
    checked = view.checked
    ok = np.isfinite(view.trace[:, checked]).all(axis=1)
    if ok.all():
        return None, []
    t = int(np.argmin(ok))
    return t, [int(i) for i in np.nonzero(~np.isfinite(view.trace[t]) & checked)[0]]


def _stats_nonfinite(view):
    """Returns ``(step, rows)`` of the first logged stats step counting NaN/Inf, or None."""
    if not len(view.stats_steps) or not view.rows:
        return None
    counts = view.stat("nan") + view.stat("inf")
    bad = np.isfinite(counts) & (counts > 0) & view.checked
    hit = np.nonzero(bad.any(axis=1))[0]
    if not len(hit):
        return None
    f = int(hit[0])
    return int(view.stats_steps[f]), [int(i) for i in np.nonzero(bad[f])[0]]


def _proven_overflow(view, step, i):
    """True when row ``i`` at ``step`` is not proven to hold NaN/Inf.

    A trace NaN is a NaN; a trace inf may be the L2 norm of finite values
    beyond ~1e19 overflowing, so it counts only when the stats of that step
    count NaN/Inf in the row.
    """
    t = view.step_index(step)
    if t < view.n_steps and np.isnan(view.trace[t, i]):
        return False
    f = view.stats_at(step)
    if f is None:
        return True
    counts = view.stats[f, i, metadata.STAT_INDEX["nan"]] + view.stats[f, i, metadata.STAT_INDEX["inf"]]
    return bool(np.isfinite(counts) and counts == 0)


def _phase_of(row):
    phase = metadata.KIND_PHASE.get(row["kind"])
    if phase is None:  # scalar rows: a non-finite gradient norm is a backward problem
        phase = "backward" if row["name"] == metadata.ROW_GLOBAL_GRAD_NORM else "loss"
    return phase


def _derived_onset(view):
    """The onset the logged series alone prove, without a latched record.

    The first step whose trace holds a NaN, or whose stats count NaN/Inf
    (a trace inf alone may be an overflowing norm of finite values); the
    first such row in dataflow order.
    """
    candidates = []
    if view.n_steps:
        checked = view.checked
        nan_steps = np.nonzero(np.isnan(view.trace[:, checked]).any(axis=1))[0]
        if len(nan_steps):
            t = int(nan_steps[0])
            rows = np.nonzero(~np.isfinite(view.trace[t]) & checked)[0]
            candidates.append((int(view.steps[t]), [int(i) for i in rows if not _proven_overflow(view, int(view.steps[t]), i)]))
    counted = _stats_nonfinite(view)
    if counted is not None:
        candidates.append(counted)
    candidates = [(step, rows) for step, rows in candidates if rows]
    if not candidates:
        return None
    step, rows = min(candidates)
    tensors = [i for i in rows if view.rows[i]["kind"] != "scalar"] or rows
    row = view.rows[min(tensors)]
    return metadata.onset_record(step, _phase_of(row), row["name"], row.get("layer"))


def _running_away(level):
    """For a log10 series, returns ``(t_start, t_peak)`` of its last run-away, or None.

    The run-away is where the series first stands `DIVERGE_DECADES` above its
    running minimum; it began just after the last step that was within 2x of
    that minimum.
    """
    x = np.where(np.isfinite(level), level, -np.inf)
    if not len(x) or not np.isfinite(x).any():
        return None
    run_min = np.minimum.accumulate(np.where(np.isfinite(x), x, np.inf))
    above = x - run_min
    hits = np.nonzero(above >= DIVERGE_DECADES)[0]
    if not len(hits):
        return None
    peak = int(hits[0])
    calm = np.nonzero(above[:peak] <= GROWTH_SLACK)[0]
    base = _rise_base(x, int(calm[-1]) + 1 if len(calm) else 0)
    return (base + 1 if base > 0 else 0), peak


def _rise_base(x, k):
    """Walks back from index ``k`` (on a rise) to the base of the unbroken rise reaching it.

    A step counts as rising when it grew by over 10%, more than batch noise.
    Returns the last index not above its predecessor (0 when rising from the start).
    """
    while 0 < k < len(x) and x[k] - x[k - 1] > RISE_STEP and np.isfinite(x[k - 1]):
        k -= 1
    return k


def growth(level, t_end):
    """Decades a log10 series climbed over its last run-away before ``t_end``.

    Returns ``(decades, t_base)`` with ``t_base`` the trace index the climb
    started from (the last step before the unbroken rise).
    """
    x = level[:t_end]
    ok = np.isfinite(x)
    if ok.sum() < 2:
        return 0.0, None
    idx = np.nonzero(ok)[0]
    x = x[ok]
    run_min = np.minimum.accumulate(x)
    above = x - run_min
    calm = np.nonzero(above <= GROWTH_SLACK)[0]
    first = int(calm[-1]) + 1 if len(calm) else 0
    if first >= len(x):
        return 0.0, None
    base = _rise_base(x, first)
    return float(x[-1] - x[base]), int(idx[base])


def _loss_levels(loss, t_end):
    """Median loss over the first 10% and the last 20% of the clean steps.

    Medians over that many batches, so a flat loss whose batches differ does
    not look like progress.
    """
    x = loss[:t_end]
    x = x[np.isfinite(x)]
    if len(x) < 2:
        return None, None
    k = max(1, len(x) // 10)
    return float(np.median(x[:k])), float(np.median(x[-max(1, len(x) // 5):]))


def _diverging(view, loss):
    """Returns ``(t_start, evidence)`` when the finite run exploded, else None."""
    if loss is not None:
        level = log10(loss)
        span = _running_away(level)
        tail = level[-max(1, len(level) // 10):]
        end = nanmedian(tail)
        best = np.nanmin(np.where(np.isfinite(level), level, np.nan)) if np.isfinite(level).any() else np.nan
        head = nanmedian(level[: max(1, min(len(level) // 20, 50))])
        # Orders of magnitude above the best, and well above where it started
        # (a tiny converged loss wobbling up 1000x is not an explosion).
        if span and np.isfinite(end) and end - best >= DIVERGE_DECADES - 1 and end - head >= 1:
            return span[0], "loss rose %s decades above its best (%s) and ended at %s" % (
                fmt(end - best), fmt(10**best), fmt(10**end))
        if np.isfinite(end) and end >= np.log10(DIVERGE_LOSS) and end - best >= 1:
            start = span[0] if span else int(np.nanargmax(level >= np.log10(DIVERGE_LOSS)))
            return start, "loss reached %s" % fmt(10**end)
    weights = view.rows_of("weight")
    if weights:
        norm = np.sqrt(np.sum(view.trace[:, weights].astype(np.float64) ** 2, axis=1))
        span = _running_away(log10(norm))
        if span and log10(norm[-1:])[0] - log10(norm[:1])[0] >= DIVERGE_DECADES:
            return span[0], "weight norm grew from %s to %s" % (fmt(norm[0]), fmt(norm[-1]))
    return None


def _growth_origin(view, t_start):
    """The first non-scalar row (dataflow order) that climbed 3 decades after ``t_start``."""
    rows = view.rows_of("preactivation", "activation", "loss", "gradient", "weight")
    if not rows or t_start is None:
        return None
    tr = log10(view.values(rows, t_start))
    base = tr[0]
    peak = np.nanmax(np.where(np.isfinite(tr), tr, np.nan), axis=0) if len(tr) else base
    grew = np.nonzero((peak - base) >= DIVERGE_DECADES)[0]
    if not len(grew):
        return None
    i = rows[int(grew[0])]
    return {"tensor": view.name(i), "layer": view.layer(i), "phase": view.rows[i]["phase"]}


def find_timeline(view):
    """Works out status, onset and origin of one run.

    Args:
      view: a `series.View`.

    Returns:
      A `Timeline`.

    Example:
      >>> find_timeline(View(run_data)).status
      'nonfinite'
    """
    record = view.data.onset
    t_first, bad_rows = first_nonfinite(view)
    T = view.n_steps
    tl = Timeline(status=HEALTHY, t_bad=T if t_first is None else t_first)
    derived = _derived_onset(view) if t_first is not None else None
    if record is not None and _record_step(record) is None:
        step = record.get("step") if isinstance(record, dict) else None
        tl.notes.append("the latched onset record has %s: ignored" % (
            "no step" if step is None else "a step that is not a whole number (%s)" % _said(step)))
        record = None

    if record is not None:
        onset = metadata.onset_fields(record)
        onset["step"] = _record_step(record)
        if T and view.steps[-1] < onset["step"]:
            tl.notes.append("the trace ends at step %d, before the latched onset" % view.steps[-1])
        elif t_first is None and T:
            tl.notes.append("the trace holds no non-finite value; the onset comes from the latched record only")
        elif t_first is not None and int(view.steps[t_first]) < onset["step"]:
            tl.notes.append(
                "the trace norm of %s is already infinite at step %d (finite values beyond ~1e19 overflowing the norm); the latched onset is step %d"
                % (view.name(bad_rows[0]), view.steps[t_first], onset["step"]))
        elif derived is not None and derived["step"] != onset["step"]:
            tl.notes.append("the series first prove a NaN/Inf at step %d (%s); the latched onset is step %d" % (
                derived["step"], derived["tensor"], onset["step"]))
        elif derived is not None and derived["tensor"] != onset["tensor"]:
            tl.notes.append("at the onset step the trace also shows %s non-finite" % derived["tensor"])
    else:
        onset = derived
        if onset is not None:
            tl.notes.append("no latched onset record; onset derived from the trace")

    loss = view.loss()
    if onset is not None:
        tl.status, tl.onset = NONFINITE, onset
        tl.t_onset = min(view.step_index(onset["step"]), T)
        tl.t_bad = min(tl.t_bad, tl.t_onset)
        tl.origin = dict(onset, how="first non-finite tensor in dataflow order")
        if loss is not None and tl.t_onset < T:
            after = np.asarray(loss[tl.t_onset:], dtype=float)
            if len(after) > 1 and np.isfinite(after).all():
                tl.notes.append(
                    "the loss stayed finite from the onset to the last step (%d): the training absorbed the NaN/Inf "
                    "(a fused kernel turned it into a number, or the update was skipped)" % view.steps[-1])
    else:
        div = _diverging(view, loss) if T else None
        if div is not None:
            t_start, why = div
            tl.status, tl.t_onset = DIVERGING, t_start
            origin = _growth_origin(view, t_start) or {"tensor": metadata.ROW_LOSS, "layer": None, "phase": "loss"}
            tl.onset = metadata.onset_record(view.steps[t_start], origin["phase"] or "loss", origin["tensor"], origin["layer"])
            tl.origin = dict(tl.onset, how="first tensor to grow 1000x after the explosion began; " + why)
    if loss is not None:
        tl.loss_start, tl.loss_end = _loss_levels(loss, tl.t_onset if tl.t_onset is not None else T)
    return tl


def _said(x):
    """A malformed value as words: non-finite floats spelled out, others quoted."""
    if isinstance(x, float) and not np.isfinite(x):
        return "NaN" if np.isnan(x) else "infinite"
    return repr(x)


def _record_step(record):
    """The step of an onset record as an int, or None when it has no usable one (a malformed record)."""
    try:
        return int(record["step"])
    except (KeyError, TypeError, ValueError, OverflowError):
        return None


def is_stalled(tl, n_steps, stuck=False):
    """True when a finite, non-diverging run made no progress and something holds it.

    Args:
      tl: the `Timeline` of the run.
      n_steps: number of traced steps.
      stuck: True when the series show what holds training back (dead or
        saturated layers, vanishing gradients, weights that do not move). A
        loss that is merely slow with healthy gradients is not called stalled.
    """
    if not stuck or tl.status != HEALTHY or n_steps < STALL_MIN_STEPS or tl.loss_start is None:
        return False
    if not (tl.loss_start > 0 and np.isfinite(tl.loss_end)):
        return False
    return tl.loss_end / tl.loss_start >= STALL_RATIO
