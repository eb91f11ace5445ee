"""The watch on Keras's torch backend: the eager train step, recorded as it runs.

Keras's torch trainer runs its ``train_step`` eagerly (unless ``jit_compile``
asks for ``torch.compile``), so the watch needs no trace: `TorchStep` runs
the step as written with three hooks in place for its duration. The layer
outputs come from the ``call`` wrappers of `layer_outputs` (as on JAX), the
loss from ``model._compute_loss`` (or the step's result), and the gradients
and the weights from the optimizer's ``apply``, which the watch also gates
(``on_nonfinite`` "skip", "stop", "raise"). Every step it takes the half sum
of squares of each input, target, layer output, gradient and weight on the
tensors' device (one read-back before the update, one after); on logged
steps, on a step holding a non-finite value and in the window after the
onset it computes the statistics (`array_stats`, over the tensors' numpy
views) and latches the first non-finite row. The watch state is the JAX
step's (`jax_step.JaxStep`), kept on the host, so `Monitor.poll`, the log
schema, the analysis and the tab are unchanged.
"""

import contextlib

import keras
import numpy as np
import torch

from tb_nanwatch import metadata
from tb_nanwatch.hooks import array_stats
from tb_nanwatch.hooks.host_step import FULL, LAST, ONSET, ROW, SKIPPED, SKIPS, HostStep
from tb_nanwatch.hooks.layer_outputs import recording


def unsupported(model):
    """Why `TorchStep` cannot watch this model's fit (a sentence), or None."""
    if model.jit_compile:
        return "jit_compile=True (torch.compile) is not watched yet"
    return None


class _Step:
    """What one step handed the watch: layer outputs, the loss, gradients, weights before and after."""

    def __init__(self):
        self.io = []  # (row, tensor) of the inputs and targets
        self.outputs = []  # (row, tensor) of the layer outputs, in call order
        self.loss = None
        self.grads = None  # aligned with `variables`
        self.variables = None
        self.before = None  # copies of the weights before the update (logged or suspicious steps)
        self.lr = None
        self.scale = None  # the loss scale the gradients arrived multiplied by (a LossScaleOptimizer's)
        self.halves = None  # half sums of squares of `computed()`, read back before the update
        self.applied = None  # False: the update was withheld

    def computed(self):
        """The tensors the step has before its update: inputs, targets, layer outputs, loss, gradients."""
        return [t for _, t in self.io + self.outputs] + ([self.loss] if self.loss is not None else []) + self.grads


class TorchStep(HostStep):
    """The watched eager step of one model on the torch backend.

    Args:
      model: a compiled Keras model (see `unsupported`).
      optimizer: the Keras optimizer whose ``apply`` updates the weights.
      the rest: as `host_step.HostStep`.
    """

    def __init__(self, model, optimizer, log_every, window, trace_slots, full_slots, guard=False,
                 stop_at_onset=False):
        super().__init__(model, log_every, window, trace_slots, full_slots, guard, stop_at_onset)
        self.optimizer = optimizer
        self.scaled = isinstance(optimizer, keras.optimizers.LossScaleOptimizer)
        self.failed = None  # the exception of the watch's own code in the last step, if any
        self.started = False  # the last step's ``fn`` was called
        self._checked = None

    def handed(self):
        """The watch state and the last samples, for `Monitor.poll`."""
        return dict(self.state, **self.samples.handed())

    def run(self, fn, x, y, loss_from_result=False):
        """Runs one eager step ``fn()`` with the watch; returns its result.

        Args:
          fn: the step, called once with no arguments.
          x, y: its inputs and targets (structures of tensors; None: not recorded).
          loss_from_result: take the loss from what ``fn`` returns (a scalar, or a dict's "loss") when the
            step does not call ``model._compute_loss``.
        """
        self.failed, self.started = None, False
        step = _Step()
        for kind, part in (("input", x), ("target", y)):
            leaves = [t for t in keras.tree.flatten(part) if t is not None] if part is not None else []
            step.io += [(metadata.make_row("%s/%d" % (kind, i), kind), torch.as_tensor(t)) for i, t in enumerate(leaves)]
        self.last_batch = (self._next_number(), x, y)
        if self._next_number() % self.log_every == 0:
            self.samples.take([(row["name"], row["kind"], _host(t), keras.backend.standardize_dtype(t.dtype))
                              for row, t in step.io])
        self.started = True
        with recording(step.outputs), self._hooks(step):
            result = fn()
        if self.failed is not None:  # the watch failed inside the step, which ran as written
            raise self.failed
        if step.loss is None and loss_from_result:
            loss = result.get("loss") if isinstance(result, dict) else result
            if torch.is_tensor(loss) and loss.ndim == 0:
                step.loss = loss
        self._finish(step)
        return result

    # ---------------------------------------------------------------- hooks
    @contextlib.contextmanager
    def _hooks(self, step):
        model, optimizer = self.model, self.optimizer
        # Keras's step calls `_compute_loss`; a train_step of your own usually `compute_loss`.
        losses = {name: getattr(model, name) for name in ("_compute_loss", "compute_loss")}
        apply = optimizer.apply

        def watching(compute_loss):
            def watched_loss(*args, **kwargs):
                loss = compute_loss(*args, **kwargs)
                if kwargs.get("training", True) and step.loss is None and torch.is_tensor(loss) and loss.ndim == 0:
                    step.loss = loss
                return loss
            return watched_loss

        def watched_apply(grads, trainable_variables=None, *args, **kwargs):
            if step.variables is not None:  # a second optimizer call in one step: passed through
                return apply(grads, trainable_variables, *args, **kwargs)
            grads = list(grads)
            variables = list(trainable_variables if trainable_variables is not None else optimizer._trainable_variables)
            step.variables = variables
            step.grads = [g if g is not None else torch.zeros_like(v.value) for g, v in zip(grads, variables)]
            if self.scaled:  # recorded unscaled, as the TensorFlow watch records them
                step.scale = float(optimizer.dynamic_scale.value.item())
                step.grads = [g.detach().float() / step.scale for g in step.grads]
            try:
                step.applied = self._before_update(step)
            except Exception as e:  # the watch failed: the update goes ahead as written
                self.failed, step.applied = e, True
            if step.applied:
                return apply(grads, trainable_variables, *args, **kwargs)
            return None

        for name, fn in losses.items():
            object.__setattr__(model, name, watching(fn))
        object.__setattr__(optimizer, "apply", watched_apply)
        try:
            yield
        finally:
            object.__delattr__(optimizer, "apply")
            for name in losses:
                object.__delattr__(model, name)

    def _before_update(self, step):
        """Reads back the halves of what the step computed so far; returns whether the update is applied."""
        lr = getattr(self.optimizer, "inner_optimizer", self.optimizer)._get_current_learning_rate()
        step.lr = float(lr.item() if torch.is_tensor(lr) else lr)
        step.halves = _halves(step.computed())
        number = self._next_number()
        latched = self.state is not None and self.state["status"][ONSET] >= 0
        in_window = latched and number <= self.state["status"][ONSET] + self.window
        if not np.isfinite(step.halves).all() or number % self.log_every == 0 or in_window:
            step.before = [v.value.detach().clone() for v in step.variables]  # for the update ratio
        if self.stop_at_onset and latched:
            return False
        if self.guard and not self.scaled:  # a LossScaleOptimizer skips on its own
            # A finite total proves every value finite; only an overflowing one is checked element by element.
            checked = step.grads + ([step.loss] if step.loss is not None else [])
            n = len(step.grads) + (step.loss is not None)
            if not np.isfinite(np.sum(step.halves[-n:], dtype=np.float32)) and not _all_finite(checked):
                return False
        return True

    # ---------------------------------------------------------------- record
    def _next_number(self):
        return self._first if self.state is None else int(self.state["status"][LAST]) + 1

    def _finish(self, step):
        if step.variables is None:  # the step never called the Keras optimizer: the gradients it left, if any
            step.variables = list(self.model.trainable_variables)
            step.grads = [v.value.grad if v.value.grad is not None else torch.zeros_like(v.value)
                          for v in step.variables]
        if step.halves is None:
            step.halves = _halves(step.computed())
        weights = [v.value for v in step.variables]
        weight_halves = _halves(weights)
        n_io, n_out, has_loss = len(step.io), len(step.outputs), step.loss is not None
        pre = step.halves
        grad_halves = pre[n_io + n_out + has_loss:]
        named = self.weight_names(step.variables)
        entries = [(row, t, None) for row, t in step.io + step.outputs]
        values = list(pre[:n_io + n_out])
        if has_loss:
            entries.append((metadata.make_row(metadata.ROW_LOSS, "loss"), step.loss, None))
            values.append(np.float32(step.loss.item()))
        for (layer, name), g, h in reversed(list(zip(named, step.grads, grad_halves))):
            entries.append((metadata.make_row(name + "/grad", "gradient", layer), g, None))
            values.append(h)
        for (layer, name), w, b, h in zip(named, weights, step.before or [None] * len(weights), weight_halves):
            entries.append((metadata.make_row(name, "weight", layer), w, b))
            values.append(h)
        with np.errstate(over="ignore", invalid="ignore"):  # summed in float64: only a norm beyond float32 is inf
            norm = np.float32(np.sqrt(2.0 * np.sum(grad_halves, dtype=np.float64)))
        lr = np.float32(np.nan if step.lr is None else step.lr)
        entries.append((metadata.make_row(metadata.ROW_LEARNING_RATE, "scalar"), lr, None))
        entries.append((metadata.make_row(metadata.ROW_GLOBAL_GRAD_NORM, "scalar"), norm, None))
        values += [lr, norm]
        if self.scaled:
            scale = np.float32(np.nan if step.scale is None else step.scale)
            entries.append((metadata.make_row(metadata.ROW_LOSS_SCALE, "scalar"), scale, None))
            values.append(scale)
        rows = [row for row, _, _ in entries]
        if self.rows is None:
            self.rows = rows
            self._checked = self.checked_rows()
            self.state = self.new_state(self._first)
        elif [r["name"] for r in rows] != [r["name"] for r in self.rows]:
            raise ValueError("this step produced other tensors than the first step")
        skipped = None if not self.guard or self.scaled or step.applied is None else not step.applied
        self._watch(entries, np.asarray(values, np.float32), skipped)

    def _watch(self, entries, vector, skipped):
        """The check, the trace, the latch and the statistics of one step, on the host state."""
        status = self.state["status"]
        step = int(status[LAST]) + 1
        with np.errstate(all="ignore"):
            suspicious = not np.isfinite(vector[self._checked]).all()
        latched = status[ONSET] >= 0
        in_window = latched and step <= status[ONSET] + self.window
        if suspicious or in_window or step % self.log_every == 0:
            halves = dict(zip([r["name"] for r in self.rows], vector))
            with np.errstate(all="ignore"):
                stats = array_stats.stats_rows([(row, _host(t), _host(b)) for row, t, b in entries], halves, np)
            bad = (stats[:, metadata.STAT_INDEX["nan"]] + stats[:, metadata.STAT_INDEX["inf"]] > 0) & self._checked
            if bad.any() and not latched:
                status[ONSET], status[ROW] = step, int(np.argmax(bad))
                self.onset_batch = self.last_batch
            slot = int(status[FULL]) % self.full_slots
            self.state["full"][slot] = stats
            self.state["full_steps"][slot] = step
            status[FULL] += 1
        self.state["trace"][step % self.trace_slots] = vector
        if skipped is not None:
            status[SKIPS] = status[SKIPS] + 1 if skipped else 0
            status[SKIPPED] += int(skipped)
        status[LAST] = step


def _halves(tensors):
    """Half sums of squares (float32) of tensors, computed where they live and read back at once.

    One fused multi-tensor norm (a sum of squares per tensor cost a third of an MLP step); a sum of
    squares beyond float32 is +inf, as the other backends' is.
    """
    if not tensors:
        return np.zeros((0,), np.float32)
    norms = torch.stack(torch._foreach_norm([t.detach().float() for t in tensors])).cpu().numpy().astype(np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        return (0.5 * norms * norms).astype(np.float32)


def _all_finite(tensors):
    return all(bool(torch.isfinite(t.detach()).all()) for t in tensors)


def _host(t):
    """A numpy view of a tensor (zero-copy on the CPU), or None."""
    if t is None or isinstance(t, (np.ndarray, np.generic)):
        return t
    return t.detach().float().cpu().numpy()
