"""Logs written without NanWatch, by the real writers, from real (tiny) trainings.

* `keras_run`: a Keras model trained with ``keras.callbacks.TensorBoard(histogram_freq=1)``;
* `tbx_run`: a numpy linear regression trained by gradient descent, logged with tensorboardX's
  ``SummaryWriter`` (legacy ``simple_value`` scalars, parameter and gradient histograms by name);
* `torch_hf_run`: a torch model logged with PyTorch's ``SummaryWriter`` under the Hugging Face
  Trainer's tags (``train/loss``, ``train/grad_norm``, ``train/learning_rate``, ``eval/loss``);
* `tf_summary_run`: a custom TensorFlow loop logging ``tf.summary.scalar("loss")`` and the rate.
"""

import os

import numpy as np

KERAS_SCENARIOS = ("healthy", "nan", "lr_jump", "softmax_one_unit", "stalled")
NAN_BATCH = 6  # Keras counts batches from 1: the 6th batch of the first epoch holds the NaN target


def keras_run(path, scenario, update_freq="epoch", epochs=5, validation=True):
    """Trains one tiny Keras model with the TensorBoard callback into ``path`` (``train/`` and ``validation/``)."""
    import keras

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    n, batch = 320, 32
    x = rng.normal(size=(n, 6)).astype("float32")
    callbacks = [keras.callbacks.TensorBoard(path, histogram_freq=1, update_freq=update_freq)]
    if scenario in ("healthy", "nan", "lr_jump"):
        y = (x[:, :1] * 2.0 - x[:, 1:2] + 0.1 * rng.normal(size=(n, 1))).astype("float32")
        if scenario == "nan":
            y[(NAN_BATCH - 1) * batch + 3] = np.nan
        model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="tanh"), keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.SGD(0.02), loss="mse")
        if scenario == "lr_jump":  # a schedule with a typo: the rate jumps 1000x at epoch 3
            callbacks.append(keras.callbacks.LearningRateScheduler(lambda e, lr: 0.02 if e < 3 else 20.0))
    elif scenario == "softmax_one_unit":
        y = (x[:, :1] > 0).astype("float32")
        model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="softmax")])
        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    elif scenario == "stalled":  # four classes, a rate too small to move anything: the loss stays at ln 4
        x = x * 0.01
        y = rng.integers(0, 4, size=(n,))
        model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(4, activation="softmax")])
        model.compile(optimizer=keras.optimizers.Adam(1e-7), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    else:
        raise ValueError(scenario)
    kw = {"validation_data": (x[:64], y[:64])} if validation else {}
    model.fit(x, y, batch_size=batch, epochs=epochs, shuffle=False, verbose=0, callbacks=callbacks, **kw)
    return path


def tbx_run(path, scenario, steps=60):
    """Linear regression by gradient descent in numpy, logged with tensorboardX every step."""
    from tensorboardX import SummaryWriter

    rng = np.random.default_rng(1)
    x = rng.normal(size=(256, 4))
    y = x @ np.array([1.0, -2.0, 0.5, 3.0]) + 0.1 * rng.normal(size=256)
    w, b = rng.normal(size=4) * 0.1, 0.0
    lr = {"healthy": 0.05, "nan": 1.5, "lr_jump": 0.05}[scenario]
    writer = SummaryWriter(path)
    with np.errstate(all="ignore"):
        for step in range(steps):
            rate = lr * (200.0 if scenario == "lr_jump" and step >= 30 else 1.0)
            err = x @ w + b - y
            loss = float(np.mean(err**2))
            gw, gb = 2 * x.T @ err / len(x), float(2 * err.mean())
            writer.add_scalar("Loss/train", loss, step)
            writer.add_scalar("lr", rate, step)
            writer.add_scalar("grad_norm", float(np.sqrt((gw**2).sum() + gb**2)), step)
            if step % 5 == 0:
                writer.add_scalar("Loss/val", loss * 1.1, step)
                if np.isfinite(w).all() and np.abs(w).max() < 1e15:  # (tensorboardX raises on NaN or huge values)
                    writer.add_histogram("fc.weight", w, step)
                    writer.add_histogram("fc.bias", np.array([b]), step)
                    writer.add_histogram("grad/fc.weight", gw, step)
            w, b = w - rate * gw, b - rate * gb
    writer.close()
    return path


def torch_hf_run(path, steps=40, logging_steps=5):
    """A torch MLP trained with SGD, logged by PyTorch's SummaryWriter under the HF Trainer's tags."""
    import torch
    from torch.utils.tensorboard import SummaryWriter

    torch.manual_seed(0)
    x = torch.randn(128, 5)
    y = x[:, :1] * 3.0
    model = torch.nn.Sequential(torch.nn.Linear(5, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    writer = SummaryWriter(path)
    for step in range(1, steps + 1):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        gn = torch.nn.utils.clip_grad_norm_(model.parameters(), 1e9)
        opt.step()
        if step % logging_steps == 0:
            writer.add_scalar("train/loss", loss.item(), step)
            writer.add_scalar("train/grad_norm", float(gn), step)
            writer.add_scalar("train/learning_rate", 0.05, step)
            writer.add_scalar("train/epoch", step / 10, step)
        if step % 10 == 0:
            with torch.no_grad():
                writer.add_scalar("eval/loss", torch.nn.functional.mse_loss(model(x), y).item(), step)
    writer.close()
    return path


def tf_summary_run(path, lr=0.6, steps=40):
    """A custom TensorFlow loop (linear regression, plain SGD) logging the loss and the rate with tf.summary."""
    import tensorflow as tf

    rng = np.random.default_rng(2)
    x_np = rng.normal(size=(128, 3)) * 2.0
    x = tf.constant(x_np, tf.float32)
    y = tf.constant(x_np @ np.array([[1.0], [-1.0], [0.5]]) + 0.1 * rng.normal(size=(128, 1)), tf.float32)
    w = tf.Variable(tf.zeros((3, 1)))
    writer = tf.summary.create_file_writer(path)
    with writer.as_default():
        for step in range(steps):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean((x @ w - y) ** 2)
            g = tape.gradient(loss, w)
            w.assign_sub(lr * g)
            tf.summary.scalar("loss", loss, step=step)
            tf.summary.scalar("learning_rate", lr, step=step)
    writer.close()
    return path


def write_all(logdir):
    """Every scenario under ``logdir``: ``keras/<scenario>``, ``keras_batch/<scenario>``, ``tbx/...``, ``hf``, ``tf/...``."""
    for s in KERAS_SCENARIOS:
        keras_run(os.path.join(logdir, "keras", s), s)
    for s in ("nan", "healthy"):
        keras_run(os.path.join(logdir, "keras_batch", s), s, update_freq="batch")
    for s in ("healthy", "nan", "lr_jump"):
        tbx_run(os.path.join(logdir, "tbx", s), s)
    torch_hf_run(os.path.join(logdir, "hf", "runs", "May01_host"))
    tf_summary_run(os.path.join(logdir, "tf", "diverging"), lr=0.6)
    tf_summary_run(os.path.join(logdir, "tf", "healthy"), lr=0.05)
    return logdir


if __name__ == "__main__":
    import sys

    write_all(sys.argv[1])
