"""The statistics rows of one step, over any array module with numpy's API (``jax.numpy`` or numpy).

The JAX step computes them inside the compiled step (``xp=jax.numpy``); the
torch step on the host, over the tensors' numpy views (``xp=numpy``). The
columns are `metadata.STATS`, as `tb_nanwatch.hooks.kernels` computes them
on TensorFlow; `tests/test_hook_jax_torch.py` checks
them against `tests/stats_reference.py`.
"""

import math

import numpy as np

from tb_nanwatch import metadata

_SIG = 1.0 / (1.0 + math.exp(-metadata.SATURATION_LOGIT))
_COUNTS = tuple(name in ("size", "nan", "inf") for name in metadata.STATS)


def half(x, xp):
    """Half the sum of squares of ``x`` in float32 (the trace's measure of a tensor)."""
    x = xp.asarray(x).astype(xp.float32)
    return 0.5 * xp.sum(x * x)


def global_norm(halves, xp):
    """As `kernels.global_norm`: the norm over tensors from their half sums, summed scaled (no overflow)."""
    h = xp.stack(halves).astype(xp.float32)
    top = xp.max(h)
    safe = xp.where(top > 0, top, 1.0)
    norm = xp.sqrt(safe) * xp.sqrt(2.0 * xp.sum(h / safe))
    return xp.where(xp.isnan(xp.sum(h)), xp.nan, xp.where(xp.isinf(top), xp.inf, norm)).astype(xp.float32)


def stats_rows(entries, halves, xp):
    """Statistics ``[R, len(metadata.STATS)]`` of ``(row, array, before)`` entries.

    The fast path of `kernels.fast_stats_rows`: XLA's compile time grows
    with every reduction (taken over the finite part element by element, the
    statistics compiled 8x longer than a plain step), so each tensor takes
    only the reductions its kind needs, and the sum of squares comes from the
    trace (``halves``: row name -> half sum). NaN and Inf are counted exactly;
    of a tensor holding NaN/Inf the other columns are NaN (unknown); a column
    whose float32 sum overflowed on finite values is NaN.

    Args:
      entries: ``(row, array, weights before the update or None)`` per row (`metadata.make_row`).
      halves: row name -> the row's half sum of squares.
      xp: the array module (``jax.numpy`` or numpy).
    """
    return xp.stack([_value_row(t, xp, norm=row["name"] == metadata.ROW_GLOBAL_GRAD_NORM)
                     if row["kind"] in metadata.VALUE_KINDS else _tensor_row(row, t, before, halves[row["name"]], xp)
                     for row, t, before in entries])


def _tensor_row(row, t, before, half_sum, xp):
    kind, activation = row["kind"], row.get("activation")
    f32 = xp.float32
    x = xp.asarray(t, dtype=f32)  # (no copy of a float32 array)
    size = x.size
    cols = {"size": xp.asarray(size, f32)}
    if not size:
        return _pack(cols, xp)
    if _known(half_sum, xp) and np.isfinite(half_sum):  # a finite sum of squares: every element is finite
        nan = cols["inf"] = np.float32(0)
    else:
        nan = xp.sum(xp.isnan(x)).astype(f32)
        cols["inf"] = xp.sum(~xp.isfinite(x)).astype(f32) - nan
    cols["nan"] = nan
    if kind == "activation" and x.ndim >= 2:  # per-unit extremes give the dead units too
        units = xp.reshape(x, (-1, x.shape[-1]))
        unit_min, unit_max = xp.min(units, axis=0), xp.max(units, axis=0)
        cols["min"], cols["max"] = xp.min(unit_min), xp.max(unit_max)
        cols["dead_frac"] = xp.mean(((unit_min == 0) & (unit_max == 0)).astype(f32))
    else:
        cols["min"], cols["max"] = xp.min(x), xp.max(x)
    n = float(size)
    mean = xp.sum(x) / n
    cols["mean"] = mean
    cols["l2"] = xp.sqrt(2.0 * half_sum)
    if kind in ("input", "target", "weight") or activation in metadata.SATURATING_ACTIVATIONS:
        cols["std"] = xp.sqrt(_square_sum(x - mean, xp) / n)  # may sit far from zero: a centred pass
    else:
        half_var = half_sum / n - 0.5 * mean * mean
        cols["std"] = xp.where(half_var >= 1e-4 * half_sum / n, xp.sqrt(2.0 * xp.maximum(half_var, 0.0)), xp.nan)
    cols["max_abs"] = xp.maximum(xp.abs(cols["min"]), xp.abs(cols["max"]))
    if kind in ("activation", "input", "target"):
        zeros = size - np.count_nonzero(x) if xp is np else xp.sum(x == 0)
        cols["zero_frac"] = xp.asarray(zeros, f32) / n
    if kind == "activation" and activation in ("sigmoid", "hard_sigmoid"):
        cols["sat_frac"] = xp.mean(((x < 1 - _SIG) | (x > _SIG)).astype(f32))
    elif kind == "activation" and activation == "tanh":
        cols["sat_frac"] = xp.mean((xp.abs(x) > math.tanh(metadata.SATURATION_LOGIT)).astype(f32))
    elif kind == "activation" and activation == "softmax" and x.ndim:
        cols["sat_frac"] = xp.mean((xp.max(x, axis=-1) > _SIG).astype(f32))
    if kind in ("input", "target") and x.ndim >= 2:
        cols["scale_spread"] = _scale_spread(xp.reshape(x, (-1, x.shape[-1])), xp)
    if kind == "weight" and before is not None:
        b = xp.asarray(before, dtype=f32)
        cols["update_ratio"] = xp.sqrt(_square_sum(x - b, xp) / _square_sum(b, xp))
    packed = _pack(cols, xp)
    counts = xp.asarray(_COUNTS)
    return xp.where(counts, packed, xp.where((nan + cols["inf"] > 0) | xp.isinf(packed), xp.nan, packed))


def _known(value, xp):
    """True when ``value`` is a number on the host (numpy), not a traced array."""
    return xp is np and np.ndim(value) == 0


def _square_sum(x, xp):
    """The sum of squares of ``x`` (numpy: one BLAS dot, no temporary)."""
    if xp is np:
        flat = np.ravel(x)
        return np.float32(np.dot(flat, flat))
    return xp.sum(xp.square(x))


def _pack(cols, xp):
    return xp.stack([xp.asarray(cols.get(name, xp.nan), xp.float32) for name in metadata.STATS])


def _scale_spread(feats, xp):
    """Largest over smallest per-feature std (last axis) of a finite ``[N, D]``."""
    feats = feats - feats[:1]  # a constant feature's std is exactly 0
    fstd = xp.std(feats, axis=0)
    pos = fstd > 0
    return xp.where(xp.any(pos), xp.max(xp.where(pos, fstd, 0.0)) / xp.min(xp.where(pos, fstd, xp.inf)), xp.nan)


def _value_row(t, xp, norm=False):
    """The statistics row of a scalar (loss, learning rate, norm).

    A norm's +inf is a sum of squares beyond float32, not an Inf element (as in
    `kernels.scalar_stats_rows`).
    """
    f32 = xp.float32
    v = xp.reshape(xp.asarray(t), ()).astype(f32)
    ok = xp.isfinite(v)
    fv = xp.where(ok, v, xp.nan)
    cols = dict(size=1.0, nan=xp.isnan(v).astype(f32),
                inf=xp.zeros((), f32) if norm else xp.isinf(v).astype(f32), min=fv, max=fv, mean=fv,
                std=xp.where(ok, 0.0, xp.nan), max_abs=xp.abs(fv), l2=xp.abs(fv))
    return _pack(cols, xp)
