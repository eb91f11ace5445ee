"""Writes tb_nanwatch summaries to event files with numpy only.

The hook hands its statistics out of the compiled step and writes them from
the host with this writer, so it never touches TensorFlow's default summary
writer (Keras's TensorBoard callback owns that one) and works under XLA. The
same writer produces test fixtures and benchmark logs without TensorFlow.
"""

import json
import os
import time

import numpy as np
from tensorboard.compat.proto import event_pb2, summary_pb2
from tensorboard.summary.writer.event_file_writer import EventFileWriter
from tensorboard.util import tensor_util

from tb_nanwatch import metadata


def trace_pb(vector, rows=None):
    """Returns a `Summary` proto holding one step's trace vector.

    Args:
      vector: float array ``[len(rows)]``.
      rows: the row layout; pass it on the first write of the tag only.
    """
    return _tensor_summary(metadata.TAG_TRACE, np.asarray(vector, np.float32), "trace", rows)


def stats_pb(matrix, rows=None):
    """Returns a `Summary` proto holding one step's statistics matrix.

    Args:
      matrix: float array ``[len(rows), len(metadata.STATS)]``.
      rows: the row layout; pass it on the first write of the tag only.
    """
    matrix = np.asarray(matrix, np.float32)
    if matrix.ndim != 2 or matrix.shape[1] != len(metadata.STATS):
        raise ValueError("stats matrix must be [rows, %d], got %s" % (len(metadata.STATS), matrix.shape))
    return _tensor_summary(metadata.TAG_STATS, matrix, "stats", rows)


def blocks_pb(n_steps, mins, maxs, lasts, first_nonfinite, rows=None, per_step=0):
    """Returns a `Summary` proto holding one block summary (`metadata.BLOCK_COLUMNS`).

    Args:
      n_steps: steps the block summarises (it ends at the event's step).
      per_step: how many of its steps were written per step before the
        block was (readers check that at least those came back).
      mins, maxs, lasts, first_nonfinite: float arrays ``[R]``.
      rows: the row layout; pass it on the first write of the tag only.
    """
    matrix = np.stack([np.asarray(c, np.float32) for c in (mins, maxs, lasts, first_nonfinite)], axis=1)
    header = np.full((1, len(metadata.BLOCK_COLUMNS)), np.nan, np.float32)
    header[0, :2] = n_steps, per_step
    return _tensor_summary(metadata.TAG_BLOCKS, np.concatenate([matrix, header]), "blocks", rows)


def onset_pb(record, with_metadata=True):
    """Returns a `Summary` proto holding the onset record as JSON."""
    return json_pb(metadata.TAG_ONSET, record, with_metadata)


def json_pb(tag, document, with_metadata=True):
    """Returns a `Summary` proto holding ``document`` as JSON under one of `metadata.JSON_TAG_KINDS`.

    Non-finite floats are written as null.
    """
    text = json.dumps(_finite(document), sort_keys=True, allow_nan=False)
    return _tensor_summary(tag, np.array(text, dtype=object), metadata.JSON_TAG_KINDS[tag], None, with_metadata)


def _finite(x):
    if isinstance(x, dict):
        return {str(k): _finite(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_finite(v) for v in x]
    if isinstance(x, (np.floating, float)):
        return float(x) if np.isfinite(x) else None
    if isinstance(x, np.integer):
        return int(x)
    if isinstance(x, np.ndarray):
        return _finite(x.tolist())
    return x


def _tensor_summary(tag, array, tag_kind, rows, with_metadata=None):
    summary = summary_pb2.Summary()
    value = summary.value.add(tag=tag)
    value.tensor.CopyFrom(tensor_util.make_tensor_proto(array))
    if with_metadata or rows is not None:
        value.metadata.CopyFrom(metadata.create_summary_metadata(tag_kind, rows))
    return summary


class RunWriter:
    """Appends tb_nanwatch summaries for one run to an event file.

    Args:
      logdir: the run's directory (created if missing).
      rows: the row layout (list of `metadata.make_row` dicts).
      flush_secs: how often the background thread flushes (the default
        writer's; an ``events`` object flushes on its own terms).
      events: where the events go (an object with ``add_event``, ``flush``
        and ``close``); by default TensorBoard's `EventFileWriter`. The hook
        passes its C++-backed `hooks.event_file.EventFile`.

    Example:
      >>> w = RunWriter("/tmp/logs/run1", rows)
      >>> w.write_trace(0, np.zeros(len(rows)))
      >>> w.close()
    """

    def __init__(self, logdir, rows, flush_secs=10, events=None):
        os.makedirs(logdir, exist_ok=True)
        self.rows = list(rows)
        self._writer = events or EventFileWriter(logdir, max_queue_size=1000, flush_secs=flush_secs,
                                                 filename_suffix=".nanwatch")
        self._tagged = set()
        self._event_step = -1  # summary step of the last event record

    def _add(self, step, summary, wall_time=None):
        event = event_pb2.Event(step=int(step), wall_time=time.time() if wall_time is None else wall_time, summary=summary)
        self._writer.add_event(event)

    def _rows_once(self, tag):
        return self.rows if self._once(tag) else None

    def write_trace(self, step, vector, wall_time=None):
        """Writes one step's trace vector ``[R]``."""
        self._add(step, trace_pb(vector, self._rows_once(metadata.TAG_TRACE)), wall_time)

    def write_stats(self, step, matrix, wall_time=None):
        """Writes one step's statistics matrix ``[R, len(STATS)]``."""
        self._add(step, stats_pb(matrix, self._rows_once(metadata.TAG_STATS)), wall_time)

    def write_block(self, first_step, last_step, mins, maxs, lasts, first_nonfinite, per_step=0, wall_time=None):
        """Writes the summary of the trace over steps ``first_step..last_step`` (at ``last_step``).

        ``per_step``: how many of those steps were already written one by one.
        """
        pb = blocks_pb(int(last_step) - int(first_step) + 1, mins, maxs, lasts, first_nonfinite,
                       self._rows_once(metadata.TAG_BLOCKS), per_step)
        self._add(last_step, pb, wall_time)

    def write_onset(self, record, wall_time=None):
        """Writes the onset record at its step and flushes at once."""
        self._add(record["step"], onset_pb(record), wall_time)
        self.flush()

    def write_event(self, step, record, wall_time=None):
        """Writes one event record (`metadata.EVENT_KINDS`), flushed at once.

        Written at ``step``, or just after the last event written when that is
        later: TensorBoard keeps one value per step and tag, and drops the
        later values when a step goes back (a skip and a rollback share a
        step; a spike is found steps after it began). Readers take the step
        from the record.
        """
        step = max(int(step), self._event_step + 1)
        self._event_step = step
        self._add(step, json_pb(metadata.TAG_EVENTS, record, self._once(metadata.TAG_EVENTS)), wall_time)
        self.flush()

    def write_model(self, step, facts, wall_time=None):
        """Writes the model facts (`metadata.MODEL_FACT_KEYS`)."""
        self._add(step, json_pb(metadata.TAG_MODEL, facts, self._once(metadata.TAG_MODEL)), wall_time)

    def write_data(self, step, summary, wall_time=None):
        """Writes the data summary (see `tb_nanwatch.data_summary`); the last write is current."""
        self._add(step, json_pb(metadata.TAG_DATA, summary, self._once(metadata.TAG_DATA)), wall_time)

    def _once(self, tag):
        """True the first time ``tag`` is written (its summary metadata goes with it)."""
        first = tag not in self._tagged
        self._tagged.add(tag)
        return first

    def flush(self):
        self._writer.flush()

    def close(self):
        self._writer.close()
