"""Layer outputs as a step computes them, on any Keras backend (the JAX and torch watches).

`LayerOutputs` wraps every layer's ``call``; while a step runs inside
`recording`, each floating output is appended to the list given, as
``(row, tensor)`` in call order (the forward dataflow). Outside a recording
the wrappers are pass-throughs, so evaluation and prediction are untouched.
"""

import contextlib
import functools
import threading

import keras

from tb_nanwatch import metadata
from tb_nanwatch.hooks.capture import layer_activation

_LOCAL = threading.local()


@contextlib.contextmanager
def recording(into):
    """Appends the ``(row, output)`` of every wrapped layer called in this block to the list ``into``.

    A layer called twice in the step (shared weights) gives rows ``name/output``, ``name_1/output``, ...
    """
    previous = getattr(_LOCAL, "outputs", None), getattr(_LOCAL, "calls", None)
    _LOCAL.outputs, _LOCAL.calls = into, {}
    try:
        yield into
    finally:
        _LOCAL.outputs, _LOCAL.calls = previous


def _is_float(t):
    try:
        return keras.backend.is_float_dtype(keras.backend.standardize_dtype(t.dtype))
    except (AttributeError, TypeError, ValueError):
        return False


class LayerOutputs:
    """Wraps every layer's ``call`` to hand its outputs to the active recording; `restore` undoes it."""

    def __init__(self, model):
        self._undo = []
        layers = list(model._flatten_layers(include_self=False, recursive=True))
        # An RNN's cell runs inside the RNN's loop (a `lax.scan` body on JAX, once per time step on torch):
        # its outputs cannot leave it; the RNN layer's own output is recorded.
        cells = {id(inner) for layer in layers if isinstance(layer, keras.layers.RNN)
                 for inner in layer.cell._flatten_layers(include_self=True, recursive=True)}
        for layer in layers:
            if isinstance(layer, keras.Model) or type(layer).__name__ == "InputLayer" or id(layer) in cells:
                continue
            original = vars(layer).get("call")
            original = getattr(original, "_nanwatch_original", None) or layer.call
            object.__setattr__(layer, "call", self._wrap(layer, original))
            self._undo.append((layer, original))

    @staticmethod
    def _wrap(layer, original):
        act = layer_activation(layer)

        @functools.wraps(original)
        def call(*args, **kwargs):
            outputs = original(*args, **kwargs)
            into = getattr(_LOCAL, "outputs", None)
            if into is not None:
                calls = _LOCAL.calls[layer.name] = _LOCAL.calls.get(layer.name, -1) + 1
                prefix = layer.name if not calls else "%s_%d" % (layer.name, calls)
                flat = [t for t in keras.tree.flatten(outputs) if hasattr(t, "dtype")]
                for i, t in enumerate(flat):
                    if _is_float(t):
                        suffix = "/output" if len(flat) == 1 else "/output_%d" % i
                        into.append((metadata.make_row(prefix + suffix, "activation", layer.name, act), t))
            return outputs

        call._nanwatch_original = original
        return call

    def restore(self):
        for layer, original in reversed(self._undo):
            try:
                object.__delattr__(layer, "call")
            except AttributeError:
                pass
            if getattr(layer, "call", None) is not original:
                object.__setattr__(layer, "call", original)
        self._undo = []
