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
      trace_steps: int64 ``[T]``, sorted, unique: the steps logged one by one
        and, where only block summaries were written (schema 2), the last
        step of each block.
      trace: float32 ``[T, R]``.
      stats_steps: int64 ``[F]``.
      stats: float32 ``[F, R, len(metadata.STATS)]``.
      onset: the latched onset record (dict) or None.
      sampled: True when fewer trace points came back than were logged.
      problems: human-readable notes on what could not be read.
      model: the model facts (dict, `metadata.MODEL_FACT_KEYS`) or None.
      data: the last data summary (dict, `tb_nanwatch.data_summary`) or None.
      block_steps: int64 ``[K, 2]``: first and last step of each block
        summary (schema 2), sorted.
      blocks: float32 ``[K, R, len(metadata.BLOCK_COLUMNS)]``.
      per_step: bool ``[T]``: trace point logged for its own step (False:
        a block's last value standing for the block).
      events: the event records (`metadata.EVENT_KINDS`: skipped updates), by step.
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
    block_steps: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros((0, 2), np.int64))
    blocks: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros((0, 0, len(metadata.BLOCK_COLUMNS)), np.float32))
    per_step: Optional[np.ndarray] = None
    events: list = dataclasses.field(default_factory=list)

    def __post_init__(self):
        if self.per_step is None:
            self.per_step = np.ones(len(self.trace_steps), bool)

    def summarised(self):
        """Step ranges ``[(first, last, block steps)]`` known only from block summaries (no per-step point)."""
        if not len(self.block_steps):
            return []
        logged = self.trace_steps[self.per_step]
        # stretches of consecutive per-step points, then what the blocks cover outside them
        cuts = np.flatnonzero(np.diff(logged) > 1) + 1 if len(logged) else []
        stretches = [(int(r[0]), int(r[-1])) for r in np.split(logged, cuts) if len(r)]
        out = []
        for first, last in _merged(self.block_steps):
            for a, b in stretches:
                if b < first or a > last:
                    continue
                if a > first:
                    out.append((first, a - 1))
                first = b + 1
            if first <= last:
                out.append((first, last))
        size = int((self.block_steps[:, 1] - self.block_steps[:, 0]).max()) + 1
        return [(a, b, size) for a, b in out]

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
    try:
        data = provider.read_tensors(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME, downsample=_ALL, run_tag_filter=flt
        ).get(run, {})
        notes = []
    except Exception as e:
        if not _too_large(e):
            raise
        data, notes = _read_sampled(provider, ctx, run, experiment_id, listing)
    out = assemble(run, listing, data)
    out.problems[:0] = notes
    return out


# Points per tag read from a run too large to come in one piece (schema 1 logs of ~10^6 steps:
# TensorBoard's data server sends at most 256 MB per answer).
SAMPLED_READ = {metadata.TAG_TRACE: 200_000, metadata.TAG_STATS: 20_000, metadata.TAG_BLOCKS: 100_000}


def _too_large(error):
    return "RESOURCE_EXHAUSTED" in str(error) or "larger than max" in str(error)


def _read_sampled(provider, ctx, run, experiment_id, listing):
    """Reads a run tag by tag, the big tags as TensorBoard's sample of `SAMPLED_READ` points."""
    from tensorboard.data import provider as provider_lib

    data, notes = {}, []
    for tag in listing:
        flt = provider_lib.RunTagFilter(runs=[run], tags=[tag])
        try:
            data.update(provider.read_tensors(ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME,
                                              downsample=SAMPLED_READ.get(tag, _ALL), run_tag_filter=flt).get(run, {}))
        except Exception as e:
            if not _too_large(e):
                raise
            notes.append("%s: too large to read (%s)" % (tag, str(e).splitlines()[0][:120]))
    notes.insert(0, "the run is too large for TensorBoard to send in one piece: read as a sample of at most "
                    "%d trace points (logs of schema 2 keep long runs small)" % SAMPLED_READ[metadata.TAG_TRACE])
    return data, notes


def assemble(run, listing, data):
    """Builds a `RunData` from a run's time-series listing and its datums."""
    problems = []
    rows = None
    for tag in metadata.ROW_TAG_KINDS:
        if tag in listing and rows is None:
            try:
                rows = metadata.parse_plugin_metadata(listing[tag].plugin_content).get("rows")
            except metadata.FormatError as e:
                problems.append("%s: %s" % (tag, e))
    rows = rows or []
    n_rows, n_stats = len(rows), len(metadata.STATS)

    trace_steps, trace = _stack(data.get(metadata.TAG_TRACE, []), (n_rows,), problems, metadata.TAG_TRACE)
    stats_steps, stats = _stack(data.get(metadata.TAG_STATS, []), (n_rows, n_stats), problems, metadata.TAG_STATS)
    block_last, packed = _stack(data.get(metadata.TAG_BLOCKS, []), (n_rows + 1, len(metadata.BLOCK_COLUMNS)),
                                problems, metadata.TAG_BLOCKS)
    block_steps, blocks, written = _blocks(block_last, packed, problems)
    sampled = _sampled(trace_steps, block_steps, written)
    trace_steps, trace, per_step = _merge_blocks(trace_steps, trace, block_steps, blocks)

    onset = None
    for record in _json_datums(data, metadata.TAG_ONSET, problems):
        try:
            if onset is None or record["step"] < onset["step"]:
                onset = metadata.onset_fields(record)
        except (KeyError, TypeError) as e:
            problems.append("%s: unreadable onset record (%s)" % (metadata.TAG_ONSET, e))
    model = ([None] + [d for d in _json_datums(data, metadata.TAG_MODEL, problems) if isinstance(d, dict)])[-1]
    summary = ([None] + [d for d in _json_datums(data, metadata.TAG_DATA, problems) if isinstance(d, dict)])[-1]
    events = [d for d in _json_datums(data, metadata.TAG_EVENTS, problems)
              if isinstance(d, dict) and d.get("kind") in metadata.EVENT_KINDS and isinstance(d.get("step"), int)]
    events.sort(key=lambda d: d["step"])  # their summary steps only order them as written

    return RunData(run, rows, trace_steps, trace, stats_steps, stats, onset, sampled, problems, model, summary,
                   block_steps, blocks, per_step, events)


def _blocks(last_steps, packed, problems):
    """Splits packed block summaries into ``([K, 2] first/last steps, [K, R, C], [K] steps written per step)``.

    Malformed ones are dropped and named in ``problems``.
    """
    n = packed[:, -1, 0] if len(packed) else np.zeros(0, np.float32)
    ok = np.isfinite(n) & (n >= 1)
    if (~ok).any():
        problems.append("%s: %d block summaries without a step count" % (metadata.TAG_BLOCKS, int((~ok).sum())))
    last_steps = last_steps[ok]
    steps = np.stack([last_steps - n[ok].astype(np.int64) + 1, last_steps], axis=1) if ok.any() else np.zeros((0, 2), np.int64)
    written = np.nan_to_num(packed[ok, -1, 1]).astype(np.int64) if ok.any() else np.zeros(0, np.int64)
    return steps, packed[ok, :-1], written


def _merged(block_steps):
    """The step ranges the blocks cover, adjacent ones merged."""
    out = []
    for first, last in block_steps.tolist():
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return out


def _merge_blocks(steps, trace, block_steps, blocks):
    """Adds each block's last value at its last step where no per-step point stands there."""
    per_step = np.ones(len(steps), bool)
    if not len(block_steps):
        return steps, trace, per_step
    missing = ~np.isin(block_steps[:, 1], steps)
    if not missing.any():
        return steps, trace, per_step
    last = blocks[missing][:, :, metadata.BLOCK_COLUMNS.index("last")]
    all_steps = np.concatenate([steps, block_steps[missing, 1]])
    order = np.argsort(all_steps, kind="stable")
    merged = np.concatenate([trace.reshape(len(steps), -1), last]) if len(steps) else last
    return all_steps[order], merged[order], np.concatenate([per_step, np.zeros(int(missing.sum()), bool)])[order]


def _sampled(trace_steps, block_steps, written):
    """True when fewer steps came back than were logged (TensorBoard sampled them, or files are damaged).

    Schema 2 logs cover every step with block summaries, and each block
    counts its steps written per step before it: a gap between blocks, or
    fewer per-step points in a block than it counted, is a loss. Schema 1
    logs have a trace point per step.
    """
    if len(block_steps):
        inside = (np.searchsorted(trace_steps, block_steps[:, 1], "right")
                  - np.searchsorted(trace_steps, block_steps[:, 0], "left"))
        return bool((block_steps[1:, 0] > block_steps[:-1, 1] + 1).any() or (inside < written).any())
    if len(trace_steps):
        return len(trace_steps) < int(trace_steps[-1] - trace_steps[0] + 1)
    return False


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
