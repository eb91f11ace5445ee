"""Checks event files record by record: framing, truncation and CRCs (numpy only).

TensorBoard's loaders log and skip a corrupt or truncated record, so a
report would silently rest on part of a run. This scan finds such files so
they can be named. The data CRCs are checked vectorised: records of one
length are stacked and their CRC32C computed a byte column at a time.
"""

import os
import struct

import numpy as np


def _crc_table():
    poly = np.uint32(0x82F63B78)
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ poly, table >> 1).astype(np.uint32)
    return table


_TABLE = _crc_table()
_MASK_DELTA = 0xA282EAD8


def masked_crc32c(blocks):
    """Masked CRC32C (TFRecord's) of each row of a uint8 matrix ``[n, L]``."""
    crc = np.full(blocks.shape[0], 0xFFFFFFFF, np.uint32)
    for j in range(blocks.shape[1]):
        crc = _TABLE[(crc ^ blocks[:, j]) & 0xFF] ^ (crc >> 8)
    crc ^= np.uint32(0xFFFFFFFF)
    return (((crc >> 15) | (crc << 17)) + np.uint32(_MASK_DELTA)).astype(np.uint32)


def check_event_file(path):
    """Returns None when every record of ``path`` is intact, else what is wrong.

    Args:
      path: an event file (TFRecord framing: u64 length, u32 masked CRC of
        the length, data, u32 masked CRC of the data).

    Example:
      >>> check_event_file("logs/run1/events.out.tfevents.1.host")  # None if intact
    """
    try:
        with open(path, "rb") as f:
            buf = f.read()
    except OSError as e:
        return "cannot be read (%s)" % (e.strerror or e)
    n = len(buf)
    heads, starts, lengths, pos = [], [], [], 0
    while pos < n:
        if pos + 12 > n:
            return "truncated: a record header is cut off at byte %d of %d" % (pos, n)
        (length,) = struct.unpack_from("<Q", buf, pos)
        heads.append(pos)
        if pos + 12 + length + 4 > n:
            if len(heads) and _bad_crcs(buf, heads[-1:], [8]).any():
                return "corrupt: record %d has a bad length header (byte %d)" % (len(heads), pos)
            return "truncated: record %d is cut off at byte %d of %d" % (len(heads), n, pos + 16 + length)
        starts.append(pos + 12)
        lengths.append(length)
        pos += 12 + length + 4
    if not heads:
        return None
    heads = np.array(heads)
    bad = _bad_crcs(buf, heads, np.full(len(heads), 8))
    if bad.any():
        return "corrupt: record %d fails its length CRC (byte %d)" % (int(np.argmax(bad)) + 1, int(heads[np.argmax(bad)]))
    starts, lengths = np.array(starts), np.array(lengths)
    bad = _bad_crcs(buf, starts, lengths)
    if bad.any():
        k = int(np.argmax(bad))
        return "corrupt: record %d fails its data CRC (byte %d)" % (k + 1, int(starts[k]))
    return None


def _bad_crcs(buf, starts, lengths, chunk=1 << 22):
    """Flags records whose masked CRC (stored right after their bytes) mismatches."""
    data = np.frombuffer(buf, np.uint8)
    starts, lengths = np.asarray(starts, np.int64), np.asarray(lengths, np.int64)
    bad = np.zeros(len(starts), bool)
    for length in np.unique(lengths):
        same = np.nonzero(lengths == length)[0]
        step = max(1, chunk // max(int(length), 1))  # bound the gathered bytes per batch
        for k in range(0, len(same), step):
            idx = same[k : k + step]
            blocks = data[starts[idx, None] + np.arange(int(length))[None, :]]
            stored = data[starts[idx, None] + int(length) + np.arange(4)[None, :]].copy().view("<u4").ravel()
            bad[idx] = masked_crc32c(blocks) != stored
    return bad


def event_files(logdir):
    """All event files below ``logdir`` (sorted), the way TensorBoard finds them."""
    out = []
    for root, _, files in os.walk(logdir):
        out += [os.path.join(root, f) for f in files if "tfevents" in f]
    return sorted(out)
