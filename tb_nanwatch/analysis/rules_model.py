"""Cause rules that check the model, the loss and the data against each other (numpy only).

They read the static facts the hook recorded at train begin (output layer,
loss, optimizer) and the summary of the sampled targets and inputs. Keras 3
computes its cross-entropies from the logits a sigmoid/softmax output
caches, which rescues some mismatches (measured on Keras 3.15: a sigmoid or
softmax output with ``from_logits=True`` or with the other cross-entropy
trains exactly as the matching pair); those are scored as risks, below 0.5,
and say why.
"""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis import fixes
from tb_nanwatch.analysis.facts import ACTIVATION_RANGE, PROBABILITY_LOSSES, REGRESSION_LOSSES, label_order, labelled_fraction
from tb_nanwatch.analysis.onset import HEALTHY, NONFINITE, STALLED
from tb_nanwatch.analysis.progress import SHORT_RUN, majority_rate
from tb_nanwatch.analysis.rule_base import Finding
from tb_nanwatch.analysis.series import fmt

RISK = 0.45  # a mismatch Keras rescues, or one that is not hurting this run (yet)
# Targets with a typical magnitude beyond this are "huge" for a unit-scale network output.
TARGET_SCALE = 100.0
# Raw pixel values, and inputs beyond this typical magnitude, are "unscaled".
INPUT_SCALE = 20.0
INPUT_SPREAD = 100.0
# The fewest values per row an image has (the smallest real ones: 8x8 digits).
IMAGE_VALUES = 16
# Features whose |mean| is this many stds (typical feature) are off-centre.
OFF_CENTRE = 2.0


def _out(ctx):
    """``(output layer facts, activation, units, loss family, target summary)`` or None.

    The output layer is the one computing the output values (the last Dense), the activation the last one
    applied to them (`facts.Facts.output_head`).
    """
    f = ctx.facts
    head = f.output_head() if f else None
    if head is None or head[0] is None:
        return None
    return head[0], head[1], f.output_units(), f.loss_family(), f.target()


def describe_output(ctx):
    """``Dense(1, activation="relu")``, or ``Dense(1) -> Activation("relu")`` when the activation is a layer of its own."""
    layer, _, act_layer = ctx.facts.output_head()
    text = ctx.facts.describe_layer(layer)
    return text + " -> " + ctx.facts.describe_layer(act_layer) if act_layer else text


def drop_note(ctx):
    """Prose to add to a fix that rebuilds the output layer when the activation is a separate layer."""
    act_layer = ctx.facts.output_head()[2]
    return " and remove the separate `%s` layer `%s` after it" % (
        ctx.facts.describe_layer(act_layer), act_layer["name"]) if act_layer else ""


def _accuracy_line(ctx):
    acc, rate = ctx.facts.accuracy(), majority_rate(ctx.facts)
    if acc is None:
        return None
    line = "%s after %d epoch%s: %s" % (acc[0], len(acc[1]), "s" if len(acc[1]) > 1 else "", fmt(acc[1][-1]))
    return line + (" (the majority class is %s)" % fmt(rate) if rate is not None else "")


def _targets_line(t):
    values = t.get("values")
    if isinstance(values, dict) and len(values) <= 12:
        shown = ", ".join("%s: %s" % (k, fmt(v)) for k, v in sorted(values.items(), key=lambda kv: label_order(kv[0])))
        return "targets take the values {%s} (frequencies, %d sampled rows)" % (shown, t.get("seen", t.get("rows", 0)))
    return "targets range over [%s, %s], mean %s, std %s (%d sampled rows)" % (
        fmt(t.get("min")), fmt(t.get("max")), fmt(t.get("mean")), fmt(t.get("std")), t.get("seen", t.get("rows", 0)))


def _n_classes(t):
    """K when the targets look like class ids 0..K-1 (or 1..K), else None.

    Class ids start at 0 or 1 and a sample shows most classes; integers such as
    {3, 5, ..., 15} (a line's values) or counts are numbers, not classes.
    """
    values = t.get("values") if t else None
    if not (t and t.get("integer") and isinstance(values, dict) and 0 <= t.get("min", -1) <= 1):
        return None
    k = int(t["max"]) + 1
    return k if len(values) >= k / 2.0 else None


def _weight(ctx, hurting=0.95, risk=RISK):
    """A static mismatch's score: full when the run shows a problem, a risk on a healthy run."""
    return hurting if ctx.tl.status != HEALTHY or (ctx.progress and ctx.progress.stalled) else risk


def check_softmax_single_unit(ctx):
    o = _out(ctx)
    if o is None:
        return None
    layer, act, units, family, t = o
    if act != "softmax" or units != 1:
        return None
    name = layer["name"]
    lines = ["%s in layer %s: a softmax over one unit always outputs 1.0 (its gradient with respect to the logits is 0)" % (
        describe_output(ctx), name)]
    if family == "bce":
        lines.append("Keras computes binary cross-entropy from the softmax's logits, so the loss may fall, but every prediction is exactly 1")
    acc = _accuracy_line(ctx)
    if acc:
        lines.append(acc)
    k = _n_classes(t)
    if k is not None and k > 2:
        fix = 'In layer `%s` use `Dense(%d, activation="softmax")` with `loss="sparse_categorical_crossentropy"` (%d classes)' % (name, k, k) + drop_note(ctx)
        code = _output_code(layer, k, "softmax", "sparse_categorical_crossentropy")
    else:
        fix = 'In layer `%s` use `Dense(1, activation="sigmoid")` with `loss="binary_crossentropy"` (or `Dense(2, activation="softmax")` with sparse categorical cross-entropy)' % name + drop_note(ctx)
        code = _output_code(layer, 1, "sigmoid", "binary_crossentropy")
    return Finding(0.96, "softmax over a single output unit: the model always predicts 1", lines, fix, breaks=True, code=code)


def _output_code(layer, units, activation, loss=None, comment=None):
    """A snippet replacing the output layer (keeping its name), and the loss to compile with."""
    lines = ["import keras", ""] + (["# " + comment] if comment else [])
    lines.append("%s = %s" % (fixes._var(layer.get("name") or "output"), fixes.dense_code(
        {"name": layer.get("name"), "units": units, "class": "Dense"}, activation=activation)))
    if loss:
        lines.append("model.compile(optimizer=model.optimizer, loss=%s)" % (loss if loss.startswith("keras.") else fixes.literal(loss)))
    return "\n".join(lines)


def check_output_activation_range(ctx):
    o = _out(ctx)
    if o is None:
        return None
    layer, act, units, family, t = o
    if act not in ACTIVATION_RANGE or not t or t.get("min") is None or family in PROBABILITY_LOSSES:
        return None
    if act == "softmax" and units == 1:
        return None  # check_softmax_single_unit
    k = _n_classes(t)
    if act in ("softmax", "sigmoid") and (units or 1) >= 2 and k is not None and k <= 64:
        return None  # a classifier's output against class ids: the loss is at fault (check_loss_target_mismatch)
    lo, hi = ACTIVATION_RANGE[act]
    t_lo, t_hi = float(t["min"]), float(t["max"])
    below, above = t_lo < lo - 1e-6, t_hi > hi + 1e-6
    if not (below or above):
        return None
    span = max(t_hi - t_lo, 1e-12)
    outside = (max(0.0, lo - t_lo) + max(0.0, t_hi - hi)) / span
    name = layer["name"]
    lines = ["%s in layer %s can only output values in [%s, %s]" % (describe_output(ctx), name, fmt(lo), fmt(hi)),
             _targets_line(t)]
    if act in ("relu", "softplus", "exponential") and below:
        lines.append("the negative targets can never be predicted; a ReLU output whose units die stays at 0 for every sample")
    breaks = outside >= 0.05
    score = 0.9 if breaks else _weight(ctx, 0.6)
    fix = 'Make the output linear: `Dense(%s)` with no activation in layer `%s`%s' % (
        units if units is not None else "n", name, drop_note(ctx))
    if act in ("sigmoid", "softmax", "hard_sigmoid", "tanh"):
        fix += ", or scale the targets into [%s, %s] and back after predict" % (fmt(lo), fmt(hi))
    code = _output_code(layer, units if units is not None else 1, None, comment="a linear output: it can produce any target value")
    return Finding(score, "the output activation (%s) cannot produce the targets" % act, lines, fix, breaks=breaks, code=code)


def check_output_activation_loss(ctx):
    o = _out(ctx)
    if o is None:
        return None
    layer, act, units, family, t = o
    if family not in PROBABILITY_LOSSES:
        return None
    name, desc = layer["name"], describe_output(ctx)
    from_logits = ctx.facts.from_logits()
    loss = ctx.facts.loss_name()
    want = "sigmoid" if family == "bce" else "softmax"
    act_layer = ctx.facts.output_head()[2]
    inner = ctx.facts.activation_of(layer) if act_layer is not None else None
    if act in ("sigmoid", "softmax") and inner in ("sigmoid", "softmax"):
        return _squashed_twice(ctx, layer, act_layer, inner, act, units, loss)
    if act in ("sigmoid", "softmax"):
        if from_logits:
            lines = ["%s in layer %s feeds `%s(from_logits=True)`: the activation is applied twice" % (desc, name, loss),
                     "Keras 3 notices the %s's cached logits and computes the loss from them, so training is unaffected here; "
                     "another framework or a hand-written loss would not" % act]
            return Finding(0.3, "a %s output with from_logits=True (rescued by Keras)" % act, lines,
                           "Drop `from_logits=True` from the loss, or make layer `%s` linear and keep it" % name,
                           code=_output_code(layer, units if units is not None else 1, None, _LOGIT_LOSSES[family] + "(from_logits=True)",
                                             "a linear output: the loss applies the %s itself" % act))
        if act != want and not (act == "softmax" and units == 1):
            lines = ["%s in layer %s feeds %s, which expects %s probabilities" % (desc, name, loss, want),
                     "Keras 3 computes the loss from the %s's cached logits as if it were a %s, so training works, "
                     "but predict() returns %s outputs" % (act, want, act)]
            return Finding(0.3, "a %s output under %s (rescued by Keras)" % (act, loss), lines,
                           'In layer `%s` use `activation="%s"`' % (name, want) + drop_note(ctx),
                           code=_output_code(layer, units if units is not None else 1, want))
        return None
    if from_logits:
        return None
    lines = ["%s in layer %s feeds `%s` with from_logits=False: the loss expects probabilities in [0, 1]" % (desc, name, loss),
             "Keras clips the outputs to [1e-7, 1 - 1e-7] before the log: every output outside that range gives the same "
             "loss and a zero gradient"]
    row = ctx.view.rows_of("activation")
    if row:
        lo, hi = ctx.view.stat("min", [row[-1]]), ctx.view.stat("max", [row[-1]])
        if len(lo):
            lines.append("the model output ranged over [%s, %s] on the last logged step" % (fmt(float(lo[-1][0])), fmt(float(hi[-1][0]))))
    acc = _accuracy_line(ctx)
    if acc:
        lines.append(acc)
    fix = 'In layer `%s` use `activation="%s"`, or keep it linear and use `%s(from_logits=True)`' % (
        name, want, _LOGIT_LOSSES[family])
    code = _output_code(layer, units if units is not None else 1, None, _LOGIT_LOSSES[family] + "(from_logits=True)",
                        "keep the output linear and let the loss apply the %s" % want)
    return Finding(0.92, "the output activation (%s) does not produce the probabilities %s expects" % (
        act or "linear", loss), lines, fix, breaks=True, code=code)


def _squashed_twice(ctx, layer, act_layer, inner, outer, units, loss):
    """A sigmoid/softmax applied to the probabilities of another (keras-vis PR #87's Dense(10, activation="softmax")
    then Activation("softmax")): the second squashes values in [0, 1] toward uniform, so the loss has a floor."""
    k = units if isinstance(units, int) and units > 1 else 2
    best = np.e / (np.e + (k - 1)) if outer == "softmax" else 1 / (1 + np.exp(-1.0))  # the most the outer can give
    lines = ["%s in layer %s is followed by %s: the output applies %s to probabilities that are already %s" % (
                 ctx.facts.describe_layer(layer), layer["name"], ctx.facts.describe_layer(act_layer), outer, inner),
             "values in [0, 1] through a %s give at most %s to the right class, so %s cannot fall below %s"
             % (outer, fmt(float(best)), loss, fmt(float(-np.log(best))))]
    level = ctx.progress.end if ctx.progress is not None else None
    if level is not None:
        lines.append("the loss ended at %s" % fmt(level))
    fix = "Apply the %s once: remove the separate `%s` layer `%s` (or make layer `%s` linear)" % (
        outer, ctx.facts.describe_layer(act_layer), act_layer["name"], layer["name"])
    code = _output_code(layer, units if units is not None else 1, inner)
    return Finding(0.9, "the output applies %s twice" % outer if inner == outer else "the output applies %s after %s" % (outer, inner),
                   lines, fix, breaks=True, code=code)


_LOGIT_LOSSES = {"bce": "keras.losses.BinaryCrossentropy", "cce": "keras.losses.CategoricalCrossentropy",
                 "scce": "keras.losses.SparseCategoricalCrossentropy"}


def check_loss_target_mismatch(ctx):
    o = _out(ctx)
    if o is None or not o[4] or o[4].get("min") is None:
        return None
    layer, act, units, family, t = o
    loss = ctx.facts.loss_name()
    name = layer["name"]
    lines, score, summary, fix, code = [], 0.0, None, None, None
    t_lo, t_hi, k = float(t["min"]), float(t["max"]), _n_classes(t)
    if family == "bce" and (t_lo < 0 or t_hi > 1):
        summary = "binary cross-entropy on targets outside [0, 1]"
        lines = ["%s needs targets in [0, 1]" % loss, _targets_line(t)]
        if k is not None and k > 2:
            summary = "binary cross-entropy on class ids (%d classes)" % k
            lines.append("these are class ids of %d classes: a multi-class problem" % k)
            fix = 'Use `Dense(%d, activation="softmax")` in layer `%s` and `loss="sparse_categorical_crossentropy"`' % (k, name)
            code = _output_code(layer, k, "softmax", "sparse_categorical_crossentropy")
        elif isinstance(t.get("values"), dict) and len(t["values"]) == 2:
            a, b = sorted(t["values"], key=float)
            lines.append("these are two classes labelled %s and %s" % (a, b))
            fix = "Map the labels to 0/1 before training: `y = (y == %s).astype(\"float32\")`" % b
            code = "y = (y == %s).astype(\"float32\")" % _number_literal(b)
        else:
            fix = "Use a regression loss (`loss=\"mse\"`) with a linear output in layer `%s`, or rescale the targets into [0, 1]" % name
            code = _output_code(layer, units if units is not None else 1, None, "mse")
        score = 0.95
    elif family == "scce":
        if not t.get("integer"):
            summary, score = "sparse categorical cross-entropy on labels that are not integers", 0.9
            lines = [_targets_line(t)]
            fix = "Pass integer class ids 0..K-1 (`y.astype(int)`), or one-hot targets with `categorical_crossentropy`"
            code = "y = y.astype(\"int64\")  # class ids 0..K-1"
        elif units is not None and t_hi >= units:
            summary, score = "class labels reach %d but the output has %d units" % (int(t_hi), units), 0.95
            lines = [_targets_line(t), "sparse categorical cross-entropy needs labels in 0..%d" % (units - 1)]
            fix = 'Use `Dense(%d, activation="softmax")` in layer `%s`, or relabel the classes 0..%d' % (int(t_hi) + 1, name, units - 1)
            code = _output_code(layer, int(t_hi) + 1, "softmax")
        elif isinstance(t.get("values"), dict) and len(t["values"]) == 1:
            summary, score = "every label is the same class", 0.8
            lines = [_targets_line(t)]
            fix = "Check the labels: a single class leaves nothing to learn"
            code = "import numpy as np\n\nprint(np.unique(y, return_counts=True))  # every label is one class: check how y was built"
    elif family == "cce" and not t.get("one_hot") and labelled_fraction(t) is None:  # (all-zero rows: a mask)
        rows = t.get("row_sum") or [None, None]
        if t.get("features", 1) == 1 or t_lo < 0 or t_hi > 1 or rows[0] is None or abs(rows[0] - 1) > 1e-3 or abs(rows[1] - 1) > 1e-3:
            summary, score = "categorical cross-entropy on targets that are not one-hot", 0.9
            lines = ["categorical cross-entropy expects one-hot (or probability) rows", _targets_line(t)]
            if rows[0] is not None:
                lines.append("target rows sum to [%s, %s]" % (fmt(rows[0]), fmt(rows[1])))
            fix = "Use `loss=\"sparse_categorical_crossentropy\"` for integer labels, or one-hot them: `keras.utils.to_categorical(y, K)`"
            code = "import keras\n\nmodel.compile(optimizer=model.optimizer, loss=keras.losses.SparseCategoricalCrossentropy())"
    elif family in REGRESSION_LOSSES and k is not None and 3 <= k <= 64 and len(t.get("values") or {}) >= 3:
        classifier = act in ("softmax", "sigmoid") or (units or 1) > 1 or ctx.facts.accuracy() is not None
        if classifier:
            summary = "a regression loss (%s) on class ids" % loss
            lines = ["%s treats the class ids as numbers on a line" % loss, _targets_line(t)]
            if act == "softmax" and units and units > 1:
                lines.append("%d softmax probabilities are compared with one class id: the loss broadcasts, it cannot be minimised" % units)
            acc = _accuracy_line(ctx)
            if acc:
                lines.append(acc)
            # Accuracy asked for and no better than the majority class's: as the classifier it was compiled to be,
            # the model predicts nothing, however far its regression loss fell.
            at_chance = getattr(ctx.progress, "at_majority", None) is not None
            score = 0.9 if act in ("softmax", "sigmoid") or at_chance else 0.7
            fix = 'Use `Dense(%d, activation="softmax")` in layer `%s` and `loss="sparse_categorical_crossentropy"`' % (k, name)
            code = _output_code(layer, k, "softmax", "sparse_categorical_crossentropy")
    if not summary:
        return None
    if score >= 0.9:
        return Finding(score, summary, lines, fix, breaks=True, code=code)
    return Finding(_weight(ctx, score, min(score, RISK)), summary, lines, fix, code=code)


def _number_literal(text):
    """A label as a Python number literal (labels come as strings from the data summary)."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        return fixes.literal(str(text))
    return str(int(value)) if value.is_integer() else repr(value)


def check_target_scale(ctx):
    o = _out(ctx)
    if o is None or not o[4] or o[4].get("std") is None:
        return None
    layer, act, units, family, t = o
    if family in PROBABILITY_LOSSES or act in ("sigmoid", "softmax", "tanh", "hard_sigmoid"):
        return None
    q = t.get("quantiles")
    if q:
        # The middle of the targets: a few outliers (the outlier rules' business) do not set it.
        scale = max(abs(q[2]), (q[3] - q[1]) / 1.35)
    else:
        scale = max(abs(float(t.get("mean") or 0.0)), float(t.get("std") or 0.0))
    if scale < TARGET_SCALE or t.get("integer") and _n_classes(t) and _n_classes(t) <= 64:
        return None
    why = ("under MSLE the gradient through log(1 + y_pred) is 1 / (1 + y_pred), and 0 wherever a prediction is <= 0 "
           "(Keras clips it): the output has almost nothing to climb by" if family == "msle" else
           "squared errors of that size make the gradients huge")
    lines = [_targets_line(t), "a network with default initialisation outputs values near 1; reaching %s takes its last "
             "layer's weights thousands of steps, and %s" % (fmt(scale), why)]
    if ctx.progress and ctx.progress.stalled and ctx.progress.baseline:
        lines.append("the loss ended at %s, the loss of %s is %s" % (fmt(ctx.progress.end), ctx.progress.baseline_what, fmt(ctx.progress.baseline)))
    decades = np.log10(scale / TARGET_SCALE)
    score = _weight(ctx, 0.7 + 0.08 * min(3.0, decades), RISK)
    fix = ("Standardise the targets: `y_mu, y_sd = y.mean(), y.std(); model.fit(x, (y - y_mu) / y_sd, ...)` and "
           "`pred * y_sd + y_mu` after predict (or predict `np.log1p(y)` for prices and counts)")
    return Finding(score, "the regression targets are on a huge scale (about %s)" % fmt(scale), lines, fix)


def input_scale_finding(ctx):
    """The data side of `input_scale`: raw pixels and unscaled features in the sampled inputs, or None."""
    f = ctx.facts
    rows = f.data_rows("input") if f else []
    if not rows or f.embeds_inputs() or f.scales_inputs():
        return None
    best = None
    for name, s in rows:
        if s.get("max") is None:
            continue
        sc = s.get("scale") or {}
        magnitude = max(abs(s["max"]), abs(s["min"]))
        # Whole numbers in [0, 255] reaching past 100 (or any uint8): the raw pixel range; in images, which have many
        # values per row (one number of 0-199 is a count or an index, not a picture).
        pixels = s["min"] >= 0 and s["max"] <= 255 and (s["max"] > 100 and s.get("integer") or s.get("dtype") == "uint8" and s["max"] > 1)
        pixels = pixels and (f.input_dense_width() or IMAGE_VALUES) >= IMAGE_VALUES
        spread = sc.get("spread") or 1.0
        typical = sc.get("typical") or s.get("std") or 0.0
        if not (pixels or typical >= INPUT_SCALE or magnitude >= 10 * INPUT_SCALE or spread >= INPUT_SPREAD):
            off = _off_centre_into_stuck_layer(ctx, s)
            if off is not None and (best is None or off.score > best.score):
                best = off
            continue
        lines = []
        if pixels:
            lines.append("%s holds raw %s values in [%s, %s] (mean %s): pixels left at 0-255" % (
                name, s.get("dtype") or "integer", fmt(s["min"]), fmt(s["max"]), fmt(s["mean"])))
            fix = "Scale the pixels to [0, 1]: `x = x.astype(\"float32\") / 255.0`, or add `keras.layers.Rescaling(1.0 / 255)` as the first layer (or `keras.layers.Normalization()` adapted on the training set)"
            code = "x = x.astype(\"float32\") / 255.0  # or keras.layers.Rescaling(1.0 / 255) as the first layer"
        else:
            lines.append("%s ranges over [%s, %s]; typical per-feature std %s" % (name, fmt(s["min"]), fmt(s["max"]), fmt(typical)))
            fix = code = None
        if sc.get("largest"):
            (i, hi), (j, lo) = sc["largest"], sc["smallest"]
            lines.append("feature %d has the largest scale (std %s), feature %d the smallest (std %s): %sx apart, over %d informative features (%d near-constant left out)" % (
                i, fmt(hi), j, fmt(lo), fmt(spread), sc.get("informative", 0), sc.get("constant", 0)))
        size = np.log10(max(typical / INPUT_SCALE, magnitude / (10 * INPUT_SCALE), spread / INPUT_SPREAD, 1.0))
        score = (0.85 if pixels else 0.8) + 0.05 * min(2.0, size)
        if best is None or score > best.score:
            best = Finding(score, "raw pixel values (0-255) are fed to the network unscaled" if pixels else
                           "input features are on vastly different or large scales", lines, fix, code=code)
    return best


def _off_centre_into_stuck_layer(ctx, s):
    """Features far from centred (|mean| several stds and >= 1) that feed a first nonlinearity which saturated
    or died: every unit's pre-activation carries ``w . mean``, so the inputs' offset pushes the layer to the flat
    part of its activation (issue 21: the root before the symptom). A Finding, or None."""
    # (`facts_schema` keeps these lists of numbers and Nones; their lengths may still differ)
    means, stds = [np.array([np.nan if v is None else v for v in s.get(k) or []], float)
                   for k in ("feature_mean", "feature_std")]
    n = min(len(means), len(stds))
    means, stds = means[:n], stds[:n]
    moving = np.isfinite(means) & np.isfinite(stds) & (stds > 0)
    if not moving.any():
        return None
    ratio = float(np.median(np.abs(means[moving]) / stds[moving]))
    level = float(np.median(np.abs(means[moving])))
    if ratio < OFF_CENTRE or level < 1.0:
        return None
    stuck = ev.first_nonlinearity_stuck(ctx.view, ctx.onset_step)
    if stuck is None:
        return None
    row, what, frac = stuck
    lines = ["the features are not centred: typical |mean| %s, %sx their std (standardised features have mean 0, std 1)"
             % (fmt(level), fmt(ratio)),
             "feature means %s, stds %s" % (", ".join(fmt(v) for v in means[:4]), ", ".join(fmt(v) for v in stds[:4])),
             "the first layer they reach, %s (%s), is %s on %s of its outputs: the offset moves every unit's "
             "pre-activation by w . mean" % (ctx.view.name(row), ctx.view.activation(row), what, "%.0f%%" % (100 * frac))]
    return Finding(0.8, "input features are not standardised (off-centre) and push the first layer flat", lines)


def check_too_few_steps(ctx):
    p = ctx.progress
    if p is None or ctx.failing:
        return None
    # A stalled run that ran few steps: too few is a candidate whatever the loss's slope.
    short_stall = ctx.tl.status == STALLED and p.end_step is not None and p.end_step + 1 < SHORT_RUN and p.short is None
    short_stall = short_stall and ctx.view.counts_steps
    if p.falling is None and p.short is None and not short_stall and p.slow is None:
        return None
    lines = []
    if p.slow is not None:
        lines += ["the loss was still on its way when training stopped, far from a fit"]
        if p.slow["falling"]:
            lines.append("at its rate over the second half it needs about %d more steps (%sx the %d run) to get below "
                         "half of %s" % (p.slow["steps_needed"], fmt(p.slow["steps_needed"] / (p.end_step + 1.0)), p.end_step + 1,
                                         "the constant predictor's loss" if p.baseline else "where it started"))
        if p.slow["weights"]:
            lines.append("the weights of `%s` still move at an undiminished rate" % p.slow["weights"][0][0])
    if p.falling is not None and not (p.slow and p.slow["falling"]):  # (slow gives the rate already)
        drop, steps_to_halve = p.falling
        lines += ["the loss fell %s over the second half of the run (to %s at step %d) and is still falling" % (
            "%.0f%%" % (100 * drop), fmt(p.end), p.end_step),
                  "at that rate it halves again in about %d more steps" % steps_to_halve]
    if p.short is not None:
        lines.append("only %d training steps: the loss went from %s to %s and stopped there" % (p.short, fmt(p.start), fmt(p.end)))
    fit = (ctx.facts.model.get("fit") or {}) if ctx.facts else {}
    epochs = fit.get("epochs") if isinstance(fit.get("epochs"), int) else None
    score = 0.4 if ctx.tl.status == HEALTHY else 0.3
    if p.slow is not None:
        score = 0.5 if p.slow["falling"] and not p.slow["weights"] else 0.45
    if short_stall:
        steps = p.end_step + 1
        shape = " (%d epoch%s)" % (epochs, "" if epochs == 1 else "s") if epochs else ""
        lines.append("only %d training steps%s: a model learning from scratch usually needs hundreds to thousands" % (steps, shape))
        lr, adaptive = ctx.facts.learning_rate(), ctx.facts.adaptive()
        if adaptive and lr:
            lines.append("%s with learning_rate=%s moves each weight by at most about %s per step: about %s over the whole run" % (
                ctx.facts.optimizer_class(), fmt(lr), fmt(lr), fmt(lr * steps)))
        falling = p.start is not None and p.end is not None and p.end < 0.9 * p.start
        if falling:
            lines.append("the loss was still moving: from %s to %s" % (fmt(p.start), fmt(p.end)))
        score = 0.5 if falling else 0.35
    if p.baseline:
        lines.append("it is at %s of the loss of %s" % ("%.0f%%" % (100 * p.end / p.baseline), p.baseline_what))
    more = max(20, 10 * epochs) if epochs else 50
    fix = "Train longer: more epochs (e.g. `epochs=%d`), with `keras.callbacks.EarlyStopping(patience=5, restore_best_weights=True)` to stop when it levels off" % more
    batch = _big_batch(ctx, fit)
    if batch:
        lines.append("batch size %d: each epoch is only %d update%s of the weights" % (
            batch, fit["steps_per_epoch"], "" if fit["steps_per_epoch"] == 1 else "s"))
        fix = "Take more steps: a smaller batch (e.g. `batch_size=%d`) gives more updates per epoch; or more epochs (e.g. `epochs=%d`)" % (
            SMALL_BATCH, more)
    fit_args = "epochs=%d%s" % (more, ", batch_size=%d" % SMALL_BATCH if batch else "")
    return Finding(score, "training stopped while the loss was still falling" if not short_stall else
                   "too few training steps for the model to get anywhere", lines, fix,
                   code="import keras\n\nstop = keras.callbacks.EarlyStopping(patience=5, restore_best_weights=True)\n"
                        "model.fit(x, y, %s, callbacks=[stop])" % fit_args)


# A batch this large that leaves an epoch only a few updates is why a run is short (Keras's default is 32).
SMALL_BATCH = 32
FEW_UPDATES = 4


def _big_batch(ctx, fit):
    """The batch size when it leaves each epoch at most `FEW_UPDATES` updates, else None."""
    batch = ctx.facts.data.get("batch_size") if ctx.facts else None
    steps = fit.get("steps_per_epoch")
    if isinstance(batch, int) and isinstance(steps, int) and 0 < steps <= FEW_UPDATES and batch >= 4 * SMALL_BATCH:
        return batch
    return None


def backward_weightless_suspects(ctx):
    """Layers without weights between a backward onset and the next weighted layer.

    A gradient goes NaN first at the parameters of the layer nearest the loss
    below where it was born; a layer without weights whose backward pass made
    it (sqrt at 0, log, a division) sits between that layer and the next
    weighted layer above it. Returns ``(onset layer, [layer facts])``.
    """
    tl, f = ctx.tl, ctx.facts
    if tl.status != NONFINITE or not tl.onset or tl.onset.get("phase") != "backward" or not f or not f.layers:
        return None
    names = [l["name"] for l in f.layers]
    layer = tl.onset.get("layer")
    if layer not in names:
        return None
    suspects = []
    for l in f.layers[names.index(layer) + 1:]:
        if (l.get("params") or 0) > 0:
            break
        if l.get("class") not in metadata.SAFE_WEIGHTLESS_LAYERS:
            suspects.append(l)
    return layer, suspects
