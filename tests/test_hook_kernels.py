"""In-graph statistic kernels against the numpy reference twin."""

import math

import numpy as np
import pytest

tf = pytest.importorskip("tensorflow")

from tb_nanwatch import metadata  # noqa: E402
from tb_nanwatch.hooks import kernels  # noqa: E402
import stats_reference  # noqa: E402

RNG = np.random.default_rng(7)


def _case(name):
    x = RNG.standard_normal((16, 6)).astype(np.float32)
    if name == "nan_inf":
        x[2, 3], x[5, 0], x[7, 1] = np.nan, np.inf, -np.inf
    elif name == "all_nan":
        x[:] = np.nan
    elif name == "relu":
        x = np.maximum(x, 0)
        x[:, 2] = 0  # one dead unit
    elif name == "sigmoid":
        x = 1 / (1 + np.exp(-4 * x))
    elif name == "tanh":
        x = np.tanh(4 * x)
    elif name == "softmax":
        e = np.exp(6 * x)
        x = (e / e.sum(-1, keepdims=True)).astype(np.float32)
    elif name == "huge":
        x = x * np.float32(1e30)  # finite, but its sum of squares overflows
    elif name == "scales":
        x[:, 4] *= 1e5
    elif name == "conv":  # NHWC ReLU output, channel 1 dead, some zeros elsewhere
        x = np.maximum(RNG.standard_normal((4, 5, 5, 3)).astype(np.float32), 0)
        x[..., 1] = 0
    elif name == "offset":  # features far from zero: sums of squares would cancel
        x = (x + np.float32(1e4)).astype(np.float32)
        x[:, 1] = 0
    elif name == "gamma":  # a BatchNormalization gamma: far from zero, tiny spread
        x = (1 + 1e-4 * x).astype(np.float32)
    elif name == "near_one":  # saturated sigmoid outputs
        x = (1 - 1e-3 * RNG.random(x.shape)).astype(np.float32)
    elif name == "constant_feature":
        x[:, 2] = np.float32(0.1)
    elif name == "big":  # finite, with a sum of squares near the float32 limit
        x = (2e18 * np.sign(x)).astype(np.float32)[:10]
    elif name == "empty":
        x = x[:0]
    elif name == "sparse":  # a weight with exact zeros
        x[::3] = 0
    return x


@pytest.mark.parametrize("case,kind,activation", [
    ("plain", "activation", None),
    ("nan_inf", "activation", None),
    ("all_nan", "activation", None),
    ("relu", "activation", "relu"),
    ("sigmoid", "activation", "sigmoid"),
    ("tanh", "activation", "tanh"),
    ("softmax", "activation", "softmax"),
    ("plain", "preactivation", "sigmoid"),
    ("huge", "gradient", None),
    ("scales", "input", None),
    ("nan_inf", "target", None),
    ("conv", "activation", "relu"),
    ("sparse", "weight", None),
    ("constant_feature", "input", None),
    ("empty", "activation", "relu"),
])
def test_nonfinite_counts_match_numpy(case, kind, activation):
    x = _case(case)
    got = kernels.nonfinite_counts([tf.constant(x)]).numpy()[0]
    want = stats_reference.full_stats(x, kind, activation)
    assert list(got) == [want[metadata.STAT_INDEX["nan"]], want[metadata.STAT_INDEX["inf"]]]


@pytest.mark.parametrize("case,kind,activation", [
    ("plain", "activation", None), ("relu", "activation", "relu"), ("sigmoid", "activation", "sigmoid"),
    ("plain", "gradient", None), ("plain", "preactivation", "tanh"), ("conv", "activation", "relu"),
    ("conv", "preactivation", "relu"), ("sparse", "weight", None), ("offset", "input", None),
    ("scales", "target", None), ("gamma", "weight", None), ("near_one", "activation", "sigmoid"),
    ("constant_feature", "input", None), ("big", "gradient", None), ("empty", "activation", "relu"),
])
def test_finite_fast_path_matches_numpy(case, kind, activation):
    x = _case(case)
    half = tf.constant(float((x.astype(np.float64) ** 2).sum() / 2), tf.float32)
    got = kernels.fast_stats_rows([(tf.constant(x), kind, activation, None, half)]).numpy()[0]
    want = stats_reference.full_stats(x, kind, activation)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-6, equal_nan=True)


def test_fast_std_not_measured_where_sums_cancel():
    """A pre-activation at 10 +- 1e-3: E[x^2] - mean^2 has no digit left, so NaN, not a wrong 0."""
    x = (10 + 1e-3 * RNG.standard_normal((16, 6))).astype(np.float32)
    half = tf.constant(float((x.astype(np.float64) ** 2).sum() / 2), tf.float32)
    got = kernels.fast_stats_rows([(tf.constant(x), "preactivation", "relu", None, half)]).numpy()[0]
    assert math.isnan(got[metadata.STAT_INDEX["std"]])
    assert got[metadata.STAT_INDEX["mean"]] == pytest.approx(float(x.mean()), rel=1e-6)


def test_update_ratio_matches_numpy():
    before = RNG.standard_normal((8, 4)).astype(np.float32)
    after = before - 0.01 * RNG.standard_normal((8, 4)).astype(np.float32)
    half = tf.constant(float((after.astype(np.float64) ** 2).sum() / 2), tf.float32)
    got = kernels.fast_stats_rows([(tf.constant(after), "weight", None, tf.constant(before), half)]).numpy()[0]
    want = stats_reference.full_stats(after, "weight", before=before)
    assert got[metadata.STAT_INDEX["update_ratio"]] == pytest.approx(want[metadata.STAT_INDEX["update_ratio"]], rel=1e-4)


def test_in_xla_tells_a_compiled_trace():
    from tb_nanwatch.hooks.graph_util import in_xla

    seen = {}
    for jit in (True, False):
        def step(jit=jit):
            seen[jit] = in_xla()  # while tracing
            return tf.constant(0)

        tf.function(step, jit_compile=jit)()
    assert seen == {True: True, False: False} and not in_xla()  # eager


@pytest.mark.parametrize("shape", [(16, 6), (37,), (4, 5, 3, 8)])
@pytest.mark.parametrize("jit", [False, True])
def test_half_square_sum_flags_nan_and_inf(shape, jit):
    """Eager, in a graph and under XLA (where rank >= 2 tensors are summed by rows first), with a batch
    dimension unknown when tracing: the sum matches numpy, a NaN element gives NaN and an Inf inf."""
    spec = tf.TensorSpec((None,) + shape[1:], tf.float32)
    f = tf.function(kernels.half_square_sum, input_signature=[spec], jit_compile=jit)
    x = RNG.standard_normal(shape).astype(np.float32)
    assert f(tf.constant(x)).numpy() == pytest.approx(0.5 * float((x.astype(np.float64) ** 2).sum()), rel=1e-5)
    assert kernels.half_square_sum(tf.constant(x)).numpy() == pytest.approx(f(tf.constant(x)).numpy(), rel=1e-5)
    flat = x.reshape(-1)
    flat[flat.size // 2] = np.nan
    assert math.isnan(f(tf.constant(x)).numpy())
    flat[flat.size // 2] = -np.inf
    assert f(tf.constant(x)).numpy() == np.inf


def test_scalar_stats_rows():
    got = kernels.scalar_stats_rows([tf.constant(2.5), tf.constant(np.inf, tf.float32), tf.constant([np.nan])]).numpy()
    idx = metadata.STAT_INDEX
    assert got.shape == (3, len(metadata.STATS))
    assert got[0, idx["mean"]] == got[0, idx["min"]] == got[0, idx["max"]] == 2.5 and got[0, idx["std"]] == 0
    assert got[0, idx["nan"]] == 0 and got[0, idx["inf"]] == 0
    assert got[1, idx["inf"]] == 1 and got[1, idx["nan"]] == 0 and math.isnan(got[1, idx["mean"]])
    assert got[2, idx["nan"]] == 1 and got[2, idx["inf"]] == 0 and math.isnan(got[2, idx["max"]])


def test_a_norms_inf_is_not_counted_as_an_inf_element():
    got = kernels.scalar_stats_rows([tf.constant(np.inf, tf.float32), tf.constant(np.nan, tf.float32)],
                                    norms=[True, True]).numpy()
    idx = metadata.STAT_INDEX
    assert got[0, idx["inf"]] == 0 and got[0, idx["nan"]] == 0 and math.isnan(got[0, idx["max"]])
    assert got[1, idx["nan"]] == 1  # a NaN norm means a NaN element


def test_global_norm_does_not_overflow_where_the_norm_fits():
    # Three gradients of norm 2e19 each: their squares sum to 1.2e39 (beyond float32), the norm 3.5e19 is not.
    halves = [tf.constant(0.5 * 4e38, tf.float32)] * 3
    got = float(kernels.global_norm(halves).numpy())
    assert got == pytest.approx(math.sqrt(3) * 2e19, rel=1e-5)
    assert float(kernels.global_norm([tf.constant(2.0), tf.constant(0.5)]).numpy()) == pytest.approx(math.sqrt(5.0))
    assert float(kernels.global_norm([tf.constant(0.0)]).numpy()) == 0.0
    assert math.isinf(kernels.global_norm([tf.constant(1.0), tf.constant(np.inf, tf.float32)]).numpy())
    assert math.isnan(kernels.global_norm([tf.constant(np.inf, tf.float32), tf.constant(np.nan, tf.float32)]).numpy())


def test_all_finite_is_exact_where_squares_overflow():
    big = tf.constant(np.full((64, 64), 1e19, np.float32))
    assert math.isinf(kernels.half_square_sum(big).numpy())
    assert bool(kernels.all_finite([big, tf.constant(1.0)]).numpy())
    x = np.ones((3, 3), np.float32)
    x[2, 1] = np.inf
    assert not bool(kernels.all_finite([big, tf.constant(x)]).numpy())
    assert not bool(kernels.all_finite([tf.constant(np.nan, tf.float32)]).numpy())


def _fast_items():
    """Tensors of every kind the fast path takes, with their numpy references."""
    cases = [("relu", "activation", "relu", None), ("conv", "preactivation", "relu", None),
             ("sigmoid", "activation", "sigmoid", None), ("plain", "gradient", None, None),
             ("sparse", "weight", None, None), ("plain", "weight", None, "before")]
    items, want = [], []
    for case, kind, activation, before in cases:
        x = _case(case)
        b = x + np.float32(0.01) * RNG.standard_normal(x.shape).astype(np.float32) if before else None
        half = tf.constant(float((x.astype(np.float64) ** 2).sum() / 2), tf.float32)
        items.append((tf.constant(x), kind, activation, None if b is None else tf.constant(b), half))
        want.append(stats_reference.full_stats(x, kind, activation, b))
    return items, np.array(want)


def test_fast_stats_rows_vectorised_match_numpy():
    items, want = _fast_items()
    got = kernels.fast_stats_rows(items).numpy()
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-6, equal_nan=True)


def test_fast_stats_rows_leave_counts_of_nonfinite_tensors_unknown():
    """A tensor that is not finite after all: NaN statistics and unknown counts, the others exact."""
    items, want = _fast_items()
    x = _case("plain")
    big = np.full_like(x, 1e30)  # finite, its sum of squares overflows: counted finite
    for bad in (np.nan, np.inf, -np.inf):
        y = x.copy()
        y[1, 1] = bad
        extra = [(tf.constant(y), "activation", "relu", None, kernels.half_square_sum(tf.constant(y))),
                 (tf.constant(big), "gradient", None, None, kernels.half_square_sum(tf.constant(big)))]
        got = kernels.fast_stats_rows(items + extra).numpy()
        np.testing.assert_allclose(got[:len(items)], want, rtol=1e-4, atol=1e-6, equal_nan=True)
        unknown = got[len(items)]
        assert unknown[metadata.STAT_INDEX["size"]] == y.size
        assert np.isnan(np.delete(unknown, metadata.STAT_INDEX["size"])).all()
        overflowed = got[len(items) + 1]
        assert overflowed[metadata.STAT_INDEX["nan"]] == 0 and overflowed[metadata.STAT_INDEX["inf"]] == 0
        assert overflowed[metadata.STAT_INDEX["max_abs"]] == overflowed[metadata.STAT_INDEX["min"]] == np.float32(1e30)
        for name in ("l2", "std"):  # float32 sums of squares overflowed: not measured, never inf
            assert np.isnan(overflowed[metadata.STAT_INDEX[name]])


def test_kernels_under_xla():
    x = _case("nan_inf")
    f = tf.function(lambda t: kernels.nonfinite_counts([t]), jit_compile=True)
    want = stats_reference.full_stats(x, "activation", "relu")
    assert list(f(tf.constant(x)).numpy()[0]) == [want[metadata.STAT_INDEX["nan"]], want[metadata.STAT_INDEX["inf"]]]
    items, want = _fast_items()
    fast = tf.function(lambda: kernels.fast_stats_rows(items), jit_compile=True)
    np.testing.assert_allclose(fast().numpy(), want, rtol=1e-4, atol=1e-6, equal_nan=True)
