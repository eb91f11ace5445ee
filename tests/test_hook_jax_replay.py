"""The op that made a JAX fit's first NaN, named by replaying the onset step under checkify (issue 22).

Each case trains in a child process (``KERAS_BACKEND`` is read at the first
``import keras``): a Lambda layer taking the log (or the square root) of a
ReLU's output minus 0.5 makes a NaN at step 0. Under ``on_nonfinite="stop"``
the onset step's update is withheld, so the watch replays that step and
names the primitive, the line of your code that asked for it, and the layer;
the diagnosis carries it as evidence, as a TensorFlow replay's.
"""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("jax") is None, reason="jax not installed")

CHILD = textwrap.dedent("""
    import json, sys
    import numpy as np, keras
    from keras import ops
    from tb_nanwatch import NanWatch
    from tb_nanwatch.analysis import diagnose_logdir
    op, mode, log_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((256, 8)).astype("float32")
    y = rng.standard_normal((256, 1)).astype("float32")
    unsafe = {"log": lambda t: ops.log(t - 0.5), "sqrt": lambda t: ops.sqrt(t - 0.5)}[op]  # LINE_OF_THE_OP
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu", name="hidden"),
                              keras.layers.Lambda(unsafe, name="unsafe"), keras.layers.Dense(1, name="out")])
    model.compile(keras.optimizers.SGD(0.01), "mse")
    watch = NanWatch(log_dir, on_nonfinite=mode)
    model.fit(x, y, batch_size=32, epochs=1, verbose=0, callbacks=[watch])
    watch.close()
    d = diagnose_logdir(log_dir)["runs"][0]
    print("RESULT " + json.dumps({"onset": {k: watch.onset[k] for k in ("step", "phase", "layer")},
                                  "op": watch.onset.get("op"), "report_op": d["op"],
                                  "first": d["causes"][0]["id"], "evidence": d["causes"][0]["evidence"]}))
""")
LINE = next(i for i, line in enumerate(CHILD.splitlines(), 1) if "LINE_OF_THE_OP" in line)


def _child(op, mode, tmp_path):
    proc = subprocess.run([sys.executable, "-c", CHILD, op, mode, str(tmp_path / "run")], capture_output=True,
                          text=True, timeout=600, env=dict(os.environ, KERAS_BACKEND="jax", TF_CPP_MIN_LOG_LEVEL="2"))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    return json.loads(lines[0][len("RESULT "):])


@pytest.mark.parametrize("op,op_type", [("log", "Log"), ("sqrt", "Sqrt")])
def test_the_op_line_and_layer_of_the_first_nan_are_named(tmp_path, op, op_type):
    r = _child(op, "stop", tmp_path)
    assert r["onset"] == {"step": 0, "phase": "forward", "layer": "unsafe"}, r
    found = r["op"]
    assert found["found"] and found["type"] == op_type and found["primitive"] == op, found
    assert found["name"] == "<string>:%d (<lambda>)" % LINE and found["layer"] == "unsafe", found
    assert r["report_op"].startswith("replay of step 0: op %s (<string>:%d (<lambda>)) in layer unsafe" % (op_type, LINE))
    assert r["first"] == "unsafe_layer_math" and r["report_op"] in r["evidence"], r


def test_under_continue_the_batch_is_gone_and_no_op_is_named(tmp_path):
    r = _child("log", "continue", tmp_path)
    assert r["op"]["found"] is False and "no longer held" in r["op"]["why"], r["op"]
