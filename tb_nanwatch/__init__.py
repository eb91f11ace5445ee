"""tb_nanwatch: where, when and why training went NaN, in TensorBoard.

``from tb_nanwatch import NanWatch`` needs TensorFlow; everything else (the
plugin, the analysis, the CLI) imports without it.
"""

__version__ = "0.1.0"

_HOOK_NAMES = ("NanWatch", "NonFiniteError")


def __getattr__(name):
    if name in _HOOK_NAMES:
        from tb_nanwatch import hooks

        return getattr(hooks, name)
    raise AttributeError("module 'tb_nanwatch' has no attribute %r" % (name,))
