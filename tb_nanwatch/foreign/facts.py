"""The facts of a foreign run: the model config without sampled data (numpy only).

A run the watch did not record has no sample of its targets, so the
constant predictor's exact loss (their variance, the entropy of their class
frequencies) is unknown. What the config does give is a bound: a
cross-entropy over K classes never exceeds ln K for a predictor that always
outputs equal shares, and a binary one never exceeds ln 2 for one that
always outputs 0.5; the exact constant predictor does at least that well.
A loss that ends at that level has learnt nothing, whatever the classes' shares.
"""

import math

from tb_nanwatch.analysis.facts import Facts


class ForeignFacts(Facts):
    """`Facts` whose `baseline` falls back to the bound the model config gives (see the module doc)."""

    def baseline(self, k=0):
        exact = super().baseline(k)
        if exact is not None or self.tensors:
            return exact
        if len(self.model.get("outputs") or [None]) != 1 or len(self.losses()) > 1:
            return None
        family, act, units = self.loss_family(k), self.output_activation(k), self.output_units(k)
        logits = self.from_logits(k)
        if family == "bce" and (units in (1, None)) and (act == "sigmoid" or (logits and act is None)):
            return math.log(2.0), "always predicting 0.5 (ln 2; the best constant prediction does at least this well)"
        if family in ("cce", "scce") and isinstance(units, int) and units >= 2 and (act == "softmax" or (logits and act is None)):
            return math.log(units), "always predicting equal shares of the %d classes (ln %d; the best constant prediction does at least this well)" % (units, units)
        return None
