"""The one order of runs, shared by the tab's overview (`/runs`) and the CLI report (pure Python).

Failing runs first, by how badly they fail, then by name; runs still being
read (the plugin's "loading") last.

Example:
  >>> [d["run"] for d in sort_runs([{"run": "a", "status": "healthy"}, {"run": "b", "status": "nonfinite"}])]
  ['b', 'a']
"""

# Statuses in the order runs are listed: failing runs first.
STATUS_ORDER = ("nonfinite", "diverging", "stalled", "impaired", "unreadable", "empty", "healthy")


def status_rank(status):
    """Sort key putting failing statuses first (unknown ones before healthy)."""
    try:
        return STATUS_ORDER.index(status)
    except ValueError:
        return len(STATUS_ORDER) - 1.5


def run_sort_key(d):
    """The sort key of one run's dict (``run`` and ``status``): loading last, then by status, then by name."""
    status = d.get("status")
    return (status == "loading", status_rank(status), str(d.get("run")))


def sort_runs(runs):
    """``runs`` (dicts with ``run`` and ``status``) in the one order of the overview and the report."""
    return sorted(runs, key=run_sort_key)
