"""Chapter 10 exercise 10: growing SGD's learning rate by 0.5% per step on MNIST, "The loss starts shooting back up
violently when the learning rate goes over 6e-1" (Hands-On Machine Learning, 3rd edition, companion notebook)

Source: https://github.com/ageron/handson-ml3/blob/main/10_neural_nets_with_keras.ipynb (read in a fetched
  snapshot of ageron/handson-ml3, commit e3f3f9e66d58cfa1d068a498433063a1d3fba9ef, cells 172-206: exercise 10's
  solution, "Let's build a simple dense network and find the optimal learning rate")
The program: MNIST split into 55,000 training and 5,000 validation images divided by 255; Flatten -> Dense(300,
relu) -> Dense(100, relu) -> Dense(10, softmax), sparse categorical cross-entropy, SGD(learning_rate=1e-3), and an
`ExponentialLearningRate(factor=1.005)` callback that multiplies the learning rate by 1.005 after every batch and
records the rate and the loss; fit for 1 epoch (1,719 batches of 32: the rate climbs from 1e-3 to ~5.3) with the
validation set; the notebook then plots loss against rate: "The loss starts shooting back up violently when the
learning rate goes over 6e-1, so let's try using half of that, at 3e-1".
Fix from the source: the same model compiled with SGD(learning_rate=3e-1) (cells 203-206, trained there for up to
100 epochs with early stopping, "We got over 98% accuracy"). The fixed twin uses 3e-1 and a factor of 1.0 (the
callback then keeps the rate at 3e-1), for the same single epoch.
Labels: learning_rate_too_high: the failing part of the run is the learning rate growing past ~0.6, which the
notebook names as the point where the loss shoots up, and the fix is a fixed, lower rate.
Port to Keras 3: `tf.keras.*` -> `keras.*` (`K = tf.keras.backend` dropped, it was unused); the callback's
`on_batch_end` is kept (Keras 3 still calls it) and now also calls `super().__init__()`;
tf.keras.datasets.mnist.load_data() (a download) replaced by synthetic digits of the same shape, dtype and scale
(60,000 + 10,000 rows of 28x28 uint8 0-255, class ids 0-9, mostly-0 background; the full 55,000/5,000 split kept so
the sweep has its 1,719 steps); `tf.keras.backend.clear_session()` / `np.random.seed(42)` /
`tf.random.set_seed(42)` -> `keras.utils.set_random_seed(0)`; the plot -> the loss and rate at the start, at the
lowest loss and at the end printed; the image plots, the Keras Tuner TODO and the fixed model's checkpoint /
early-stopping / TensorBoard run dropped; NanWatch callback; verbose=0.
Verification (Keras's own running batch losses as the callback records them, one run each; constant predictor
ln 10 = 2.303): the buggy sweep reproduces the notebook's curve: loss 2.39 at the first step (rate 1.0e-3), lowest
0.79 at step 1346 (rate 0.83), then it shoots up: NanWatch reports the first Inf at step 1410 (rate ~1.1; the loss,
after a backward MatMul of dense_1 overflowed), and the epoch ends with loss inf at rate 5.29, val_loss 2.37,
val_accuracy 0.10. The fixed twin (constant 3e-1) learns: epoch loss 0.070, accuracy 0.98, val_loss 0.0013,
val_accuracy 1.0 (the stand-in digits are easier than MNIST). The buggy run takes ~80 s here, the twin ~40 s.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("optimizer = keras.optimizers.SGD(learning_rate=1e-3)", "optimizer = keras.optimizers.SGD(learning_rate=3e-1)"),
       ("expon_lr = ExponentialLearningRate(factor=1.005)", "expon_lr = ExponentialLearningRate(factor=1.0)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class mnist:
    # port: synthetic stand-in for tf.keras.datasets.mnist (uint8 0-255 digits, labels 0-9)
    @staticmethod
    def load_data():
        templates = np.stack([np.kron(rng.random((7, 7)) > 0.6, np.ones((4, 4))) for _ in range(10)])

        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            other = templates[rng.integers(0, 10, n)]
            img = (0.7 * templates[labels] + 0.5 * other) * rng.uniform(120, 200, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.3) + rng.normal(0, 25, (n, 28, 28)) * (img > 0)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(60000), make(10000)


(X_train_full, y_train_full), (X_test, y_test) = mnist.load_data()

X_valid, X_train = X_train_full[:5000] / 255., X_train_full[5000:] / 255.
y_valid, y_train = y_train_full[:5000], y_train_full[5000:]
X_test = X_test / 255.


class ExponentialLearningRate(keras.callbacks.Callback):
    def __init__(self, factor):
        super().__init__()  # port
        self.factor = factor
        self.rates = []
        self.losses = []

    def on_batch_end(self, batch, logs=None):
        lr = self.model.optimizer.learning_rate.numpy() * self.factor
        self.model.optimizer.learning_rate = lr
        self.rates.append(lr)
        self.losses.append(logs["loss"])


model = keras.Sequential([
    keras.layers.Flatten(input_shape=[28, 28]),
    keras.layers.Dense(300, activation="relu"),
    keras.layers.Dense(100, activation="relu"),
    keras.layers.Dense(10, activation="softmax")
])

optimizer = keras.optimizers.SGD(learning_rate=1e-3)
model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer,
              metrics=["accuracy"])
expon_lr = ExponentialLearningRate(factor=1.005)

history = model.fit(X_train, y_train, epochs=1,
                    validation_data=(X_valid, y_valid),
                    callbacks=[expon_lr, NanWatch(log_dir)], verbose=0)

# port: stands in for the loss-vs-rate plot
losses = np.array(expon_lr.losses, dtype=float)
best = int(np.nanargmin(losses)) if np.isfinite(losses).any() else 0
print("steps:", len(losses), "first (rate, loss):", (expon_lr.rates[0], losses[0]),
      "lowest:", (expon_lr.rates[best], losses[best]), "at step", best,
      "last:", (expon_lr.rates[-1], losses[-1]))
print("epoch loss:", history.history["loss"], "accuracy:", history.history["accuracy"],
      "val_loss:", history.history["val_loss"], "val_accuracy:", history.history["val_accuracy"],
      "(constant predictor: ln 10 = 2.3026)")
