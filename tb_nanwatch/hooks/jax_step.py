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

import jax
import jax.numpy as jnp
import keras
import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.hooks import array_stats
from tb_nanwatch.hooks.host_step import FULL as _FULL, LAST as _LAST, ONSET as _ONSET, ROW as _ROW
from tb_nanwatch.hooks.host_step import REPLICA as _REPLICA, SKIPPED as _SKIPPED, SKIPS as _SKIPS, HostStep
from tb_nanwatch.hooks.layer_outputs import recording

_F32 = jnp.float32


def unsupported(model):
    """Why `JaxStep` cannot watch this model's fit (a sentence), or None."""
    if type(model).train_step is not keras.Model.train_step:
        return "the model overrides train_step"
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


class JaxStep(HostStep):
    """The watched JAX train step of one model.

    Args:
      model: a compiled Keras model on the JAX backend (see `unsupported`).
      the rest: as `host_step.HostStep`.
    """

    def __init__(self, model, log_every, window, trace_slots, full_slots, guard=False, stop_at_onset=False):
        super().__init__(model, log_every, window, trace_slots, full_slots, guard, stop_at_onset)
        self._calls = 0
        self._weights = self.weight_names(model.trainable_variables)
        optimizer = getattr(model, "optimizer", None)  # (a custom loop's model need not be compiled)
        self.scaled = isinstance(optimizer, keras.optimizers.LossScaleOptimizer)
        # where the loss scale sits in the optimizer's state
        self._scale_at = ([id(v) for v in optimizer.variables].index(id(optimizer.dynamic_scale))
                          if self.scaled else None)
        jit = not model.run_eagerly and model.jit_compile
        # The trainable weights are not donated: the statistics read them before the update, and XLA would copy
        # every donated weight read past its in-place update, on every step (18 copies on the benchmark MLP).
        # Written to fresh buffers instead, they cost no copy; the optimizer's and the watch's state are donated.
        self._step = jax.jit(self._split_body, donate_argnums=(1, 2)) if jit else self._split_body

    @classmethod
    def for_fit(cls, model, *settings, **guards):
        """The `JaxStep` of a fit of ``model``: a new one, with the compiled step of an earlier watch's fit when
        that had the same settings on the same compile of the model.

        Code that calls ``fit`` in a loop with a new `NanWatch` each time then compiles the watched step once,
        as Keras compiles its own (3.5 s per fit on the benchmark CNN otherwise). ``model.compile`` makes a new
        Keras train function, which ends the sharing (as would other trainable variables or another optimizer,
        which Keras's JAX fit itself needs a compile for). The model keeps the first step it shares (its last
        watch state and batch).

        Args:
          model: as `JaxStep`; ``model.train_function`` is Keras's own.
          settings, guards: the rest of `JaxStep`'s arguments.
        """
        step = cls(model, *settings, **guards)
        if model.train_function is None:
            return step
        # (what the traced step read besides the settings: which variables train, and the optimizer's state)
        optimizer = model.optimizer
        key = (settings, tuple(sorted(guards.items())), tuple(id(v) for v in model.trainable_variables),
               id(optimizer), len(getattr(optimizer, "variables", ())))
        held = getattr(model, "_nanwatch_jax_step", None)
        if held is not None and held[0] is model.train_function and held[1] == key and held[2].rows is not None:
            step.rows, step._step = held[2].rows, held[2]._step  # (traced by the earlier step: the same computation)
        else:
            # (set past Keras's attribute tracking: the model holds its last watched step, nothing tracks it)
            object.__setattr__(model, "_nanwatch_jax_step", (model.train_function, key, step))
        return step

    def __call__(self, state, data):
        """Runs one watched step: ``(logs, state)`` as Keras's step returns them."""
        if self.state is None:
            if self.rows is None:
                jax.eval_shape(self._body, state, None, data)  # records the rows
            self.state = self.new_state(self._first, jnp)
        self._sample(data)
        logs, rest, self.state, trainable = self._step(state[0], tuple(state[1:]), self.state, data)
        return logs, (trainable,) + tuple(rest)

    def _split_body(self, trainable, rest, watch, data):
        # JAX hands a donated buffer to the first output of its shape: the new weights come last, so that the
        # optimizer's state is updated in its own buffers.
        logs, state, watch = self._body((trainable,) + tuple(rest), watch, data)
        return logs, tuple(state[1:]), watch, state[0]

    def handed(self):
        """The watch state as numpy arrays and the last samples, for `Monitor.poll` (waits for the steps run)."""
        return dict({k: np.asarray(v) for k, v in self.state.items()}, **self.samples.handed())

    def _sample(self, data):
        """Counts a step; on a logged one samples its inputs and targets on the host, before the step runs."""
        number = self._first + self._calls
        self._calls += 1
        x, y, weights = keras.utils.unpack_x_y_sample_weight(data)
        self.samples.weighted = self.samples.weighted or weights is not None
        self.last_batch = (number, x, y)
        if number % self.log_every:
            return
        leaves = [("%s/%d" % (kind, i), kind, np.asarray(t)) for kind, part in (("input", x), ("target", y))
                  for i, t in enumerate(jax.tree_util.tree_leaves(part))]
        self.samples.take([(name, kind, a, a.dtype.name) for name, kind, a in leaves])

    # ------------------------------------------------------------ the step
    def _body(self, state, watch, data):
        """Keras's ``train_step`` (keras/src/backend/jax/trainer.py), with its tensors recorded."""
        model = self.model
        trainable, non_trainable, optimizer_vars, metrics_vars = state
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        recorded = []

        def loss_and_outputs(*args, **kwargs):
            outputs = []
            with recording(outputs):
                loss, aux = model.compute_loss_and_updates(*args, **kwargs)
            recorded[:] = [row for row, _ in outputs]
            return loss, (aux, [t for _, t in outputs])

        grad_fn = jax.value_and_grad(loss_and_outputs, has_aux=True)
        (loss, (aux, activations)), grads = grad_fn(trainable, non_trainable, metrics_vars, x, y, sample_weight,
                                                    training=True, optimizer_variables=optimizer_vars)
        unscaled_loss, y_pred, non_trainable, metrics_vars = aux

        scale = optimizer_vars[self._scale_at] if self.scaled else None
        seen = [g.astype(_F32) / scale for g in grads] if self.scaled else grads  # recorded unscaled, as on TensorFlow
        halves = [_half(g) for g in seen]
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
        entries = self._entries(x, y, zip(recorded, activations), unscaled_loss, seen, halves, trainable,
                                new_trainable, lr, scale)
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
        if not self.guard or self.scaled and not self.stop_at_onset:
            return None
        apply = jnp.bool_(True) if self.scaled else step_finite(grads, halves, loss)  # (it skips on its own)
        if self.stop_at_onset:
            status = watch["status"] if watch is not None else jnp.zeros(7, jnp.int32) - 1
            apply = apply & (status[_ONSET] < 0)
        return apply

    def _entries(self, x, y, activations, loss, grads, halves, before, after, lr, scale=None):
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
        entries.append((metadata.make_row(metadata.ROW_GLOBAL_GRAD_NORM, "scalar"), array_stats.global_norm(halves, jnp), None))
        if scale is not None:
            entries.append((metadata.make_row(metadata.ROW_LOSS_SCALE, "scalar"), jnp.asarray(scale, _F32), None))
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
        checked = self.checked_rows()
        suspicious = ~jnp.all(jnp.isfinite(vector[np.flatnonzero(checked)]))
        latched = status[_ONSET] >= 0
        in_window = latched & (step <= status[_ONSET] + self.window)
        logged = suspicious | in_window | (step % self.log_every == 0)

        def with_stats():
            stats = array_stats.stats_rows(entries, dict(zip([r["name"] for r in self.rows], list(vector))), jnp)
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
        # (a LossScaleOptimizer's own rate is a placeholder: the inner optimizer's is the one used)
        return jnp.asarray(getattr(optimizer, "inner_optimizer", optimizer)._get_current_learning_rate(), _F32)


def _half(x):
    return array_stats.half(x, jnp)


def step_finite(grads, halves, loss):
    """True when the gradients and the loss are all finite.

    A finite total of squares proves every value finite; only an overflowing one (which does not prove
    the opposite) is checked element by element.
    """
    cheap = jnp.isfinite(jnp.sum(jnp.stack(halves)) + jnp.asarray(loss).astype(_F32))
    return jax.lax.cond(cheap, lambda: jnp.bool_(True), lambda: _all_finite(list(grads) + [loss]))


def _all_finite(tensors):
    return jnp.all(jnp.stack([jnp.all(jnp.isfinite(jnp.asarray(t))) for t in tensors]))


class FitState:
    """A JAX fit's in-flight state (trainable, non-trainable, optimizer, metrics) seen as variables.

    Keras threads the state through its compiled step and writes it into the model's variables only at the end
    of an epoch, so a rollback reads and assigns it here: `variable` gives, for a model or optimizer variable,
    an object with ``numpy()`` and ``assign()`` on its slot of the state (the variable itself before the first
    step); `swap` returns the state with the assigned values in place.

    Args:
      model: the compiled Keras model of the fit.
    """

    def __init__(self, model):
        groups = (model.trainable_variables, model.non_trainable_variables, model.optimizer.variables,
                  model.metrics_variables)
        self.state = None
        self._pending = {}
        self._slots = {}
        for g, variables in enumerate(groups):
            for i, v in enumerate(variables):
                self._slots.setdefault(id(v), _Slot(self, g, i, v))

    def variable(self, var):
        """The state's slot of Keras variable ``var`` (an object with ``numpy`` and ``assign``), or None."""
        return self._slots.get(id(var))

    def swap(self):
        """The state with every value assigned since the last call in place."""
        if self._pending and self.state is not None:
            groups = [list(g) for g in self.state]
            for (g, i), value in self._pending.items():
                groups[g][i] = value
            self.state = tuple(groups)
        self._pending = {}
        return self.state


class _Slot:
    def __init__(self, owner, group, index, var):
        self.owner, self.key, self.var = owner, (group, index), var

    def numpy(self):
        if self.owner.state is None:
            return np.array(self.var.numpy())
        return np.array(self.owner.state[self.key[0]][self.key[1]])  # a host copy: the step donates its state

    def assign(self, value):
        if self.owner.state is None:
            self.var.assign(value)
        else:
            self.owner._pending[self.key] = jnp.asarray(value, dtype=self.owner.state[self.key[0]][self.key[1]].dtype)
