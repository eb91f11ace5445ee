"""The watch on Keras's JAX backend: a train step that carries its own watch state.

Keras's JAX trainer runs a pure ``train_step(state, data)`` under `jax.jit`
with the state donated: a callback sees neither the step nor the variables
inside it. `JaxStep` runs the same step (Keras's ``train_step``, recomputed
here with its tensors in hand) and threads a watch state through it as one
more donated argument: the status vector, the trace ring and the statistics
ring of `tb_nanwatch.hooks.monitor`, in the same layout. Every step it takes
the half sum of squares of each input, target, layer output, gradient and
weight, checks them, and on logged steps, on a step holding a non-finite
value and in the window after the onset computes the statistics with exact
NaN/Inf counts and latches the first non-finite row. The host reads the
state back every few steps (`handed`) and gives it to `Monitor.poll`, so the
log schema, the analysis and the tab are those of the TensorFlow watch.
"""

import contextlib
import functools
import math
import threading

import jax
import jax.numpy as jnp
import keras
import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.hooks.capture import layer_activation, layer_variables

_LAST, _ONSET, _ROW, _FULL, _REPLICA, _SKIPS, _SKIPPED = range(7)
_LOCAL = threading.local()
_F32 = jnp.float32
_SIG = 1.0 / (1.0 + math.exp(-metadata.SATURATION_LOGIT))


@contextlib.contextmanager
def _recording(into):
    previous = getattr(_LOCAL, "outputs", None)
    _LOCAL.outputs = into
    try:
        yield into
    finally:
        _LOCAL.outputs = previous


def unsupported(model):
    """Why `JaxStep` cannot watch this model's fit (a sentence), or None."""
    if type(model).train_step is not keras.Model.train_step:
        return "the model overrides train_step"
    if isinstance(model.optimizer, keras.optimizers.LossScaleOptimizer):
        return "a LossScaleOptimizer (mixed precision) is not watched on JAX yet"
    if keras.distribution.distribution() is not None:
        return "a keras.distribution is set"
    if int(getattr(model, "steps_per_execution", 1) or 1) != 1:
        return "steps_per_execution > 1 is not watched on JAX yet"
    return None


def keras_step(model):
    """Keras's own JAX train step, compiled as Keras compiles it (the fallback when the watch cannot trace)."""
    if model.run_eagerly or not model.jit_compile:
        return model.train_step
    return jax.jit(model.train_step, donate_argnums=0)


class LayerOutputs:
    """Wraps every layer's ``call`` to hand its outputs to the active recording; `restore` undoes it."""

    def __init__(self, model):
        self._undo = []
        for layer in model._flatten_layers(include_self=False, recursive=True):
            if isinstance(layer, keras.Model) or type(layer).__name__ == "InputLayer":
                continue
            original = vars(layer).get("call")
            original = getattr(original, "_nanwatch_original", None) or layer.call
            wrapped = self._wrap(layer, original)
            had = "call" in vars(layer)
            object.__setattr__(layer, "call", wrapped)
            self._undo.append((layer, had, vars(layer).get("call") if had else None, original))

    @staticmethod
    def _wrap(layer, original):
        act = layer_activation(layer)

        @functools.wraps(original)
        def call(*args, **kwargs):
            outputs = original(*args, **kwargs)
            into = getattr(_LOCAL, "outputs", None)
            if into is not None:
                flat = jax.tree_util.tree_leaves(outputs)
                for i, t in enumerate(flat):
                    if hasattr(t, "dtype") and jnp.issubdtype(t.dtype, jnp.floating):
                        suffix = "/output" if len(flat) == 1 else "/output_%d" % i
                        into.append((metadata.make_row(layer.name + suffix, "activation", layer.name, act), t))
            return outputs

        call._nanwatch_original = original
        return call

    def restore(self):
        for layer, _, _, original in reversed(self._undo):
            try:
                object.__delattr__(layer, "call")
            except AttributeError:
                pass
            if getattr(layer, "call", None) is not original:
                object.__setattr__(layer, "call", original)
        self._undo = []


class JaxStep:
    """The watched JAX train step of one model.

    Args:
      model: a compiled Keras model on the JAX backend (see `unsupported`).
      log_every: full statistics every this many steps.
      window: full statistics on every step this long after the onset.
      trace_slots, full_slots: ring sizes (the `Monitor`'s).
      guard: apply no update when the gradients or loss are not finite
        (``on_nonfinite`` other than "continue").
      stop_at_onset: apply no update once the onset is latched ("stop", "raise").
    """

    def __init__(self, model, log_every, window, trace_slots, full_slots, guard=False, stop_at_onset=False):
        self.model = model
        self.log_every = int(log_every)
        self.window = int(window)
        self.trace_slots = int(trace_slots)
        self.full_slots = int(full_slots)
        self.guard = guard
        self.stop_at_onset = stop_at_onset
        self.rows = None
        self.state = None  # the watch state (dict of arrays), donated to every step
        names = {}
        for layer, var in layer_variables(model):
            names.setdefault(id(var), (layer.name, "%s/%s" % (layer.name, var.name)))
        self._weights = [names.get(id(v), (None, getattr(v, "path", v.name))) for v in model.trainable_variables]
        jit = not model.run_eagerly and model.jit_compile
        self._step = jax.jit(self._body, donate_argnums=(0, 1)) if jit else self._body

    def start(self, next_step):
        """Sets the step number the next step runs as (train begin; a resumed watch keeps its count)."""
        if self.state is not None:
            return
        self._first = int(next_step)

    def __call__(self, state, data):
        """Runs one watched step: ``(logs, state)`` as Keras's step returns them."""
        if self.rows is None:
            jax.eval_shape(self._body, state, None, data)  # records the rows
            self.state = self._new_state(self._first)
        logs, state, self.state = self._step(state, self.state, data)
        return logs, state

    def handed(self):
        """The watch state as numpy arrays, for `Monitor.poll` (waits for the steps run)."""
        return {k: np.asarray(v) for k, v in self.state.items()}

    def _new_state(self, first):
        r, s = len(self.rows), len(metadata.STATS)
        return {
            "status": jnp.asarray(np.array([first - 1, -1, -1, 0, -1, 0, 0], np.int32)),
            "trace": jnp.full((self.trace_slots, r), jnp.nan, _F32),
            "full": jnp.zeros((self.full_slots, r, s), _F32),
            "full_steps": jnp.full((self.full_slots,), -1, jnp.int32),
        }

    # ------------------------------------------------------------ the step
    def _body(self, state, watch, data):
        """Keras's ``train_step`` (keras/src/backend/jax/trainer.py), with its tensors recorded."""
        model = self.model
        trainable, non_trainable, optimizer_vars, metrics_vars = state
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        recorded = []

        def loss_and_outputs(*args, **kwargs):
            outputs = []
            with _recording(outputs):
                loss, aux = model.compute_loss_and_updates(*args, **kwargs)
            recorded[:] = [row for row, _ in outputs]
            return loss, (aux, [t for _, t in outputs])

        grad_fn = jax.value_and_grad(loss_and_outputs, has_aux=True)
        (loss, (aux, activations)), grads = grad_fn(trainable, non_trainable, metrics_vars, x, y, sample_weight,
                                                    training=True, optimizer_variables=optimizer_vars)
        unscaled_loss, y_pred, non_trainable, metrics_vars = aux

        halves = [_half(g) for g in grads]
        apply = self._applied(watch, grads, halves, unscaled_loss)

        def update():
            new_t, new_o = model.optimizer.stateless_apply(optimizer_vars, grads, trainable)
            return list(new_t), list(new_o)

        if apply is None:
            new_trainable, new_optimizer_vars = update()
        else:
            new_trainable, new_optimizer_vars = jax.lax.cond(apply, update,
                                                             lambda: (list(trainable), list(optimizer_vars)))
        lr = learning_rate(model.optimizer, optimizer_vars)
        entries = self._entries(x, y, zip(recorded, activations), unscaled_loss, grads, halves, trainable,
                                new_trainable, lr)
        logs, metrics_vars = model._update_metrics_variables(metrics_vars, unscaled_loss, x, y, y_pred, sample_weight)
        new_state = (new_trainable, non_trainable, new_optimizer_vars, metrics_vars)
        if watch is None:  # discovering the rows
            return logs, new_state, None
        skipped = None if apply is None else ~apply
        return logs, new_state, self._watch(watch, entries, halves, skipped)

    def _applied(self, watch, grads, halves, loss):
        """Whether this step's update is applied (a bool array), or None when every update is ("continue").

        Not when its gradients or loss are not finite (``guard``), nor after the latched onset
        (``stop_at_onset``).
        """
        if not self.guard:
            return None
        apply = step_finite(grads, halves, loss)
        if self.stop_at_onset:
            status = watch["status"] if watch is not None else jnp.zeros(7, jnp.int32) - 1
            apply = apply & (status[_ONSET] < 0)
        return apply

    def _entries(self, x, y, activations, loss, grads, halves, before, after, lr):
        """The step's ``(row, array, before)`` in the row order of the TensorFlow watch; records the rows."""
        entries = []
        for kind, part in (("input", x), ("target", y)):
            for i, t in enumerate(jax.tree_util.tree_leaves(part)):
                entries.append((metadata.make_row("%s/%d" % (kind, i), kind), jnp.asarray(t).astype(_F32), None))
        entries += [(row, t, None) for row, t in activations]
        entries.append((metadata.make_row(metadata.ROW_LOSS, "loss"), loss, None))
        for (layer, name), g in reversed(list(zip(self._weights, grads))):
            entries.append((metadata.make_row(name + "/grad", "gradient", layer), g, None))
        for (layer, name), w, b in zip(self._weights, after, before):
            entries.append((metadata.make_row(name, "weight", layer), w, b))
        if lr is not None:
            entries.append((metadata.make_row(metadata.ROW_LEARNING_RATE, "scalar"), lr, None))
        entries.append((metadata.make_row(metadata.ROW_GLOBAL_GRAD_NORM, "scalar"), _global_norm(halves), None))
        rows = [row for row, _, _ in entries]
        if self.rows is None:
            self.rows = rows
        elif [r["name"] for r in rows] != [r["name"] for r in self.rows]:
            raise ValueError("the traced step produced other tensors than the first trace")
        return entries

    def _watch(self, watch, entries, grad_halves, skipped):
        """The check, the trace, the latch and the statistics of one step: the new watch state."""
        status = watch["status"]
        step = status[_LAST] + 1
        grad_iter = iter(grad_halves)
        values = []
        for row, t, _ in entries:
            if row["kind"] in metadata.VALUE_KINDS:
                values.append(jnp.reshape(t, ()).astype(_F32))
            else:
                values.append(next(grad_iter) if row["kind"] == "gradient" else _half(t))
        vector = jnp.stack(values)
        checked = np.array([r["kind"] != "scalar" for r in self.rows])
        suspicious = ~jnp.all(jnp.isfinite(vector[np.flatnonzero(checked)]))
        latched = status[_ONSET] >= 0
        in_window = latched & (step <= status[_ONSET] + self.window)
        logged = suspicious | in_window | (step % self.log_every == 0)

        def with_stats():
            stats = stats_rows(entries, dict(zip([r["name"] for r in self.rows], list(vector))))
            bad = (stats[:, metadata.STAT_INDEX["nan"]] + stats[:, metadata.STAT_INDEX["inf"]] > 0) & checked
            latch = jnp.any(bad) & ~latched
            onset = jnp.where(latch, step, status[_ONSET])
            row = jnp.where(latch, jnp.argmax(bad).astype(jnp.int32), status[_ROW])
            slot = status[_FULL] % self.full_slots
            full = watch["full"].at[slot].set(stats)
            full_steps = watch["full_steps"].at[slot].set(step)
            return onset, row, status[_FULL] + 1, full, full_steps

        def without():
            return status[_ONSET], status[_ROW], status[_FULL], watch["full"], watch["full_steps"]

        onset, row, count, full, full_steps = jax.lax.cond(logged, with_stats, without)
        trace = watch["trace"].at[step % self.trace_slots].set(vector)
        if skipped is None:
            skips, total = status[_SKIPS], status[_SKIPPED]
        else:
            skips = jnp.where(skipped, status[_SKIPS] + 1, 0)
            total = status[_SKIPPED] + skipped.astype(jnp.int32)
        new_status = jnp.stack([step, onset, row, count, status[_REPLICA], skips, total]).astype(jnp.int32)
        return {"status": new_status, "trace": trace, "full": full, "full_steps": full_steps}


def learning_rate(optimizer, optimizer_vars):
    """The rate a step with these optimizer variables uses (a scalar array), or None when they do not match."""
    if optimizer is None or len(optimizer_vars) != len(optimizer.variables):
        return None
    with keras.StatelessScope(state_mapping=list(zip(optimizer.variables, optimizer_vars))):
        return jnp.asarray(optimizer._get_current_learning_rate(), _F32)


# ------------------------------------------------------------------ kernels
# The jnp twins of `tb_nanwatch.hooks.kernels` (same columns, `metadata.STATS`);
# `tests/test_hook_jax.py` checks them against `tests/stats_reference.py`.
def _half(x):
    x = jnp.asarray(x).astype(_F32)
    return 0.5 * jnp.sum(x * x)


def step_finite(grads, halves, loss):
    """True when the gradients and the loss are all finite.

    A finite total of squares proves every value finite; only an overflowing one (which does not prove
    the opposite) is checked element by element.
    """
    cheap = jnp.isfinite(jnp.sum(jnp.stack(halves)) + jnp.asarray(loss).astype(_F32))
    return jax.lax.cond(cheap, lambda: jnp.bool_(True), lambda: _all_finite(list(grads) + [loss]))


def _all_finite(tensors):
    return jnp.all(jnp.stack([jnp.all(jnp.isfinite(jnp.asarray(t))) for t in tensors]))


def _global_norm(halves):
    """As `kernels.global_norm`: the norm over tensors from their half sums, summed scaled (no overflow)."""
    h = jnp.stack(halves).astype(_F32)
    top = jnp.max(h)
    safe = jnp.where(top > 0, top, 1.0)
    norm = jnp.sqrt(safe) * jnp.sqrt(2.0 * jnp.sum(h / safe))
    return jnp.where(jnp.isnan(jnp.sum(h)), jnp.nan, jnp.where(jnp.isinf(top), jnp.inf, norm))


def stats_rows(entries, halves):
    """Statistics ``[R, len(metadata.STATS)]`` of ``(row, array, before)`` entries.

    The fast path of `kernels.fast_stats_rows`: XLA's compile time grows
    with every reduction (taken over the finite part element by element, the
    statistics compiled 8x longer than a plain step), so each tensor takes
    only the reductions its kind needs, and the sum of squares comes from the
    trace (``halves``: row name -> half sum). NaN and Inf are counted exactly;
    of a tensor holding NaN/Inf the other columns are NaN (unknown); a column
    whose float32 sum overflowed on finite values is NaN.
    """
    return jnp.stack([_value_row(t, norm=row["name"] == metadata.ROW_GLOBAL_GRAD_NORM)
                      if row["kind"] in metadata.VALUE_KINDS else _tensor_row(row, t, before, halves[row["name"]])
                      for row, t, before in entries])


def _tensor_row(row, t, before, half):
    kind, activation = row["kind"], row.get("activation")
    x = jnp.asarray(t).astype(_F32)
    size = x.size
    cols = {"size": jnp.asarray(size, _F32)}
    if not size:
        return _pack(cols)
    nan = jnp.sum(jnp.isnan(x)).astype(_F32)
    cols["nan"], cols["inf"] = nan, jnp.sum(~jnp.isfinite(x)).astype(_F32) - nan
    if kind == "activation" and x.ndim >= 2:  # per-unit extremes give the dead units too
        units = jnp.reshape(x, (-1, x.shape[-1]))
        unit_min, unit_max = jnp.min(units, axis=0), jnp.max(units, axis=0)
        cols["min"], cols["max"] = jnp.min(unit_min), jnp.max(unit_max)
        cols["dead_frac"] = jnp.mean(((unit_min == 0) & (unit_max == 0)).astype(_F32))
    else:
        cols["min"], cols["max"] = jnp.min(x), jnp.max(x)
    n = float(size)
    mean = jnp.sum(x) / n
    cols["mean"] = mean
    cols["l2"] = jnp.sqrt(2.0 * half)
    if kind in ("input", "target", "weight") or activation in metadata.SATURATING_ACTIVATIONS:
        cols["std"] = jnp.sqrt(jnp.sum(jnp.square(x - mean)) / n)  # may sit far from zero: a centred pass
    else:
        half_var = half / n - 0.5 * mean * mean
        cols["std"] = jnp.where(half_var >= 1e-4 * half / n, jnp.sqrt(2.0 * jnp.maximum(half_var, 0.0)), jnp.nan)
    cols["max_abs"] = jnp.maximum(jnp.abs(cols["min"]), jnp.abs(cols["max"]))
    if kind in ("activation", "input", "target"):
        cols["zero_frac"] = jnp.mean((x == 0).astype(_F32))
    if kind == "activation" and activation in ("sigmoid", "hard_sigmoid"):
        cols["sat_frac"] = jnp.mean(((x < 1 - _SIG) | (x > _SIG)).astype(_F32))
    elif kind == "activation" and activation == "tanh":
        cols["sat_frac"] = jnp.mean((jnp.abs(x) > math.tanh(metadata.SATURATION_LOGIT)).astype(_F32))
    elif kind == "activation" and activation == "softmax" and x.ndim:
        cols["sat_frac"] = jnp.mean((jnp.max(x, axis=-1) > _SIG).astype(_F32))
    if kind in ("input", "target") and x.ndim >= 2:
        cols["scale_spread"] = _scale_spread(jnp.reshape(x, (-1, x.shape[-1])))
    if kind == "weight" and before is not None:
        b = jnp.asarray(before).astype(_F32)
        cols["update_ratio"] = jnp.sqrt(jnp.sum(jnp.square(x - b)) / jnp.sum(b * b))
    packed = _pack(cols)
    counts = np.array([name in ("size", "nan", "inf") for name in metadata.STATS])
    return jnp.where(counts, packed, jnp.where((nan + cols["inf"] > 0) | jnp.isinf(packed), jnp.nan, packed))


def _pack(cols):
    return jnp.stack([jnp.asarray(cols.get(name, jnp.nan), _F32) for name in metadata.STATS])


def _scale_spread(feats):
    """Largest over smallest per-feature std (last axis) of a finite ``[N, D]``."""
    feats = feats - feats[:1]  # a constant feature's std is exactly 0
    fstd = jnp.std(feats, axis=0)
    pos = fstd > 0
    return jnp.where(jnp.any(pos), jnp.max(jnp.where(pos, fstd, 0.0)) / jnp.min(jnp.where(pos, fstd, jnp.inf)),
                     jnp.nan)


def _value_row(t, norm=False):
    """The statistics row of a scalar (loss, learning rate, norm).

    A norm's +inf is a sum of squares beyond float32, not an Inf element (as in
    `kernels.scalar_stats_rows`).
    """
    v = jnp.reshape(jnp.asarray(t), ()).astype(_F32)
    ok = jnp.isfinite(v)
    fv = jnp.where(ok, v, jnp.nan)
    cols = dict(size=1.0, nan=jnp.isnan(v).astype(_F32),
                inf=jnp.zeros((), _F32) if norm else jnp.isinf(v).astype(_F32), min=fv, max=fv, mean=fv,
                std=jnp.where(ok, 0.0, jnp.nan), max_abs=jnp.abs(fv), l2=jnp.abs(fv))
    return jnp.stack([jnp.asarray(cols.get(name, jnp.nan), _F32) for name in metadata.STATS])
