"""Pools per-replica statistics under a `tf.distribute` strategy.

Each replica sees its slice of the batch; the pooled values describe the
whole batch, so every replica holds the same numbers and takes the same
branch (collectives inside a `tf.cond` must run on all replicas or none).
Weights, scalars and update ratios are identical on every replica and are
taken from the first. Gradient rows pool the replicas' local gradients
(counts summed, norms combined), which detects any non-finite gradient
exactly but is not the norm of the all-reduced gradient.
"""

from tb_nanwatch.hooks.tf_lazy import tf

from tb_nanwatch import metadata
from tb_nanwatch.hooks import kernels

_SHARED_KINDS = ("weight", "scalar")


def context():
    """Returns the replica context when more than one replica runs, else None."""
    ctx = tf.distribute.get_replica_context()
    if ctx is None or ctx.num_replicas_in_sync <= 1:
        return None
    return ctx


def pool_trace(ctx, vector, rows):
    """Pools a trace vector: sums of squares add up, the loss is averaged.

    Negative entries (rows not measured on this step) are kept as they are.
    """
    total = ctx.all_reduce(tf.distribute.ReduceOp.SUM, vector)
    mean = ctx.all_reduce(tf.distribute.ReduceOp.MEAN, vector)
    pooled = []
    for i, row in enumerate(rows):
        if row["kind"] in _SHARED_KINDS:
            pooled.append(vector[i])
        elif row["kind"] == "loss":
            pooled.append(mean[i])
        else:
            pooled.append(tf.where(vector[i] < 0, vector[i], total[i]))
    return tf.stack(pooled)


def pool_stats(ctx, stats, rows):
    """Pools a ``[R, len(STATS)]`` statistics matrix over the replicas.

    Returns:
      ``(pooled [R, S], first [R] int64)``: per row, the first replica (in
      the global order of replicas) whose part of the row holds NaN/Inf, or
      -1.
    """
    g = ctx.all_gather(stats[tf.newaxis], axis=0)  # [n, R, S]
    col = {name: g[:, :, i] for i, name in enumerate(metadata.STATS)}
    size = col["size"]
    n_fin = size - col["nan"] - col["inf"]
    total = tf.reduce_sum(n_fin, 0)
    has = total > 0
    safe = tf.maximum(total, 1.0)
    weighted = lambda x, w: tf.reduce_sum(tf.where(w > 0, x * w, 0.0), 0)
    mean = weighted(col["mean"], n_fin) / safe
    second = weighted(tf.square(col["std"]) + tf.square(col["mean"]), n_fin) / safe
    nan = tf.constant(float("nan"))
    sizes = tf.maximum(tf.reduce_sum(size, 0), 1.0)
    pooled = {
        "size": tf.reduce_sum(size, 0), "nan": tf.reduce_sum(col["nan"], 0), "inf": tf.reduce_sum(col["inf"], 0),
        "min": tf.where(has, _nan_reduce(tf.reduce_min, col["min"]), nan),
        "max": tf.where(has, _nan_reduce(tf.reduce_max, col["max"]), nan),
        "mean": tf.where(has, mean, nan),
        "std": tf.where(has, tf.sqrt(tf.maximum(second - tf.square(mean), 0.0)), nan),
        "max_abs": tf.where(has, _nan_reduce(tf.reduce_max, col["max_abs"]), nan),
        "l2": tf.where(has, tf.sqrt(weighted(tf.square(col["l2"]), n_fin)), nan),
        "zero_frac": weighted(col["zero_frac"], size) / sizes,
        "dead_frac": tf.reduce_min(col["dead_frac"], 0),
        "sat_frac": weighted(col["sat_frac"], size) / sizes,
        "scale_spread": tf.reduce_max(col["scale_spread"], 0),
        "update_ratio": col["update_ratio"][0],
    }
    batch_rows = tf.stack([pooled[name] for name in metadata.STATS], axis=-1)
    shared = tf.constant([[r["kind"] in _SHARED_KINDS] for r in rows])
    bad = kernels.nonfinite_rows(col["nan"], col["inf"])  # [n, R]
    first = tf.where(tf.reduce_any(bad, 0), tf.argmax(tf.cast(bad, tf.int32), 0), -1)
    return tf.where(shared, g[0], batch_rows), first


def _nan_reduce(reduce, x):
    fill = float("inf") if reduce is tf.reduce_min else float("-inf")
    return reduce(tf.where(tf.math.is_nan(x), fill, x), 0)
