"""The data summary the hook writes: constant-predictor losses, label frequencies, per-feature scales."""

import numpy as np
import pytest

from tb_nanwatch.data_summary import Sampler, summarize


def test_constant_losses_are_the_best_constant_predictions():
    rng = np.random.default_rng(0)
    y = rng.normal(3.0, 2.0, size=(4000, 2))
    s = summarize(y)
    # MSE: the mean per-feature variance; MAE: the mean absolute deviation from each feature's median.
    assert s["constant"]["mse"] == pytest.approx(y.var(axis=0).mean())
    assert s["constant"]["mae"] == pytest.approx(np.abs(y - np.median(y, axis=0)).mean())
    # No constant does better than the mean / median on a grid of candidates.
    grid = np.linspace(0, 6, 601)
    assert min(((y[:, 0] - c) ** 2).mean() for c in grid) >= y[:, 0].var() - 1e-9
    assert s["constant"]["bce"] is None and s["constant"]["scce"] is None


def test_msle_constant_is_the_loss_keras_gives_the_best_constant():
    import keras

    rng = np.random.default_rng(1)
    y = np.exp(rng.normal(12.0, 0.4, size=(3000, 1)))  # prices: log-normal, ~1.6e5
    s = summarize(y)
    logs = np.log1p(y)
    best = np.expm1(logs.mean())  # predicting the mean in log space
    got = float(keras.losses.MeanSquaredLogarithmicError()(y, np.full_like(y, best)))
    assert s["constant"]["msle"] == pytest.approx(got, rel=1e-3)
    for c in (0.5 * best, 2 * best):  # any other constant does worse
        assert float(keras.losses.MeanSquaredLogarithmicError()(y, np.full_like(y, c))) > got


def test_labels_give_frequencies_and_entropies():
    labels = np.array([0] * 700 + [1] * 200 + [2] * 100, float)[:, None]
    s = summarize(labels, "int64")
    assert s["integer"] and s["values"] == {"0": 0.7, "1": 0.2, "2": 0.1}
    p = np.array([0.7, 0.2, 0.1])
    assert s["constant"]["scce"] == pytest.approx(-(p * np.log(p)).sum())
    binary = summarize(np.array([[1.0]] * 300 + [[0.0]] * 700))
    assert binary["constant"]["bce"] == pytest.approx(-(0.3 * np.log(0.3) + 0.7 * np.log(0.7)))
    one_hot = summarize(np.eye(4)[np.array([0, 1, 2, 3] * 50)])
    assert one_hot["one_hot"] and one_hot["constant"]["cce"] == pytest.approx(np.log(4))


def test_near_constant_features_do_not_set_the_scale_spread():
    rng = np.random.default_rng(1)
    x = np.zeros((2000, 10))
    x[:, 2:] = rng.uniform(0, 255, size=(2000, 8))  # the "digit" pixels
    x[5, 0] = 3.0  # a border pixel that is 0 on all rows but one
    s = summarize(x, "uint8")
    assert s["scale"]["informative"] == 8 and s["scale"]["constant"] == 2
    assert s["scale"]["spread"] < 1.5
    x[:, 9] *= 1e4  # one feature on a far larger scale
    s = summarize(x)
    assert s["scale"]["largest"][0] == 9 and s["scale"]["spread"] > 5e3


def test_reservoir_keeps_a_uniform_sample_of_the_whole_run():
    s = Sampler(cap=500, seed=0)
    for start in range(0, 20000, 32):
        s.add("input/0", np.arange(start, start + 32, dtype=float)[:, None])
        s.add("target/0", np.arange(start, start + 32, dtype=float)[:, None])
    out = s.summary()["input/0"]
    assert out["seen"] == 20000 and out["rows"] == 500
    assert out["mean"] == pytest.approx(10000, rel=0.1)  # not the first 500 rows (mean 250)
    # a narrow target keeps more rows (a rare class must show), sampled as uniformly
    out = s.summary()["target/0"]
    assert out["seen"] == 20000 and out["rows"] == 500 * 16
    assert out["mean"] == pytest.approx(10000, rel=0.05)


def test_reservoir_taking_whole_batches_keeps_every_row_equally_likely():
    s = Sampler(cap=256, seed=1)
    for start in range(0, 64 * 1024, 1024):  # batches larger than the reservoir, added at once
        s.add("input/0", np.arange(start, start + 1024, dtype=float)[:, None])
    kept = s._rows["input/0"][:, 0]
    # each quarter of the stream holds about a quarter of the reservoir
    quarters = np.histogram(kept, bins=4, range=(0, 64 * 1024))[0]
    assert len(np.unique(kept)) == 256 and all(40 <= q <= 90 for q in quarters), quarters


def test_nonfinite_values_are_counted_and_left_out():
    y = np.array([[1.0], [np.nan], [3.0], [np.inf]])
    s = summarize(y)
    assert s["nonfinite"] == 2 and s["min"] == 1.0 and s["max"] == 3.0
    empty = summarize(np.full((3, 2), np.nan))
    assert empty["nonfinite"] == 6 and "min" not in empty
