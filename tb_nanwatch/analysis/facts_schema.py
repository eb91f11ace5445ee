"""Type-checks the model facts and the data summary before the rules read them (pure Python).

Both arrive as JSON the hook wrote, but old or foreign writers, hand-edited
logs or a writer bug can put a string where a number belongs, a list where
a dict does, or None anywhere. `clean_model` and `clean_data` return copies
in which every field the analysis reads (see `metadata.MODEL_FACT_KEYS` and
`tb_nanwatch.data_summary.summarize`) has its documented type or is absent:
a wrong value is dropped, never guessed (``"0.5"`` is not 0.5), and a list
entry of the wrong shape (a layer or initial weight without a name) is left
out. Fields they do not know are kept as
they are. Figures read together stay together: a summary keeps ``min``,
``max``, ``mean`` and ``std`` only when all four are numbers, and its
``scale`` keeps ``largest``/``smallest`` only as a pair.
"""

import math

from tb_nanwatch import metadata

_FIGURES = ("min", "max", "mean", "std")
_COUNTS = ("rows", "seen", "features", "nonfinite")


def number(x):
    """``x`` when it is a finite int or float (a bool is not a number), else None."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return x if math.isfinite(x) else None


def integer(x):
    """``x`` as an int when it is a whole finite number, else None."""
    x = number(x)
    return int(x) if x is not None and float(x).is_integer() else None


def _text(x):
    return x if isinstance(x, str) else None


def _flag(x):
    return x if isinstance(x, bool) else None


def _dicts(x):
    return [d for d in x if isinstance(d, dict)] if isinstance(x, list) else []


def _texts(x):
    return [s for s in x if isinstance(s, str)] if isinstance(x, list) else None


def _numbers(x):
    """A list of numbers and Nones (a feature with no finite value), or None when ``x`` is anything else."""
    if not isinstance(x, list) or any(v is not None and number(v) is None for v in x):
        return None
    return list(x)


def _set(out, src, key, check):
    """Copies ``src[key]`` through ``check`` into ``out``, dropping it when the check fails."""
    if key in src:
        value = check(src[key])
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value


def _shape(x):
    if not isinstance(x, list):
        return None
    dims = [None if d is None else integer(d) for d in x]
    return None if any(d is None and v is not None for d, v in zip(dims, x)) else dims


def _layer(l):
    out = dict(l)
    for key in ("class", "activation"):
        _set(out, l, key, _text)
    if "activation" in out:  # logs written before the writer used Keras's names
        out["activation"] = metadata.canonical_activation(out["activation"])
    _set(out, l, "units", integer)
    _set(out, l, "params", number)
    _set(out, l, "output_shape", _shape)
    _set(out, l, "inbound", _texts)
    return out


def _loss(l):
    out = dict(l)
    for key in ("output", "name", "class", "computes"):
        _set(out, l, key, _text)
    _set(out, l, "from_logits", _flag)
    _set(out, l, "config", lambda c: c if isinstance(c, dict) else None)
    return out


def _weight(w):
    out = dict(w)
    for key in ("name", "layer"):
        _set(out, w, key, _text)
    for key in ("rms", "mean", "std", "max_abs"):
        _set(out, w, key, number)
    for key in ("fan_in", "fan_out"):
        _set(out, w, key, integer)
    _set(out, w, "shape", _shape)
    return out


def clean_model(model):
    """The model facts with every field the analysis reads type-checked ({} when not a dict)."""
    if not isinstance(model, dict):
        return {}
    out = dict(model)
    if "layers" in model:
        out["layers"] = [_layer(l) for l in _dicts(model["layers"]) if isinstance(l.get("name"), str)]
    _set(out, model, "outputs", _texts)
    if "losses" in model:
        out["losses"] = [_loss(l) for l in _dicts(model["losses"])]
    opt = model.get("optimizer")
    if isinstance(opt, dict):
        out["optimizer"] = dict(opt)
        _set(out["optimizer"], opt, "class", _text)
        _set(out["optimizer"], opt, "learning_rate", number)
        _set(out["optimizer"], opt, "config", lambda c: c if isinstance(c, dict) else None)
    else:
        out.pop("optimizer", None)
    fit = model.get("fit")
    if isinstance(fit, dict):
        out["fit"] = dict(fit)
        for key in ("epochs", "steps_per_epoch"):
            _set(out["fit"], fit, key, integer)
    else:
        out.pop("fit", None)
    if "initial_weights" in model:
        out["initial_weights"] = [_weight(w) for w in _dicts(model["initial_weights"]) if isinstance(w.get("name"), str)]
    _set(out, model, "dtype_policy", _text)
    return out


def _pair(x):
    """``[feature index, std]`` of a summary's scale, or None."""
    if isinstance(x, list) and len(x) == 2 and integer(x[0]) is not None and number(x[1]) is not None:
        return [integer(x[0]), x[1]]
    return None


def _scale(sc):
    if not isinstance(sc, dict):
        return None
    out = dict(sc)
    for key in ("informative", "constant"):
        _set(out, sc, key, integer)
    for key in ("spread", "typical"):
        _set(out, sc, key, number)
    if _pair(sc.get("largest")) is None or _pair(sc.get("smallest")) is None:
        out.pop("largest", None)
        out.pop("smallest", None)
    return out


def _summary(s):
    out = dict(s)
    for key in _COUNTS:
        _set(out, s, key, integer)
    _set(out, s, "dtype", _text)
    for key in ("integer", "one_hot"):
        _set(out, s, key, _flag)
    if any(number(s.get(k)) is None for k in _FIGURES):
        for key in _FIGURES:
            out.pop(key, None)
    _set(out, s, "values", lambda v: {k: f for k, f in v.items() if isinstance(k, str) and number(f) is not None}
         if isinstance(v, dict) else None)
    _set(out, s, "row_sum", lambda r: r if isinstance(r, list) and len(r) == 2 and all(number(v) is not None for v in r) else None)
    _set(out, s, "scale", _scale)
    _set(out, s, "quantiles", lambda q: q if isinstance(q, list) and len(q) == 5 and all(number(v) is not None for v in q) else None)
    for key in ("feature_mean", "feature_std"):
        _set(out, s, key, _numbers)
    _set(out, s, "constant", lambda c: {k: v for k, v in c.items() if number(v) is not None} if isinstance(c, dict) else None)
    return out


def _epoch(e):
    out = dict(e)
    for key in ("epoch", "step"):
        _set(out, e, key, integer)
    _set(out, e, "logs", lambda logs: {k: v for k, v in logs.items() if number(v) is not None} if isinstance(logs, dict) else None)
    return out


def clean_data(data):
    """The data summary with every field the analysis reads type-checked ({} when not a dict)."""
    if not isinstance(data, dict):
        return {}
    out = dict(data)
    tensors = data.get("tensors")
    if isinstance(tensors, dict):
        out["tensors"] = {k: _summary(v) for k, v in tensors.items() if isinstance(k, str) and isinstance(v, dict)}
    else:
        out.pop("tensors", None)
    if "epochs" in data:
        out["epochs"] = [_epoch(e) for e in _dicts(data["epochs"])]
    _set(out, data, "batch_size", integer)
    return out
