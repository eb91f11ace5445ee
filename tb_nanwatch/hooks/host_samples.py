"""Rows of the inputs and targets sampled on the host, for the data summary (the JAX and torch watches).

The TensorFlow watch samples inside its step (`kernels.sample_rows`); the JAX
and torch watches have each batch on the host before their step, so they take
the same rows there on logged steps, as many as `metadata.sample_size` says,
spread over the batch, NaN/Inf kept.
"""

import numpy as np

from tb_nanwatch import metadata


def sample_rows(x, kind):
    """``([k, D] float32, [rows available, batch size])`` of a numpy array (k, D: `metadata.sample_size`), or None (a scalar)."""
    x = np.asarray(x)
    size = metadata.sample_size(kind, x.shape)
    if size is None:
        return None
    k, d = size
    flat = x.reshape(-1, x.shape[-1]) if x.ndim >= 3 else x.reshape(x.shape[0], -1)
    n = flat.shape[0]
    if not n:
        return np.zeros((k, d), np.float32), np.array([0, 0], np.int64)
    k = min(k, n)  # (on the host the shape is free: a small batch is not repeated up to k)
    idx = (np.arange(k) * n) // k
    return flat[idx, :d].astype(np.float32), np.array([min(n, k), x.shape[0]], np.int64)


class HostSamples:
    """The last logged step's samples, in the form `Monitor.poll` takes them (``handed["samples"]``).

    Attributes:
      dtypes: row name -> the array's dtype before the cast ("int64" labels are class ids).
      samples, counts: row name -> the sampled rows, and ``[rows available, batch size]``.
      weighted: a batch carried sample weights (set by the step that unpacks the batch).
    """

    def __init__(self):
        self.dtypes, self.samples, self.counts = {}, {}, {}
        self.weighted = False

    def take(self, named):
        """Samples ``(row name, kind, numpy array, dtype name)`` tuples."""
        for name, kind, array, dtype in named:
            taken = sample_rows(array, kind)
            if taken is not None:
                self.samples[name], self.counts[name] = taken
                self.dtypes.setdefault(name, dtype)

    def handed(self):
        return {"samples": dict(self.samples), "sample_counts": dict(self.counts), "weighted": self.weighted}
