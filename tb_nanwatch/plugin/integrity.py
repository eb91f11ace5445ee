"""Tells a damaged or cut-off event file from a healthy one.

TensorBoard's loaders hide damage: the Python loader silently stops at a
corrupt record and the Rust loader logs and skips it, so the data provider
alone cannot say that a run rests on part of its files. Once a run's event
file has stopped growing, it is checked record by record with the
analysis package's `records.check_event_file` (framing, truncation, CRCs),
once per size and modification time. Files still being written are left
alone: a training in progress is not damage. All data still comes from the
data provider; this only names files that are broken.
"""

import glob
import os
import threading
import time

from tb_nanwatch.analysis import records

STALE_SECS = 30.0  # a file unchanged this long is no longer being written


class FileChecker:
    """Checks the event files of runs under a local logdir.

    Args:
      logdir: TensorBoard's ``--logdir``; None or a non-local path disables it.
      stale_secs: how long a file must be unchanged before it is checked.

    Example:
      >>> FileChecker("/tmp/logs").problems("mlp/lr_10")
      []
    """

    def __init__(self, logdir, stale_secs=STALE_SECS):
        self._logdir = logdir if logdir and os.path.isdir(logdir) else None
        self._stale_secs = stale_secs
        self._verdicts = {}  # path -> ((size, mtime), problem or None)
        self._lock = threading.Lock()

    def problems(self, run, now=None, cached_only=False):
        """Returns one sentence per damaged event file of ``run`` (empty if none or unknown).

        Args:
          run: run name (path relative to the logdir, ``"."`` for the logdir itself).
          now: the current time (for tests).
          cached_only: name only damage already found; check nothing now
            (a check reads the whole file: see `pending`).
        """
        out = []
        for path, key in self._stale_files(run, now):
            problem = self._cached(path, key) if cached_only else self._verdict(path, key)
            if problem:
                out.append("%s: %s" % (os.path.basename(path), problem))
        return out

    def pending(self, run, now=None):
        """True when a file of ``run`` has stopped growing and was not checked at its current size."""
        return any(self._cached(path, key, missing=True) is True for path, key in self._stale_files(run, now))

    def _stale_files(self, run, now):
        """``[(path, (size, mtime))]`` of the run's event files unchanged for ``stale_secs``."""
        if self._logdir is None:
            return []
        directory = self._logdir if run in (".", "") else os.path.join(self._logdir, run)
        now = time.time() if now is None else now
        out = []
        for path in sorted(glob.glob(os.path.join(glob.escape(directory), "*tfevents*"))):
            try:
                stat = os.stat(path)
            except OSError:
                continue  # removed meanwhile
            if now - stat.st_mtime >= self._stale_secs:
                out.append((path, (stat.st_size, stat.st_mtime)))
        return out

    def _cached(self, path, key, missing=None):
        with self._lock:
            cached = self._verdicts.get(path)
        return cached[1] if cached is not None and cached[0] == key else missing

    def _verdict(self, path, key):
        cached = self._cached(path, key, missing=True)
        if cached is not True:
            return cached
        problem = records.check_event_file(path)
        with self._lock:
            self._verdicts[path] = (key, problem)
        return problem
