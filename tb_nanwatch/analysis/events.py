"""What a run's events (skipped updates, loss spikes, rollbacks) and its replayed op say.

`explain_events` adds to each loss spike and rollback what preceded it,
from the per-step trace: a jump of the learning rate, a growing gradient
norm, an unusual batch. `op_evidence` turns the op the hook's replay named
(the onset record's ``op``) into an evidence line and the causes it bears on.
"""

import numpy as np

from tb_nanwatch.analysis.evidence import JUMP_HISTORY, JUMP_LOOKBACK, jump
from tb_nanwatch.analysis.series import fmt

JUMP = 3.0  # a series this many times its usual level stands out before a spike

# Op types of the replay, by what makes them produce NaN/Inf, and the causes that names.
# (types, what happens, causes in the loss, causes in a layer)
OP_KINDS = (
    (("Log", "Log1p", "Xlogy", "Xlog1py", "LogSoftmax"), "the logarithm of 0 or of a negative number",
     ("unsafe_loss_math",), ("unsafe_layer_math",)),
    (("Sqrt", "SqrtGrad", "Rsqrt", "RsqrtGrad", "Pow"), "a square root or power at 0 (an infinite slope) or "
     "of a negative number", ("unsafe_loss_math",), ("unsafe_layer_math",)),
    (("RealDiv", "Div", "Reciprocal", "Inv", "Xdivy", "FloorDiv", "ReciprocalGrad"), "a division by 0",
     ("unsafe_loss_math",), ("unsafe_layer_math",)),
    (("Exp", "Expm1", "Softplus", "Cosh", "Sinh"), "an exponential overflowing float32 (input above ~88)",
     ("unsafe_loss_math",), ("unsafe_layer_math", "saturated_activations")),
    (("ReadVariableOp",), "a weight that already held NaN/Inf", (), ("learning_rate_too_high", "optimizer_settings")),
)
# Any other op that overflows on finite inputs: values grown too large.
OVERFLOW = ("values grown beyond float32 (an overflow of large finite inputs)",
            ("learning_rate_too_high", "exploding_gradients", "input_scale"))


def op_evidence(op):
    """``(evidence line, cause ids)`` for a replayed op record, or None when the replay named none.

    Example:
      >>> op_evidence({"found": True, "type": "Log", "layer": None, "phase": "forward", ...})
      ("replay of step 3: op Log ... made Inf from inputs in [0, 1]: the logarithm of 0 ...", ("unsafe_loss_math",))
    """
    if not isinstance(op, dict) or not op.get("found") or not op.get("type"):
        return None
    op_type = str(op["type"])
    what, causes = OVERFLOW
    for types, meaning, in_loss, in_layer in OP_KINDS:
        if op_type in types:
            what, causes = meaning, (in_layer if op.get("layer") else in_loss)
            break
    if op.get("phase") == "update":
        causes = ("optimizer_settings",) + tuple(causes)
    where = "in layer %s" % op["layer"] if op.get("layer") else "outside the model's layers (the loss or the step's own math)"
    step = "replay of step %d" % op["step"] if isinstance(op.get("step"), int) else "replay of the onset step"
    name = " (%s)" % op["name"] if op.get("name") else ""
    phase = ", %s pass" % op["phase"] if op.get("phase") else ""
    line = "%s: op %s%s %s%s, made %s%s: %s" % (
        step, op_type, name, where, phase, "NaN" if op.get("nan") else "Inf", _input_ranges(op.get("inputs")), what)
    return line, tuple(causes)


def _input_ranges(inputs):
    """`` from inputs in [lo, hi], ...`` for the inputs whose finite range the replay recorded.

    A range the replay could not record (its record holds null: the input was
    not finite, or not read) is said so, never shown as a placeholder.
    """
    ranges = [(i.get("min"), i.get("max")) for i in inputs or [] if isinstance(i, dict)]
    known = ["[%s, %s]" % (fmt(lo), fmt(hi)) for lo, hi in ranges if _finite(lo) and _finite(hi)]
    unknown = len(ranges) - len(known)
    text = (" from %s in %s" % ("inputs" if len(known) > 1 else "an input", ", ".join(known))) if known else ""
    if unknown:
        text += "%s %d input%s whose range the replay did not record" % (
            " and" if known else " from", unknown, "s" if unknown > 1 else "")
    return text


def _finite(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and np.isfinite(x)


def stop_record(events):
    """``{"step", "reason", "applied"}`` of the watch's "stop" event (the last one), or None.

    A "stop" event (`metadata.EVENT_KINDS`) says the watch ended the training at ``step``.
    """
    stops = [e for e in events or [] if isinstance(e, dict) and e.get("kind") == "stop" and isinstance(e.get("step"), int)]
    if not stops:
        return None
    e = stops[-1]
    return {"step": e["step"], "reason": e.get("reason"), "applied": e.get("applied")}


def explain_events(view, events):
    """Copies ``events`` with ``preceded_by`` (evidence lines) added to spikes and rollbacks.

    Args:
      view: the run's `series.View`.
      events: the run's event records (`metadata.EVENT_KINDS`).
    """
    series = None  # built once, for the first event that needs it
    out = []
    for e in events:
        e = dict(e)
        at = e["step"] if e.get("kind") == "spike" else e.get("at") if e.get("kind") == "rollback" else None
        if isinstance(at, int):
            series = _watched_series(view) if series is None else series
            e["preceded_by"] = preceded_by(view, at, series)
        out.append(e)
    return out


def _watched_series(view):
    """``[(what, values [T])]``: the series a jump before an event is looked for in."""
    series = [("learning rate", view.series("learning_rate")), ("global gradient norm", view.series("global_grad_norm"))]
    for kind, what in (("input", "inputs"), ("target", "targets")):
        rows = view.rows_of(kind)
        if rows:
            series.append(("norm of the batch's " + what, np.sqrt(np.nansum(view.values(rows) ** 2, axis=1))))
    return [(what, values) for what, values in series if values is not None]


def preceded_by(view, step, series=None):
    """What stood out in the `JUMP_LOOKBACK` steps up to ``step`` against the `JUMP_HISTORY` steps before them.

    ``series``: `_watched_series` of the view, when already built.
    """
    if not view.n_steps:
        return []
    end = view.step_index(step + 1)
    start = view.step_index(step - JUMP_LOOKBACK)
    base = view.step_index(step - JUMP_LOOKBACK - JUMP_HISTORY)
    lines = []
    for what, values in _watched_series(view) if series is None else series:
        found = jump(view, values, start, end, base)
        if found is not None and found[0] >= JUMP:
            ratio, at, usual, _ = found
            lines.append("%s %sx its usual %s at step %d" % (what, fmt(ratio), fmt(usual), at))
    return lines
