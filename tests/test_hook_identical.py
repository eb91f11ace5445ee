"""The watched training computes exactly what the unwatched one does.

Each case trains the same model twice in one child process under
`tf.config.experimental.enable_op_determinism()` (process-wide, so kept out of
the pytest process): plain, then with NanWatch logging full statistics on
some steps. Every step's loss must be bit-identical.
"""

import json
import subprocess
import sys
import textwrap

import pytest

from hook_support import where

pytest.importorskip("tensorflow")

CHILD = textwrap.dedent("""
    import json, os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"
    import numpy as np, keras, tensorflow as tf
    from tb_nanwatch import NanWatch
    tf.config.experimental.enable_op_determinism()
    case, log_dir = sys.argv[1], sys.argv[2]

    def build():
        if case == "residual_bn":
            # Conv -> BatchNormalization -> residual Add, as in ResNet and MobileNetV2.
            inp = keras.Input((32, 32, 3))
            h = keras.layers.Conv2D(16, 3, padding="same")(inp)
            h = keras.layers.Activation("relu")(keras.layers.BatchNormalization()(h))
            r = keras.layers.Conv2D(16, 3, padding="same")(h)
            r = keras.layers.BatchNormalization()(r)
            h = keras.layers.Activation("relu")(keras.layers.Add()([h, r]))
            out = keras.layers.Dense(4)(keras.layers.GlobalAveragePooling2D()(h))
            return keras.Model(inp, out), dict(jit_compile=False)
        # A NaN input value into Dense(relu): oneDNN's fused MatMul+BiasAdd+ReLU turns it into 0.
        layers = [keras.Input((12,))] + [keras.layers.Dense(16, activation="relu") for _ in range(2)]
        return keras.Sequential(layers + [keras.layers.Dense(4)]), dict(jit_compile=case == "absorbed_nan_xla",
                                                                          steps_per_execution=4)

    def run(watch):
        keras.utils.set_random_seed(0)
        model, compile_kw = build()
        model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True), **compile_kw)
        rng = np.random.default_rng(0)
        shape = (32, 32, 3) if case == "residual_bn" else (12,)
        x = rng.standard_normal((16 * 24,) + shape).astype("float32")
        y = rng.integers(0, 4, 16 * 24)
        if case.startswith("absorbed_nan"):
            x[9 * 16 + 2, 5] = np.nan
        losses = []
        class Losses(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                losses.append(float(logs["loss"]))
        callbacks = [Losses()]
        if watch:
            callbacks.insert(0, NanWatch(log_dir, log_every=4))
        model.fit(x, y, batch_size=16, epochs=3, shuffle=False, verbose=0, callbacks=callbacks)
        return losses, callbacks[0].onset if watch else None

    plain, _ = run(False)
    watched, onset = run(True)
    print("RESULT " + json.dumps({"plain": plain, "watched": watched, "onset": onset}))
""")


def train_twice(case, tmp_path):
    proc = subprocess.run([sys.executable, "-c", CHILD, case, str(tmp_path / "run")],
                          capture_output=True, text=True, timeout=600)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    return json.loads(lines[0][len("RESULT "):])


def test_residual_batchnorm_model_trains_bit_identically(tmp_path):
    result = train_twice("residual_bn", tmp_path)
    assert result["plain"] == result["watched"]
    assert result["onset"] is None


@pytest.mark.parametrize("case", ["absorbed_nan", "absorbed_nan_xla"])
def test_a_nan_the_training_absorbs_is_reported_and_absorbed_alike(tmp_path, case):
    result = train_twice(case, tmp_path)
    # Plain training survives the NaN input (the fused ReLU made it 0); the watch must not decide otherwise.
    assert all(loss == loss for loss in result["plain"]), result
    assert result["plain"] == result["watched"]
    assert where(result["onset"]) == {"step": 9, "phase": "input", "tensor": "input/0", "layer": None}
    # The report still names the onset, and says the training absorbed it.
    from tb_nanwatch.analysis import diagnose_logdir

    (report,) = diagnose_logdir(str(tmp_path))["runs"]
    assert report["onset"]["step"] == 9
    assert any("the training absorbed the NaN/Inf" in note for note in report["notes"]), report["notes"]
