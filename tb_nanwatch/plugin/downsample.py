"""Downsampling that never averages away a spike, a NaN or the onset.

The series is cut into equal-count buckets; each bucket keeps its smallest
and its largest finite point and, if it has one, its first NaN/Inf point;
every point inside the protected step window (the onset window) is kept.
Nothing is averaged: every returned point was logged.
"""

import numpy as np


def select(steps, values, budget, keep_lo=None, keep_hi=None):
    """Returns the indices of the points to keep, sorted.

    Args:
      steps: int array ``[n]``, sorted.
      values: float array ``[n]``.
      budget: points wanted outside the protected window (at least 4): the
        first and last point plus a min and a max for each of
        ``(budget - 2) // 2`` buckets; buckets mixing finite and non-finite
        values add their first NaN/Inf, so at most ``1.5 * budget`` come back.
      keep_lo, keep_hi: inclusive step range whose points are all kept
        (the onset window), or None.

    Returns:
      int64 indices into ``steps``; all of them when ``n <= budget``.

    Example:
      >>> select(np.arange(10), np.r_[0, 0, 9, 0, 0, 0, 0, 0, np.nan, 0.], 6)
      array([0, 2, 5, 8, 9])
    """
    steps = np.asarray(steps)
    values = np.asarray(values, dtype=np.float64)
    n = len(steps)
    budget = max(4, int(budget))
    if n <= budget:
        return np.arange(n, dtype=np.int64)
    keep = np.zeros(n, dtype=bool)
    if keep_lo is not None and keep_hi is not None:
        keep[(steps >= keep_lo) & (steps <= keep_hi)] = True
    n_buckets = max(1, (budget - 2) // 2)
    size = -(-n // n_buckets)  # ceil
    n_buckets = -(-n // size)
    padded = n_buckets * size
    finite = np.isfinite(values)
    hi = np.full(padded, -np.inf)
    lo = np.full(padded, np.inf)
    bad = np.zeros(padded, dtype=np.int8)
    hi[:n] = np.where(finite, values, -np.inf)
    lo[:n] = np.where(finite, values, np.inf)
    bad[:n] = ~finite
    base = np.arange(n_buckets, dtype=np.int64) * size
    imax = base + np.argmax(hi.reshape(n_buckets, size), axis=1)
    imin = base + np.argmin(lo.reshape(n_buckets, size), axis=1)
    bad = bad.reshape(n_buckets, size)
    ibad = (base + np.argmax(bad, axis=1))[bad.any(axis=1)]
    keep[np.minimum(imax, n - 1)] = True
    keep[np.minimum(imin, n - 1)] = True
    keep[ibad] = True
    keep[0] = keep[n - 1] = True
    return np.flatnonzero(keep)
