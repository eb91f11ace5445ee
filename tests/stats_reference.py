"""Plain numpy twin of `tb_nanwatch.hooks.kernels.full_stats`, for tests."""

import math

import numpy as np

from tb_nanwatch import metadata

_SIG = 1.0 / (1.0 + math.exp(-metadata.SATURATION_LOGIT))


def full_stats(x, kind, activation=None, before=None):
    x = np.asarray(x, np.float64)
    out = dict.fromkeys(metadata.STATS, math.nan)
    flat = x.ravel()
    fin = flat[np.isfinite(flat)]
    out["size"] = flat.size
    out["nan"] = int(np.isnan(flat).sum())
    out["inf"] = int(np.isinf(flat).sum())
    if fin.size:
        out.update(min=fin.min(), max=fin.max(), mean=fin.mean(), std=fin.std(),
                   max_abs=np.abs(fin).max(), l2=math.sqrt((fin ** 2).sum()))
    if kind in ("activation", "input", "target"):
        out["zero_frac"] = float((flat == 0).mean()) if flat.size else math.nan
    if kind == "activation" and x.ndim >= 2 and flat.size:
        out["dead_frac"] = float(np.all(x.reshape(-1, x.shape[-1]) == 0, axis=0).mean())
    if kind == "activation" and activation == "sigmoid":
        out["sat_frac"] = float(((flat < 1 - _SIG) | (flat > _SIG)).mean())
    elif kind == "activation" and activation == "tanh":
        out["sat_frac"] = float((np.abs(flat) > math.tanh(metadata.SATURATION_LOGIT)).mean())
    elif kind == "activation" and activation == "softmax":
        out["sat_frac"] = float((x.max(axis=-1) > _SIG).mean())
    elif kind == "preactivation" and activation in ("sigmoid", "tanh"):
        out["sat_frac"] = float((np.abs(flat) > metadata.SATURATION_LOGIT).mean())
    if kind in ("input", "target") and x.ndim >= 2:
        feats = x.reshape(-1, x.shape[-1])
        stds = np.array([f[np.isfinite(f)].std() if np.isfinite(f).any() else 0.0 for f in feats.T])
        pos = stds[stds > 0]
        out["scale_spread"] = pos.max() / pos.min() if pos.size else math.nan
    if kind == "weight" and before is not None:
        b = np.asarray(before, np.float64)
        out["update_ratio"] = np.linalg.norm(x - b) / np.linalg.norm(b)
    return np.array([out[k] for k in metadata.STATS], np.float64)
