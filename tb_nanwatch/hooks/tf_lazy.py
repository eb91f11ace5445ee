"""TensorFlow, imported on first use.

The JAX and torch watches never call it, so on those backends ``from
tb_nanwatch import NanWatch`` neither needs TensorFlow installed nor pays its
import (about 3 s). The TensorFlow watch imports it on its first call, when
Keras has long imported it.
"""

import importlib


class _Lazy:
    """A module imported on the first attribute read; each attribute read is then cached on this object."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        value = getattr(importlib.import_module(self._name), attr)
        setattr(self, attr, value)
        return value


tf = _Lazy("tensorflow")
