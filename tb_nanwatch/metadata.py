"""The one contract between the tb_nanwatch writer (hooks) and its readers.

Everything the training side writes and the TensorBoard side reads is named
here: the plugin name, the tags, the row layout, the order of the statistics
in a packed tensor and the schema version. No TensorFlow import: the plugin
and the analysis use this module in a TensorBoard process without TensorFlow.

Three tags are written per run (see docs/format.md):

* ``tb_nanwatch/trace``: a float32 vector ``[R]`` per step: for each row,
  the L2 norm of the tensor (NaN if it held a NaN, inf if it held an inf or
  its sum of squares overflowed) or, for scalar rows, the value. Schema 1:
  every step; schema 2: the first steps, around events, the last steps.
* ``tb_nanwatch/blocks`` (schema 2): at the last step of every block of
  steps, a float32 matrix ``[R + 1, len(BLOCK_COLUMNS)]``: per row the
  block summary of its trace values; the last row is ``[steps in the
  block, steps of it already written per step when it closed, NaN, NaN]``.
* ``tb_nanwatch/stats``: on logged steps (see `tb_nanwatch.resolution`), a
  float32 matrix ``[R, len(STATS)]`` of full statistics.
* ``tb_nanwatch/onset``: once, at the onset step, a scalar string tensor
  holding the JSON onset record.
* ``tb_nanwatch/model``: once, after the first step, a scalar string tensor
  holding the JSON model facts (layers, losses, optimizer, fit settings,
  initial weights); see `MODEL_FACT_KEYS`.
* ``tb_nanwatch/events``: when one happens, a scalar string tensor holding
  one JSON event record (`EVENT_KINDS`).
* ``tb_nanwatch/data``: at the end of every epoch, a scalar string tensor
  holding the JSON summary of the inputs and targets seen so far (sampled
  rows of logged steps) and the epoch metrics; the last one is current.

The row layout (one dict per row: name, kind, phase, layer, activation) rides
in the plugin content of the summary metadata of the trace and stats tags.
"""

import json

from tensorboard.compat.proto import summary_pb2

PLUGIN_NAME = "tb_nanwatch"
# 1: every step's trace; 2 (issue 13): per-step trace only where something
# happens (see `tb_nanwatch.resolution`), block summaries in TAG_BLOCKS everywhere.
SCHEMA_VERSION = 2

TAG_TRACE = "tb_nanwatch/trace"
TAG_STATS = "tb_nanwatch/stats"
TAG_ONSET = "tb_nanwatch/onset"
TAG_MODEL = "tb_nanwatch/model"
TAG_DATA = "tb_nanwatch/data"
TAG_BLOCKS = "tb_nanwatch/blocks"
TAG_EVENTS = "tb_nanwatch/events"
TAGS = (TAG_TRACE, TAG_STATS, TAG_ONSET, TAG_MODEL, TAG_DATA, TAG_BLOCKS, TAG_EVENTS)
# Tags whose summary metadata carries the row layout.
ROW_TAG_KINDS = {TAG_TRACE: "trace", TAG_STATS: "stats", TAG_BLOCKS: "blocks"}
# Tags holding one JSON document per write (the record kinds of `create_summary_metadata`).
JSON_TAG_KINDS = {TAG_ONSET: "onset", TAG_MODEL: "model", TAG_DATA: "data", TAG_EVENTS: "events"}
# Kinds of the records in TAG_EVENTS: {"kind", "step", ...}.
#   "skip": ``steps`` updates not applied (non-finite gradients or loss,
#     ``on_nonfinite="skip"`` or ``"rollback"``) in the execution ending at
#     ``step``, ``consecutive`` in a row by then.
#   "spike": a loss spike (`tb_nanwatch.spikes`) beginning at ``step``: its
#     ``loss``, the ``peak`` of its first steps, the ``median`` before it, ``factor``.
#   "rollback": at ``step`` the weights and optimizer state were put back to the
#     snapshot of step ``restored`` because of ``cause`` ("nonfinite" or "spike")
#     at step ``at``; the batches of steps ``restored + 1 .. step`` are not in the
#     model (``skipped_batches``); ``lr``: the learning rate set for the next
#     ``lr_steps`` steps (None: left as it was).
#   "stop": the watch ended the training at ``step`` (the last step run):
#     ``reason`` "stop" or "raise" (``on_nonfinite`` at the onset, whose update
#     was not applied when its gradients or loss were not finite: ``applied``),
#     "max_skips" or "max_rollbacks" (a persistent fault). Under "stop"/"raise"
#     the unapplied onset update is this record, never a "skip".
EVENT_KINDS = ("skip", "spike", "rollback", "stop")

# Phases in the order a training step runs them; the onset names one.
PHASES = ("input", "target", "forward", "loss", "backward", "update")

# What a row holds, and the phase its non-finiteness is attributed to.
KIND_PHASE = {
    "input": "input",
    "target": "target",
    "preactivation": "forward",
    "activation": "forward",
    "output": "forward",
    "loss": "loss",
    "gradient": "backward",
    "weight": "update",
    "scalar": None,
}
KINDS = tuple(KIND_PHASE)

# Row kinds whose trace holds the value itself; the trace of every other kind holds an L2 norm (>= 0).
VALUE_KINDS = ("scalar", "loss")

# Scalar rows every layout ends with (besides the loss rows).
ROW_LEARNING_RATE = "learning_rate"
ROW_GLOBAL_GRAD_NORM = "global_grad_norm"
ROW_LOSS_SCALE = "loss_scale"
ROW_LOSS = "loss"

# Columns of the packed statistics matrix, in order. Statistics over a tensor
# holding NaN/Inf are computed over its finite part; NaN means "not
# applicable to this row" or "no finite element".
STATS = (
    "size",  # number of elements
    "nan",  # count of NaN elements
    "inf",  # count of +-Inf elements
    "min",  # over finite elements
    "max",
    "mean",
    "std",
    "max_abs",  # largest |x| over finite elements
    "l2",  # L2 norm over finite elements
    "zero_frac",  # fraction of elements exactly 0 (dead units for ReLU)
    "dead_frac",  # fraction of units (last axis) that are 0 for the whole batch
    "sat_frac",  # fraction saturated: sigmoid/tanh beyond +-5 logits,
    # softmax rows whose largest probability exceeds sigmoid(5)
    "scale_spread",  # inputs/targets: largest / smallest per-feature std
    "update_ratio",  # weights: ||w_t+1 - w_t|| / ||w_t|| over this step
)
STAT_INDEX = {name: i for i, name in enumerate(STATS)}

# Columns of a block summary (TAG_BLOCKS), per row over the block's steps.
BLOCK_COLUMNS = (
    "min",  # smallest finite trace value (NaN: none)
    "max",  # largest finite trace value
    "last",  # the value at the block's last step
    "first_nonfinite",  # steps from the block's first step to its first NaN/Inf (NaN: none)
)

# Layers without weights that cannot turn finite values (or gradients) into
# NaN/Inf: their backward pass is not probed, and the analysis never suspects them.
SAFE_WEIGHTLESS_LAYERS = (
    "InputLayer", "Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "GaussianNoise",
    "GaussianDropout", "AlphaDropout", "Flatten", "Reshape", "Permute", "RepeatVector", "Concatenate", "Add",
    "Subtract", "Multiply", "Average", "Maximum", "Minimum", "MaxPooling1D", "MaxPooling2D", "MaxPooling3D",
    "AveragePooling1D", "AveragePooling2D", "AveragePooling3D", "GlobalAveragePooling1D", "GlobalAveragePooling2D",
    "GlobalAveragePooling3D", "GlobalMaxPooling1D", "GlobalMaxPooling2D", "GlobalMaxPooling3D", "ZeroPadding1D",
    "ZeroPadding2D", "ZeroPadding3D", "Cropping1D", "Cropping2D", "Cropping3D", "UpSampling1D", "UpSampling2D",
    "UpSampling3D", "ActivityRegularization", "Identity", "Rescaling", "Resizing", "CenterCrop", "RandomFlip",
    "RandomRotation", "RandomZoom", "RandomTranslation", "RandomCrop", "RandomContrast", "Masking", "ReLU",
    "LeakyReLU", "ELU", "Softmax", "Activation",
)
# Layers that are an activation of their own, and the activation each applies: a model written
# `Dense(4)` then `Activation("relu")` (or `ReLU()`) computes what `Dense(4, activation="relu")` does.
ACTIVATION_LAYERS = {"ReLU": "relu", "Softmax": "softmax", "LeakyReLU": "leaky_relu", "ELU": "elu", "PReLU": "prelu"}
# TensorFlow's own functions passed as activations (`activation=tf.nn.softmax`, as TensorFlow's tutorials write
# it) carry these names; Keras's names for what they compute.
ACTIVATION_ALIASES = {"softmax_v2": "softmax", "log_softmax_v2": "log_softmax", "exp": "exponential", "swish": "silu"}


def canonical_activation(name):
    """Keras's name for an activation function's name (None stays None).

    Example:
      >>> canonical_activation("softmax_v2"), canonical_activation("relu")
      ('softmax', 'relu')
    """
    return ACTIVATION_ALIASES.get(name, name) if isinstance(name, str) else name


def layer_activation(class_name, activation=None):
    """The activation a layer applies: its ``activation`` argument's name, else the one its class is.

    Example:
      >>> layer_activation("ReLU"), layer_activation("Dense", "sigmoid")
      ('relu', 'sigmoid')
    """
    return activation or ACTIVATION_LAYERS.get(class_name)


# Suffix of the row holding the gradient at the input of a layer outside that
# list (a Lambda, a custom layer): a NaN born in its backward pass shows there first.
INPUT_GRAD_SUFFIX = "/input_grad"

# Saturation bounds, shared by the writer and the analysis.
SATURATION_LOGIT = 5.0
SATURATING_ACTIVATIONS = ("sigmoid", "tanh", "softmax", "hard_sigmoid")

# Trace value of a row not measured on a step (pre-activations are measured
# on full-statistics steps only). Norms are never negative.
UNMEASURED = -1.0

# Onset record fields (JSON in TAG_ONSET).
ONSET_FIELDS = ("step", "phase", "tensor", "layer")
# Present only under a distribution strategy: the worker (task index) and the
# global replica whose part of the batch first held the NaN/Inf.
ONSET_WHERE = ("worker", "replica")
# Present when the hook kept the batch of the onset step (issue 14):
#   batch: {"step", "file" (.npz beside the event file), "rows" (rows saved when the
#     size cap dropped some, else None), "batch_rows", "arrays": {key: {"shape",
#     "dtype", "nonfinite_rows" (first 20), "nonfinite_row_count"}}};
#   op: the replay of that step: {"step", "found": true, "type", "name", "layer",
#     "phase", "inputs": [{"min", "max"}], "nan", "inf"} or
#     {"step", "found": false, "why"}.
ONSET_FORENSICS = ("batch", "op")

# Top-level keys of the model facts (JSON in TAG_MODEL); each may be missing.
#   layers: [{name, class, activation, units, output_shape, params, inbound}]
#     in the model's order; outputs: names of the layers producing the outputs;
#   losses: [{output, name, class, from_logits, config, computes}] (name as Keras calls it;
#     computes: "mse", "mae", "bce" or "cce" when a hand-written loss was found to compute it);
#   optimizer: {class, learning_rate, config}; fit: {epochs, steps_per_epoch,
#     sample_weight (the batches carried sample weights, as class_weight gives them)};
#   data: [{name, kind, dtype, shape}] per input/target row;
#   initial_weights: [{name, layer, shape, rms, mean, std, max_abs, fan_in}]
#     read before the first update.
MODEL_FACT_KEYS = ("layers", "outputs", "losses", "optimizer", "fit", "data", "initial_weights", "dtype_policy")

# Rows sampled per logged step from each input/target, and the cap on the
# features kept per row (rank >= 3 tensors: features are the last axis).
SAMPLE_ROWS = 32
SAMPLE_POSITIONS = 512  # rank >= 3 tensors: positions (pixels, time steps) per logged step
SAMPLE_FEATURES = 4096
# Targets of rank <= 2 (labels, one-hot rows, regression values) are small: up to this
# many values are taken, whole batches in most runs, so that a rare class (0.2% of
# the rows, as in fraud data) is seen and the constant predictor's loss is right.
SAMPLE_TARGET_VALUES = 16384


def sample_size(kind, shape):
    """``(rows, features)`` sampled per logged step from one input/target.

    Args:
      kind: ``"input"`` or ``"target"``.
      shape: the tensor's shape (the batch axis first; the rest static).

    Returns:
      None for a scalar. Rank >= 3: `SAMPLE_POSITIONS` positions with the last
      axis as features; else `SAMPLE_ROWS` rows of the flattened rest (targets:
      as many rows as hold `SAMPLE_TARGET_VALUES` values, at least `SAMPLE_ROWS`);
      at most `SAMPLE_FEATURES` features.

    Example:
      >>> sample_size("target", (2048, 1))
      (16384, 1)
    """
    if len(shape) == 0:
        return None
    dims = [int(d) for d in shape[1:]]
    if len(dims) >= 2:
        return SAMPLE_POSITIONS, min(dims[-1], SAMPLE_FEATURES)
    features = min(dims[0] if dims else 1, SAMPLE_FEATURES)
    rows = max(SAMPLE_ROWS, SAMPLE_TARGET_VALUES // max(features, 1)) if kind == "target" else SAMPLE_ROWS
    return rows, features


class FormatError(ValueError):
    """Raised when plugin content was not written by a compatible writer."""


def make_row(name, kind, layer=None, activation=None):
    """Returns the descriptor of one row of the layout.

    Args:
      name: unique tensor name within the run, e.g. ``"dense_1/output"``.
      kind: one of ``KINDS``.
      layer: the Keras layer name, or None.
      activation: name of the activation that produced the values, if any.

    Example:
      >>> make_row("dense/output", "activation", "dense", "relu")["phase"]
      'forward'
    """
    if kind not in KIND_PHASE:
        raise ValueError("unknown row kind %r" % (kind,))
    return {
        "name": str(name),
        "kind": kind,
        "phase": KIND_PHASE[kind],
        "layer": None if layer is None else str(layer),
        "activation": activation,
    }


def create_summary_metadata(tag_kind, rows=None):
    """Returns a `SummaryMetadata` proto for one of our tags.

    Args:
      tag_kind: ``"trace"``, ``"stats"``, ``"blocks"``, ``"onset"``, ``"model"`` or ``"data"``.
      rows: the row layout (list of `make_row` dicts) for trace, stats and blocks.

    Example:
      >>> md = create_summary_metadata("onset")
      >>> md.plugin_data.plugin_name
      'tb_nanwatch'
    """
    content = {"version": SCHEMA_VERSION, "tag_kind": tag_kind}
    if tag_kind in ROW_TAG_KINDS.values():
        if not rows:
            raise ValueError("%s metadata needs the row layout" % tag_kind)
        content["rows"] = list(rows)
    if tag_kind == "stats":
        content["stats"] = list(STATS)
    if tag_kind == "blocks":
        content["columns"] = list(BLOCK_COLUMNS)
    return summary_pb2.SummaryMetadata(
        plugin_data=summary_pb2.SummaryMetadata.PluginData(
            plugin_name=PLUGIN_NAME,
            content=json.dumps(content, sort_keys=True).encode("utf-8"),
        ),
        data_class=summary_pb2.DATA_CLASS_TENSOR,
    )


def parse_plugin_metadata(content):
    """Parses the plugin content bytes of one of our tags.

    Args:
      content: the ``plugin_data.content`` bytes (or str).

    Returns:
      A dict with ``version``, ``tag_kind`` and, for trace/stats, ``rows``
      (and ``stats``, the column names, for stats).

    Raises:
      FormatError: when the content is not ours or from a newer schema.
    """
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as e:
            raise FormatError("plugin content is not UTF-8: %s" % e)
    try:
        parsed = json.loads(content)
    except ValueError as e:
        raise FormatError("plugin content is not JSON: %s" % e)
    if not isinstance(parsed, dict) or "version" not in parsed:
        raise FormatError("plugin content has no schema version")
    if not isinstance(parsed["version"], int) or parsed["version"] > SCHEMA_VERSION:
        raise FormatError(
            "schema version %r is newer than this reader (%d)"
            % (parsed["version"], SCHEMA_VERSION)
        )
    if parsed.get("tag_kind") in ROW_TAG_KINDS.values():
        rows = parsed.get("rows")
        if not isinstance(rows, list) or not all(
            isinstance(r, dict) and "name" in r and "kind" in r for r in rows
        ):
            raise FormatError("plugin content has a malformed row layout")
    return parsed


def onset_record(step, phase, tensor, layer, worker=None, replica=None):
    """Returns the onset record as a plain dict (the JSON of TAG_ONSET).

    ``worker`` and ``replica`` (`ONSET_WHERE`) are added when given.
    """
    if phase not in PHASES:
        raise ValueError("unknown phase %r" % (phase,))
    record = {
        "step": int(step),
        "phase": phase,
        "tensor": str(tensor),
        "layer": None if layer is None else str(layer),
    }
    for key, value in (("worker", worker), ("replica", replica)):
        if value is not None:
            record[key] = int(value)
    return record


def event_counts(events):
    """``{kind: count}`` of event records (`EVENT_KINDS`); a skip record counts the ``steps`` it skipped."""
    counts = {}
    for e in events:
        kind = e.get("kind")
        if kind in EVENT_KINDS:
            counts[kind] = counts.get(kind, 0) + (int(e.get("steps", 1)) if kind == "skip" else 1)
    return counts


def onset_fields(record):
    """The fields of a stored onset record that readers keep (`ONSET_FIELDS`; `ONSET_WHERE`, `ONSET_FORENSICS` when present)."""
    kept = {k: record.get(k) for k in ONSET_FIELDS}
    kept.update({k: record[k] for k in ONSET_WHERE if isinstance(record.get(k), int)})
    kept.update({k: record[k] for k in ONSET_FORENSICS if isinstance(record.get(k), dict)})
    return kept
