"""Reads runs through the data provider and caches them until they change.

A run is read and diagnosed once per change of its listing (a tag's
``max_step`` or ``max_wall_time`` moved), so a reload shows new steps and
new runs while unchanged runs are served from memory. The overview does not
wait for every run (nor for the check of event files that stopped growing,
see `integrity`): `RunStore.overview` hands the runs to a background
reader and answers after at most `OVERVIEW_WAIT` seconds with the runs read
so far; the others are "loading" (never read) or "updating" (served as last
read while their new steps are read). The listing itself is reused for
`LISTING_TTL` seconds: a data-provider call costs ~45 ms on the Rust loader,
and TensorBoard only reloads every few seconds anyway. A run that cannot be read is cached
as unreadable with its problems; the other runs are unaffected.
"""

import collections
import dataclasses
import logging
import threading
import time
from typing import Optional

from tensorboard.data import provider as provider_lib

from tb_nanwatch import foreign, metadata, reader
from tb_nanwatch.plugin import diagnosis as diagnosis_lib
from tb_nanwatch.plugin import integrity


LISTING_TTL = 2.0  # seconds a listing of all runs is reused
OVERVIEW_WAIT = 1.0  # seconds the overview waits for runs being read before it answers
READY, LOADING, UPDATING = "ready", "loading", "updating"

log = logging.getLogger("tb_nanwatch")


@dataclasses.dataclass
class Entry:
    """One run as the plugin serves it.

    Attributes:
      version: the listing fingerprint the entry was read at.
      data: the `reader.RunData`, or None when unreadable.
      diagnosis: the diagnosis dict (see `diagnosis.diagnose`).
    """

    version: tuple
    data: Optional[reader.RunData]
    diagnosis: dict


def _fingerprint(tags):
    if isinstance(tags, foreign.Group):  # a run written without the watch: the tags it reads
        return tags.fingerprint()
    return tuple(sorted((tag, int(ts.max_step), float(ts.max_wall_time)) for tag, ts in tags.items() if tag in metadata.TAGS))


class RunStore:
    """Cache of `Entry` per run, keyed by experiment id and run name.

    Args:
      data_provider: the ``context.data_provider`` of the plugin.
      logdir: ``context.logdir``; when local, the runs' event files are
        checked for damage (see `integrity`). None disables the check.

    Example:
      >>> store = RunStore(context.data_provider)
      >>> [store.get(ctx, "", run).diagnosis["status"] for run in store.runs(ctx, "")]
      ['nonfinite', 'healthy']
    """

    def __init__(self, data_provider, logdir=None, listing_ttl=LISTING_TTL, overview_wait=OVERVIEW_WAIT):
        self._provider = data_provider
        self._overview_wait = overview_wait
        self._queue = collections.OrderedDict()  # (experiment id, run) -> request context, in arrival order
        self._done = threading.Condition()
        self._reader = None
        self._files = integrity.FileChecker(logdir)
        self._listing_ttl = listing_ttl
        self._listings = {}  # experiment id -> (time, listing)
        self._lock = threading.Lock()
        self._entries = {}
        self._run_locks = {}
        self._foreign = {}  # experiment id -> (time, {run: foreign.Group})
        self._members = {}  # foreign run -> its run folders (for the file check)

    def listing(self, ctx, experiment_id):
        """Returns ``{run: {tag: TensorTimeSeries}}`` for runs holding our tags (cached briefly)."""
        now = time.monotonic()
        with self._lock:
            cached = self._listings.get(experiment_id)
        if cached is not None and now - cached[0] < self._listing_ttl:
            return cached[1]
        flt = provider_lib.RunTagFilter(tags=list(metadata.TAGS))
        listing = self._provider.list_tensors(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME, run_tag_filter=flt
        )
        listing = {run: tags for run, tags in listing.items() if tags}
        with self._lock:
            self._listings[experiment_id] = (now, listing)
        return listing

    def foreign(self, ctx, experiment_id, watched=()):
        """Returns ``{run: foreign.Group}`` of the runs written without the watch that log a loss (cached briefly)."""
        now = time.monotonic()
        with self._lock:
            cached = self._foreign.get(experiment_id)
        if cached is not None and now - cached[0] < self._listing_ttl:
            return cached[1]
        try:
            groups = foreign.list_groups(self._provider, ctx, experiment_id, exclude=watched)
        except Exception as e:  # another writer's logs must never hide the watched runs
            log.warning("tb_nanwatch: could not list runs written without the watch: %s", e)
            groups = {}
        with self._lock:
            self._foreign[experiment_id] = (now, groups)
        return groups

    def everything(self, ctx, experiment_id):
        """``{run: tags}`` of the watched runs and ``{run: foreign.Group}`` of the others, in one dict."""
        listing = dict(self.listing(ctx, experiment_id))
        for name, group in self.foreign(ctx, experiment_id, watched=set(listing)).items():
            listing.setdefault(name, group)
        return listing

    def file_runs(self, run):
        """The run folders of a run: a Keras run's ``train``/``validation`` folders, else the run itself."""
        with self._lock:
            return self._members.get(run) or [run]

    def runs(self, ctx, experiment_id):
        """Returns the sorted names of the runs to diagnose (watched and others), and forgets vanished runs."""
        listing = self.everything(ctx, experiment_id)
        with self._lock:
            for name, tags in listing.items():
                if isinstance(tags, foreign.Group):
                    self._members[name] = sorted(tags.members.values())
        with self._lock:
            for key in [k for k in self._entries if k[0] == experiment_id and k[1] not in listing]:
                del self._entries[key]
                self._run_locks.pop(key, None)
        return sorted(listing), listing

    def overview(self, ctx, experiment_id):
        """Returns ``[(run, Entry or None, state)]`` for every run, sorted by name, without waiting for all.

        Runs not read at their current listing are queued for the background
        reader; the call waits up to ``overview_wait`` seconds for them. State
        is `READY`, `LOADING` (no entry yet) or `UPDATING` (the entry of an
        older listing, served until the new one is read).
        """
        names, listing = self.runs(ctx, experiment_id)
        stale = [run for run in names if not self._fresh(experiment_id, run, listing[run])]
        unchecked = [run for run in names if self._pending(run)]
        if stale or unchecked:
            self._enqueue(ctx, experiment_id, stale + [run for run in unchecked if run not in stale])
            deadline = time.monotonic() + self._overview_wait
            with self._done:
                while (stale or unchecked) and time.monotonic() < deadline:
                    self._done.wait(max(0.0, deadline - time.monotonic()))
                    stale = [run for run in stale if not self._fresh(experiment_id, run, listing[run])]
                    unchecked = [run for run in unchecked if self._pending(run)]
        out = []
        for run in names:
            with self._lock:
                entry = self._entries.get((experiment_id, run))
            state = READY if run not in stale else (UPDATING if entry is not None else LOADING)
            out.append((run, None if entry is None else self._with_damage(entry, run), state))
        return out

    def _fresh(self, experiment_id, run, tags):
        with self._lock:
            entry = self._entries.get((experiment_id, run))
        return entry is not None and entry.version == _fingerprint(tags)

    def _enqueue(self, ctx, experiment_id, runs):
        with self._done:
            for run in runs:
                self._queue.setdefault((experiment_id, run), ctx)
            if self._reader is None or not self._reader.is_alive():
                self._reader = threading.Thread(target=self._read_queued, daemon=True, name="tb_nanwatch-reader")
                self._reader.start()

    def _read_queued(self):
        """Background reader: reads and diagnoses queued runs one at a time, oldest first."""
        while True:
            with self._done:
                if not self._queue:
                    self._reader = None
                    return
                (experiment_id, run), ctx = self._queue.popitem(last=False)
            try:
                self._cached(ctx, experiment_id, run, None)
                for folder in self.file_runs(run):
                    self._files.problems(folder)  # reads files that stopped growing: here, not in a request
            except Exception as e:  # the listing call failed: the next overview queues it again
                log.warning("tb_nanwatch: could not read run %r: %s", run, e)
            with self._done:
                self._done.notify_all()

    def get(self, ctx, experiment_id, run, tags=None):
        """Returns the up-to-date `Entry` of ``run``, or None if it holds none of our data.

        The entry's ``diagnosis["problems"]`` also names damage found in the
        run's event files; files not checked yet are checked by the
        background reader (the whole file is read), not in this call.

        Args:
          ctx: the request context.
          experiment_id: experiment id ("" for a plain logdir).
          run: run name.
          tags: the run's listing if the caller already has it.
        """
        entry = self._cached(ctx, experiment_id, run, tags)
        if entry is None:
            return None
        if self._pending(run):
            self._enqueue(ctx, experiment_id, [run])
        return self._with_damage(entry, run)

    def _pending(self, run):
        return any(self._files.pending(folder) for folder in self.file_runs(run))

    def _with_damage(self, entry, run):
        """The entry with the damage already found in its files added to its problems."""
        damage = [p for folder in self.file_runs(run) for p in self._files.problems(folder, cached_only=True)]
        if not damage:
            return entry
        d = dict(entry.diagnosis)
        d["problems"] = list(d.get("problems") or []) + [p for p in damage if p not in d.get("problems", ())]
        return dataclasses.replace(entry, diagnosis=d)

    def _cached(self, ctx, experiment_id, run, tags):
        if tags is None:
            tags = self.everything(ctx, experiment_id).get(run)
            if not tags:
                return None
        version = _fingerprint(tags)
        key = (experiment_id, run)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry.version == version:
                return entry
            run_lock = self._run_locks.setdefault(key, threading.Lock())
        with run_lock:  # one reader per run; others wait for its result
            with self._lock:
                entry = self._entries.get(key)
            if entry is not None and entry.version == version:
                return entry
            entry = self._load(ctx, experiment_id, run, version)
            with self._lock:
                self._entries[key] = entry
            return entry

    def _load(self, ctx, experiment_id, run, version):
        group = self.foreign(ctx, experiment_id).get(run)
        if group is not None and run not in self.listing(ctx, experiment_id):
            try:
                data = foreign.read_group(self._provider, ctx, group, experiment_id)
            except Exception as e:  # a damaged run must not break the others
                return Entry(version, None, diagnosis_lib.unreadable(run, ["could not read run: %s: %s" % (type(e).__name__, e)]))
            return Entry(version, data, diagnosis_lib.diagnose(data))
        try:
            data = reader.read_run(self._provider, ctx, run, experiment_id)
        except Exception as e:  # a corrupt run must not break the others
            return Entry(version, None, diagnosis_lib.unreadable(run, ["could not read run: %s: %s" % (type(e).__name__, e)]))
        if data is None:
            return Entry(version, None, diagnosis_lib.unreadable(run, ["run lists our tags but returned no data"]))
        _check(data)
        if not data.rows:
            data.problems.append("no readable row layout: the run's metadata is missing or corrupt")
            return Entry(version, data, diagnosis_lib.unreadable(run, data.problems))
        return Entry(version, data, diagnosis_lib.diagnose(data))


def _check(data):
    """Adds problems a half-written or damaged run shows (gaps, missing tags)."""
    if not len(data.trace_steps) and len(data.stats_steps):
        data.problems.append("no trace logged yet (statistics only)")
    if data.onset is not None and len(data.trace_steps):
        if data.onset["step"] > int(data.trace_steps[-1]):
            data.problems.append("onset step %d is after the last trace step %d: the trace is incomplete" % (data.onset["step"], int(data.trace_steps[-1])))
    if data.sampled and len(data.block_steps):
        data.problems.append("not every logged step came back: fewer trace points or block summaries than were "
                             "written (TensorBoard downsampled the run, or parts of its files are unreadable)")
    elif data.sampled and len(data.trace_steps):
        logged = int(data.trace_steps[-1] - data.trace_steps[0] + 1)
        data.problems.append(
            "%d of %d trace steps came back (TensorBoard downsampled the run or parts of its files are unreadable)"
            % (len(data.trace_steps), logged)
        )
