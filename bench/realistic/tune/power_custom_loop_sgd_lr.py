"""Custom training loop: loss is nan from the first epoch (power consumption regression)

Predicting a building's hourly power use (standardised) from weather and time features with
my own loop and plain SGD. I set the learning rate to 1 so it converges faster; now every
epoch prints loss nan.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("tf.keras.optimizers.SGD(learning_rate=1.0)", "tf.keras.optimizers.SGD(learning_rate=0.01)")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(61)

rng = np.random.default_rng(61)
hours = np.arange(24 * 365)
temp = 12 + 10 * np.sin(2 * np.pi * hours / (24 * 365)) + 5 * np.sin(2 * np.pi * hours / 24) + rng.normal(0, 2, len(hours))
humidity = rng.uniform(30, 90, len(hours))
hour_sin, hour_cos = np.sin(2 * np.pi * hours / 24), np.cos(2 * np.pi * hours / 24)
weekday = ((hours // 24) % 7 < 5).astype(float)
power = 200 + 6 * np.abs(temp - 18) + 60 * weekday * (hour_sin > 0) + 0.3 * humidity + rng.normal(0, 10, len(hours))
features = np.column_stack([temp, humidity, hour_sin, hour_cos, weekday])
features = (features - features.mean(0)) / features.std(0)
target = (power - power.mean()) / power.std()

dataset = tf.data.Dataset.from_tensor_slices((features.astype('float32'), target.astype('float32')))
dataset = dataset.shuffle(10000, seed=61).batch(64)

model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(5,)),
    tf.keras.layers.Dense(64, activation='relu'),
    tf.keras.layers.Dense(64, activation='relu'),
    tf.keras.layers.Dense(1),
])
optimizer = tf.keras.optimizers.SGD(learning_rate=1.0)
watch = NanWatch(log_dir).attach(model, optimizer)

@watch.train_step
def train_step(x, y):
    with tf.GradientTape() as tape:
        y_pred = tf.squeeze(model(x, training=True), axis=-1)
        loss = tf.reduce_mean(tf.square(y - y_pred))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss

for epoch in range(6):
    epoch_loss = tf.keras.metrics.Mean()
    for x_batch, y_batch in dataset:
        epoch_loss.update_state(train_step(x_batch, y_batch))
    print(f"epoch {epoch}: loss {epoch_loss.result().numpy():.4f}")
watch.close()
print("final loss:", float(epoch_loss.result()))
