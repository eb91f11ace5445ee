"""Keeps the batch of the first step holding a NaN/Inf, for the replay and the user.

In-graph, inside the statistics branch the watch runs anyway on a step
holding a non-finite value: when nothing was kept yet, the step's batch is
copied into variables of unknown shape. Those hold one element until then,
so ordinary steps pay neither memory nor an op. The host takes them after the
execution (`Keeper.take`) to save the batch as ``.npz`` and to replay the
step (`tb_nanwatch.hooks.replay`).

The weights from before the failing update need no copy when that update is
not applied (``on_nonfinite`` "skip", "rollback", "stop" or "raise"); under
"continue" it is applied, and the replay says when it made the weights
non-finite. A copy before every update, taken only when its check fails,
measured 2-3.5% of a step (an `If` on every step): not paid by default.

Not under XLA (a variable's shape cannot change there) nor a distribution
strategy.
"""

import logging
import os

import numpy as np
from tb_nanwatch.hooks.tf_lazy import tf

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

    def ops(self, step, when):
        """Adds the keep to a traced step's statistics branch.

        Args:
          step: int64 tensor, the step number.
          when: bool tensor: the onset was latched at this step.
        """
        leaves = tf.nest.flatten(self.structure)
        with outside_trace():
            if self._step is None:
                self._step = tf.Variable(np.int64(-1), trainable=False, name="nanwatch_kept_step")
            if self._leaves is None or len(self._leaves) != len(leaves):
                self._leaves = [_slot(t) if _keepable(t) else t for t in leaves]
        pairs = [(s, t) for s, t in zip(self._leaves, leaves) if isinstance(s, tf.Variable) and _keepable(t)]

        def keep():
            for slot, value in pairs:
                slot.assign(value, read_value=False)
            self._step.assign(step, read_value=False)
            return tf.constant(True)

        if_op(tf.logical_and(when, self._step < 0), keep, lambda: tf.constant(False))

    def take(self):
        """``(step, leaves)`` once a batch was kept, else None (once).

        ``leaves`` are arrays (tensor leaves) or the traced Python values.
        The keep variables are emptied again (their memory freed).
        """
        if self._step is None or self.taken is not None:
            return None
        step = int(self._step.numpy())
        if step < 0:
            return None
        slots = [s for s in self._leaves if isinstance(s, tf.Variable)]
        leaves = [s.numpy() if isinstance(s, tf.Variable) else s for s in self._leaves]
        for slot in slots:
            slot.assign(tf.zeros([0], slot.dtype), read_value=False)
        self.taken = step
        return step, leaves


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


def _keepable(t):
    return (tf.is_tensor(t) and not isinstance(t, (tf.SparseTensor, tf.RaggedTensor))
            and (t.dtype.is_floating or t.dtype.is_integer or t.dtype == tf.bool))


def _slot(t):
    return tf.Variable(tf.zeros([0], t.dtype), shape=tf.TensorShape(None), trainable=False, name="nanwatch_keep")


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
      (``rows``: how many rows were saved when the cap dropped some, else
      None; their batch indices are the file's ``_rows``), or None when
      nothing could be saved.
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
