"""Schema 2 logs: per-step trace where something happens, block summaries everywhere.

Runs are written through `tb_nanwatch.resolution.Resolution` and the numpy
`RunWriter` in chunks the size the hook hands over, and read back through
TensorBoard's real data provider.
"""

import os

import numpy as np
import pytest

from plugin_support import ROWS, write_resolved as write
from tb_nanwatch import metadata, reader, resolution
from tb_nanwatch.analysis import diagnose
from tb_nanwatch.writer import RunWriter

LOSS = [r["name"] for r in ROWS].index("loss")


def read(path):
    provider, ctx = reader.open_logdir(os.path.dirname(path))
    return reader.read_run(provider, ctx, os.path.basename(path))


def per_step(data):
    return data.trace_steps[data.per_step]


def test_a_healthy_run_keeps_its_head_and_tail_per_step_and_blocks_everywhere(tmp_path):
    path = str(tmp_path / "healthy")
    write(path, 12_000)
    data = read(path)
    steps = per_step(data)
    assert steps[:resolution.HEAD_STEPS].tolist() == list(range(resolution.HEAD_STEPS))
    assert steps[resolution.HEAD_STEPS:].tolist() == list(range(12_000 - resolution.BEFORE_STEPS, 12_000))
    # blocks of 100 steps cover every step, aligned, and nothing is taken for TensorBoard's sampling
    assert data.block_steps[0].tolist() == [0, 99] and data.block_steps[-1].tolist() == [11_900, 11_999]
    assert (data.block_steps[1:, 0] == data.block_steps[:-1, 1] + 1).all()
    assert not data.sampled and not data.problems
    assert data.summarised() == [(2000, 12_000 - resolution.BEFORE_STEPS - 1, 100)]
    # between head and tail the trace holds each block's last value at its last step
    middle = data.trace_steps[~data.per_step]
    assert middle.tolist() == list(range(2099, 11_700, 100))
    d = diagnose(data)
    assert d["steps"] == 12_000 and d["summarised"] == [[2000, 11_743, 100]]
    assert d["onset"] is None
    # the heatmap cuts the steps, not the points, into equal buckets; blocks fill the summarised ones
    from tb_nanwatch.plugin import store, views

    h = views.heatmap_impl(store.Entry((), data, {"run": "r"}), buckets=12)
    assert h["buckets"].tolist() == [[k * 1000, k * 1000 + 999] for k in range(12)]
    assert all(v is not None for row in h["magnitude"] for v in row)
    assert h["bucket_source"][0] == "max_abs" and h["bucket_source"][5] == "l2"  # summarised: from the blocks
    # statistics: every logged step of the head, then one every STATS_EVERY steps
    late = data.stats_steps[data.stats_steps >= resolution.HEAD_STEPS]
    assert late.tolist() == list(range(2000, 12_000, resolution.STATS_EVERY))


def test_block_summaries_hold_min_max_last_and_the_first_nonfinite_step(tmp_path):
    path = str(tmp_path / "blocks")
    rows = ROWS
    w = RunWriter(path, rows, flush_secs=3600)
    res = resolution.Resolution(w, rows, first_step=0, head=0, before=0)
    rng = np.random.default_rng(3)
    vectors = rng.random((250, len(rows))).astype(np.float32) + 1
    vectors[137, 4] = np.nan
    vectors[180, 4] = np.inf
    vectors[150, 2] = metadata.UNMEASURED  # a norm row not measured on that step
    vectors[120, LOSS] = -5.0  # loss rows keep negative values
    res.add(0, vectors[:130])
    res.add(130, vectors[130:])
    res.finish()
    w.close()
    data = read(path)
    assert data.block_steps.tolist() == [[0, 99], [100, 199], [200, 249]]
    col = {c: i for i, c in enumerate(metadata.BLOCK_COLUMNS)}
    b = data.blocks[1]
    seg = vectors[100:200]
    finite = np.where(np.isfinite(seg), seg, np.nan)
    finite[50, 2] = np.nan
    np.testing.assert_array_equal(b[:, col["min"]], np.nanmin(finite, axis=0))
    np.testing.assert_array_equal(b[:, col["max"]], np.nanmax(finite, axis=0))
    np.testing.assert_array_equal(b[:, col["last"]], seg[-1])
    assert b[4, col["first_nonfinite"]] == 37 and b[LOSS, col["min"]] == -5.0
    assert np.isnan(np.delete(b[:, col["first_nonfinite"]], 4)).all()
    assert np.isnan(data.blocks[0][:, col["first_nonfinite"]]).all()


@pytest.mark.parametrize("onset", [9_000, 2_010])
def test_the_onset_is_exact_with_every_step_around_it(tmp_path, onset):
    path = str(tmp_path / "onset")
    write(path, 12_000, onset=onset)
    data = read(path)
    steps = set(per_step(data).tolist())
    before = [s for s in range(onset - resolution.BEFORE_STEPS, onset) if s in steps]
    assert len(before) == resolution.BEFORE_STEPS >= 200
    assert all(s in steps for s in range(onset, onset + resolution.AFTER_STEPS + 1))
    d = diagnose(data)
    assert d["status"] == "nonfinite" and d["onset"]["step"] == onset and d["onset"]["tensor"] == ROWS[3]["name"]
    # the statistics held before the onset are written with it
    held = data.stats_steps[(data.stats_steps < onset) & (data.stats_steps > onset - 100)]
    assert onset < 2000 + 100 or len(held) == resolution.HELD_STATS


def test_a_loss_spike_gets_every_step_around_it_and_noise_does_not(tmp_path):
    quiet = str(tmp_path / "quiet")
    assert write(quiet, 6_000).spikes == []
    path = str(tmp_path / "spike")
    res = write(path, 6_000, spike_at=4_321)
    assert [s["step"] for s in res.spikes] == [4_321] and res.spikes[0]["factor"] > 40
    steps = set(per_step(read(path)).tolist())
    assert all(s in steps for s in range(4_321 - 256, 4_321 + 257))
    assert 4_321 - 300 not in steps


def test_gaps_between_blocks_are_reported_as_sampled(tmp_path):
    path = str(tmp_path / "gap")
    w = RunWriter(path, ROWS, flush_secs=3600)
    v = np.ones(len(ROWS), np.float32)
    nan = np.full(len(ROWS), np.nan, np.float32)
    w.write_block(0, 99, v, v, v, nan)
    w.write_block(200, 299, v, v, v, nan)
    w.close()
    data = read(path)
    assert data.sampled


def test_bytes_per_step_fall_with_the_length_of_the_run(tmp_path):
    sizes = {}
    for steps in (4_000, 40_000):
        path = str(tmp_path / ("r%d" % steps))
        write(path, steps, chunk=1000)
        sizes[steps] = sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)) / steps
    # 10 rows: a per-step point costs ~100 B, a block ~250 B per 100 steps
    assert sizes[40_000] < sizes[4_000] / 4 and sizes[40_000] < 20


def test_a_capped_tensorboard_is_caught_on_schema_2_logs(tmp_path):
    """--samples_per_plugin drops per-step points; the blocks' counts reveal it (no gap between blocks needed)."""
    import plugin_support as ps
    from tensorboard import program
    from tensorboard.plugins.core import core_plugin
    from werkzeug.test import Client

    from tb_nanwatch.plugin.loader import NanWatchLoader

    logdir = str(tmp_path)
    write(os.path.join(logdir, "short"), 150)  # two blocks, every step per step
    tb = program.TensorBoard(plugins=[core_plugin.CorePluginLoader, NanWatchLoader])
    tb.configure(argv=["tensorboard", "--logdir", logdir, "--samples_per_plugin", "tb_nanwatch=50", "--load_fast", "false"])
    c = Client(ps.app(logdir, ps.python_provider(logdir, tb.flags).data_provider, tb.flags))
    (run,) = c.get(ps.PREFIX + "/runs").get_json()["runs"]
    assert run["sampled"] is True and any("not every logged step came back" in p for p in run["problems"])
    assert not read(os.path.join(logdir, "short")).sampled  # read in full: nothing missing


def test_the_heatmap_of_summarised_steps_shows_each_blocks_peak_and_nonfinite_steps(tmp_path):
    """A spike or a NaN between two block ends is not lost: the block's max and first NaN/Inf stand in."""
    from tb_nanwatch.plugin import store, views

    path = str(tmp_path / "peaks")
    w = RunWriter(path, ROWS, flush_secs=3600)
    res = resolution.Resolution(w, ROWS, first_step=0, head=0, before=0)
    vectors = np.ones((300, len(ROWS)), np.float32)
    vectors[150, 0] = 1e6
    vectors[250, 1] = np.nan
    res.add(0, vectors)
    w.close()  # no finish(): nothing held is written, every step is summarised
    data = read(path)
    assert data.trace_steps.tolist() == [99, 199, 299] and not data.per_step.any()
    h = views.heatmap_impl(store.Entry((), data, {"run": "r"}), buckets=3)
    assert h["magnitude"][0][1] == pytest.approx(6.0) and h["magnitude"][0][0] == pytest.approx(0.0)
    assert h["nonfinite"][1].tolist() == [0, 0, views.NONFINITE_NAN]
    s = views.series_impl(store.Entry((), data, {"run": "r"}), [ROWS[0]["name"]], ["trace"])["series"][0]
    assert s["values"] == [1, 1, 1] and s["hi"] == [1, 1e6, 1] and s["lo"] == [1, 1, 1]
