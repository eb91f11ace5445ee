"""Which tags of a run written without NanWatch mean what (pure Python).

Writers and their conventions (see design.md, "Keras's TensorBoard callback"):

* Keras 3's ``keras.callbacks.TensorBoard``: ``<log_dir>/train`` and
  ``<log_dir>/validation`` runs; ``epoch_<metric>`` at step = epoch,
  ``batch_<metric>`` (running means over the epoch) at step = global batch,
  ``evaluation_<metric>_vs_iterations`` (validation, at step = optimizer
  iterations at the epoch's end), ``epoch_learning_rate``, weight histograms
  ``<weight path>/histogram`` and the model config (with its compile config)
  under the ``keras`` tag (plugin ``graph_keras_model``).
* Hugging Face ``Trainer``: ``train/loss``, ``train/grad_norm``,
  ``train/learning_rate``, ``eval/loss`` at step = global step.
* ``tf.summary.scalar``, PyTorch's ``SummaryWriter`` and tensorboardX: free-form
  tags such as ``loss``, ``Loss/train``, ``train/loss``, ``val_loss``,
  ``grad_norm``, ``lr``; parameter and gradient histograms by parameter name
  (``fc1.weight``, ``grad/fc1.weight``, ``fc1.weight.grad``).

Every function here takes tag names and returns what they are; a tag none of
them recognises is ignored, never an error.
"""

import re

# Tags of the Keras callback's own (train/ and validation/ runs).
KERAS_MODEL_TAG = "keras"
KERAS_MODEL_PLUGIN = "graph_keras_model"
SCALARS_PLUGIN = "scalars"
HISTOGRAMS_PLUGIN = "histograms"
TRAIN_DIRS = ("train",)
VALIDATION_DIRS = ("validation",)

_SPLIT = re.compile(r"[/_.\-\s]+")
_VALID = {"val", "valid", "validation", "eval", "evaluation", "test", "dev"}
_TRAIN = {"train", "training", "tr"}
_LOSS = {"loss", "losses", "objective", "cost"}
_LR = {"lr", "learning_rate", "learningrate"}
_GRAD_NORM = ("grad_norm", "gradnorm", "gradient_norm", "grad_norm_total", "total_grad_norm", "global_grad_norm")
_ACCURACY = {"accuracy", "acc"}
# Parameter names end in one of these (Keras weight paths, torch parameter names).
_PARAM_ENDS = ("kernel", "bias", "weight", "weights", "gamma", "beta", "embeddings", "recurrent_kernel",
               "depthwise_kernel", "pointwise_kernel", "moving_mean", "moving_variance", "running_mean", "running_var")
_GRAD_WORDS = {"grad", "grads", "gradient", "gradients"}
_PARAM_PREFIXES = {"weights", "params", "parameters", "param", "weight"}


def tokens(tag):
    """The lower-case words of a tag: ``"Loss/train"`` -> ``["loss", "train"]``."""
    return [t for t in _SPLIT.split(tag.lower()) if t]


def run_role(run):
    """``(group, role)`` of a run name: Keras's ``x/train`` and ``x/validation`` are one run ``x``.

    ``role`` is ``"train"``, ``"validation"`` or ``""`` (a run of its own).

    Example:
      >>> run_role("mnist/train"), run_role("validation"), run_role("hf/runs/May01")
      (('mnist', 'train'), ('.', 'validation'), ('hf/runs/May01', ''))
    """
    head, _, last = run.rpartition("/")
    if last in TRAIN_DIRS:
        return head or ".", "train"
    if last in VALIDATION_DIRS:
        return head or ".", "validation"
    return run, ""


def is_keras_scalar(tag):
    return tag.startswith(("epoch_", "batch_")) or (tag.startswith("evaluation_") and tag.endswith("_vs_iterations"))


def classify_scalar(tag, role=""):
    """What a scalar tag holds: ``(series, split)`` or None when unknown.

    ``series`` is one of ``"loss"``, ``"learning_rate"``, ``"grad_norm"``,
    ``"accuracy"``; ``split`` is ``"train"`` or ``"validation"``. Keras's
    ``epoch_*`` / ``batch_*`` tags take their split from the run (``role``).

    Example:
      >>> classify_scalar("Loss/train"), classify_scalar("eval/loss"), classify_scalar("epoch_loss", "validation")
      (('loss', 'train'), ('loss', 'validation'), ('loss', 'validation'))
    """
    low = tag.lower()
    words = tokens(tag)
    keras = is_keras_scalar(tag)
    if keras:
        name = re.sub(r"^(epoch|batch)_", "", low)
        name = re.sub(r"^evaluation_(.*)_vs_iterations$", r"\1", name)
        words = tokens(name)
        split = "validation" if role == "validation" or low.startswith("evaluation_") else "train"
    else:
        split = "validation" if set(words) & _VALID else ("validation" if role == "validation" else "train")
        if not (set(words) & _VALID):
            words = [w for w in words if w not in _TRAIN]
        else:
            words = [w for w in words if w not in _VALID]
    joined = "_".join(words)
    if joined in _LOSS:
        return "loss", split
    if joined in _LR or joined.replace("_", "") in ("learningrate", "lr"):
        return ("learning_rate", "train") if split == "train" else None
    if joined in _GRAD_NORM:
        return ("grad_norm", "train") if split == "train" else None
    if joined in _ACCURACY:
        return "accuracy", split
    return None


def scalar_resolution(tag):
    """``"batch"`` for Keras's running means per batch, ``"epoch"`` for its epoch scalars, ``"step"`` otherwise."""
    if tag.startswith("batch_"):
        return "batch"
    if tag.startswith("epoch_"):
        return "epoch"
    if tag.startswith("evaluation_"):
        return "iterations"
    return "step"


def classify_histogram(tag):
    """``(kind, name, layer)`` of a histogram tag: a weight or a gradient of one; None when unknown.

    Example:
      >>> classify_histogram("sequential/dense/kernel/histogram")
      ('weight', 'dense/kernel', 'dense')
      >>> classify_histogram("grad/fc1.weight")
      ('gradient', 'fc1.weight', 'fc1')
    """
    if tag.endswith("/histogram"):  # Keras: <weight path>/histogram; the path starts with the model's name
        parts = tag[: -len("/histogram")].split("/")
        if len(parts) >= 2:
            parts = parts[1:] if len(parts) >= 3 else parts
            return "weight", "/".join(parts), parts[-2]
        return "weight", parts[0], parts[0]
    words = tokens(tag)
    grad = bool(set(words) & _GRAD_WORDS)
    parts = [p for p in re.split(r"[/]", tag) if p and p.lower() not in _GRAD_WORDS | _PARAM_PREFIXES]
    if not parts:
        return None
    name = "/".join(parts)
    for suffix in (".grad", "_grad", ".gradient"):
        if name.lower().endswith(suffix):
            name, grad = name[: -len(suffix)], True
    last = re.split(r"[./]", name)[-1].lower()
    if not (last in _PARAM_ENDS or last.startswith(("weight", "bias")) or tag.split("/")[0].lower() in _PARAM_PREFIXES | _GRAD_WORDS):
        return None
    layer = re.split(r"[./](?=[^./]*$)", name)[0] if re.search(r"[./]", name) else name
    return ("gradient" if grad else "weight"), name, layer
