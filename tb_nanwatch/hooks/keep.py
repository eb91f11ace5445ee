"""Keeps the batch and the weights of the first step whose update is not finite.

In-graph, just before the optimizer applies a step's update: when the
step's gradients or loss are not finite and nothing was kept yet, an `If`
copies the step's batch and the trainable weights (as they were before the
update) into variables of unknown shape. Those variables hold one element
until then, so ordinary steps pay neither memory nor copies. The host takes
them after the execution (`Keeper.take`) to save the batch as ``.npz`` and to
replay the step (`tb_nanwatch.hooks.replay`).

Not under XLA (a variable's shape cannot change there) nor a distribution
strategy (a merge call cannot sit in a cond).
"""

import logging
import os

import numpy as np
import tensorflow as tf

from tb_nanwatch.hooks.graph_util import if_op, outside_trace

log = logging.getLogger("tb_nanwatch")

DEFAULT_MAX_BYTES = 64 << 20
# Rows of each array listed as holding NaN/Inf (the rest are counted).
LISTED_ROWS = 20


class Keeper:
    """The in-graph keep of one watch, and the host side that takes it.

    Attributes:
      structure: the traced step's ``(args, kwargs)`` (the replay rebuilds
        its arguments from it).
      names: the ``.npz`` key of each leaf of ``structure``, in
        `tf.nest.flatten` order (None: not saved).
    """

    def __init__(self):
        self.structure = None
        self.names = None
        self._leaves = None  # per leaf: a variable (tensor leaves) or the Python value
        self._weights = []  # (model variable, its keep variable)
        self._step = None
        self.taken = None  # step whose keep was taken, once

    def set_batch(self, args, kwargs, names):
        """Records the structure of a traced step's arguments (at trace time).

        Args:
          args, kwargs: the step function's arguments.
          names: ``{id(leaf): name}`` of the leaves to save (see `leaf_names`).
        """
        self.structure = (args, kwargs)
        self.names = [names.get(id(leaf)) for leaf in tf.nest.flatten(self.structure)]

    def ops(self, step, finite, variables):
        """Adds the keep to the graph of a traced step, before its update.

        Args:
          step: int64 tensor, the step number.
          finite: bool tensor, the update's gradients and loss are finite.
          variables: the trainable variables about to be updated.
        """
        leaves = tf.nest.flatten(self.structure, expand_composites=False)
        with outside_trace():
            if self._step is None:
                self._step = tf.Variable(np.int64(-1), trainable=False, name="nanwatch_kept_step")
            if self._leaves is None or len(self._leaves) != len(leaves):
                self._leaves = [_slot(t) if _keepable(t) else t for t in leaves]
            known = {id(v) for v, _ in self._weights}
            self._weights += [(v, _slot(v)) for v in variables if id(v) not in known and _keepable(v)]
        slots = dict((id(v), s) for v, s in self._weights)
        pairs = [(s, t) for s, t in zip(self._leaves, leaves) if isinstance(s, tf.Variable) and _keepable(t)]
        pairs += [(slots[id(v)], v) for v in variables if id(v) in slots]

        def keep():
            for slot, value in pairs:
                slot.assign(tf.convert_to_tensor(value), read_value=False)
            self._step.assign(step, read_value=False)
            return tf.constant(True)

        if_op(tf.logical_and(tf.logical_not(finite), self._step < 0), keep, lambda: tf.constant(False))

    def take(self):
        """``(step, leaves, weights before the update)`` once something was kept, else None.

        ``leaves`` are arrays (tensor leaves) or the traced Python values;
        ``weights`` a list of ``(model variable, array)``. The keep variables
        are emptied again (their memory freed).
        """
        if self._step is None or self.taken is not None:
            return None
        step = int(self._step.numpy())
        if step < 0:
            return None
        leaves = [s.numpy() if isinstance(s, tf.Variable) else s for s in self._leaves]
        weights = [(v, s.numpy()) for v, s in self._weights]
        for slot in [s for s in self._leaves if isinstance(s, tf.Variable)] + [s for _, s in self._weights]:
            slot.assign(tf.zeros([0], slot.dtype), read_value=False)
        self.taken = step
        return step, leaves, weights


def leaf_names(parts):
    """``{id(leaf): name}`` for the leaves of named parts of a step's arguments.

    Args:
      parts: ``(name, value)`` pairs, e.g. ``[("x", x), ("y", y)]``; a nested
        value's leaves are named ``<name>/<path>``.
    """
    names = {}

    def visit(path, value):
        if isinstance(value, dict):
            for key in sorted(value, key=str):
                visit("%s/%s" % (path, key), value[key])
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                visit("%s/%d" % (path, i), item)
        elif value is not None:
            names.setdefault(id(value), path)

    for prefix, value in parts:
        visit(prefix, value)
    return names


def _dtype(t):
    try:
        return tf.as_dtype(t.dtype)
    except TypeError:
        return None


def _keepable(t):
    if isinstance(t, (tf.SparseTensor, tf.RaggedTensor)) or not hasattr(t, "dtype"):
        return False
    dtype = _dtype(t)
    return dtype is not None and (dtype.is_floating or dtype.is_integer or dtype == tf.bool)


def _slot(t):
    return tf.Variable(tf.zeros([0], _dtype(t)), shape=tf.TensorShape(None), trainable=False, name="nanwatch_keep")


def save_batch(log_dir, step, names, leaves, max_bytes=DEFAULT_MAX_BYTES):
    """Saves a kept batch as ``<log_dir>/nonfinite_batch_step<step>.npz``.

    Rows holding NaN/Inf are always saved; other rows are dropped from the
    end while the file would exceed ``max_bytes``.

    Args:
      log_dir: the run's directory.
      step: the step of the batch.
      names: the ``.npz`` key of each leaf (None: not saved).
      leaves: arrays (other leaves are ignored).
      max_bytes: size cap of the arrays saved.

    Returns:
      The batch record of the onset: ``{"file", "rows", "batch_rows",
      "arrays": {name: {"shape", "dtype", "nonfinite_rows", "nonfinite_row_count"}}}``
      (``rows``: indices of the saved rows in the batch when some were
      dropped, else None), or None when nothing could be saved.
    """
    arrays = {n: a for n, a in zip(names, leaves) if n and isinstance(a, np.ndarray)}
    if not arrays:
        return None
    lengths = {a.shape[0] for a in arrays.values() if a.ndim}
    n_rows = lengths.pop() if len(lengths) == 1 else None
    bad = {n: _nonfinite_rows(a) for n, a in arrays.items()}
    keep_rows = None
    total = sum(a.nbytes for a in arrays.values())
    if total > max_bytes and n_rows:
        per_row = total / n_rows
        flagged = np.unique(np.concatenate([rows for rows in bad.values()] + [np.zeros(0, np.int64)]))
        room = max(0, int(max_bytes // per_row) - len(flagged))
        others = np.setdiff1d(np.arange(n_rows), flagged)[:room]
        keep_rows = np.sort(np.concatenate([flagged, others])).astype(np.int64)
        arrays = {n: (a[keep_rows] if a.ndim else a) for n, a in arrays.items()}
    elif total > max_bytes:
        log.warning("tb_nanwatch: the failing batch (%d bytes) is over the %d-byte cap and has no common row "
                    "axis: not saved", total, max_bytes)
        return None
    name = "nonfinite_batch_step%d.npz" % step
    path = os.path.join(log_dir, name)
    try:
        os.makedirs(log_dir, exist_ok=True)
        to_save = dict(arrays)
        if keep_rows is not None:
            to_save["_rows"] = keep_rows
        with open(path + ".tmp", "wb") as f:
            np.savez(f, **to_save)
        os.replace(path + ".tmp", path)
    except OSError as e:
        log.warning("tb_nanwatch: could not save the failing batch (%s)", e)
        return None
    return {
        "file": name,
        "rows": None if keep_rows is None else int(len(keep_rows)),
        "batch_rows": n_rows,
        "arrays": {n: {"shape": [int(d) for d in a.shape], "dtype": a.dtype.name,
                       "nonfinite_rows": [int(r) for r in bad[n][:LISTED_ROWS]],
                       "nonfinite_row_count": int(len(bad[n]))} for n, a in arrays.items()},
    }


def _nonfinite_rows(a):
    """Indices of the rows (first axis) of ``a`` holding NaN/Inf."""
    if a.dtype.kind not in "fc" or a.ndim == 0:
        return np.zeros(0, np.int64)
    return np.flatnonzero(~np.isfinite(a.reshape(len(a), -1)).all(axis=1))
