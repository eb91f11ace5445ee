# "Activity recognition from accelerometer windows with a SimpleRNN, my own training loop.
#  The loss goes up and down wildly and then turns into nan after a few hundred steps."
import sys

import numpy as np
import tensorflow as tf

from tb_nanwatch import NanWatch

FAULTS = ("exploding_gradients",)
FIX = [("tf.keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)",
        "tf.keras.optimizers.SGD(learning_rate=0.01, momentum=0.9, clipnorm=1.0)")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(20)
rng = np.random.default_rng(20)

# 6 activities (walking, upstairs, downstairs, sitting, standing, lying), 3-axis accelerometer,
# windows of 100 samples at 50 Hz
n, steps = 1800, 100
activity = rng.integers(0, 6, n)
freq = np.array([2.0, 1.6, 2.4, 0.0, 0.0, 0.0])
amp = np.array([1.0, 1.3, 1.5, 0.05, 0.05, 0.05])
gravity = np.array([[0, 0, 1], [0.1, 0, 1], [-0.1, 0, 1], [0, 0.7, 0.7], [0, 0, 1], [1, 0, 0]])
time = np.arange(steps) / 50.0
phase = rng.uniform(0, 2 * np.pi, (n, 1))
wave = amp[activity][:, None] * np.sin(2 * np.pi * freq[activity][:, None] * time + phase)
X = gravity[activity][:, None, :] + wave[..., None] * np.array([1.0, 0.5, 0.8]) \
    + rng.normal(0, 0.15, (n, steps, 3))
X = X.astype(np.float32)
y = activity.astype(np.int32)

model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(steps, 3)),
    tf.keras.layers.SimpleRNN(64, activation="relu"),
    tf.keras.layers.Dense(6),
])
optimizer = tf.keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
watch = NanWatch(log_dir).attach(model, optimizer, loss=loss_fn)


@watch.train_step
def train_step(x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss = loss_fn(y, logits)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


dataset = tf.data.Dataset.from_tensor_slices((X, y)).shuffle(n, seed=1).batch(32)
for epoch in range(8):
    losses = [float(train_step(xb, yb)) for xb, yb in dataset]
    print("epoch", epoch + 1, "loss", np.mean(losses))
watch.close()
pred = np.argmax(model.predict(X, verbose=0), axis=1)
print("final loss:", float(np.mean(losses)), "train accuracy:", float((pred == y).mean()))
