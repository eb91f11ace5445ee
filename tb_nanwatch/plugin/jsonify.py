"""JSON encoding for the HTTP API: numpy in, strict JSON out.

Non-finite numbers become the strings ``"NaN"``, ``"Inf"`` and ``"-Inf"``
(TensorBoard's own ``json_util.Cleanse`` spells them ``"Infinity"``, and is
slow on large arrays), so the output is strict JSON any ``JSON.parse`` reads.
"""

import json
import math

import numpy as np



class Safe(list):
    """A list already made JSON-safe (by `array_list`): `cleanse` passes it through."""


def number(x):
    """Returns ``x`` as a JSON-safe number, or its non-finite string.

    Example:
      >>> number(float("inf"))
      'Inf'
    """
    x = float(x)
    if math.isfinite(x):
        return x
    return "NaN" if math.isnan(x) else ("Inf" if x > 0 else "-Inf")


def array_list(a):
    """Returns a numpy array as nested lists with non-finite strings.

    Vectorised: only the non-finite entries are visited one by one.

    Example:
      >>> array_list(np.array([1.0, np.nan]))
      [1.0, 'NaN']
    """
    a = np.asarray(a)
    if a.dtype.kind in "iub":
        return Safe(a.tolist())
    if a.dtype.kind != "f":
        return Safe(cleanse(a.tolist()))
    a = a.astype(np.float64, copy=False)
    if np.isfinite(a).all():
        return Safe(a.tolist())
    obj = a.astype(object)
    obj[np.isnan(a)] = "NaN"
    obj[a == np.inf] = "Inf"
    obj[a == -np.inf] = "-Inf"
    return Safe(obj.tolist())


def cleanse(obj):
    """Returns ``obj`` with numpy values and non-finite floats made JSON-safe.

    Args:
      obj: nested dicts, lists, tuples, numpy arrays and scalars.

    Example:
      >>> cleanse({"a": (np.float32(1.5), float("nan"))})
      {'a': [1.5, 'NaN']}
    """
    if isinstance(obj, Safe):
        return obj
    if isinstance(obj, dict):
        return {str(k): cleanse(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [cleanse(v) for v in obj]
    if isinstance(obj, np.ndarray):
        return array_list(obj)
    if isinstance(obj, (bool, np.bool_)):
        return bool(obj)
    if isinstance(obj, (int, np.integer)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        return number(obj)
    if isinstance(obj, bytes):
        return obj.decode("utf-8", "replace")
    return obj


def dumps(obj):
    """Returns strict JSON text for ``obj`` (see `cleanse`)."""
    return json.dumps(cleanse(obj), allow_nan=False, separators=(",", ":"), default=str)
