"""Multi-label tagger with my own loss: nan after a few dozen steps

Custom GradientTape loop, sigmoid outputs (one per tag), and binary cross-entropy written out
by hand. The loss falls quickly, then prints nan within the first epoch and never recovers.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_loss_math",)
FIX = [("p = model(x, training=True)", "p = tf.clip_by_value(model(x, training=True), 1e-7, 1 - 1e-7)")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(127)

# documents as 300-dim averaged word vectors, 6 tags (sports, politics, tech, ...)
rng = np.random.default_rng(127)
n, n_tags = 3000, 6
tag_dirs = rng.normal(size=(n_tags, 300))
tags = (rng.random((n, n_tags)) < 0.3).astype('float32')
docs = (tags @ tag_dirs + 0.5 * rng.normal(size=(n, 300))).astype('float32')

model = tf.keras.Sequential([
    tf.keras.layers.Input((300,)),
    tf.keras.layers.Dense(128, activation='relu'),
    tf.keras.layers.Dense(n_tags, activation='sigmoid'),
])
opt = tf.keras.optimizers.Adam(learning_rate=0.005)
watch = NanWatch(log_dir).attach(model, opt)


def my_bce(y, p):
    return -tf.reduce_mean(y * tf.math.log(p) + (1 - y) * tf.math.log(1 - p))


@watch.train_step
def train_step(x, y):
    with tf.GradientTape() as tape:
        p = model(x, training=True)
        loss = my_bce(y, p)
    grads = tape.gradient(loss, model.trainable_variables)
    opt.apply_gradients(zip(grads, model.trainable_variables))
    return loss


data = tf.data.Dataset.from_tensor_slices((docs, tags)).shuffle(3000, seed=127).batch(32)
for epoch in range(15):
    losses = [float(train_step(x, y)) for x, y in data]
    print("epoch", epoch, "loss", np.mean(losses))
watch.close()
print("final loss:", np.mean(losses))
