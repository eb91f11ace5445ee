"""An event file written through TensorFlow's C++ record writer when TensorFlow is loaded.

TensorBoard's own `EventFileWriter` frames records in a Python thread with
a pure-Python CRC32C: about 360 us for one 4 kB statistics record, holding
the GIL that the training loop needs. `tf.io.TFRecordWriter` writes the
same framing (length, masked CRC32C, data, masked CRC32C) in C++. On the
JAX and torch backends TensorFlow is not loaded (nor perhaps installed):
there TensorBoard's record writer frames them, once per logged step.
"""

import atexit
import itertools
import os
import socket
import sys
import threading
import time

from tensorboard.compat.proto import event_pb2
from tensorboard.summary.writer.record_writer import RecordWriter

_UNIQUE = itertools.count()


class EventFile:
    """Appends `Event` protos to a new event file in ``logdir``.

    Has the `add_event` / `flush` / `close` interface of TensorBoard's
    `EventFileWriter`, so `tb_nanwatch.writer.RunWriter` can write through it.
    A daemon thread flushes every ``flush_secs``, so records reach the disk
    even when training stops writing (a fit that raised, an idle loop).

    Args:
      logdir: the run's directory (created if missing).
      flush_secs: events reach the disk at least this often.
      filename_suffix: appended to the file name.

    Example:
      >>> RunWriter("logs/run1", rows, events=EventFile("logs/run1"))
    """

    def __init__(self, logdir, flush_secs=10, filename_suffix=".nanwatch"):
        os.makedirs(logdir, exist_ok=True)
        # pid and a counter keep two writers of one process and second apart.
        name = "events.out.tfevents.%010d.%s.%d.%d%s" % (
            time.time(), socket.gethostname(), os.getpid(), next(_UNIQUE), filename_suffix)
        self.path = os.path.join(logdir, name)
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._file = _record_writer(self.path)
        self.add_event(event_pb2.Event(wall_time=time.time(), file_version="brain.Event:2"))
        self.flush()
        threading.Thread(target=self._flush_every, args=(flush_secs,), daemon=True,
                         name="tb_nanwatch-flush").start()
        atexit.register(self.close)  # a watch keeps its file open across fits: closed at the latest here

    def add_event(self, event):
        data = event.SerializeToString()
        with self._lock:
            if not self._closed.is_set():
                self._file.write(data)

    def flush(self):
        with self._lock:
            if not self._closed.is_set():
                self._file.flush()

    def close(self):
        with self._lock:
            if not self._closed.is_set():
                self._closed.set()
                self._file.close()
        atexit.unregister(self.close)

    def _flush_every(self, secs):
        while not self._closed.wait(secs):
            self.flush()


def _record_writer(path):
    """TensorFlow's C++ record writer when TensorFlow is already imported, else TensorBoard's."""
    tf = sys.modules.get("tensorflow")
    if tf is not None and hasattr(tf, "io"):
        return tf.io.TFRecordWriter(path)
    return RecordWriter(open(path, "wb"))
