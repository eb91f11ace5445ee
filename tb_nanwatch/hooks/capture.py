"""Trace-time capture of the tensors a training step already has.

Layers, the loss and the optimizer are wrapped once; while a step function
is being traced, the wrappers hand each layer output, pre-activation, loss,
gradient and updated weight to the active `StepTrace`. Outside a trace they
are plain pass-throughs, so evaluation and prediction are untouched.
"""

import contextlib
import functools
import threading

import keras
from tb_nanwatch.hooks.tf_lazy import tf

from tb_nanwatch import metadata
from tb_nanwatch.hooks import kernels
from tb_nanwatch.hooks.graph_util import if_op, in_xla

_LOCAL = threading.local()


def active():
    """Returns the `StepTrace` being traced on this thread, or None."""
    return getattr(_LOCAL, "trace", None)


@contextlib.contextmanager
def replaying(scopes):
    """While a step is replayed: fills ``scopes`` (name scope -> layer name) as watched layers are called.

    `updating` says whether ops are being made by an optimizer's update.
    """
    _LOCAL.scopes, _LOCAL.updating = scopes, False
    try:
        yield scopes
    finally:
        _LOCAL.scopes = _LOCAL.updating = None


def updating():
    return bool(getattr(_LOCAL, "updating", False))


@contextlib.contextmanager
def tracing(trace):
    previous = active()
    _LOCAL.trace = trace
    try:
        yield trace
    finally:
        _LOCAL.trace = previous


class StepTrace:
    """The tensors of one traced training step, in dataflow order.

    Args:
      weight_name: returns ``(row name, layer name)`` of a variable.
      layer_position: returns the forward index of a layer name (or None).
    """

    def __init__(self, weight_name, layer_position=None):
        self.weight_name = weight_name
        self.layer_position = layer_position or (lambda name: None)
        self.probes = []  # (layer name, gradient at its input), in the order backprop made them
        self.graph = None if tf.executing_eagerly() else tf.compat.v1.get_default_graph()
        self.entries = []  # (row dict, tensor, extra dict)
        self._names = set()
        self.grads = []
        self.before = {}  # id(variable) -> its value before the update (when `want_before`)
        self.loss_scale = None
        self.learning_rate = None  # of the first optimizer that updates
        # Set by `Monitor.begin`: the status read as the step began, the step
        # number, and bool tensors: a logged step, a step in the window after
        # the onset, and whether the weights before the update are kept.
        self.status = self.step = self.is_full = self.in_window = self.want_before = None
        self.latched = None  # bool tensor: the onset was latched before this step (set by `Monitor.begin`)
        # ``on_nonfinite="skip"``: an update whose gradients or loss are not finite is not applied;
        # ``skipped`` is then the bool tensor saying so (set by the optimizer wrapper).
        self.skip_nonfinite = False
        self.stop_at_onset = False  # "stop"/"raise": no update once the onset is latched
        self.skipped = None
        # A `keep.Keeper`: keeps the step's batch when it holds a NaN/Inf (see `Monitor.finalize`).
        self.keeper = None
        self.half_sums = {}  # id(tensor) -> its half sum of squares, when taken before `Monitor.finalize`

    def _unique(self, name):
        base, i = name, 1
        while name in self._names:
            name = "%s:%d" % (base, i)
            i += 1
        self._names.add(name)
        return name

    def add(self, name, kind, tensor, layer=None, activation=None, **extra):
        """Records ``tensor`` as a row, if it is a float tensor of this graph.

        Integer and boolean inputs and targets (raw uint8 pixels, class ids)
        are recorded cast to float32; the dtype of every input and target
        row is kept in its ``extra["dtype"]``.
        """
        if not tf.is_tensor(tensor):
            return
        if kind in ("input", "target"):
            extra["dtype"] = tensor.dtype.name
        if not tensor.dtype.is_floating:
            if kind not in ("input", "target") or not (tensor.dtype.is_integer or tensor.dtype == tf.bool):
                return
            tensor = tf.cast(tensor, tf.float32)
        # Tensors made inside a while/cond body (RNN cells) cannot leave it.
        if self.graph is not None and getattr(tensor, "graph", self.graph) is not self.graph:
            return
        row = metadata.make_row(self._unique(name), kind, layer, activation)
        self.entries.append((row, tensor, extra))

    def add_structure(self, structure, kind, names=None):
        """Records every tensor of a nested input or target structure."""
        if structure is None:
            return
        if isinstance(structure, dict):
            items = sorted(structure.items())
        else:
            flat = tf.nest.flatten(structure)
            items = [((names[i] if names and i < len(names) and len(flat) > 1 else str(i)), t) for i, t in enumerate(flat)]
        for key, tensor in items:
            for t in tf.nest.flatten(tensor):
                self.add("%s/%s" % (kind, key), kind, t)

    def record_update(self, grads_and_vars, before):
        self.grads.extend(grads_and_vars)
        self.before.update(before or {})

    def probe_input_gradient(self, x, layer):
        """Returns ``x`` through an identity whose gradient is recorded as ``<layer>/input_grad``."""
        probes = self.probes

        @tf.custom_gradient
        def identity(t):
            def grad(dy):
                probes.append((layer, dy))
                return dy

            return tf.identity(t), grad

        return identity(x)

    def finish_rows(self):
        """Appends gradient and weight rows (nearest-the-loss gradient first).

        The gradient at the input of a probed layer goes right after the
        parameter gradients of the layers at or above it, so that the first
        non-finite backward row is where the NaN was born.
        """
        before = self.before
        scale = self.loss_scale
        backward = []  # (layer position or None, row name, layer, gradient)
        for grad, var in reversed(self.grads):
            if grad is None:
                continue
            if isinstance(grad, tf.IndexedSlices):
                # Never densify an embedding gradient: its values hold every
                # non-finite element (the norm ignores repeated indices).
                grad = grad.values
            name, layer = self.weight_name(var)
            if scale is not None:
                grad = tf.cast(grad, tf.float32) / tf.cast(scale, tf.float32)
            backward.append((self.layer_position(layer), name + "/grad", layer, grad))
        for layer, dy in self.probes:
            if scale is not None:
                dy = tf.cast(dy, tf.float32) / tf.cast(scale, tf.float32)
            pos = self.layer_position(layer)
            at = next((k for k, item in enumerate(backward) if pos is not None and item[0] is not None and item[0] < pos),
                      len(backward))
            backward.insert(at, (pos, layer + metadata.INPUT_GRAD_SUFFIX, layer, dy))
        for _, name, layer, grad in backward:
            self.add(name, "gradient", grad, layer)
        for grad, var in self.grads:
            name, layer = self.weight_name(var)
            self.add(name, "weight", _value(var), layer, before=before.get(id(var)))


def optimizers(model, optimizer=None):
    """``optimizer`` and every other optimizer the model holds as an attribute (a GAN's two), once each."""
    found = [optimizer] + [v for v in vars(model).values() if isinstance(v, keras.optimizers.Optimizer)]
    unique = {}
    for opt in found:
        if opt is not None:
            unique.setdefault(id(opt), opt)
    return list(unique.values())


def learning_rate(optimizer):
    """The optimizer's current learning rate as a float32 tensor, or None."""
    try:
        return tf.cast(tf.convert_to_tensor(optimizer.learning_rate), tf.float32)
    except Exception:
        return None


def layer_variables(model):
    """Yields ``(layer, variable)`` for the variables each (non-model) layer owns."""
    for layer in model._flatten_layers(include_self=False, recursive=True):
        if not _is_model(layer):
            for var in getattr(layer, "_trainable_variables", []) + getattr(layer, "_non_trainable_variables", []):
                yield layer, var


def _var_path(var):
    return getattr(var, "path", None) or var.name.split(":")[0]


def _value(var):
    return var.value if not callable(getattr(var, "value", None)) else var.value()


def activation_name(fn):
    """Returns a short name for an activation function (or None)."""
    if fn is None:
        return None
    name = getattr(fn, "__name__", None) or type(fn).__name__
    return metadata.canonical_activation(str(name).lower())


def layer_activation(layer):
    """The activation ``layer`` applies: its ``activation`` argument, or its class (``ReLU``, ``Softmax``); or None."""
    act = getattr(layer, "activation", None)
    return metadata.layer_activation(type(layer).__name__, activation_name(act) if callable(act) else None)


class Instrumentation:
    """Wraps a model's layers, loss and optimizer; `restore` undoes it.

    Args:
      model: a Keras 3 model (Sequential, functional or subclassed).
      optimizer: the optimizer whose ``apply`` receives the gradients.
    """

    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self._undo = []
        self._weight_names = {}
        self._positions = {}
        for layer in model._flatten_layers(include_self=False, recursive=True):
            if not _is_model(layer) and type(layer).__name__ != "InputLayer":
                self._positions.setdefault(layer.name, len(self._positions))
                self._wrap_layer(layer)
        if hasattr(model, "compute_loss"):
            self._wrap_loss(model)
            self._wrap_loss_terms(getattr(model, "_compile_loss", None))
        for opt in optimizers(model, optimizer):
            self._wrap_optimizer(opt)

    def weight_name(self, var):
        """Returns ``("<layer>/<weight>", layer name)`` for a model variable.

        Looked up at trace time: a subclassed model creates its variables on
        its first call, after the instrumentation.
        """
        if id(var) not in self._weight_names:
            for layer, v in layer_variables(self.model):
                self._weight_names.setdefault(id(v), ("%s/%s" % (layer.name, v.name), layer.name))
        return self._weight_names.get(id(var), (_var_path(var), None))

    def layer_position(self, name):
        """The index of layer ``name`` in the model's (forward) order, or None."""
        return self._positions.get(name)

    def _patch(self, obj, attr, value):
        had = attr in vars(obj)
        old = vars(obj).get(attr)
        value._nanwatch_undo = (had, old)  # lets a later watch undo it if we never could
        object.__setattr__(obj, attr, value) if _is_keras_obj(obj) else setattr(obj, attr, value)
        self._undo.append((obj, attr, had, old))

    @staticmethod
    def _current(obj, attr):
        """Returns ``obj.attr`` after undoing a wrapper an earlier watch left behind.

        A fit that ends in an exception (``on_nonfinite="raise"``, Ctrl-C)
        never reaches ``on_train_end``; wrapping the stale wrapper again would
        record every tensor twice.
        """
        stale = vars(obj).get(attr)
        undo = getattr(stale, "_nanwatch_undo", None)
        if undo is not None:
            had, old = undo
            if had:
                object.__setattr__(obj, attr, old)
            else:
                object.__delattr__(obj, attr)
        return getattr(obj, attr, None)

    def restore(self):
        """Puts back every wrapped attribute, newest first."""
        for obj, attr, had, old in reversed(self._undo):
            if had:
                object.__setattr__(obj, attr, old)
            else:
                try:
                    object.__delattr__(obj, attr)
                except AttributeError:
                    pass
        self._undo = []

    def _wrap_layer(self, layer):
        # The pre-activation inside a layer (Dense, Conv) is never read: a second
        # consumer stops grappler from fusing MatMul+BiasAdd+activation, which
        # changes the numbers (a fused ReLU turns a NaN into 0; plain training
        # survives such a step). Every statistic the rules use comes from outputs.
        act_name = layer_activation(layer)
        original = self._current(layer, "call")
        probed = type(layer).__name__ not in metadata.SAFE_WEIGHTLESS_LAYERS
        # An output that ends in an addition (BatchNormalization, a bias) and
        # only feeds a residual Add is left unread: grappler re-associates the
        # two additions when the middle one has no other consumer, and a read
        # would change the rounding of every step (MobileNetV2, ResNet50).
        into_add = _feeds_only_add(layer)

        @functools.wraps(original)
        def call(*args, **kwargs):
            scopes = getattr(_LOCAL, "scopes", None)
            if scopes is not None:
                scopes.setdefault(tf.get_current_name_scope(), layer.name)
            trace = active()
            if (trace is not None and probed and args and tf.is_tensor(args[0]) and args[0].dtype.is_floating
                    and not layer.weights):
                # A layer without weights (a Lambda, custom math): record the gradient at its input.
                args = (trace.probe_input_gradient(args[0], layer.name),) + args[1:]
            outputs = original(*args, **kwargs)
            trace = active()
            if trace is not None:
                flat = tf.nest.flatten(outputs)
                for i, t in enumerate(flat):
                    if into_add and _ends_in_add(t):
                        continue
                    suffix = "/output" if len(flat) == 1 else "/output_%d" % i
                    trace.add(layer.name + suffix, "activation", t, layer.name, act_name)
            return outputs

        self._patch(layer, "call", call)

    def _wrap_loss(self, model):
        original = self._current(model, "compute_loss")

        @functools.wraps(original)
        def compute_loss(*args, **kwargs):
            loss = original(*args, **kwargs)
            trace = active()
            if trace is not None and tf.is_tensor(loss):
                # Keras divides the loss by the replica count; record the batch's loss.
                trace.add(metadata.ROW_LOSS, "loss", unscale_for_distribution(loss))
            return loss

        self._patch(model, "compute_loss", compute_loss)

    def _wrap_loss_terms(self, compile_loss):
        """Records each output's loss term of a multi-output model.

        Keras feeds every unweighted term to a ``Mean`` metric named
        ``<output>_loss``; wrapping its ``update_state`` sees the value.
        """
        if compile_loss is None:
            return
        if not getattr(compile_loss, "built", True):
            # Keras builds it inside the first traced step: wrap the terms then.
            build = self._current(compile_loss, "build")

            @functools.wraps(build)
            def build_then_wrap(*args, **kwargs):
                result = build(*args, **kwargs)
                self._wrap_loss_terms(compile_loss)
                return result

            self._patch(compile_loss, "build", build_then_wrap)
            return
        metrics = list(getattr(compile_loss, "metrics", None) or [])
        if len(metrics) < 2:
            return
        for metric in metrics:
            term = metric.name[: -len("_loss")] if metric.name.endswith("_loss") else metric.name
            original = self._current(metric, "update_state")

            @functools.wraps(original)
            def update_state(values, *args, _original=original, _term=term, **kwargs):
                trace = active()
                if trace is not None:
                    trace.add("%s/%s" % (metadata.ROW_LOSS, _term), "loss", values)
                return _original(values, *args, **kwargs)

            self._patch(metric, "update_state", update_state)

    def _wrap_optimizer(self, optimizer):
        original = self._current(optimizer, "apply")

        @functools.wraps(original)
        def apply(grads, trainable_variables=None, *args, **kwargs):
            trace = active()
            if trace is None:
                if getattr(_LOCAL, "scopes", None) is None:
                    return original(grads, trainable_variables, *args, **kwargs)
                _LOCAL.updating = True  # a replay
                try:
                    return original(grads, trainable_variables, *args, **kwargs)
                finally:
                    _LOCAL.updating = False
            grads = list(grads)
            variables = list(trainable_variables if trainable_variables is not None else optimizer._trainable_variables)
            before = None
            # A read before the update, on logged steps only (TF then copies the
            # buffer on write); other steps update in place. The untaken branch
            # hands out the gradient, a free tensor of the same shape and dtype
            # (XLA needs both branches alike); it is never used as a weight.
            # Weight matrices and kernels only (rank >= 2: what the update ratio
            # is judged on): each tensor through the `If` costs on every step,
            # 2% of a MobileNetV2 step with its biases and normalisation scales.
            # A model without any (scalar `W * x + b`, TensorFlow's custom-loop
            # tutorials) has its few weights kept instead.
            same = [(g, v) for g, v in zip(grads, variables)
                    if tf.is_tensor(g) and not isinstance(g, tf.IndexedSlices) and g.dtype == v.dtype
                    and g.shape.is_fully_defined() and g.shape == tuple(v.shape)]
            same = [(g, v) for g, v in same if len(v.shape) >= 2] or same
            if trace.want_before is not None and same:
                read = lambda: [tf.identity(_value(v)) for _, v in same]  # noqa: E731 (read now, before the update)
                # XLA copies a weight it updates in place anyway (its old value feeds the backward pass): a plain
                # read costs nothing more, while the `If` made it copy every weight and gradient again on every
                # step (MLP 1.17x -> 1.11x).
                copies = read() if in_xla() else if_op(trace.want_before, read, lambda: [g for g, _ in same])
                before = {id(v): c for (_, v), c in zip(same, copies)}
            trace.record_update(list(zip(grads, variables)), before)
            if trace.learning_rate is None:  # of the first optimizer that updates in this step
                trace.learning_rate = learning_rate(optimizer)
            if isinstance(optimizer, keras.optimizers.LossScaleOptimizer):
                # The scale the incoming gradients were multiplied by (its non-finite steps are its own to skip).
                scale = getattr(optimizer, "dynamic_scale", None)
                trace.loss_scale = tf.identity(scale) if scale is not None else tf.constant(optimizer.initial_scale)
                return original(grads, trainable_variables, *args, **kwargs)
            if tf.distribute.has_strategy():  # a merge call cannot sit in a cond
                return original(grads, trainable_variables, *args, **kwargs)
            if trace.skip_nonfinite:
                finite = _update_is_finite(trace, grads)
                return _apply_if_finite(trace, finite, optimizer, original, grads, variables, args, kwargs)
            return original(grads, trainable_variables, *args, **kwargs)

        self._patch(optimizer, "apply", apply)


def _update_is_finite(trace, grads):
    """``(cheap, exact)``: a bool tensor that proves the gradients and loss finite, and a function testing them exactly.

    The cheap test is the gradients' half sums of squares, which the trace
    takes anyway (`Monitor.finalize` reuses them): one read of each gradient.
    A finite total proves every value finite. A non-finite one does not prove
    the opposite: a sum of squares overflows float32 for finite values beyond
    ~1e19 (an SGD run at a high rate; inputs of 1e18). Only then is every
    gradient and loss tested element by element (``exact``, called inside the
    branch `_apply_if_finite` takes when ``cheap`` fails), so that a finite
    step is always applied.
    """
    dense = [g for g in grads if tf.is_tensor(g) and not isinstance(g, tf.IndexedSlices)]
    sparse = [g.values for g in grads if isinstance(g, tf.IndexedSlices)]  # embeddings
    sums = [kernels.half_square_sum(g) for g in dense]
    trace.half_sums.update({id(g): h for g, h in zip(dense, sums)})
    sums += [kernels.half_square_sum(v) for v in sparse]
    losses = [tf.reshape(tf.cast(t, tf.float32), []) for row, t, _ in trace.entries if row["kind"] == "loss"]
    if not sums and not losses:
        return tf.constant(True), lambda: tf.constant(True)
    values = dense + sparse + losses
    return tf.math.is_finite(tf.add_n(sums + losses)), lambda: kernels.all_finite(values)


def _apply_if_finite(trace, finite, optimizer, original, grads, variables, args, kwargs):
    """Applies the update only when ``finite`` (`_update_is_finite`'s pair) holds (``on_nonfinite`` "skip", "rollback", "stop", "raise").

    Under "stop" and "raise" (``trace.stop_at_onset``) no step after the
    latched onset is applied either: with ``steps_per_execution`` > 1 the
    steps of the execution after the onset would otherwise train on before
    the host can stop the fit. A skipped step changes nothing: weights, optimizer slots and its
    iteration count stay as they were (the update sits in a `tf.cond`, as in
    Keras's `LossScaleOptimizer`, which skips on its own and is left alone).
    """
    if not optimizer.built:  # slots are made outside the cond, as the first step would make them
        optimizer.build(variables)

    def update():
        original(grads, variables, *args, **kwargs)
        return tf.constant(True)

    cheap, exact = finite
    allowed = tf.logical_not(trace.latched) if trace.stop_at_onset else None  # "stop"/"raise": not after the onset

    def exact_then_update():
        ok = exact() if allowed is None else tf.logical_and(exact(), allowed)
        return tf.cond(ok, update, lambda: tf.constant(False))

    # Nested, so that an ordinary step runs one cond, as before the exact test (a separate `If` for it cost
    # the MLP 7% of a step).
    applied = tf.cond(cheap if allowed is None else tf.logical_and(cheap, allowed), update, exact_then_update)
    skipped = tf.logical_not(applied)
    trace.skipped = skipped if trace.skipped is None else tf.logical_or(trace.skipped, skipped)


def _feeds_only_add(layer):
    consumers = [type(node.operation).__name__ for node in getattr(layer, "_outbound_nodes", None) or []]
    return bool(consumers) and all(name == "Add" for name in consumers)


def _ends_in_add(tensor):
    op = getattr(tensor, "op", None)
    return op is not None and not tf.executing_eagerly() and op.type in ("Add", "AddV2", "BiasAdd", "AddN")


def unscale_for_distribution(loss):
    """``loss`` times the number of replicas in sync (a replica's loss is averaged over the global batch)."""
    ctx = tf.distribute.get_replica_context()
    replicas = ctx.num_replicas_in_sync if ctx is not None else 1
    return loss if replicas == 1 else loss * tf.cast(replicas, loss.dtype)


def _is_model(layer):
    return isinstance(layer, keras.Model)


def _is_keras_obj(obj):
    return isinstance(obj, (keras.layers.Layer, keras.optimizers.Optimizer))
