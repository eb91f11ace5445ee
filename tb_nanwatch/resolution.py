"""What a long run keeps per step and what it keeps as block summaries (numpy only).

Writing every step's trace costs ~260 bytes a step for a 50-row model, and
the full statistics every ``log_every`` steps twice that again: a run of a
million steps would write half a gigabyte. `Resolution` sits between the
per-step values the hook reads and the `RunWriter`, and writes:

* every step of the trace through the first `HEAD_STEPS` steps, of the
  `BEFORE_STEPS` held in memory before an event (the NaN/Inf onset, a loss
  spike) and the `AFTER_STEPS` after it, and of the last `BEFORE_STEPS`
  steps when training ends;
* for every step, block summaries of `BLOCK_STEPS` steps (per row: min and
  max over its finite values, the last value, the offset of its first
  non-finite step), so nothing between the per-step stretches goes unseen;
* the data summary at most every `DATA_EVERY` steps (the last one is
  current; `thin_epochs` bounds its epoch logs);
* full statistics on every logged step of the head and of event windows,
  then one every `STATS_EVERY` steps; the last `HELD_STATS` unwritten ones
  are held and written when an event comes. Statistics the hook takes off
  its schedule (on every step holding a NaN/Inf) are written only in the
  window after an event, so a run that stays NaN is thinned like any other.

The hook and the benchmark's log generator (`bench/longrun.py`) both write
through it, so generated logs have the hook's shape.

Example:
  >>> res = Resolution(RunWriter(logdir, rows), rows, first_step=0)
  >>> res.add(0, norms)          # [n_steps, R], consecutive steps from 0
  >>> res.event(412)             # the onset: per-step around step 412
  >>> res.finish()               # the last steps, the partial block
"""

import collections
import dataclasses

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.spikes import SpikeDetector

HEAD_STEPS = 2000  # every step of a run this long is kept: most runs of the diagnosis corpora fit in it
BLOCK_STEPS = 100
BEFORE_STEPS = 256  # >= 200 per-step points before an onset, and the run's last steps
AFTER_STEPS = 256
STATS_EVERY = 1000
HELD_STATS = 8
# The data summary (a few kB) at most once per DATA_EVERY steps, and at the
# end; it keeps the first and last epochs' logs.
DATA_EVERY = 10_000
FIRST_EPOCHS, LAST_EPOCHS = 50, 200
# A loss spike (`tb_nanwatch.spikes`) is an event; after one written per step,
# the next is written per step no sooner than SPIKE_GAP steps later (bounds the bytes).
SPIKE_GAP = 20_000


@dataclasses.dataclass
class _Block:
    """The summary of the open block: its steps so far and, per row, min, max, last value, first NaN/Inf offset."""

    first: int
    last_step: int
    lo: np.ndarray
    hi: np.ndarray
    last: np.ndarray
    first_nonfinite: np.ndarray
    per_step: int  # its steps already written one by one


class Resolution:
    """Chooses, step by step, what of a run's trace and statistics is written.

    Args:
      writer: a `tb_nanwatch.writer.RunWriter`.
      rows: the row layout.
      first_step: the first step this run will add.
      lookahead: most steps one `add` takes: an event is marked after the
        steps added with it, and the `before` steps preceding it are still held.
      stats_window: steps after an event whose statistics are all written
        (the hook's ``window``); beyond it, those of the ``log_every`` schedule.
      head, block, before, after, stats_every: see the module constants.
    """

    def __init__(self, writer, rows, first_step=0, lookahead=1024, stats_window=10, head=HEAD_STEPS,
                 block=BLOCK_STEPS, before=BEFORE_STEPS, after=AFTER_STEPS, stats_every=STATS_EVERY):
        self.writer = writer
        self.rows = list(rows)
        self.head_end = int(first_step) + int(head)
        self.block = max(1, int(block))
        self.before = int(before)
        self.after = int(after)
        self.stats_every = max(1, int(stats_every))
        self.stats_window = int(stats_window)
        self._stats_window_until = -1
        self.detail_until = -1  # per-step through this step (an event's window)
        self._norm_rows = np.array([r["kind"] not in metadata.VALUE_KINDS for r in self.rows])
        self._recent = collections.deque(maxlen=self.before + int(lookahead))  # (step, vector) not written per step
        self._held = collections.deque(maxlen=HELD_STATS)  # (step, matrix) not written
        self._next_stats = None
        self._loss_row = next((i for i, r in enumerate(self.rows) if r["kind"] == "loss"), None)
        self._spikes = SpikeDetector()
        self._quiet_until = -1
        self._block = None  # the `_Block` being summarised
        self._chunk = None  # (first step, written flags) of the steps `add` is taking
        self.spikes = []  # the spike records (`SpikeDetector.add`) found so far

    # --------------------------------------------------------------- trace
    def add(self, first_step, vectors):
        """Takes the trace of consecutive steps from ``first_step``.

        Args:
          first_step: step of ``vectors[0]``.
          vectors: float ``[n, R]``: L2 norms, or values for scalar and loss rows.
        """
        vectors = np.asarray(vectors, np.float32).reshape(-1, len(self.rows))
        first_step = int(first_step)
        self._chunk = (first_step, np.zeros(len(vectors), bool))  # which steps of it went out per step
        written = self._chunk[1]
        try:
            for k, vector in enumerate(vectors):
                step = first_step + k
                spike = None if self._loss_row is None else self._spikes.add(step, vector[self._loss_row])
                if spike is not None:
                    self.spikes.append(spike)
                    if spike["step"] > self._quiet_until:
                        self.event(spike["step"])
                        self._quiet_until = spike["step"] + SPIKE_GAP
                if step < self.head_end or step <= self.detail_until:
                    self.writer.write_trace(step, vector)
                    written[k] = True
                else:
                    self._recent.append((step, vector))
        finally:  # a failed write must not leave a later event counting into this chunk
            self._chunk = None
        k = 0
        while k < len(vectors):  # one segment per block the steps fall in
            end = min(len(vectors), k + self.block - (first_step + k) % self.block)
            self._summarise(first_step + k, vectors[k:end], written[k:end])
            k = end

    def event(self, step):
        """Marks ``step`` as an event: writes the held steps from `before` steps before it, and every step of the next `after`."""
        self._write_recent(int(step) - self.before)
        while self._held:
            s, matrix = self._held.popleft()
            self.writer.write_stats(s, matrix)
        self.detail_until = max(self.detail_until, int(step) + self.after)
        self._stats_window_until = max(self._stats_window_until, int(step) + self.stats_window)

    def finish(self):
        """Writes the last `before` steps held in memory and the partial block (end of a fit, close)."""
        if self._recent:
            self._write_recent(self._recent[-1][0] - self.before + 1)
        self._close_block()

    def _write_recent(self, from_step):
        while self._recent:
            s, vector = self._recent.popleft()
            if s < from_step:
                continue
            self.writer.write_trace(s, vector)
            if self._chunk is not None and s >= self._chunk[0]:  # a step of the chunk being added
                self._chunk[1][s - self._chunk[0]] = True
            elif self._block is not None and s >= self._block.first:
                self._block.per_step += 1

    def _summarise(self, first, segment, written):
        """Folds consecutive steps of one block into its summary; closes the block at its last step."""
        measured = np.isfinite(segment) & ~(self._norm_rows & (segment == metadata.UNMEASURED))
        lo = np.where(measured, segment, np.inf).min(axis=0)
        hi = np.where(measured, segment, -np.inf).max(axis=0)
        bad = ~np.isfinite(segment)
        b = self._block
        if b is None:
            b = self._block = _Block(first, first, lo, hi, segment[-1], np.full(len(self.rows), np.nan, np.float32), 0)
        else:
            b.lo, b.hi, b.last = np.minimum(b.lo, lo), np.maximum(b.hi, hi), segment[-1]
        offset = np.where(bad.any(axis=0), bad.argmax(axis=0) + (first - b.first), np.nan)
        b.first_nonfinite = np.where(np.isnan(b.first_nonfinite), offset, b.first_nonfinite).astype(np.float32)
        b.last_step = first + len(segment) - 1
        b.per_step += int(np.count_nonzero(written))
        if (b.last_step + 1) % self.block == 0:
            self._close_block()

    def _close_block(self):
        b, self._block = self._block, None
        if b is None:
            return
        lo = np.where(np.isposinf(b.lo), np.nan, b.lo)
        hi = np.where(np.isneginf(b.hi), np.nan, b.hi)
        self.writer.write_block(b.first, b.last_step, lo, hi, b.last, b.first_nonfinite, per_step=b.per_step)

    # ---------------------------------------------------------- statistics
    def add_stats(self, step, matrix, regular=True):
        """Takes one logged step's statistics ``[R, len(metadata.STATS)]``; writes them, holds them or drops them.

        Args:
          step: the step.
          matrix: its statistics.
          regular: logged by the ``log_every`` schedule. The hook also takes
            statistics on every step holding a NaN/Inf; those are written
            within ``stats_window`` steps after an event only, so a run that
            stays NaN is thinned like any other.
        """
        step = int(step)
        matrix = np.asarray(matrix, np.float32)
        if not regular:
            if step <= self._stats_window_until:
                self.writer.write_stats(step, matrix)
            return
        due = self._next_stats is None or step >= self._next_stats
        if step < self.head_end or step <= self.detail_until or due:
            self.writer.write_stats(step, matrix)
            if due:
                self._next_stats = (step // self.stats_every + 1) * self.stats_every
        else:
            self._held.append((step, matrix))


def thin_epochs(epochs):
    """The first `FIRST_EPOCHS` and last `LAST_EPOCHS` of a list of epoch logs."""
    epochs = list(epochs)
    if len(epochs) <= FIRST_EPOCHS + LAST_EPOCHS:
        return epochs
    return epochs[:FIRST_EPOCHS] + epochs[-LAST_EPOCHS:]
