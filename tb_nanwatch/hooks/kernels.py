"""In-graph statistic kernels (TensorFlow), one packed vector per tensor.

`half_square_sum` is the cheap per-step kernel (one reduction);
`fast_stats_rows` (vectorised over tensors), `nonfinite_counts` (exact
NaN/Inf counts, on steps holding a non-finite value) and `scalar_stats_rows`
are the logged-step kernels, laid out as `metadata.STATS`. All run inside the
compiled train step, also under XLA. `tests/test_hook_kernels.py` checks
them against the numpy twin in `tests/stats_reference.py`.
"""

import math

from tb_nanwatch.hooks.tf_lazy import tf

from tb_nanwatch import metadata
from tb_nanwatch.hooks.graph_util import in_xla

_SAT_SIGMOID = 1.0 / (1.0 + math.exp(-metadata.SATURATION_LOGIT))
_SAT_TANH = math.tanh(metadata.SATURATION_LOGIT)
_SQRT2 = math.sqrt(2.0)


def half_square_sum(x):
    """``sum(x**2) / 2`` in float32: NaN if x holds a NaN, inf if an inf.

    One fused reduction; it may overflow to inf on finite data, so a
    non-finite result must be confirmed with `nonfinite_counts` before it is
    believed.

    Under XLA a tensor of rank >= 2 is summed by rows first, as a
    matrix-vector product with ones: XLA's CPU backend adds up a whole-tensor
    reduction one element after another (~1 ns per element: the watch's
    largest cost, MLP step 1.31x), rows it sums vectorised (1.17x). The
    squares are >= 0, so the total is still NaN exactly when an element is.
    """
    x = tf.cast(x, tf.float32)
    units = x.shape[-1] if x.shape.rank and x.shape.rank >= 2 else None
    if units is None or not in_xla():
        return tf.nn.l2_loss(x)
    rows = tf.linalg.matvec(tf.square(tf.reshape(x, [-1, units])), tf.ones([units], tf.float32))
    return 0.5 * tf.reduce_sum(rows)


def all_finite(tensors):
    """A bool tensor: every element of every tensor is finite (exact; a pass over each)."""
    return tf.reduce_all(tf.stack([tf.reduce_all(tf.math.is_finite(tf.cast(x, tf.float32))) for x in tensors]))


def global_norm(halves):
    """The L2 norm over tensors from their half sums of squares, without overflowing their total.

    ``sqrt(2 * sum(h))`` overflows float32 once the total passes ~3.4e38,
    though the norm (~2.6e19 there) fits: the sum is taken over ``h / max(h)``.
    NaN when a half sum is NaN (a NaN element), inf when one is inf (an Inf
    element, or one tensor's own sum of squares overflowed).
    """
    h = tf.cast(tf.stack(halves), tf.float32)
    top = tf.reduce_max(h)
    safe = tf.where(top > 0.0, top, 1.0)
    norm = tf.sqrt(safe) * tf.sqrt(2.0 * tf.reduce_sum(h / safe))
    total = tf.reduce_sum(h)  # NaN exactly when a half sum is NaN (they are >= 0)
    return tf.where(tf.math.is_nan(total), math.nan, tf.where(tf.math.is_inf(top), math.inf, norm))


def scalar_stats_rows(values, norms=None):
    """Packs scalars (loss, learning rate, ...) as statistics rows ``[n, S]``.

    ``norms``: per value, whether it is a norm of tensors (the global
    gradient norm). A norm's +inf is a sum of squares beyond float32, not an
    Inf element (the tensors' own rows count those): not counted, and not
    measured (NaN columns), as for the l2 of a finite tensor.
    """
    v = tf.cast(tf.stack([tf.reshape(t, []) for t in values]), tf.float32)
    finite = tf.math.is_finite(v)
    nan = tf.cast(tf.math.is_nan(v), tf.float32)
    inf = 1.0 - tf.cast(finite, tf.float32) - nan
    if norms is not None and any(norms):
        inf = tf.where(tf.constant(list(norms)), 0.0, inf)
    nan_c = tf.fill(tf.shape(v), math.nan)
    fv = tf.where(finite, v, nan_c)
    cols = {
        "size": tf.ones_like(v), "nan": nan, "inf": inf, "min": fv, "max": fv,
        "mean": fv, "std": tf.where(finite, 0.0, nan_c), "max_abs": tf.abs(fv), "l2": tf.abs(fv),
    }
    return tf.stack([cols.get(name, nan_c) for name in metadata.STATS], axis=1)


def fast_stats_rows(items):
    """Statistics of tensors expected to be finite, ``[len(items), S]``, in few ops.

    A logged step runs these for every tensor of the model, so both the
    passes over memory (activations of a CNN do not fit in cache) and the
    number of ops count: per tensor only the reductions its kind needs run
    (see `_ZERO_COUNTED`), and everything derived from them is computed once,
    vectorised over tensors. A nonzero count goes through ``sign``:
    comparisons and bool casts cost about ten plain reductions on CPU. Layer
    outputs take per-unit min/max, which also give the dead units. Moments
    come from float32 sums for gradients and ReLU-like
    outputs (NaN std where the sums cancel), from a centred second pass for
    the rows that may sit far from zero (`_centred`).

    A tensor that is not finite after all (a NaN sum of squares, an infinite
    min or max: exact tests, whatever the sum of squares overflowed to) gets
    NaN statistics and NaN, i.e. unknown, NaN/Inf counts (`nonfinite_counts`
    counts them). Of a finite tensor,
    columns whose float32 sums overflowed (l2, std, mean of values beyond
    ~1e19) are NaN; min, max and max_abs stay exact.

    Args:
      items: ``(x, kind, activation, before, half_squares)`` per tensor,
        ``half_squares`` being its `half_square_sum`.
    """
    nan_c = tf.constant(math.nan, tf.float32)
    raw = {k: [] for k in ("size", "min", "max", "sum", "ss", "centred_ss", "nonzero", "dead", "sat", "spread",
                           "delta_sq", "before_sq")}
    for x, kind, activation, before, half_squares in items:
        x = tf.cast(x, tf.float32)
        size = tf.size(x)
        raw["size"].append(size)
        if _has_units(x, kind):
            axes = list(range(x.shape.rank - 1))
            unit_min, unit_max = tf.reduce_min(x, axes), tf.reduce_max(x, axes)
            raw["min"].append(tf.reduce_min(unit_min))
            raw["max"].append(tf.reduce_max(unit_max))
            # A unit is dead when its min and max are both 0.
            raw["dead"].append(tf.reduce_mean(tf.cast(tf.equal(tf.maximum(-unit_min, unit_max), 0.0), tf.float32)))
        else:
            raw["min"].append(tf.reduce_min(x))
            raw["max"].append(tf.reduce_max(x))
            raw["dead"].append(nan_c)
        total = tf.reduce_sum(x)
        raw["sum"].append(total)
        raw["ss"].append(tf.cast(half_squares, tf.float32))
        if _centred(kind, activation):
            mean = total / tf.maximum(tf.cast(size, tf.float32), 1.0)
            raw["centred_ss"].append(half_square_sum(x - mean))
        else:
            raw["centred_ss"].append(nan_c)
        if kind in ("input", "target") and x.shape.rank and x.shape.rank >= 2:
            raw["spread"].append(_scale_spread(x))
        else:
            raw["spread"].append(nan_c)
        raw["nonzero"].append(half_square_sum(tf.sign(x)) if kind in _ZERO_COUNTED else nan_c)
        sat = _saturation(x, kind, activation)
        raw["sat"].append(nan_c if sat is None else sat)
        if kind == "weight" and before is not None:
            b = tf.cast(before, tf.float32)
            raw["delta_sq"].append(half_square_sum(x - b))
            raw["before_sq"].append(half_square_sum(b))
        else:
            raw["delta_sq"].append(nan_c)
            raw["before_sq"].append(nan_c)
    # Half sums of squares throughout; sqrt(2) is applied after the roots, so
    # that a half sum near the float32 limit does not overflow.
    r = {k: tf.stack(v) for k, v in raw.items()}
    size = tf.cast(r["size"], tf.float32)
    n = tf.maximum(size, 1.0)
    mean = r["sum"] / n
    half_ms = r["ss"] / n
    half_var = half_ms - 0.5 * tf.square(mean)
    # E[x^2] - mean^2 loses every digit when the spread is tiny against the
    # mean: below 1e-4 of E[x^2] the std is not measured (NaN) rather than wrong.
    by_sums = tf.where(half_var >= 1e-4 * half_ms, _SQRT2 * tf.sqrt(tf.maximum(half_var, 0.0)), math.nan)
    centred = r["centred_ss"]
    zeros = tf.zeros_like(size)
    cols = {
        "min": r["min"], "max": r["max"], "mean": mean,
        "std": tf.where(tf.math.is_nan(centred), by_sums, _SQRT2 * tf.sqrt(centred / n)),
        "max_abs": tf.maximum(tf.abs(r["min"]), tf.abs(r["max"])), "l2": _SQRT2 * tf.sqrt(r["ss"]),
        "zero_frac": 1.0 - 2.0 * r["nonzero"] / n, "dead_frac": r["dead"],
    }
    empty = size == 0  # no element: NaN
    cols = {k: tf.where(empty, math.nan, v) for k, v in cols.items()}
    cols.update({"nan": zeros, "inf": zeros, "sat_frac": r["sat"], "scale_spread": r["spread"],
                 "update_ratio": tf.sqrt(r["delta_sq"] / r["before_sq"])})
    nonfinite = ~empty & (tf.math.is_nan(r["ss"]) | tf.math.is_inf(r["min"]) | tf.math.is_inf(r["max"]))
    # Of a finite tensor, an infinite column is a float32 sum that overflowed
    # (|x| beyond ~1e19 for sums of squares): not measured, like the counts
    # of a non-finite tensor.
    cols = {k: tf.where(nonfinite | tf.math.is_inf(v), math.nan, v) for k, v in cols.items()}
    cols["size"] = size
    return tf.stack([cols[name] for name in metadata.STATS], axis=1)


def _centred(kind, activation):
    """Rows whose std takes a second, centred pass (they may sit far from zero).

    Inputs and targets (features), weights (a BatchNormalization gamma near
    1, a bias initialised to 1) and saturating outputs (a sigmoid near 1).
    """
    return kind in ("input", "target", "weight") or (
        kind == "activation" and activation in metadata.SATURATING_ACTIVATIONS)


def nonfinite_rows(nan, inf):
    """Which statistics rows stand for a tensor holding NaN/Inf, from their ``nan`` and ``inf`` columns.

    A row counts some, or the fast path found its tensor not finite and left
    the counts unknown (NaN).
    """
    return (nan + inf > 0) | tf.math.is_nan(nan)


def nonfinite_counts(tensors):
    """``[len(tensors), 2]``: the number of NaN and of +-Inf elements of each tensor."""
    rows = []
    for x in tensors:
        nan = tf.reduce_sum(tf.cast(tf.math.is_nan(x), tf.float32))
        bad = tf.reduce_sum(tf.cast(tf.logical_not(tf.math.is_finite(x)), tf.float32))
        rows.append(tf.stack([nan, bad - nan]))
    return tf.stack(rows)


# Row kinds whose fraction of exact zeros is measured: layer outputs (dead
# ReLUs) and the data. Weights, gradients and pre-activations skip it.
_ZERO_COUNTED = ("activation", "input", "target")


def _has_units(x, kind):
    """Whether ``x`` is a layer output with units on its last axis (for dead units)."""
    return kind == "activation" and bool(x.shape.rank) and x.shape.rank >= 2


def _saturation(x, kind, activation):
    """Fraction of saturated outputs (or pre-activations), or None."""
    if activation not in metadata.SATURATING_ACTIVATIONS or kind not in ("activation", "preactivation"):
        return None
    n = tf.maximum(tf.cast(tf.size(x), tf.float32), 1.0)
    if kind == "activation" and activation in ("sigmoid", "hard_sigmoid"):
        sat = tf.logical_or(x < 1.0 - _SAT_SIGMOID, x > _SAT_SIGMOID)
        return tf.reduce_sum(tf.cast(sat, tf.float32)) / n
    if kind == "activation" and activation == "tanh":
        return tf.reduce_sum(tf.cast(tf.abs(x) > _SAT_TANH, tf.float32)) / n
    if kind == "activation" and activation == "softmax" and x.shape.rank:
        return tf.reduce_mean(tf.cast(tf.reduce_max(x, axis=-1) > _SAT_SIGMOID, tf.float32))
    if kind == "preactivation" and activation != "softmax":
        return tf.reduce_sum(tf.cast(tf.abs(x) > metadata.SATURATION_LOGIT, tf.float32)) / n
    return None


def _scale_spread(x):
    """Largest over smallest per-feature std (last axis) of a finite ``x``."""
    feat = tf.reshape(x, [-1, tf.shape(x)[-1]])
    # Shifted by the first row: a constant feature then has a std of exactly 0
    # (float32 would leave ~1e-9 of it and a spread of 1e8 against the rest).
    feat = feat - feat[:1]
    fstd = tf.math.reduce_std(feat, axis=0)
    positive = fstd > 0
    big = tf.reduce_max(tf.where(positive, fstd, 0.0))
    small = tf.reduce_min(tf.where(positive, fstd, math.inf))
    return tf.where(tf.reduce_any(positive), big / small, math.nan)


def sample_shape(x, kind):
    """``(rows, features)`` of the samples `sample_rows` takes of ``x`` (`metadata.sample_size`), or None.

    None for a scalar or when the non-batch axes are not static.
    """
    if not x.shape.rank or None in x.shape.as_list()[1:]:
        return None
    return metadata.sample_size(kind, [0] + x.shape.as_list()[1:])


def sample_rows(x, kind):
    """Rows of ``x`` spread evenly over the batch: ``([k, D] float32, [rows available, batch size])``, k and D from `sample_shape`.

    When the batch holds fewer than k rows they repeat;
    the host keeps the first ``rows available``.
    """
    k, d = sample_shape(x, kind)
    x = tf.cast(x, tf.float32)
    rank = x.shape.rank or 0
    flat = tf.reshape(x, [-1, x.shape[-1]]) if rank >= 3 else tf.reshape(x, [tf.shape(x)[0], -1])
    n = tf.shape(flat, out_type=tf.int64)[0]
    r = tf.range(k, dtype=tf.int64)
    idx = tf.where(n >= k, (r * n) // k, r % tf.maximum(n, 1))
    # Gather first, slice the few rows after: no pass over the whole tensor (an empty batch gives zeros).
    sample = tf.cond(n > 0, lambda: tf.gather(flat, idx)[:, :d], lambda: tf.zeros([k, d], tf.float32))
    return sample, tf.stack([tf.minimum(n, k), tf.shape(x, out_type=tf.int64)[0]])
