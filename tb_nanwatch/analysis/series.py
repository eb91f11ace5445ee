"""Indexed, vectorised access to one run's rows and series (numpy only)."""

import warnings

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis.facts import Facts

# Series a rule may name in its ``needs``: a row kind, a scalar row, or "stats".
UNMEASURED = getattr(metadata, "UNMEASURED", -1.0)
SCALAR_SERIES = (metadata.ROW_LOSS, metadata.ROW_LEARNING_RATE, metadata.ROW_GLOBAL_GRAD_NORM, metadata.ROW_LOSS_SCALE)


def fmt(x):
    """Formats a number for evidence text, as a person writes it: 3 significant digits.

    Whole numbers up to 1e5 in full (``1000``, ``12300``), larger and smaller
    ones in a compact exponent form (``1.2e14``, ``3e-5``). Callers keep
    non-finite values out of sentences; they read ``NaN``/``Inf`` here.

    Example:
      >>> fmt(1000.0), fmt(12345.0), fmt(1.6e14), fmt(2.5e-5), fmt(0.0123)
      ('1000', '12300', '1.6e14', '2.5e-5', '0.0123')
    """
    if x is None:
        return "n/a"
    x = float(x)
    if not np.isfinite(x):
        return "NaN" if np.isnan(x) else ("Inf" if x > 0 else "-Inf")
    r = float("%.3g" % x)  # rounded first: 999.7 is written 1000
    if 1e3 <= abs(r) < 1e5:
        return "%d" % r
    if x != 0 and (abs(r) >= 1e5 or abs(x) < 1e-3):
        return _compact_exponent("%.2g" % x)
    return "%.3g" % x


def plural(n, word, words=None):
    """``"1 step"``, ``"3 steps"``: a count with its noun in the right number.

    Example:
      >>> plural(1, "rollback"), plural(2, "update"), plural(2, "batch", "batches")
      ('1 rollback', '2 updates', '2 batches')
    """
    return "%d %s" % (n, word if n == 1 else (words or word + "s"))


def _compact_exponent(text):
    """``1.2e+14`` -> ``1.2e14``, ``3e-05`` -> ``3e-5``."""
    mantissa, _, exponent = text.partition("e")
    if not exponent:
        return text
    return "%se%d" % (mantissa, int(exponent))


def nanmedian(x, axis=None):
    """Median ignoring NaN (NaN where nothing is finite), without warnings.

    Sorts once instead of `np.nanmedian`'s per-column loop, which is slow on
    ``[steps, rows]`` arrays holding NaN.
    """
    x = np.asarray(x, np.float64)
    if axis is None:
        x = x.ravel()
        axis = 0
    x = np.sort(np.moveaxis(x, axis, -1), axis=-1)  # NaN sort last
    n = np.sum(~np.isnan(x), axis=-1)
    if x.shape[-1] == 0:
        return np.full(x.shape[:-1], np.nan) if x.ndim > 1 else np.nan
    lo = np.take_along_axis(x, np.clip((n - 1) // 2, 0, None)[..., None], -1)[..., 0]
    hi = np.take_along_axis(x, np.clip(n // 2, 0, x.shape[-1] - 1)[..., None], -1)[..., 0]
    out = np.where(n > 0, (lo + hi) / 2, np.nan)
    return out if out.ndim else float(out)


def nanmax(x, axis=None):
    """`np.nanmax` without the all-NaN warning (returns NaN there)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.nanmax(x, axis=axis)


def log10(x):
    """log10 of |x|, -inf for 0, NaN for non-finite x, without warnings."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log10(np.abs(np.asarray(x, np.float64)))
    out[~np.isfinite(np.asarray(x, np.float64))] = np.nan
    return out


class View:
    """One run's rows grouped by kind and layer, and its series as arrays.

    Args:
      data: a `tb_nanwatch.reader.RunData`.

    Example:
      >>> view = View(run_data)
      >>> view.series("loss")  # the loss at every traced step, or None
    """

    def __init__(self, data):
        self.data = data
        # (activation names as Keras says them, also in logs written before the writer did)
        self.rows = [dict(r, activation=metadata.canonical_activation(r["activation"])) if r.get("activation") else r
                     for r in data.rows]
        self.steps = np.asarray(data.trace_steps, np.int64)
        self.trace = np.asarray(data.trace, np.float32)
        self.stats_steps = np.asarray(data.stats_steps, np.int64)
        self.stats = np.asarray(data.stats, np.float32)
        self.facts = Facts(getattr(data, "model", None), getattr(data, "data", None))
        self.index = {r["name"]: i for i, r in enumerate(self.rows)}
        self.by_kind = {}
        for i, r in enumerate(self.rows):
            self.by_kind.setdefault(r["kind"], []).append(i)
        if len(self.steps) and self.trace.shape[1:] != (len(self.rows),):
            raise ValueError("trace has shape %s for %d rows" % (self.trace.shape, len(self.rows)))

    @property
    def n_steps(self):
        return len(self.steps)

    @property
    def counts_steps(self):
        """False when the run's steps are epochs (runs written without the watch): no step budget holds for them."""
        return getattr(self.data, "step_unit", "step") == "step"

    def has(self, need):
        """True when the series ``need`` (a row kind, scalar row, "stats", "model" or "data") was logged."""
        if need == "stats":
            return len(self.stats_steps) > 0 and len(self.rows) > 0
        if need == "trace":
            return self.n_steps > 0
        if need == "model":
            return bool(self.facts.layers)
        if need == "data":
            return bool(self.facts.tensors)
        if need in SCALAR_SERIES:
            return self.n_steps > 0 and need in self.index
        return self.n_steps > 0 and bool(self.by_kind.get(need))

    @property
    def checked(self):
        """Bool per row: a NaN/Inf there is an onset. Under loss scaling (a logged loss scale) not the gradients nor
        their norm: a `LossScaleOptimizer` skips those steps and lowers its scale on its own, as the watch's check."""
        scaled = metadata.ROW_LOSS_SCALE in self.index
        return np.array([not (scaled and (r["kind"] == "gradient" or r["name"] == metadata.ROW_GLOBAL_GRAD_NORM))
                         for r in self.rows], bool)

    def rows_of(self, *kinds):
        """Row indices of the given kinds, in dataflow order."""
        return sorted(i for k in kinds for i in self.by_kind.get(k, []))

    def name(self, i):
        return self.rows[i]["name"]

    def layer(self, i):
        return self.rows[i].get("layer")

    def activation(self, i):
        """The activation of row ``i``'s layer; for logs older than `metadata.layer_activation`, read from its class."""
        act = self.rows[i].get("activation")
        layer = self.facts.by_name.get(self.rows[i].get("layer")) if act is None else None
        return metadata.layer_activation(layer.get("class")) if layer else act

    def values(self, rows, start=None, stop=None):
        """Trace block ``[start:stop, rows]`` as float64, unmeasured norms as NaN.

        Norm rows hold `metadata.UNMEASURED` (-1) on steps they were not
        measured (pre-activations outside full-statistics steps); scalar and
        loss rows keep their values, negative or not.
        """
        single = np.isscalar(rows)
        idx = [rows] if single else list(rows)
        block = self.trace[start:stop, idx].astype(np.float64)
        norm_cols = [k for k, i in enumerate(idx) if self.rows[i]["kind"] not in metadata.VALUE_KINDS]
        if norm_cols:
            sub = block[:, norm_cols]
            sub[sub == UNMEASURED] = np.nan
            block[:, norm_cols] = sub
        return block[:, 0] if single else block

    def series(self, name):
        """The trace column of row ``name`` as float64 ``[T]``, or None."""
        i = self.index.get(name)
        if i is None or not self.n_steps:
            return None
        return self.trace[:, i].astype(np.float64)

    def loss(self):
        """The total loss at every traced step (float64), or None."""
        s = self.series(metadata.ROW_LOSS)
        if s is None and self.by_kind.get("loss"):
            s = self.trace[:, self.by_kind["loss"][0]].astype(np.float64)
        return s

    def stat(self, name, rows=None):
        """Statistic ``name`` as ``[F, len(rows)]`` (all rows when None)."""
        col = self.stats[:, :, metadata.STAT_INDEX[name]]
        return col if rows is None else col[:, rows]

    def sizes(self, rows):
        """Element count of each row (from the first logged stats), NaN when unknown."""
        if not len(self.stats_steps):
            return np.full(len(rows), np.nan)
        size = self.stat("size", rows)
        return nanmax(np.where(size > 0, size, np.nan), axis=0)

    def stats_before(self, step, inclusive=False):
        """Indices into the stats axis of steps before (or at) ``step``."""
        if step is None:
            return np.arange(len(self.stats_steps))
        mask = self.stats_steps <= step if inclusive else self.stats_steps < step
        return np.nonzero(mask)[0]

    def stats_at(self, step):
        """Index into the stats axis of ``step``, or None when not logged."""
        hit = np.nonzero(self.stats_steps == step)[0]
        return int(hit[0]) if len(hit) else None

    def layers(self, kind):
        """``{layer: [row indices]}`` for rows of ``kind``, in dataflow order."""
        out = {}
        for i in self.rows_of(kind):
            out.setdefault(self.layer(i) or self.name(i), []).append(i)
        return out

    def layer_norms(self, kind, upto=None):
        """Per-layer L2 norm over the rows of ``kind``: ``(layers, [T', L])`` (cached)."""
        cache = self.__dict__.setdefault("_norms", {})
        if kind not in cache:
            groups = self.layers(kind)
            names = list(groups)
            norms = np.zeros((self.n_steps, len(names)))
            for k, n in enumerate(names):
                block = self.trace[:, groups[n]].astype(np.float64)
                norms[:, k] = np.sqrt(np.einsum("ij,ij->i", block, block))
            cache[kind] = names, norms
        names, norms = cache[kind]
        return names, norms[:upto]

    def step_index(self, step):
        """Index into the trace axis of ``step`` (first traced step at or after it)."""
        return int(np.searchsorted(self.steps, step))
