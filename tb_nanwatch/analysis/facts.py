"""The model facts and data summary of a run, as the rules ask for them (numpy only).

`Facts` wraps the JSON the hook wrote in ``tb_nanwatch/model`` and
``tb_nanwatch/data`` (either may be missing: old logs, custom loops without
a loss) and answers: what is the output layer and its activation, which
loss is it (canonical name), what do the targets look like, and what loss
would a constant predictor reach (`baseline`).
"""

import math

from tb_nanwatch import metadata
from tb_nanwatch.analysis.facts_schema import clean_data, clean_model

# Keras loss names (functions, classes, strings) -> the families the rules know.
LOSS_FAMILIES = {
    "mse": ("mse", "mean_squared_error", "meansquarederror"),
    "mae": ("mae", "mean_absolute_error", "meanabsoluteerror"),
    "huber": ("huber", "huber_loss"),
    "msle": ("msle", "mean_squared_logarithmic_error", "meansquaredlogarithmicerror"),
    "mape": ("mape", "mean_absolute_percentage_error", "meanabsolutepercentageerror"),
    "log_cosh": ("log_cosh", "logcosh"),
    "bce": ("binary_crossentropy", "binarycrossentropy", "bce", "binary_focal_crossentropy", "binaryfocalcrossentropy"),
    "cce": ("categorical_crossentropy", "categoricalcrossentropy", "cce", "categorical_focal_crossentropy",
            "categoricalfocalcrossentropy"),
    "scce": ("sparse_categorical_crossentropy", "sparsecategoricalcrossentropy", "scce"),
    "hinge": ("hinge", "squared_hinge", "categorical_hinge"),
    "poisson": ("poisson",),
    "kld": ("kl_divergence", "kld", "kldivergence", "kullback_leibler_divergence"),
}
_FAMILY = {alias: family for family, aliases in LOSS_FAMILIES.items() for alias in aliases}
REGRESSION_LOSSES = ("mse", "mae", "huber", "msle", "mape", "log_cosh")
PROBABILITY_LOSSES = ("bce", "cce", "scce")
# Optimizers that scale each step by a running gradient magnitude: their update
# ratio is about lr / rms(w) by design, whatever the gradients.
ADAPTIVE_OPTIMIZERS = ("adam", "adamw", "nadam", "adamax", "rmsprop", "adagrad", "adadelta", "adafactor", "lion", "ftrl", "lamb")
# The range each output activation can produce.
ACTIVATION_RANGE = {
    "sigmoid": (0.0, 1.0), "hard_sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "tanh": (-1.0, 1.0),
    "relu": (0.0, math.inf), "relu6": (0.0, 6.0), "softplus": (0.0, math.inf), "exponential": (0.0, math.inf),
    "elu": (-1.0, math.inf), "selu": (-1.7581, math.inf),
}
# Layers that only reshape or perturb the inputs, and layers that bring them to a sane scale.
PASS_THROUGH_LAYERS = ("Flatten", "Reshape", "Permute", "Dropout", "GaussianNoise", "GaussianDropout", "ZeroPadding2D",
                       "Cropping2D", "RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation", "RandomCrop",
                       "RandomContrast", "Resizing", "CenterCrop")
INPUT_SCALING_LAYERS = ("Rescaling", "Normalization", "BatchNormalization", "LayerNormalization", "Embedding",
                        "TextVectorization", "Discretization", "CategoryEncoding", "StringLookup", "IntegerLookup",
                        "Hashing", "HashedCrossing", "UnitNormalization")
# Accuracy metrics Keras logs per epoch.
ACCURACY_METRICS = ("accuracy", "acc", "binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy")


def loss_family(loss):
    """The family of a loss-facts dict (`LOSS_FAMILIES` key), or None for a custom loss."""
    if not loss:
        return None
    for key in (loss.get("name"), loss.get("class")):
        if key:
            family = _FAMILY.get(str(key).lower().replace(" ", ""))
            if family:
                return family
    return None



def labelled_fraction(t):
    """For 0/1 target rows that each hold at most one 1 (one-hot rows beside all-zero ones, which a categorical
    cross-entropy scores 0: a mask, as in semi-supervised graph examples), the fraction of rows holding a label;
    else None."""
    values, rows, d = t.get("values"), t.get("row_sum"), t.get("features") or 1
    if d < 2 or not isinstance(values, dict) or not rows or rows[0] is None or rows[0] != 0 or rows[1] != 1:
        return None
    if not {float(v) for v in values} <= {0.0, 1.0}:
        return None
    ones = next((f for v, f in values.items() if float(v) == 1.0), 0.0)
    return min(1.0, float(ones) * d)


def _pct_text(frac):
    return "%.3g" % (100 * frac)


def label_order(label):
    """Sort key of a label as the data summary writes it (a string): numbers in numeric order (3 before 11),
    then the rest as text."""
    try:
        return (0, float(label), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(label))


class Facts:
    """A run's model facts and data summary.

    Args:
      model: the ``tb_nanwatch/model`` JSON (dict) or None.
      data: the last ``tb_nanwatch/data`` JSON (dict) or None.

    Example:
      >>> f = Facts(run_data.model, run_data.data)
      >>> f.output_layer()["activation"], f.loss_family()
      ('softmax', 'bce')
    """

    def __init__(self, model=None, data=None):
        self.model = clean_model(model)  # wrong types dropped: see `facts_schema`
        self.data = clean_data(data)
        self.layers = [l for l in (self.model.get("layers") or []) if isinstance(l, dict) and "name" in l]
        self.by_name = {l["name"]: l for l in self.layers}
        self.tensors = self.data.get("tensors") if isinstance(self.data.get("tensors"), dict) else {}

    def __bool__(self):
        return bool(self.model or self.data)

    # ------------------------------------------------------------- model
    def output_layer(self, k=0):
        """The facts of the layer producing output ``k`` (default the first), or None."""
        names = self.model.get("outputs") or []
        if k < len(names) and names[k] in self.by_name:
            return self.by_name[names[k]]
        return self.layers[-1] if self.layers and k == 0 else None

    def activation_of(self, layer):
        """The activation ``layer`` applies (``"relu"`` for `ReLU()` or `Activation("relu")`), or None for linear."""
        act = metadata.layer_activation(layer.get("class"), layer.get("activation"))
        return None if act == "linear" else act

    def producer(self, layer):
        """The layer feeding ``layer``: its one inbound layer, else the one before it in the model's order."""
        inbound = [n for n in (layer.get("inbound") or []) if n in self.by_name]
        if len(inbound) == 1:
            return self.by_name[inbound[0]]
        if inbound or layer not in self.layers:
            return None  # a merge: no single producer
        i = self.layers.index(layer)
        return self.layers[i - 1] if i > 0 else None

    def output_head(self, k=0):
        """``(layer, activation, activation layer)`` of output ``k``, read the way the model computes.

        ``activation`` is the last one applied: a layer argument or a layer of
        its own (`Activation`, `ReLU`, `Softmax`), past layers that pass values
        through (Dropout, Flatten); ``layer`` is the layer that computes the
        values it applies to (the last `Dense`), ``activation layer`` the
        separate layer that applies it, or None. None when there is no output.
        """
        out = layer = self.output_layer(k)
        act, act_layer = None, None
        for _ in range(16):
            if layer is None:
                return out, act, act_layer
            cls = layer.get("class")
            own = self.activation_of(layer)
            if cls == "Activation" or cls in metadata.ACTIVATION_LAYERS:
                if act is None and act_layer is None:
                    act, act_layer = own, layer
            elif cls not in PASS_THROUGH_LAYERS:
                return layer, act if act_layer is not None else own, act_layer
            layer = self.producer(layer)
        return out, act, act_layer

    def output_head_names(self, k=0):
        """Names of the layers of output ``k``'s head (its last weighted layer and a separate activation layer)."""
        head = self.output_head(k)
        return {l["name"] for l in head if isinstance(l, dict)} if head else set()

    def output_activation(self, k=0):
        """The output's last activation (``"softmax"`` also for a Softmax layer), or None when linear."""
        head = self.output_head(k)
        return None if head is None else head[1]

    def output_units(self, k=0):
        """Size of the output's last axis, or None."""
        layer = self.output_layer(k)
        if layer is None:
            return None
        shape = layer.get("output_shape")
        if isinstance(shape, list) and shape and isinstance(shape[-1], int):
            return shape[-1]
        return layer.get("units")

    def describe_layer(self, layer):
        """``Dense(1, activation="softmax")``-style text of a layer's facts (``Activation("relu")``, ``ReLU()``)."""
        if layer.get("class") == "Activation":
            return 'Activation("%s")' % (layer.get("activation") or "linear")
        if layer.get("class") in metadata.ACTIVATION_LAYERS:
            return "%s()" % layer["class"]
        args = []
        if layer.get("units") is not None:
            args.append(str(layer["units"]))
        if layer.get("activation") not in (None, "linear") or layer.get("class") in ("Dense", "Conv1D", "Conv2D"):
            args.append('activation="%s"' % (layer.get("activation") or "linear"))
        return "%s(%s)" % (layer.get("class") or "Layer", ", ".join(args))

    def losses(self):
        return [l for l in (self.model.get("losses") or []) if isinstance(l, dict)]

    def loss(self, k=0):
        """The loss of output ``k``: the one loss compiled, or the one named for that output."""
        losses = self.losses()
        if len(losses) == 1:
            return losses[0]
        layer = self.output_layer(k)
        named = [l for l in losses if layer and l.get("output") == layer["name"]]
        return named[0] if named else None

    def loss_family(self, k=0):
        return loss_family(self.loss(k))

    def _within_huber_delta(self, k, t):
        """Whether every sampled target lies within the Huber loss's delta of its column's mean."""
        delta = ((self.loss(k) or {}).get("config") or {}).get("delta", 1.0)
        lo, hi, mean = t.get("min"), t.get("max"), t.get("mean")
        if not all(isinstance(v, (int, float)) for v in (delta, lo, hi, mean)):
            return False
        spread = max(hi - mean, mean - lo) if (t.get("features") or 1) == 1 else hi - lo  # (per column: the range bounds it)
        return spread <= delta

    def loss_name(self, k=0):
        loss = self.loss(k)
        return None if loss is None else loss.get("name")

    def from_logits(self, k=0):
        loss = self.loss(k)
        return bool(loss and loss.get("from_logits"))

    def optimizer(self):
        opt = self.model.get("optimizer")
        return opt if isinstance(opt, dict) else {}

    def optimizer_class(self):
        return self.optimizer().get("class")

    def adaptive(self):
        """True for Adam-like optimizers (None when unknown)."""
        name = self.optimizer_class()
        if not name:
            return None
        inner = name.lower()
        return any(inner == a for a in ADAPTIVE_OPTIMIZERS)

    def learning_rate(self):
        lr = self.optimizer().get("learning_rate")
        return float(lr) if isinstance(lr, (int, float)) else None

    def initial_weights(self):
        return [w for w in (self.model.get("initial_weights") or []) if isinstance(w, dict)]

    def consumers(self, layer_name):
        """Layers whose inbound list names ``layer_name``."""
        return [l for l in self.layers if layer_name in (l.get("inbound") or [])]

    def first_layers(self):
        """Layers fed directly by a model input (the first layer when inbound is unknown)."""
        named = set(self.by_name)
        first = [l for l in self.layers if l.get("inbound") and not set(l["inbound"]) & named]
        return first or self.layers[:1]

    def first_real_layers(self):
        """The first layers that compute on the inputs, past reshaping/noise layers."""
        out, todo, seen = [], list(self.first_layers()), set()
        while todo:
            layer = todo.pop(0)
            if layer["name"] in seen:
                continue
            seen.add(layer["name"])
            if layer.get("class") in PASS_THROUGH_LAYERS:
                todo += self.consumers(layer["name"]) or self.layers[self.layers.index(layer) + 1:][:1]
            else:
                out.append(layer)
        return out

    def embeds_inputs(self):
        """True when the inputs go into an Embedding (token ids, not features)."""
        return any(l.get("class") == "Embedding" for l in self.first_layers())

    def scales_inputs(self):
        """True when every input reaches a layer that rescales it (Rescaling, Normalization, ...) first."""
        first = self.first_real_layers()
        return bool(first) and all(l.get("class") in INPUT_SCALING_LAYERS for l in first)

    def weighted_layers(self):
        return [l for l in self.layers if (l.get("params") or 0) > 0]

    def input_dense_width(self):
        """How many values each row feeds the model's first weighted layer when that is a `Dense` (its kernel's
        fan-in: 784 after a `Flatten` of 28x28 images, 1 for one feature); else None."""
        weighted = self.weighted_layers()
        if not weighted or weighted[0].get("class") != "Dense":
            return None
        name = weighted[0]["name"]
        fans = [w.get("fan_in") for w in self.initial_weights() if w.get("layer") == name and w.get("fan_in")]
        return int(fans[0]) if fans and isinstance(fans[0], (int, float)) else None

    # -------------------------------------------------------------- data
    def data_rows(self, kind):
        """``[(name, summary)]`` of the sampled inputs or targets."""
        return sorted((k, v) for k, v in self.tensors.items() if k.startswith(kind + "/") and isinstance(v, dict))

    def target(self, k=0):
        """The summary of the target of output ``k`` (dict) or None.

        A single target belongs to the first output; several are matched to
        output ``k`` by its name (``target/<output layer>``), never by position.
        """
        rows = self.data_rows("target")
        if len(rows) == 1 and len(self.model.get("outputs") or [None]) == 1:
            return rows[0][1] if k == 0 else None
        layer = self.output_layer(k)
        return dict(rows).get("target/%s" % layer["name"]) if layer else None

    def single_head(self):
        """True for one output trained on one target with one loss (the total loss is that loss)."""
        return len(self.model.get("outputs") or [None]) == 1 and len(self.data_rows("target")) == 1 and len(self.losses()) <= 1

    def weighted(self):
        """True when the batches carried sample weights (``class_weight`` too): the loss is a weighted mean."""
        fit = self.model.get("fit")
        return isinstance(fit, dict) and fit.get("sample_weight") is True

    def epochs(self):
        return [e for e in (self.data.get("epochs") or []) if isinstance(e, dict)]

    def accuracy(self):
        """``(metric name, [per-epoch values])`` of the compiled accuracy, or None."""
        epochs = self.epochs()
        for name in ACCURACY_METRICS:
            values = [e["logs"][name] for e in epochs if isinstance(e.get("logs"), dict) and name in e["logs"]]
            if values:
                return name, values
        return None

    def class_frequencies(self, k=0):
        """Class frequencies of target ``k`` in class order: from class ids (as numbers: 2 before 10) or one-hot columns, or None."""
        t = self.target(k)
        if not t:
            return None
        if t.get("one_hot") and t.get("feature_mean"):
            return [m for m in t["feature_mean"] if m is not None] or None  # None: a column with no finite value
        values = t.get("values")
        if isinstance(values, dict) and t.get("integer") and t.get("features") == 1:
            return [values[c] for c in sorted(values, key=label_order)]  # (the summary's keys come sorted as text)
        return None

    def baseline(self, k=0):
        """The loss of the best constant prediction under this run's loss.

        Returns ``(value, what)`` or None when the loss or the targets are unknown
        (a custom loss computing none of MSE, MAE and BCE; old logs), the targets do not fit the loss, or the loss is
        weighted by sample or class weights (its constant predictor is another).
        """
        # A hand-written loss has the level of the common loss it was found to compute.
        family, t = self.loss_family(k) or (self.loss(k) or {}).get("computes"), self.target(k)
        if family is None or not t or not self.single_head() or self.weighted():
            return None
        constant = t.get("constant") or {}
        if family == "mse" and constant.get("mse") is not None:
            return constant["mse"], "always predicting the targets' mean (their variance)"
        if family == "huber" and constant.get("mse") is not None and self._within_huber_delta(k, t):
            # Every target within delta of its mean: there the Huber loss is half the squared error, so the best
            # constant is the mean and its loss half the variance.
            return 0.5 * constant["mse"], "always predicting the targets' mean (half their variance under Huber)"
        if family == "mae" and constant.get("mae") is not None:
            return constant["mae"], "always predicting the targets' median (their mean absolute deviation)"
        if family == "msle" and constant.get("msle") is not None:
            return constant["msle"], "always predicting the targets' mean in log space (the variance of log(1 + y))"
        if family == "bce" and constant.get("bce") is not None:
            return constant["bce"], "always predicting the label mean (its binary entropy)"
        if family == "cce" and constant.get("cce") is not None and t.get("features", 1) > 1:
            labelled = labelled_fraction(t)
            if labelled is not None and labelled < 1:
                return labelled * constant["cce"], ("always predicting the class frequencies (their entropy, times the "
                                                    "%s%% of rows that hold a label: all-zero rows add 0)" % _pct_text(labelled))
            return constant["cce"], "always predicting the class frequencies (their entropy)"
        if family == "scce" and constant.get("scce") is not None:
            return constant["scce"], "always predicting the class frequencies (their entropy)"
        return None
