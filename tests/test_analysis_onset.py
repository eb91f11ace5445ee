"""Status, onset and origin of a run."""

import numpy as np

from analysis_synth import Synth
from tb_nanwatch.analysis import diagnose


def test_latched_record_is_the_onset():
    s = Synth()
    s.go_nonfinite(73, "dense_1/output")
    d = diagnose(s.data())
    assert d["status"] == "nonfinite"
    assert d["onset"] == {"step": 73, "phase": "forward", "tensor": "dense_1/output", "layer": "dense_1", "kind": "nonfinite"}
    assert d["origin"]["layer"] == "dense_1" and d["notes"] == []


def test_onset_derived_from_trace_without_record():
    s = Synth()
    s.go_nonfinite(41, "dense/kernel/grad", record=False)
    d = diagnose(s.data())
    assert d["onset"] == {"step": 41, "phase": "backward", "tensor": "dense/kernel/grad", "layer": "dense", "kind": "nonfinite"}
    assert any("derived from the trace" in n for n in d["notes"])


def test_record_wins_over_a_trace_overflow_and_is_cross_checked():
    s = Synth()
    s.go_nonfinite(90, "dense_2/output")
    s.trace[85, s.row("dense_1/preactivation")] = np.inf  # L2 overflow of a finite tensor
    d = diagnose(s.data())
    assert d["onset"]["step"] == 90
    assert any("step 85" in n for n in d["notes"])


def test_trace_overflow_proven_finite_by_stats_is_not_an_onset():
    s = Synth()
    s.trace[100, s.row("dense/preactivation")] = np.inf  # stats at step 100 count no NaN/Inf
    d = diagnose(s.data())
    assert d["status"] != "nonfinite" and d["onset"] is None


def test_diverging_run_gets_the_step_the_explosion_began():
    s = Synth()
    loss = s.trace[:, s.row("loss")]
    loss[120:] = loss[119] * 10.0 ** (np.arange(80) / 8.0)
    for r in ("dense/kernel", "dense_1/kernel"):
        s.trace[120:, s.row(r)] *= 10.0 ** (np.arange(80) / 10.0)
    d = diagnose(s.data())
    assert d["status"] == "diverging"
    assert 119 <= d["onset"]["step"] <= 121
    assert d["origin"]["tensor"] in ("loss", "dense/kernel")


def test_loss_spike_that_recovers_is_not_diverging():
    s = Synth()
    s.trace[100:103, s.row("loss")] *= 1e5
    assert diagnose(s.data())["status"] == "healthy"


def test_stalled_when_the_loss_never_moves_and_layers_are_stuck():
    s = Synth()
    s.trace[:, s.row("loss")] = 0.69
    s.set_stat("dense_1/output", "zero_frac", 0.9)
    d = diagnose(s.data())
    assert d["status"] == "stalled" and d["onset"] is None


def test_flat_loss_is_stalled_whatever_the_mechanism():
    s = Synth()
    s.trace[:, s.row("loss")] = 0.69
    d = diagnose(s.data())
    assert d["status"] == "stalled"
    assert any("no real progress" in n for n in d["notes"]), d["notes"]


def test_slow_but_steady_loss_is_not_stalled():
    s = Synth()
    s.trace[:, s.row("loss")] = np.linspace(0.69, 0.5, s.trace.shape[0])
    assert diagnose(s.data())["status"] == "healthy"


def test_converged_run_is_healthy_not_stalled():
    d = diagnose(Synth(steps=1000).data())
    assert d["status"] == "healthy" and d["steps"] == 1000


def test_analysis_of_200_tensors_by_100k_steps_finds_the_onset():
    """At scale the diagnosis still finds the exact onset (its speed is measured in bench/analysis_speed.py)."""
    s = Synth(steps=100_000, n_layers=32, log_every=20)  # 197 rows
    s.go_nonfinite(90_000, "dense_20/output")
    data = s.data()
    assert data.trace.shape == (100_000, 197)
    d = diagnose(data)
    assert d["onset"]["step"] == 90_000
