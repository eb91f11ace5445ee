"""Shared helpers for the hook tests: tiny real Keras trainings and their logs."""

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402

from tb_nanwatch import reader  # noqa: E402

BATCH = 32


def regression_data(n_batches=16, features=8, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n_batches * BATCH, features)).astype("float32")
    y = (x @ rng.standard_normal((features, 1))).astype("float32")
    return x, y


def mlp(keras, features=8, hidden=16, depth=2, activation="relu"):
    layers = [keras.Input((features,))]
    layers += [keras.layers.Dense(hidden, activation=activation) for _ in range(depth)]
    return keras.Sequential(layers + [keras.layers.Dense(1)])


def read(log_dir):
    """Reads the run written into ``log_dir`` (a run directory) back."""
    parent, run = os.path.split(os.path.normpath(log_dir))
    provider, ctx = reader.open_logdir(parent)
    return reader.read_run(provider, ctx, run)


class LossRecorder:
    """A Keras callback keeping the running loss after every batch."""

    def __new__(cls):
        import keras

        class _Recorder(keras.callbacks.Callback):
            def __init__(self):
                super().__init__()
                self.losses = []

            def on_train_batch_end(self, batch, logs=None):
                self.losses.append(float(logs["loss"]))

        return _Recorder()


def where(onset):
    """The onset's location (step, phase, tensor, layer), without the kept batch and the replayed op."""
    return onset if onset is None else {k: onset.get(k) for k in ("step", "phase", "tensor", "layer")}
