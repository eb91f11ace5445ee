"""Custom training loop: predicted exam scores are all below 1

I predict exam scores (0-100) from study hours, attendance, etc. with my own GradientTape loop.
The loss starts at ~4000 and stays there, and model(x) returns values like 0.98.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("tf.keras.layers.Dense(1, activation=tf.nn.sigmoid)", "tf.keras.layers.Dense(1)")]

log_dir = sys.argv[1]
tf.random.set_seed(9)
np.random.seed(9)

n = 2000
hours = np.random.uniform(0, 10, n)
attendance = np.random.uniform(0.4, 1.0, n)
prev_grade = np.random.uniform(30, 100, n)
sleep = np.random.normal(7, 1, n)
score = np.clip(5 * hours + 30 * attendance + 0.3 * prev_grade - 2 * np.abs(sleep - 7.5) + np.random.normal(0, 5, n), 0, 100)
X = np.stack([hours / 10, attendance, prev_grade / 100, sleep / 10], axis=1).astype(np.float32)
Y = score.reshape(-1, 1).astype(np.float32)

model = tf.keras.Sequential([
    tf.keras.Input(shape=(4,)),
    tf.keras.layers.Dense(32, activation=tf.nn.relu),
    tf.keras.layers.Dense(32, activation=tf.nn.relu),
    tf.keras.layers.Dense(1, activation=tf.nn.sigmoid),
])
optimizer = tf.keras.optimizers.Adam(learning_rate=0.01)
mse = tf.keras.losses.MeanSquaredError()
watch = NanWatch(log_dir).attach(model, optimizer)

@watch.train_step
def step(x, y):
    with tf.GradientTape() as tape:
        pred = model(x, training=True)
        loss = mse(y, pred)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss

ds = tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(2000, seed=9).batch(32)
for epoch in range(30):
    total = 0.0
    for i, (xb, yb) in enumerate(ds):
        total += float(step(xb, yb))
    if epoch % 5 == 0:
        print("epoch %d loss %.3f" % (epoch, total / (i + 1)))
watch.close()
print("final loss:", total / (i + 1), "score variance:", Y.var())
