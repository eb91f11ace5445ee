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

    The fast path of `kernels.fast_stats_rows`: XLA compiles every reduction
    and every small scalar computation as a kernel of its own, and compile
    time grows with their number. So each tensor takes only the reductions
    its kind needs, traced ones in one variadic reduce, the sum of squares
    comes from the trace (``halves``: row name -> half sum), and the columns
    are computed once over all rows, not row by row. NaN and Inf are counted
    exactly; of a tensor holding NaN/Inf the other columns are NaN (unknown);
    a column whose float32 sum overflowed on finite values is NaN.

    Args:
      entries: ``(row, array, weights before the update or None)`` per row (`metadata.make_row`).
      halves: row name -> the row's half sum of squares.
      xp: the array module (``jax.numpy`` or numpy).
    """
    sums = _host_sums if xp is np else _traced_sums
    raws = [_value_raw(t, xp, norm=row["name"] == metadata.ROW_GLOBAL_GRAD_NORM) if row["kind"] in metadata.VALUE_KINDS
            else _tensor_raw(row, t, before, halves[row["name"]], xp, sums) for row, t, before in entries]
    f32 = xp.float32
    nan = np.float32(np.nan)

    def column(key):
        return xp.stack([xp.asarray(r.get(key, nan), f32) for r in raws])

    size = np.array([r["size"] for r in raws], np.float32)
    n = np.maximum(size, 1)
    cols = {"size": xp.asarray(size), "nan": column("nan"), "inf": column("inf"), "min": column("min"),
            "max": column("max"), "dead_frac": column("dead_frac"), "sat_frac": column("sat_frac"),
            "scale_spread": column("scale_spread")}
    cols["mean"] = column("sum") / n
    half = column("half")
    half_var = half / n - 0.5 * cols["mean"] * cols["mean"]
    from_half = xp.where(half_var >= 1e-4 * half / n, xp.sqrt(2.0 * xp.maximum(half_var, 0.0)), nan)
    centred = np.array(["centred" in r for r in raws])
    cols["std"] = xp.where(centred, xp.sqrt(column("centred") / n), from_half) if centred.any() else from_half
    cols["max_abs"] = xp.maximum(xp.abs(cols["min"]), xp.abs(cols["max"]))
    value = np.array(["l2" in r for r in raws])  # scalars: their size, not from a square that may overflow
    cols["l2"] = xp.where(value, column("l2"), xp.sqrt(2.0 * half)) if value.any() else xp.sqrt(2.0 * half)
    cols["zero_frac"] = column("zeros") / n
    cols["update_ratio"] = xp.sqrt(column("moved") / column("before"))
    packed = xp.stack([cols[name] for name in metadata.STATS], axis=1)
    # (An empty tensor's row is NaN but for its size: it has no other key.)
    unknown = ((cols["nan"] + cols["inf"] > 0)[:, None] | xp.isinf(packed)) & ~np.asarray(_COUNTS)[None, :]
    return xp.where(unknown, nan, packed)


def _tensor_raw(row, t, before, half_sum, xp, sums):
    """The sums, counts and extremes one tensor's row is made of (``sums``: `_host_sums` or `_traced_sums`)."""
    x = xp.asarray(t, dtype=xp.float32)  # (no copy of a float32 array)
    if not x.size:
        return {"size": 0}
    r = sums(x, row["kind"], row.get("activation"), half_sum, before)
    r["size"], r["half"] = x.size, half_sum
    if row["kind"] in ("input", "target") and x.ndim >= 2:
        r["scale_spread"] = _scale_spread(xp.reshape(x, (-1, x.shape[-1])), xp)
    return r


def _centred(kind, activation):
    """Whether the std takes a centred pass: tensors that may sit far from zero."""
    return kind in ("input", "target", "weight") or activation in metadata.SATURATING_ACTIVATIONS


def _saturated(x, activation, xp):
    """The elements (softmax: rows) beyond the saturation bound, as a bool array, or None."""
    if activation in ("sigmoid", "hard_sigmoid"):
        return (x < 1 - _SIG) | (x > _SIG)
    if activation == "tanh":
        return xp.abs(x) > math.tanh(metadata.SATURATION_LOGIT)
    if activation == "softmax" and x.ndim:
        return xp.max(x, axis=-1) > _SIG
    return None


def _host_sums(x, kind, activation, half_sum, before):
    """The sums, counts and extremes a row is made of, over numpy (`_traced_sums` computes the same)."""
    r = {}
    if np.isfinite(half_sum):  # a finite sum of squares: every element is finite
        r["nan"] = r["inf"] = 0
    else:
        r["nan"] = int(np.count_nonzero(np.isnan(x)))
        r["inf"] = int(np.count_nonzero(~np.isfinite(x))) - r["nan"]
    if kind == "activation" and x.ndim >= 2:  # per-unit extremes give the dead units too
        units = np.reshape(x, (-1, x.shape[-1]))
        unit_min, unit_max = np.min(units, axis=0), np.max(units, axis=0)
        r["min"], r["max"] = np.min(unit_min), np.max(unit_max)
        r["dead_frac"] = np.mean(((unit_min == 0) & (unit_max == 0)).astype(np.float32))
    else:
        r["min"], r["max"] = np.min(x), np.max(x)
    r["sum"] = np.sum(x)
    if _centred(kind, activation):
        r["centred"] = _square_sum(x - r["sum"] / x.size)
    if kind in ("activation", "input", "target"):
        r["zeros"] = x.size - np.count_nonzero(x)
    if kind == "activation":
        sat = _saturated(x, activation, np)
        if sat is not None:
            r["sat_frac"] = np.float32(np.count_nonzero(sat) / sat.size)
    if kind == "weight" and before is not None:
        b = np.asarray(before, dtype=np.float32)
        r["moved"], r["before"] = _square_sum(x - b), _square_sum(b)
    return r


def _traced_sums(x, kind, activation, half_sum, before):
    """As `_host_sums`, traced. XLA compiles every reduction as a kernel of its own, so a tensor's counts and
    extremes share one variadic reduce (an activation's: one per unit, then one over the units, which also
    counts the dead units). Its float sums stay `jnp.sum`: XLA sums those by a tree, while a variadic reduce
    adds one element after another and drifts (2e-5 of the mean over a million float32 elements)."""
    import jax.numpy as jnp

    i32 = jnp.int32
    parts = {"min": (x, "min"), "max": (x, "max"),
             "nan": (jnp.isnan(x).astype(i32), "sum"), "bad": ((~jnp.isfinite(x)).astype(i32), "sum")}
    if kind in ("activation", "input", "target"):
        parts["zeros"] = ((x == 0).astype(i32), "sum")
    sat = _saturated(x, activation, jnp) if kind == "activation" else None
    if sat is not None and sat.shape == x.shape:
        parts["sat"] = (sat.astype(i32), "sum")
    if kind == "activation" and x.ndim >= 2:  # per unit first, then over the units
        units = _variadic({k: (jnp.reshape(a, (-1, x.shape[-1])), op) for k, (a, op) in parts.items()}, (0,))
        units["dead"] = ((units["min"] == 0) & (units["max"] == 0)).astype(i32)
        r = _variadic({k: (u, parts[k][1] if k in parts else "sum") for k, u in units.items()}, (0,))
        r["dead_frac"] = r.pop("dead").astype(jnp.float32) / x.shape[-1]
    else:
        r = _variadic(parts, tuple(range(x.ndim)))
    r["inf"] = r.pop("bad") - r["nan"]
    if "sat" in r:
        r["sat_frac"] = r.pop("sat").astype(jnp.float32) / x.size
    elif sat is not None:
        r["sat_frac"] = jnp.mean(sat.astype(jnp.float32))
    r["sum"] = jnp.sum(x)
    if _centred(kind, activation):
        r["centred"] = jnp.sum(jnp.square(x - r["sum"] / x.size))
    if kind == "weight" and before is not None:
        b = jnp.asarray(before, jnp.float32)
        r["moved"], r["before"] = jnp.sum(jnp.square(x - b)), jnp.sum(jnp.square(b))
    return r


_INIT = {"sum": 0, "min": np.inf, "max": -np.inf}  # (sums here are integer counts)


def _variadic(parts, axes):
    """``{name: reduced}`` of ``{name: (array, "sum" | "min" | "max")}`` (arrays of one shape), in one reduce."""
    from jax import lax

    names = list(parts)
    ops = [parts[k][1] for k in names]
    arrays = tuple(parts[k][0] for k in names)
    inits = tuple(np.array(_INIT[op], a.dtype) for a, op in zip(arrays, ops))
    combine = {"sum": lax.add, "min": lax.min, "max": lax.max}

    def step(acc, val):
        return tuple(combine[op](a, v) for op, a, v in zip(ops, acc, val))

    return dict(zip(names, lax.reduce(arrays, inits, step, axes)))


def _square_sum(x):
    """The sum of squares of a numpy ``x`` (one BLAS dot, no temporary)."""
    flat = np.ravel(x)
    return np.float32(np.dot(flat, flat))


def _scale_spread(feats, xp):
    """Largest over smallest per-feature std (last axis) of a finite ``[N, D]``."""
    feats = feats - feats[:1]  # a constant feature's std is exactly 0
    fstd = xp.std(feats, axis=0)
    pos = fstd > 0
    return xp.where(xp.any(pos), xp.max(xp.where(pos, fstd, 0.0)) / xp.min(xp.where(pos, fstd, xp.inf)), xp.nan)


def _value_raw(t, xp, norm=False):
    """The row of a scalar (loss, learning rate, norm) in `_tensor_raw`'s terms.

    A norm's +inf is a sum of squares beyond float32, not an Inf element (as in
    `kernels.scalar_stats_rows`).
    """
    f32 = xp.float32
    v = xp.reshape(xp.asarray(t), ()).astype(f32)
    ok = xp.isfinite(v)
    fv = xp.where(ok, v, xp.nan)
    return {"size": 1, "nan": xp.isnan(v), "inf": xp.zeros((), f32) if norm else xp.isinf(v), "min": fv, "max": fv,
            "sum": fv, "centred": xp.where(ok, 0.0, xp.nan), "l2": xp.abs(fv)}
