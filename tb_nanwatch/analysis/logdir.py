"""Diagnoses every run of a logdir, naming the event files it could not read."""

import os

from tb_nanwatch import reader
from tb_nanwatch.analysis.diagnose import diagnose
from tb_nanwatch.analysis.records import check_event_file, event_files


class LogdirError(Exception):
    """The logdir cannot be reported on: missing, no run to diagnose (watched or with a loss), or no such run.

    Attributes:
      unreadable: ``[(path, why)]`` of event files that failed the record check.
    """

    def __init__(self, message, unreadable=(), no_watch_data=False):
        super().__init__(message)
        self.unreadable = list(unreadable)
        self.no_watch_data = no_watch_data  # event files exist, none written by the watch


def _run_of(logdir, path):
    rel = os.path.relpath(os.path.dirname(path), logdir)
    return "." if rel == os.curdir else rel.replace(os.sep, "/")


def diagnose_logdir(logdir, run=None):
    """Reads and diagnoses the runs of ``logdir``.

    Every folder holding event files is a run, named by its path relative to
    ``logdir``; runs written without the watch that log a loss are diagnosed
    too (`tb_nanwatch.foreign`: Keras's ``train/`` and ``validation/`` folders
    are one run), their diagnoses carrying a ``foreign`` block. Event files are checked record by record first, so a corrupt
    or truncated file is named even though TensorBoard's reader skips it.

    Args:
      logdir: the log directory.
      run: only this run (its name as listed), or None for all.

    Returns:
      ``{"runs": [diagnosis, ...], "unreadable": [(path, why)], "errors": [str]}``;
      each diagnosis is a `diagnose` dict; ``errors`` names runs whose data
      could not be analysed.

    Raises:
      LogdirError: for a missing logdir, one with neither tb_nanwatch data nor
        another writer's loss, or an unknown ``run``.

    Example:
      >>> result = diagnose_logdir("logs")
      >>> [(d["run"], d["status"]) for d in result["runs"]]
      [('mlp', 'nonfinite')]
    """
    if not os.path.isdir(logdir):
        raise LogdirError("no such log directory: %s" % logdir)
    files = event_files(logdir)
    if not files:
        raise LogdirError("no event files under %s (is this the --log_dir given to NanWatch?)" % logdir)
    unreadable = [(p, why) for p, why in ((p, check_event_file(p)) for p in files) if why]
    provider, ctx = reader.open_logdir(logdir)
    names = reader.list_runs(provider, ctx)
    # Runs written without the watch (Keras's TensorBoard callback, tf.summary, tensorboardX, HF Trainer).
    from tb_nanwatch import foreign

    groups = foreign.list_groups(provider, ctx, exclude=names)
    if not names and not groups:
        raise LogdirError("no tb_nanwatch data and no run with a loss under %s (%d event file%s from other writers)" % (
            logdir, len(files), "s" if len(files) > 1 else ""), unreadable, no_watch_data=True)
    member_of = {m: g.name for g in groups.values() for m in g.members.values()}
    group_of = lambda path: member_of.get(_run_of(logdir, path), _run_of(logdir, path))  # noqa: E731
    everything = sorted(set(names) | set(groups))
    if run is not None:
        if run not in everything:
            raise LogdirError("no run %r under %s; runs: %s" % (run, logdir, ", ".join(everything)), unreadable)
        unreadable = [(p, why) for p, why in unreadable if group_of(p) == run]
        everything = [run]
    bad_runs = {group_of(p): p for p, _ in unreadable}
    runs, errors = [], []
    for name in everything:
        try:
            if name in groups:
                result = foreign.diagnose_foreign(foreign.read_group(provider, ctx, groups[name]))
            else:
                data = reader.read_run(provider, ctx, name)
                if data is None:
                    continue
                result = diagnose(data)
        except Exception as e:  # one broken run must not hide the others
            errors.append("run %s could not be analysed: %s: %s" % (name, type(e).__name__, e))
            continue
        if name in bad_runs:
            result["notes"].append("event file %s is damaged: this report rests on the records before the damage" % os.path.basename(bad_runs[name]))
        runs.append(result)
    return {"runs": runs, "unreadable": unreadable, "errors": errors}
