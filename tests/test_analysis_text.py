"""Everything the diagnosis says is true and readable, and every fix holds code that runs (issue 20).

Renders every string the diagnosis produces (causes, risks, evidence, fixes,
notes, status evidence, the op line, the CLI text) on real demo trainings
and on the ~1100 synthetic variants of `test_analysis_robust`, and fails on
placeholders and broken text. Checks every cause's ``code`` with `ast` and
the real Keras 3 module. Then the true-statement cases of the issue: advice
that contradicted its own evidence, a diverging run called non-finite, a
falling loss called "no real progress", a healthy run's risks shown as
causes, rules that cannot apply listed as "not checked", a stopped run.
"""

import ast
import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from analysis_synth import Synth
from tb_nanwatch import reader
from tb_nanwatch.analysis import RULES, diagnose
from tb_nanwatch.analysis.facts import Facts
from tb_nanwatch.cli import format_run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Demo scenarios whose runs exercise the most sentences: overflows, the replayed op, a learning-rate
# jump with a rollback, a set-up that cannot fit, skipped updates, initial weights, data scale.
DEMO = ("exploding_gradients", "unscaled_features", "lr_spike", "softmax_one_unit", "log_layer", "log0_crossentropy",
        "mse_outlier_targets", "nan_inputs")

# Broken text: placeholders, Python's spelling of non-finite floats, "(s)" plurals, exponent forms, a count
# of 1 with a plural noun, "0 steps into", an unfilled None.
BAD_TEXT = [
    (re.compile(r"\?"), "a '?' placeholder"),
    (re.compile(r"(?<![\w/])(inf|nan)(?![\w/])"), "a Python-spelled non-finite number"),
    (re.compile(r"(?i)(?<![\w/])(inf|nan)x\b"), "a non-finite ratio"),
    (re.compile(r"\(s\)"), "a '(s)' plural"),
    (re.compile(r"\de\+|\de-0\d"), "a padded exponent (1e+03, 1e-05)"),
    (re.compile(r"(?<![\d.-])1 ([a-z]+ )?(steps|updates|rollbacks|layers|batches|epochs|kernels|rows|classes)\b"), "1 with a plural noun"),
    (re.compile(r"\b0 steps into\b"), "'0 steps into training'"),
    (re.compile(r"\bn/a\b|\bNone\b"), "an unfilled value"),
]


def text_problems(text):
    return ["%s in %r" % (why, text) for pattern, why in BAD_TEXT if pattern.search(text)]


def sentences(d):
    """Every human-readable string of a diagnosis (the code snippets are checked apart)."""
    out = [d.get("op") or ""] + list(d.get("notes") or []) + list(d.get("status_evidence") or [])
    for c in (d.get("causes") or []) + (d.get("risks") or []):
        out += [c["summary"], c["fix"]] + list(c["evidence"])
    for e in d.get("events") or []:
        out += list(e.get("preceded_by") or [])
    out += list((d.get("model") or {}).get("lines") or [])
    if d.get("origin") and d["origin"].get("how"):
        out.append(d["origin"]["how"])
    out.append(format_run(d))
    return [s for s in out if s]


def _keras():
    return pytest.importorskip("keras")


def code_problems(code, keras):
    """What is wrong with one cause's ``code``: it must parse, hold no backticks, and name only what Keras 3 has."""
    if "`" in code:
        return ["backticks in %r" % code]
    try:
        tree = ast.parse(code)
    except SyntaxError as e:
        return ["does not parse (%s): %r" % (e, code)]
    problems = []
    roots = {"keras": keras, "ops": keras.ops}
    defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    defined |= {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain, cur = [], node
            while isinstance(cur, ast.Attribute):
                chain.append(cur.attr)
                cur = cur.value
            if isinstance(cur, ast.Name) and cur.id in roots:
                obj = roots[cur.id]
                for part in reversed(chain):
                    if not hasattr(obj, part):
                        problems.append("%s.%s does not exist in Keras %s" % (cur.id, ".".join(reversed(chain)), keras.__version__))
                        break
                    obj = getattr(obj, part)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id[:1].isupper() and node.func.id not in defined:
            problems.append("bare class %s (name it as keras.<module>.%s)" % (node.func.id, node.func.id))
        if isinstance(node, ast.keyword) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            get = {"activation": keras.activations.get, "kernel_initializer": keras.initializers.get,
                   "bias_initializer": keras.initializers.get, "loss": keras.losses.get}.get(node.arg)
            if get is not None:
                try:
                    get(node.value.value)
                except Exception:  # noqa: BLE001 - Keras raises ValueError or others for unknown names
                    problems.append("%s=%r is not known to Keras" % (node.arg, node.value.value))
        if isinstance(node, ast.ImportFrom) and node.module == "tb_nanwatch":
            import tb_nanwatch

            problems += ["tb_nanwatch has no %s" % a.name for a in node.names if not hasattr(tb_nanwatch, a.name)]
    return problems


@pytest.fixture(scope="module")
def demo():
    """Real trainings of the demo scenarios `DEMO` (broken and fixed), diagnosed: ``{run: diagnosis}``."""
    pytest.importorskip("tensorflow")
    import tempfile

    logdir = tempfile.mkdtemp(prefix="nanwatch_text_")
    p = subprocess.run([sys.executable, "-m", "demo", "--logdir", logdir, "--only", *DEMO],
                       cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    provider, ctx = reader.open_logdir(logdir)
    return {run: diagnose(reader.read_run(provider, ctx, run)) for run in reader.list_runs(provider, ctx)}


def _variants():
    import test_analysis_robust as robust

    for group in robust.VARIANTS.values():
        for name, data in group:
            try:
                yield name, robust.diagnosed(name, data)
            except Exception:  # noqa: BLE001 - test_analysis_robust names a variant that breaks the diagnosis
                continue


def test_no_broken_text_on_the_synthetic_variants():
    problems, runs = [], 0
    for name, d in _variants():
        runs += 1
        problems += ["%s: %s" % (name, p) for s in sentences(d) for p in text_problems(s)]
    assert runs >= 500
    assert not problems, "%d problems, e.g.\n%s" % (len(problems), "\n".join(sorted(set(problems))[:30]))


def test_the_text_check_catches_what_the_issue_saw():
    """The patterns of `BAD_TEXT` catch each broken string the issue quoted (a check that cannot fail is none)."""
    for seen in ("made Inf from inputs in [?, ?]", "had grown infx (norm inf)", "0 steps into training", "1 rollback(s)",
                 "1e+03x", "the first 1 logged steps", "1 steps before"):
        assert text_problems(seen), seen
    assert not text_problems("run nan_inputs/broken: 1 rollback, 1000x, 1.6e14, the NaN/Inf, 3e-5")


def test_no_broken_text_and_runnable_code_on_demo_runs(demo):
    keras = _keras()
    assert len(demo) == 2 * len(DEMO)
    problems, codes = [], 0
    for run, d in demo.items():
        problems += ["%s: %s" % (run, p) for s in sentences(d) for p in text_problems(s)]
        for c in d["causes"] + d["risks"]:
            codes += 1
            problems += ["%s %s: %s" % (run, c["id"], p) for p in code_problems(c["code"], keras)]
    assert codes >= 20
    assert not problems, "\n".join(problems)


def test_every_rule_has_runnable_code_and_the_code_check_can_fail():
    keras = _keras()
    for rule in RULES:
        assert rule.code, "rule %s has no code" % rule.id
        assert not code_problems(rule.code, keras), (rule.id, code_problems(rule.code, keras))
    assert code_problems("keras.optimizers.Adamm(learning_rate=1e-3)", keras)
    assert code_problems("Dense(3)", keras)
    assert code_problems("keras.layers.Dense(3, activation='relux')", keras)
    assert code_problems("`x = 1`", keras)
    assert code_problems("x = (", keras)


def test_every_finding_code_on_the_synthetic_variants_is_runnable():
    keras = _keras()
    seen, problems = set(), []
    for name, d in _variants():
        for c in d["causes"] + d["risks"]:
            if c["code"] in seen:
                continue
            seen.add(c["code"])
            problems += ["%s %s: %s" % (name, c["id"], p) for p in code_problems(c["code"], keras)]
    assert len(seen) >= 15
    assert not problems, "\n".join(problems[:30])


# --- advice that matches its evidence ---------------------------------------------


def _by_id(causes):
    return {c["id"]: c for c in causes}


def _advised_rate(fix):
    m = re.search(r"learning_rate=([0-9.e-]+)", fix)
    return float(m.group(1)) if m else None


def test_initial_weights_not_the_learning_rate_when_gradients_are_huge_at_step_0(demo):
    d = demo["exploding_gradients/broken"]
    ids = [c["id"] for c in d["causes"]]
    causes = _by_id(d["causes"])
    assert "weight_init" in causes and "weight_init" not in d["ruled_out"], ids
    assert any("He/Glorot scale" in e for e in causes["weight_init"]["evidence"])
    assert any("before any update" in e for e in causes["weight_init"]["evidence"])
    assert ids[0] != "learning_rate_too_high", ids
    lr = causes.get("learning_rate_too_high")
    if lr is not None:  # a candidate at most, never advising SGD a rate below its working range (1e-3 to 0.1)
        assert lr["score"] < 0.5 and _advised_rate(lr["fix"]) >= 1e-3, lr
    # clipping names the user's own optimizer and rate (the demo's SGD at 0.01)
    clip = causes["exploding_gradients"]
    assert "keras.optimizers.SGD(learning_rate=0.01, clipnorm=1.0)" in clip["code"] and "SGD(" in clip["fix"]
    assert "keras.layers.Dense(32, activation='relu', kernel_initializer='he_normal'" in causes["weight_init"]["code"]


def test_unscaled_inputs_are_blamed_not_the_learning_rate(demo):
    d = demo["unscaled_features/broken"]
    ids = [c["id"] for c in d["causes"]]
    assert ids[0] == "input_scale", ids
    lr = _by_id(d["causes"]).get("learning_rate_too_high")
    if lr is not None:
        assert lr["score"] < 0.5 and _advised_rate(lr["fix"]) >= 1e-3, lr


def test_a_diverging_run_is_never_called_non_finite(demo):
    d = demo["lr_spike/broken"]
    assert d["status"] == "diverging" and d["status_reason"] == "runaway" and d["onset"]["kind"] == "runaway"
    said = " ".join(sentences(d)).lower()
    assert "non-finite" not in said and "nan" not in re.sub(r"nanwatch", "", said), said
    assert "run-away began at step %d" % d["onset"]["step"] in format_run(d)


def test_a_falling_loss_is_not_called_no_progress(demo):
    d = demo["softmax_one_unit/broken"]
    assert d["status"] == "stalled" and d["status_reason"] == "cannot_fit"
    evidence = " ".join(d["status_evidence"])
    assert "no real progress" not in evidence and "the loss fell from" in evidence, evidence
    assert "predicts 1" in evidence


def test_healthy_runs_have_risks_not_causes_and_no_run_says_not_checked_mixed_precision(demo):
    for run, d in demo.items():
        assert "mixed_precision_overflow" in d["not_applicable"] and "mixed_precision_overflow" not in d["skipped"], run
        assert "not checked" not in format_run(d) or d["skipped"], run
        if d["status"] == "healthy":
            assert d["causes"] == [] and all(c["score"] < 0.5 for c in d["risks"]), (run, d["causes"])
            assert "likely causes" not in format_run(d)


# --- rules that cannot apply -------------------------------------------------------


def _with_facts(s, **optimizer):
    data = s.data()
    data.model = {"optimizer": dict({"class": "Adam", "learning_rate": 1e-3, "config": {}}, **optimizer),
                  "dtype_policy": "mixed_float16" if optimizer.get("loss_scaling") else "float32",
                  "layers": [{"name": n, "class": "Dense", "units": 32, "activation": "relu", "params": 10} for n in s.layers]}
    return data


def test_mixed_precision_rule_is_not_applicable_without_loss_scaling_and_skipped_without_facts():
    plain = diagnose(_with_facts(Synth()))
    assert "mixed_precision_overflow" in plain["not_applicable"] and "mixed_precision_overflow" not in plain["skipped"]
    assert "not applicable to this model: mixed_precision_overflow" in format_run(plain)
    s = Synth(extra_rows=("loss_scale",))
    s.trace[:, s.row("loss_scale")] = 2.0**15  # a steady loss scale: nothing overflowed
    scaled = diagnose(_with_facts(s, loss_scaling=True))
    assert "mixed_precision_overflow" in scaled["ruled_out"], scaled["ruled_out"]
    no_facts = diagnose(Synth().data())  # old logs: cannot tell, and the series is missing
    assert "mixed_precision_overflow" in no_facts["skipped"] and no_facts["not_applicable"] == []


# --- a stopped run ------------------------------------------------------------------


def test_a_stopped_run_says_stopped_never_skipped_or_survived():
    s = Synth(steps=60)
    s.go_nonfinite(40, "dense/kernel/grad", phase="backward")
    s.trace[40:, s.row("loss")] = 0.5  # the loss stayed finite: the NaN was in the gradients
    s.trace = s.trace[:41]
    s.steps = 41
    data = s.data()
    data.events = [{"kind": "stop", "step": 40, "reason": "stop", "applied": False}]
    d = diagnose(data)
    assert d["stopped"] == {"step": 40, "reason": "stop", "applied": False}
    text = format_run(d)
    assert "stopped at step 40" in text and "its update was not applied" in text
    assert "skipped" not in text.replace("not checked", "") and "survived" not in text, text
    assert not any("survived" in n for n in d["notes"])
    # the overview counts the stop, not a skipped update
    from tb_nanwatch.plugin import store, views

    row = views.runs_impl([("r", store.Entry((), data, d), "ready")])["runs"][0]
    assert row["events"] == {"stop": 1} and row["stopped"]["step"] == 40


def test_json_report_keys_are_strict_json_on_a_stopped_run():
    from tb_nanwatch.analysis import report_only
    from tb_nanwatch.plugin import jsonify

    data = Synth(steps=30).data()
    data.events = [{"kind": "stop", "step": 29, "reason": "max_skips", "applied": False}]
    d = report_only(diagnose(data))
    assert json.loads(jsonify.dumps(d))["stopped"]["reason"] == "max_skips"
    assert "too many updates skipped in a row" in format_run(diagnose(data))


def test_fmt_writes_numbers_as_people_do():
    from tb_nanwatch.analysis.series import fmt, plural

    assert [fmt(x) for x in (1000.0, 999.7, 12345.0, 1.6e14, 2.5e-5, 0.0123, -3e5)] == [
        "1000", "1000", "12300", "1.6e14", "2.5e-5", "0.0123", "-3e5"]
    assert plural(1, "rollback") == "1 rollback" and plural(2, "batch", "batches") == "2 batches"


def test_optimizer_code_keeps_the_users_settings():
    from tb_nanwatch.analysis import fixes

    f = Facts({"optimizer": {"class": "SGD", "learning_rate": 0.01, "config": {"momentum": 0.9, "nesterov": True, "clipnorm": None}}})
    assert fixes.optimizer_expr(f, None, clipnorm=1.0) == "keras.optimizers.SGD(learning_rate=0.01, momentum=0.9, nesterov=True, clipnorm=1.0)"
    custom = Facts({"optimizer": {"class": "MyOptimizer", "learning_rate": 0.1}})
    assert fixes.optimizer_expr(custom, 0.01) == "MyOptimizer(learning_rate=0.01)"
    assert np.isclose(float(fixes.literal(1e-5)), 1e-5)
