"""Each cause rule on its own, on small synthetic series (no TensorFlow)."""

import numpy as np
import pytest

from analysis_synth import Synth
from tb_nanwatch import metadata
from tb_nanwatch.analysis import CAUSE_IDS, RULES, diagnose
from tb_nanwatch.reader import RunData

ISSUE_IDS = {
    "input_nonfinite", "target_nonfinite", "input_scale", "input_outliers", "target_outliers",
    "learning_rate_too_high", "learning_rate_too_low", "exploding_gradients", "vanishing_gradients",
    "weight_init", "dead_activations", "saturated_activations", "unsafe_loss_math", "unsafe_layer_math",
    "outlier_sensitive_loss", "optimizer_settings", "mixed_precision_overflow", "model_too_deep",
    # issue 11: the model, the loss and the targets against each other; too short a run
    "softmax_single_unit", "output_activation_range", "output_activation_loss", "loss_target_mismatch",
    "target_scale", "too_few_steps",
    # issue 21: why a run stalls when no numerical fault shows
    "loss_task_mismatch", "relu_output_dead", "model_too_small", "missing_activation",
}
# Rules that need the model facts or the data summary, which synthetic runs do not carry.
FACT_RULES = ["softmax_single_unit", "output_activation_range", "output_activation_loss", "loss_target_mismatch", "target_scale",
              "loss_task_mismatch", "relu_output_dead", "model_too_small", "missing_activation"]


def causes(d):
    return {c["id"]: c for c in d["causes"]}


def top(d):
    return d["causes"][0]["id"] if d["causes"] else None


def flat_loss(s, value=0.7):
    s.trace[:, s.row("loss")] = value * (1 + 0.001 * np.sin(np.arange(s.steps)))


def run_away_loss(s, start, onset):
    """Loss growing 10x per step from ``start`` up to ``onset``."""
    t = np.arange(start, onset)
    s.trace[start:onset, s.row("loss")] = 10.0 ** (t - start + 1)


def test_cause_ids_are_the_issue_vocabulary():
    assert set(CAUSE_IDS) == ISSUE_IDS
    assert len(CAUSE_IDS) == len(set(CAUSE_IDS))


def test_healthy_baseline_rules_everything_out():
    d = diagnose(Synth().data())
    assert d["status"] == "healthy" and d["onset"] is None and d["causes"] == []
    assert set(d["ruled_out"]) | set(d["skipped"]) == ISSUE_IDS
    assert d["skipped"] == ["mixed_precision_overflow"] + FACT_RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_skips_cleanly_without_its_series(rule):
    s = Synth()
    keep = [i for i, r in enumerate(s.rows) if r["kind"] not in rule.needs and r["name"] not in rule.needs]
    stats = s.stats[:, keep] if "stats" not in rule.needs else np.zeros((0, len(keep), len(metadata.STATS)))
    steps = s.stats_steps if "stats" not in rule.needs else np.zeros(0, np.int64)
    data = RunData("r", [s.rows[i] for i in keep], np.arange(s.steps), s.trace[:, keep].astype(np.float32), steps, stats.astype(np.float32))
    d = diagnose(data)
    assert rule.id in d["skipped"]
    assert rule.id not in causes(d) and rule.id not in d["ruled_out"]


def test_no_series_at_all_is_healthy_and_skips_every_rule():
    d = diagnose(RunData("empty", [], np.zeros(0, np.int64), np.zeros((0, 0), np.float32), np.zeros(0, np.int64), np.zeros((0, 0, 14), np.float32)))
    assert d["status"] == "healthy" and d["steps"] == 0 and set(d["skipped"]) == ISSUE_IDS


def test_input_nonfinite():
    s = Synth()
    s.go_nonfinite(120, "input/x")
    d = diagnose(s.data())
    assert d["status"] == "nonfinite" and d["onset"] == {"step": 120, "phase": "input", "tensor": "input/x", "layer": None, "kind": "nonfinite"}
    assert top(d) == "input_nonfinite" and causes(d)["input_nonfinite"]["score"] >= 0.9
    assert any("7 NaN" in e for e in causes(d)["input_nonfinite"]["evidence"])
    assert "target_nonfinite" in d["ruled_out"]


def test_target_nonfinite():
    s = Synth()
    s.go_nonfinite(80, "target/y")
    d = diagnose(s.data())
    assert top(d) == "target_nonfinite" and d["onset"]["phase"] == "target"
    assert "input_nonfinite" in d["ruled_out"]


def test_input_scale_ranks_first_when_a_forward_overflow_follows():
    s = Synth()
    s.set_stat("input/x", "scale_spread", 3e5)
    s.set_stat("input/x", "max_abs", 2e5)
    s.go_nonfinite(150, "dense/preactivation")
    d = diagnose(s.data())
    c = causes(d)["input_scale"]
    assert top(d) == "input_scale" and c["score"] >= 0.8
    assert any("3e5" in e for e in c["evidence"]) and "StandardScaler" in c["fix"]


def test_input_scale_on_a_healthy_run_is_only_a_risk():
    s = Synth()
    s.set_stat("input/x", "scale_spread", 3e5)
    d = diagnose(s.data())
    risks = {c["id"]: c for c in d["risks"]}
    assert d["status"] == "healthy" and d["causes"] == [] and 0 < risks["input_scale"]["score"] < 0.5


@pytest.mark.parametrize("kind,row", [("input", "input/x"), ("target", "target/y")])
def test_outliers_just_before_the_run_away(kind, row):
    s = Synth()
    s.trace[100, s.row(row)] *= 400
    run_away_loss(s, 101, 104)
    s.go_nonfinite(104, "dense/preactivation")
    d = diagnose(s.data())
    c = causes(d)["%s_outliers" % kind]
    assert c["score"] >= 0.85
    assert any("step 100" in e for e in c["evidence"])


def test_outliers_absent_without_a_spike():
    d = diagnose(Synth().data())
    assert {"input_outliers", "target_outliers"} <= set(d["ruled_out"])


def test_outlier_sensitive_loss_needs_a_quadratic_loss_response():
    s = Synth()
    s.trace[100, s.row("target/y")] *= 100
    s.trace[100, s.row("loss")] *= 1e4  # loss ~ error^2: MSE
    run_away_loss(s, 101, 104)
    s.go_nonfinite(104, "dense/preactivation")
    d = diagnose(s.data())
    assert top(d) == "outlier_sensitive_loss" and "Huber" in causes(d)["outlier_sensitive_loss"]["fix"]
    assert "target_outliers" in causes(d)

    s = Synth()
    s.trace[100, s.row("target/y")] *= 100
    s.trace[100, s.row("loss")] *= 100  # linear, as Huber: not the loss's fault
    d = diagnose(s.data())
    assert "outlier_sensitive_loss" in d["ruled_out"]


def test_learning_rate_too_high_suggests_a_rate_from_the_data():
    s = Synth()
    s.trace[:, s.row("learning_rate")] = 0.5
    s.set_stat("dense/kernel", "update_ratio", 0.5)
    s.set_stat("dense_1/kernel", "update_ratio", 0.5)
    s.set_stat("dense_2/kernel", "update_ratio", 0.5)
    run_away_loss(s, 2, 8)
    s.go_nonfinite(8, "dense_1/preactivation")
    d = diagnose(s.data())
    c = causes(d)["learning_rate_too_high"]
    assert top(d) == "learning_rate_too_high"
    assert "learning_rate=0.001)" in c["fix"]  # 0.5 * 1e-3 / 0.5


def test_learning_rate_ordinary_is_ruled_out():
    s = Synth()
    s.go_nonfinite(50, "loss")
    assert "learning_rate_too_high" in diagnose(s.data())["ruled_out"]


def test_learning_rate_too_low_on_a_stalled_run():
    s = Synth()
    flat_loss(s)
    for r in ("dense/kernel", "dense_1/kernel", "dense_2/kernel"):
        s.set_stat(r, "update_ratio", 1e-8)
    d = diagnose(s.data())
    assert d["status"] == "stalled" and top(d) == "learning_rate_too_low"


def test_exploding_gradients_grow_geometrically_before_onset():
    s = Synth()
    g = s.row("global_grad_norm")
    s.trace[100:140, g] = 10.0 ** (np.arange(40) / 5.0)
    s.go_nonfinite(140, "dense_2/kernel/grad")
    d = diagnose(s.data())
    c = causes(d)["exploding_gradients"]
    assert any("grew 10^" in e and "40 steps" in e for e in c["evidence"]) and "clipnorm=1.0" in c["fix"]


def test_exploding_gradients_first_to_last_layer_ratio():
    s = Synth()
    for r in ("dense/kernel/grad", "dense/bias/grad"):
        s.trace[:, s.row(r)] *= 200  # input-side layer 200x the output layer
    s.go_nonfinite(100, "dense/kernel/grad")
    d = diagnose(s.data())
    c = causes(d)["exploding_gradients"]
    assert top(d) == "exploding_gradients" and any("threshold 70" in e for e in c["evidence"])


def test_exploding_gradients_ruled_out_on_steady_gradients():
    s = Synth()
    s.go_nonfinite(100, "loss")
    assert "exploding_gradients" in diagnose(s.data())["ruled_out"]


def test_vanishing_gradients_below_1e_7():
    s = Synth()
    flat_loss(s)
    for r in ("dense/kernel/grad", "dense/bias/grad"):
        s.trace[:, s.row(r)] = 1e-9
    d = diagnose(s.data())
    assert d["status"] == "stalled" and top(d) == "vanishing_gradients"
    assert any("dense:" in e for e in causes(d)["vanishing_gradients"]["evidence"])


def test_weight_init_large_kernels():
    s = Synth()
    s.set_stat("dense/kernel", "l2", 5.0 * np.sqrt(512))
    s.go_nonfinite(100, "dense/preactivation")
    d = diagnose(s.data())
    assert any("RMS 5" in e for e in causes(d)["weight_init"]["evidence"])


def test_weight_init_ignores_weights_already_moved():
    s = Synth()
    s.set_stat("dense/kernel", "l2", 5.0 * np.sqrt(512))
    s.set_stat("dense/kernel", "update_ratio", 3.0)
    assert "weight_init" in diagnose(s.data())["ruled_out"]


def test_dead_activations_stall_the_run():
    s = Synth()
    flat_loss(s)
    s.set_stat("dense/output", "zero_frac", 0.95)
    s.set_stat("dense/output", "dead_frac", 0.9)
    d = diagnose(s.data())
    c = causes(d)["dead_activations"]
    assert d["status"] == "stalled" and top(d) == "dead_activations"
    assert any("dense/output" in e and "95%" in e for e in c["evidence"])


def test_dead_activations_below_70_percent_ruled_out():
    s = Synth()
    s.set_stat("dense/output", "zero_frac", 0.65)
    assert "dead_activations" in diagnose(s.data())["ruled_out"]


def test_saturated_activations():
    s = Synth(act="sigmoid")
    flat_loss(s)
    s.set_stat("dense_1/output", "sat_frac", 0.9)
    d = diagnose(s.data())
    assert d["status"] == "stalled" and top(d) == "saturated_activations"
    s = Synth(act="sigmoid")
    s.set_stat("dense_1/output", "sat_frac", 0.45)  # not over half
    assert "saturated_activations" in diagnose(s.data())["ruled_out"]


def test_unsafe_loss_math_on_finite_predictions():
    s = Synth()
    s.go_nonfinite(60, "loss")
    d = diagnose(s.data())
    assert top(d) == "unsafe_loss_math" and causes(d)["unsafe_loss_math"]["score"] >= 0.9
    assert "from_logits=True" in causes(d)["unsafe_loss_math"]["fix"]


def test_unsafe_loss_math_demoted_when_the_loss_ran_away_first():
    s = Synth()
    run_away_loss(s, 50, 60)
    s.go_nonfinite(60, "loss")
    assert causes(diagnose(s.data()))["unsafe_loss_math"]["score"] < 0.5


def test_unsafe_layer_math_on_ordinary_inputs():
    s = Synth(custom_layer="log_features")
    s.go_nonfinite(60, "log_features/output")
    d = diagnose(s.data())
    assert top(d) == "unsafe_layer_math" and d["onset"]["layer"] == "log_features"
    assert any("input/x" in e and "ordinary" in e for e in causes(d)["unsafe_layer_math"]["evidence"])


def test_unsafe_layer_math_demoted_when_its_input_exploded():
    s = Synth(custom_layer="log_features")
    s.trace[60, s.row("input/x")] = 1e18
    s.go_nonfinite(60, "log_features/output")
    assert causes(diagnose(s.data()))["unsafe_layer_math"]["score"] < 0.5


def test_dense_relu_output_going_nan_is_an_overflow_not_layer_math():
    s = Synth()
    s.go_nonfinite(61, "dense_1/output")  # off a stats step: its pre-activation is unmeasured
    d = diagnose(s.data())
    assert d["onset"]["tensor"] == "dense_1/output"
    assert causes(d)["unsafe_layer_math"]["score"] < 0.5


def test_optimizer_settings_huge_steps_on_tiny_gradients():
    s = Synth()
    s.set_stat("dense/kernel", "update_ratio", 2.0, steps=[100])
    s.trace[100, s.row("global_grad_norm")] = 1e-7
    s.go_nonfinite(120, "dense/preactivation")
    assert "optimizer_settings" in causes(diagnose(s.data()))
    assert "optimizer_settings" in diagnose(Synth().data())["ruled_out"]


def test_mixed_precision_overflow_needs_the_loss_scale_row():
    s = Synth(extra_rows=("loss_scale",))
    s.trace[:, s.row("loss_scale")] = 2.0 ** (15 - np.minimum(np.arange(s.steps) // 10, 15))
    s.go_nonfinite(190, "dense/preactivation")
    d = diagnose(s.data())
    assert "mixed_precision_overflow" in causes(d)
    s = Synth(extra_rows=("loss_scale",))
    s.trace[:, s.row("loss_scale")] = 32768.0
    assert "mixed_precision_overflow" in diagnose(s.data())["ruled_out"]


def test_model_too_deep():
    s = Synth(n_layers=12)
    for layer in s.layers[:3]:
        s.trace[:, s.row(layer + "/kernel/grad")] *= 500
    s.go_nonfinite(100, "dense/kernel/grad")
    assert "model_too_deep" in causes(diagnose(s.data()))
    assert "model_too_deep" in diagnose(Synth(n_layers=3).data())["ruled_out"]


def test_causes_are_ranked_and_shaped():
    s = Synth()
    s.set_stat("input/x", "scale_spread", 3e5)
    s.go_nonfinite(150, "dense/preactivation")
    d = diagnose(s.data())
    scores = [c["score"] for c in d["causes"]]
    assert scores == sorted(scores, reverse=True)
    for c in d["causes"]:
        assert set(c) == {"id", "score", "summary", "evidence", "fix", "code"}
        assert 0 <= c["score"] <= 1 and c["evidence"] and all(isinstance(e, str) for e in c["evidence"])


def test_two_heads_are_checked_against_their_own_targets_by_name():
    """A regression head and a classifier head: targets sort the other way round than the outputs."""
    from tb_nanwatch.analysis.facts import Facts
    from tb_nanwatch.data_summary import summarize

    rng = np.random.default_rng(0)
    price = summarize(rng.normal(50, 10, size=(500, 1)))
    sold = summarize((rng.random((500, 1)) > 0.5).astype(float))
    layers = [{"name": "price", "class": "Dense", "activation": None, "units": 1, "output_shape": [None, 1]},
              {"name": "is_sold", "class": "Dense", "activation": "sigmoid", "units": 1, "output_shape": [None, 1]}]
    model = {"layers": layers, "outputs": ["price", "is_sold"],
             "losses": [{"output": "price", "name": "mse"}, {"output": "is_sold", "name": "binary_crossentropy"}]}
    f = Facts(model, {"tensors": {"target/price": price, "target/is_sold": sold}})
    assert f.target(0)["max"] > 1 and f.loss_family(0) == "mse"
    assert f.target(1)["max"] == 1 and f.loss_family(1) == "bce"
    assert f.baseline() is None  # the total loss sums both heads: no single constant-predictor level
    s = Synth()
    data = s.data()
    data.model, data.data = model, {"tensors": {"target/price": price, "target/is_sold": sold}}
    d = diagnose(data)
    assert not {"output_activation_range", "loss_target_mismatch", "output_activation_loss"} & set(causes(d)), d["causes"]
    # Unnamed targets of several outputs are not guessed by position.
    assert Facts(model, {"tensors": {"target/0": sold, "target/1": price}}).target(0) is None
