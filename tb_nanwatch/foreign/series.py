"""Numeric pieces of reading foreign runs: histograms as statistics, Keras's running means as batches (numpy only)."""

import numpy as np

from tb_nanwatch import metadata

_S = metadata.STAT_INDEX


def histogram_stats(h):
    """The `metadata.STATS` row of a histogram tensor ``[k, 3]`` (left edge, right edge, count).

    TensorBoard histograms keep only bucket counts, so ``mean``, ``std`` and
    ``l2`` come from the bucket centres (exact for the 30 equal buckets of a
    tensor whose values are close together, an estimate otherwise), ``min``
    and ``max`` from the outer edges of the non-empty buckets. A tensor
    holding NaN gives NaN edges (TensorFlow drops its counts too): its ``nan``
    count is then 1, meaning "at least one"; an infinite edge counts as an
    Inf the same way.

    Returns:
      ``(stats [len(STATS)] float32, l2)``.
    """
    out = np.full(len(metadata.STATS), np.nan, np.float32)
    h = np.asarray(h, np.float64)
    if h.ndim != 2 or h.shape[1] != 3 or not len(h):
        return out, np.nan
    left, right, count = h[:, 0], h[:, 1], h[:, 2]
    edges_nan = bool(np.isnan(left).any() or np.isnan(right).any())
    edges_inf = bool(np.isinf(left).any() or np.isinf(right).any())
    count = np.where(np.isfinite(count) & (count > 0), count, 0.0)
    n = float(count.sum())
    out[_S["size"]] = n if n > 0 else np.nan
    out[_S["nan"]] = 1.0 if edges_nan else 0.0
    out[_S["inf"]] = 1.0 if edges_inf and not edges_nan else 0.0
    if edges_nan:
        return out, np.nan
    used = count > 0
    if not used.any():
        return out, np.nan
    lo, hi = float(left[used].min()), float(right[used].max())
    if edges_inf:
        fin = used & np.isfinite(left) & np.isfinite(right)
        out[_S["min"]], out[_S["max"]] = lo, hi
        if fin.any():
            out[_S["max_abs"]] = float(np.abs(np.concatenate([left[fin], right[fin]])).max())
        return out, np.inf
    centre = (left + right) / 2.0
    mean = float((count * centre).sum() / n)
    sq = float((count * centre * centre).sum())
    out[_S["min"]], out[_S["max"]] = lo, hi
    out[_S["mean"]] = mean
    out[_S["std"]] = np.sqrt(max(sq / n - mean * mean, 0.0))
    out[_S["max_abs"]] = max(abs(lo), abs(hi))
    out[_S["l2"]] = np.sqrt(sq)
    out[_S["zero_frac"]] = float(count[(left == 0) & (right == 0)].sum() / n)
    return out, float(np.sqrt(sq))


def epoch_ends_from_means(batch_steps, batch_means, epoch_values):
    """Epoch-end batch steps found by matching each epoch's value with the running mean of its last batch.

    Keras writes ``epoch_loss`` as the loss metric's value at the end of the
    epoch, which is the running mean ``batch_loss`` of its last batch, to the
    last bit. Returns the list of end steps, or None when one epoch has no match.
    """
    ends, i = [], 0
    means = np.asarray(batch_means, np.float64)
    for v in epoch_values:
        hit = None
        for j in range(i, len(means)):
            m = means[j]
            if (np.isnan(v) and np.isnan(m)) or (np.float32(m) == np.float32(v)):
                hit = j
                # the last batch of the epoch: the next one starts a new mean (or the series ends)
                break
        if hit is None:
            return None
        ends.append(int(batch_steps[hit]))
        i = hit + 1
    return ends


def recover_batches(steps, means, ends):
    """Per-batch values from Keras's running means over each epoch.

    ``batch_<metric>`` at the k-th batch of an epoch is ``m_k = (x_1 + ... +
    x_k) / k`` (equal batch sizes), so ``x_k = k m_k - (k - 1) m_{k-1}``.
    Where batches between two logged points are missing (``update_freq=N``,
    or TensorBoard kept a sample) the same difference gives the mean of the
    batches in between.

    Args:
      steps: int ``[n]`` global batch steps (Keras counts batches from 1), sorted.
      means: ``[n]`` the running means logged at those steps.
      ends: sorted epoch-end batch steps (inclusive).

    Returns:
      ``(values [n] float64, exact [n] bool)``: ``exact`` where the value is
      that batch's own (its predecessor in the epoch was logged), else a
      mean over the batches since the last logged point. After a NaN/Inf
      mean, the rest of its epoch is NaN: the running mean no longer tells
      the batches apart.
    """
    steps = np.asarray(steps, np.int64)
    m = np.asarray(means, np.float64)
    values = np.full(len(steps), np.nan)
    exact = np.zeros(len(steps), bool)
    ends = np.asarray(sorted(ends), np.int64)
    epoch = np.searchsorted(ends, steps, "left")  # steps after the last end belong to an unfinished epoch
    starts = np.concatenate([[0], ends])  # the step before each epoch's first batch (Keras counts from 1)
    for e in np.unique(epoch):
        idx = np.nonzero(epoch == e)[0]
        prev = int(starts[e])
        k = steps[idx] - prev  # 1-based position in the epoch
        mk = m[idx]
        with np.errstate(invalid="ignore", over="ignore"):
            j = np.concatenate([[0], k[:-1]])
            mj = np.concatenate([[0.0], mk[:-1]])
            values[idx] = (k * mk - j * mj) / np.maximum(k - j, 1)
        exact[idx] = (k - j) == 1
        bad = np.nonzero(~np.isfinite(mk))[0]
        if len(bad):
            values[idx[bad[0] + 1:]] = np.nan  # the first non-finite batch is known; the ones after it are not
            exact[idx[bad[0] + 1:]] = False
    return values, exact


def hold(src_steps, src_values, steps, fill=np.nan):
    """Values of a sparse series at ``steps``: the last value at or before each step (``fill`` before the first)."""
    src_steps = np.asarray(src_steps, np.int64)
    out = np.full(len(steps), fill, np.float64)
    if not len(src_steps):
        return out
    i = np.searchsorted(src_steps, np.asarray(steps, np.int64), "right") - 1
    ok = i >= 0
    out[ok] = np.asarray(src_values, np.float64)[i[ok]]
    return out
