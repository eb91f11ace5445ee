"""What a run's inputs and targets look like, from rows sampled on logged steps (numpy only).

The hook hands out rows of every input and target on each logged step
(`metadata.sample_size`); `Sampler` keeps a uniform reservoir of them over
the whole run, and `summarize` turns one reservoir into the JSON-able
figures the rules read: value range, integrality, label frequencies,
per-feature scales (near-constant features left out) and the loss a
constant predictor would reach under each common loss.
"""

import warnings

import numpy as np

# Rows kept per input/target over a run; narrow targets keep more (the frequency of a class
# of 0.2% of the labels, which sets the constant predictor's loss, rests on ~100 of them).
RESERVOIR_ROWS = 4096
TARGET_RESERVOIR_FACTOR = 16  # a one-column target keeps 16 x 4096 rows
# Values held per input/target (rows x features): bounds the summary's sorts.
MAX_VALUES_HELD = 1 << 21
# Distinct values listed with their frequencies (class labels); more is "continuous".
MAX_VALUES = 64
# Percentiles of all values listed (a scale that a few outliers do not set).
QUANTILES = (1, 25, 50, 75, 99)
# Per-feature figures listed in the summary (targets; inputs give only their extremes).
MAX_LISTED_FEATURES = 64
# A feature is informative when at least this fraction of rows differ from its median
# (border pixels of digit images are 0 on almost every row and must not set the scale spread).
INFORMATIVE_FRACTION = 0.05


class Sampler:
    """Uniform reservoir of sampled rows per input/target.

    Args:
      cap: rows kept per name (narrow targets: up to `TARGET_RESERVOIR_FACTOR` times as many values).
      seed: seeds the reservoir's choices (runs are reproducible).

    Example:
      >>> s = Sampler()
      >>> s.add("target/0", np.array([[0.0], [1.0]]), "int64")
      >>> s.summary()["target/0"]["values"]
      {'0': 0.5, '1': 0.5}
    """

    def __init__(self, cap=RESERVOIR_ROWS, seed=0):
        self.cap = int(cap)
        self._rng = np.random.default_rng(seed)
        self._rows = {}  # name -> [cap, D] float32
        self._filled = {}
        self._seen = {}
        self._dtype = {}
        self.batch_size = None

    def add(self, name, rows, dtype=None):
        """Adds sampled rows ``[n, D]`` of one input/target (NaN/Inf kept)."""
        rows = np.asarray(rows, np.float32)
        if rows.ndim != 2 or not rows.shape[0]:
            return
        buf = self._rows.get(name)
        if buf is None or buf.shape[1] != rows.shape[1]:
            # Wide rows (images) keep fewer: the summary sorts every value it holds.
            cap = min(self.cap, max(256, MAX_VALUES_HELD // rows.shape[1]))
            if name.startswith("target/"):
                cap = max(cap, self.cap * TARGET_RESERVOIR_FACTOR // rows.shape[1])
            buf = self._rows[name] = np.zeros((cap, rows.shape[1]), np.float32)
            self._filled[name] = self._seen[name] = 0
        self._dtype[name] = dtype or self._dtype.get(name)
        filled, seen = self._filled[name], self._seen[name]
        fill = min(len(buf) - filled, len(rows))
        buf[filled:filled + fill] = rows[:fill]
        rest = rows[fill:]
        if len(rest):
            # Algorithm R: row i of the stream replaces a uniform slot of [0, i] when that slot is held.
            slots = self._rng.integers(np.arange(seen + fill + 1, seen + len(rows) + 1))
            held = np.nonzero(slots < len(buf))[0]
            # Where two rows draw one slot the later one wins (numpy leaves repeated indices' order open).
            slots, last = np.unique(slots[held][::-1], return_index=True)
            buf[slots] = rest[held[::-1][last]]
        self._filled[name] = filled + fill
        self._seen[name] = seen + len(rows)

    def total(self):
        """Rows sampled so far, over all names."""
        return sum(self._seen.values())

    def summary(self):
        """``{name: summarize(...)}`` over what was sampled so far."""
        return {name: summarize(buf[: self._filled[name]], self._dtype.get(name), self._seen[name])
                for name, buf in self._rows.items()}


def _entropy(p):
    p = np.asarray(p, np.float64)
    p = p[p > 0]
    return float(-(p * np.log(p)).sum()) if len(p) else 0.0


def _binary_entropy(p):
    p = np.clip(np.asarray(p, np.float64), 0.0, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -(p * np.log(p) + (1 - p) * np.log(1 - p))
    return np.nan_to_num(h, nan=0.0)


def summarize(x, dtype=None, seen=None):
    """Figures of one input/target from its sampled rows.

    Args:
      x: ``[N, D]`` sampled rows (features on the last axis).
      dtype: the tensor's dtype before the hook cast it (``"uint8"``, ...).
      seen: rows sampled in all (the reservoir may hold fewer).

    Returns:
      A JSON-able dict: ``rows``, ``features``, ``dtype``, ``nonfinite``,
      ``min``, ``max``, ``mean``, ``std``, ``integer`` (all finite values
      whole numbers), ``values`` (``{value: frequency}`` when at most
      `MAX_VALUES` distinct values), ``one_hot``, ``row_sum`` (``[min,
      max]``), ``quantiles`` (the `QUANTILES` percentiles), ``scale`` (per-feature std of the informative features:
      largest and smallest with their index, ``spread`` = their ratio,
      ``informative`` and ``constant`` counts), ``feature_mean`` /
      ``feature_std`` (first `MAX_LISTED_FEATURES` features) and ``constant``
      losses: ``{"mse", "mae", "msle", "bce", "cce", "scce"}`` reached by the best
      constant prediction (None where that loss does not apply).
    """
    x = np.asarray(x, np.float64)
    n, d = x.shape
    finite = np.isfinite(x)
    out = {"rows": int(n), "seen": int(seen if seen is not None else n), "features": int(d),
           "dtype": dtype, "nonfinite": int((~finite).sum())}
    vals = x[finite]
    if not len(vals):
        return out
    xf = np.where(finite, x, np.nan)
    with np.errstate(invalid="ignore"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            f_mean = np.nanmean(xf, axis=0)
            f_std = np.nanstd(xf, axis=0)
            f_med = np.nanmedian(xf, axis=0)
            f_mad = np.nanmean(np.abs(xf - f_med), axis=0)
    out.update(min=float(vals.min()), max=float(vals.max()), mean=float(vals.mean()), std=float(vals.std()),
               integer=bool(np.all(vals == np.round(vals))),
               quantiles=[float(q) for q in np.percentile(vals, QUANTILES)])
    distinct, counts = np.unique(vals, return_counts=True)
    if len(distinct) <= MAX_VALUES and 2 * len(distinct) <= len(vals):  # values that repeat: labels, not a continuum
        out["values"] = {_key(v): float(c) / len(vals) for v, c in zip(distinct, counts)}
    binary = bool(np.all((vals == 0) | (vals == 1)))
    rows_ok = finite.all(axis=1)
    sums = x[rows_ok].sum(axis=1) if rows_ok.any() else np.zeros(0)
    if len(sums):
        out["row_sum"] = [float(sums.min()), float(sums.max())]
    out["one_hot"] = bool(d > 1 and binary and len(sums) and np.all(sums == 1))
    # Per-feature scales, near-constant features left out.
    differ = np.mean(np.abs(xf - f_med) > 1e-12 * np.maximum(1.0, np.abs(f_med)), axis=0)
    informative = np.nonzero((differ >= INFORMATIVE_FRACTION) & (f_std > 0))[0]
    scale = {"informative": int(len(informative)), "constant": int(d - len(informative))}
    if len(informative):
        hi = int(informative[np.argmax(f_std[informative])])
        lo = int(informative[np.argmin(f_std[informative])])
        scale.update(largest=[hi, float(f_std[hi])], smallest=[lo, float(f_std[lo])],
                     spread=float(f_std[hi] / f_std[lo]), typical=float(np.median(f_std[informative])))
    out["scale"] = scale
    out["feature_mean"] = [float(v) for v in f_mean[:MAX_LISTED_FEATURES]]
    out["feature_std"] = [float(v) for v in f_std[:MAX_LISTED_FEATURES]]
    out["constant"] = _constant_losses(x, f_mean, f_std, f_mad, out, binary)
    return out


def _key(v):
    return str(int(v)) if v == np.round(v) and abs(v) < 2**53 else repr(float(v))


def _constant_losses(x, f_mean, f_std, f_mad, out, binary):
    """The loss of the best constant prediction, per common loss (keys of `summarize`)."""
    def mean_finite(v):
        v = v[np.isfinite(v)]
        return float(v.mean()) if len(v) else None

    losses = {"mse": mean_finite(f_std**2), "mae": mean_finite(f_mad), "bce": None, "cce": None, "scce": None}
    # The best constant under MSLE (Keras's: log(1 + max(y, 0))) is the mean of those logs: its loss is their variance.
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # (a column with no finite value)
        losses["msle"] = mean_finite(np.nanvar(np.log1p(np.maximum(np.where(np.isfinite(x), x, np.nan), 0.0)), axis=0))
    if out["min"] >= 0 and out["max"] <= 1:
        losses["bce"] = mean_finite(_binary_entropy(f_mean))
        if x.shape[1] > 1:
            p = np.clip(f_mean, 0, None)
            if p.sum() > 0:
                losses["cce"] = _entropy(p / p.sum())
    if out["integer"] and out["min"] >= 0 and x.shape[1] == 1 and "values" in out:
        losses["scce"] = _entropy(list(out["values"].values()))
    return losses
