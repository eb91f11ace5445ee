# "I wrote a class-weighted binary cross-entropy for my imbalanced fraud data. Training looks fine
#  in the first epoch and then the loss suddenly becomes nan."
import sys

import numpy as np
import tensorflow as tf
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("unsafe_loss_math",)
FIX = [("tf.math.log(y_pred)", "tf.math.log(y_pred + 1e-7)"),
       ("tf.math.log(1 - y_pred)", "tf.math.log(1 - y_pred + 1e-7)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(19)
rng = np.random.default_rng(19)

n = 6000
is_fraud = (rng.uniform(size=n) < 0.08).astype("float32")
V = rng.normal(0, 1, (n, 20)) + is_fraud[:, None] * rng.normal(0, 1.5, 20)
hour = rng.integers(0, 24, n)
amount = rng.lognormal(3.5 + 1.0 * is_fraud, 1.0)
X = np.column_stack([V, np.sin(hour / 24 * 2 * np.pi), np.cos(hour / 24 * 2 * np.pi), np.log1p(amount)])
X = ((X - X.mean(axis=0)) / X.std(axis=0)).astype("float32")
y = is_fraud.reshape(-1, 1)


def weighted_bce(y_true, y_pred):
    w_pos, w_neg = 10.0, 1.0          # fraud is ~8% of the data
    loss = -(w_pos * y_true * tf.math.log(y_pred) + w_neg * (1 - y_true) * tf.math.log(1 - y_pred))
    return tf.reduce_mean(loss)


model = keras.Sequential([
    keras.Input(shape=(X.shape[1],)),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss=weighted_bce,
              metrics=["accuracy", keras.metrics.Recall(name="recall")])
history = model.fit(X, y, epochs=12, batch_size=128, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("loss per epoch:", np.round(history.history["loss"], 4).tolist())
print("final loss:", history.history["loss"][-1], "val_recall:", history.history["val_recall"][-1])
