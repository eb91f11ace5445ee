"""Graph helpers shared by the capture, the monitor and the keep."""

import contextlib

from tb_nanwatch.hooks.tf_lazy import tf


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
        from tensorflow.core.framework import attr_value_pb2

        for op in graph.get_operations()[before:]:
            if op.type in ("If", "StatelessIf"):
                op._set_attr("_lower_using_switch_merge", attr_value_pb2.AttrValue(b=False))
    return out


def in_xla():
    """Whether the step being traced will be compiled by XLA (``jit_compile=True``, Keras's "auto" on a GPU).

    `tf.function(jit_compile=True)` traces inside an XLA control-flow context. A private API: if a
    TensorFlow version lacks it, the step is taken as not compiled (the watch is then only slower under XLA).
    """
    if tf.executing_eagerly():
        return False
    try:
        from tensorflow.python.ops import control_flow_util

        return bool(control_flow_util.GraphOrParentsInXlaContext(tf.compat.v1.get_default_graph()))
    except Exception:  # (whatever a later TensorFlow raises there)
        return False


@contextlib.contextmanager
def outside_trace():
    """Creates the watch's variables eagerly, unseen by the `tf.function` being traced.

    A function whose first trace creates variables is traced a second time
    (a third of ResNet50's start-up). The watch's variables are created once,
    eagerly, and never inside a later trace, so that retrace is not needed.
    Under a distribution strategy its variable creator must see them: there
    they are created as usual (and the step is traced twice).
    """
    with tf.init_scope():
        local = getattr(tf.compat.v1.get_default_graph(), "_thread_local", None)
        stack = getattr(local, "_variable_creator_stack", None)
        if tf.distribute.has_strategy() or stack is None:
            yield
            return
        local._variable_creator_stack = []
        try:
            yield
        finally:
            local._variable_creator_stack = stack
