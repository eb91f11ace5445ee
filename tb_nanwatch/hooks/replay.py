"""Replays a failing step with a check on every op, to name the op that made the first NaN/Inf.

The step function runs once more, traced anew, on the kept batch with the
weights the step had (its update was not applied, see `keep`). While it is
traced, an op callback (the mechanism of `tf.debugging.enable_check_numerics`)
records every op of the step's graph; after the step, each op's outputs get
a check (``sum(x * 0)`` is NaN exactly when ``x`` holds a NaN/Inf) and the
range of its first output. Creation order is a topological order, so the
first op whose output is not finite made the NaN/Inf from finite inputs
(unless the batch itself holds one). Its inputs' ranges are the ranges of
the ops that produced them.

Three values per op keep the replay's graph small, and grappler is off for
it (the ops run as written, unfused): a replay takes 0.8 s for a small MLP,
25 s for MobileNetV2 at 96x96 (6,483 ops; 15 s of it tracing), once, at the
onset. Checking every input of every op as well took 226 s there.

Every variable (weights, optimizer state, metrics) is put back afterwards.
"""

import numpy as np
from tb_nanwatch.hooks.tf_lazy import tf

from tb_nanwatch.hooks import capture

MAX_OPS = 20000  # ops checked at most: later ones are not
_INPUTS = 3  # input ranges kept per op
_SKIP_TYPES = {"Const", "Placeholder", "NoOp", "VarHandleOp"}
_BACKWARD_PREFIX = "gradient_tape/"


class _Recorder:
    def __init__(self):
        self.graph = None
        self.ops = []  # (type, name, inputs, float outputs, updating)

    def __call__(self, op_type, inputs, attrs, outputs, op_name=None, graph=None):
        if graph is None or graph is not self.graph or op_type in _SKIP_TYPES or len(self.ops) >= MAX_OPS:
            return None
        floats = [t for t in outputs if t.dtype.is_floating]
        if floats:
            self.ops.append((op_type, op_name or "", list(inputs), floats, capture.updating()))
        return None


def _checks(ops):
    """``[N, 3]``: per op, NaN when an output holds a NaN/Inf, and the min and max of its first output."""
    rows = []
    for _, _, _, outs, _ in ops:
        first = tf.cast(outs[0], tf.float32)
        bad = tf.add_n([tf.reduce_sum(tf.cast(o, tf.float32) * 0.0) for o in outs])
        rows.append(tf.stack([bad, tf.reduce_min(first), tf.reduce_max(first)]))
    return tf.stack(rows) if rows else tf.zeros([0, 3])


def replay(step_fn, structure, leaves, variables, zeroed=(), sanitised=()):
    """Replays ``step_fn`` on a kept batch and names the op that made the first NaN/Inf.

    Args:
      step_fn: the step function (Keras's ``train_step``, or a custom loop's).
      structure: its ``(args, kwargs)`` as traced (`keep.Keeper.structure`).
      leaves: the kept leaves of ``structure`` (arrays and Python values).
      variables: every variable the step may change (put back afterwards).
      zeroed: variables set to zeros for the replay (metrics: the failing
        step left NaN in them, which the replay would read).
      sanitised: variables whose NaN/Inf elements are set to 0 for the
        replay (moving statistics the failing step's forward updated).

    Returns:
      ``{"found": True, "type", "name", "layer", "phase", "inputs": [{"min",
      "max"}], "nan", "inf"}`` for the op, else ``{"found": False, "why"}``.
    """
    if any(isinstance(a, np.ndarray) and a.dtype.kind in "fc" and not np.isfinite(a).all() for a in leaves):
        return {"found": False, "why": "the NaN/Inf came in with the step's batch: no op made it"}
    from tensorflow.python.framework import op_callbacks

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
        return _checks(recorder.ops)

    try:
        for var in zeroed:
            var.assign(tf.zeros_like(var))
        for var in sanitised:
            value = var.numpy()
            if not np.isfinite(value).all():
                var.assign(np.where(np.isfinite(value), value, 0).astype(value.dtype))
        options = tf.config.optimizer.get_experimental_options()
        tf.config.optimizer.set_experimental_options({"disable_meta_optimizer": True})
        try:
            checks = tf.function(body)(*[leaves[i] for i in tensors]).numpy()
        finally:
            tf.config.optimizer.set_experimental_options(
                dict(options, disable_meta_optimizer=options.get("disable_meta_optimizer", False)))
    finally:
        for var, value in saved:
            var.assign(value)
    return _name_op(recorder.ops, checks, scopes)


def _name_op(ops, checks, scopes):
    bad = np.flatnonzero(~np.isfinite(checks[:, 0])) if len(checks) else []
    if not len(bad):
        return {"found": False, "why": "the replay of the step made no NaN/Inf (it is not deterministic: dropout, "
                                       "noise, or a different kernel)"}
    i = int(bad[0])
    op_type, name, ins, _, updating = ops[i]
    produced = {}  # tensor -> its check row, for tensors that are an op's first output
    for k, (_, _, _, outs, _) in enumerate(ops[:i]):
        produced[outs[0].ref()] = k
    inputs = []
    for t in [t for t in ins if t.dtype.is_floating][:_INPUTS]:
        k = produced.get(t.ref())
        lo, hi = (checks[k, 1], checks[k, 2]) if k is not None else (np.nan, np.nan)
        inputs.append({"min": _number(lo), "max": _number(hi)})
    phase = "update" if updating else ("backward" if name.startswith(_BACKWARD_PREFIX) else "forward")
    lo, hi = checks[i, 1], checks[i, 2]
    inf = bool(np.isinf(lo) or np.isinf(hi))
    return {"found": True, "type": op_type, "name": name, "layer": _layer_of(name, scopes), "phase": phase,
            "inputs": inputs, "nan": int(not inf), "inf": int(inf)}


def _layer_of(op_name, scopes):
    """The watched layer whose name scope holds ``op_name`` (a backward op: the forward op it differentiates)."""
    name = op_name[len(_BACKWARD_PREFIX):] if op_name.startswith(_BACKWARD_PREFIX) else op_name
    best = None
    for scope, layer in scopes.items():
        if scope and (name == scope or name.startswith(scope + "/")) and (best is None or len(scope) > len(best[0])):
            best = (scope, layer)
    return None if best is None else best[1]


def describe(op):
    """One line naming the op of a `replay` record (input ranges where the replay measured them)."""
    where = "in layer %r" % op["layer"] if op.get("layer") else "outside the model's layers"
    ranges = ", ".join("[%.4g, %.4g]" % (i["min"], i["max"]) for i in op.get("inputs") or []
                       if i.get("min") is not None and i.get("max") is not None)
    return "op %s (%s) %s, %s, made %s from finite inputs%s" % (
        op["type"], op["name"], where, op["phase"], "NaN" if op.get("nan") else "Inf",
        " in " + ranges if ranges else "")


def _number(x):
    return float(x) if np.isfinite(x) else None
