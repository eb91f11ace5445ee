"""``on_nonfinite="rollback"``, ``on_spike="rollback"`` and loss-spike events (issue 14, parts 2 and 3): real Keras training."""

import numpy as np
import pytest

from hook_support import BATCH, mlp, read, regression_data

keras = pytest.importorskip("keras")

from tb_nanwatch import NanWatch  # noqa: E402

SPIKE = (300, 306)  # steps whose learning rate a buggy per-batch schedule multiplies by 1000
EPOCHS, N_BATCHES = 40, 16
NOISE = 0.3  # the clean runs' final losses over seeds 0-2 spread about 30% (see test_hook_skip)


class LrSpike(keras.callbacks.Callback):
    """A per-batch learning-rate schedule with a bug: a 1000x rate for the steps in SPIKE."""

    def __init__(self, base, factor=1000.0):
        super().__init__()
        self.base, self.factor, self.n = base, factor, 0

    def on_train_batch_begin(self, batch, logs=None):
        spiked = SPIKE[0] <= self.n < SPIKE[1]
        self.model.optimizer.learning_rate.assign(self.base * (self.factor if spiked else 1.0))
        self.n += 1


def _fit(tmp_path, name, optimizer, factor=1000.0, **watch_kw):
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    model.compile(optimizer, "mse")
    x, y = regression_data(n_batches=N_BATCHES)
    callbacks = [LrSpike(0.01, factor)]
    watch = NanWatch(str(tmp_path / name), **watch_kw) if watch_kw else None
    if watch is not None:
        callbacks.append(watch)
    model.fit(np.concatenate([x] * EPOCHS), np.concatenate([y] * EPOCHS), batch_size=BATCH, epochs=1,
              shuffle=False, verbose=0, callbacks=callbacks)
    return watch, float(model.evaluate(x, y, batch_size=BATCH, verbose=0))


def test_a_learning_rate_spike_recovers_under_rollback(tmp_path):
    sgd = lambda: keras.optimizers.SGD(0.01, momentum=0.9)
    _, clean = _fit(tmp_path, "clean", sgd(), factor=1.0)
    _, broken = _fit(tmp_path, "continue", sgd(), on_nonfinite="continue")
    _, skipped = _fit(tmp_path, "skip", sgd(), on_nonfinite="skip")
    watch, rolled = _fit(tmp_path, "rollback", sgd(), on_nonfinite="rollback", on_spike="rollback")
    assert np.isnan(broken) and (not np.isfinite(skipped) or skipped > 100 * clean)  # skipping cannot undo the damage
    assert np.isfinite(rolled) and abs(rolled - clean) <= NOISE * clean, (rolled, clean)
    assert watch.rollbacks and watch.rollbacks[0]["cause"] == "nonfinite"
    first = watch.rollbacks[0]
    assert first["restored"] < SPIKE[0] <= first["at"] < SPIKE[1] and first["skipped_batches"] == first["step"] - first["restored"]
    run = read(tmp_path / "rollback")
    logged = [e for e in run.events if e["kind"] == "rollback"]
    assert [e["restored"] for e in logged] == [r["restored"] for r in watch.rollbacks]


def test_a_loss_spike_is_an_event_and_rolls_back_when_asked(tmp_path):
    adam = lambda: keras.optimizers.Adam(0.01)
    _, clean = _fit(tmp_path, "clean", adam(), factor=1.0)
    _, diverged = _fit(tmp_path, "logged", adam(), on_nonfinite="continue")
    watch, rolled = _fit(tmp_path, "rollback", adam(), on_spike="rollback")
    assert diverged > 100 * clean  # finite, never NaN: only the spike shows it
    spikes = [e for e in read(tmp_path / "logged").events if e["kind"] == "spike"]
    assert len(spikes) == 1 and SPIKE[0] <= spikes[0]["step"] <= SPIKE[1] and spikes[0]["factor"] > 10, spikes
    assert abs(rolled - clean) <= NOISE * clean, (rolled, clean)
    (event,) = watch.rollbacks
    assert event["cause"] == "spike" and event["restored"] < SPIKE[0]
    # the learning rate was halved for the next 100 steps, then the schedule's own rate came back
    assert event["lr"] is not None and event["lr_steps"] == 100


def test_a_healthy_run_has_no_spike_and_no_rollback(tmp_path):
    watch, loss = _fit(tmp_path, "healthy", keras.optimizers.Adam(0.01), factor=1.0, on_nonfinite="rollback",
                       on_spike="rollback")
    assert watch.rollbacks == [] and read(tmp_path / "healthy").events == []
    assert watch._snapshots.nbytes == sum(w.nbytes for w in watch.model.get_weights()) * 3  # weights, Adam's m and v


def test_a_custom_loop_rolls_back_to_its_snapshot(tmp_path):
    tf = pytest.importorskip("tensorflow")
    keras.utils.set_random_seed(0)
    model = mlp(keras)
    optimizer = keras.optimizers.SGD(0.01)
    loss_fn = keras.losses.MeanSquaredError()
    watch = NanWatch(str(tmp_path / "custom"), on_nonfinite="rollback", snapshot_every=4, rollback_lr=1.0)
    watch.attach(model, optimizer)

    @watch.train_step
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    x, y = regression_data(n_batches=10)
    batches = [(x[i * BATCH:(i + 1) * BATCH], y[i * BATCH:(i + 1) * BATCH]) for i in range(10)]
    for b in batches[:5]:  # steps 0-4: snapshots after steps -1 (the start) and 3
        step(*b)
    bad = (batches[5][0], np.full_like(batches[5][1], np.inf))
    weights_before_fault = [w.copy() for w in model.get_weights()]
    step(*bad)  # step 5: not finite -> back to the snapshot of step 3
    watch.close()
    (event,) = watch.rollbacks
    assert (event["cause"], event["at"], event["restored"], event["skipped_batches"]) == ("nonfinite", 5, 3, 2)
    assert event["lr"] is None  # rollback_lr=1.0 leaves the rate alone
    restored = model.get_weights()
    assert all(np.isfinite(w).all() for w in restored)
    assert any(not np.array_equal(a, b) for a, b in zip(restored, weights_before_fault))  # step 4 was undone
