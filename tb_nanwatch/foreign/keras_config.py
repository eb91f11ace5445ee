"""The model facts of a run from the model config Keras's TensorBoard callback writes (pure Python).

The callback writes ``model.to_json()`` under the ``keras`` tag: every layer's
class and config and, once the model is compiled, its ``compile_config`` (the
loss, the optimizer with its learning rate). `model_facts` turns that into
the facts the hook records itself (`metadata.MODEL_FACT_KEYS`), with what the
config cannot tell (parameter counts, initial weights, output shapes beyond
the units of the layers) left out, never guessed.
"""

import json

# Layers that keep the shape of what they get (the units of the layer before them carry through).
_SAME_SHAPE = ("Activation", "Softmax", "ReLU", "LeakyReLU", "ELU", "PReLU", "Dropout", "GaussianNoise", "GaussianDropout",
               "AlphaDropout", "BatchNormalization", "LayerNormalization", "UnitNormalization", "ActivityRegularization",
               "Identity", "Rescaling", "Lambda")
_MODELS = ("Sequential", "Functional", "Model")
# Keras's optimizer strings and their classes.
_OPTIMIZERS = {"sgd": "SGD", "adam": "Adam", "adamw": "AdamW", "rmsprop": "RMSprop", "adagrad": "Adagrad",
               "adadelta": "Adadelta", "adamax": "Adamax", "nadam": "Nadam", "ftrl": "Ftrl", "lion": "Lion",
               "lamb": "Lamb", "adafactor": "Adafactor"}
# The default learning rate of each optimizer compiled by name (Keras 3).
_DEFAULT_LR = {"SGD": 0.01, "Adam": 0.001, "AdamW": 0.001, "RMSprop": 0.001, "Adagrad": 0.001, "Adadelta": 0.001,
               "Adamax": 0.001, "Nadam": 0.001, "Ftrl": 0.001, "Lion": 0.001, "Lamb": 0.001}


def parse(text):
    """The model config JSON (bytes or str) as a dict, or None when it is not one."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    try:
        config = json.loads(text)
    except (TypeError, ValueError):
        return None
    return config if isinstance(config, dict) else None


def _name(x):
    """An activation or loss given as a string or as a serialised object: its name."""
    if isinstance(x, str):
        return x
    if isinstance(x, dict):
        config = x.get("config")
        if isinstance(config, dict) and isinstance(config.get("name"), str):
            return config["name"]
        if isinstance(config, str):
            return config
        return x.get("class_name") if isinstance(x.get("class_name"), str) else None
    return None


def _inbound(layer):
    """Names of the layers feeding a layer of a functional model (its ``inbound_nodes``' keras histories)."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            history = (x.get("config") or {}).get("keras_history") if isinstance(x.get("config"), dict) else None
            if isinstance(history, list) and history and isinstance(history[0], str):
                out.append(history[0])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            if len(x) >= 3 and isinstance(x[0], str) and isinstance(x[1], int):  # older [name, node, tensor] form
                out.append(x[0])
            for v in x:
                walk(v)

    walk(layer.get("inbound_nodes"))
    return sorted(set(out))


def _layers(config, out):
    """Flattens the layers of a (nested) model config into ``out``, in the model's order."""
    layers = config.get("layers") if isinstance(config, dict) else None
    if not isinstance(layers, list):
        return
    units = None
    for layer in layers:
        if not isinstance(layer, dict):
            continue
        cls = layer.get("class_name")
        cfg = layer.get("config") if isinstance(layer.get("config"), dict) else {}
        if cls in _MODELS or isinstance(cfg.get("layers"), list):
            _layers(cfg, out)
            continue
        if cls == "InputLayer" or not isinstance(cfg.get("name"), str):
            continue
        own = next((cfg[k] for k in ("units", "filters", "output_dim") if isinstance(cfg.get(k), int)), None)
        act = _name(cfg.get("activation"))  # `facts_schema` reads TensorFlow's names (softmax_v2) as Keras's
        if cls == "Softmax":
            act = "softmax"
        units = own if own is not None else (units if cls in _SAME_SHAPE else None)
        out.append({
            "name": cfg["name"],
            "class": cls,
            "activation": act,
            "units": own,
            "output_shape": None if units is None else [None, units],
            "inbound": _inbound(layer),
        })


def _outputs(config, layers):
    cfg = config.get("config") if isinstance(config.get("config"), dict) else {}
    outs = cfg.get("output_layers")
    names = []
    if isinstance(outs, list):
        for o in outs:
            if isinstance(o, list) and o and isinstance(o[0], str):
                names.append(o[0])
            elif isinstance(o, dict):
                history = (o.get("config") or {}).get("keras_history") if isinstance(o.get("config"), dict) else None
                if isinstance(history, list) and history and isinstance(history[0], str):
                    names.append(history[0])
    known = {l["name"] for l in layers}
    names = [n for n in names if n in known]
    return names or ([layers[-1]["name"]] if layers else [])


def _loss(loss, output=None):
    if loss is None:
        return None
    if isinstance(loss, str):
        return {"output": output, "name": loss, "class": None, "from_logits": None, "config": {}}
    if isinstance(loss, dict):
        config = loss.get("config")
        if isinstance(config, dict):
            return {"output": output, "name": config.get("name") or loss.get("class_name"), "class": loss.get("class_name"),
                    "from_logits": config.get("from_logits"), "config": config}
        name = config if isinstance(config, str) else loss.get("class_name")  # a plain function: its name
        return {"output": output, "name": name, "class": "function", "from_logits": None, "config": {}}
    return None


def _losses(loss, outputs):
    if isinstance(loss, dict) and "class_name" not in loss:
        return [d for k, v in loss.items() for d in [_loss(v, str(k))] if d]
    if isinstance(loss, list):
        return [d for i, v in enumerate(loss) for d in [_loss(v, outputs[i] if i < len(outputs) else str(i))] if d]
    d = _loss(loss)
    return [d] if d else []


def _optimizer(opt):
    if isinstance(opt, str):
        cls = _OPTIMIZERS.get(opt.lower(), opt)
        return {"class": cls, "loss_scaling": False, "learning_rate": _DEFAULT_LR.get(cls), "config": {}}
    if not isinstance(opt, dict):
        return None
    cls, config = opt.get("class_name"), opt.get("config") if isinstance(opt.get("config"), dict) else {}
    scaling = cls == "LossScaleOptimizer"
    if scaling and isinstance(config.get("inner_optimizer"), dict):
        inner = _optimizer(config["inner_optimizer"]) or {}
        return dict(inner, loss_scaling=True)
    lr = config.get("learning_rate")
    return {"class": cls, "loss_scaling": scaling, "learning_rate": lr if isinstance(lr, (int, float)) and not isinstance(lr, bool) else None,
            "config": {k: v for k, v in config.items() if isinstance(v, (int, float, str, bool)) or v is None}}


def model_facts(config, steps_per_epoch=None, epochs=None):
    """The model facts (`metadata.MODEL_FACT_KEYS`) read from a Keras model config, or None.

    Args:
      config: the dict of ``model.to_json()`` (see `parse`).
      steps_per_epoch, epochs: what the logs tell of the fit, when they tell it.

    Example:
      >>> f = model_facts(parse(json_text))
      >>> f["losses"][0]["name"], f["optimizer"]["class"]
      ('binary_crossentropy', 'SGD')
    """
    if not isinstance(config, dict):
        return None
    layers = []
    _layers(config.get("config"), layers)
    facts = {"layers": layers, "outputs": _outputs(config, layers)}
    compiled = config.get("compile_config")
    if isinstance(compiled, dict):
        facts["losses"] = _losses(compiled.get("loss"), facts["outputs"])
        facts["optimizer"] = _optimizer(compiled.get("optimizer"))
    facts["fit"] = {"epochs": epochs, "steps_per_epoch": steps_per_epoch}
    dtype = (config.get("config") or {}).get("dtype") if isinstance(config.get("config"), dict) else None
    policy = _name(dtype) if isinstance(dtype, (dict, str)) else None
    if policy:
        facts["dtype_policy"] = policy
    return facts
