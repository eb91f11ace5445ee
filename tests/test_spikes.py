"""The loss-spike detector (`tb_nanwatch.spikes`): what is a spike and what is a one-off high batch."""

import numpy as np

from tb_nanwatch.spikes import FACTOR, MIN_HISTORY, PERSIST, SpikeDetector


def _run(losses):
    det = SpikeDetector()
    return [r for r in (det.add(s, l) for s, l in enumerate(losses)) if r]


def _noisy(n, seed=0):
    return np.abs(1.0 + 0.3 * np.random.default_rng(seed).standard_normal(n))


def test_a_loss_that_stays_high_is_a_spike_found_at_its_first_step():
    losses = _noisy(300)
    losses[200:210] = 40.0
    (spike,) = _run(losses)
    assert spike["step"] == 200 and spike["loss"] == 40.0 and spike["factor"] > FACTOR
    assert 0.8 < spike["median"] < 1.2


def test_one_high_batch_is_not_a_spike_nor_is_a_shorter_run_of_them():
    losses = _noisy(300)
    losses[150] = 1e6  # an outlier batch: 2.7 million x in the corpora's healthy runs
    losses[220:220 + PERSIST - 1] = 40.0
    assert _run(losses) == []


def test_no_spike_before_enough_history_and_a_nan_breaks_a_candidate():
    losses = _noisy(300)
    losses[MIN_HISTORY - 10:MIN_HISTORY + PERSIST - 2] = 50.0  # high first steps: too little history before it
    losses[100:103] = 50.0
    losses[103] = np.nan
    losses[104:106] = 50.0
    assert _run(losses) == []


def test_a_second_spike_needs_the_loss_back_under_the_level_first():
    losses = _noisy(400)
    losses[100:130] = 40.0  # one long spike: one record
    losses[250:260] = 40.0  # back under, then up again: a second
    assert [s["step"] for s in _run(losses)] == [100, 250]


def test_a_falling_loss_and_a_healthy_noisy_plateau_have_none():
    steps = np.arange(5000)
    losses = 10.0 * np.exp(-steps / 500) + 0.01 * _noisy(5000, seed=3)
    assert _run(losses) == []
