"""What every cause rule shares: the context it reads and the finding it returns (numpy only)."""

import dataclasses
from typing import Callable, Optional

from tb_nanwatch.analysis.onset import DIVERGING, NONFINITE, growth
from tb_nanwatch.analysis.series import log10

# The usual working range of each optimizer family's learning rate (adaptive, plain SGD/momentum): advice never
# goes below its floor, and a loss that levelled off at a rate in it was not held back by the size of the steps.
WORKING_RANGE = {True: (1e-4, 1e-2), False: (1e-3, 0.1)}


@dataclasses.dataclass
class Finding:
    """What a rule found: score in [0, 1], summary, evidence lines, optional data-specific fix and code.

    ``fix`` is prose (inline code in backticks); ``code`` the runnable snippet
    of that fix (`fixes`), filled with the run's own optimizer and layers.

    ``breaks`` marks a set-up that cannot fit the task whatever the loss
    curve shows (an output that cannot produce the targets): the run is not
    healthy even when its loss moves.
    """

    score: float
    summary: str
    evidence: list
    fix: Optional[str] = None
    breaks: bool = False
    code: Optional[str] = None


@dataclasses.dataclass
class Context:
    """What every rule sees: the run's `View` and its `Timeline`."""

    view: object
    tl: object
    facts: object = None  # `facts.Facts` (empty when the run has none)
    progress: object = None  # `progress.Progress`

    @property
    def failing(self):
        return self.tl.status in (NONFINITE, DIVERGING)

    @property
    def onset_step(self):
        return None if self.tl.onset is None else self.tl.onset["step"]

    @property
    def t_end(self):
        """Trace index where the clean (all finite) part ends."""
        return self.tl.t_bad

    def growth_start(self):
        """Trace index where the loss (else the gradient norm) began to run away.

        None when neither grew 10x before a non-finite onset, or the run is not failing.
        """
        if self.tl.status == DIVERGING:
            return self.tl.t_onset
        for series in (self.view.loss(), self.view.series("global_grad_norm")):
            if series is not None and self.tl.status == NONFINITE:
                decades, t0 = growth(log10(series), self.t_end)
                if decades >= 1 and t0 is not None:
                    return t0
        return None


@dataclasses.dataclass
class Rule:
    """One row of the cause table.

    ``fix`` and ``code`` are the rule's generic advice and snippet, used when
    a finding brings none of its own. ``applies`` (facts -> bool, or None:
    always) says whether the rule can apply to this model at all: a rule
    that cannot (mixed-precision overflow without a loss-scale optimizer)
    is "not applicable", not "not checked".
    """

    id: str
    needs: tuple
    check: Callable[[Context], Optional[Finding]]
    fix: str
    code: str = ""
    applies: Optional[Callable[[object], bool]] = None


def _step(view, t):
    return int(view.steps[min(t, view.n_steps - 1)])


def _pct(frac):
    return "%.0f%%" % (100 * frac)


def _clip(x):
    return float(min(1.0, max(0.0, x)))
