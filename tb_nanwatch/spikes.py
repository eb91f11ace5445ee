"""Loss spikes: a finite loss far above its recent level that stays there (numpy only).

A step's loss starts a spike when it is above `FACTOR` x the median of the
last `WINDOW` finite losses (at least `MIN_HISTORY` of them), and the spike
is confirmed when the `PERSIST` losses from it all stay above that level. A
single high batch is a data outlier, not an instability: on the diagnosis
corpora's healthy runs, single-step ratios reached 2.7 million (MSE on
outlier targets) while no run without a real blow-up kept 5 losses above
2.2x its median; the 1,000x blow-ups of an RNN trained with ``clipnorm`` are
kept as spikes (see the survey in issue 14's note). After a spike, the next
can start once the loss has come back under the spike's level.

Example:
  >>> spikes = SpikeDetector()
  >>> for step, loss in enumerate(losses):
  ...     record = spikes.add(step, loss)   # a record at the spike's PERSIST-th step
"""

import collections
import math

import numpy as np

FACTOR = 10.0
WINDOW = 100
MIN_HISTORY = 20
PERSIST = 5


class SpikeDetector:
    """Finds loss spikes in a run's per-step losses, given in step order."""

    def __init__(self, factor=FACTOR, window=WINDOW, min_history=MIN_HISTORY, persist=PERSIST):
        self.factor = float(factor)
        self.min_history = int(min_history)
        self.persist = max(1, int(persist))
        self._history = collections.deque(maxlen=int(window))
        self._candidate = None  # [first step, its loss, level, count, peak]
        self._level = None  # the level of the last confirmed spike until the loss is back under it

    def add(self, step, loss):
        """Takes one step's loss.

        Returns:
          ``{"step", "loss", "peak", "median", "factor"}`` when this step
          confirms a spike that began at ``step`` (``PERSIST - 1`` steps
          earlier), else None.
        """
        loss = float(loss)
        if not math.isfinite(loss):
            self._candidate = None
            return None
        c = self._candidate
        if c is not None:
            if loss > c[2]:
                c[3] += 1
                c[4] = max(c[4], loss)
            else:  # back under the level: a one-off high batch
                self._candidate = None
        elif self._level is not None:
            if loss <= self._level:
                self._level = None
        elif len(self._history) >= self.min_history and loss > self.factor * min(self._history):
            level = self.factor * float(np.median(self._history))  # the min rules most steps out cheaply
            if level > 0 and loss > level:
                self._candidate = [int(step), loss, level, 1, loss]
        found = None
        if self._candidate is not None and self._candidate[3] >= self.persist:
            first, first_loss, level, _, peak = self._candidate
            median = level / self.factor
            found = {"step": first, "loss": first_loss, "peak": peak, "median": median, "factor": first_loss / median}
            self._level, self._candidate = level, None
        self._history.append(loss)
        return found
