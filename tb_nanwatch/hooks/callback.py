"""`NanWatch`: the Keras callback, and the same watch for custom loops."""

import functools
import logging

import keras
import numpy as np
from tb_nanwatch.hooks.tf_lazy import tf

from tb_nanwatch.hooks import capture, facts, keep, replay, rollback
from tb_nanwatch.hooks.monitor import Monitor, NonFiniteError, describe

log = logging.getLogger("tb_nanwatch")

ON_NONFINITE = ("continue", "stop", "raise", "skip", "rollback")
ON_SPIKE = (None, "rollback")
DEFAULT_MAX_SKIPS = 10
DEFAULT_SNAPSHOT_EVERY = 100
DEFAULT_ROLLBACK_LR = 0.5
DEFAULT_LOG_EVERY = 20
DEFAULT_WINDOW = 10
# Key of what the watch hands out with a watched step's outputs (removed before Keras sees them).
HANDED_KEY = "_nanwatch"
# Keras backends the watch captures (`fit` and custom loops); on any other it says so once and training runs
# unwatched.
SUPPORTED_BACKENDS = ("tensorflow", "jax", "torch")


class NanWatch(keras.callbacks.Callback):
    """Logs per-layer statistics and the exact NaN/Inf onset to TensorBoard.

    Every step, inside the compiled train step, the L2 norm of each input,
    target, layer output, gradient and weight is taken and checked; the
    first non-finite tensor is latched with its step, phase and layer. Full
    statistics are written every ``log_every`` steps and on every step of the
    ``window`` steps after the onset. On Keras's TensorFlow backend (fit and
    custom loops) and JAX backend (fit: `jax_step`); elsewhere it says so
    once and training runs unwatched.

    Args:
      log_dir: directory of this run's event file (one run per directory).
      log_every: full statistics every this many steps (also ``"batch"`` = 1).
      window: steps after the onset logged in full (every step before it is
        in the per-step trace).
      on_nonfinite: ``"continue"`` (default), ``"stop"`` (end `fit` cleanly
        after the onset step), ``"raise"`` (raise `NonFiniteError`; with
        "stop", no update after the onset is applied, nor the onset step's
        when its gradients or loss are not finite; a ``"stop"`` event is
        logged; a custom loop's later steps apply nothing) or
        ``"skip"``: a step whose gradients or loss are not finite applies no
        update (weights, optimizer slots and iteration count stay as they
        were), is logged as skipped, and training goes on; after
        ``max_skips`` skipped steps in a row the fit stops (a custom loop's
        step raises `NonFiniteError`): the fault is persistent. Not under a
        distribution strategy; a `LossScaleOptimizer` skips on its own.
        Every mode applies every step whose gradients and loss are finite
        (tested exactly, whatever their squares overflow to).
        ``"rollback"``: as ``"skip"``, and the weights and optimizer state
        are put back to the last in-memory snapshot (one every
        ``snapshot_every`` steps) from before the fault; the batches since
        are dropped, and the learning rate is scaled by ``rollback_lr`` for
        ``snapshot_every`` steps. Each rollback is an event of the run.
      max_skips: see ``on_nonfinite="skip"``; also the most rollbacks in a
        row with no snapshot taken between them before the fit stops.
      on_spike: None (loss spikes are logged as events) or ``"rollback"``:
        a loss spike (`tb_nanwatch.spikes`: 10x its running median for 5
        steps) rolls back as a non-finite step does. It is found when the
        trace is read, up to 32 steps later: the batches since are dropped.
      snapshot_every: steps between the snapshots of a rollback.
      rollback_lr: factor on the learning rate after a rollback (1.0: left
        alone; a learning-rate schedule is never changed).
      keep_batch: the onset step's batch is saved next to the run as
        ``nonfinite_batch_step<N>.npz`` (at most this many bytes; rows
        holding NaN/Inf are always kept) and the step is replayed with a
        check on every op to name the op that made the first NaN/Inf (the
        onset record's ``batch`` and ``op``). The replay needs the weights
        the step had: with ``on_nonfinite="continue"`` its update is applied
        and, when that made them non-finite, the op is not named. 0 turns
        both off. Not under XLA (``jit_compile``) nor a distribution strategy.

    Attributes:
      onset: None, or ``{"step", "phase", "tensor", "layer"}`` of the first
        NaN/Inf, with ``"batch"`` (the saved batch) and ``"op"`` (the
        replayed op) when ``keep_batch`` kept it (`metadata.ONSET_FORENSICS`).
      rollbacks: the rollback event records of this watch.
      skipped: steps whose update was not applied.

    Example:
      >>> watch = NanWatch(log_dir="logs/run1")
      >>> model.fit(x, y, callbacks=[watch])
      >>> watch.onset
      {'step': 412, 'phase': 'forward', 'tensor': 'dense_2/output', 'layer': 'dense_2'}
    """

    def __init__(self, log_dir, log_every=DEFAULT_LOG_EVERY, window=DEFAULT_WINDOW, on_nonfinite="continue",
                 max_skips=DEFAULT_MAX_SKIPS, keep_batch=keep.DEFAULT_MAX_BYTES, on_spike=None,
                 snapshot_every=DEFAULT_SNAPSHOT_EVERY, rollback_lr=DEFAULT_ROLLBACK_LR):
        super().__init__()
        if on_nonfinite not in ON_NONFINITE:
            raise ValueError("on_nonfinite must be one of %s, got %r" % (ON_NONFINITE, on_nonfinite))
        if on_spike not in ON_SPIKE:
            raise ValueError("on_spike must be one of %s, got %r" % (ON_SPIKE, on_spike))
        if not isinstance(snapshot_every, int) or snapshot_every < 1:
            raise ValueError("snapshot_every must be a positive int, got %r" % (snapshot_every,))
        if not 0.0 < float(rollback_lr) <= 1.0:
            raise ValueError("rollback_lr must be in (0, 1], got %r" % (rollback_lr,))
        if log_every == "batch":
            log_every = 1
        if not isinstance(log_every, int) or log_every < 1:
            raise ValueError("log_every must be a positive int or 'batch', got %r" % (log_every,))
        self.log_dir = str(log_dir)
        self.log_every = log_every
        self.window = int(window)
        self.on_nonfinite = on_nonfinite
        self.max_skips = max(1, int(max_skips))
        self.keep_batch = max(0, int(keep_batch or 0))
        self.on_spike = on_spike
        self.snapshot_every = snapshot_every
        self.rollback_lr = float(rollback_lr)
        self._snapshots = None  # `rollback.Snapshots` when rolling back
        self._fit_state = None  # `jax_step.FitState` of a JAX fit: the state its last step returned
        self._lr = None
        self.rollbacks = []  # the rollback event records of this watch
        self._rollbacks_in_a_row = 0
        self._keeper = None
        self._step_fn = None  # the step function the keep's batch belongs to (for the replay)
        self._jit = False
        self._monitor = None
        self._instr = None
        self._keras_train_function = None
        self._optimizer = None
        self._compiled = None  # (key, watched step function) of the last fit
        self._warned_backend = False
        self._stepper = None  # the step carrying the watch state: `jax_step.JaxStep` (JAX), `torch_step.TorchStep`
        self._polled = 0  # steps since the host last read the stepper's watch state

    @property
    def onset(self):
        return None if self._monitor is None else self._monitor.onset

    # ------------------------------------------------------------- Keras fit
    def on_train_begin(self, logs=None):
        if not self._backend_supported():
            return
        if keras.backend.backend() == "jax":
            self._jax_begin()
            return
        if keras.backend.backend() == "torch":
            self._torch_begin()
            return
        model = self.model
        # A fit that ended in an exception left our wrapper in place: unwrap it.
        model.train_function = getattr(model.train_function, "_nanwatch_keras", model.train_function)
        try:
            spe = int(getattr(model, "steps_per_execution", 1) or 1)
            self._jit = getattr(model, "jit_compile", False) is True
            _build_optimizer(model)
            self._attach(model, model.optimizer, spe)
            # Keras's own train function changes exactly when the model is
            # recompiled: until then reuse ours, traced once, across fits.
            key = (id(model), model.train_function)
            if self._compiled is None or self._compiled[0] != key:
                self._compiled = (key, model._make_function(self._keras_step(model.train_step)))
            watched = self._compiled[1]
        except Exception as e:  # never break the training we watch
            log.warning("tb_nanwatch: not watching this fit (%s: %s)", type(e).__name__, e)
            self._detach()
            return
        self._keras_train_function = model.train_function

        def train_function(iterator):
            if self._monitor.disabled:
                return self._keras_train_function(iterator)
            outputs = watched(iterator)
            handed = outputs.pop(HANDED_KEY, None) if isinstance(outputs, dict) else None
            self._after_execution(handed)
            return outputs

        train_function._nanwatch_keras = self._keras_train_function
        model.train_function = train_function

    def on_epoch_end(self, epoch, logs=None):
        if self._monitor is not None and not self._monitor.disabled:
            numbers = {str(k): float(v) for k, v in (logs or {}).items() if np.ndim(v) == 0 and _is_number(v)}
            self._monitor.epoch_logs.append({"epoch": int(epoch), "step": self._monitor._next_step, "logs": numbers})
        self._poll(final=True)

    def on_train_end(self, logs=None):
        self._poll(final=True)
        self._unwatch()

    def _unwatch(self):
        if self._keras_train_function is not None:
            self._model.train_function = self._keras_train_function
            self._keras_train_function = None
        self._detach(keep_open=True)

    def _keras_step(self, original):
        model = self.model
        input_names = _names(model, "input_names")
        output_names = _names(model, "output_names")

        def step(data):
            x, y, weights = keras.utils.unpack_x_y_sample_weight(data)
            if weights is not None and self._monitor is not None:
                self._monitor.weighted = True  # (at trace time: the structure of the batch)
            names = keep.leaf_names((("x", x), ("y", y), ("sample_weight", weights)))
            logs, handed = self._traced(lambda trace: (trace.add_structure(x, "input", input_names),
                                                             trace.add_structure(y, "target", output_names)),
                                        original, (data,), {}, names)
            return dict(logs, **{HANDED_KEY: handed}) if isinstance(logs, dict) and handed else logs

        return step

    # ---------------------------------------------------------- custom loops
    def attach(self, model, optimizer, loss=None):
        """Watches a custom training loop over ``model`` and ``optimizer``.

        Args:
          model: the Keras model being trained.
          optimizer: the Keras optimizer that applies the gradients.
          loss: the loss function or `keras.losses.Loss` the loop uses
            (optional; lets the diagnosis check it against the targets).
        """
        self.set_model(model)
        if keras.backend.backend() in ("jax", "torch"):
            self._host_attach(model, optimizer, loss)
        elif self._backend_supported(custom_loop=True):
            self._attach(model, optimizer, 1, loss)
        return self

    def train_step(self, fn=None, *, jit_compile=False, inputs=0, targets=1):
        """Compiles a custom train step with the watch inside (use instead of `tf.function`).

        The wrapped function's positional argument ``inputs`` is recorded as
        the inputs, ``targets`` as the targets (None to skip), and its return
        value, when a scalar or a dict with a ``"loss"`` entry, as the loss.

        Args:
          fn: the step function (or use as a decorator with keywords).
          jit_compile: compile with XLA.
          inputs: index of the inputs argument, or None.
          targets: index of the targets argument, or None.

        Example:
          >>> watch = NanWatch("logs/custom").attach(model, optimizer)
          >>> @watch.train_step
          ... def step(x, y):
          ...     with tf.GradientTape() as tape:
          ...         loss = loss_fn(y, model(x, training=True))
          ...     grads = tape.gradient(loss, model.trainable_variables)
          ...     optimizer.apply_gradients(zip(grads, model.trainable_variables))
          ...     return loss
          >>> for x, y in dataset:
          ...     step(x, y)
          >>> watch.close()
        """
        if fn is None:
            return functools.partial(self.train_step, jit_compile=jit_compile, inputs=inputs, targets=targets)
        if keras.backend.backend() == "torch":
            return self._torch_loop_step(fn, inputs, targets)
        if not self._backend_supported(custom_loop=True):
            return fn  # unwatched, as written (said once)
        if self._monitor is None:
            raise RuntimeError("call watch.attach(model, optimizer) before watch.train_step")

        def step(*args, **kwargs):
            parts = [("inputs" if i == inputs else "targets" if i == targets else "arg%d" % i, a)
                     for i, a in enumerate(args)]
            return self._traced(_recorder(args, inputs, targets), fn, args, kwargs,
                                keep.leaf_names(parts + sorted(kwargs.items())), loss_from_result=True)

        self._jit = bool(jit_compile)
        watched = tf.function(step, jit_compile=jit_compile, reduce_retracing=True)

        @functools.wraps(fn)
        def run(*args, **kwargs):
            if self._monitor._next_step is None:
                self._monitor.start(int(self._optimizer.iterations.numpy()) if self._optimizer is not None else 0)
            result, handed = watched(*args, **kwargs)
            self._after_execution(handed)
            return result

        return run

    # ------------------------------------------------------ custom JAX loops
    def value_and_grad(self, fn, has_aux=True, argnums=0):
        """`jax.value_and_grad` for a step compiled by `jax_train_step`: hands it the layer outputs and gradients.

        Args:
          fn: the function to differentiate, ``fn(trainable, ...) -> (loss, aux)`` (or the loss alone
            with ``has_aux=False``), calling the model with ``model.stateless_call``.
          has_aux, argnums: as `jax.value_and_grad`.
        """
        from tb_nanwatch.hooks import jax_loop

        return jax_loop.value_and_grad(fn, has_aux=has_aux, argnums=argnums)

    def jax_train_step(self, fn):
        """Compiles a custom JAX train step with the watch inside (use instead of `jax.jit`).

        The step is Keras's JAX-loop step: ``fn(state, data) -> (loss or logs, new_state)`` with
        ``state = (trainable, non_trainable, optimizer variables, ...)`` in the order of
        ``model.trainable_variables`` and ``optimizer.variables``, and ``data = (x, y)``, recorded as the
        inputs and targets. It takes its gradients from ``watch.value_and_grad``, called once per step.
        Under ``on_nonfinite="skip"`` a step whose gradients or loss are not finite returns the state it
        was given; under "stop" and "raise" no step after the onset changes it ("raise" raises
        `NonFiniteError`, "stop" sets ``model.stop_training``).

        Args:
          fn: the step function.

        Example:
          >>> watch = NanWatch("logs/jax").attach(model, optimizer, loss=loss_fn)
          >>> def compute_loss(trainable, non_trainable, x, y):
          ...     y_pred, non_trainable = model.stateless_call(trainable, non_trainable, x, training=True)
          ...     return loss_fn(y, y_pred), non_trainable
          >>> grad_fn = watch.value_and_grad(compute_loss)
          >>> @watch.jax_train_step
          ... def train_step(state, data):
          ...     trainable, non_trainable, opt_vars = state
          ...     (loss, non_trainable), grads = grad_fn(trainable, non_trainable, *data)
          ...     trainable, opt_vars = optimizer.stateless_apply(opt_vars, grads, trainable)
          ...     return loss, (trainable, non_trainable, opt_vars)
          >>> for data in batches:
          ...     loss, state = train_step(state, data)
          >>> watch.close()
        """
        import jax

        from tb_nanwatch.hooks import jax_loop

        plain = jax.jit(fn)
        if keras.backend.backend() != "jax" or self._monitor is None or self._model is None:
            self._say_unwatched("jax_train_step watches a custom loop on the JAX backend after "
                                "watch.attach(model, optimizer)", "call watch.attach(model, optimizer) first")
            return plain
        m = self._monitor
        try:
            self._stepper = jax_loop.JaxLoopStep(self._model, self._optimizer, fn, self.log_every, self.window,
                                             m.trace_slots, m.full_slots, **self._step_guards())
            self._stepper.start(m._next_step)
        except Exception as e:  # never break the training we watch
            log.warning("tb_nanwatch: not watching this loop (%s: %s)", type(e).__name__, e)
            return plain
        loop = self._stepper
        poll_every = self._poll_every()

        @functools.wraps(fn)
        def run(state, data):
            if m.disabled or self._stepper is not loop:
                return plain(state, data)
            try:
                out = loop(state, data)
            except Exception as e:
                if loop.state is not None and self._polled:  # failed while running: a real error of the step
                    raise
                self._disable(e)  # failed while tracing: this step and the rest run as written
                return plain(state, data)
            self._stepped(poll_every)
            return out

        return run

    def _host_attach(self, model, optimizer, loss):
        try:
            m = self._stepper_prepare(model, optimizer, loss, None)
            self._optimizer = optimizer
            self._fit_state = None  # a loop holds its own state
            m.start(m._next_step or 0)
            self._stepper_snapshots(model, optimizer)
            _warn_nonfinite_weights(model)
        except Exception as e:  # never break the training we watch
            log.warning("tb_nanwatch: not watching this loop (%s: %s)", type(e).__name__, e)
            self._monitor = None

    # ------------------------------------------ shared by the JAX and torch fits and loops
    def _stepper_prepare(self, model, optimizer, loss, params):
        """The monitor, the layer-output wrappers and the model facts of a JAX or torch fit or loop; returns the
        monitor."""
        from tb_nanwatch.hooks import layer_outputs

        if self._monitor is None:
            self._monitor = Monitor(self.log_dir, self.log_every, self.window)
        m = self._monitor
        m.forensics = self._stepper_forensics if self.keep_batch else None
        if self._instr is not None:
            self._instr.restore()
        self._instr = layer_outputs.LayerOutputs(model)
        m.skip_events = self.on_nonfinite in ("skip", "rollback")
        if m.facts is None:
            m.facts = facts.model_facts(model, optimizer, loss, params)
            m.unbuilt_model = None if getattr(model, "built", True) else model
        return m

    def _stepper_snapshots(self, model, optimizer, fit_state=None):
        """Rollback snapshots of a torch fit or loop (its step leaves the state in the variables) or of a JAX fit
        (``fit_state``: `jax_step.FitState`, the state Keras threads through the step); not of a JAX loop."""
        self._snapshots = None
        if self.on_nonfinite != "rollback" and self.on_spike != "rollback":
            return
        if keras.backend.backend() == "jax" and fit_state is None:
            log.warning("tb_nanwatch: no rollback in a JAX custom loop (the loop holds its state): non-finite "
                        "updates are skipped instead")
            return
        self._start_snapshots(model, optimizer, fit_state.variable if fit_state is not None else None)

    def _step_guards(self):
        """The stepper's ``guard`` and ``stop_at_onset`` for this watch's ``on_nonfinite``."""
        return {"guard": self.on_nonfinite != "continue", "stop_at_onset": self.on_nonfinite in ("stop", "raise")}

    def _poll_every(self):
        # The host reads the watch state back every step only when it must act at once (stop, raise) or
        # say which step it skipped; else twice per trace ring, keeping JAX's dispatch asynchronous.
        return self._monitor.trace_slots // 2 if self.on_nonfinite == "continue" else 1

    def _stepped(self, poll_every):
        """Counts a watched JAX step; every ``poll_every`` steps reads the watch state back (may raise
        `NonFiniteError`)."""
        self._polled += 1
        if self._polled >= poll_every:
            self._polled = 0
            self._after_execution()

    def replica_step(self, fn, *, inputs=0, targets=1):
        """Watches a step run by ``strategy.run`` inside your own `tf.function`.

        For custom loops under a `tf.distribute` strategy (MirroredStrategy,
        MultiWorkerMirroredStrategy): wrap the per-replica step with this,
        and call `end_step` after each distributed step. Statistics are
        pooled over every replica (with collectives that run on every step,
        outside any conditional path); the onset names the worker and the
        replica whose part of the batch first held the NaN/Inf. Only the
        chief writes the run; every worker sees the same onset.

        Args:
          fn: the per-replica step; returns its loss, or a dict with "loss".
          inputs: index of the inputs argument, or None.
          targets: index of the targets argument, or None.

        Example:
          >>> watch = NanWatch("logs/run").attach(model, optimizer)
          >>> watched = watch.replica_step(replica_step)
          >>> @tf.function
          ... def train_step(x, y):
          ...     return strategy.run(watched, args=(x, y))
          >>> for x, y in strategy.experimental_distribute_dataset(dataset):
          ...     train_step(x, y)
          ...     watch.end_step()
          >>> watch.close()
        """
        if not self._backend_supported(custom_loop=True):
            return fn
        if self._monitor is None:
            raise RuntimeError("call watch.attach(model, optimizer) before watch.replica_step")

        @functools.wraps(fn)
        def step(*args, **kwargs):
            return self._traced(_recorder(args, inputs, targets), fn, args, kwargs, None, loss_from_result=True)[0]

        return step

    def end_step(self):
        """Reads the watch's status after a step of `replica_step` and writes what is due.

        Raises:
          NonFiniteError: with ``on_nonfinite="raise"``, at the onset (on every worker).
        """
        self._after_execution()

    def close(self):
        """Writes what is pending and undoes the instrumentation."""
        self._poll(final=True)
        self._detach()

    # ---------------------------------------------------------------- shared
    def _backend_supported(self, custom_loop=False):
        """False, after one warning naming the backend and what to do, when Keras runs on a backend not watched."""
        backend = keras.backend.backend()
        if backend == "tensorflow" or (backend in SUPPORTED_BACKENDS and not custom_loop):
            return True
        if custom_loop and backend == "torch":  # train_step is watched on torch (`_torch_loop_step`)
            self._say_unwatched("replica_step watches tf.distribute loops; this is the 'torch' backend",
                                "wrap the step with watch.train_step")
            return False
        if custom_loop and backend == "jax":
            self._say_unwatched("train_step and replica_step watch TensorFlow custom loops; this is the 'jax' backend",
                                "compile the JAX step with watch.jax_train_step and take its gradients with "
                                "watch.value_and_grad (or run it with KERAS_BACKEND=tensorflow)")
            return False
        what = "a custom training loop on" if custom_loop and backend in SUPPORTED_BACKENDS else "training on"
        self._say_unwatched("NanWatch watches fit and custom loops on the TensorFlow, JAX and torch backends; "
                            "this is %s the %r backend" % (what, backend), "run it with KERAS_BACKEND=tensorflow")
        return False

    def _say_unwatched(self, why, todo):
        if not self._warned_backend:
            self._warned_backend = True
            log.warning("tb_nanwatch: %s: it is NOT watched (it runs as it would without NanWatch). To watch it, %s.",
                        why, todo)

    # ------------------------------------------------------------- JAX fit
    def _jax_begin(self):
        """Replaces the JAX train function with `jax_step.JaxStep`, which carries the watch state."""
        from tb_nanwatch.hooks import jax_step

        model = self.model
        make = lambda m: jax_step.JaxStep.for_fit(model, self.log_every, self.window, m.trace_slots,  # noqa: E731
                                                  m.full_slots, **self._step_guards())
        if self._stepper_begin("JAX", jax_step.unsupported(model), make, jax_step.FitState) is None:
            return
        m, original, held = self._monitor, self._keras_train_function, self._fit_state
        poll_every = self._poll_every()

        def train_function(state, iterator):
            if m.disabled:
                return original(state, iterator)
            data = next(iterator)
            try:
                logs, state = self._stepper(state, data)
            except Exception as e:
                if self._stepper.state is not None and self._polled:  # failed while running: the state is gone
                    raise
                self._disable(e)  # failed while tracing: this step and the rest run as Keras's
                return jax_step.keras_step(model)(state, data)
            held.state = state  # what a rollback restores into, and the onset's replay starts from
            try:
                self._stepped(poll_every)
            except NonFiniteError:
                _jax_sync(model, state)  # Keras leaves the state out of the model when fit raises
                raise
            return logs, held.swap()

        train_function._nanwatch_keras = original
        model.train_function = train_function

    def _stepper_begin(self, backend, why, make, fit_state=None):
        """The start of a JAX or torch fit: the stepper watching it (made by ``make(monitor)`` for a new
        model), or None when the fit runs unwatched (``why`` it cannot be watched, or a failure).
        ``fit_state(model)``: the `jax_step.FitState` a JAX fit's rollback reads and assigns."""
        model = self.model
        model.train_function = getattr(model.train_function, "_nanwatch_keras", model.train_function)
        if why is not None:
            self._say_unwatched("this %s fit cannot be watched (%s)" % (backend, why),
                                "run it with KERAS_BACKEND=tensorflow, or without that setting")
            return None
        try:
            m = self._stepper_prepare(model, model.optimizer, None, getattr(self, "params", None))
            self._optimizer = model.optimizer
            if self._stepper is None or self._stepper.model is not model:
                self._stepper = make(m)
            m.start(int(np.asarray(model.optimizer.iterations.numpy())))
            self._stepper.start(m._next_step)
            self._fit_state = fit_state(model) if fit_state is not None else None
            self._stepper_snapshots(model, model.optimizer, self._fit_state)
            if m.rows is None:
                _warn_nonfinite_weights(model)
        except Exception as e:  # never break the training we watch
            log.warning("tb_nanwatch: not watching this fit (%s: %s)", type(e).__name__, e)
            return None
        self._keras_train_function = model.train_function
        return self._stepper

    # ----------------------------------------------------------- torch fit
    def _torch_begin(self):
        """Wraps the torch train function with `torch_step.TorchStep`, which records the eager step."""
        from tb_nanwatch.hooks import torch_step

        model = self.model
        make = lambda m: torch_step.TorchStep(model, model.optimizer, self.log_every, self.window,  # noqa: E731
                                              m.trace_slots, m.full_slots, **self._step_guards())
        step = self._stepper_begin("torch", torch_step.unsupported(model), make)
        if step is None:
            return
        original = self._keras_train_function

        def train_function(data):
            x, y, weights = keras.utils.unpack_x_y_sample_weight(data[0])
            step.samples.weighted = step.samples.weighted or weights is not None
            return self._torch_run(step, lambda: original(data), x, y)

        train_function._nanwatch_keras = original
        model.train_function = train_function

    def _torch_loop_step(self, fn, inputs, targets):
        """`train_step` on the torch backend: the step runs eagerly, as written, recorded by a `TorchStep`."""
        from tb_nanwatch.hooks import torch_step

        if self._monitor is None or self._model is None:
            raise RuntimeError("call watch.attach(model, optimizer) before watch.train_step")
        m = self._monitor
        try:
            step = self._stepper = torch_step.TorchStep(self._model, self._optimizer, self.log_every, self.window,
                                                        m.trace_slots, m.full_slots, **self._step_guards())
            step.start(m._next_step)
        except Exception as e:  # never break the training we watch
            log.warning("tb_nanwatch: not watching this loop (%s: %s)", type(e).__name__, e)
            return fn

        @functools.wraps(fn)
        def run(*args, **kwargs):
            x = args[inputs] if inputs is not None and inputs < len(args) else None
            y = args[targets] if targets is not None and targets < len(args) else None
            return self._torch_run(step, lambda: fn(*args, **kwargs), x, y, loss_from_result=True)

        return run

    def _torch_run(self, step, fn, x, y, loss_from_result=False):
        """Runs one torch step under ``step``'s watch; a failure of the watch runs it (or leaves it) as written."""
        if self._monitor.disabled or self._stepper is not step:
            return fn()
        ran = []
        try:
            result = step.run(lambda: ran.append(fn()) or ran[0], x, y, loss_from_result=loss_from_result)
        except Exception as e:
            if step.failed is None and not ran and step.started:  # the step itself raised: not ours to hide
                raise
            self._disable(step.failed or e)
            return ran[0] if ran else fn()
        self._stepped(self._poll_every())
        return result

    def _stepper_handed(self):
        """The JAX or torch watch state as the host's `Monitor` reads it (the step has no variables to read back)."""
        handed = self._stepper.handed()
        m = self._monitor
        if m.rows is None:
            m.rows = self._stepper.rows
            m.checked = self._stepper.checked_rows()
        m._vars = handed
        m._samples = self._stepper.samples.dtypes
        return handed

    def _attach(self, model, optimizer, spe, loss=None):
        if self._monitor is None or (self._monitor.rows is None and spe > self._monitor.steps_per_execution):
            write, local_replicas = _place(model)
            self._monitor = Monitor(self.log_dir, self.log_every, self.window, spe, write=write,
                                    local_replicas=local_replicas)
        elif spe > self._monitor.steps_per_execution:
            raise ValueError("steps_per_execution grew to %d after this watch sized its buffers for %d: "
                             "use a new NanWatch" % (spe, self._monitor.steps_per_execution))
        if self._instr is not None:  # a previous attach that was never undone
            self._instr.restore()
        self._optimizer = optimizer
        self._instr = capture.Instrumentation(model, optimizer)
        self._monitor.forensics = self._forensics
        # Under "stop"/"raise" the updates not applied are the stop itself ("stop" event), not skips.
        self._monitor.skip_events = self.on_nonfinite in ("skip", "rollback")
        self._monitor.start(int(optimizer.iterations.numpy()) if optimizer is not None else 0)
        if (self.on_nonfinite == "rollback" or self.on_spike == "rollback") and optimizer is not None:
            self._start_snapshots(model, optimizer)
        if self._monitor.rows is None:  # later fits: the in-graph check saw the weights
            _warn_nonfinite_weights(model)
        if self._monitor.facts is None:
            try:
                self._monitor.facts = facts.model_facts(model, optimizer, loss, getattr(self, "params", None))
                self._monitor.unbuilt_model = None if getattr(model, "built", True) else model
            except Exception as e:  # facts are optional
                log.warning("tb_nanwatch: model facts not recorded (%s: %s)", type(e).__name__, e)

    def _forensics(self, onset):
        """The onset record's ``batch`` and ``op``: the kept batch saved, the step replayed (see `keep`, `replay`)."""
        kept = self._keeper.take() if self._keeper is not None else None
        if kept is None:
            return {}
        step, leaves = kept
        found = {}
        batch = keep.save_batch(self.log_dir, step, self._keeper.names, leaves, self.keep_batch)
        if batch is not None:
            found["batch"] = dict(batch, step=step)
        if step != onset["step"]:
            op = {"found": False, "why": "the batch kept is of step %d, not of the onset" % step}
        elif not all(np.isfinite(v.numpy()).all() for v in self.model.trainable_variables):
            if self.on_nonfinite == "continue":
                why = ("the weights were no longer finite after the failing step (under on_nonfinite=\"continue\" "
                       "its update is applied): watch with on_nonfinite=\"stop\" or \"skip\" to name the op")
            else:  # every mode applies a step whose gradients and loss are finite
                why = ("the step's gradients and loss were finite, so its update was applied, and it made the "
                       "weights non-finite: the weights the step began with are gone")
            op = {"found": False, "why": why}
        else:
            metrics = list(getattr(self.model, "metrics_variables", []))
            variables = _unique(list(self.model.variables) + list(getattr(self._optimizer, "variables", [])) + metrics)
            try:
                op = replay.replay(self._step_fn, self._keeper.structure, leaves, variables,
                                   zeroed=metrics, sanitised=self.model.non_trainable_variables)
            except Exception as e:  # the replay is a bonus: never break training for it
                log.warning("tb_nanwatch: could not replay step %d (%s: %s)", step, type(e).__name__, e)
                op = {"found": False, "why": "the replay failed (%s)" % type(e).__name__}
        found["op"] = dict(op, step=step)
        if op.get("found"):
            log.warning("tb_nanwatch: %s", replay.describe(op))
        return found

    def _stepper_forensics(self, onset):
        """The onset record's ``batch`` on JAX and torch: the onset step's inputs and targets, saved.

        torch latches on the host and keeps the batch; JAX's latch is read back every few steps under
        "continue", so there the batch is kept only when it is the last step's (every step under the
        other modes). On a JAX fit whose onset update was withheld the op is named (`jax_replay`).
        """
        step = onset["step"]
        held = self._stepper.batch_of(step) if self._stepper is not None else None
        if held is None:
            return {"op": {"found": False, "step": step, "why": "the batch of step %d was no longer held (on JAX it "
                           "is kept under on_nonfinite \"stop\", \"raise\" or \"skip\")" % step}}
        found = {"op": {"found": False, "step": step, "why": "the op is named on the TensorFlow backend, and on "
                        "a JAX fit under on_nonfinite \"stop\", \"raise\" or \"skip\""}}
        live = self._fit_state.state if self._fit_state is not None else None
        if live is not None and self.on_nonfinite in ("stop", "raise", "skip") and \
                self._stepper.last_batch is not None and self._stepper.last_batch[0] == step:
            found["op"] = self._jax_replay(step, onset)
        batch = keep.save_batch(self.log_dir, step, *held, max_bytes=self.keep_batch)
        if batch is not None:
            found["batch"] = dict(batch, step=step)
        return found

    def _jax_replay(self, step, onset):
        """The op record of a JAX fit's onset step, replayed under checkify (never raises)."""
        from tb_nanwatch.hooks import jax_replay

        _, x, y = self._stepper.last_batch
        try:
            op = jax_replay.replay_op(self._model, self._fit_state.state, (x, y), step, onset)
        except Exception as e:  # the replay is forensics: it must not stop the training
            return {"found": False, "step": step, "why": "the replay failed (%s: %s)" % (type(e).__name__, e)}
        if op.get("found"):
            log.warning("tb_nanwatch: op %s%s made the first NaN at step %d (replayed under checkify)", op["primitive"],
                        " at %s" % op["name"] if op.get("name") else "", step)
        return op

    def _detach(self, keep_open=False):
        if self._instr is not None:
            self._instr.restore()
            self._instr = None
        if self._monitor is not None:
            try:
                self._monitor.close(keep_open)
            except Exception as e:
                log.warning("tb_nanwatch: could not close the writer (%s)", e)

    def _traced(self, record_io, fn, args, kwargs, names, loss_from_result=False):
        """Runs ``fn`` under a step trace and adds the watch ops after it.

        ``names``: the ``.npz`` name of each leaf of ``(args, kwargs)`` (see
        `keep.Keeper`); None: the batch is not kept.

        Returns:
          ``(result of fn, dict of tensors for Monitor.poll)``; the dict is
          empty when the watch is disabled.
        """
        try:
            trace = capture.StepTrace(self._instr.weight_name, self._instr.layer_position)
            # "stop" and "raise" end the training at the onset: its update is not applied either, so that the
            # model keeps finite weights and the replay runs on the weights the failing step had.
            trace.skip_nonfinite = self.on_nonfinite != "continue"
            trace.stop_at_onset = self.on_nonfinite in ("stop", "raise")
            if names is not None and self.keep_batch and not self._jit and not tf.distribute.has_strategy():
                if self._keeper is None:
                    self._keeper = keep.Keeper()
                self._keeper.set_batch(args, kwargs, names)
                self._step_fn = fn
                trace.keeper = self._keeper
            with capture.tracing(trace):
                record_io(trace)
            self._monitor.begin(trace)
        except Exception as e:  # the step runs unwatched, never broken
            self._disable(e)
        if self._monitor.disabled:
            return fn(*args, **kwargs), {}
        with capture.tracing(trace):
            result = fn(*args, **kwargs)
        try:
            if loss_from_result and not any(row["kind"] == "loss" for row, _, _ in trace.entries):
                loss = result.get("loss") if isinstance(result, dict) else result
                if tf.is_tensor(loss) and loss.shape.rank == 0:
                    # A replica's loss is scaled by its share of the global batch: record the batch's loss.
                    trace.add("loss", "loss", capture.unscale_for_distribution(loss))
            # The rate of the first optimizer that updated (read before its update), else the attached one's.
            learning_rate = trace.learning_rate
            if learning_rate is None and self._optimizer is not None:
                learning_rate = capture.learning_rate(self._optimizer)
            handed = self._monitor.finalize(trace, learning_rate)
        except Exception as e:  # the step itself is unchanged
            self._disable(e)
            return result, {}
        return result, handed

    def _disable(self, error):
        self._monitor.disabled = True
        log.warning("tb_nanwatch: statistics disabled (%s: %s)", type(error).__name__, error,
                    exc_info=log.isEnabledFor(logging.DEBUG))

    @property
    def skipped(self):
        """Steps whose update was skipped (``on_nonfinite="skip"``)."""
        return 0 if self._monitor is None else self._monitor.skipped

    def _start_snapshots(self, model, optimizer, lookup=None):
        strategy = getattr(model, "distribute_strategy", None)
        tf_strategy = keras.backend.backend() == "tensorflow" and tf.distribute.has_strategy()
        if tf_strategy or type(strategy).__name__ not in ("NoneType", "_DefaultDistributionStrategy"):
            log.warning("tb_nanwatch: no rollback under a distribution strategy (skipping instead)")
            return
        leave = {id(optimizer.iterations), id(getattr(optimizer, "_learning_rate", None))}
        variables = [v for v in _unique(list(model.variables) + list(optimizer.variables)) if id(v) not in leave]
        if lookup is not None:  # a JAX fit: its state's slots of the variables
            variables = [s for s in map(lookup, variables) if s is not None]
        self._snapshots = rollback.Snapshots(variables, self.snapshot_every)
        self._lr = rollback.LearningRate(optimizer, lookup)
        if self._snapshots.maybe_take(self._monitor._next_step - 1):
            log.info("tb_nanwatch: rollback snapshots of %.1f MB every %d steps",
                     self._snapshots.nbytes / 1e6, self.snapshot_every)

    def _roll_back_if_due(self, record):
        """After an execution: rolls back at a non-finite step or a spike, else takes a snapshot when due."""
        m = self._monitor
        now = m._next_step - 1
        fault = None
        if self.on_nonfinite == "rollback" and m.new_skips:
            fault = ("nonfinite", record["step"] if record else now)
        spikes, m.new_spikes = m.new_spikes, []
        if spikes and fault is None and self.on_spike == "rollback":
            fault = ("spike", spikes[0]["step"])
        if fault is None:
            self._lr.maybe_reset(now)
            if self._snapshots.maybe_take(now):
                self._rollbacks_in_a_row = 0
            return
        cause, at = fault
        restored = self._snapshots.restore(before=at, now=now)
        if restored is None:
            log.warning("tb_nanwatch: %s at step %d and no snapshot from before it: not rolled back", cause, at)
            return
        lr = self._lr.scale(self.rollback_lr, now, self.snapshot_every)
        event = {"kind": "rollback", "step": now, "cause": cause, "at": int(at), "restored": restored,
                 "skipped_batches": now - restored, "lr": lr, "lr_steps": self.snapshot_every if lr is not None else 0}
        self.rollbacks.append(event)
        self._rollbacks_in_a_row += 1
        log.warning("tb_nanwatch: %s at step %d: rolled back to the snapshot of step %d (batches %d-%d dropped)%s",
                    "a loss spike" if cause == "spike" else "non-finite gradients or loss", at, restored,
                    restored + 1, now, "; learning rate %.3g for %d steps" % (lr, self.snapshot_every) if lr else "")
        if m.write:
            m.writer().write_event(now, event)

    def _after_execution(self, handed=None):
        record = self._poll(handed)
        if self._snapshots is not None and self._monitor is not None and not self._monitor.disabled:
            try:
                self._roll_back_if_due(record)
            except Exception as e:  # a failed rollback leaves the training as it is
                log.warning("tb_nanwatch: rollback failed (%s: %s)", type(e).__name__, e)
        if self.on_nonfinite in ("skip", "rollback") or self._snapshots is not None:
            self._stop_if_persistent()
        if record is None or self.on_nonfinite in ("skip", "rollback"):
            return
        # `_model`, not `model`: on JAX reading `model` mid-fit syncs it to a state the step has donated.
        if self.on_nonfinite == "stop" and self._model is not None:
            self._write_stop("stop", record)
            self._model.stop_training = True
        elif self.on_nonfinite == "raise":
            self._write_stop("raise", record)
            # Keras skips on_train_end when fit raises: leave the model as it was.
            self._poll(final=True)
            self._unwatch()
            raise NonFiniteError(record)

    def _write_stop(self, reason, record=None):
        """Writes the "stop" event: the watch ends the training at the last step run.

        Under "stop"/"raise" no step after the onset is applied, and the
        onset step's own update only when its gradients and loss were finite:
        the steps not applied in the execution are those after the onset,
        plus the onset's when it was not applied.
        """
        m = self._monitor
        last = m._next_step - 1
        event = {"kind": "stop", "step": last, "reason": reason}
        if record is not None:
            event["onset"] = int(record["step"])
            event["applied"] = m.new_skips <= last - int(record["step"])
        if m.write:
            try:
                m.writer().write_event(last, event)
            except Exception as e:  # a logging failure must not change how training ends
                log.warning("tb_nanwatch: could not write the stop event (%s: %s)", type(e).__name__, e)

    def _stop_if_persistent(self):
        """Ends training after ``max_skips`` skipped steps, or rollbacks with no snapshot between, in a row."""
        if self._monitor is None:
            return
        onset = describe(self._monitor.onset) if self._monitor.onset else "no onset"
        if self._monitor.consecutive_skips >= self.max_skips:
            reason = "max_skips"
            why = ("tb_nanwatch: %d steps in a row had non-finite gradients or loss and were skipped: a persistent "
                   "fault, not a bad batch; stopping (%s)" % (self._monitor.consecutive_skips, onset))
        elif self._rollbacks_in_a_row >= self.max_skips:
            reason = "max_rollbacks"
            why = ("tb_nanwatch: %d rollbacks in a row, none followed by %d good steps: a persistent fault; "
                   "stopping (%s)" % (self._rollbacks_in_a_row, self.snapshot_every, onset))
        else:
            return
        log.warning(why)
        self._write_stop(reason)
        if self._keras_train_function is not None and self._model is not None:
            self._model.stop_training = True
        else:  # a custom loop: only an exception stops it
            record = dict(self._monitor.onset or {}, skipped=self._monitor.skipped)
            self._poll(final=True)
            self._detach()
            raise NonFiniteError(record) if self._monitor.onset else RuntimeError(why)

    def _poll(self, handed=None, final=False):
        if self._monitor is None or self._monitor.disabled:
            return None
        try:
            if handed is None and self._stepper is not None and self._stepper.state is not None:
                handed = self._stepper_handed()
            return self._monitor.poll(handed, final=final)
        except Exception as e:  # a logging failure must not stop training
            log.warning("tb_nanwatch: could not write statistics (%s: %s)", type(e).__name__, e)
            return None


def _recorder(args, inputs, targets):
    """Records positional argument ``inputs`` as the inputs and ``targets`` as the targets (None: skip)."""
    def record(trace):
        for index, kind in ((inputs, "input"), (targets, "target")):
            if index is not None and index < len(args):
                trace.add_structure(args[index], kind)

    return record


def _place(model):
    """``(writes, replicas on this worker)`` under the model's distribution strategy.

    On a multi-worker strategy only the chief writes the run.
    """
    extended = getattr(getattr(model, "distribute_strategy", None), "extended", None)
    try:
        return bool(extended.should_save_summary), max(1, len(extended.worker_devices))
    except Exception:  # the default strategy supports neither
        return True, 1


def _build_optimizer(model):
    """Creates the optimizer's slot variables before the step is traced, as its first step would.

    A `tf.function` whose first trace creates variables is traced twice;
    for ResNet50 that second trace was a third of the start-up, with or
    without the watch. Only for Keras's own ``train_step``, whose optimizer
    takes exactly the model's trainable variables.
    """
    optimizer = getattr(model, "optimizer", None)
    if optimizer is None or getattr(optimizer, "built", True) or type(model).train_step is not keras.Model.train_step:
        return
    if not model.trainable_variables or not all(layer.built for layer in model._flatten_layers()):
        return  # variables still to be made by the first call (a subclassed model)
    try:
        with model.distribute_strategy.scope():
            optimizer.build(model.trainable_variables)
    except Exception as e:  # Keras builds it in the first step instead
        log.debug("tb_nanwatch: optimizer left to build itself (%s)", e)


def _warn_nonfinite_weights(model):
    """Names a weight that is already NaN/Inf before training begins.

    The in-graph check would blame the first forward output such a weight
    reaches (a fused MatMul+BiasAdd+ReLU may even hide it), so say it here.
    """
    for layer, var in capture.layer_variables(model):
        value = np.asarray(var.numpy())
        if value.dtype.kind == "f" and not np.isfinite(value).all():
            log.warning("tb_nanwatch: weight %r of layer %r holds NaN/Inf before this fit began "
                        "(restored from a bad checkpoint, or left by an earlier run)", var.name, layer.name)
            return


def _jax_sync(model, state):
    """Puts a JAX fit's state (trainable, non-trainable, optimizer, metrics) back into the model's variables."""
    names = ("trainable_variables", "non_trainable_variables", "optimizer_variables", "metrics_variables")
    model._jax_state = dict(zip(names, state))
    model._jax_state_synced = False
    model.jax_state_sync()


def _unique(variables):
    """``variables`` without repeats (a variable can be both the model's and the optimizer's), in order."""
    return list({id(v): v for v in variables}.values())


def _is_number(v):
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False


def _names(model, attr):
    try:
        names = getattr(model, attr, None)
        return list(names) if names else None
    except Exception:
        return None
