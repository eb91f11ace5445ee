"""What the JAX and torch steps share: their settings, the watch state's layout, the weights' row names.

Both hand `Monitor.poll` the state the TensorFlow watch keeps in variables:
the status vector (`monitor`'s layout), the trace ring (one value per row per
step) and the statistics ring with the step of each entry; the JAX step
threads it through its compiled step as arrays, the torch step keeps it on the
host and updates it in place.
"""

import numpy as np

from tb_nanwatch import metadata
from tb_nanwatch.hooks.capture import layer_variables
from tb_nanwatch.hooks.host_samples import HostSamples

# The status vector (`tb_nanwatch.hooks.monitor`): last step run, onset step (-1), onset row, statistics-ring
# writes, replica (-1), consecutive steps skipped, steps skipped in all.
LAST, ONSET, ROW, FULL, REPLICA, SKIPS, SKIPPED = range(7)


class HostStep:
    """The settings and the host side of a watched JAX or torch step.

    Args:
      model: the Keras model the step trains.
      log_every: full statistics every this many steps.
      window: full statistics on every step this long after the onset.
      trace_slots, full_slots: ring sizes (the `Monitor`'s).
      guard: apply no update when the gradients or loss are not finite
        (``on_nonfinite`` other than "continue").
      stop_at_onset: apply no update once the onset is latched ("stop", "raise").
    """

    def __init__(self, model, log_every, window, trace_slots, full_slots, guard=False, stop_at_onset=False):
        self.model = model
        self.log_every = int(log_every)
        self.window = int(window)
        self.trace_slots = int(trace_slots)
        self.full_slots = int(full_slots)
        self.guard = guard
        self.stop_at_onset = stop_at_onset
        self.rows = None
        self.scaled = False  # the optimizer is a LossScaleOptimizer: gradients arrive scaled, skips are its own
        self.state = None  # the watch state (dict of arrays)
        self.samples = HostSamples()  # the inputs' and targets' rows of the last logged step
        self._first = 0
        # ``(step, x, y)`` of the last step run, and of the onset step when the stepper latched it on the host:
        # the batch the onset record keeps (references only; saved by the callback).
        self.last_batch = self.onset_batch = None
        self._names = {}
        for layer, var in layer_variables(model):
            self._names.setdefault(id(var), (layer.name, "%s/%s" % (layer.name, var.name)))

    def start(self, next_step):
        """Sets the step number the next step runs as (train begin; a resumed watch keeps its count)."""
        if self.state is None:
            self._first = int(next_step)

    def checked_rows(self):
        """Which rows the check reads: all but the scalars, and under loss scaling not the gradients (a
        `LossScaleOptimizer` skips its non-finite steps and lowers its scale on its own, as on TensorFlow)."""
        return np.array([r["kind"] != "scalar" and not (self.scaled and r["kind"] == "gradient") for r in self.rows])

    def weight_names(self, variables):
        """``(layer name, row name)`` of each variable."""
        return [self._names.get(id(v), (None, getattr(v, "path", v.name))) for v in variables]

    def new_state(self, first, xp=np):
        """A fresh watch state for `rows`, its first step ``first``, as ``xp`` arrays."""
        r, s = len(self.rows), len(metadata.STATS)
        return {
            "status": xp.asarray(np.array([first - 1, -1, -1, 0, -1, 0, 0], np.int32)),
            "trace": xp.asarray(np.full((self.trace_slots, r), np.nan, np.float32)),
            "full": xp.asarray(np.zeros((self.full_slots, r, s), np.float32)),
            "full_steps": xp.asarray(np.full((self.full_slots,), -1, np.int32)),
        }

    def batch_of(self, step):
        """``(names, numpy arrays)`` of step ``step``'s inputs and targets (keys ``x/...``, ``y/...``), or None
        when the step's batch is no longer held."""
        for kept in (self.onset_batch, self.last_batch):
            if kept is not None and kept[0] == step:
                leaves = [(name, _numpy(t)) for name, t in _named_leaves(kept[1], "x") + _named_leaves(kept[2], "y")]
                return [n for n, _ in leaves], [a for _, a in leaves]
        return None


def _named_leaves(part, prefix):
    import keras

    leaves = keras.tree.flatten(part) if part is not None else []
    if len(leaves) == 1:
        return [(prefix, leaves[0])]
    return [("%s/%d" % (prefix, i), t) for i, t in enumerate(leaves) if t is not None]


def _numpy(t):
    return t.detach().cpu().numpy() if hasattr(t, "detach") else np.asarray(t)
