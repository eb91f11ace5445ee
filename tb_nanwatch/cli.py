"""Command line: ``tb-nanwatch report LOGDIR [--run NAME] [--json]``.

Exit status: 0 when the runs were read (whatever their health), 1 when the
logdir is missing, holds neither tb_nanwatch data nor another writer's run with a
loss (`tb_nanwatch.foreign`) or has no such run, 3 when some
event files are corrupt or truncated (the readable runs are still reported).

Runs come in the order of the tab's overview (`tb_nanwatch.analysis.order`):
failing runs first.
"""

import argparse
import json
import logging
import os
import sys
import types

EXIT_OK, EXIT_NO_DATA, EXIT_UNREADABLE = 0, 1, 3
# How to add the watch, said when a logdir holds no tb_nanwatch data (the tab says the same).
HOW_TO_WATCH = ('add the watch to your training: `from tb_nanwatch import NanWatch` and '
                '`model.fit(..., callbacks=[NanWatch("logs/run")])`, then run `tb-nanwatch report logs`')


def _parser():
    p = argparse.ArgumentParser(prog="tb-nanwatch", description="Find where, when and why training went NaN.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser(
        "report",
        help="diagnose the runs of a logdir",
        description="Diagnose every run of LOGDIR: status, onset, origin and ranked causes. Runs written by tb_nanwatch are "
                    "diagnosed step by step; runs written by Keras's TensorBoard callback, tf.summary, tensorboardX or the "
                    "Hugging Face Trainer at the resolution they were logged.",
        epilog="exit status: 0 runs read, 1 missing logdir / no run to diagnose / no such run, 3 damaged event files",
    )
    r.add_argument("logdir", metavar="LOGDIR")
    r.add_argument("--run", metavar="NAME", help="only this run (its path relative to LOGDIR)")
    r.add_argument("--json", action="store_true", help='print {"runs": [...]} as JSON')
    return p


def format_run(d, logdir=None):
    """Renders one diagnosis (a `diagnose` dict) as readable text.

    Args:
      d: the diagnosis.
      logdir: the logdir the run was read from (names the saved batch's path).
    """
    from tb_nanwatch.analysis.diagnose import stopped_text
    from tb_nanwatch.analysis.series import fmt, plural

    fr = d.get("foreign")
    unit = "epoch" if fr and fr.get("unit") == "epoch" else "step"
    out = ["run %s: %s after %s" % (d["run"], d["status"].upper(), plural(d["steps"], unit))]
    if fr:
        out.append("  %s (written by %s; loss tag %s)" % (fr.get("label"), fr.get("writer_text"), fr.get("loss_tag")))
    if d.get("stopped"):
        out.append("  %s" % stopped_text(d["stopped"]))
    onset = d.get("onset")
    if onset:
        what = "run-away began" if onset.get("kind") == "runaway" else "first NaN/Inf"
        where = ["%s %s" % (k, onset[k]) for k in ("phase", "tensor", "layer") if onset.get(k)]
        out.append("  onset:  %s at %s %d%s" % (what, unit, onset["step"], "".join(", " + w for w in where)))
        out += _forensics(d, logdir)
    model = d.get("model") or {}
    out += ["  %s" % line for line in model.get("lines") or []]
    base = d.get("baseline")
    if base:
        out.append("  baseline: loss %s = %s (%s)" % (base.get("loss_name"), fmt(base["loss"]), base.get("what")))
    origin = d.get("origin")
    if origin and origin.get("how") and (origin.get("layer") or origin.get("tensor")):
        out.append("  origin: %s (%s)" % (origin.get("layer") or origin.get("tensor"), origin["how"]))
    for title, found in (("likely causes:", d["causes"]), ("risks (the run is healthy, these are not causes):", d.get("risks") or [])):
        if found:
            out.append("  " + title)
        for k, c in enumerate(found[:5], 1):
            out.append("   %d. %s  [%.2f]  %s" % (k, c["id"], c["score"], c["summary"]))
            out += ["        - %s" % e for e in c["evidence"]]
            out.append("        fix: %s" % c["fix"])
        if len(found) > 5:
            out.append("   (+%d less likely: %s)" % (len(found) - 5, ", ".join(c["id"] for c in found[5:])))
    if d["ruled_out"]:
        out.append("  ruled out: %s" % ", ".join(d["ruled_out"]))
    if d.get("not_applicable"):
        out.append("  not applicable to this model: %s" % ", ".join(d["not_applicable"]))
    if d.get("skipped"):
        out.append("  not checked (series not logged): %s" % ", ".join(d["skipped"]))
    stop_note = "the watch %s: the run did not go on" % stopped_text(d["stopped"]) if d.get("stopped") else None
    out += ["  note: %s" % n for n in d.get("notes", []) if n != stop_note]  # the stop heads the report already
    out += _events(d.get("events") or [])
    out += ["  summarised: steps %d-%d, one summary per %d steps (min, max, last value)" % tuple(r)
            for r in d.get("summarised") or []]
    out += ["  problem: %s" % n for n in d.get("problems", [])]
    if fr:
        out += ["  cannot tell: %s" % n for n in fr.get("cannot_tell") or []]
        out.append("  for more: %s" % fr.get("add_watch_line"))
    return "\n".join(out)


def _forensics(d, logdir):
    """The onset's replayed op (the diagnosis's ``op`` line) and saved batch (`metadata.ONSET_FORENSICS`), as report lines."""
    out = []
    onset = d["onset"]
    op = onset.get("op")
    if d.get("op"):
        out.append("  op:     %s" % d["op"])
    elif isinstance(op, dict) and op.get("why"):
        out.append("  op:     not named: %s" % op["why"])
    batch = onset.get("batch")
    if isinstance(batch, dict) and batch.get("file"):
        path = os.path.join(logdir, d["run"], batch["file"]) if logdir else batch["file"]
        of_step = " of step %d" % batch["step"] if isinstance(batch.get("step"), int) else ""
        out.append("  batch:  the batch%s saved to %s  (arrays = numpy.load(path); %s)" % (
            of_step, os.path.normpath(path), ", ".join(sorted(batch.get("arrays") or {}))))
        for name, a in sorted((batch.get("arrays") or {}).items()):
            if a.get("nonfinite_row_count"):
                rows = a.get("nonfinite_rows") or []
                more = a["nonfinite_row_count"] - len(rows)
                out.append("          %s %s of %s %s NaN/Inf%s" % (
                    "row" if len(rows) == 1 else "rows", ", ".join(str(r) for r in rows), name,
                    "holds" if a["nonfinite_row_count"] == 1 else "hold", " (and %d more)" % more if more > 0 else ""))
        if batch.get("rows") is not None:
            of = " of its %d" % batch["batch_rows"] if isinstance(batch.get("batch_rows"), int) else ""
            out.append("          %s%s saved (size cap); their batch indices are in arrays['_rows']" % (
                "%d rows" % batch["rows"] if batch["rows"] != 1 else "1 row", of))
    return out


def _events(events):
    """Skipped updates, loss spikes and rollbacks (`metadata.EVENT_KINDS`), as report lines."""
    from tb_nanwatch import metadata  # after `_use_tensorboard_stub`, as every TensorBoard import here

    from tb_nanwatch.analysis.series import plural

    out = []
    skips = [e for e in events if e.get("kind") == "skip"]
    if skips:
        steps = [str(e["step"]) for e in skips[:10]] + (["..."] if len(skips) > 10 else [])
        n = metadata.event_counts(skips)["skip"]
        out.append("  skipped: %s with non-finite gradients or loss not applied, at %s %s"
                   % (plural(n, "update"), "step" if len(skips) == 1 else "steps", ", ".join(steps)))
    spikes = [e for e in events if e.get("kind") == "spike"]
    if spikes:
        out.append("  loss spikes: %d" % len(spikes))
    for e in spikes[:10]:
        out.append("    step %d: loss %s%s%s" % (
            e["step"], _num(e.get("loss")), ", %sx its median %s" % (_num(e.get("factor")), _num(e.get("median")))
            if _known(e.get("factor")) and _known(e.get("median")) else "", _preceded(e)))
    rollbacks = [e for e in events if e.get("kind") == "rollback"]
    if rollbacks:
        out.append("  rollbacks: %d" % len(rollbacks))
    for e in rollbacks[:10]:
        lr = ""
        if _known(e.get("lr")):
            lr = ", learning rate %s%s" % (_num(e["lr"]), " for %s" % plural(e["lr_steps"], "step") if isinstance(e.get("lr_steps"), int) else "")
        dropped = " (%s dropped)" % plural(e["skipped_batches"], "batch", "batches") if isinstance(e.get("skipped_batches"), int) else ""
        at = " at step %d" % e["at"] if isinstance(e.get("at"), int) else ""
        back = ", back to the snapshot of step %d" % e["restored"] if isinstance(e.get("restored"), int) else ", back to a snapshot"
        out.append("    step %d: %s%s%s%s%s%s" % (
            e["step"], "a loss spike" if e.get("cause") == "spike" else "non-finite gradients or loss", at, back, dropped, lr, _preceded(e)))
    return out


def _preceded(e):
    lines = e.get("preceded_by") or []
    return "; before it: " + "; ".join(lines) if lines else ""


def _known(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x and abs(x) != float("inf")


def _num(x):
    """A figure of an event record as the evidence writes it (callers check `_known` first)."""
    from tb_nanwatch.analysis.series import fmt

    return fmt(x) if _known(x) else "unknown"


def report(logdir, run=None, as_json=False, out=sys.stdout, err=sys.stderr):
    """Runs the report; returns the exit status."""
    from tb_nanwatch.analysis import LogdirError, diagnose_logdir
    from tb_nanwatch.analysis.order import sort_runs

    try:
        result = diagnose_logdir(logdir, run)
    except LogdirError as e:
        for path, why in e.unreadable:
            print("tb-nanwatch: %s: %s" % (path, why), file=err)
        print("tb-nanwatch: %s" % e, file=err)
        if e.no_watch_data:
            print("tb-nanwatch: %s" % HOW_TO_WATCH, file=err)
        return EXIT_NO_DATA
    except OSError as e:
        print("tb-nanwatch: cannot read %s: %s" % (logdir, e), file=err)
        return EXIT_NO_DATA
    runs = sort_runs(result["runs"])
    if as_json:
        json.dump({"runs": [_report_json(d) for d in runs]}, out, indent=2, default=_json_default)
        out.write("\n")
    else:
        out.write("\n\n".join(format_run(d, logdir) for d in runs) + "\n")
    for path, why in result["unreadable"]:
        print("tb-nanwatch: %s: %s" % (path, why), file=err)
    for e in result["errors"]:
        print("tb-nanwatch: %s" % e, file=err)
    if result["unreadable"] or result["errors"]:
        return EXIT_UNREADABLE
    return EXIT_OK


# What a run written without the watch adds to its JSON (`tb_nanwatch.foreign.diagnosis`).
FOREIGN_KEYS = ("label", "writer", "writer_text", "resolution", "unit", "members", "loss_tag", "epochs", "steps_per_epoch",
                "recovered", "notes", "validation", "weights", "cannot_tell", "add_watch", "add_watch_line")


def _report_json(d):
    """The per-run JSON: the report keys, and ``foreign`` for a run written without the watch."""
    from tb_nanwatch.analysis import report_only

    out = report_only(d)
    if d.get("foreign"):
        out["foreign"] = {k: d["foreign"].get(k) for k in FOREIGN_KEYS}
    return out


def _json_default(x):
    """numpy scalars and arrays in a diagnosis, as JSON."""
    return x.tolist() if hasattr(x, "tolist") else str(x)


def _use_tensorboard_stub():
    """Makes TensorBoard read event files without importing TensorFlow.

    TensorBoard's record reader imports TensorFlow when it is installed: 3 s
    of start-up and C++ log lines on stderr for a local logdir that its
    numpy stub reads as well. `tensorboard.compat.tf` picks the stub when a
    module ``tensorboard.compat.notf`` exists.
    """
    if "tensorflow" not in sys.modules:
        sys.modules.setdefault("tensorboard.compat.notf", types.ModuleType("tensorboard.compat.notf"))


def main(argv=None):
    """Entry point of the ``tb-nanwatch`` console script.

    Example:
      >>> main(["report", "logs", "--json"])
      0
    """
    args = _parser().parse_args(argv)
    _use_tensorboard_stub()
    # TensorBoard's readers log skipped records and missing TensorFlow; we report those ourselves.
    logging.getLogger("tensorboard").setLevel(logging.CRITICAL)
    logging.getLogger("absl").setLevel(logging.CRITICAL)
    if args.command == "report":
        try:
            return report(args.logdir, args.run, args.json)
        except KeyboardInterrupt:
            return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
