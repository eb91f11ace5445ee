"""Static facts about the model being trained, read once at train begin.

Layers (class, activation, units, output shape), the loss(es) and the
optimizer with their configs, the fit settings and the weights before the
first update: what the rules need to check the output activation, the loss
and the targets against each other (`metadata.MODEL_FACT_KEYS`). Every
reader here is guarded: a fact that cannot be read is left out.
"""

import numpy as np

from tb_nanwatch.hooks import capture, loss_probe

# Weights larger than this are summarised from a strided sample (start-up stays cheap).
_MAX_WEIGHT_VALUES = 1 << 20


def _jsonable(x, depth=8):
    if isinstance(x, (bool, int, str)) or x is None:
        return x
    if isinstance(x, float):
        return x if np.isfinite(x) else None
    if isinstance(x, (np.floating, np.integer)):
        return _jsonable(x.item())
    if isinstance(x, dict) and depth > 0:
        return {str(k): _jsonable(v, depth - 1) for k, v in x.items()}
    if isinstance(x, (list, tuple)) and depth > 0:
        return [_jsonable(v, depth - 1) for v in x]
    return getattr(x, "__name__", None) or type(x).__name__


def _try(fn, default=None):
    try:
        return fn()
    except Exception:
        return default


def _shape(t):
    shape = _try(lambda: tuple(t.shape))
    return None if shape is None else [None if d is None else int(d) for d in shape]


def layer_facts(model):
    """``[{name, class, activation, units, output_shape, params, inbound}]`` in the model's order."""
    out = []
    for layer in model._flatten_layers(include_self=False, recursive=True):
        if capture._is_model(layer) or type(layer).__name__ == "InputLayer":
            continue
        units = next((getattr(layer, a) for a in ("units", "filters", "output_dim") if isinstance(getattr(layer, a, None), int)), None)
        inbound = _try(lambda: sorted({p.operation.name for node in layer._inbound_nodes for p in node.parent_nodes}), [])
        out.append({
            "name": layer.name,
            "class": type(layer).__name__,
            "activation": capture.layer_activation(layer),
            "units": units,
            "output_shape": _try(lambda: _shape(layer.output)),
            "params": int(_try(lambda: layer.count_params(), 0) or 0),
            "inbound": inbound,
        })
    return out


def _describe_loss(loss, output=None):
    if loss is None:
        return None
    if isinstance(loss, str):
        return {"output": output, "name": loss, "class": None, "from_logits": None, "config": {}}
    is_object = hasattr(loss, "get_config")  # a keras.losses.Loss; else a plain function
    config = (_try(lambda: loss.get_config(), {}) or {}) if is_object else {}
    name = config.get("name") or getattr(loss, "__name__", None) or type(loss).__name__
    out = {"output": output, "name": str(name), "class": type(loss).__name__ if is_object else "function",
           "from_logits": config.get("from_logits"), "config": _jsonable(config)}
    if not str(getattr(loss, "__module__", "")).startswith("keras"):  # hand-written: what it computes
        out["computes"] = loss_probe.computed_family(loss)
    return out


def loss_facts(loss, output_names=None):
    """The loss(es) as compiled: ``[{output, name, class, from_logits, config}]``."""
    if isinstance(loss, dict):
        return [d for k, v in loss.items() for d in [_describe_loss(v, str(k))] if d]
    if isinstance(loss, (list, tuple)):
        names = list(output_names or [])
        return [d for i, v in enumerate(loss) for d in [_describe_loss(v, names[i] if i < len(names) else str(i))] if d]
    d = _describe_loss(loss)
    return [d] if d else []


def optimizer_facts(optimizer):
    """``{class, learning_rate, config}`` of the optimizer (the inner one under loss scaling)."""
    if optimizer is None:
        return None
    inner = getattr(optimizer, "inner_optimizer", None) or optimizer
    config = _try(lambda: inner.get_config(), {}) or {}
    lr = _try(lambda: float(np.asarray(inner.learning_rate)))
    return {"class": type(inner).__name__, "loss_scaling": inner is not optimizer, "learning_rate": lr,
            "config": _jsonable(config, 3)}


def initial_weights(model):
    """Per trainable weight, its scale before the first update: ``[{name, layer, shape, rms, ...}]``."""
    out = []
    for layer, var in capture.layer_variables(model):
        if not getattr(var, "trainable", True):
            continue
        value = _try(lambda: np.asarray(var.numpy()))
        if value is None or value.dtype.kind != "f" or not value.size:
            continue
        flat = value.ravel()
        if flat.size > _MAX_WEIGHT_VALUES:
            flat = flat[:: flat.size // _MAX_WEIGHT_VALUES + 1]
        flat = flat.astype(np.float64)
        finite = flat[np.isfinite(flat)]
        shape = list(value.shape)
        out.append({
            "name": "%s/%s" % (layer.name, var.name), "layer": layer.name, "shape": shape,
            "rms": float(np.sqrt(np.mean(finite**2))) if len(finite) else None,
            "mean": float(finite.mean()) if len(finite) else None,
            "std": float(finite.std()) if len(finite) else None,
            "max_abs": float(np.abs(finite).max()) if len(finite) else None,
            "fan_in": int(np.prod(shape[:-1])) if len(shape) >= 2 else None,
            "fan_out": int(shape[-1]) if len(shape) >= 2 else None,
        })
    return out


def refresh_layers(facts, model):
    """Fills in the layer facts of a model Keras built only at its first step (a `Sequential` given no input shape):
    taken before, its layers had no weights, parameter counts or output shapes. The initial weights stay as taken
    (none): by now the weights have been updated; the analysis reads the first logged statistics instead."""
    layers = _try(lambda: layer_facts(model))
    if layers:
        facts["layers"] = _jsonable(layers)
        facts["outputs"] = _try(lambda: [t._keras_history.operation.name for t in model.outputs]) or [layers[-1]["name"]]


def model_facts(model, optimizer, loss=None, params=None):
    """The model facts for `metadata.TAG_MODEL`.

    Args:
      model: the Keras model.
      optimizer: its optimizer (or None).
      loss: the loss as given to ``compile`` (default ``model.loss``).
      params: the callback's ``params`` (epochs, steps).

    Example:
      >>> model_facts(model, model.optimizer, params={"epochs": 3, "steps": 10})["fit"]
      {'epochs': 3, 'steps_per_epoch': 10}
    """
    facts = {"layers": _try(lambda: layer_facts(model), [])}
    facts["outputs"] = _try(lambda: [t._keras_history.operation.name for t in model.outputs])
    if not facts["outputs"] and facts["layers"]:
        facts["outputs"] = [facts["layers"][-1]["name"]]
    if loss is None:
        loss = getattr(model, "loss", None)
    facts["losses"] = _try(lambda: loss_facts(loss, _try(lambda: list(model.output_names))), [])
    facts["optimizer"] = _try(lambda: optimizer_facts(optimizer))
    params = params or {}
    facts["fit"] = {"epochs": params.get("epochs"), "steps_per_epoch": params.get("steps")}
    facts["dtype_policy"] = _try(lambda: str(model.dtype_policy.name))
    facts["initial_weights"] = _try(lambda: initial_weights(model), [])
    return _jsonable(facts)
