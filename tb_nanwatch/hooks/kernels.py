"""In-graph statistic kernels (TensorFlow), one packed vector per tensor.

`half_square_sum` is the cheap per-step kernel (one reduction); `full_stats`
the logged-step kernel, laid out as `metadata.STATS`. Both run inside the
compiled train step, also under XLA. `tests/test_hook_kernels.py` checks
them against the numpy twin in `tests/stats_reference.py`.
"""

import math

import tensorflow as tf

from tb_nanwatch import metadata

_F32 = tf.float32
_SAT_SIGMOID = 1.0 / (1.0 + math.exp(-metadata.SATURATION_LOGIT))
_SAT_TANH = math.tanh(metadata.SATURATION_LOGIT)


def half_square_sum(x):
    """``sum(x**2) / 2`` in float32: NaN if x holds a NaN, inf if an inf.

    One fused reduction; it may overflow to inf on finite data, so a
    non-finite result must be confirmed with `full_stats` before it is
    believed.
    """
    return tf.nn.l2_loss(tf.cast(x, _F32))


def scalar_stats(value):
    """Packs a scalar (loss, learning rate) as a statistics row."""
    v = tf.cast(tf.reshape(value, []), _F32)
    finite = tf.math.is_finite(v)
    nan = tf.cast(tf.math.is_nan(v), _F32)
    inf = 1.0 - tf.cast(finite, _F32) - nan
    fv = tf.where(finite, v, tf.constant(math.nan, _F32))
    nan_c = tf.constant(math.nan, _F32)
    values = {
        "size": tf.constant(1.0, _F32), "nan": nan, "inf": inf, "min": fv, "max": fv, "mean": fv,
        "std": tf.where(finite, 0.0, nan_c), "max_abs": tf.abs(fv), "l2": tf.abs(fv),
    }
    return tf.stack([values.get(name, nan_c) for name in metadata.STATS])


def full_stats(x, kind, activation=None, before=None, finite_sum_squares=None):
    """Returns the ``[len(metadata.STATS)]`` statistics of tensor ``x``.

    Statistics other than the counts are over the finite elements of ``x``.

    Args:
      x: any float tensor.
      kind: the row kind (`metadata.KINDS`); decides the optional columns.
      activation: activation name for saturation (`sigmoid`, `tanh`, ...).
      before: for weight rows, the value before this step's update.
      finite_sum_squares: ``sum(x**2)`` when the caller knows it is finite
        (so x is all finite): takes the fast path (see `_finite_core`).
        Input rows always take the exact two-pass path, since features may
        sit far from zero.
    """
    x = tf.cast(x, _F32)
    if finite_sum_squares is not None and kind not in ("input", "target"):
        values = _finite_core(x, kind, finite_sum_squares)
    else:
        values = _exact_core(x, kind)
    values.update(_kind_extras(x, kind, activation, before, values, finite_sum_squares is not None))
    nan_c = tf.constant(math.nan, _F32)
    return tf.stack([values.get(name, nan_c) for name in metadata.STATS])


def _is_layer_output(x, kind):
    return kind in ("activation", "preactivation") and bool(x.shape.rank) and x.shape.rank >= 2


def _finite_core(x, kind, sum_squares):
    """Statistics of an all-finite ``x`` in few vectorised passes.

    Moments come from sums (float32), exact enough for weights, gradients
    and activations. Comparisons and bool casts are avoided: on CPU a
    ``count_nonzero`` costs about ten plain reductions, ``sign`` three.
    Layer outputs take per-unit min/max (giving min, max and dead units);
    gradient rows skip the zero count.
    """
    size = tf.cast(tf.size(x), _F32)
    n = tf.maximum(size, 1.0)
    values = {}
    if _is_layer_output(x, kind):
        axes = list(range(x.shape.rank - 1))
        unit_min, unit_max = tf.reduce_min(x, axes), tf.reduce_max(x, axes)
        mn, mx = tf.reduce_min(unit_min), tf.reduce_max(unit_max)
        dead = tf.logical_and(tf.equal(unit_min, 0.0), tf.equal(unit_max, 0.0))
        values["dead_frac"] = tf.reduce_mean(tf.cast(dead, _F32))
    else:
        mn, mx = tf.reduce_min(x), tf.reduce_max(x)
    if kind != "gradient":
        values["zero_frac"] = 1.0 - tf.reduce_sum(tf.abs(tf.sign(x))) / n
    mean = tf.reduce_sum(x) / n
    zero = tf.constant(0.0, _F32)
    values.update({
        "size": size, "nan": zero, "inf": zero, "min": mn, "max": mx, "mean": mean,
        "std": tf.sqrt(tf.maximum(sum_squares / n - tf.square(mean), 0.0)),
        "max_abs": tf.maximum(tf.abs(mn), tf.abs(mx)), "l2": tf.sqrt(sum_squares),
    })
    return values


def _exact_core(x, kind):
    nan_c = tf.constant(math.nan, _F32)
    size = tf.cast(tf.size(x), _F32)
    finite = tf.math.is_finite(x)
    n_fin = tf.reduce_sum(tf.cast(finite, _F32))
    nan = tf.reduce_sum(tf.cast(tf.math.is_nan(x), _F32))
    xf = tf.where(finite, x, 0.0)
    has = n_fin > 0
    mn = tf.reduce_min(tf.where(finite, x, math.inf))
    mx = tf.reduce_max(tf.where(finite, x, -math.inf))
    max_abs = tf.maximum(tf.abs(mn), tf.abs(mx))
    denom = tf.maximum(n_fin, 1.0)
    mean = tf.reduce_sum(xf) / denom
    # Scaled by max|x| so that squares of huge finite values do not overflow.
    scale = tf.where(max_abs > 0, max_abs, 1.0)
    centred = tf.where(finite, (x - mean) / scale, 0.0)
    std = scale * tf.sqrt(tf.reduce_sum(tf.square(centred)) / denom)
    l2 = scale * tf.sqrt(tf.reduce_sum(tf.square(xf / scale)))
    values = {
        "size": size, "nan": nan, "inf": size - n_fin - nan,
        "min": tf.where(has, mn, nan_c), "max": tf.where(has, mx, nan_c),
        "mean": tf.where(has, mean, nan_c), "std": tf.where(has, std, nan_c),
        "max_abs": tf.where(has, max_abs, nan_c), "l2": tf.where(has, l2, nan_c),
    }
    if kind != "gradient":
        values["zero_frac"] = tf.reduce_sum(tf.cast(tf.equal(x, 0.0), _F32)) / tf.maximum(size, 1.0)
    if _is_layer_output(x, kind):
        dead_units = tf.reduce_all(tf.equal(x, 0.0), axis=list(range(x.shape.rank - 1)))
        values["dead_frac"] = tf.reduce_mean(tf.cast(dead_units, _F32))
    return values


def _kind_extras(x, kind, activation, before, core, fast=False):
    """The columns that only some row kinds have, beyond the ``core`` ones."""
    values = {}
    n = tf.maximum(core["size"], 1.0)
    rank = x.shape.rank
    if kind == "activation" and activation in ("sigmoid", "hard_sigmoid"):
        sat = tf.logical_or(x < 1.0 - _SAT_SIGMOID, x > _SAT_SIGMOID)
        values["sat_frac"] = tf.reduce_sum(tf.cast(sat, _F32)) / n
    elif kind == "activation" and activation == "tanh":
        values["sat_frac"] = tf.reduce_sum(tf.cast(tf.abs(x) > _SAT_TANH, _F32)) / n
    elif kind == "activation" and activation == "softmax" and rank:
        values["sat_frac"] = tf.reduce_mean(tf.cast(tf.reduce_max(x, axis=-1) > _SAT_SIGMOID, _F32))
    elif kind == "preactivation" and activation in metadata.SATURATING_ACTIVATIONS and activation != "softmax":
        values["sat_frac"] = tf.reduce_sum(tf.cast(tf.abs(x) > metadata.SATURATION_LOGIT, _F32)) / n
    if kind in ("input", "target") and rank and rank >= 2:
        finite = tf.math.is_finite(x)
        feat = tf.reshape(tf.where(finite, x, 0.0), [-1, tf.shape(x)[-1]])
        fmask = tf.cast(tf.reshape(finite, [-1, tf.shape(x)[-1]]), _F32)
        cnt = tf.maximum(tf.reduce_sum(fmask, axis=0), 1.0)
        fmean = tf.reduce_sum(feat, axis=0) / cnt
        fstd = tf.sqrt(tf.reduce_sum(tf.square((feat - fmean) * fmask), axis=0) / cnt)
        positive = fstd > 0
        big = tf.reduce_max(tf.where(positive, fstd, 0.0))
        small = tf.reduce_min(tf.where(positive, fstd, math.inf))
        values["scale_spread"] = tf.where(tf.reduce_any(positive), big / small, math.nan)
    if kind == "weight" and before is not None:
        b = tf.cast(before, _F32)
        norm = (lambda t: tf.sqrt(2.0 * tf.nn.l2_loss(t))) if fast else _safe_norm
        values["update_ratio"] = norm(x - b) / norm(b)
    return values


def _safe_norm(x):
    finite = tf.math.is_finite(x)
    xf = tf.where(finite, x, 0.0)
    scale = tf.reduce_max(tf.abs(xf))
    scale = tf.where(scale > 0, scale, 1.0)
    return scale * tf.sqrt(tf.reduce_sum(tf.square(xf / scale)))
