"""The model facts as the report shows them: compact JSON and one-line texts (numpy only)."""

from tb_nanwatch.analysis.series import fmt, plural

# Optimizer settings worth showing beside the class and learning rate.
_OPTIMIZER_KEYS = ("epsilon", "momentum", "nesterov", "clipnorm", "global_clipnorm", "clipvalue", "weight_decay")


def model_summary(facts):
    """The model facts of a run for the report, or None when the run has none.

    Args:
      facts: a `facts.Facts`.

    Returns:
      ``{"layers": [{name, class, activation, units, output_shape, params}],
      "outputs", "losses": [{output, name, class, from_logits}], "optimizer":
      {class, learning_rate, ...settings}, "fit": {epochs, steps_per_epoch,
      batch_size}, "dtype_policy", "data": {name: {dtype, min, max, mean,
      std, values}}, "lines": [readable lines]}``.

    Example:
      >>> model_summary(Facts(run_data.model, run_data.data))["lines"][0]
      'layers: Flatten -> Dense(32, activation="relu") -> Dense(1, activation="softmax") [dense_1]'
    """
    if not facts:
        return None
    layers = [{k: l.get(k) for k in ("name", "class", "activation", "units", "output_shape", "params")} for l in facts.layers]
    opt = facts.optimizer()
    config = opt.get("config") if isinstance(opt.get("config"), dict) else {}
    optimizer = None
    if opt:
        optimizer = {"class": opt.get("class"), "learning_rate": opt.get("learning_rate")}
        optimizer.update({k: config[k] for k in _OPTIMIZER_KEYS
                          if isinstance(config.get(k), (int, float, str)) and config.get(k) not in (False, 0, 0.0, "")})
    data = {}
    batch = facts.data.get("batch_size")
    for name, s in sorted(facts.tensors.items()):
        if isinstance(s, dict):
            data[name] = {k: s.get(k) for k in ("dtype", "features", "min", "max", "mean", "std", "integer", "values", "nonfinite", "seen")}
    fit = dict(facts.model.get("fit") or {})
    if batch is not None:
        fit["batch_size"] = batch
    out = {
        "layers": layers,
        "outputs": facts.model.get("outputs"),
        "losses": [{k: l.get(k) for k in ("output", "name", "class", "from_logits")} for l in facts.losses()],
        "optimizer": optimizer,
        "fit": fit,
        "dtype_policy": facts.model.get("dtype_policy"),
        "data": data,
    }
    out["lines"] = _lines(facts, out)
    return out


def _setting(v):
    """An optimizer setting as the report writes it: numbers (also ones stored as text) through `fmt`."""
    if isinstance(v, bool) or not isinstance(v, (int, float, str)):
        return str(v)
    try:
        return fmt(float(v))
    except ValueError:
        return v


def _lines(facts, m):
    lines = []
    if facts.layers:
        outputs = set(m.get("outputs") or [])
        shown = [facts.describe_layer(l) + (" [%s]" % l["name"] if l["name"] in outputs else "") for l in facts.layers]
        if len(shown) > 12:
            shown = shown[:5] + ["... %d more ..." % (len(shown) - 10)] + shown[-5:]
        lines.append("layers: " + " -> ".join(shown))
    for l in m["losses"]:
        if not l.get("name"):
            continue
        lines.append("loss: %s%s%s" % (l.get("name"), " (from_logits=True)" if l.get("from_logits") else "",
                                       " on output %s" % l["output"] if l.get("output") else ""))
    if m["optimizer"] and m["optimizer"].get("class"):
        o = m["optimizer"]
        args = ["learning_rate=%s" % fmt(o["learning_rate"])] if isinstance(o.get("learning_rate"), (int, float)) else []
        args += ["%s=%s" % (k, _setting(o[k])) for k in _OPTIMIZER_KEYS if k in o]
        lines.append("optimizer: %s(%s)" % (o["class"], ", ".join(args)))
    fit = {k: v for k, v in m["fit"].items() if isinstance(v, int) and not isinstance(v, bool) and v > 0}
    parts = [plural(fit["epochs"], "epoch")] if "epochs" in fit else []
    parts += [plural(fit["steps_per_epoch"], "step")] if "steps_per_epoch" in fit else []
    if parts:
        lines.append("fit: %s%s" % (" x ".join(parts), ", batch size %d" % fit["batch_size"] if "batch_size" in fit else ""))
    for name, s in m["data"].items():
        if s.get("min") is None:
            continue
        values = s.get("values")
        what = ("values {%s}" % ", ".join(list(values)[:10])) if isinstance(values, dict) and len(values) <= 10 else \
            "range [%s, %s], mean %s, std %s" % (fmt(s["min"]), fmt(s["max"]), fmt(s["mean"]), fmt(s["std"]))
        lines.append("%s: %s, %s" % (name, s.get("dtype") or "float", what))
    return lines
