"""Names the op that made a JAX fit's first NaN: the onset step run again under `checkify`.

The TensorFlow watch replays the onset step with an op callback
(`replay`); JAX has `jax.experimental.checkify`, which runs a function with
a check after every primitive and reports the first that made a NaN, with
the Python frames that called it. The replay runs Keras's train step (loss,
gradients, the optimizer's update: ``model.train_step``) on the onset step's batch and the state
the step left, outside the training: nothing it computes is kept. It needs
that state to be the one before the step, so it runs when the watch
withheld the onset step's update (``on_nonfinite`` "stop", "raise", "skip").

`checkify` flags a NaN, not an Inf: an op that makes an Inf (``log(0)``, an
``exp`` overflowing) is named by the op that turns it into a NaN later.
"""

import os

import jax
import keras
from jax.experimental import checkify

# JAX primitives in the op types of the onset record's contract (TensorFlow's names, `analysis.events.OP_KINDS`).
OP_TYPES = {"log": "Log", "log1p": "Log1p", "sqrt": "Sqrt", "rsqrt": "Rsqrt", "pow": "Pow", "integer_pow": "Pow",
            "div": "RealDiv", "exp": "Exp", "exp2": "Exp", "expm1": "Expm1", "cosh": "Cosh", "sinh": "Sinh"}
# Frames in these folders are the libraries', not the code that asked for the op.
_LIBRARIES = tuple(os.path.dirname(m.__file__) + os.sep for m in (jax, keras))
_OURS = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def replay_op(model, state, data, step, onset):
    """Runs the train step of ``model`` on ``data`` from ``state`` under `checkify`; returns the op record.

    Args:
      model: the compiled Keras model of the fit.
      state: ``(trainable, non_trainable, optimizer, metrics)`` values, as Keras's JAX trainer threads them.
      data: the onset step's batch (x, y[, sample_weight]).
      step: the onset step.
      onset: the latched onset record (its phase and layer locate the op).

    Returns:
      ``{"found": True, "type", "primitive", "name", "phase", "layer", "nan", "inf", "step", "inputs"}``, or
      ``{"found": False, "step", "why"}``.
    """
    # Keras's own (stateless) JAX train step: loss, gradients, the update; its new state is dropped.
    error, _ = checkify.checkify(model.train_step, errors=checkify.float_checks)(state, data)
    found = error.get_exception()
    if found is None:
        return {"found": False, "step": step, "why": "the replay under checkify made no NaN (it names the op of a NaN, "
                                                     "not of an Inf that never turned into one)"}
    primitive = str(getattr(found, "prim", "") or str(found).split("primitive:")[-1].strip(" ."))
    where = _caller(getattr(found, "traceback_info", None))
    if primitive not in OP_TYPES:  # mul, add...: an Inf made earlier (or a backward pass's inf * 0) turned NaN there
        at = " at %s" % where if where else ""
        return {"found": False, "step": step, "why": "the first NaN of the replay came from `%s`%s, which only turns "
                "an Inf made earlier into a NaN (checkify names NaNs, not Infs)" % (primitive, at)}
    return {"found": True, "type": OP_TYPES[primitive], "primitive": primitive,
            "name": where, "phase": onset.get("phase"),
            "layer": onset.get("layer"), "nan": 1, "inf": 0, "step": step, "inputs": []}


def _caller(traceback_info):
    """``file:line (function)`` of the innermost frame of your code (else of Keras's) that made the op, or None."""
    try:
        frames = [(f.file_name, f.line_num, f.function_name) for f in traceback_info.frames]
    except Exception:  # no traceback kept: the primitive alone
        return None
    frames = [f for f in frames if not f[0].startswith(_OURS)]
    yours = [f for f in frames if not f[0].startswith(_LIBRARIES) and "/site-packages/" not in f[0]]
    keras_frames = [f for f in frames if f[0].startswith(_LIBRARIES[1])]
    pick = (yours or keras_frames or [None])[0]
    if pick is None:
        return None
    path, line, fn = pick
    return "%s:%d (%s)" % (os.path.basename(path), line, fn)
