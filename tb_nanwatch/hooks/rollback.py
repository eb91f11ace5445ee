"""In-memory snapshots of a model's weights and optimizer state, and the rollback to them.

What large-scale trainers do by hand after a loss spike (PaLM restarted about
100 steps before it and skipped the batches in between; OPT restarted with a
lower learning rate), done by the watch: a snapshot every ``every`` steps,
taken on the host between executions (one read of each variable); at a fault,
the newest snapshot from before it is assigned back. The batches since then
are not replayed: the data iterator has moved on. The optimizer's iteration
count is not restored, so a learning-rate schedule goes on as if the skipped
batches had been taken.
"""

import numpy as np

KEEP = 3  # snapshots held: a spike is found up to a trace ring after its step


class Snapshots:
    """Snapshots of ``variables``, one every ``every`` steps.

    Args:
      variables: the variables to save and restore (weights, non-trainable
        state, optimizer slots); not the iteration count nor the learning rate.
      every: steps between snapshots.

    Example:
      >>> snaps = Snapshots(model.variables + slots, every=100)
      >>> snaps.maybe_take(step)           # after each execution
      >>> snaps.restore(before=fault_step, now=step)  # -> the restored snapshot's step
    """

    def __init__(self, variables, every):
        self.variables = list(variables)
        self.every = max(1, int(every))
        self._held = []  # (step, [arrays]), oldest first
        self._restored = None  # the step of the last snapshot restored, until a newer one is taken
        self._next = None  # the first step whose state may be taken next

    @property
    def nbytes(self):
        """Bytes of one snapshot (0 before the first)."""
        return int(sum(a.nbytes for a in self._held[-1][1])) if self._held else 0

    def maybe_take(self, step):
        """Takes a snapshot of the state after ``step`` if ``every`` steps passed since the last."""
        if self._next is not None and step < self._next:
            return False
        self._next = int(step) + self.every
        self._held.append((int(step), [v.numpy() for v in self.variables]))  # `numpy()` copies
        del self._held[:-KEEP]
        self._restored = None
        return True

    def restore(self, before, now):
        """Assigns back the newest snapshot taken before step ``before`` (at step ``now``).

        A second fault before any new snapshot goes one snapshot further
        back (the state was already bad when the newest was taken).

        Returns:
          The restored snapshot's step, or None when there is none.
        """
        held = [h for h in self._held if h[0] < before]
        if self._restored is not None and len(held) > 1 and held[-1][0] >= self._restored:
            held = [h for h in held if h[0] < self._restored] or held[:1]
        if not held:
            return None
        step, arrays = held[-1]
        for var, value in zip(self.variables, arrays):
            var.assign(value)
        self._held = [h for h in self._held if h[0] <= step]  # newer ones hold the fault
        self._restored = step
        self._next = int(now) + self.every  # the restored state is held already
        return step


class LearningRate:
    """Scales an optimizer's learning rate down for a number of steps, then puts it back.

    Only a learning rate held in a variable can be changed (not a schedule:
    its value is computed inside the traced step).
    """

    def __init__(self, optimizer, lookup=None):
        self.optimizer = optimizer
        self._lookup = lookup  # variable -> what to read and assign instead (a JAX fit's state slot), or None
        self._original = None
        self._set = None  # the rate this object set last
        self.until = None

    def variable(self):
        lr = getattr(self.optimizer, "_learning_rate", None)
        if self._lookup is not None and lr is not None:
            lr = self._lookup(lr)
        return lr if hasattr(lr, "assign") else None

    def scale(self, factor, now, steps):
        """Multiplies the learning rate by ``factor`` until step ``now + steps``; returns the new rate or None."""
        var = self.variable()
        if var is None or factor == 1.0:
            return None
        current = float(np.asarray(var.numpy()))
        if self._original is None or current != self._set:  # not ours: the training set it since
            self._original = current
        var.assign(current * factor)
        self._set = float(np.asarray(var.numpy()))  # as stored (float32)
        self.until = now + steps
        return self._set

    def maybe_reset(self, step):
        """Puts the original rate back once the scaled steps are over, unless the training changed it since."""
        if self.until is not None and step >= self.until:
            var = self.variable()
            if float(np.asarray(var.numpy())) == self._set:
                var.assign(self._original)
            self._original = self.until = None
