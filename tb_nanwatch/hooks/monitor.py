"""The in-graph watch state of one run, and the host side that writes it.

Per step, inside the compiled step, `Monitor.finalize`:
  * takes the sum of squares of every captured tensor (one reduction each)
    into a trace vector and stores it in a ring buffer of the last steps
    (the host writes every step of it, as L2 norms);
  * when any checked value is non-finite, confirms it exactly with full
    statistics inside an `If` op and latches the first non-finite row
    (dataflow order) and the step in a status vector;
  * on logged steps (a separately traced "full" step function) computes the
    full statistics of every row into a second ring buffer: by the fast path,
    or in the window after the onset by the exact path (an "exact" step
    function).
After each execution, `Monitor.poll` takes the status vector (and the
full ring) the step handed out with its outputs and, when due, writes them
with `RunWriter`, reading the trace ring back from its variable.
"""

import logging
import math

import numpy as np
from tensorflow.core.framework import attr_value_pb2
import tensorflow as tf

from tb_nanwatch import data_summary, metadata
from tb_nanwatch.hooks import kernels, replicas
from tb_nanwatch.hooks.event_file import EventFile
from tb_nanwatch.writer import RunWriter

log = logging.getLogger("tb_nanwatch")

# status vector: last step run, onset step (-1), onset row, full-ring writes.
_LAST, _ONSET, _ROW, _FULL = range(4)


class NonFiniteError(RuntimeError):
    """Raised from training when ``on_nonfinite="raise"`` and a NaN/Inf appears."""

    def __init__(self, record):
        super().__init__(describe(record))
        self.onset = record


def describe(record):
    """One line naming the onset step, phase, tensor and layer."""
    where = " in layer %r" % record["layer"] if record.get("layer") else ""
    return "tb_nanwatch: first NaN/Inf at step %d, phase %s, tensor %r%s" % (
        record["step"], record["phase"], record["tensor"], where)


class Monitor:
    """Watch state of one training run.

    Args:
      log_dir: where the run's event file goes.
      log_every: full statistics every this many steps.
      window: full statistics on every step this long after the onset.
      steps_per_execution: steps per call of the compiled function.
    """

    def __init__(self, log_dir, log_every, window, steps_per_execution=1):
        self.log_dir = log_dir
        self.log_every = max(1, int(log_every))
        self.window = max(0, int(window))
        self.steps_per_execution = spe = max(1, int(steps_per_execution))
        # The host reads the trace ring when half full and the full ring after
        # every execution: sized by the steps one execution runs.
        self.trace_slots = max(64, 4 * spe)
        self.full_slots = max(16, 2 * spe + 2)
        self.rows = None
        self.checked = None
        self.onset = None
        self.disabled = False
        self._vars = None
        self._writer = None
        self._written_trace = -1
        self._full_seen = 0
        self._next_step = None
        self._status = None
        # What the rules need beyond the series: model facts (set by the
        # callback, written after the first step), sampled data rows, epoch logs.
        self.facts = None
        self._facts_written = False
        self.sampler = data_summary.Sampler()
        self.epoch_logs = []
        self._data_written = None
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
            with tf.init_scope():
                self._vars = _make_vars(len(rows), self.trace_slots, self.full_slots)
            self._samples = {row["name"]: extra.get("dtype") for row, t, extra in trace.entries
                             if row["kind"] in ("input", "target") and kernels.sample_shape(t) is not None}
            self._vars["status"] = self._status
        elif [r["name"] for r in rows] != [r["name"] for r in self.rows]:
            names = [r["name"] for r in rows]
            raise ValueError("the traced step produced other tensors than the first trace: %s vs %s"
                             % (names, [r["name"] for r in self.rows]))
        return self._vars

    def finalize(self, trace, step, learning_rate=None):
        """Adds the per-step check, trace and (full mode) statistics ops.

        Args:
          trace: the `capture.StepTrace` of this step.
          step: int64 tensor from `step_tensor`, read when the step began.
          learning_rate: scalar tensor or None.

        Returns:
          A dict of tensors to hand to `poll` with the step's outputs: the
          new status vector and, from full steps unless under a distribution
          strategy, the full-statistics ring and the sampled input/target
          rows (``samples``, ``sample_counts``). The host needs them after
          every such execution (an eager read of a variable costs 100-300 us
          right after a step on a busy 2-core CPU). The trace ring is read
          back only when due (every ``trace_slots // 2`` steps): handing it
          out every step cost 2-5% of an MLP step run back to back.
        """
        trace.finish_rows()
        if learning_rate is not None:
            trace.add(metadata.ROW_LEARNING_RATE, "scalar", tf.convert_to_tensor(learning_rate))
        # Half sums of squares (one reduction each); the host takes the roots.
        # Light steps leave pre-activations alone so that oneDNN keeps its fused
        # MatMul+BiasAdd+activation; the inputs, outputs and weights around them
        # are checked every step.
        halves = {}
        for row, t, _ in trace.entries:
            if row["kind"] in ("loss", "scalar") or (not trace.full and row["kind"] == "preactivation"):
                continue
            halves[row["name"]] = kernels.half_square_sum(t)
        grad_halves = [halves[row["name"]] for row, _, _ in trace.entries if row["kind"] == "gradient"]
        if grad_halves:
            trace.add(metadata.ROW_GLOBAL_GRAD_NORM, "scalar", tf.sqrt(2.0 * tf.add_n(grad_halves)))
        if trace.loss_scale is not None:
            trace.add(metadata.ROW_LOSS_SCALE, "scalar", tf.cast(trace.loss_scale, tf.float32))
        v = self._layout(trace)
        unmeasured = tf.constant(metadata.UNMEASURED, tf.float32)
        values = []
        for row, tensor, extra in trace.entries:
            if row["kind"] in ("scalar", "loss"):
                values.append(tf.cast(tf.reshape(tensor, []), tf.float32))
            else:
                values.append(halves.get(row["name"], unmeasured))
        vector = tf.stack(values)
        ctx = replicas.context()
        if ctx is not None:
            vector = replicas.pool_trace(ctx, vector, self.rows)
        step = tf.cast(step, tf.int64)
        checked_idx = np.flatnonzero(self.checked)
        suspicious = tf.logical_not(tf.reduce_all(tf.math.is_finite(tf.gather(vector, checked_idx))))
        checked = tf.constant(self.checked)
        measured = tf.constant([row["kind"] in ("scalar", "loss") or row["name"] in halves for row in self.rows])

        def compute_stats(fast=False):
            """Statistics of every row, ``[R, S]``, in row order.

            Scalars, and (``fast``) the tensors, are computed as groups,
            vectorised; otherwise the tensors go row by row through the
            exact path.
            """
            groups = {"scalar": [], "fast": [], "exact": [], "none": []}
            for i, (row, t, extra) in enumerate(trace.entries):
                if row["kind"] in ("scalar", "loss"):
                    groups["scalar"].append((i, t))
                elif row["name"] not in halves:
                    groups["none"].append((i, None))
                elif fast:
                    item = (t, row["kind"], row["activation"], extra.get("before"), halves[row["name"]])
                    groups["fast"].append((i, item))
                else:
                    groups["exact"].append((i, (t, row["kind"], row["activation"], extra.get("before"))))
            make = {
                "scalar": kernels.scalar_stats_rows,
                "fast": kernels.fast_stats_rows,
                "exact": lambda items: tf.stack([kernels.full_stats(*item) for item in items]),
                "none": lambda items: tf.fill([len(items), len(metadata.STATS)], math.nan),
            }
            order = [i for members in groups.values() for i, _ in members]
            parts = [make[g]([item for _, item in members]) for g, members in groups.items() if members]
            return tf.gather(tf.concat(parts, 0), np.argsort(order))

        # One read of the status (written only at the end of the step); the
        # untaken branch then returns its slices without ops of its own.
        status = tf.unstack(v["status"].read_value())

        def latch_and_store(stats, took):
            """Latches the first non-finite row and stores ``stats`` if ``took``.

            A row is non-finite when it counts NaN/Inf, or when the fast path
            found it not finite and left its counts unknown (NaN).

            Returns the new onset step, onset row, full-ring count and the
            new full ring and its steps.
            """
            nan, inf = stats[:, metadata.STAT_INDEX["nan"]], stats[:, metadata.STAT_INDEX["inf"]]
            bad = tf.logical_and((nan + inf > 0) | (tf.math.is_nan(nan) & measured), checked)
            latch = tf.logical_and(tf.logical_and(took, tf.reduce_any(bad)), status[_ONSET] < 0)
            onset = tf.where(latch, step, status[_ONSET])
            row = tf.where(latch, tf.cast(tf.argmax(tf.cast(bad, tf.int32)), tf.int64), status[_ROW])
            count = status[_FULL]
            full = _put(v["full"], count % self.full_slots, stats, self.full_slots, took)
            full_steps = _put(v["full_steps"], count % self.full_slots, step, self.full_slots, took)
            return onset, row, count + tf.cast(took, tf.int64), full, full_steps

        if trace.full:
            # The fast path, with no exact fallback: a branch holding every
            # tensor of the step until its end cost 4-9% of an MLP step. A
            # tensor that turns non-finite on such a step is still latched
            # exactly; its counts stay unknown (`fast_stats_rows`). In the
            # window after the onset the host runs the exact trace instead.
            stats = compute_stats(fast=not trace.exact)
            if ctx is not None:
                stats = replicas.pool_stats(ctx, stats, self.rows)
            onset, row, count, full, full_steps = latch_and_store(stats, tf.constant(True))
            handed = {"full": full, "full_steps": full_steps}
            if ctx is None:  # under a strategy the data is not sampled
                # Handed out with the step's outputs like the full ring: one transfer, no variable reads.
                sampled = {r["name"]: kernels.sample_rows(t) for r, t, _ in trace.entries if r["name"] in self._samples}
                handed["samples"] = {name: sample for name, (sample, _) in sampled.items()}
                handed["sample_counts"] = {name: counts for name, (_, counts) in sampled.items()}
        elif ctx is None:
            # Exact statistics, latch and store only when the cheap check saw a
            # non-finite value: one `If`, whose untaken branch runs no op but
            # keeps the gradients alive to the end of the step (3.5-6% of an
            # MLP step; checking them exactly without holding them costs as
            # much). The full ring is handed out only by full steps; the host
            # reads it after an onset.
            kept = (status[_ONSET], status[_ROW], status[_FULL])
            onset, row, count = _if(suspicious, lambda: latch_and_store(compute_stats(), tf.constant(True))[:3],
                                    lambda: kept)
            handed = {}
        else:
            # Under a strategy, collectives and mirrored-variable assigns (a
            # cross-replica merge) cannot sit inside a cond: only the local
            # statistics do; pooling and masked writes run on every step.
            no_stats = lambda: tf.zeros([len(self.rows), len(metadata.STATS)])
            stats = replicas.pool_stats(ctx, _if(suspicious, compute_stats, no_stats), self.rows)
            onset, row, count, _, _ = latch_and_store(stats, suspicious)
        slot = step % self.trace_slots
        _put(v["trace"], slot, vector, self.trace_slots)  # step s sits in slot s % trace_slots
        status = tf.stack([step, onset, row, count])
        v["status"].assign(status)
        if ctx is not None:  # Keras averages step outputs over replicas: the host reads the rings
            return {"status": status}
        return dict(handed, status=status)

    # ----------------------------------------------------------------- host
    def mode(self, steps=1):
        """The step function the next execution of ``steps`` steps should run.

        Returns:
          ``"light"`` (per-step check and trace), ``"full"`` (full statistics
          by the fast path) or, in the window after the onset, ``"exact"``
          (full statistics of tensors that may hold NaN/Inf, counted).
        """
        if self._next_step is None:
            return "full"
        first, last = self._next_step, self._next_step + steps - 1
        if self.onset is not None and first <= self.onset["step"] + self.window:
            return "exact"
        return "full" if last // self.log_every * self.log_every >= first else "light"

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

    def step_tensor(self):
        """The number of the step being traced (in-graph), counting every batch.

        It equals ``optimizer.iterations`` except that steps a loss-scale
        optimizer skipped count too, so every batch has its own step.
        """
        if self._status is None:
            with tf.init_scope():
                first = np.int64(self._next_step or 0)
                self._status = _variable(np.array([first - 1, -1, -1, 0], np.int64), "status")
        return self._status[_LAST] + 1

    def poll(self, handed=None, final=False):
        """Takes what an execution handed out and writes what is due.

        Args:
          handed: the dict `finalize` returned, as the step returned it
            (tensors or arrays); missing rings are read from the variables,
            missing samples are skipped.
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
            self.onset = metadata.onset_record(int(status[_ONSET]), row["phase"], row["name"], row["layer"])
            new_onset = self.onset
        due = final or new_onset is not None or last - self._written_trace >= self.trace_slots // 2
        if due:
            self._write_trace(last)
        if int(status[_FULL]) != self._full_seen:
            self._write_full(int(status[_FULL]), handed)
            self._take_samples(handed)
        if self.facts is not None and not self._facts_written:
            self.writer().write_model(last, self.facts)
            self._facts_written = True
        if final:
            self._write_data(last)
        if new_onset is not None:
            self.writer().write_onset(new_onset)
            log.warning(describe(new_onset))
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

    def _write_trace(self, last):
        """Writes the steps traced since the last write (at most a ring's worth)."""
        first = max(self._written_trace + 1, last - self.trace_slots + 1)
        if first <= last:
            ring = np.asarray(self._vars["trace"])
            tensor_rows = np.array([r["kind"] not in ("scalar", "loss") for r in self.rows])
            with np.errstate(invalid="ignore"):
                norms = np.where(tensor_rows & (ring >= 0), np.sqrt(2.0 * ring), ring)
            w = self.writer()
            for s in range(first, last + 1):
                w.write_trace(s, norms[s % self.trace_slots])
        self._written_trace = max(self._written_trace, last)

    def _write_full(self, count, handed):
        first = max(self._full_seen, count - self.full_slots)
        steps = self._value("full_steps", handed)
        ring = self._value("full", handed)
        w = self.writer()
        for k in range(first, count):
            s = int(steps[k % self.full_slots])
            if self._keep_full(s):
                w.write_stats(s, ring[k % self.full_slots])
        self._full_seen = count

    def _take_samples(self, handed):
        """Adds the rows a full execution handed out (the last full step's) to the reservoir."""
        samples, counts = handed.get("samples") or {}, handed.get("sample_counts") or {}
        for name, dtype in self._samples.items():
            if name not in samples or name not in counts:
                continue
            n, batch = (int(v) for v in np.asarray(counts[name]))
            if n:
                self.sampler.add(name, np.asarray(samples[name])[:n], dtype)
                self.sampler.batch_size = max(self.sampler.batch_size or 0, batch)

    def _write_data(self, last):
        """Writes the data summary and epoch logs when they changed since the last write."""
        key = (self.sampler.total(), len(self.epoch_logs))
        if key == self._data_written or key == (0, 0):
            return
        self.writer().write_data(last, {"tensors": self.sampler.summary(), "epochs": list(self.epoch_logs),
                                        "batch_size": self.sampler.batch_size})
        self._data_written = key

    def _keep_full(self, step):
        if step % self.log_every == 0:
            return True
        return self.onset is not None and self.onset["step"] <= step <= self.onset["step"] + self.window

    def close(self):
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def _if(pred, true_fn, false_fn):
    """`tf.cond` kept as one `If` op, not lowered to Switch/Merge.

    Lowered, every op of the untaken branch still passes a dead tensor each
    step; as an `If` the untaken statistics branch runs no op.
    """
    graph = tf.compat.v1.get_default_graph()
    before = len(graph.get_operations()) if not tf.executing_eagerly() else 0
    out = tf.cond(pred, true_fn, false_fn)
    if not tf.executing_eagerly():
        for op in graph.get_operations()[before:]:
            if op.type in ("If", "StatelessIf"):
                op._set_attr("_lower_using_switch_merge", attr_value_pb2.AttrValue(b=False))
    return out


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
