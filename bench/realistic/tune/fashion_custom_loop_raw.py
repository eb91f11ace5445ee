"""My own training loop with GradientTape: loss does not go down on clothing images

Writing the training loop myself to learn TF2 (SGD, learning rate 0.1). The loss starts at
2.4 and is still 2.5 after 5 epochs, worse than guessing.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("x_train = tf.cast(images, tf.float32)", "x_train = tf.cast(images, tf.float32) / 255.0")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(11)

# fashion-mnist-like: 10 garment shapes as bright rectangles/ellipses, 0-255 grayscale
rng = np.random.default_rng(11)
n = 3000
labels = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
shape_h = rng.uniform(4, 12, 10); shape_w = rng.uniform(4, 12, 10); shape_cy = rng.uniform(9, 19, 10)
h = shape_h[labels, None, None] + rng.normal(0, 1, (n, 1, 1))
w = shape_w[labels, None, None] + rng.normal(0, 1, (n, 1, 1))
cy = shape_cy[labels, None, None] + rng.normal(0, 1, (n, 1, 1))
mask = (np.abs(yy - cy) < h) & (np.abs(xx - 14) < w)
images = np.clip(mask * rng.uniform(120, 255, (n, 1, 1)) + rng.normal(0, 20, (n, 28, 28)), 0, 255).astype(np.uint8)

x_train = tf.cast(images, tf.float32)
y_train = tf.constant(labels)
dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(3000, seed=11).batch(32)

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28)),
    tf.keras.layers.Dense(100, activation='tanh'),
    tf.keras.layers.Dense(10)
])
loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)

watch = NanWatch(log_dir).attach(model, optimizer)

@watch.train_step
def train_step(images, labels):
    with tf.GradientTape() as tape:
        predictions = model(images, training=True)
        loss = loss_object(labels, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss

for epoch in range(5):
    losses = []
    for images_batch, labels_batch in dataset:
        losses.append(float(train_step(images_batch, labels_batch)))
    print("epoch", epoch, "loss", np.mean(losses))
watch.close()
print("final loss:", np.mean(losses))
