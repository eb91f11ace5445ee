"""Diagnoses a foreign run with the analysis's own rules, then says what its resolution cannot tell (numpy only).

`diagnose_foreign` runs `tb_nanwatch.analysis.diagnose` unchanged on the
`ForeignRunData` (every rule whose series exist runs; the others are "not
checked"), and adds the ``foreign`` block: the writer and the resolution,
the validation loss against the training loss, the weights whose
histograms blew up or turned NaN (layer named), what these logs cannot tell
and the one line that adds the watch. At epoch resolution the steps the
rules speak of are epochs, and their texts say so.
"""

import re

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis.diagnose import diagnose
from tb_nanwatch.analysis.series import fmt

# The line that adds the watch (the CLI and the tab say it beside what these logs cannot tell).
ADD_WATCH = "from tb_nanwatch import NanWatch\n\nmodel.fit(x, y, callbacks=[NanWatch(\"logs/run\")])  # beside or instead of TensorBoard(...)"
ADD_WATCH_LINE = ('add `callbacks=[NanWatch("logs/run")]` to `model.fit` (`from tb_nanwatch import NanWatch`): every step is '
                  "checked, and the exact step, phase, tensor and layer of a NaN/Inf are logged")
# A weight whose largest |w| grew this many decades over the run has blown up.
BLOWUP_DECADES = 3.0
_TEXT_KEYS = ("summary", "fix")


def label(extra):
    """The overview's badge text: ``TensorBoard logs, epoch resolution``."""
    res = extra.get("resolution")
    return "TensorBoard logs, %s resolution" % ({"batch": "batch", "epoch": "epoch"}.get(res, "step"))


def diagnose_foreign(data):
    """Returns the diagnosis of a `foreign.reader.ForeignRunData`: `analysis.diagnose`'s keys plus ``foreign``.

    ``foreign``: ``{writer, writer_text, label, resolution (batch/epoch/step), unit (epoch/step), members,
    loss_tag, notes, cannot_tell, add_watch, validation (lines), weights ([{tensor, layer, ...}]),
    series ({validation_loss, learning_rate, *_accuracy: {steps, values, tag}}), epochs, steps_per_epoch}``.

    Example:
      >>> d = diagnose_foreign(read_group(provider, ctx, group))
      >>> d["foreign"]["label"], d["status"]
      ('TensorBoard logs, epoch resolution', 'nonfinite')
    """
    d = diagnose(data)
    extra = dict(data.extra)
    unit = extra.get("unit", "step")
    d["notes"] = [n for n in d["notes"] if "latched" not in n]  # these logs hold no latched record to compare with
    weights = _weights(data)
    extra["weights"] = weights
    if d["status"] == "nonfinite":
        d["origin"] = _nonfinite_origin(data, d, weights, unit)
    elif d["status"] == "diverging" and d.get("origin"):
        d["origin"] = dict(d["origin"], how=d["origin"]["how"].replace("first tensor to grow 1000x", "first logged series to grow 1000x"))
    extra["validation"] = _validation(data, extra, unit)
    extra["cannot_tell"] = _cannot_tell(data, d, extra)
    extra["add_watch"] = ADD_WATCH
    extra["add_watch_line"] = ADD_WATCH_LINE
    extra["label"] = label(extra)
    d["notes"] = list(extra.get("notes") or []) + _weight_lines(weights) + extra["validation"] + d["notes"]
    if unit == "epoch":
        _in_epochs(d)
        extra["validation"] = [epoch_text(n) for n in extra["validation"]]
        for w in weights:
            w["text"] = epoch_text(w["text"])
    d["foreign"] = extra
    return d


def _weights(data):
    """Weights (and gradients) whose histograms turned non-finite or blew up, in the model's order."""
    out = []
    rows = [i for i, r in enumerate(data.rows) if r["kind"] in ("weight", "gradient")]
    if not len(data.stats_steps):
        return out
    s = metadata.STAT_INDEX
    for i in rows:
        row = data.rows[i]
        st = data.stats[:, i]
        bad = np.nonzero((np.nan_to_num(st[:, s["nan"]]) > 0) | (np.nan_to_num(st[:, s["inf"]]) > 0))[0]
        big = st[:, s["max_abs"]].astype(np.float64)
        finite = np.isfinite(big) & (big > 0)
        item = {"tensor": row["name"], "layer": row.get("layer"), "kind": row["kind"]}
        what = "the weights %s" % row["name"] if row["kind"] == "weight" else "the gradient %s" % row["name"]
        if len(bad):
            k = int(bad[0])
            item.update(nonfinite_step=int(data.stats_steps[k]))
            how = "NaN" if st[k, s["nan"]] > 0 else "Inf"
            item["text"] = "%s of layer %s held %s at step %d (its histogram has %s edges)" % (
                what, row.get("layer"), how, item["nonfinite_step"], "NaN" if how == "NaN" else "infinite")
            out.append(item)
            continue
        if finite.sum() >= 2:
            first = int(np.nonzero(finite)[0][0])
            peak = int(np.argmax(np.where(finite, big, -np.inf)))
            decades = np.log10(big[peak] / big[first]) if peak > first else 0.0
            if decades >= BLOWUP_DECADES:
                item.update(first=float(big[first]), peak=float(big[peak]), peak_step=int(data.stats_steps[peak]),
                            first_step=int(data.stats_steps[first]))
                item["text"] = "%s of layer %s blew up: largest |w| %s at step %d, %s at step %d" % (
                    what, row.get("layer"), fmt(big[first]), item["first_step"], fmt(big[peak]), item["peak_step"])
                out.append(item)
    out.sort(key=lambda w: (w.get("nonfinite_step", w.get("peak_step", 0)),))
    return out


def _weight_lines(weights):
    """The weights' findings as notes: those that turned non-finite at one logged step in one line, by layer."""
    out, done = [], set()
    for w in weights:
        step = w.get("nonfinite_step")
        if step is None:
            out.append(w["text"])
            continue
        if step in done:
            continue
        done.add(step)
        same = [v for v in weights if v.get("nonfinite_step") == step]
        if len(same) == 1:
            out.append(w["text"])
            continue
        layers = []
        for v in same:
            if v.get("layer") not in layers:
                layers.append(v.get("layer"))
        out.append("the weights of %s (%d tensors) held NaN/Inf at step %d (their histograms have NaN or infinite edges)" % (
            "layer %s" % layers[0] if len(layers) == 1 else "layers " + _join([str(l) for l in layers]), len(same), step))
    return out


def _nonfinite_origin(data, d, weights, unit):
    onset = d.get("onset") or {}
    nan_weights = [w for w in weights if "nonfinite_step" in w]
    if nan_weights:
        first = min(w["nonfinite_step"] for w in nan_weights)
        at = [w for w in nan_weights if w["nonfinite_step"] == first]
        layers = sorted({w["layer"] for w in at if w["layer"]}, key=lambda l: [w["layer"] for w in at].index(l))
        n_layers = len({r.get("layer") for r in data.rows if r["kind"] == "weight"})
        if len(layers) == 1 and n_layers > 1 and _others_finite(data, first, layers[0]):
            how = "the only layer whose weights were non-finite at the first histogram holding a NaN/Inf (step %d)" % first
            return {"tensor": at[0]["tensor"], "layer": layers[0], "phase": None, "step": first, "how": how}
        how = ("the weights of %s were non-finite at the same logged step (%d): histograms once per epoch cannot tell "
               "which layer the NaN/Inf began in" % ("every layer" if len(layers) >= n_layers else "layers " + ", ".join(layers), first))
        return {"tensor": None, "layer": None, "phase": None, "step": first, "how": how}
    return {"tensor": onset.get("tensor"), "layer": None, "phase": None, "step": onset.get("step"),
            "how": "the first logged point holding a NaN/Inf; these logs hold no per-layer values to say where it began"}


def _others_finite(data, step, layer):
    """True when every other layer's weights were logged finite at ``step``."""
    k = np.nonzero(data.stats_steps == step)[0]
    if not len(k):
        return False
    s = metadata.STAT_INDEX
    for i, r in enumerate(data.rows):
        if r["kind"] == "weight" and r.get("layer") != layer:
            st = data.stats[k[0], i]
            if not (np.isfinite(st[s["l2"]]) and st[s["nan"]] == 0 and st[s["inf"]] == 0):
                return False
    return True


def _validation(data, extra, unit):
    """Lines comparing the validation loss with the training loss."""
    v = (extra.get("series") or {}).get("validation_loss")
    if not v or not v["values"]:
        return []
    steps, values = np.asarray(v["steps"]), np.asarray(v["values"], np.float64)
    lines = []
    bad = np.nonzero(~np.isfinite(values))[0]
    loss = data.trace[:, 0].astype(np.float64) if len(data.trace_steps) else np.zeros(0)
    if len(bad):
        train_bad = np.nonzero(~np.isfinite(loss))[0]
        first = int(steps[bad[0]])
        if not len(train_bad) or int(data.trace_steps[train_bad[0]]) > first:
            lines.append("the validation loss is non-finite from step %d while the training loss was still finite: "
                         "the validation data may hold NaN/Inf, or the model's outputs overflow on it" % first)
        return lines
    ok = np.isfinite(values)
    if ok.sum() < 2:
        return lines
    best = int(np.argmin(np.where(ok, values, np.inf)))
    last = int(np.nonzero(ok)[0][-1])
    fin = np.isfinite(loss)
    train_end = float(loss[fin][-1]) if fin.any() else None
    if last > best and values[last] > 1.1 * values[best] and train_end is not None:
        train_at = float(np.interp(steps[best], data.trace_steps[fin], loss[fin])) if fin.sum() >= 1 else None
        if train_at is not None and train_end < train_at:
            lines.append("the validation loss was lowest at step %d (%s) and rose to %s while the training loss kept falling "
                         "(%s to %s): overfitting from there" % (int(steps[best]), fmt(values[best]), fmt(values[last]), fmt(train_at), fmt(train_end)))
            return lines
    if train_end is not None and train_end > 0:
        ratio = values[last] / train_end
        if ratio >= 3:
            lines.append("the validation loss ended at %s, %sx the training loss (%s)" % (fmt(values[last]), fmt(ratio), fmt(train_end)))
        else:
            lines.append("the validation loss went from %s to %s (the training loss ended at %s)" % (
                fmt(values[0]), fmt(values[last]), fmt(train_end)))
    return lines


def _cannot_tell(data, d, extra):
    """What these logs cannot tell, in the user's terms."""
    out = []
    res = extra.get("resolution")
    onset = d.get("onset")
    if d["status"] == "nonfinite" and onset:
        if res == "epoch":
            spe = extra.get("steps_per_epoch")
            within = " (one of its %d steps)" % spe if spe else ""
            out.append("the exact step: the first NaN/Inf came during epoch %d%s; the epoch loss is a mean over the "
                       "epoch, so one NaN/Inf batch makes it NaN" % (onset["step"], within))
        elif res == "step" and len(data.trace_steps) > 1:
            gaps = np.diff(data.trace_steps)
            k = int(np.searchsorted(data.trace_steps, onset["step"]))
            if k > 0 and gaps[k - 1] > 1:
                out.append("the exact step: the loss is logged every %d steps, so the first NaN/Inf came between step %d and step %d"
                           % (int(np.median(gaps)), int(data.trace_steps[k - 1]) + 1, onset["step"]))
        out.append("where the NaN/Inf began: the phase (inputs, forward pass, loss, gradients, update), the tensor and the "
                   "layer are not in these logs")
    kinds = {r["kind"] for r in data.rows}
    missing = [what for kind, what in (("gradient", "gradients"), ("activation", "layer outputs"), ("input", "inputs"), ("target", "targets"))
               if kind not in kinds]
    if missing:
        out.append("These logs hold no %s: the causes that rest on them (bad data, dead or saturated layers, exploding or "
                   "vanishing gradients, unsafe math) are not checked" % _join(missing, "or"))
    if "weight" not in kinds:
        out.append("No weight histograms are logged%s: weights that blow up or turn NaN cannot be seen"
                   % (" (TensorBoard(histogram_freq=1) writes them)" if extra.get("writer") == "keras" else ""))
    if not data.model:
        out.append("No model config is logged: the checks of the model and its loss (softmax over one unit, an output "
                   "activation that does not fit the loss, from_logits) are not run"
                   + (" (Keras's TensorBoard callback writes it with write_graph=True)" if extra.get("writer") == "keras" else ""))
    elif d.get("baseline") is None and d["status"] != "nonfinite":
        out.append("The constant predictor's loss needs the targets, which are not logged: a stall is judged from the loss curve alone")
    return out


def _join(words, last="and"):
    return words[0] if len(words) == 1 else "%s %s %s" % (", ".join(words[:-1]), last, words[-1])


_EPOCH_SUBS = [
    (re.compile(r"\b(\d+) (traced|logged) steps\b"), r"\1 logged epochs"),
    (re.compile(r"\b1 (traced|logged) step\b"), r"1 logged epoch"),
    (re.compile(r"\bsteps (\d+)"), r"epochs \1"),
    (re.compile(r"\bstep (\d+)"), r"epoch \1"),
    (re.compile(r"\b(\d+) more steps\b"), r"\1 more epochs"),
    (re.compile(r"\b(\d+) training steps\b"), r"\1 training epochs"),
    (re.compile(r"\b1 step\b"), "1 epoch"),
    (re.compile(r"\b(\d+) steps\b"), r"\1 epochs"),
]


def epoch_text(text):
    """A rule's sentence about steps, said of epochs (for runs whose steps are epochs)."""
    if not isinstance(text, str):
        return text
    for pattern, repl in _EPOCH_SUBS:
        text = pattern.sub(repl, text)
    return text


def _in_epochs(d):
    for c in (d.get("causes") or []) + (d.get("risks") or []):
        for key in _TEXT_KEYS:
            c[key] = epoch_text(c.get(key))
        c["evidence"] = [epoch_text(e) for e in c.get("evidence") or []]
    for key in ("notes", "status_evidence"):
        d[key] = [epoch_text(n) for n in d.get(key) or []]
    if isinstance(d.get("origin"), dict) and d["origin"].get("how"):
        d["origin"] = dict(d["origin"], how=epoch_text(d["origin"]["how"]))
