"""The hook on runs longer than the per-step head: real Keras training, schema 2 logs."""

import os

import numpy as np

from hook_support import mlp, read
from tb_nanwatch import metadata, resolution

STEPS, ONSET, BATCH = 3_200, 2_900, 4


def _fit(keras, log_dir, onset=None, epochs=2):
    rng = np.random.default_rng(0)
    per_epoch = STEPS // epochs
    x = rng.standard_normal((per_epoch * BATCH, 8)).astype("float32")
    y = x[:, :1] * 0.5
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(keras.optimizers.SGD(0.01), "mse")
    from tb_nanwatch import NanWatch

    watch = NanWatch(log_dir)
    if onset is not None:
        x[onset * BATCH] = np.nan  # one epoch: the batch of step `onset`
    model.fit(x, y, batch_size=BATCH, epochs=epochs, shuffle=False, verbose=0, callbacks=[watch])
    return watch


def test_a_long_run_keeps_per_step_head_onset_window_and_blocks(tmp_path):
    import keras

    log_dir = str(tmp_path / "nan_late")
    watch = _fit(keras, log_dir, onset=ONSET, epochs=1)
    assert watch.onset["step"] == ONSET and watch.onset["phase"] == "input"
    data = read(log_dir)
    logged = set(data.trace_steps[data.per_step].tolist())
    assert set(range(resolution.HEAD_STEPS)) <= logged
    assert set(range(ONSET - resolution.BEFORE_STEPS, STEPS)) <= logged  # before it, and after it to the end
    assert not logged & set(range(resolution.HEAD_STEPS, ONSET - resolution.BEFORE_STEPS))
    assert data.summarised() == [(resolution.HEAD_STEPS, ONSET - resolution.BEFORE_STEPS - 1, resolution.BLOCK_STEPS)]
    # blocks cover every step; the one holding the onset says where the NaN came
    assert data.block_steps[0, 0] == 0 and data.block_steps[-1, 1] == STEPS - 1 and not data.sampled
    k = int(np.searchsorted(data.block_steps[:, 1], ONSET))
    first_bad = data.blocks[k, 0, metadata.BLOCK_COLUMNS.index("first_nonfinite")]
    assert data.block_steps[k, 0] + first_bad == ONSET
    assert data.onset["step"] == ONSET


def test_a_healthy_long_run_writes_a_fraction_of_the_bytes_past_its_head(tmp_path):
    import keras

    log_dir = str(tmp_path / "healthy")
    _fit(keras, log_dir)
    data = read(log_dir)
    assert data.onset is None and not data.problems
    logged = data.trace_steps[data.per_step]
    assert logged[resolution.HEAD_STEPS:].tolist() == list(range(STEPS - resolution.BEFORE_STEPS, STEPS))
    late = data.stats_steps[data.stats_steps >= resolution.HEAD_STEPS]
    assert late.tolist() == list(range(resolution.HEAD_STEPS, STEPS, resolution.STATS_EVERY))
    assert [e["epoch"] for e in data.data["epochs"]] == [0, 1]
    size = sum(os.path.getsize(os.path.join(log_dir, f)) for f in os.listdir(log_dir))
    # the head and tail hold ~2,250 per-step points: the 950 summarised steps cost far less than those
    per_point = size / len(logged)
    assert size < per_point * (len(logged) + 100)
