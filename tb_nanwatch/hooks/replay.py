"""Replays a failing step with a check on every op, to name the op that made the first NaN/Inf.

The step function runs once more, traced anew, on the kept batch with the
weights the step had (its update was not applied, see `keep`). While it is traced, an op callback (the
mechanism of `tf.debugging.enable_check_numerics`) records every op of the
step's graph; after the step, one check per op says whether its outputs and
its inputs are finite, and the range of its inputs. The op named is the
first, in dataflow order, whose output is not finite while its inputs are:
where the NaN/Inf was born. Every variable (weights, optimizer state,
metrics) is put back as it was afterwards.
"""

import logging

import numpy as np
import tensorflow as tf
from tensorflow.python.framework import op_callbacks

from tb_nanwatch.hooks import capture

log = logging.getLogger("tb_nanwatch")

MAX_OPS = 20000  # ops checked at most: later ones are not (the graph of the checks grows with them)
_INPUTS = 3  # input ranges kept per op
_SKIP_TYPES = {"Const", "Placeholder", "NoOp", "VarHandleOp", "Identity", "IdentityN"}
_BACKWARD_PREFIX = "gradient_tape/"


class _Recorder:
    def __init__(self):
        self.graph = None
        self.ops = []  # (type, name, float inputs, float outputs, updating)

    def __call__(self, op_type, inputs, attrs, outputs, op_name=None, graph=None):
        if graph is None or graph is not self.graph or op_type in _SKIP_TYPES or len(self.ops) >= MAX_OPS:
            return None
        floats = [t for t in outputs if t.dtype.is_floating]
        if floats:
            ins = [t for t in inputs if t.dtype.is_floating]
            self.ops.append((op_type, op_name or "", ins, floats, capture.updating()))
        return None


def _finite_range(t):
    t = tf.cast(t, tf.float32)
    ok = tf.math.is_finite(t)
    low = tf.reduce_min(tf.where(ok, t, np.inf))
    high = tf.reduce_max(tf.where(ok, t, -np.inf))
    return tf.stack([low, high, tf.cast(tf.size(t) - tf.math.count_nonzero(ok, dtype=tf.int32), tf.float32)])


def _health(ops):
    """Per op: ``[output not finite, an input not finite, NaN in output, Inf in output]`` and input ranges."""
    rows, ranges = [], []
    none = tf.constant([np.inf, -np.inf, 0.0])
    for _, _, ins, outs, _ in ops:
        out = tf.cast(outs[0], tf.float32)
        n_nan = tf.reduce_sum(tf.cast(tf.math.is_nan(out), tf.float32))
        n_inf = tf.reduce_sum(tf.cast(tf.math.is_inf(out), tf.float32))
        out_bad = tf.reduce_any([tf.logical_not(tf.reduce_all(tf.math.is_finite(o))) for o in outs])
        per_input = [_finite_range(t) for t in ins[:_INPUTS]]
        in_bad = tf.reduce_any([r[2] > 0 for r in per_input] +
                               [tf.logical_not(tf.reduce_all(tf.math.is_finite(t))) for t in ins[_INPUTS:]] + [False])
        rows.append(tf.stack([tf.cast(out_bad, tf.float32), tf.cast(in_bad, tf.float32), n_nan, n_inf]))
        ranges.append(tf.stack((per_input + [none] * _INPUTS)[:_INPUTS]))
    return tf.stack(rows), tf.stack(ranges)


def replay(step_fn, structure, leaves, variables, zeroed=()):
    """Replays ``step_fn`` on a kept batch and names the op that made the first NaN/Inf.

    Args:
      step_fn: the step function (Keras's ``train_step``, or a custom loop's).
      structure: its ``(args, kwargs)`` as traced (`keep.Keeper.structure`).
      leaves: the kept leaves of ``structure`` (arrays and Python values).
      variables: every variable the step may change (put back afterwards).
      zeroed: variables set to zeros for the replay (metrics: the failing
        step left NaN in them, which the replay would read).

    Returns:
      ``{"found": True, "type", "name", "layer", "phase", "inputs": [{"min",
      "max", "nonfinite"}], "nan", "inf"}`` for the op, else ``{"found": False,
      "why"}``.
    """
    saved = [(v, v.numpy()) for v in variables]
    scopes = {}
    recorder = _Recorder()
    tensors = [i for i, leaf in enumerate(leaves) if isinstance(leaf, np.ndarray)]

    def body(*arrays):
        flat = list(leaves)
        for i, a in zip(tensors, arrays):
            flat[i] = a
        args, kwargs = tf.nest.pack_sequence_as(structure, flat)
        recorder.graph = tf.compat.v1.get_default_graph()
        op_callbacks.add_op_callback(recorder)
        try:
            with capture.replaying(scopes):
                step_fn(*args, **kwargs)
        finally:
            op_callbacks.remove_op_callback(recorder)
        if not recorder.ops:
            return tf.zeros([0, 4]), tf.zeros([0, _INPUTS, 3])
        return _health(recorder.ops)

    try:
        for var in zeroed:
            var.assign(tf.zeros_like(var))
        flags, ranges = tf.function(body)(*[leaves[i] for i in tensors])
        flags, ranges = flags.numpy(), ranges.numpy()
    finally:
        for var, value in saved:
            var.assign(value)
    return _name_op(recorder.ops, flags, ranges, scopes)


def _name_op(ops, flags, ranges, scopes):
    if not len(flags) or not flags[:, 0].any():
        return {"found": False, "why": "the replay of the step made no NaN/Inf (it is not deterministic: dropout, "
                                       "noise, or a different kernel)"}
    born = np.flatnonzero((flags[:, 0] > 0) & (flags[:, 1] == 0))
    if not len(born):
        return {"found": False, "why": "the NaN/Inf came in with the step's inputs: no op made it"}
    i = int(born[0])
    op_type, name, ins, _, updating = ops[i]
    phase = "update" if updating else ("backward" if name.startswith(_BACKWARD_PREFIX) else "forward")
    inputs = [{"min": _number(lo), "max": _number(hi), "nonfinite": int(bad)}
              for lo, hi, bad in ranges[i][:min(len(ins), _INPUTS)]]
    return {"found": True, "type": op_type, "name": name, "layer": _layer_of(name, scopes), "phase": phase,
            "inputs": inputs, "nan": int(flags[i, 2]), "inf": int(flags[i, 3])}


def _layer_of(op_name, scopes):
    """The watched layer whose name scope holds ``op_name`` (a backward op: the forward op it differentiates)."""
    name = op_name[len(_BACKWARD_PREFIX):] if op_name.startswith(_BACKWARD_PREFIX) else op_name
    best = None
    for scope, layer in scopes.items():
        if scope and (name == scope or name.startswith(scope + "/")) and (best is None or len(scope) > len(best[0])):
            best = (scope, layer)
    return None if best is None else best[1]


def describe(op):
    """One line naming the op of a `replay` record."""
    where = "in layer %r" % op["layer"] if op.get("layer") else "outside the model's layers"
    ranges = ", ".join("[%s, %s]" % (_fmt(i["min"]), _fmt(i["max"])) for i in op.get("inputs") or [])
    return "op %s (%s) %s, %s, made %s from finite inputs%s" % (
        op["type"], op["name"], where, op["phase"], "NaN" if op.get("nan") else "Inf",
        " in " + ranges if ranges else "")


def _fmt(x):
    return "?" if x is None else "%.4g" % x


def _number(x):
    return float(x) if np.isfinite(x) else None
