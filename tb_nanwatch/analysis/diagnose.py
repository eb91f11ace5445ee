"""One run in, one diagnosis out: status, onset, ranked causes (numpy only)."""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis.events import explain_events, op_evidence, stop_record
from tb_nanwatch.analysis.model_view import model_summary
from tb_nanwatch.analysis.onset import DIVERGING, HEALTHY, IMPAIRED, NONFINITE, STALLED, find_timeline, is_stalled
from tb_nanwatch.analysis.progress import BASELINE_RATIO, bad_start_evidence, loss_progress, slow_evidence, unsettled_evidence
from tb_nanwatch.analysis.rule_base import Context
from tb_nanwatch.analysis.rules import ROOT_CAUSES, RULES, SYMPTOMS
from tb_nanwatch.analysis.rules_task import fallback
from tb_nanwatch.analysis.series import View, fmt, plural

# On a healthy run a rule's finding is a risk, not a cause: scale it below 0.5.
HEALTHY_DISCOUNT = 0.4

# The keys of the per-run JSON of the CLI, in order; `diagnose` adds extras after them.
# ``baseline`` (the constant predictor's loss), ``model`` (the model facts) and
# ``rule_errors`` were added later; then (issue 20) everything the text report
# shows: why the status, the origin, a healthy run's risks, the rules that do
# not apply or were not checked, the notes, the events (skips, spikes,
# rollbacks, stop), the replayed op, the summarised ranges and the problems.
# Older readers ignore what they do not know.
REPORT_KEYS = ("run", "status", "steps", "onset", "causes", "ruled_out", "baseline", "model", "rule_errors",
               "status_reason", "status_evidence", "origin", "risks", "not_applicable", "skipped", "notes", "events",
               "stopped", "op", "summarised", "problems")
# Why a run has its status (``status_reason``): a NaN/Inf appeared; the finite loss ran away; the loss made no
# real progress; the set-up cannot fit the task (its loss may fall, it still predicts nothing useful); the loss
# is still on its way, far from a fit, when training stops (`progress.slow_progress`); the loss stopped falling
# while the weights still jump; a run that learns began confidently wrong (`progress.bad_start`: "impaired"); healthy.
STATUS_REASONS = ("nonfinite", "runaway", "no_progress", "cannot_fit", "too_slow", "unsettled", "bad_start", "healthy")
# A root cause this strong caps the symptoms it produces just below itself.
ROOT_DOMINATES = 0.7


def diagnose(run_data, rules=None):
    """Diagnoses one run.

    Args:
      run_data: a `tb_nanwatch.reader.RunData`.
      rules: the rule table (default `rules.RULES`).

    Returns:
      A dict with the report keys (`REPORT_KEYS`): ``run``, ``status``
      (healthy, nonfinite, diverging, stalled or impaired), ``steps``, ``onset`` (None
      or step, phase, tensor, layer and ``kind``: "nonfinite", the first
      NaN/Inf, or "runaway", where a finite run began to explode),
      ``causes`` (ranked best first: id, score, summary, evidence, fix,
      code; empty on a healthy run), ``ruled_out`` (ids checked and not
      indicated), ``baseline`` (None or the constant predictor's ``loss``,
      ``what`` it is, ``loss_name``), ``model`` (`model_view.model_summary`),
      ``rule_errors`` (``[{id, error}]`` of rules that raised),
      ``status_reason`` (`STATUS_REASONS`), ``status_evidence`` (why the
      run is stalled, in the user's terms), ``origin``, ``risks`` (what the
      rules find on a healthy run: the causes' shape, never causes),
      ``not_applicable`` (ids of rules that cannot apply to this model),
      ``skipped`` (ids whose series were not logged), ``notes``
      (cross-checks of the onset), ``events`` (skipped updates, loss spikes,
      rollbacks and the stop, spikes and rollbacks with ``preceded_by``:
      see `events.explain_events`), ``stopped`` (`stop_record`), ``op``
      (the replayed op as a line, or None), ``summarised`` and
      ``problems`` (what could not be read); plus ``sampled`` for the
      plugin. `report_only` keeps exactly the report keys.

    Example:
      >>> d = diagnose(reader.read_run(provider, ctx, "run1"))
      >>> d["status"], d["causes"][0]["id"]
      ('nonfinite', 'input_nonfinite')
    """
    view = View(run_data)
    tl = find_timeline(view)
    progress = loss_progress(view, view.facts, tl.t_bad)
    notes = []
    slow = False
    if tl.status == HEALTHY and (progress.stalled or is_stalled(tl, view.n_steps, stuck=ev.held_back(view))):
        tl.status = STALLED
        notes += progress.evidence
    elif tl.status == HEALTHY and (progress.slow or progress.halted):
        tl.status, slow = STALLED, True
        notes += slow_evidence(progress)
    reason = ("too_slow" if slow else "no_progress") if tl.status == STALLED else None
    if tl.status == HEALTHY and progress.unsettled:
        tl.status, reason = STALLED, "unsettled"
        notes += unsettled_evidence(progress)
    ctx = Context(view, tl, view.facts, progress)
    findings, ruled_out, skipped, not_applicable, errors = _run_rules(ctx, rules or RULES)
    if reason == "too_slow" and _learnt(progress) and all(rule.id == "too_few_steps" for rule, _ in findings):
        # Below the line where a model has learnt, still learning, and no rule names a fault: "train longer" is
        # advice to a healthy run (a risk), not a failure.
        tl.status, reason, notes = HEALTHY, None, []
        findings, ruled_out, skipped, not_applicable, errors = _run_rules(ctx, rules or RULES)
    broken = [f for _, f in findings if f.breaks]
    if tl.status == HEALTHY and broken:
        # The set-up cannot fit the task, however the loss moves: judge the run again as stalled.
        tl.status, reason = STALLED, "cannot_fit"
        notes += _cannot_fit(progress, broken)
        findings, ruled_out, skipped, not_applicable, errors = _run_rules(ctx, rules or RULES)
    elif tl.status == HEALTHY and progress.bad_start:
        # It learns, but began confidently wrong: judge it again as held back by what made that start.
        tl.status, reason = IMPAIRED, "bad_start"
        notes += bad_start_evidence(progress)
        findings, ruled_out, skipped, not_applicable, errors = _run_rules(ctx, rules or RULES)
    if tl.status != HEALTHY and not findings:
        # Not healthy, and no rule names a fault: the generic candidates, ranked, with what was checked.
        table = {r.id: r for r in rules or RULES}
        findings = [(table[i], f) for i, f in fallback(ctx, ruled_out) if i in table and i in ruled_out]
        ruled_out = [i for i in ruled_out if i not in {rule.id for rule, _ in findings}]
    found = [{
        "id": rule.id,
        "score": round(float(f.score * (HEALTHY_DISCOUNT if tl.status == HEALTHY else 1.0)), 3),
        "summary": f.summary,
        "evidence": [str(e) for e in f.evidence],
        "fix": f.fix or rule.fix,
        "code": f.code or rule.code,
    } for rule, f in findings]
    _rank(found)
    # A healthy run has no causes: what the rules find there are risks, reported apart.
    causes, risks = ([], found) if tl.status == HEALTHY else (found, [])
    op = op_evidence((tl.onset or {}).get("op"))  # (line, cause ids) of the replayed op, or None
    if op is not None:
        for c in found:
            if c["id"] in op[1]:
                c["evidence"].append(op[0])
    base = None
    if progress.baseline is not None:
        base = {"loss": progress.baseline, "what": progress.baseline_what, "loss_name": view.facts.loss_name()}
    events = getattr(run_data, "events", None) or []
    stopped = stop_record(events)
    onset = None
    if tl.onset is not None and tl.status in (NONFINITE, DIVERGING):
        # "nonfinite": the first NaN/Inf; "runaway": where a finite run began to explode (no NaN anywhere)
        onset = dict(tl.onset, kind="nonfinite" if tl.status == NONFINITE else "runaway")
    return {
        "run": run_data.run,
        "status": tl.status,
        "steps": _n_steps(view),
        "onset": onset,
        "causes": causes,
        "ruled_out": ruled_out,
        "baseline": base,
        "model": model_summary(view.facts),
        "status_reason": reason or {NONFINITE: "nonfinite", DIVERGING: "runaway", HEALTHY: "healthy"}.get(tl.status),
        "status_evidence": list(notes),
        "rule_errors": errors,
        "origin": tl.origin,
        "risks": risks,
        "not_applicable": not_applicable,
        "skipped": skipped,
        "notes": list(tl.notes) + notes + _stopped_note(stopped) + _survived(view, events, stopped)
        + ["rule %s failed: %s" % (e["id"], e["error"]) for e in errors]
        + (["TensorBoard sampled the trace: not every step was read"] if run_data.sampled else []),
        "problems": list(run_data.problems),
        "sampled": bool(run_data.sampled),
        "summarised": [list(r) for r in _summarised(run_data)],
        "events": explain_events(view, events),
        "stopped": stopped,
        "op": None if op is None else op[0],
    }


def _learnt(progress):
    """True when the loss ended below `progress.BASELINE_RATIO` of the constant predictor's."""
    return bool(progress.baseline and progress.end is not None and progress.end < BASELINE_RATIO * progress.baseline)


# What ended the training, by the ``reason`` of a "stop" event (`metadata.EVENT_KINDS`).
STOP_REASONS = {
    "stop": 'on_nonfinite="stop" at the first non-finite step',
    "raise": 'on_nonfinite="raise" at the first non-finite step',
    "max_skips": "too many updates skipped in a row (a persistent fault)",
    "max_rollbacks": "too many rollbacks (a persistent fault)",
}


def stopped_text(stopped):
    """``stopped at step 12 (on_nonfinite="stop" ...; its update was not applied)`` for a stop record."""
    why = STOP_REASONS.get(stopped.get("reason"), stopped.get("reason") or "the watch's setting")
    applied = stopped.get("applied")
    done = "" if applied is None else ("; its update was applied" if applied else "; its update was not applied")
    return "stopped at step %d (%s%s)" % (stopped["step"], why, done)


def _stopped_note(stopped):
    return [] if stopped is None else ["the watch %s: the run did not go on" % stopped_text(stopped)]


def _survived(view, events, stopped=None):
    """A note when the watch skipped updates or rolled back and the run went on to a finite last loss."""
    handled = [e for e in events if e.get("kind") in ("skip", "rollback")]
    counts = metadata.event_counts(handled)
    skipped, rollbacks = counts.get("skip", 0), counts.get("rollback", 0)
    loss = view.loss()
    if stopped is not None or not handled or loss is None or not len(loss) or not np.isfinite(loss[-1]):
        return []  # a stopped run did not survive
    if view.steps[-1] <= max(e["step"] for e in handled):  # ended there (logs written before the "stop" event)
        return []
    done = [plural(skipped, "update") + " skipped" if skipped else None, plural(rollbacks, "rollback") if rollbacks else None]
    return ["the run survived its non-finite steps or spikes (%s): its loss at the last step is %s"
            % (", ".join(d for d in done if d), fmt(loss[-1]))]


def _cannot_fit(progress, broken):
    """Why a run whose set-up cannot fit the task is stalled: what its loss did, then what is wrong.

    Its loss may well fall (Keras computes some losses from the output's logits), so the evidence says
    how the loss moved against the constant predictor's, never that it made no progress when it did.
    """
    lines = []
    if progress.start is not None and progress.end is not None:
        moved = "fell" if progress.end < progress.start else "went"
        line = "the loss %s from %s to %s by step %d" % (moved, fmt(progress.start), fmt(progress.end), progress.end_step)
        if progress.baseline:
            ratio = progress.baseline / progress.end if progress.end > 0 else None
            if ratio is not None and ratio >= 2:
                line += ", %sx below the loss of %s (%s)" % (fmt(ratio), progress.baseline_what, fmt(progress.baseline))
            elif progress.end < progress.baseline:
                line += ", below the loss of %s (%s)" % (progress.baseline_what, fmt(progress.baseline))
            else:
                line += ", no better than the loss of %s (%s)" % (progress.baseline_what, fmt(progress.baseline))
        lines.append(line + ("; yet the model cannot fit the task as set up" if moved == "fell" else ""))
    lines += ["the model cannot fit the task as set up: %s" % f.summary for f in broken]
    return lines + ([progress.at_majority] if progress.at_majority else [])


def _summarised(run_data):
    """Step ranges ``(first, last, block steps)`` logged as block summaries only (schema 2)."""
    summarised = getattr(run_data, "summarised", None)
    return summarised() if callable(summarised) else []


def _run_rules(ctx, rules):
    """Runs each rule alone: ``([(rule, finding)], ruled_out ids, skipped ids, not applicable ids, [{id, error}])``.

    A rule whose ``applies`` says it cannot apply to this model (from the facts) is not applicable;
    one whose series were not logged is skipped ("not checked").
    """
    findings, ruled_out, skipped, not_applicable, errors = [], [], [], [], []
    for rule in rules:
        try:
            applies = getattr(rule, "applies", None)
            if applies is not None and ctx.facts and applies(ctx.facts) is False:
                not_applicable.append(rule.id)
                continue
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
    return findings, ruled_out, skipped, not_applicable, errors


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
