"""The hook's C++-backed event file: intact records, readable by TensorBoard, nothing lost at exit."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

pytest.importorskip("tensorflow")

from tb_nanwatch import metadata  # noqa: E402
from tb_nanwatch.analysis import records  # noqa: E402
from tb_nanwatch import reader  # noqa: E402

def _write(logdir, steps, close):
    """Writes ``steps`` stats records through `EventFile` in a child process that then exits."""
    code = textwrap.dedent("""
        import sys, numpy as np
        from tb_nanwatch import metadata
        from tb_nanwatch.hooks.event_file import EventFile
        from tb_nanwatch.writer import RunWriter
        rows = [metadata.make_row("dense/output", "activation", "dense", "relu"),
                metadata.make_row("loss", "loss", None, None)]
        w = RunWriter(sys.argv[1], rows, events=EventFile(sys.argv[1], flush_secs=3600))
        for s in range(int(sys.argv[2])):
            w.write_stats(s, np.full((2, len(metadata.STATS)), s, np.float32))
        if sys.argv[3] == "close":
            w.close()
    """)
    subprocess.run([sys.executable, "-c", code, str(logdir), str(steps), "close" if close else "leave"],
                   check=True, env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3"))


@pytest.mark.parametrize("close", [True, False])
def test_records_intact_and_read_back(tmp_path, close):
    run = tmp_path / "run"
    _write(run, 50, close)  # without close(): TensorFlow's writer flushes at interpreter exit
    (path,) = [os.path.join(run, f) for f in os.listdir(run)]
    assert records.check_event_file(path) is None
    provider, ctx = reader.open_logdir(str(tmp_path))
    data = reader.read_run(provider, ctx, "run")
    assert list(data.stats_steps) == list(range(50))
    np.testing.assert_array_equal(data.stats[-1], np.full((2, len(metadata.STATS)), 49, np.float32))


def test_records_reach_disk_without_close_or_new_writes(tmp_path):
    """A fit that raised leaves the file open: the flush thread still puts its records on disk."""
    import time

    from tb_nanwatch.hooks.event_file import EventFile
    from tb_nanwatch.writer import RunWriter

    rows = [metadata.make_row("loss", "loss", None, None)]
    events = EventFile(str(tmp_path / "run"), flush_secs=0.2)
    w = RunWriter(str(tmp_path / "run"), rows, events=events)
    for s in range(5):
        w.write_stats(s, np.full((1, len(metadata.STATS)), s, np.float32))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and records.check_event_file(events.path) is not None:
        time.sleep(0.1)
    time.sleep(0.5)  # past at least one flush period
    assert records.check_event_file(events.path) is None
    provider, ctx = reader.open_logdir(str(tmp_path))
    assert list(reader.read_run(provider, ctx, "run").stats_steps) == list(range(5))
    w.close()
