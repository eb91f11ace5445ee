"""Reads tb_nanwatch runs through a TensorBoard data provider (numpy only).

The plugin passes its ``context.data_provider``; the CLI builds one over a
logdir with `open_logdir`. Both get the same `RunData` arrays.
"""

import dataclasses
import json
import os
from typing import Optional

import numpy as np

from tb_nanwatch import metadata

# Read every sample of our tags (0 means "keep all" to the data provider).
_ALL = 10**9


@dataclasses.dataclass
class RunData:
    """Everything logged for one run, as arrays.

    Attributes:
      run: run name (its path relative to the logdir).
      rows: the row layout (list of dicts, see `metadata.make_row`).
      trace_steps: int64 ``[T]``, sorted, unique.
      trace: float32 ``[T, R]``.
      stats_steps: int64 ``[F]``.
      stats: float32 ``[F, R, len(metadata.STATS)]``.
      onset: the latched onset record (dict) or None.
      sampled: True when fewer trace points came back than were logged.
      problems: human-readable notes on what could not be read.
      model: the model facts (dict, `metadata.MODEL_FACT_KEYS`) or None.
      data: the last data summary (dict, `tb_nanwatch.data_summary`) or None.
    """

    run: str
    rows: list
    trace_steps: np.ndarray
    trace: np.ndarray
    stats_steps: np.ndarray
    stats: np.ndarray
    onset: Optional[dict] = None
    sampled: bool = False
    problems: list = dataclasses.field(default_factory=list)
    model: Optional[dict] = None
    data: Optional[dict] = None

    def row_index(self, name):
        """Returns the index of the row called ``name`` (KeyError if absent)."""
        for i, row in enumerate(self.rows):
            if row["name"] == name:
                return i
        raise KeyError(name)

    def stat(self, name):
        """Returns the ``[F, R]`` series of statistic ``name``."""
        return self.stats[:, :, metadata.STAT_INDEX[name]]


def list_runs(provider, ctx, experiment_id=""):
    """Returns the sorted names of runs holding tb_nanwatch data."""
    listing = provider.list_tensors(ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME)
    return sorted(run for run, tags in listing.items() if set(tags) & set(metadata.TAGS))


def read_run(provider, ctx, run, experiment_id=""):
    """Reads one run's tb_nanwatch tags into a `RunData`.

    Args:
      provider: a `tensorboard.data.provider.DataProvider`.
      ctx: a `tensorboard.context.RequestContext`.
      run: the run name.
      experiment_id: the experiment id ("" for a plain logdir).

    Returns:
      A `RunData`, or None when the run holds none of our tags.
    """
    from tensorboard.data import provider as provider_lib

    flt = provider_lib.RunTagFilter(runs=[run], tags=list(metadata.TAGS))
    listing = provider.list_tensors(ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME, run_tag_filter=flt).get(run, {})
    if not listing:
        return None
    data = provider.read_tensors(
        ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME, downsample=_ALL, run_tag_filter=flt
    ).get(run, {})
    return assemble(run, listing, data)


def assemble(run, listing, data):
    """Builds a `RunData` from a run's time-series listing and its datums."""
    problems = []
    rows = None
    for tag in (metadata.TAG_TRACE, metadata.TAG_STATS):
        if tag in listing and rows is None:
            try:
                rows = metadata.parse_plugin_metadata(listing[tag].plugin_content).get("rows")
            except metadata.FormatError as e:
                problems.append("%s: %s" % (tag, e))
    rows = rows or []
    n_rows, n_stats = len(rows), len(metadata.STATS)

    trace_steps, trace = _stack(data.get(metadata.TAG_TRACE, []), (n_rows,), problems, metadata.TAG_TRACE)
    stats_steps, stats = _stack(data.get(metadata.TAG_STATS, []), (n_rows, n_stats), problems, metadata.TAG_STATS)

    onset = None
    for record in _json_datums(data, metadata.TAG_ONSET, problems):
        try:
            if onset is None or record["step"] < onset["step"]:
                onset = metadata.onset_fields(record)
        except (KeyError, TypeError) as e:
            problems.append("%s: unreadable onset record (%s)" % (metadata.TAG_ONSET, e))
    model = ([None] + [d for d in _json_datums(data, metadata.TAG_MODEL, problems) if isinstance(d, dict)])[-1]
    summary = ([None] + [d for d in _json_datums(data, metadata.TAG_DATA, problems) if isinstance(d, dict)])[-1]

    sampled = False
    if len(trace_steps):
        logged = int(trace_steps[-1] - trace_steps[0] + 1)
        sampled = len(trace_steps) < logged
    return RunData(run, rows, trace_steps, trace, stats_steps, stats, onset, sampled, problems, model, summary)


def _json_datums(data, tag, problems):
    """The JSON documents of ``tag``, in step order (unreadable ones named in ``problems``)."""
    out = []
    for datum in sorted(data.get(tag, []), key=lambda d: d.step):
        try:
            value = datum.numpy.item()
            out.append(json.loads(value.decode("utf-8") if isinstance(value, bytes) else value))
        except (ValueError, AttributeError, TypeError) as e:
            problems.append("%s: unreadable record at step %s (%s)" % (tag, getattr(datum, "step", "?"), e))
    return out


def _stack(datums, shape, problems, tag):
    """Stacks datums of one shape, sorted by step, last write of a step wins."""
    by_step = {}
    for datum in datums:
        array = np.asarray(datum.numpy, dtype=np.float32)
        if array.shape != shape:
            problems.append("%s: step %d has shape %s, expected %s" % (tag, datum.step, array.shape, shape))
            continue
        by_step[int(datum.step)] = array
    steps = np.array(sorted(by_step), dtype=np.int64)
    if not len(steps):
        return steps, np.zeros((0,) + shape, np.float32)
    return steps, np.stack([by_step[s] for s in steps])


def open_logdir(logdir):
    """Loads a logdir with TensorBoard's own reader, keeping every sample.

    Args:
      logdir: directory; every folder below it holding event files is a run.

    Returns:
      ``(provider, ctx)`` for `list_runs` and `read_run`.

    Raises:
      FileNotFoundError: when ``logdir`` is not a directory.
    """
    from tensorboard import context
    from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer

    if not os.path.isdir(logdir):
        raise FileNotFoundError("no such log directory: %s" % logdir)
    multiplexer = plugin_event_multiplexer.EventMultiplexer(
        size_guidance={"tensors": 0}, tensor_size_guidance={metadata.PLUGIN_NAME: 0}
    )
    multiplexer.AddRunsFromDirectory(logdir)
    multiplexer.Reload()
    return data_provider.MultiplexerDataProvider(multiplexer, logdir), context.RequestContext()
