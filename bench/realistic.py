"""Realistic-corpus benchmark: trains the corpus programs, buggy and fixed, and scores the diagnosis.

The corpus (bench/realistic/README.md) holds short Keras programs written the way people post
them when their model "doesn't learn", one per file under bench/realistic/<split>/ (splits
``tune`` and ``heldout``, written here; ``realcode``, ``realcode_heldout`` (its third held out until 2026-12-07,
then released) and the new frozen third ``realcode_heldout2``, ported from public posts and repositories, each
citing its source). Each declares ``FAULTS = ("cause_id", ...)`` and
``FIX = [("old", "new"), ...]``; the fixed twin is the source with the replacements applied.

Every variant (buggy, fixed) is written to ``<logdir>/<split>/<name>/<variant>/program.py`` and
run as ``python program.py <run_dir>/logs`` in a subprocess (timeout, one TF thread each).
A trained variant is cached by a ``.done`` marker keyed by the hash of its source and of the
files under tb_nanwatch/hooks/ (and the writer-side modules it uses), so a changed program or
hook retrains and nothing else does.
Every run is re-diagnosed with ``diagnose_logdir`` on every invocation (cheap), so a rule change
is scored without retraining.

With ``--writer keras`` every program runs with Keras's own ``keras.callbacks.TensorBoard(log_dir,
histogram_freq=1)`` in place of ``NanWatch(log_dir)`` (into ``<variant>-keras/``), and the runs are
diagnosed as runs written without the watch (`tb_nanwatch.foreign`): the same scores at the
resolution those logs have. Custom training loops (``NanWatch(...).attach``) have no callback to
replace and are listed as not scored.

Scores, per split:
  detected     buggy runs whose status is not healthy (too_few_steps-only programs: too_few_steps
               is among the causes)
  top1         the first cause is one of FAULTS and the status is not healthy (too_few_steps-only
               programs: the first cause is too_few_steps)
  top3         one of FAULTS among the first three causes
  false alarm  fixed runs whose status is not healthy or with any cause scored >= 0.5
  FA learned   the same, counted only over fixed twins that learned (final loss below 0.9x the constant
               predictor's loss; a twin without a known baseline counts as learned): the issue-21 measure.
  showed       the same buggy scores over the programs whose fault showed here (`showed`): a port whose buggy
               variant learnt as well as its fixed twin is named, its symptom absent (judged on the final loss
               alone: a fault that shows in the predictions only, as a softmax over one unit, may be named too).
               A twin still at its constant-predictor level is rightly flagged.
A program that crashed or timed out is listed, not scored.

Usage:
  python bench/realistic.py [--split tune|heldout|realcode|realcode_heldout|realcode_heldout2|all] [--only SUBSTRING] [--jobs N] [--writer nanwatch|keras]
                            [--retrain | --no-train] [--timeout 120]
                            [--logdir bench/out/realistic] [--json FILE]
"""

import argparse
import ast
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "bench", "realistic")
HOOKS = os.path.join(REPO, "tb_nanwatch", "hooks")
SPLITS = ("tune", "heldout", "realcode", "realcode_heldout", "realcode_heldout2")
VARIANTS = ("buggy", "fixed")
FEW_STEPS = "too_few_steps"
STRONG = 0.5  # a cause scored at least this on a fixed twin is a false alarm
LEARNED = 0.9  # a fixed twin learned when its final loss ends below this fraction of the constant predictor's
# The fault showed here when the buggy variant's final loss (over its constant predictor's) is non-finite, not
# positive, or above both SHOWED_WORSE times its fixed twin's and SHOWED_FIT: a port whose buggy variant learns as well as
# its twin (synthetic data easier than the original's) holds no symptom to detect.
SHOWED_WORSE = 1.25
SHOWED_FIT = 0.05
TAIL = 2000  # characters of stderr/stdout kept in the marker

sys.path.insert(0, REPO)


# ------------------------------------------------------------------ corpus
def _declared(source, path):
    """Returns ``(FAULTS, FIX, fix_span)`` read from the module's top-level assignments (not executed).

    ``fix_span`` is the ``(first, last)`` line (1-based) of the FIX assignment, which the
    replacements leave alone (it holds every old string itself).
    """
    found, span = {}, None
    for node in ast.parse(source, path).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("FAULTS", "FIX"):
                    found[target.id] = ast.literal_eval(node.value)
                    if target.id == "FIX":
                        span = (node.lineno, node.end_lineno)
    missing = {"FAULTS", "FIX"} - set(found)
    if missing:
        raise ValueError("%s: no %s" % (path, " or ".join(sorted(missing))))
    faults, fix = tuple(found["FAULTS"]), [tuple(pair) for pair in found["FIX"]]
    if not faults or not all(isinstance(f, str) for f in faults):
        raise ValueError("%s: FAULTS must be a non-empty tuple of cause ids" % path)
    if not fix or not all(len(pair) == 2 for pair in fix):
        raise ValueError("%s: FIX must be a non-empty list of (old, new) pairs" % path)
    return faults, fix, span


def discover(split, only=None):
    """Returns the programs of one split: ``[{"split", "name", "path", "source", "faults", "fix"}]``."""
    folder = os.path.join(CORPUS, split)
    programs = []
    if not os.path.isdir(folder):
        return programs
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".py") or fname.startswith("_"):
            continue
        name = fname[:-3]
        if only and only not in name:
            continue
        path = os.path.join(folder, fname)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        faults, fix, span = _declared(source, path)
        programs.append(dict(split=split, name=name, path=path, source=source, faults=faults, fix=fix, fix_span=span))
    return programs


def apply_fix(source, fix, name="program", fix_span=None):
    """Returns ``source`` with every ``(old, new)`` replacement applied; each old must occur.

    The lines of ``fix_span`` (the FIX declaration) are kept as they are and not searched.
    """
    lines = source.splitlines(keepends=True)
    first, last = fix_span or (len(lines) + 1, len(lines))
    head, decl, tail = "".join(lines[:first - 1]), "".join(lines[first - 1:last]), "".join(lines[last:])
    for old, new in fix:
        if old not in head and old not in tail:
            raise ValueError("%s: FIX old string not in the source: %r" % (name, old))
        head, tail = head.replace(old, new), tail.replace(old, new)
    return head + decl + tail


def variant_source(program, variant, writer="nanwatch"):
    if variant == "buggy":
        source = program["source"]
    else:
        source = apply_fix(program["source"], program["fix"], program["name"], program.get("fix_span"))
    return keras_writer_source(source, program["name"]) if writer == "keras" else source


# The callback every program passes to fit, and what `--writer keras` puts in its place.
WATCH_CALL = "NanWatch(log_dir)"
KERAS_CALL = '__import__("keras").callbacks.TensorBoard(log_dir, histogram_freq=1)'


class NotApplicable(ValueError):
    """A program the other writer cannot log (a custom training loop: no callback to replace)."""


def keras_writer_source(source, name="program"):
    """The program with Keras's TensorBoard callback in place of the watch (`--writer keras`)."""
    if WATCH_CALL + ".attach(" in source or "@watch." in source:
        raise NotApplicable("%s: a custom training loop (NanWatch(...).attach): no Keras callback to replace" % name)
    if WATCH_CALL not in source:
        raise NotApplicable("%s: no %s to replace" % (name, WATCH_CALL))
    return source.replace(WATCH_CALL, KERAS_CALL)


# ------------------------------------------------------------------ training
# Writer-side modules outside hooks/ whose output lands in the logs.
WRITER_FILES = ("metadata.py", "data_summary.py", "writer.py")


def hook_digest():
    """Hash of every file under tb_nanwatch/hooks/ and of `WRITER_FILES` (names and contents), caches excluded."""
    h = hashlib.sha256()
    for fname in WRITER_FILES:
        path = os.path.join(REPO, "tb_nanwatch", fname)
        if os.path.exists(path):  # (an older checkout, benchmarked for comparison, may lack one)
            with open(path, "rb") as f:
                h.update(fname.encode() + f.read())
    for root, dirs, files in os.walk(HOOKS):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for fname in sorted(files):
            if fname.endswith((".pyc", ".pyo")):
                continue
            path = os.path.join(root, fname)
            h.update(os.path.relpath(path, HOOKS).encode())
            with open(path, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def cache_key(source, hooks):
    return hashlib.sha256(source.encode() + b"\0" + hooks.encode()).hexdigest()[:16]


def run_dir(logdir, program, variant, writer="nanwatch"):
    return os.path.join(logdir, program["split"], program["name"], variant + ("" if writer == "nanwatch" else "-" + writer))


def read_marker(rdir):
    path = os.path.join(rdir, ".done")
    if not os.path.exists(path):
        return None
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _env():
    env = dict(os.environ)
    env.update(TF_CPP_MIN_LOG_LEVEL="3", TF_NUM_INTRAOP_THREADS="1", TF_NUM_INTEROP_THREADS="1",
               OMP_NUM_THREADS="1", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (REPO, env.get("PYTHONPATH")) if p)
    return env


def _final_loss(stdout):
    """The number printed after "loss" on the last line mentioning it, or None."""
    number = r"[-+]?(?:nan|inf|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)"
    for line in reversed(stdout.lower().splitlines()):
        m = re.search(r"loss\W*?(" + number + ")", line)
        if m:
            return float(m.group(1))
    return None


def train(source, rdir, key, timeout):
    """Runs one variant in a subprocess; writes and returns its marker."""
    shutil.rmtree(rdir, ignore_errors=True)
    os.makedirs(rdir)
    with open(os.path.join(rdir, "program.py"), "w", encoding="utf-8") as f:
        f.write(source)
    logs = os.path.join(rdir, "logs")
    t = time.time()
    proc = subprocess.Popen([sys.executable, "program.py", logs], cwd=rdir, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    timed_out = False
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGKILL)  # the group of the child started above, nothing else
        stdout, stderr = proc.communicate()
    marker = dict(key=key, seconds=round(time.time() - t, 1), returncode=proc.returncode, timed_out=timed_out,
                  final_loss=_final_loss(stdout), stdout_tail=stdout[-TAIL:], stderr_tail=stderr[-TAIL:])
    with open(os.path.join(rdir, ".done"), "w") as f:
        json.dump(marker, f, indent=1)
    return marker


def plan(programs, logdir, writer="nanwatch"):
    """Returns ``[(program, variant, source, run dir)]``; a bad FIX (or, under ``writer``, a program
    that writer cannot log) is reported as an error row."""
    jobs, errors = [], []
    for p in programs:
        for variant in VARIANTS:
            try:
                jobs.append((p, variant, variant_source(p, variant, writer), run_dir(logdir, p, variant, writer)))
            except NotApplicable as e:
                errors.append((p, variant, str(e), "not-applicable"))
            except ValueError as e:
                errors.append((p, variant, str(e), "bad-fix"))
    return jobs, errors


def train_all(jobs, n_jobs=1, retrain=False, timeout=120, writer="nanwatch"):
    """Trains every job whose marker is missing or stale; returns ``{run dir: marker}``."""
    hooks = hook_digest() if writer == "nanwatch" else writer  # the hook's code is not in the other writer's runs
    markers, todo = {}, []
    for p, variant, source, rdir in jobs:
        key = cache_key(source, hooks)
        cached = read_marker(rdir)
        if not retrain and cached and cached.get("key") == key:
            markers[rdir] = cached
        else:
            todo.append((p, variant, source, rdir, key))
    lock = threading.Lock()
    done = [0]

    def one(job):
        p, variant, source, rdir, key = job
        marker = train(source, rdir, key, timeout)
        with lock:
            done[0] += 1
            state = "timeout" if marker["timed_out"] else ("ok" if marker["returncode"] == 0 else "exit %s" % marker["returncode"])
            print("[%d/%d] %-8s %-44s %-6s %5.1fs  %s  final loss %s" % (
                done[0], len(todo), p["split"], p["name"], variant, marker["seconds"], state,
                marker["final_loss"]), flush=True)
        return rdir, marker

    if todo:
        print("training %d variant(s), %d cached, %d job(s)" % (len(todo), len(markers), n_jobs), flush=True)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, n_jobs)) as pool:
        for rdir, marker in pool.map(one, todo):
            markers[rdir] = marker
    return markers


def cached_markers(jobs, writer="nanwatch"):
    """``--no-train``: whatever markers exist, stale or not (flagged)."""
    hooks = hook_digest() if writer == "nanwatch" else writer
    markers = {}
    for _, _, source, rdir in jobs:
        m = read_marker(rdir)
        if m is not None:
            m["stale"] = m.get("key") != cache_key(source, hooks)
            markers[rdir] = m
    return markers


# ------------------------------------------------------------------ scoring
def diagnose(rdir):
    """Returns ``(diagnosis or None, error or None)`` for the run under ``<rdir>/logs``."""
    from tb_nanwatch.analysis import diagnose_logdir

    try:
        result = diagnose_logdir(os.path.join(rdir, "logs"))
    except Exception as e:  # a missing or empty logdir is one row's problem
        return None, "%s: %s" % (type(e).__name__, e)
    if not result["runs"]:
        return None, "; ".join(result.get("errors") or ["no run diagnosed"])
    return result["runs"][0], None


def judge(faults, variant, diagnosis, final_loss=None):
    """Returns the ok flags of one diagnosed variant."""
    status = diagnosis["status"]
    # A healthy run's findings are its risks (scored below 0.5): a too-few-steps program that still learns has its
    # finding there.
    causes = (diagnosis.get("causes") or []) + (diagnosis.get("risks") or [])
    ids = [c["id"] for c in causes]
    if variant == "fixed":
        base = (diagnosis.get("baseline") or {}).get("loss")
        learned = not (base and final_loss is not None and not final_loss < LEARNED * base)
        return {"false_alarm": status != "healthy" or any(c["score"] >= STRONG for c in causes), "learned": learned}
    if set(faults) == {FEW_STEPS}:
        return {"detected": FEW_STEPS in ids, "top1": ids[:1] == [FEW_STEPS], "top3": FEW_STEPS in ids[:3]}
    return {"detected": status != "healthy", "top1": status != "healthy" and bool(ids) and ids[0] in faults,
            "top3": any(i in faults for i in ids[:3])}


def score(jobs, errors, markers):
    """Returns one row per variant: what ran, what was diagnosed, and the ok flags."""
    rows = []
    for p, variant, msg, state in errors:
        rows.append(dict(split=p["split"], program=p["name"], variant=variant, faults=list(p["faults"]),
                         state=state, error=msg))
    for p, variant, _, rdir in jobs:
        row = dict(split=p["split"], program=p["name"], variant=variant, faults=list(p["faults"]))
        marker = markers.get(rdir)
        if marker is None:
            row.update(state="untrained")
            rows.append(row)
            continue
        row.update(seconds=marker["seconds"], returncode=marker["returncode"], final_loss=marker.get("final_loss"),
                   stale=marker.get("stale", False))
        if marker["timed_out"] or marker["returncode"] != 0:
            row.update(state="timeout" if marker["timed_out"] else "crashed",
                       stderr_tail=marker["stderr_tail"][-600:])
            rows.append(row)
            continue
        diagnosis, err = diagnose(rdir)
        if diagnosis is None:
            row.update(state="undiagnosed", error=err)
            rows.append(row)
            continue
        causes = (diagnosis.get("causes") or []) + (diagnosis.get("risks") or [])
        base, loss = (diagnosis.get("baseline") or {}).get("loss"), marker.get("final_loss")
        row["rel_loss"] = loss / base if base and loss is not None and base > 0 else None
        row.update(state="scored", status=diagnosis["status"],
                   causes=[{"id": c["id"], "score": round(float(c["score"]), 2)} for c in causes[:3]])
        row.update(judge(p["faults"], variant, diagnosis, marker.get("final_loss")))
        rows.append(row)
    rows.sort(key=lambda r: (SPLITS.index(r["split"]) if r["split"] in SPLITS else 9, r["program"],
                             VARIANTS.index(r["variant"])))
    return rows


def _frac(n, d):
    return {"n": n, "of": d, "pct": round(100.0 * n / d, 1) if d else None}


def showed(buggy, fixed):
    """False when the buggy run learnt as well as its fixed twin (see `SHOWED_WORSE`), else True."""
    loss = buggy.get("final_loss")
    if loss is None or not loss == loss or abs(loss) == float("inf") or loss <= 0:
        return True  # (a loss of exactly 0 is degenerate: a softmax over one unit)
    b, f = buggy.get("rel_loss"), (fixed or {}).get("rel_loss")
    if b is None or f is None or f >= LEARNED:
        return True  # no twin that learned to compare with
    return b > max(SHOWED_WORSE * f, SHOWED_FIT)


def summarise(rows, split):
    rows = [r for r in rows if r["split"] == split]
    buggy = [r for r in rows if r["variant"] == "buggy" and r["state"] == "scored"]
    fixed = [r for r in rows if r["variant"] == "fixed" and r["state"] == "scored"]
    twin = {r["program"]: r for r in fixed}
    shown = [r for r in buggy if showed(r, twin.get(r["program"]))]
    return {
        "split": split,
        "programs": len({r["program"] for r in rows}),
        "detected": _frac(sum(r["detected"] for r in buggy), len(buggy)),
        "top1": _frac(sum(r["top1"] for r in buggy), len(buggy)),
        "top3": _frac(sum(r["top3"] for r in buggy), len(buggy)),
        "false_alarms": _frac(sum(r["false_alarm"] for r in fixed), len(fixed)),
        "false_alarms_learned": _frac(sum(r["false_alarm"] for r in fixed if r["learned"]),
                                      sum(r["learned"] for r in fixed)),
        "showed": {"programs": len(shown), "detected": _frac(sum(r["detected"] for r in shown), len(shown)),
                   "top1": _frac(sum(r["top1"] for r in shown), len(shown)),
                   "top3": _frac(sum(r["top3"] for r in shown), len(shown)),
                   "did_not_show": sorted(r["program"] for r in buggy if r not in shown)},
        "not_scored": ["%s/%s: %s" % (r["program"], r["variant"], r["state"]) for r in rows if r["state"] != "scored"],
        "stale": sum(bool(r.get("stale")) for r in rows),
        "train_seconds": round(sum(r.get("seconds") or 0 for r in rows), 1),
    }


# ------------------------------------------------------------------ output
def _flag(row, key):
    return {True: "Y", False: "-", None: " "}[row.get(key)]


def table(rows):
    out = ["%-7s %-40s %-6s %-34s %-10s %-60s %-5s %7s %11s" % (
        "split", "program", "var", "faults", "status", "top 3 causes", "D 1 3", "seconds", "final loss")]
    for r in rows:
        if r["state"] == "scored":
            causes = " ".join("%s:%.2f" % (c["id"], c["score"]) for c in r["causes"]) or "(none)"
            flags = "%s %s %s" % (_flag(r, "detected"), _flag(r, "top1"), _flag(r, "top3")) if r["variant"] == "buggy" \
                else ("%s " % ("FA" if r["false_alarm"] else "ok") + ("  " if r.get("learned", True) else "nl"))
            status = r["status"]
        else:
            causes = (r.get("error") or r.get("stderr_tail", "").strip().splitlines()[-1:] or [""])
            causes = causes if isinstance(causes, str) else (causes[0] if causes else "")
            causes, flags, status = causes[:60], "     ", r["state"].upper()
        loss = r.get("final_loss")
        out.append("%-7s %-40s %-6s %-34s %-10s %-60s %-5s %7s %11s" % (
            r["split"], r["program"][:40], r["variant"], ",".join(r["faults"])[:34], status, causes, flags,
            "%.1f" % r["seconds"] if r.get("seconds") is not None else "", "%.4g" % loss if loss is not None else ""))
    return "\n".join(out)


def summary_lines(summary):
    def f(x):
        return "%d/%d (%s%%)" % (x["n"], x["of"], "-" if x["pct"] is None else "%.0f" % x["pct"])
    line = "%-7s %d programs | buggy: detected %s, right fault first %s, in top 3 %s | fixed: false alarms %s, on twins that learned %s | train %.0fs" % (
        summary["split"], summary["programs"], f(summary["detected"]), f(summary["top1"]), f(summary["top3"]),
        f(summary["false_alarms"]), f(summary.get("false_alarms_learned") or _frac(0, 0)), summary["train_seconds"])
    extra = []
    shown = summary.get("showed")
    if shown and shown["did_not_show"]:
        extra.append("        where the fault showed here (%d; the buggy variant learnt as well as its twin in: %s): detected %s, "
                     "first %s, top 3 %s" % (shown["programs"], ", ".join(shown["did_not_show"]), f(shown["detected"]),
                                             f(shown["top1"]), f(shown["top3"])))
    untrained = [n for n in summary["not_scored"] if n.endswith(": untrained")]
    others = [n for n in summary["not_scored"] if not n.endswith(": untrained")]
    if others:
        extra.append("        not scored: " + ", ".join(others))
    if untrained:
        extra.append("        %d variant(s) not trained yet (--no-train)" % len(untrained))
    if summary["stale"]:
        extra.append("        %d run(s) scored from a stale cache (--no-train)" % summary["stale"])
    return [line] + extra


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS + ("all",), default="all")
    ap.add_argument("--only", help="only programs whose name contains this")
    ap.add_argument("--jobs", type=int, default=1, help="trainings run in parallel")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per training")
    ap.add_argument("--logdir", default=os.path.join("bench", "out", "realistic"))
    ap.add_argument("--json", help="write rows and summaries here")
    ap.add_argument("--writer", choices=("nanwatch", "keras"), default="nanwatch",
                    help="log with NanWatch (default) or with Keras's TensorBoard(histogram_freq=1) callback in its place")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--retrain", action="store_true", help="ignore the cache")
    mode.add_argument("--no-train", action="store_true", help="score what is cached")
    args = ap.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # the analysis may import TensorFlow

    splits = SPLITS if args.split == "all" else (args.split,)
    programs = [p for s in splits for p in discover(s, args.only)]
    if not programs:
        print("no programs found under %s for split %s" % (CORPUS, args.split), file=sys.stderr)
        return 1
    jobs, errors = plan(programs, os.path.abspath(args.logdir), args.writer)
    t = time.time()
    markers = cached_markers(jobs, args.writer) if args.no_train else train_all(jobs, args.jobs, args.retrain, args.timeout, args.writer)
    wall = time.time() - t
    t = time.time()
    rows = score(jobs, errors, markers)
    diag_seconds = time.time() - t
    print()
    print(table(rows))
    print()
    summaries = [summarise(rows, s) for s in splits if any(r["split"] == s for r in rows)]
    if args.writer != "nanwatch":
        print("writer: Keras's TensorBoard(histogram_freq=1) callback in place of NanWatch (runs diagnosed as written without the watch)")
    for s in summaries:
        for line in summary_lines(s):
            print(line)
    print("training wall time %.0fs; diagnosing %d runs took %.1fs" % (wall, len(rows), diag_seconds))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"summaries": summaries, "rows": rows, "train_wall_seconds": round(wall, 1)}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
