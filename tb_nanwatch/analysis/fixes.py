"""Runnable fix snippets, filled with the run's own optimizer and layers (pure Python).

Every cause carries ``fix`` (prose, inline code in backticks) and ``code``: a
Python snippet the tab's Copy button copies. The snippets name the user's
optimizer class, learning rate and settings, and their layers' names and
sizes, where the model facts give them; they never hold backticks.

Example:
  >>> optimizer_code(facts, clipnorm=1.0)
  'optimizer = keras.optimizers.SGD(learning_rate=0.01, clipnorm=1.0)'
"""

import math

# Optimizer classes of `keras.optimizers` (Keras 3); another class is the user's own and is named bare.
KERAS_OPTIMIZERS = ("Adadelta", "Adafactor", "Adagrad", "Adam", "AdamW", "Adamax", "Ftrl", "Lamb", "Lion", "Muon",
                    "Nadam", "RMSprop", "SGD")
# Settings kept from the user's optimizer config, with the value that means "left at the default".
_KEPT = (("momentum", (0, 0.0, None)), ("nesterov", (False, None)), ("epsilon", (1e-7, None)),
         ("weight_decay", (None, 0, 0.0)), ("clipnorm", (None,)), ("global_clipnorm", (None,)), ("clipvalue", (None,)))
# Activation names Keras 3 knows (`keras.activations.get`); another one read from the facts is left out of a snippet.
KERAS_ACTIVATIONS = ("celu", "elu", "exponential", "gelu", "glu", "hard_shrink", "hard_sigmoid", "hard_silu",
                     "hard_swish", "hard_tanh", "leaky_relu", "linear", "log_sigmoid", "log_softmax", "mish", "relu",
                     "relu6", "selu", "sigmoid", "silu", "soft_shrink", "softmax", "softplus", "softsign", "sparse_plus",
                     "sparsemax", "squareplus", "swish", "tanh", "tanh_shrink")
# Layer classes of `keras.layers` a snippet may rebuild with its own arguments.
_REBUILT_LAYERS = ("Dense",)


def literal(x):
    """A Python literal for a setting: numbers rounded to 3 significant digits, strings quoted."""
    if isinstance(x, bool) or x is None:
        return repr(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        text = repr(float("%.3g" % x))  # 1e-05 -> 1e-5, 3e+35 -> 3e35: valid Python, written as people write it
        mantissa, e, exponent = text.partition("e")
        return "%se%d" % (mantissa, int(exponent)) if e else text
    return repr(str(x))


def optimizer_expr(facts, learning_rate=None, default="Adam", **changes):
    """``keras.optimizers.SGD(learning_rate=0.01, momentum=0.9, clipnorm=1.0)``: the user's optimizer with ``changes``.

    Args:
      facts: the run's `facts.Facts` (may be empty).
      learning_rate: the rate to write (default: the user's).
      default: the class written when the facts name none.
      changes: settings to set (None removes one).
    """
    opt = facts.optimizer() if facts else {}
    cls = opt.get("class") or default
    config = opt.get("config") if isinstance(opt.get("config"), dict) else {}
    lr = learning_rate if learning_rate is not None else opt.get("learning_rate")
    args = [] if lr is None else ["learning_rate=%s" % literal(lr)]
    # Settings the config holds as finite numbers or flags, and not at their defaults (a malformed one is left out).
    settings = {k: config.get(k) for k, defaults in _KEPT
                if isinstance(config.get(k), (int, float)) and math.isfinite(config.get(k)) and config.get(k) not in defaults}
    settings.update(changes)
    args += ["%s=%s" % (k, literal(v)) for k, v in settings.items() if v is not None]
    prefix = "keras.optimizers." if cls in KERAS_OPTIMIZERS else ""
    return "%s%s(%s)" % (prefix, cls, ", ".join(args))


def optimizer_code(facts, learning_rate=None, default="Adam", **changes):
    """A snippet building the user's optimizer with ``changes`` and compiling with it."""
    return "import keras\n\noptimizer = %s\nmodel.compile(optimizer=optimizer, loss=model.loss)" % optimizer_expr(
        facts, learning_rate, default, **changes)


def dense_code(layer, **changes):
    """``keras.layers.Dense(32, activation="relu", name="hidden1")`` from a layer's facts with ``changes``."""
    args = []
    if layer.get("units") is not None:
        args.append(str(int(layer["units"])))
    act = layer.get("activation")
    settings = {"activation": act if act in KERAS_ACTIVATIONS and act != "linear" else None}
    settings.update(changes)
    args += ["%s=%s" % (k, literal(v)) for k, v in settings.items() if v is not None]
    if layer.get("name"):
        args.append("name=%s" % literal(layer["name"]))
    cls = layer.get("class") if layer.get("class") in _REBUILT_LAYERS else "Dense"
    return "keras.layers.%s(%s)" % (cls, ", ".join(args))


def dense_layers(facts, which=None, limit=8):
    """The user's Dense layers (facts), optionally only those named in ``which``."""
    layers = [l for l in (facts.layers if facts else []) if l.get("class") in _REBUILT_LAYERS]
    if which is not None:
        layers = [l for l in layers if l.get("name") in which]
    return layers[:limit]


def layers_code(layers, comment, **changes):
    """A snippet rebuilding ``layers`` with ``changes`` (None when there are none)."""
    if not layers:
        return None
    lines = ["import keras", "", "# " + comment]
    lines += ["%s = %s" % (_var(l["name"]), dense_code(l, **changes)) for l in layers]
    return "\n".join(lines)


def _var(name):
    out = "".join(c if c.isalnum() or c == "_" else "_" for c in str(name))
    return out if out and not out[0].isdigit() else "layer_" + out
