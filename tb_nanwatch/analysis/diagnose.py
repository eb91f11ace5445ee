"""One run in, one diagnosis out: status, onset, ranked causes (numpy only)."""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis.events import explain_events, op_evidence
from tb_nanwatch.analysis.model_view import model_summary
from tb_nanwatch.analysis.onset import HEALTHY, STALLED, find_timeline, is_stalled
from tb_nanwatch.analysis.progress import loss_progress
from tb_nanwatch.analysis.rule_base import Context
from tb_nanwatch.analysis.rules import ROOT_CAUSES, RULES, SYMPTOMS
from tb_nanwatch.analysis.series import View, fmt

# On a healthy run a rule's finding is a risk, not a cause: scale it below 0.5.
HEALTHY_DISCOUNT = 0.4

# The keys of the per-run JSON of the CLI, in order; `diagnose` adds extras after them.
# ``baseline`` (the constant predictor's loss), ``model`` (the model facts) and
# ``rule_errors`` were added later; older readers ignore them.
REPORT_KEYS = ("run", "status", "steps", "onset", "causes", "ruled_out", "baseline", "model", "rule_errors")
# A root cause this strong caps the symptoms it produces just below itself.
ROOT_DOMINATES = 0.7


def diagnose(run_data, rules=None):
    """Diagnoses one run.

    Args:
      run_data: a `tb_nanwatch.reader.RunData`.
      rules: the rule table (default `rules.RULES`).

    Returns:
      A dict with the report keys ``run``, ``status`` (healthy, nonfinite,
      diverging or stalled), ``steps``, ``onset`` (None or step, phase,
      tensor, layer), ``causes`` (ranked best first: id, score, summary,
      evidence, fix), ``ruled_out`` (ids checked and not indicated),
      ``baseline`` (None or the constant predictor's ``loss``, ``what`` it
      is, ``loss_name``), ``model`` (`model_view.model_summary`) and
      ``rule_errors`` (``[{id, error}]`` of rules that raised),
      ``status_evidence`` (why a run is stalled, in the user's terms), plus
      ``origin``, ``skipped`` (ids whose series were not logged), ``notes``
      (cross-checks of the onset), ``problems`` (what could not be read) and
      ``sampled`` for the plugin, and ``events`` (skipped updates, loss
      spikes and rollbacks, the last two with ``preceded_by``: see
      `events.explain_events`), ``op`` (the replayed op as a line, or None).
      `report_only` strips the extras.

    Example:
      >>> d = diagnose(reader.read_run(provider, ctx, "run1"))
      >>> d["status"], d["causes"][0]["id"]
      ('nonfinite', 'input_nonfinite')
    """
    view = View(run_data)
    tl = find_timeline(view)
    progress = loss_progress(view, view.facts, tl.t_bad)
    notes = []
    if tl.status == HEALTHY and (progress.stalled or is_stalled(tl, view.n_steps, stuck=ev.held_back(view))):
        tl.status = STALLED
        notes += progress.evidence
    ctx = Context(view, tl, view.facts, progress)
    findings, ruled_out, skipped, errors = _run_rules(ctx, rules or RULES)
    broken = [f for _, f in findings if f.breaks]
    if tl.status == HEALTHY and broken:
        # The set-up cannot fit the task, however the loss moves: judge the run again as stalled.
        tl.status = STALLED
        notes += ["the model cannot fit the task as set up: %s" % f.summary for f in broken]
        findings, ruled_out, skipped, errors = _run_rules(ctx, rules or RULES)
    causes = [{
        "id": rule.id,
        "score": round(float(f.score * (HEALTHY_DISCOUNT if tl.status == HEALTHY else 1.0)), 3),
        "summary": f.summary,
        "evidence": [str(e) for e in f.evidence],
        "fix": f.fix or rule.fix,
    } for rule, f in findings]
    _rank(causes)
    op = op_evidence((tl.onset or {}).get("op"))  # (line, cause ids) of the replayed op, or None
    if op is not None:
        for c in causes:
            if c["id"] in op[1]:
                c["evidence"].append(op[0])
    base = None
    if progress.baseline is not None:
        base = {"loss": progress.baseline, "what": progress.baseline_what, "loss_name": view.facts.loss_name()}
    return {
        "run": run_data.run,
        "status": tl.status,
        "steps": _n_steps(view),
        "onset": None if tl.onset is None or tl.status not in ("nonfinite", "diverging") else dict(tl.onset),
        "causes": causes,
        "ruled_out": ruled_out,
        "baseline": base,
        "model": model_summary(view.facts),
        "status_evidence": list(notes),
        "rule_errors": errors,
        "origin": tl.origin,
        "skipped": skipped,
        "notes": list(tl.notes) + notes + _survived(view, getattr(run_data, "events", None) or []) + ["rule %s failed: %s" % (e["id"], e["error"]) for e in errors]
        + (["TensorBoard sampled the trace: not every step was read"] if run_data.sampled else []),
        "problems": list(run_data.problems),
        "sampled": bool(run_data.sampled),
        "summarised": [list(r) for r in _summarised(run_data)],
        "events": explain_events(view, getattr(run_data, "events", None) or []),
        "op": None if op is None else op[0],
    }


def _survived(view, events):
    """A note when the watch skipped updates or rolled back and the run's last loss is finite."""
    handled = [e for e in events if e.get("kind") in ("skip", "rollback")]
    counts = metadata.event_counts(handled)
    skipped, rollbacks = counts.get("skip", 0), counts.get("rollback", 0)
    loss = view.loss()
    if not handled or loss is None or not len(loss) or not np.isfinite(loss[-1]):
        return []
    if view.steps[-1] <= max(e["step"] for e in handled):  # stopped there ("stop", "raise", max_skips)
        return []
    done = [("%d update(s) skipped" % skipped) if skipped else None, ("%d rollback(s)" % rollbacks) if rollbacks else None]
    return ["the run survived its non-finite steps or spikes (%s): its loss at the last step is %s"
            % (", ".join(d for d in done if d), fmt(loss[-1]))]


def _summarised(run_data):
    """Step ranges ``(first, last, block steps)`` logged as block summaries only (schema 2)."""
    summarised = getattr(run_data, "summarised", None)
    return summarised() if callable(summarised) else []


def _run_rules(ctx, rules):
    """Runs each rule alone: ``([(rule, finding)], ruled_out ids, skipped ids, [{id, error}])``."""
    findings, ruled_out, skipped, errors = [], [], [], []
    for rule in rules:
        try:
            if not all(ctx.view.has(need) for need in rule.needs):
                skipped.append(rule.id)
                continue
            finding = rule.check(ctx)
        except Exception as e:  # one rule's failure never costs the others their answer
            errors.append({"id": rule.id, "error": "%s: %s" % (type(e).__name__, e)})
            continue
        if finding is None:
            ruled_out.append(rule.id)
        else:
            findings.append((rule, finding))
    return findings, ruled_out, skipped, errors


def _rank(causes):
    """Sorts causes best first; a strong root cause caps the symptoms it explains just below it."""
    roots = [c["score"] for c in causes if c["id"] in ROOT_CAUSES]
    top_root = max(roots) if roots else 0.0
    if top_root >= ROOT_DOMINATES:
        for c in causes:
            if c["id"] in SYMPTOMS and c["score"] >= top_root:
                c["score"] = round(top_root - 0.05, 3)
                c["evidence"].append("(a symptom of the higher-ranked cause)")
    causes.sort(key=lambda c: -c["score"])


def report_only(diagnosis):
    """Returns ``diagnosis`` cut to exactly the per-run JSON shape of the CLI."""
    return {k: diagnosis[k] for k in REPORT_KEYS}


def _n_steps(view):
    last = [int(s[-1]) for s in (view.steps, view.stats_steps) if len(s)]
    return max(last) + 1 if last else 0
