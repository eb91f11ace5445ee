"""Command line: ``tb-nanwatch report LOGDIR [--run NAME] [--json]``.

Exit status: 0 when the runs were read (whatever their health), 1 when the
logdir is missing, holds no tb_nanwatch data or has no such run, 3 when some
event files are corrupt or truncated (the readable runs are still reported).
"""

import argparse
import json
import logging
import os
import sys
import types

EXIT_OK, EXIT_NO_DATA, EXIT_UNREADABLE = 0, 1, 3


def _parser():
    p = argparse.ArgumentParser(prog="tb-nanwatch", description="Find where, when and why training went NaN.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser(
        "report",
        help="diagnose the runs of a logdir",
        description="Diagnose every run of LOGDIR written by tb_nanwatch: status, onset, origin and ranked causes.",
        epilog="exit status: 0 runs read, 1 missing logdir / no tb_nanwatch data / no such run, 3 damaged event files",
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
    out = ["run %s: %s after %d steps" % (d["run"], d["status"].upper(), d["steps"])]
    onset = d.get("onset")
    if onset:
        out.append("  onset:  step %d, phase %s, tensor %s%s" % (
            onset["step"], onset["phase"], onset["tensor"], ", layer %s" % onset["layer"] if onset.get("layer") else ""))
        out += _forensics(d, logdir)
    model = d.get("model") or {}
    out += ["  %s" % line for line in model.get("lines") or []]
    base = d.get("baseline")
    if base:
        out.append("  baseline: loss %s = %s (%s)" % (base.get("loss_name"), "%.4g" % base["loss"], base.get("what")))
    origin = d.get("origin")
    if origin and origin.get("how"):
        out.append("  origin: %s (%s)" % (origin.get("layer") or origin.get("tensor"), origin["how"]))
    if d["causes"]:
        out.append("  likely causes:" if d["status"] != "healthy" else "  risks (the run is healthy):")
    for k, c in enumerate(d["causes"][:5], 1):
        out.append("   %d. %s  [%.2f]  %s" % (k, c["id"], c["score"], c["summary"]))
        out += ["        - %s" % e for e in c["evidence"]]
        out.append("        fix: %s" % c["fix"])
    if len(d["causes"]) > 5:
        out.append("   (+%d less likely: %s)" % (len(d["causes"]) - 5, ", ".join(c["id"] for c in d["causes"][5:])))
    if d["ruled_out"]:
        out.append("  ruled out: %s" % ", ".join(d["ruled_out"]))
    if d.get("skipped"):
        out.append("  not checked (series not logged): %s" % ", ".join(d["skipped"]))
    out += ["  note: %s" % n for n in d.get("notes", [])]
    out += _events(d.get("events") or [])
    out += ["  summarised: steps %d-%d, one summary per %d steps (min, max, last value)" % tuple(r)
            for r in d.get("summarised") or []]
    out += ["  problem: %s" % n for n in d.get("problems", [])]
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
        out.append("  batch:  step %s saved to %s  (arrays = numpy.load(path); %s)" % (
            batch.get("step", "?"), os.path.normpath(path), ", ".join(sorted(batch.get("arrays") or {}))))
        for name, a in sorted((batch.get("arrays") or {}).items()):
            if a.get("nonfinite_row_count"):
                rows = ", ".join(str(r) for r in a.get("nonfinite_rows") or [])
                more = a["nonfinite_row_count"] - len(a.get("nonfinite_rows") or [])
                out.append("          rows of %s holding NaN/Inf: %s%s" % (name, rows, " (+%d more)" % more if more > 0 else ""))
        if batch.get("rows") is not None:
            out.append("          %d of its %s rows saved (size cap); their batch indices are in arrays['_rows']"
                       % (batch["rows"], batch.get("batch_rows", "?")))
    return out


def _events(events):
    """Skipped updates, loss spikes and rollbacks (`metadata.EVENT_KINDS`), as report lines."""
    from tb_nanwatch import metadata  # after `_use_tensorboard_stub`, as every TensorBoard import here

    out = []
    skips = [e for e in events if e.get("kind") == "skip"]
    if skips:
        steps = [str(e["step"]) for e in skips[:10]] + (["..."] if len(skips) > 10 else [])
        out.append("  skipped: %d update(s) with non-finite gradients or loss not applied, at step %s"
                   % (metadata.event_counts(skips)["skip"], ", ".join(steps)))
    spikes = [e for e in events if e.get("kind") == "spike"]
    if spikes:
        out.append("  loss spikes: %d" % len(spikes))
    for e in spikes[:10]:
        out.append("    step %d: loss %s, %sx its median %s%s" % (
            e["step"], _num(e.get("loss")), _num(e.get("factor")), _num(e.get("median")), _preceded(e)))
    rollbacks = [e for e in events if e.get("kind") == "rollback"]
    if rollbacks:
        out.append("  rollbacks: %d" % len(rollbacks))
    for e in rollbacks[:10]:
        lr = ", learning rate %s for %s steps" % (_num(e["lr"]), e.get("lr_steps")) if e.get("lr") is not None else ""
        out.append("    step %d: %s at step %s, back to the snapshot of step %s (%s batches dropped)%s%s" % (
            e["step"], "a loss spike" if e.get("cause") == "spike" else "non-finite gradients or loss", e.get("at"),
            e.get("restored"), e.get("skipped_batches"), lr, _preceded(e)))
    return out


def _preceded(e):
    lines = e.get("preceded_by") or []
    return "; before it: " + "; ".join(lines) if lines else ""


def _num(x):
    return "?" if not isinstance(x, (int, float)) else "%.4g" % x


def report(logdir, run=None, as_json=False, out=sys.stdout, err=sys.stderr):
    """Runs the report; returns the exit status."""
    from tb_nanwatch.analysis import LogdirError, diagnose_logdir, report_only

    try:
        result = diagnose_logdir(logdir, run)
    except LogdirError as e:
        for path, why in e.unreadable:
            print("tb-nanwatch: %s: %s" % (path, why), file=err)
        print("tb-nanwatch: %s" % e, file=err)
        return EXIT_NO_DATA
    except OSError as e:
        print("tb-nanwatch: cannot read %s: %s" % (logdir, e), file=err)
        return EXIT_NO_DATA
    if as_json:
        json.dump({"runs": [report_only(d) for d in result["runs"]]}, out, indent=2)
        out.write("\n")
    else:
        out.write("\n\n".join(format_run(d, logdir) for d in result["runs"]) + "\n")
    for path, why in result["unreadable"]:
        print("tb-nanwatch: %s: %s" % (path, why), file=err)
    for e in result["errors"]:
        print("tb-nanwatch: %s" % e, file=err)
    if result["unreadable"] or result["errors"]:
        return EXIT_UNREADABLE
    return EXIT_OK


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
