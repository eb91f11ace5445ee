"""One run in, one diagnosis out: status, onset, ranked causes (numpy only)."""

from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis.onset import HEALTHY, STALLED, find_timeline, is_stalled
from tb_nanwatch.analysis.rules import RULES, Context
from tb_nanwatch.analysis.series import View

# On a healthy run a rule's finding is a risk, not a cause: scale it below 0.5.
HEALTHY_DISCOUNT = 0.4

# The keys of the per-run JSON of the issue, in order; `diagnose` adds extras after them.
REPORT_KEYS = ("run", "status", "steps", "onset", "causes", "ruled_out")


def diagnose(run_data, rules=None):
    """Diagnoses one run.

    Args:
      run_data: a `tb_nanwatch.reader.RunData`.
      rules: the rule table (default `rules.RULES`).

    Returns:
      A dict with the report keys ``run``, ``status`` (healthy, nonfinite,
      diverging or stalled), ``steps``, ``onset`` (None or step, phase,
      tensor, layer), ``causes`` (ranked best first: id, score, summary,
      evidence, fix) and ``ruled_out`` (ids checked and not indicated), plus
      ``origin``, ``skipped`` (ids whose series were not logged), ``notes``
      (cross-checks of the onset), ``problems`` (what could not be read) and
      ``sampled`` for the plugin. `report_only` strips the extras.

    Example:
      >>> d = diagnose(reader.read_run(provider, ctx, "run1"))
      >>> d["status"], d["causes"][0]["id"]
      ('nonfinite', 'input_nonfinite')
    """
    view = View(run_data)
    tl = find_timeline(view)
    if tl.status == HEALTHY and is_stalled(tl, view.n_steps, stuck=ev.held_back(view)):
        tl.status = STALLED
    ctx = Context(view, tl)
    causes, ruled_out, skipped = [], [], []
    for rule in rules or RULES:
        if not all(view.has(need) for need in rule.needs):
            skipped.append(rule.id)
            continue
        finding = rule.check(ctx)
        if finding is None:
            ruled_out.append(rule.id)
            continue
        score = finding.score * (HEALTHY_DISCOUNT if tl.status == HEALTHY else 1.0)
        causes.append({
            "id": rule.id,
            "score": round(float(score), 3),
            "summary": finding.summary,
            "evidence": [str(e) for e in finding.evidence],
            "fix": finding.fix or rule.fix,
        })
    causes.sort(key=lambda c: -c["score"])
    return {
        "run": run_data.run,
        "status": tl.status,
        "steps": _n_steps(view),
        "onset": None if tl.onset is None or tl.status not in ("nonfinite", "diverging") else dict(tl.onset),
        "causes": causes,
        "ruled_out": ruled_out,
        "origin": tl.origin,
        "skipped": skipped,
        "notes": list(tl.notes) + (["TensorBoard sampled the trace: not every step was read"] if run_data.sampled else []),
        "problems": list(run_data.problems),
        "sampled": bool(run_data.sampled),
    }


def report_only(diagnosis):
    """Returns ``diagnosis`` cut to exactly the per-run JSON shape of the CLI."""
    return {k: diagnosis[k] for k in REPORT_KEYS}


def _n_steps(view):
    last = [int(s[-1]) for s in (view.steps, view.stats_steps) if len(s)]
    return max(last) + 1 if last else 0
