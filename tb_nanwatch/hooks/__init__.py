"""Training-side hooks (the only part of tb_nanwatch that imports TensorFlow)."""

from tb_nanwatch.hooks.callback import NanWatch
from tb_nanwatch.hooks.monitor import NonFiniteError

__all__ = ["NanWatch", "NonFiniteError"]
