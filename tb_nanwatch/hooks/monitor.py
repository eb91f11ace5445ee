"""The in-graph watch state of one run, and the host side that writes it.

One traced step function serves every step; what a step computes is decided
in-graph from its number (`Monitor.begin`). Inside the step,
`Monitor.finalize`:
  * takes the sum of squares of every captured tensor (one reduction each)
    into a trace vector and stores it in a ring buffer of the last steps
    (the host hands every step of it, as L2 norms, to `Resolution`, which
    writes per step where something happens and block summaries elsewhere);
  * on logged steps (every ``log_every``-th), on a step where a checked
    value is non-finite and on every step of the window after the onset,
    computes the statistics of every row inside an `If` op (the fast path,
    with NaN/Inf counted exactly on the non-finite steps), latches the first
    non-finite row (dataflow order) and the step in a status vector, and
    stores the statistics in a second ring buffer; logged steps also sample
    input and target rows.
After each execution, `Monitor.poll` takes the status vector the step
handed out with its outputs and, when due, writes the rings with
`RunWriter`, reading them back from their variables (with ``log_every=1``
the step hands them out too).
"""

import logging
import math

import numpy as np
from tb_nanwatch.hooks.tf_lazy import tf

from tb_nanwatch import data_summary, metadata
from tb_nanwatch.hooks import facts, kernels, replicas
from tb_nanwatch.hooks.graph_util import if_op, outside_trace
from tb_nanwatch.hooks.event_file import EventFile
from tb_nanwatch.resolution import DATA_EVERY, Resolution, thin_epochs
from tb_nanwatch.writer import RunWriter

log = logging.getLogger("tb_nanwatch")

# status vector: last step run, onset step (-1), onset row, full-ring writes,
# replica whose part of the batch held the onset (-1 without a strategy),
# consecutive steps skipped and steps skipped in all (``on_nonfinite="skip"``).
_LAST, _ONSET, _ROW, _FULL, _REPLICA, _SKIPS, _SKIPPED = range(7)


class NonFiniteError(RuntimeError):
    """Raised from training when ``on_nonfinite="raise"`` and a NaN/Inf appears."""

    def __init__(self, record):
        super().__init__(describe(record))
        self.onset = record


def describe(record):
    """One line naming the onset step, phase, tensor, layer (and worker and replica)."""
    where = " in layer %r" % record["layer"] if record.get("layer") else ""
    if record.get("replica") is not None:
        where += ", from worker %d, replica %d" % (record.get("worker", 0), record["replica"])
    return "tb_nanwatch: first NaN/Inf at step %d, phase %s, tensor %r%s" % (
        record["step"], record["phase"], record["tensor"], where)


class Monitor:
    """Watch state of one training run.

    Args:
      log_dir: where the run's event file goes.
      log_every: full statistics every this many steps.
      window: full statistics on every step this long after the onset.
      steps_per_execution: steps per call of the compiled function.
      write: False on the workers of a multi-worker strategy other than
        the chief: they watch (the collectives need them) but write nothing.
      local_replicas: replicas per worker, to name the worker of a replica.
    """

    def __init__(self, log_dir, log_every, window, steps_per_execution=1, write=True, local_replicas=1):
        self.log_dir = log_dir
        self.log_every = max(1, int(log_every))
        self.window = max(0, int(window))
        self.steps_per_execution = spe = max(1, int(steps_per_execution))
        # The host reads the trace ring when half full and the full ring after
        # every execution: sized by the steps one execution runs.
        self.trace_slots = max(64, 4 * spe)
        self.full_slots = max(16, 2 * spe + 2)
        self.write = write
        self.local_replicas = max(1, int(local_replicas))
        self.rows = None
        self.checked = None
        self.onset = None
        self.disabled = False
        self._vars = None
        self._writer = None
        self._written_trace = -1
        self._resolution = None
        self._full_seen = 0
        self._next_step = None
        self._status = None
        # What the rules need beyond the series: model facts (set by the
        # callback, written after the first step), sampled data rows, epoch logs.
        self.facts = None
        self._facts_written = False
        self.unbuilt_model = None  # the model whose facts were taken before Keras built it (`facts.refresh_layers`)
        self.weighted = False  # batches carried sample weights (or class_weight): written with the fit facts
        self.sampler = data_summary.Sampler()
        self.epoch_logs = []
        self._data_written = None
        self._data_step = None
        self.skipped = 0  # steps whose update was skipped (on_nonfinite="skip")
        self.consecutive_skips = 0
        # Called with a new onset record before it is written; returns fields to add (the callback's
        # kept batch and replayed op).
        self.forensics = None
        self.new_spikes = []  # loss spikes (`tb_nanwatch.spikes`) found by `poll`, until the callback takes them
        self._spikes_seen = 0
        self.new_skips = 0  # updates skipped in the last execution
        self.skip_events = True  # write them as "skip" events
        self._samples = {}  # input/target row name -> its dtype before the cast (rows with a static sample shape)

    # ---------------------------------------------------------------- graph
    def _layout(self, trace):
        rows = [row for row, _, _ in trace.entries]
        if self.rows is None:
            self.rows = rows
            # Under loss scaling a non-finite gradient is a skipped step, not an onset.
            skip_backward = trace.loss_scale is not None
            self.checked = np.array(
                [r["kind"] != "scalar" and not (skip_backward and r["kind"] == "gradient") for r in rows])
            with outside_trace():
                self._vars = _make_vars(len(rows), self.trace_slots, self.full_slots)
            shapes = {row["name"]: (kernels.sample_shape(t, row["kind"]), extra.get("dtype"))
                      for row, t, extra in trace.entries
                      if row["kind"] in ("input", "target") and kernels.sample_shape(t, row["kind"]) is not None}
            self._samples = {name: dtype for name, (_, dtype) in shapes.items()}
            with outside_trace():
                self._vars["samples"] = {name: _variable(np.zeros(shape, np.float32), "sample")
                                         for name, (shape, _) in shapes.items()}
                self._vars["sample_counts"] = {name: _variable(np.zeros(2, np.int64), "sample_count")
                                               for name in shapes}
            self._vars["status"] = self._status
        elif [r["name"] for r in rows] != [r["name"] for r in self.rows]:
            names = [r["name"] for r in rows]
            raise ValueError("the traced step produced other tensors than the first trace: %s vs %s"
                             % (names, [r["name"] for r in self.rows]))
        return self._vars

    def begin(self, trace):
        """Reads the watch status as the step begins; decides what it logs.

        Sets on ``trace`` the status as read, the step number (int64
        tensor: ``optimizer.iterations``, except that steps a loss-scale
        optimizer skipped count too, so every batch has its own step) and
        the predicates `finalize` and the capture use. Every decision is made
        in-graph from the step number, so one traced step function serves
        every step (tracing a variant per mode doubled the start-up of large
        models).
        """
        if self._status is None:
            with outside_trace():
                first = np.int64(self._next_step or 0)
                self._status = _variable(np.array([first - 1, -1, -1, 0, -1, 0, 0], np.int64), "status")
        status = tf.unstack(self._status.read_value())
        step = status[_LAST] + 1
        trace.status = status
        trace.step = step
        # Known when tracing if every step is logged: then the statistics take no branch.
        trace.is_full = tf.constant(True) if self.log_every == 1 else tf.equal(step % self.log_every, 0)
        trace.latched = status[_ONSET] >= 0
        trace.in_window = trace.latched & (step <= status[_ONSET] + self.window)
        trace.want_before = trace.is_full if self.log_every == 1 else trace.is_full | trace.in_window

    def finalize(self, trace, learning_rate=None):
        """Adds the per-step check, trace and statistics ops (after `begin`).

        Args:
          trace: the `capture.StepTrace` of this step.
          learning_rate: scalar tensor or None.

        Returns:
          A dict to hand to `poll` with the step's outputs: the new status
          vector (an eager read of a variable costs 100-300 us right after a
          step on a busy 2-core CPU) and, with ``log_every=1`` outside a
          strategy, the rings and samples (`poll` reads them back from their
          variables otherwise, only after a logged step).
        """
        trace.finish_rows()
        if learning_rate is not None:
            trace.add(metadata.ROW_LEARNING_RATE, "scalar", tf.convert_to_tensor(learning_rate))
        # Half sums of squares (one reduction each); the host takes the roots.
        halves = {row["name"]: _half_sum(trace, t) for row, t, _ in trace.entries if row["kind"] not in ("loss", "scalar")}
        grad_halves = [halves[row["name"]] for row, _, _ in trace.entries if row["kind"] == "gradient"]
        if grad_halves:
            trace.add(metadata.ROW_GLOBAL_GRAD_NORM, "scalar", kernels.global_norm(grad_halves))
        if trace.loss_scale is not None:
            trace.add(metadata.ROW_LOSS_SCALE, "scalar", tf.cast(trace.loss_scale, tf.float32))
        v = self._layout(trace)
        values = []
        for row, tensor, extra in trace.entries:
            if row["kind"] in metadata.VALUE_KINDS:
                values.append(tf.cast(tf.reshape(tensor, []), tf.float32))
            else:
                values.append(halves[row["name"]])
        vector = tf.stack(values)
        ctx = replicas.context()
        if ctx is not None:
            vector = replicas.pool_trace(ctx, vector, self.rows)
        step = trace.step
        checked_idx = np.flatnonzero(self.checked)
        suspicious = tf.logical_not(tf.reduce_all(tf.math.is_finite(tf.gather(vector, checked_idx))))
        checked = tf.constant(self.checked)

        def compute_stats(exact):
            """Statistics of every row, ``[R, S]``, in row order.

            Scalars exactly; tensors by the fast path, vectorised, with their
            NaN/Inf counted exactly when ``exact`` (a bool tensor: the step
            holds a non-finite value, or follows the onset), unless every step
            is logged. The other columns of a tensor holding NaN/Inf stay NaN
            (unknown).
            """
            is_scalar = [row["kind"] in metadata.VALUE_KINDS for row, _, _ in trace.entries]
            scalars = [i for i, yes in enumerate(is_scalar) if yes]
            tensors = [i for i, yes in enumerate(is_scalar) if not yes]
            parts = []
            if scalars:
                parts.append(kernels.scalar_stats_rows(
                    [trace.entries[i][1] for i in scalars],
                    norms=[trace.entries[i][0]["name"] == metadata.ROW_GLOBAL_GRAD_NORM for i in scalars]))
            if tensors:
                items = [(t, row["kind"], row["activation"], extra.get("before"), halves[row["name"]])
                         for row, t, extra in (trace.entries[i] for i in tensors)]
                fast = kernels.fast_stats_rows(items)
                nan_i, inf_i = metadata.STAT_INDEX["nan"], metadata.STAT_INDEX["inf"]
                unknown = lambda: tf.gather(fast, [nan_i, inf_i], axis=1)
                if self.log_every == 1:
                    # Every step logged: counting costs two passes over every tensor on every step
                    # (MLP 1.41x -> 1.61x), and counting in an `If` holds every tensor of the step to
                    # its end (as much). The fast path still latches exactly; the counts of a tensor
                    # holding NaN/Inf stay unknown.
                    counts = unknown()
                else:  # the step's tensors are held to its end anyway (the statistics' own branch)
                    counts = if_op(exact, lambda: kernels.nonfinite_counts([item[0] for item in items]), unknown)
                cols = tf.unstack(fast, axis=1)
                cols[nan_i], cols[inf_i] = counts[:, 0], counts[:, 1]
                ratio_i = metadata.STAT_INDEX["update_ratio"]  # the weights before the update are kept when wanted
                cols[ratio_i] = tf.where(trace.want_before, cols[ratio_i], math.nan)
                parts.append(tf.stack(cols, axis=1))
            return tf.gather(tf.concat(parts, 0), np.argsort(scalars + tensors))

        status = trace.status

        def latch_and_store(stats, took, first_replica=None):
            """Latches the first non-finite row and stores ``stats`` if ``took``.

            A row is non-finite when it counts NaN/Inf, or when the fast path
            found it not finite and left its counts unknown (NaN).
            ``first_replica``: per row, the replica it came from (pooled stats).

            Returns the new onset step, onset row, full-ring count and replica.
            """
            nan, inf = stats[:, metadata.STAT_INDEX["nan"]], stats[:, metadata.STAT_INDEX["inf"]]
            bad = tf.logical_and(kernels.nonfinite_rows(nan, inf), checked)
            latch = tf.logical_and(tf.logical_and(took, tf.reduce_any(bad)), status[_ONSET] < 0)
            onset = tf.where(latch, step, status[_ONSET])
            row = tf.where(latch, tf.cast(tf.argmax(tf.cast(bad, tf.int32)), tf.int64), status[_ROW])
            count = status[_FULL]
            full = _put(v["full"], count % self.full_slots, stats, self.full_slots, took)
            full_steps = _put(v["full_steps"], count % self.full_slots, step, self.full_slots, took)
            if hand_out:
                handed.update(full=full, full_steps=full_steps)
            replica = status[_REPLICA]
            if first_replica is not None:
                replica = tf.where(latch, tf.gather(first_replica, tf.maximum(row, 0)), replica)
            return onset, row, count + tf.cast(took, tf.int64), replica

        def take_samples():
            for r, t, _ in trace.entries:
                if r["name"] in self._samples:
                    sample, counts = kernels.sample_rows(t, r["kind"])
                    v["samples"][r["name"]].assign(sample)
                    v["sample_counts"][r["name"]].assign(counts)
                    if hand_out:
                        handed.setdefault("samples", {})[r["name"]] = sample
                        handed.setdefault("sample_counts", {})[r["name"]] = counts
            return tf.constant(0)

        # Statistics on logged steps, on a step holding a non-finite value
        # (the cheap check's sum may also overflow on finite data: the exact
        # counts confirm it before anything is latched) and in the window
        # after the onset. They sit in an `If`: on other steps it runs no op
        # but keeps the step's tensors alive to its end (3.5-6% of an MLP
        # step; checking them exactly without holding them costs as much).
        # Every step logged (no branch) and no strategy (whose outputs Keras averages):
        # the rings and samples leave the step with its outputs; reading four variables
        # after each step cost a fifth of an MLP step.
        hand_out = self.log_every == 1 and ctx is None
        handed = {}
        exact = suspicious | trace.in_window
        logged = trace.is_full if self.log_every == 1 else exact | trace.is_full
        if ctx is None:
            kept = (status[_ONSET], status[_ROW], status[_FULL], status[_REPLICA])

            def with_stats():
                if self._samples:
                    if_op(trace.is_full, take_samples, lambda: tf.constant(0))
                latched = latch_and_store(compute_stats(exact), tf.constant(True))
                if trace.keeper is not None:  # the onset step keeps its batch (not a step whose squares overflowed)
                    try:
                        trace.keeper.ops(step, tf.equal(latched[0], step))
                    except Exception as e:  # the watch goes on without it
                        log.warning("tb_nanwatch: the failing batch will not be kept (%s: %s)", type(e).__name__, e)
                        trace.keeper = None
                return latched

            onset, row, count, replica = if_op(logged, with_stats, lambda: kept)
        else:
            # Under a strategy, collectives and mirrored-variable assigns (a
            # cross-replica merge) cannot sit inside a cond: only the local
            # statistics do; pooling and masked writes run on every step.
            # The data is not sampled.
            no_stats = lambda: tf.zeros([len(self.rows), len(metadata.STATS)])
            stats, first = replicas.pool_stats(ctx, if_op(logged, lambda: compute_stats(exact), no_stats), self.rows)
            onset, row, count, replica = latch_and_store(stats, logged, first)
        slot = step % self.trace_slots
        _put(v["trace"], slot, vector, self.trace_slots)  # step s sits in slot s % trace_slots
        if trace.skipped is None:
            skips, skipped = status[_SKIPS], status[_SKIPPED]
        else:
            skips = tf.where(trace.skipped, status[_SKIPS] + 1, tf.zeros_like(status[_SKIPS]))
            skipped = status[_SKIPPED] + tf.cast(trace.skipped, tf.int64)
        status = tf.stack([step, onset, row, count, replica, skips, skipped])
        self._status.assign(status)
        return dict(handed, status=status)

    # ----------------------------------------------------------------- host
    def start(self, step):
        """Sets the next step to run at train begin, unless this run already counted steps.

        Args:
          step: the optimizer's iterations; a resumed watch keeps its own count.
        """
        if self._status is not None:
            step = int(self._status.numpy()[_LAST]) + 1
        self._next_step = int(step)
        if self._written_trace < 0:
            self._written_trace = int(step) - 1

    def poll(self, handed=None, final=False):
        """Takes what an execution handed out and writes what is due.

        Args:
          handed: the dict `finalize` returned, as the step returned it
            (tensors or arrays); missing rings and samples are read from
            their variables.
          final: write everything pending and flush (epoch and train end).

        Returns:
          The onset record if it was latched during this execution, else None.
        """
        if self._vars is None:
            return None
        handed = handed or {}
        status = self._value("status", handed)
        last = int(status[_LAST])
        self._next_step = last + 1
        new_onset = None
        if status[_ONSET] >= 0 and self.onset is None:
            row = self.rows[int(status[_ROW])]
            replica = int(status[_REPLICA]) if status[_REPLICA] >= 0 else None
            worker = None if replica is None else replica // self.local_replicas
            self.onset = metadata.onset_record(int(status[_ONSET]), row["phase"], row["name"], row["layer"],
                                               worker=worker, replica=replica)
            new_onset = self.onset
        self.consecutive_skips = int(status[_SKIPS])
        self.new_skips = new_skips = int(status[_SKIPPED]) - self.skipped
        self.skipped = int(status[_SKIPPED])
        if not self.write:  # a worker other than the chief: it only needs the onset
            self._full_seen = int(status[_FULL])
            if new_onset is not None:
                log.warning(describe(new_onset))
            return new_onset
        due = final or new_onset is not None or last - self._written_trace >= self.trace_slots // 2
        if due:
            self._write_trace(last)
        found = self._resolution.spikes[self._spikes_seen:] if self._resolution is not None else []
        self._spikes_seen += len(found)
        self.new_spikes = (self.new_spikes + found)[-100:]
        for spike in found:
            self.writer().write_event(spike["step"], dict(spike, kind="spike"))
        if new_onset is not None:  # after the steps up to it, before the statistics after it
            self.resolution().event(new_onset["step"])
        if int(status[_FULL]) != self._full_seen:
            self._write_full(int(status[_FULL]), handed)
            self._take_samples(handed)
        self.weighted = self.weighted or bool(handed.get("weighted"))
        if self.facts is not None and not self._facts_written:
            if self.unbuilt_model is not None:  # built by the steps just run: its layers are known now
                facts.refresh_layers(self.facts, self.unbuilt_model)
                self.unbuilt_model = None
            if isinstance(self.facts.get("fit"), dict):
                self.facts["fit"]["sample_weight"] = self.weighted
            self.writer().write_model(last, self.facts)
            self._facts_written = True
        if final or new_onset is not None:
            self._write_data(last, force=new_onset is not None)
        if new_onset is not None:
            if self.forensics is not None:
                try:
                    new_onset.update(self.forensics(new_onset))
                except Exception as e:  # the record goes out without them
                    log.warning("tb_nanwatch: no batch or op for the onset (%s: %s)", type(e).__name__, e)
            self.writer().write_onset(new_onset)
            log.warning(describe(new_onset))
        if new_skips > 0 and self.skip_events:
            self.writer().write_event(last, {"kind": "skip", "step": last, "steps": new_skips,
                                             "consecutive": self.consecutive_skips})
        elif final and self._writer is not None:
            self._writer.flush()
        return new_onset

    def _value(self, name, handed):
        value = handed.get(name)
        return np.asarray(self._vars[name] if value is None else value)

    def writer(self):
        if self._writer is None:
            self._writer = RunWriter(self.log_dir, self.rows, events=EventFile(self.log_dir))
        return self._writer

    def resolution(self):
        """The `Resolution` choosing what of the trace and statistics is written (made at the first write).

        It outlives the writer: a later fit on the same watch writes a new event file.
        """
        writer = self.writer()
        if self._resolution is None:
            self._resolution = Resolution(writer, self.rows, first_step=self._written_trace + 1, lookahead=self.trace_slots,
                                          stats_window=self.window)
        self._resolution.writer = writer
        return self._resolution

    def _write_trace(self, last):
        """Hands the steps traced since the last write (at most a ring's worth) to the resolution."""
        first = max(self._written_trace + 1, last - self.trace_slots + 1)
        if first <= last:
            ring = np.asarray(self._vars["trace"])
            tensor_rows = np.array([r["kind"] not in metadata.VALUE_KINDS for r in self.rows])
            with np.errstate(invalid="ignore"):
                norms = np.where(tensor_rows & (ring >= 0), np.sqrt(2.0 * ring.astype(np.float64)), ring)
            self.resolution().add(first, norms[np.arange(first, last + 1) % self.trace_slots])
        self._written_trace = max(self._written_trace, last)

    def _write_full(self, count, handed):
        first = max(self._full_seen, count - self.full_slots)
        steps = self._value("full_steps", handed)
        ring = self._value("full", handed)
        for k in range(first, count):
            step = int(steps[k % self.full_slots])
            self.resolution().add_stats(step, ring[k % self.full_slots], regular=step % self.log_every == 0)
        self._full_seen = count

    def _take_samples(self, handed):
        """Adds the rows the last logged step sampled to the reservoir."""
        samples = handed.get("samples") or self._vars["samples"]
        counts = handed.get("sample_counts") or self._vars["sample_counts"]
        for name, dtype in self._samples.items():
            n, batch = (int(c) for c in np.asarray(counts[name]))
            if n:
                self.sampler.add(name, np.asarray(samples[name])[:n], dtype)
                self.sampler.batch_size = max(self.sampler.batch_size or 0, batch)

    def _write_data(self, last, force=False):
        """Writes the data summary and epoch logs when they changed, at most once per `DATA_EVERY` steps."""
        key = (self.sampler.total(), len(self.epoch_logs))
        if key == self._data_written or key == (0, 0):
            return
        if not force and self._data_step is not None and last < self._data_step + DATA_EVERY:
            return
        self.writer().write_data(last, {"tensors": self.sampler.summary(), "epochs": thin_epochs(self.epoch_logs),
                                        "batch_size": self.sampler.batch_size})
        self._data_written, self._data_step = key, last

    def close(self, keep_open=False):
        """Writes the last steps held back (`Resolution.finish`) and closes the event file.

        With ``keep_open`` (the end of a `fit`) the file is flushed and stays open for the next fit on
        this watch: code calling `fit` in a loop gets one event file, not one per call.
        """
        if self._resolution is not None and self._writer is not None:
            self._resolution.finish()
            self._write_data(self._next_step - 1, force=True)
        if self._writer is not None:
            if keep_open:
                self._writer.flush()
                return
            self._writer.close()
            self._writer = None


def _half_sum(trace, t):
    """The half sum of squares of ``t``: taken already (`capture`, ``on_nonfinite="skip"``) or now."""
    taken = trace.half_sums.get(id(t))
    return kernels.half_square_sum(t) if taken is None else taken


def _put(var, slot, value, slots, when=True):
    """Writes ``value`` into ring slot ``slot`` of ``var`` if ``when``; returns the new ring.

    A masked rewrite of the whole (small) ring rather than a sliced assign or
    a scatter: XLA needs slice bounds at compile time, and mirrored variables
    under a distribution strategy support neither.
    """
    hit = tf.logical_and(tf.equal(tf.range(slots, dtype=tf.int64), slot), when)
    mask = tf.reshape(hit, [slots] + [1] * value.shape.rank)
    new = tf.where(mask, value[tf.newaxis], var)
    var.assign(new)
    return new


def _variable(value, name):
    # Every replica writes the same pooled values; keep the first's.
    return tf.Variable(value, trainable=False, name="nanwatch_" + name,
                       aggregation=tf.VariableAggregation.ONLY_FIRST_REPLICA)


def _make_vars(n_rows, trace_slots, full_slots):
    var = _variable
    return {
        "trace": var(np.full((trace_slots, n_rows), math.nan, np.float32), "trace"),
        "full": var(np.zeros((full_slots, n_rows, len(metadata.STATS)), np.float32), "full"),
        "full_steps": var(np.full((full_slots,), -1, np.int64), "full_steps"),
    }
