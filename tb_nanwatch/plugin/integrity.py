"""Tells a damaged or half-written event file from a healthy one.

TensorBoard's loaders hide damage: the Python loader silently stops at a
corrupt record and the Rust loader skips it, so the data provider alone
cannot say that a run is cut short. This module reads only the record
*framing* of a run's local event files (8-byte length, its CRC, payload,
payload CRC), incrementally from where it stopped last time, plus the one
last record; all data still comes from the data provider.

Problems reported (as plain sentences):
* a corrupt length header (TensorBoard cannot read past it);
* an incomplete last record in a file that stopped growing (writer crashed);
* a file whose last step lies beyond what TensorBoard returned, once the
  file stopped growing (damage in between).
"""

import glob
import mmap
import os
import struct
import threading
import time

from tensorboard.compat.proto import event_pb2
from tensorboard.compat.tensorflow_stub.pywrap_tensorflow import masked_crc32c

STALE_SECS = 30.0  # a file unchanged this long is no longer being written
_HEADER = 12  # uint64 length + uint32 masked CRC of it
_FOOTER = 4  # uint32 masked CRC of the payload


class _Scan:
    __slots__ = ("size", "offset", "records", "last", "corrupt_at")

    def __init__(self):
        self.size = 0
        self.offset = 0  # end of the last complete, well-framed record
        self.records = 0
        self.last = None  # (offset, length) of the last complete record
        self.corrupt_at = None


def _scan(path, scan):
    """Advances ``scan`` over the complete records appended since last time."""
    size = os.path.getsize(path)
    if size < scan.size:  # file replaced or truncated: start over
        scan.__init__()
    scan.size = size
    if scan.corrupt_at is not None:
        return scan
    if size - scan.offset < _HEADER:
        return scan
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        offset = scan.offset
        while offset + _HEADER <= size:
            length, crc = struct.unpack_from("<QI", mm, offset)
            if crc != masked_crc32c(mm[offset : offset + 8]):
                scan.corrupt_at = offset
                break
            end = offset + _HEADER + length + _FOOTER
            if end > size:
                break
            scan.last = (offset, length)
            scan.records += 1
            offset = end
        scan.offset = offset
    return scan


def _last_step(path, scan):
    """Returns the step of the file's last complete record, or None."""
    if scan.last is None:
        return None
    offset, length = scan.last
    with open(path, "rb") as f:
        f.seek(offset + _HEADER)
        payload = f.read(length)
        footer = f.read(_FOOTER)
    if len(footer) < _FOOTER or struct.unpack("<I", footer)[0] != masked_crc32c(payload):
        return None
    event = event_pb2.Event()
    try:
        event.ParseFromString(payload)
    except Exception:  # protobuf DecodeError
        return None
    return int(event.step) if event.HasField("summary") else None


class FileChecker:
    """Checks the event files of runs under a local logdir.

    Args:
      logdir: TensorBoard's ``--logdir``; None or a non-local path disables it.

    Example:
      >>> FileChecker("/tmp/logs").problems("mlp/lr_10", max_step=412)
      []
    """

    def __init__(self, logdir):
        self._logdir = logdir if logdir and os.path.isdir(logdir) else None
        self._scans = {}
        self._lock = threading.Lock()

    def problems(self, run, max_step=None, now=None):
        """Returns problem sentences for ``run``'s event files (empty if healthy or unknown).

        Args:
          run: run name (path relative to the logdir, ``"."`` for the logdir itself).
          max_step: the largest step TensorBoard returned for our tags.
          now: the current time (for tests).
        """
        if self._logdir is None:
            return []
        directory = self._logdir if run in (".", "") else os.path.join(self._logdir, run)
        now = time.time() if now is None else now
        out = []
        for path in sorted(glob.glob(os.path.join(glob.escape(directory), "*tfevents*"))):
            try:
                out.extend(self._check(path, max_step, now))
            except OSError as e:
                out.append("%s: cannot be read (%s)" % (os.path.basename(path), e.strerror or e))
        return out

    def _check(self, path, max_step, now):
        name = os.path.basename(path)
        with self._lock:
            scan = _scan(path, self._scans.setdefault(path, _Scan()))
            stale = now - os.path.getmtime(path) > STALE_SECS
            if scan.corrupt_at is not None:
                return ["%s: corrupt record at byte %d of %d; TensorBoard cannot read what follows" % (name, scan.corrupt_at, scan.size)]
            out = []
            if scan.offset < scan.size and stale:
                out.append(
                    "%s: the last record is incomplete (%d bytes) and the file stopped growing: the writer stopped mid-write"
                    % (name, scan.size - scan.offset)
                )
            if stale and max_step is not None and name.endswith(".nanwatch"):
                last = _last_step(path, scan)
                if last is not None and last > max_step:
                    out.append("%s: holds steps up to %d but TensorBoard read only up to step %d: the file is damaged in between" % (name, last, max_step))
            return out
