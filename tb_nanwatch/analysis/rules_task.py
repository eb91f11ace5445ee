"""Cause rules on whether the set-up fits the task: the loss, the output and the model's size (numpy only).

They give a stalled run its reasons when no numerical mechanism shows: a
regression loss on class labels, a ReLU output that died, hidden layers too
narrow for the task. Each reads the model the way it computes (the output
activation is the last one applied, a layer argument or a layer of its own)
and weighs its evidence against the loss the run reached.
"""

import numpy as np

from tb_nanwatch.analysis import evidence as ev
from tb_nanwatch.analysis import fixes
from tb_nanwatch.analysis import rules_model as rm
from tb_nanwatch.analysis.facts import PASS_THROUGH_LAYERS, REGRESSION_LOSSES
from tb_nanwatch.analysis.onset import HEALTHY, STALLED
from tb_nanwatch.analysis.rule_base import WORKING_RANGE, Finding, _pct
from tb_nanwatch.analysis.series import fmt, nanmedian

# The output is "dead" when at least this fraction of its values are exactly 0 on the last logged steps.
DEAD_OUTPUT = 0.99
# Hidden layers this narrow squeeze every input through a handful of numbers.
NARROW = 4
WIDE_ENOUGH = 32


def _stalled(ctx):
    return ctx.tl.status == STALLED or bool(ctx.progress and ctx.progress.stalled)


def _level_line(ctx):
    p = ctx.progress
    if p is None or p.end is None or not p.baseline:
        return None
    return "the loss ended at %s (step %d); always predicting one value gives %s (%s)" % (
        fmt(p.end), p.end_step, fmt(p.baseline), p.baseline_what)


def _labels(t):
    """``("binary", 2)`` for 0/1 labels in one column, ``("one_hot", K)`` for one-hot rows, else None."""
    values = t.get("values")
    if t.get("one_hot") and (t.get("features") or 0) > 1:
        return "one_hot", int(t["features"])
    if (t.get("features") or 1) == 1 and isinstance(values, dict) and len(values) == 2 and {float(v) for v in values} == {0.0, 1.0}:
        return "binary", 2
    return None


def check_loss_task_mismatch(ctx):
    o = rm._out(ctx)
    if o is None or not o[4] or o[4].get("min") is None:
        return None
    layer, act, units, family, t = o
    labels = _labels(t) if family in REGRESSION_LOSSES else None
    if labels is None:
        return None
    kind, k = labels
    loss = ctx.facts.loss_name()
    what = "0/1 labels" if kind == "binary" else "one-hot labels of %d classes" % k
    lines = ["loss %s on %s: a classification task trained with a regression loss" % (loss, what), rm._targets_line(t)]
    if act in ("sigmoid", "softmax"):
        why = ("the gradient of %s only carries the sign of the error: behind a %s it pushes every output the same "
               "small amount and settles at the median label" % (loss, act)) if family == "mae" else (
              "behind a %s the gradient of %s is the error times the %s's slope, which vanishes where an output is "
              "confidently wrong: it learns slowly and stalls at the mean" % (act, loss, act))
        lines.append(why)
    else:
        lines.append("a %s output is not a probability: %s fits the label mean, not the classes" % (act or "linear", loss))
    for line in (_level_line(ctx), rm._accuracy_line(ctx)):
        if line:
            lines.append(line)
    stalled = _stalled(ctx)
    score = (0.88 if act in ("sigmoid", "softmax") else 0.7) if stalled else (0.35 if ctx.tl.status == HEALTHY else 0.3)
    if kind == "binary":
        new_loss, new_act, new_units = "binary_crossentropy", "sigmoid", 1
    else:
        new_loss, new_act, new_units = "categorical_crossentropy", "softmax", k
    fix = 'Use `loss="%s"` with a `%s` output: `Dense(%d, activation="%s")` in layer `%s`%s' % (
        new_loss, new_act, new_units, new_act, layer["name"], rm.drop_note(ctx))
    code = rm._output_code(layer, new_units, new_act, new_loss)
    return Finding(score, "a regression loss (%s) on a classification task" % loss, lines, fix, code=code)


# The output bias against the class prior (issue 21, class 1): the rare class holds at most RARE_CLASS of the labels,
# the first loss is PRIOR_LOSS_RATIO or more times the constant predictor's and the last still PRIOR_END_RATIO
# times it (the prior itself not learnt yet), and the bias starts PRIOR_BIAS_GAP or more (in log-odds, e^2 = 7x in
# odds) from the prior's log-odds.
RARE_CLASS = 0.05
PRIOR_LOSS_RATIO = 3.0
PRIOR_END_RATIO = 1.1
PRIOR_BIAS_GAP = 2.0


def output_bias_prior(ctx):
    """``(lines, fix, code)`` when a classifier's output bias starts far from the log-odds of imbalanced classes, else None.

    With 1% positives the constant predictor's loss is 0.056; a zero bias predicts 50% and starts near 0.69, so
    the first epochs are spent learning the prior instead of the task (Karpathy's "init well"; the TensorFlow
    tutorial on imbalanced data). Only for a plain cross-entropy on unweighted batches (label smoothing, focal
    terms and class weights move the loss's floor) and a `Dense` output.
    """
    o, p = rm._out(ctx), ctx.progress
    if o is None or p is None or p.start is None or not p.baseline or ctx.facts.weighted():
        return None
    layer, act, units, family, t = o
    loss = ctx.facts.loss() or {}
    config = loss.get("config") or {}
    if layer.get("class") != "Dense" or config.get("label_smoothing") or "focal" in str(loss.get("name", "")).lower():
        return None
    freq = _class_prior(ctx.facts, t, act, units, family)
    if freq is None or freq.min() > RARE_CLASS:
        return None
    if p.start < PRIOR_LOSS_RATIO * p.baseline or p.end < PRIOR_END_RATIO * p.baseline:
        return None
    bias = [w for w in ctx.facts.initial_weights() if w.get("layer") == layer.get("name") and len(w.get("shape") or []) == 1]
    if len(bias) != 1 or not all(isinstance(bias[0].get(k), (int, float)) for k in ("mean", "max_abs")):
        return None
    if act == "sigmoid":
        prior = float(np.log(freq[1] / freq[0]))
        gap = abs(bias[0]["mean"] - prior)
        start, value = "at %s" % fmt(float(bias[0]["mean"])), fixes.literal(prior)
    else:
        prior = np.log(freq) - np.log(freq).mean()  # softmax ignores a shift: the centred log-frequencies
        # (a lower bound on the distance from the prior: no unit's bias is further than max_abs from 0)
        gap = float(np.abs(prior).max()) - 2 * float(bias[0]["max_abs"])
        start, value = "within %s of 0" % fmt(float(bias[0]["max_abs"])), "[%s]" % ", ".join(fixes.literal(float(b)) for b in prior)
    if gap < PRIOR_BIAS_GAP:
        return None
    lines = ["the rarest class is %s%% of the labels, yet the output bias of `%s` starts %s, where the class prior's "
             "log-odds are %s" % (fmt(100 * float(freq.min())), layer.get("name"), start, value),
             "the first loss, %s, is %sx the loss of %s (%s): the first epochs go to learning the class prior, not the task" % (
                 fmt(p.start), fmt(p.start / p.baseline), p.baseline_what, fmt(p.baseline)),
             "the loss ended at %s (step %d), still %sx that constant's: the model has not learnt even the prior yet" % (
                 fmt(p.end), p.end_step, fmt(p.end / p.baseline))]
    how = "log(positives / negatives)" if act == "sigmoid" else "the log of each class's frequency"
    fix = "Start the output bias at the class prior, %s counted on the training labels: " \
          "`bias_initializer=keras.initializers.Constant(%s)` in layer `%s`%s" % (how, value, layer.get("name"), rm.drop_note(ctx))
    code = "\n".join([
        "import keras", "",
        "# start the output at the class prior: %s counted on the training labels" % how,
        "%s = keras.layers.Dense(%d, activation=%s, bias_initializer=keras.initializers.Constant(%s), name=%s)" % (
            fixes._var(layer.get("name") or "output"), units or 1, fixes.literal(act), value,
            fixes.literal(layer.get("name") or "output"))])
    return lines, fix, code


def _class_prior(facts, t, act, units, family):
    """Class frequencies in the output units' order, when the targets are exactly the classes those units score."""
    if not t:
        return None
    single = (t.get("features") or 1) == 1
    if act == "sigmoid" and family == "bce" and (units or 1) == 1 and single:
        classes = 2
    elif act == "softmax" and family == "scce" and (units or 0) >= 2 and single:
        classes = units
    elif act == "softmax" and family == "cce" and t.get("one_hot") and t.get("features") == units:
        classes = units
    else:
        return None
    # class ids: exactly 0 .. classes - 1 (one-hot columns are the classes themselves)
    if not t.get("one_hot") and set(t.get("values") or ()) != {str(c) for c in range(classes)}:
        return None
    freq = facts.class_frequencies()
    return np.clip(np.asarray(freq, np.float64), 1e-6, 1.0) if freq and len(freq) == classes else None


def _output_row(ctx):
    """The trace row of the model output (the separate activation layer's when there is one), or None."""
    head = ctx.facts.output_head()
    names = {l["name"] for l in (head[0], head[2]) if l}
    rows = [i for i in ctx.view.rows_of("activation") if ctx.view.layer(i) in names]
    return rows[-1] if rows else None


def check_relu_output_dead(ctx):
    o = rm._out(ctx)
    if o is None or o[1] not in ev.RELU_LIKE or not ctx.view.has("stats"):
        return None
    layer, act, units, family, t = o
    row = _output_row(ctx)
    f = ctx.view.stats_before(ctx.onset_step, inclusive=True)
    if row is None or not len(f):
        return None
    zeros = ctx.view.stat("zero_frac", [row])[f][:, 0].astype(np.float64)
    tail = zeros[-max(1, len(zeros) // 4):]
    dead = float(nanmedian(tail)) if np.isfinite(tail).any() else np.nan
    if not dead >= DEAD_OUTPUT:
        return None
    first = int(np.argmax(zeros >= DEAD_OUTPUT))
    lines = ["the ReLU output (%s) was exactly 0 for %s of the predictions over the last logged steps, from step %d on" % (
        rm.describe_output(ctx), _pct(dead), int(ctx.view.stats_steps[f][first])),
             "a ReLU unit whose input stays negative passes no gradient: once dead it never recovers, and the model predicts 0 for every input"]
    p = ctx.progress
    if family == "mse" and t and t.get("mean") is not None and p and p.end is not None:
        zero_loss = float(t["mean"]) ** 2 + float(t.get("std") or 0.0) ** 2
        if zero_loss > 0 and abs(p.end - zero_loss) <= 0.15 * zero_loss:
            lines.append("the loss ended at %s, the mean of the squared targets (%s): the loss of predicting 0 everywhere" % (
                fmt(p.end), fmt(zero_loss)))
    fix = "Make the output linear: `Dense(%s)` with no activation in layer `%s`%s (or `activation=\"softplus\"` for targets that must stay positive)" % (
        units if units is not None else 1, layer["name"], rm.drop_note(ctx))
    code = rm._output_code(layer, units if units is not None else 1, None,
                           comment="a linear output: a ReLU output that dies predicts 0 everywhere and cannot recover")
    score = 0.93
    if t and t.get("min") is not None and float(t["min"]) < 0:
        score = 0.85  # below output_activation_range: the targets a ReLU cannot reach are what drove it under 0
        lines.append("(the targets go down to %s, which a ReLU cannot output: chasing them drove the unit below 0)" % fmt(float(t["min"])))
    return Finding(score, "the ReLU output died: every prediction is 0", lines, fix, breaks=True, code=code)


def _hidden_widths(ctx):
    """``[(layer facts, units)]`` of the Dense/recurrent/conv layers before the output's layer."""
    head = ctx.facts.output_head()
    out = head[0]["name"] if head and head[0] else None
    return [(l, l["units"]) for l in ctx.facts.weighted_layers()
            if l["name"] != out and isinstance(l.get("units"), int) and l["units"] > 0]


# A hidden ReLU layer this narrow that dies entirely: its width, not only its activation, is at fault.
NARROW_DEAD = 8


# A narrow sigmoid/tanh layer with this share of its inputs beyond +-5: its units pass on/off, nothing between.
NARROW_SATURATED = 0.9


def hidden_width(ctx, row, hidden=None):
    """``(layer facts, units)`` of the hidden layer whose activation is trace row ``row`` (the Dense before a
    separate Activation layer), or None."""
    if not ctx.facts or not ctx.facts.layers:
        return None
    widths = {l["name"]: (l, w) for l, w in (hidden if hidden is not None else _hidden_widths(ctx))}
    layer = ctx.facts.by_name.get(ctx.view.layer(row))
    while layer is not None and layer["name"] not in widths:  # a separate Activation layer: its Dense
        layer = ctx.facts.producer(layer)
    return None if layer is None else widths[layer["name"]]


def _narrow_stuck_layer(ctx, hidden):
    """``(layer facts, units, "died" | "saturated", fraction)`` of a hidden layer of at most `NARROW_DEAD` units
    whose ReLU died entirely or whose sigmoid/tanh saturated (`NARROW_SATURATED`), or None."""
    stuck = [(i, "died", units) for i, _, units in ev.dead_layers(ctx.view, ctx.onset_step) if units >= ev.ALL_DEAD]
    stuck += [(i, "saturated", frac) for i, frac in ev.saturated_layers(ctx.view, ctx.onset_step) if frac >= NARROW_SATURATED]
    for i, how, frac in stuck:
        found = hidden_width(ctx, i, hidden)
        if found is not None and found[1] <= NARROW_DEAD:
            return found + (how, frac)
    return None


def check_model_too_small(ctx):
    if not _stalled(ctx) or not ctx.facts or not ctx.facts.layers:
        return None
    hidden = _hidden_widths(ctx)
    lines = []
    inputs = [s.get("features") for _, s in ctx.facts.data_rows("input") if isinstance(s.get("features"), int)]
    features = max(inputs) if inputs else None
    if not hidden:
        return None  # a one-layer (linear or logistic) model is a choice, not a size fault
    narrow, width = min(hidden, key=lambda lw: lw[1])
    stuck = _narrow_stuck_layer(ctx, hidden)
    # One or two units squeeze any task; three or four only a task with more input features than that.
    if stuck is None and (width > NARROW or width > 2 and not (features and features > width)):
        return None
    if stuck is not None:
        narrow, width, how, frac = stuck
        state = ("all of them died (never fire for a whole batch)" if how == "died" else
                 "they are saturated (%s of their inputs beyond +-5: each passes on or off, nothing between)" % _pct(frac))
        lines.append("%s (`%s`) has only %d unit%s, and %s: a layer this narrow has no unit to spare, so every signal "
                     "through it is cut" % (ctx.facts.describe_layer(narrow), narrow["name"], width, "" if width == 1 else "s", state))
        # A wide layer loses every unit only to a systematic push (init, bias, rate); a narrow one by chance: its
        # width is the root, the dead or saturated units its symptom (`rules.ROOT_CAUSES` caps them below it).
        score = 0.75
    else:
        lines.append("the narrowest hidden layer, %s (`%s`), has %d unit%s: every input passes through %d number%s" % (
            ctx.facts.describe_layer(narrow), narrow["name"], width, "" if width == 1 else "s", width, "" if width == 1 else "s"))
        score = 0.55 if width <= 2 else 0.45
    targets = [dict(narrow, units=WIDE_ENOUGH)] if narrow.get("class") == "Dense" else []
    if features:
        lines.append("the inputs have %d feature%s" % (features, "" if features == 1 else "s"))
    level = _level_line(ctx)
    if level:
        lines.append(level)
    lines.append("(a candidate, ranked below any fault the run shows: a model this small stalls when the task needs more "
                 "than it can represent)")
    fix = "Widen the hidden layers (e.g. `Dense(%d, activation=\"relu\")`) or add one" % WIDE_ENOUGH
    code = fixes.layers_code(targets, "wider hidden layers: room to fit the task") or (
        "import keras\n\n# a hidden layer before the output\nhidden = keras.layers.Dense(%d, activation=\"relu\")" % WIDE_ENOUGH)
    return Finding(score, "the model is too small for the task", lines, fix, code=code)


# Layers that take an activation argument: with none, each is an affine map of its input.
ACTIVATED_LAYERS = ("Dense", "EinsumDense", "Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose",
                    "Conv3DTranspose", "DepthwiseConv1D", "DepthwiseConv2D", "SeparableConv1D", "SeparableConv2D")
# Layers that are affine too (or pass values through): a stack of only these is one linear map however deep. Any
# other layer (pooling by max, a recurrent cell, an embedding, a Lambda) may bend the map, and the rule says nothing.
AFFINE_LAYERS = ACTIVATED_LAYERS + (
    "AveragePooling1D", "AveragePooling2D", "AveragePooling3D", "GlobalAveragePooling1D", "GlobalAveragePooling2D",
    "GlobalAveragePooling3D", "BatchNormalization", "Rescaling", "Normalization", "Add", "Subtract", "Average",
    "Concatenate", "Activation", "InputLayer")


def check_missing_activation(ctx):
    """A stalled model whose hidden layers apply no activation: the whole stack is one linear map (issue 21, class 3:
    read the model the way it computes)."""
    f = ctx.facts
    if not _stalled(ctx) or not f or not f.layers:
        return None
    out_act, skip = f.output_activation(), f.output_head_names()
    # (A normalisation layer has weights but no activation to forget: before one Dense it is a linear model.)
    hidden = [l for l in f.layers if l.get("class") in ACTIVATED_LAYERS and l["name"] not in skip]
    if not skip or not hidden:
        return None  # a one-layer (linear or logistic) model is a choice
    for l in f.layers:
        if l["name"] in skip:
            continue
        if l.get("class") not in AFFINE_LAYERS + PASS_THROUGH_LAYERS or f.activation_of(l) is not None:
            return None
    shown = [f.describe_layer(l) for l in f.layers if l.get("class") != "InputLayer"]
    chain = " -> ".join(shown if len(shown) <= 8 else shown[:4] + ["..."] + shown[-3:])
    lines = ["%s: no activation between the weighted layers, so together they compute one linear map of the inputs%s"
             % (chain, " (then %s)" % out_act if out_act else ""),
             "however many layers it has, it is %s" % (
                 "a logistic regression: it can only split the classes along a straight boundary"
                 if out_act in ("sigmoid", "softmax") else "a linear model: it can fit only a linear function of the inputs")]
    level = _level_line(ctx)
    if level:
        lines += [level, "a linear model stalls at that level when the targets have no linear trend in the inputs "
                         "(XOR, circles, a sine)"]
    dense = [l for l in hidden if l.get("class") == "Dense"][:8]
    fix = "Give the hidden layers a nonlinearity: `%s`" % (
        fixes.dense_code(dense[0], activation="relu") if dense else 'Dense(32, activation="relu")')
    code = fixes.layers_code(dense, "hidden layers with an activation: the stack can bend", activation="relu")
    return Finding(0.7, "the hidden layers apply no activation: the model is linear", lines, fix, code=code)


def _small_model(ctx, none, settled, trend):
    """The fallback's ``model_too_small`` candidate: narrow hidden layers, or no hidden layer at all when the loss
    levelled off at a working rate (``settled``: the optimizer found the best this model does); or None."""
    f = ctx.facts
    if not f or not f.layers:
        return None
    widths = [w for _, w in _hidden_widths(ctx)]
    if widths and min(widths) < WIDE_ENOUGH:
        lines = [none, "the narrowest hidden layer has %d units" % min(widths)]
        if settled:
            lines.append(trend + ", with steps of a working size: the optimizer found the best this model does")
        return Finding(0.32 if settled else 0.22, "the model may be too small for the task", lines)
    weighted = f.weighted_layers()
    if not settled or len(weighted) != 1 or weighted[0].get("class") != "Dense":
        return None
    out_act = f.output_activation()
    kind = ("a logistic regression: it can only split the classes along a straight boundary"
            if out_act in ("sigmoid", "softmax") else "a linear model: it can fit only a linear function of the inputs")
    lines = [none, "the model is one `Dense` layer with no hidden layer: %s" % kind,
             trend + ", with steps of a working size: the optimizer found the best such a model does"]
    level = _level_line(ctx)
    if level:
        lines.append(level)
    return Finding(0.32, "a model with no hidden layer may be too simple for the task", lines,
                   "Add a hidden layer with a nonlinearity before the output: `keras.layers.Dense(%d, activation=\"relu\")`" % WIDE_ENOUGH,
                   code="import keras\n\n# a hidden layer before the output\nhidden = keras.layers.Dense(%d, activation=\"relu\")" % WIDE_ENOUGH)


def fallback(ctx, checked):
    """Candidates for a run that is not healthy yet no rule explains: ``[(cause id, Finding)]``, best first.

    A user must always get reasons to try. These are ranked by what usually
    holds such a run back, judged from the facts recorded, and stay below the
    scores of a measured fault.

    Args:
      ctx: the rules' `Context`.
      checked: ids of the rules that ran and found nothing.
    """
    none = "no rule found a specific fault (checked: %s)" % ", ".join(checked) if checked else "no rule found a specific fault"
    f, p = ctx.facts, ctx.progress
    lr, adaptive = (f.learning_rate(), f.adaptive()) if f else (None, None)
    rate = "%s with learning_rate=%s" % (f.optimizer_class(), fmt(lr)) if lr else "the learning rate"
    out = []
    if ctx.failing:
        lower = lr / 10 if lr else None
        out.append(("learning_rate_too_high", Finding(0.35, "the learning rate may be too high (the usual reason of a run-away)", [
            none, "%s: a run-away with clean data and layers most often means steps too large for this model" % rate,
            "try 10x lower, and clip the gradients"],
            "Lower the learning rate 10x%s: `%s`" % (" (from %s to %s)" % (fmt(lr), fmt(lower)) if lr else "",
                                                    fixes.optimizer_expr(f, lower, clipnorm=1.0)),
            code=fixes.optimizer_code(f, lower, clipnorm=1.0))))
        out.append(("exploding_gradients", Finding(0.3, "the gradients may grow unchecked", [
            none, "clipping the gradient norm bounds every step, whatever made it large"],
            "Clip the gradients in your optimizer: `%s`" % fixes.optimizer_expr(f, clipnorm=1.0),
            code=fixes.optimizer_code(f, clipnorm=1.0))))
        return out
    if p is not None and p.bad_start:
        start = "the loss before the first update was %sx a uniform prediction's: the logits start at a huge scale" % (
            fmt(p.bad_start["ratio"]))
        out.append(("input_scale", Finding(0.35, "the inputs may reach the network at a huge scale", [
            none, start, "inputs far outside about [-5, 5] (raw pixels, amounts, counts) make such logits"])))
        out.append(("weight_init", Finding(0.3, "the weights may start at too large a scale", [
            none, start, "so do kernels drawn with a large stddev (or a large constant)"])))
        return out
    steps = (p.end_step + 1) if p and p.end_step is not None else None
    # Whether the loss still fell over the second half orders the candidates: a loss still on its way needs more
    # or larger steps; one that levelled off at a working rate has found what this model can do.
    levelled = p.levelled if p else None
    working = bool(lr and lr >= WORKING_RANGE[bool(adaptive)][0])
    trend = {True: "the loss levelled off over the second half of the run (no fall that stands out of its noise)",
             False: "the loss was still falling over the second half of the run"}.get(levelled)
    if steps:
        lines = [none, "%d training steps%s" % (steps, "; %s moves each weight by at most about %s in all" % (rate, fmt(lr * steps)) if adaptive and lr else "")]
        score = 0.3 if steps < 1000 else 0.2
        if trend:
            lines.append(trend + ("" if not levelled else ": more steps of the same kind are unlikely to help"))
            score = min(score, 0.15) if levelled else score + 0.05
        out.append(("too_few_steps", Finding(score, "training may be too short", lines)))
    if lr:
        low = lr <= (1e-3 if adaptive else 1e-2)
        higher = min(lr * 10, WORKING_RANGE[bool(adaptive)][1])
        lines = [none, "%s%s" % (rate, " sits at the low end of its usual range" if low else "")]
        score = 0.28 if low else 0.2
        if levelled and working:
            lines.append(trend + ", at a rate in the usual range: steps of that size found what they could")
            score = min(score, 0.18)
        out.append(("learning_rate_too_low", Finding(score, "the learning rate may be too low to leave the start",
                                                     lines + ["a 3-10x higher rate is the cheapest thing to try"],
            "Try a higher learning rate: `%s`" % fixes.optimizer_expr(f, higher), code=fixes.optimizer_code(f, higher))))
    small = _small_model(ctx, none, levelled and (working or not lr), trend)
    if small is not None:
        out.append(("model_too_small", small))
    out.sort(key=lambda c: -c[1].score)
    return out
