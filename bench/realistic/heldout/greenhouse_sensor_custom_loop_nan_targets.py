# "Custom training loop for my greenhouse temperature model: the loss prints nan after a few
#  batches and all the weights become nan. Inputs are normalised, learning rate is small..."
# (the temperature logger drops out now and then and writes an empty field -> NaN in the CSV)
import sys

import numpy as np
import tensorflow as tf

from tb_nanwatch import NanWatch

FAULTS = ("target_nonfinite",)
FIX = [("X_train, y_train = X, y",
        "keep = ~np.isnan(y[:, 0]); X_train, y_train = X[keep], y[keep]")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(15)
rng = np.random.default_rng(15)

hours = np.arange(24 * 200)                                    # 200 days of hourly readings
hour_of_day = hours % 24
solar = np.clip(np.sin((hour_of_day - 6) / 12 * np.pi), 0, None) * rng.uniform(0.5, 1.0, len(hours))
outside = 12 + 8 * np.sin((hour_of_day - 9) / 24 * 2 * np.pi) + rng.normal(0, 1.5, len(hours))
humidity = 70 - 25 * solar + rng.normal(0, 4, len(hours))
vent_open = (solar > 0.6).astype(float)
temperature = 15 + 0.6 * outside + 14 * solar - 3 * vent_open + rng.normal(0, 0.7, len(hours))
dropout = rng.uniform(size=len(hours)) < 0.01                  # 1% missing logger readings
temperature[dropout] = np.nan

X = np.column_stack([np.sin(hour_of_day / 24 * 2 * np.pi), np.cos(hour_of_day / 24 * 2 * np.pi),
                     solar, outside, humidity, vent_open])
X = ((X - X.mean(axis=0)) / X.std(axis=0)).astype(np.float32)
y = temperature.reshape(-1, 1).astype(np.float32)
X_train, y_train = X, y

model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(6,)),
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dense(32, activation="relu"),
    tf.keras.layers.Dense(1),
])
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-3)
loss_fn = tf.keras.losses.MeanSquaredError()
watch = NanWatch(log_dir).attach(model, optimizer, loss=loss_fn)


@watch.train_step
def train_step(x, y):
    with tf.GradientTape() as tape:
        pred = model(x, training=True)
        loss = loss_fn(y, pred)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


dataset = tf.data.Dataset.from_tensor_slices((X_train, y_train)).shuffle(5000, seed=0).batch(64)
for epoch in range(15):
    losses = [float(train_step(xb, yb)) for xb, yb in dataset]
    print("epoch %d loss %.4f" % (epoch + 1, np.mean(losses)))
watch.close()
print("final loss:", float(np.mean(losses)))
