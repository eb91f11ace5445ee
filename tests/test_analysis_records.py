"""The event-file integrity scan: intact, truncated and corrupt files."""

import os

import numpy as np
import pytest

from analysis_synth import Synth
from tb_nanwatch.analysis.records import check_event_file, event_files, masked_crc32c
from tb_nanwatch.writer import RunWriter


@pytest.fixture
def event_file(tmp_path):
    s = Synth(steps=30)
    w = RunWriter(str(tmp_path / "run"), s.rows)
    for t in range(30):
        w.write_trace(t, s.trace[t])
    w.close()
    (path,) = event_files(str(tmp_path))
    return path


def test_crc_matches_tensorboard():
    from tensorboard.compat.tensorflow_stub.pywrap_tensorflow import masked_crc32c as reference

    rng = np.random.default_rng(0)
    blocks = rng.integers(0, 256, (5, 37), dtype=np.uint8)
    assert [int(c) for c in masked_crc32c(blocks)] == [reference(b.tobytes()) for b in blocks]


def test_intact_file(event_file):
    assert check_event_file(event_file) is None


def test_truncated_file(event_file):
    size = os.path.getsize(event_file)
    with open(event_file, "r+b") as f:
        f.truncate(size - 7)
    assert check_event_file(event_file).startswith("truncated")


def test_corrupt_data(event_file):
    with open(event_file, "r+b") as f:
        f.seek(os.path.getsize(event_file) // 2)
        b = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([b[0] ^ 0xFF]))
    assert check_event_file(event_file).startswith("corrupt")


def test_garbage_file(tmp_path):
    p = tmp_path / "events.out.tfevents.0.garbage"
    p.write_bytes(os.urandom(300))
    assert check_event_file(str(p)) is not None


def test_empty_file_is_intact(tmp_path):
    p = tmp_path / "events.out.tfevents.0.empty"
    p.write_bytes(b"")
    assert check_event_file(str(p)) is None
