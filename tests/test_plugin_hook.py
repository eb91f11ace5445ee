"""The plugin over event files written by a real `NanWatch` training (needs TensorFlow)."""

import os

import numpy as np
import pytest
from werkzeug.test import Client

from tests import plugin_support as ps

keras = pytest.importorskip("keras")
pytest.importorskip("tensorflow")

P = ps.PREFIX
NAN_ROW, BATCH = 43, 8  # the NaN input sits in batch 5 -> onset at step 5


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    from tb_nanwatch import NanWatch

    d = str(tmp_path_factory.mktemp("hook_logs"))
    keras.utils.set_random_seed(0)
    x = np.random.default_rng(0).normal(size=(96, 4)).astype("float32")
    y = x.sum(axis=1, keepdims=True)

    def model():
        m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
        m.compile(optimizer=keras.optimizers.SGD(0.01), loss="mse")
        return m

    bad_x = x.copy()
    bad_x[NAN_ROW, 2] = np.nan
    model().fit(bad_x, y, batch_size=BATCH, epochs=1, shuffle=False, verbose=0, callbacks=[NanWatch(os.path.join(d, "nan_input"), log_every=2)])
    model().fit(x, y, batch_size=BATCH, epochs=2, shuffle=False, verbose=0, callbacks=[NanWatch(os.path.join(d, "healthy"), log_every=2)])
    return d


@pytest.mark.parametrize("load_fast", ["false", "true"], ids=["python_loader", "rust_loader"])
def test_hook_run_through_the_plugin(logdir, load_fast):
    flags, ingester = ps.start_ingester(logdir, load_fast, reload_interval=1)
    c = Client(ps.app(logdir, ingester.data_provider, flags))
    ps.wait_for(lambda: len(ps.run_names(c)) == 2, timeout=60)

    def loaded():
        # The loader reads the files while they are listed: wait until both runs are read to their end.
        runs = {r["run"]: r for r in c.get(P + "/runs").get_json()["runs"]}
        done = runs["nan_input"].get("onset") is not None and runs["healthy"].get("steps") == 2 * 96 // BATCH
        return runs if done else None

    runs = ps.wait_for(loaded, timeout=60)
    bad = runs["nan_input"]
    assert bad["status"] == "nonfinite" and bad["sampled"] is False
    assert bad["onset"]["step"] == NAN_ROW // BATCH and bad["onset"]["phase"] == "input", bad
    assert c.get(P + "/runs").get_json()["runs"][0]["run"] == "nan_input"
    assert runs["healthy"]["onset"] is None and runs["healthy"]["steps"] == 2 * 96 // BATCH

    rows = c.get(P + "/tensors?run=nan_input").get_json()["rows"]
    kinds = [r["kind"] for r in rows]
    assert kinds[0] == "input" and "activation" in kinds and "gradient" in kinds and "weight" in kinds
    input_row = rows[0]["name"]
    (series,) = c.get(P + "/series?run=nan_input&tensor=" + input_row).get_json()["series"]
    values = dict(zip(series["steps"], series["values"]))
    assert values[NAN_ROW // BATCH] == "NaN" and isinstance(values[0], float)
    h = c.get(P + "/heatmap?run=nan_input&buckets=1000").get_json()
    onset_bucket = [i for i, (a, b) in enumerate(h["buckets"]) if a <= NAN_ROW // BATCH <= b][0]
    assert h["nonfinite"][0][onset_bucket] == 1
    d = c.get(P + "/diagnosis?run=nan_input").get_json()
    assert d["causes"] and d["causes"][0]["id"] == "input_nonfinite", d["causes"][:2]
