"""The watch in a custom JAX training loop: `NanWatch.value_and_grad` and `NanWatch.jax_train_step`.

Keras's guide to JAX loops writes a pure ``train_step(state, data)`` around
``jax.value_and_grad(compute_loss_and_updates, has_aux=True)`` and
``optimizer.stateless_apply``, with ``state = (trainable, non_trainable,
optimizer variables, ...)``. `JaxLoopStep` compiles such a step with the
watch state of `jax_step.JaxStep` threaded through it: the watched
``value_and_grad`` hands the step the layer outputs (recorded by
`layer_outputs.LayerOutputs` inside the differentiated function), the loss and the
gradients; the step itself gives the inputs and targets (``data``) and the
weights before and after (``state[0]`` in and out). Each step is checked, its
trace written to the ring, the statistics taken on logged steps, exactly as
in a watched `fit`.
"""

import threading

import jax
import jax.numpy as jnp
import keras

from tb_nanwatch.hooks import jax_step, layer_outputs

_LOCAL = threading.local()


def value_and_grad(fn, has_aux=True, argnums=0):
    """`jax.value_and_grad` that also hands the step the layer outputs, the loss and the gradients.

    Outside a step compiled by `JaxLoopStep` it is plain `jax.value_and_grad`.
    """
    def recorded(*args, **kwargs):
        outputs = []
        with layer_outputs.recording(outputs):
            result = fn(*args, **kwargs)
        loss, aux = result if has_aux else (result, None)
        return loss, (aux, [row for row, _ in outputs], [t for _, t in outputs])

    inner = jax.value_and_grad(recorded, has_aux=True, argnums=argnums)

    def call(*args, **kwargs):
        (loss, (aux, rows, activations)), grads = inner(*args, **kwargs)
        seen = getattr(_LOCAL, "seen", None)
        if seen is not None and not seen:  # the first call of the step: its loss and gradients are the step's
            seen.append((loss, list(zip(rows, activations)), grads))
        return ((loss, aux) if has_aux else loss), grads

    return call


class JaxLoopStep(jax_step.JaxStep):
    """A user's JAX train step ``fn(state, data) -> (loss or logs, new_state)``, watched.

    Args:
      model: the Keras model the step trains (its ``trainable_variables`` order is ``state[0]``'s).
      optimizer: its optimizer (``state[2]`` holds its variables, as in Keras's guide), or None.
      fn: the step, calling `value_and_grad` of the watch once for its gradients.
      guard: keep the old state when the gradients or the loss are not finite ("skip").
      stop_at_onset: keep the old state once the onset is latched ("stop", "raise").
      the rest: as `jax_step.JaxStep`.
    """

    def __init__(self, model, optimizer, fn, log_every, window, trace_slots, full_slots, guard=False,
                 stop_at_onset=False):
        super().__init__(model, log_every, window, trace_slots, full_slots, guard, stop_at_onset)
        self.optimizer = optimizer
        self.fn = fn
        self._step = jax.jit(self._body, donate_argnums=(1,))  # the user's state is theirs: only ours is donated

    def __call__(self, state, data):
        if self.rows is None:
            jax.eval_shape(self._body, state, None, data)  # records the rows
            self.state = self.new_state(self._first, jnp)
        self._sample(data)
        out, self.state = self._step(state, self.state, data)
        return out

    def _body(self, state, watch, data):
        seen = []
        _LOCAL.seen = seen
        try:
            out = self.fn(state, data)
        finally:
            _LOCAL.seen = None
        if not seen:
            raise ValueError("the step did not call watch.value_and_grad: the watch has no gradients to check")
        loss, recorded, grads = seen[0]
        new_state = out[1]
        trainable, new_trainable = list(state[0]), list(new_state[0])
        grads = list(grads) if isinstance(grads, (list, tuple)) else jax.tree_util.tree_leaves(grads)
        if not (len(grads) == len(trainable) == len(new_trainable) == len(self._weights)):
            raise ValueError("state[0] and the gradients must hold the model's trainable variables, in order")

        halves = [jax_step._half(g) for g in grads]
        loss32 = jnp.reshape(jnp.asarray(loss), ()).astype(jnp.float32)
        keep_new = self._applied(watch, grads, halves, loss32)
        if keep_new is not None:
            new_state = jax.tree_util.tree_map(lambda new, old: jnp.where(keep_new, new, old), new_state, state)
            out = (out[0], new_state) + tuple(out[2:])
            new_trainable = list(new_state[0])

        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        lr = jax_step.learning_rate(self.optimizer, state[2]) if len(state) >= 3 else None
        entries = self._entries(x, y, recorded, loss32, grads, halves, trainable, new_trainable, lr)
        if watch is None:
            return out, None
        return out, self._watch(watch, entries, halves, None if keep_new is None else ~keep_new)
