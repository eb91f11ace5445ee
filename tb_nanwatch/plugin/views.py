"""Pure functions behind the routes: cached run data in, JSON-able dicts out.

Each ``*_impl`` takes a `store.Entry` (or a list of them) and parsed
arguments; it raises `tensorboard.errors.NotFoundError` for an unknown tensor
and `InvalidArgumentError` for a bad argument. No request, no I/O.
"""

import numpy as np
from tensorboard import errors

from tb_nanwatch import metadata, reader
from tb_nanwatch.analysis import order
from tb_nanwatch.analysis.events import stop_record
from tb_nanwatch.plugin import downsample, jsonify

TRACE = "trace"  # the /series stat name of the every-step trace value
ONSET_WINDOW = 20  # steps kept on each side of the onset when downsampling
NONFINITE_NAN, NONFINITE_INF = 1, 2
# Trace value of a row not measured on a step (pre-activations outside full-statistics steps).
UNMEASURED = getattr(metadata, "UNMEASURED", -1.0)
_EMPTY = reader.RunData("", [], np.zeros(0, np.int64), np.zeros((0, 0), np.float32), np.zeros(0, np.int64), np.zeros((0, 0, len(metadata.STATS)), np.float32))


def runs_impl(runs):
    """Returns the overview of all runs, failing runs first, runs still being read last.

    Args:
      runs: list of ``(run, store.Entry or None, state)`` (see `store.RunStore.overview`).

    Returns:
      ``{"runs": [...], "loading": n}``: per run its status ("loading" until
      it is first read), steps, onset, origin, top cause, notes, ``events``
      (``{kind: count}`` of skipped updates, loss spikes, rollbacks and the
      stop), ``stopped`` (``{step, reason, applied}`` when the watch ended
      the training, else None), ``loading`` (True while it is read, also
      when an older reading is shown) and ``source`` (None for a watched
      run; for a run written without the watch its ``label``, e.g.
      "TensorBoard logs, epoch resolution", ``writer``, ``writer_text``,
      ``resolution`` and ``unit``).

    Example:
      >>> runs_impl([("a", entry, "ready")])["runs"][0]["status"]
      'nonfinite'
    """
    out = []
    for run, entry, state in runs:
        if entry is None:
            out.append({"run": run, "status": "loading", "steps": None, "onset": None, "origin": None, "top_cause": None,
                        "status_note": None, "sampled": False, "summarised": False, "problems": [], "events": {},
                        "stopped": None, "loading": True, "source": None})
            continue
        d = entry.diagnosis
        causes = d.get("causes") or []
        top = causes[0] if causes else None
        out.append(
            {
                "run": d["run"],
                "status": d.get("status"),
                "steps": d.get("steps", 0),
                "onset": d.get("onset"),
                "origin": d.get("origin"),
                "top_cause": None if top is None else {k: top.get(k) for k in ("id", "score", "summary")},
                "status_note": (d.get("status_evidence") or [None])[0],
                "sampled": bool(d.get("sampled")),
                "summarised": bool(d.get("summarised")),
                "problems": list(d.get("problems") or []),
                "events": metadata.event_counts(d.get("events") or []),
                "stopped": d.get("stopped") or stop_record(d.get("events")),
                "loading": state != "ready",
                "source": _source(d.get("foreign")),
            }
        )
    out = order.sort_runs(out)  # the one order, shared with the CLI report
    return {"runs": out, "loading": sum(r["loading"] for r in out)}


def _source(fr):
    """A run written without the watch: ``{label, writer, writer_text, resolution, unit}`` (None for a watched run)."""
    if not isinstance(fr, dict):
        return None
    return {k: fr.get(k) for k in ("label", "writer", "writer_text", "resolution", "unit")}


def diagnosis_impl(entry):
    """Returns the full diagnosis of one run (see `diagnosis.diagnose`)."""
    return dict(entry.diagnosis)


def tensors_impl(entry):
    """Returns the run's rows in dataflow order and the statistics columns."""
    rows = entry.data.rows if entry.data is not None else []
    return {
        "run": entry.diagnosis["run"],
        "rows": [
            {"index": i, **{k: row.get(k) for k in ("name", "kind", "phase", "layer", "activation")}}
            for i, row in enumerate(rows)
        ],
        "stats": list(metadata.STATS),
    }


def _row(entry, name):
    if entry.data is None:
        raise errors.NotFoundError("run %r has no readable tensors" % entry.diagnosis["run"])
    try:
        return entry.data.row_index(name)
    except KeyError:
        raise errors.NotFoundError("run %r has no tensor %r" % (entry.diagnosis["run"], name))


def _in_range(steps, start, end):
    lo = 0 if start is None else int(np.searchsorted(steps, start, "left"))
    hi = len(steps) if end is None else int(np.searchsorted(steps, end, "right"))
    return lo, hi


def _onset_step(entry):
    onset = entry.diagnosis.get("onset") or (entry.data.onset if entry.data is not None else None)
    return None if not onset or onset.get("step") is None else int(onset["step"])


def series_impl(entry, tensors, stats, start=None, end=None, points=1000):
    """Returns the chosen statistics of the chosen tensors over a step range.

    Args:
      entry: the run's `store.Entry`.
      tensors: row names (404 if one is unknown).
      stats: ``"trace"`` or names in ``metadata.STATS`` (400 otherwise).
      start, end: inclusive step range, None for open.
      points: point budget per series outside the onset window (see
        `downsample.select`).

    Returns:
      ``{"run", "onset", "sampled", "summarised", "series": [{"tensor",
      "stat", "steps", "values", "logged", "returned"}]}``, one series per
      tensor and stat. Where the run kept only block summaries
      (``summarised``: ``[first, last, block steps]`` ranges), a trace
      point is a block's last value, and the series also has ``lo`` and
      ``hi``: the block's min and max for such points, null for per-step ones.
      A value that was not measured (a statistic the hook does not compute
      for the row, e.g. a bias's update ratio; a norm that overflowed on a
      step whose counts show no NaN/Inf) is None; ``"NaN"``/``"Inf"`` only
      where the row's own ``nan``/``inf`` counts show the tensor held them.

    Example:
      >>> series_impl(entry, ["dense/output"], ["trace"], points=500)["series"][0]["returned"]
      500
    """
    for stat in stats:
        if stat != TRACE and stat not in metadata.STAT_INDEX:
            raise errors.InvalidArgumentError("unknown stat %r; use %r or one of %s" % (stat, TRACE, ", ".join(metadata.STATS)))
    rows = [(name, _row(entry, name)) for name in tensors]
    data = entry.data
    onset = _onset_step(entry)
    keep = (None, None) if onset is None else (onset - ONSET_WINDOW, onset + ONSET_WINDOW)
    series = []
    for stat in stats:
        if stat == TRACE:
            steps, matrix = data.trace_steps, data.trace
        else:
            steps, matrix = data.stats_steps, data.stats[:, :, metadata.STAT_INDEX[stat]]
        lo, hi = _in_range(steps, start, end)
        steps = steps[lo:hi]
        for name, r in rows:
            s, values = steps, matrix[lo:hi, r]
            if stat == TRACE and data.rows[r].get("kind") not in metadata.VALUE_KINDS:
                measured = values != UNMEASURED
                if not measured.all():
                    s, values = s[measured], values[measured]
                unmeasured = _not_held(data, r, s, values)
            else:
                unmeasured = _unmeasured_stat(data, r, lo, hi, values) if stat != TRACE else np.zeros(len(values), bool)
            idx = downsample.select(s, values, points, *keep)
            item = {
                "tensor": name,
                "stat": stat,
                "steps": s[idx],
                "values": _with_nulls(values[idx], unmeasured[idx]),
                "logged": int(len(s)),
                "returned": int(len(idx)),
            }
            if stat == TRACE and len(data.block_steps):
                item["lo"], item["hi"] = _band(data, r, s[idx])
            series.append(item)
    return {"run": entry.diagnosis["run"], "onset": entry.diagnosis.get("onset"), "sampled": bool(entry.diagnosis.get("sampled")),
            "summarised": entry.diagnosis.get("summarised") or [], "series": series}


def _nonfinite_counts(data, r, k):
    """``nan + inf`` counts of row ``r`` at stats indices ``k`` (NaN: unknown, as on a fast-path logged step)."""
    return data.stats[k, r, metadata.STAT_INDEX["nan"]].astype(np.float64) + data.stats[k, r, metadata.STAT_INDEX["inf"]]


def _unmeasured_stat(data, r, lo, hi, values):
    """Where a statistic is non-finite although the row held no NaN/Inf at that step: not measured.

    A statistic the hook does not compute for a row (a bias's update ratio, the saturation of a
    linear layer) or one with no finite element to compute it over is NaN in the matrix; it is
    a NaN/Inf of the tensor only when the row's own ``nan``/``inf`` counts say so (or are unknown).
    """
    bad = ~np.isfinite(values)
    if not bad.any():
        return bad
    counts = _nonfinite_counts(data, r, np.arange(lo, hi))
    held = np.isnan(counts) | (counts > 0)
    return bad & ~held


def _not_held(data, r, steps, values):
    """Trace points of a norm row that are Inf although the tensor held no NaN/Inf: its sum of squares overflowed.

    Known only where a statistics step coincides (its counts are exact); elsewhere an Inf stays an Inf.
    A NaN norm always comes from a NaN in the tensor.
    """
    out = np.zeros(len(values), bool)
    inf = np.nonzero(np.isinf(values))[0]
    if not len(inf) or not len(data.stats_steps):
        return out
    k = np.searchsorted(data.stats_steps, steps[inf]).clip(0, len(data.stats_steps) - 1)
    at = data.stats_steps[k] == steps[inf]
    counts = _nonfinite_counts(data, r, k)
    out[inf[at & (counts == 0)]] = True
    return out


def _with_nulls(values, nulls):
    """JSON-ready values: None where not measured, ``"NaN"``/``"Inf"`` only where the tensor held them."""
    out = jsonify.array_list(values)
    for i in np.nonzero(nulls)[0]:
        out[i] = None
    return out


def _band(data, r, steps):
    """Block min and max of row ``r`` at the points of ``steps`` that stand for a block, else None."""
    lo, hi = [None] * len(steps), [None] * len(steps)
    logged = data.trace_steps[data.per_step]
    block_end = data.block_steps[:, 1]
    for k, step in enumerate(steps):
        i = int(np.searchsorted(logged, step))
        if i < len(logged) and logged[i] == step:
            continue
        b = int(np.searchsorted(block_end, step))
        if b < len(block_end) and block_end[b] == step:
            lo[k], hi[k] = (jsonify.number(x) for x in data.blocks[b, r, :2])
    return lo, hi


def _buckets(n, n_buckets):
    """Cuts ``n`` points into equal-count buckets (the last may be shorter); returns (size, starts)."""
    size = max(1, -(-n // max(1, n_buckets)))
    return size, np.arange(0, n, size, dtype=np.int64)


def _reduce_buckets(ufunc, x, size):
    """``ufunc.reduce`` over consecutive row blocks of ``size`` (fast: a reshape, no reduceat)."""
    full = len(x) // size
    parts = [ufunc.reduce(x[: full * size].reshape(full, size, *x.shape[1:]), axis=1)] if full else []
    if len(x) > full * size:
        parts.append(ufunc.reduce(x[full * size :], axis=0)[None])
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def _log10(x):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log10(x)


def heatmap_impl(entry, start=None, end=None, buckets=200, kind=None):
    """Returns the tensors x step-buckets magnitude and non-finite matrices.

    Magnitude is log10 of the largest |x| in a cell: from the ``max_abs``
    statistic in buckets holding a statistics step, else from the trace L2
    norm (an upper bound of it; the value for scalar and loss rows; trace
    points marked ``metadata.UNMEASURED`` are skipped); ``bucket_source``
    names which per bucket.
    ``nonfinite`` is 1 when any NaN was seen in the cell, else 2 when any Inf
    (a trace Inf may also be an L2 overflow of finite values), else 0.

    Args:
      entry: the run's `store.Entry`.
      start, end: inclusive step range, None for open.
      buckets: most step buckets.
      kind: keep only rows of this kind (one of ``metadata.KINDS``).

    Example:
      >>> heatmap_impl(entry, buckets=100)["source"]
      'max_abs'
    """
    run = entry.diagnosis["run"]
    if kind is not None and kind not in metadata.KIND_PHASE:
        raise errors.InvalidArgumentError("unknown kind %r; use one of %s" % (kind, ", ".join(metadata.KINDS)))
    data = entry.data if entry.data is not None else _EMPTY
    cols = np.array([i for i, row in enumerate(data.rows) if kind is None or row.get("kind") == kind], dtype=np.int64)
    t_lo, t_hi = _in_range(data.trace_steps, start, end)
    s_lo, s_hi = _in_range(data.stats_steps, start, end)
    t_steps, s_steps = data.trace_steps[t_lo:t_hi], data.stats_steps[s_lo:s_hi]
    axis_steps = t_steps if len(t_steps) else s_steps
    out = {
        "run": run,
        "rows": [data.rows[i]["name"] for i in cols],
        "layers": [data.rows[i].get("layer") for i in cols],
        "kinds": [data.rows[i].get("kind") for i in cols],
        "buckets": [],
        "bucket_source": [],
        "source": None,
        "magnitude": [[] for _ in cols],
        "nonfinite": [[] for _ in cols],
        "sampled": bool(entry.diagnosis.get("sampled")),
    }
    if not len(axis_steps) or not len(cols):
        return out
    if len(data.block_steps) and len(t_steps):
        first, last, magnitude, code, summarised = _step_buckets(data, cols, t_lo, t_hi, start, end, buckets)
    else:
        first, last, magnitude, code = _count_buckets(data, cols, t_lo, t_hi, axis_steps, buckets)
        summarised = np.zeros(len(first), dtype=bool)
    nb = len(first)
    from_stats = np.zeros(nb, dtype=bool)

    if len(s_steps):  # sparse: exact max_abs and NaN/Inf counts
        stats = data.stats[s_lo:s_hi][:, cols]
        bucket_of = np.maximum(np.searchsorted(first, s_steps, "right") - 1, 0)
        has = np.unique(bucket_of)
        s_start = np.searchsorted(bucket_of, has, "left")
        max_abs = np.fmax.reduceat(stats[:, :, metadata.STAT_INDEX["max_abs"]], s_start, axis=0)
        # fmax skips unknown (NaN) counts; the trace marks those steps.
        nan = np.fmax.reduceat(stats[:, :, metadata.STAT_INDEX["nan"]], s_start, axis=0) > 0
        inf = np.fmax.reduceat(stats[:, :, metadata.STAT_INDEX["inf"]], s_start, axis=0) > 0
        # one statistics step does not speak for a bucket of summarised steps: their blocks do
        keep = ~summarised[has]
        has, max_abs, nan, inf = has[keep], max_abs[keep], nan[keep], inf[keep]
        from_stats[has] = True
        magnitude[has] = max_abs
        sub = code[has]
        sub[inf & (sub == 0)] = NONFINITE_INF
        sub[nan] = NONFINITE_NAN
        code[has] = sub

    magnitude = _log10(magnitude)
    n_stats = int(from_stats.sum())
    out["source"] = "max_abs" if n_stats == nb else ("l2" if n_stats == 0 else "max_abs+l2")
    out["buckets"] = np.stack([first, last], axis=1)
    out["bucket_source"] = ["max_abs" if s else "l2" for s in from_stats]
    out["magnitude"] = _magnitude_lists(magnitude.T)
    out["nonfinite"] = code.T
    return out


def _count_buckets(data, cols, t_lo, t_hi, axis_steps, buckets):
    """Equal-count buckets of the logged steps: ``(first, last, magnitude [B, C], nonfinite code [B, C])``."""
    size, starts = _buckets(len(axis_steps), buckets)
    ends = np.minimum(starts + size, len(axis_steps)) - 1
    first, last = axis_steps[starts], axis_steps[ends]
    nb = len(starts)
    magnitude = np.full((nb, len(cols)), np.nan)
    code = np.zeros((nb, len(cols)), dtype=np.int8)
    if t_hi > t_lo:  # every step: trace L2 norms
        trace = data.trace[t_lo:t_hi]
        if len(cols) < trace.shape[1]:
            trace = trace[:, cols]
        # largest finite |x| (fmax/fmin skip NaN; an Inf shows as Inf), and where NaN was seen.
        # Norm rows are >= 0, so their max is their largest |x| and an UNMEASURED (-1)
        # wins only in a bucket with no measurement at all (then: no value).
        norm = np.array([data.rows[i].get("kind") not in metadata.VALUE_KINDS for i in cols])
        hi = _reduce_buckets(np.fmax, trace, size)
        peak = np.where(norm, hi, np.fmax(hi, -_reduce_buckets(np.fmin, trace, size)))
        peak[norm & (peak < 0)] = np.nan
        has_nan = _reduce_buckets(np.logical_or, np.isnan(trace), size)
        has_inf = np.isinf(peak)
        code[has_inf] = NONFINITE_INF
        code[has_nan] = NONFINITE_NAN  # NaN wins over Inf
        for b, c in zip(*np.nonzero(has_inf)):  # rare: the largest finite |x| beside an Inf
            seg = trace[starts[b] : ends[b] + 1, c]
            seg = seg[np.isfinite(seg) & ((seg >= 0) if norm[c] else True)]
            peak[b, c] = np.abs(seg).max() if seg.size else np.nan
        magnitude = peak.astype(np.float64)
    return first, last, magnitude, code


def _step_buckets(data, cols, t_lo, t_hi, start, end, buckets):
    """Buckets of equal step width over a run with block summaries (schema 2).

    Per-step points count in their bucket; a step range known only from
    blocks counts each block's extreme (and its NaN/Inf) in every bucket it
    overlaps, so a long summarised stretch takes its share of the width.

    Returns:
      ``(first, last, magnitude [B, C], nonfinite code [B, C], summarised [B])``.
    """
    lo = int(min(data.trace_steps[t_lo], data.block_steps[0, 0]) if start is None else start)
    hi = int(max(data.trace_steps[t_hi - 1], data.block_steps[-1, 1]) if end is None else end)
    nb = max(1, min(int(buckets), hi - lo + 1))
    edges = lo + (np.arange(nb + 1) * (hi - lo + 1)) // nb
    magnitude = np.full((nb, len(cols)), np.nan)
    code = np.zeros((nb, len(cols)), dtype=np.int8)
    value_rows = np.array([data.rows[i].get("kind") in metadata.VALUE_KINDS for i in cols])

    def add(bucket, values, bad):
        peak = np.where(value_rows, np.abs(values), values)
        peak[~value_rows & (peak < 0)] = np.nan  # UNMEASURED norms
        np.fmax.at(magnitude, bucket, np.where(np.isinf(peak), np.nan, peak))
        np.maximum.at(code, bucket, bad)

    per = data.per_step[t_lo:t_hi]
    points = data.trace[t_lo:t_hi][per][:, cols]
    bad = np.where(np.isnan(points), NONFINITE_NAN, np.where(np.isinf(points), NONFINITE_INF, 0)).astype(np.int8)
    add(np.searchsorted(edges, data.trace_steps[t_lo:t_hi][per], "right") - 1, points, bad)

    col = {c: i for i, c in enumerate(metadata.BLOCK_COLUMNS)}
    summarised = np.zeros(nb, dtype=bool)
    for a, b, _ in data.summarised():
        a, b = max(a, lo), min(b, hi)
        if a > b:
            continue
        k0, k1 = np.searchsorted(data.block_steps[:, 1], a), np.searchsorted(data.block_steps[:, 0], b, "right")
        blocks = data.blocks[k0:k1][:, cols]
        seg_lo = np.maximum(data.block_steps[k0:k1, 0], a)
        seg_hi = np.minimum(data.block_steps[k0:k1, 1], b)
        first_b = np.searchsorted(edges, seg_lo, "right") - 1
        count = np.searchsorted(edges, seg_hi, "right") - first_b
        which = np.repeat(np.arange(len(blocks)), count)
        bucket = first_b[which] + (np.arange(len(which)) - np.repeat(np.cumsum(count) - count, count))
        extreme = np.fmax(blocks[:, :, col["max"]], np.where(value_rows, -blocks[:, :, col["min"]], np.nan))
        nonfinite = ~np.isnan(blocks[:, :, col["first_nonfinite"]])
        last_inf = np.isinf(blocks[:, :, col["last"]])
        block_bad = np.where(nonfinite, np.where(last_inf, NONFINITE_INF, NONFINITE_NAN), 0).astype(np.int8)
        add(bucket, extreme[which], block_bad[which])
        summarised[bucket] = True
    return edges[:-1], edges[1:] - 1, magnitude, code, summarised


def _magnitude_lists(m):
    """Rows of log10 magnitudes: None where no finite value, '-Inf' where it was 0."""
    rows = jsonify.array_list(m)
    nan = np.isnan(m)
    if nan.any():
        for i, j in zip(*np.nonzero(nan)):
            rows[i][j] = None
    return rows
