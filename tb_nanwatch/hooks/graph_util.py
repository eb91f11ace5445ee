"""Graph helpers shared by the capture and the monitor."""

from tensorflow.core.framework import attr_value_pb2
import tensorflow as tf


def if_op(pred, true_fn, false_fn):
    """`tf.cond` kept as one `If` op, not lowered to Switch/Merge.

    Lowered, every op of the untaken branch still passes a dead tensor each
    step; as an `If` the untaken branch runs no op. A predicate known when
    tracing (``log_every=1``: every step is logged) takes its branch with no
    `If` at all.
    """
    static = tf.get_static_value(pred)
    if static is not None:
        return true_fn() if bool(static) else false_fn()
    graph = tf.compat.v1.get_default_graph()
    before = len(graph.get_operations()) if not tf.executing_eagerly() else 0
    out = tf.cond(pred, true_fn, false_fn)
    if not tf.executing_eagerly():
        for op in graph.get_operations()[before:]:
            if op.type in ("If", "StatelessIf"):
                op._set_attr("_lower_using_switch_merge", attr_value_pb2.AttrValue(b=False))
    return out
