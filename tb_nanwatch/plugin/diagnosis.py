"""The run diagnosis the plugin serves: `tb_nanwatch.analysis.diagnose`.

The analysis package is imported lazily and guarded: if it is missing or
raises on a run, a minimal diagnosis built from the logged onset and the
trace takes its place and the failure is named in ``problems``, so one bad
run never breaks the tab.
"""

import numpy as np

# The order of runs (failing first), shared with the CLI report.
from tb_nanwatch.analysis.order import STATUS_ORDER, status_rank  # noqa: F401


def _analysis_diagnose(run_data=None):
    try:
        from tb_nanwatch.analysis import diagnose
    except ImportError:
        return None
    if getattr(run_data, "extra", None) is not None and hasattr(run_data, "baseline_bound"):
        from tb_nanwatch.foreign import diagnose_foreign  # a run written without the watch

        return diagnose_foreign
    return diagnose


def diagnose(run_data):
    """Returns the diagnosis dict of one run.

    Args:
      run_data: a `tb_nanwatch.reader.RunData`.

    Returns:
      ``{"run", "status", "steps", "onset", "causes", "ruled_out", "sampled",
      "problems", ...}`` as returned by `tb_nanwatch.analysis.diagnose`, with
      ``sampled`` and ``problems`` merged from the run data.

    Example:
      >>> diagnose(run_data)["status"]
      'nonfinite'
    """
    problems = list(run_data.problems)
    result = None
    fn = _analysis_diagnose(run_data)
    if fn is not None:
        try:
            result = dict(fn(run_data))
        except Exception as e:  # the analysis must not take the tab down
            problems.append("analysis failed: %s: %s" % (type(e).__name__, e))
    if result is None:
        result = fallback(run_data)
    result["run"] = run_data.run
    result["sampled"] = bool(result.get("sampled", False) or run_data.sampled)
    result["problems"] = _merge(problems, result.get("problems") or [])
    for key in ("causes", "risks", "ruled_out", "not_applicable", "skipped", "events"):
        result.setdefault(key, [])
    result.setdefault("stopped", None)
    if not len(run_data.trace_steps) and not len(run_data.stats_steps) and result.get("status") == "healthy":
        result["status"] = "empty"
    return result


def unreadable(run, problems):
    """Returns the diagnosis of a run whose data could not be read at all."""
    return {
        "run": run,
        "status": "unreadable",
        "steps": 0,
        "onset": None,
        "causes": [],
        "risks": [],
        "ruled_out": [],
        "not_applicable": [],
        "skipped": [],
        "sampled": False,
        "summarised": [],
        "events": [],
        "stopped": None,
        "problems": list(problems),
    }


def fallback(run_data):
    """Returns a minimal diagnosis: status and onset from the logged data only."""
    steps = run_data.trace_steps
    n_steps = int(steps[-1]) + 1 if len(steps) else 0
    onset = run_data.onset
    if onset is None and len(steps):
        bad = ~np.isfinite(run_data.trace).all(axis=1)
        if bad.any():
            i = int(np.argmax(bad))
            j = int(np.argmax(~np.isfinite(run_data.trace[i])))
            row = run_data.rows[j] if j < len(run_data.rows) else {}
            onset = {"step": int(steps[i]), "phase": row.get("phase"), "tensor": row.get("name"), "layer": row.get("layer")}
    if not len(steps) and not len(run_data.stats_steps):
        status = "empty"
    else:
        status = "nonfinite" if onset is not None else "healthy"
    return {
        "run": run_data.run,
        "status": status,
        "steps": n_steps,
        "onset": onset,
        "causes": [],
        "ruled_out": [],
        "sampled": run_data.sampled,
        "summarised": [list(r) for r in run_data.summarised()],
        "events": [dict(e) for e in run_data.events],
        "problems": ["cause analysis unavailable (tb_nanwatch.analysis not installed)"] if _analysis_diagnose() is None else [],
    }


def _merge(a, b):
    out = []
    for p in list(a) + list(b):
        if p not in out:
            out.append(str(p))
    return out
