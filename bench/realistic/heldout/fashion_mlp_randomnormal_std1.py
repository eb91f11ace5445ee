# "Fashion-MNIST classifier (subclassed model): loss is in the hundreds and accuracy jumps around
#  ~30-50%. I initialise the weights from N(0, 1) like my textbook says."
import sys

import numpy as np
import tensorflow as tf

from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("INIT = tf.keras.initializers.RandomNormal(mean=0.0, stddev=1.0)",
        "INIT = tf.keras.initializers.GlorotUniform()")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(12)
rng = np.random.default_rng(12)

# stand-in for fashion_mnist.load_data(), already scaled to [0, 1]
n = 5000
labels = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28] / 27.0
shapes = []
for c in range(10):
    r = np.random.default_rng(300 + c)
    a, b, w, h = r.uniform(0.4, 0.6), r.uniform(0.4, 0.6), r.uniform(0.2, 0.4), r.uniform(0.2, 0.4)
    shapes.append(((np.abs(xx - a) < w) & (np.abs(yy - b) < h)) * r.uniform(0.5, 0.8))
shapes = np.array(shapes, dtype=np.float32)
x_train = shapes[labels] + rng.normal(0, 0.6, (n, 28, 28)).astype(np.float32)
x_train = np.clip(x_train, 0, 1).reshape(n, 784).astype(np.float32)

INIT = tf.keras.initializers.RandomNormal(mean=0.0, stddev=1.0)


class Classifier(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden1 = tf.keras.layers.Dense(512, activation="relu", kernel_initializer=INIT)
        self.hidden2 = tf.keras.layers.Dense(512, activation="relu", kernel_initializer=INIT)
        self.out = tf.keras.layers.Dense(10, activation="softmax", kernel_initializer=INIT)

    def call(self, x):
        return self.out(self.hidden2(self.hidden1(x)))


model = Classifier()
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_train, labels, epochs=5, batch_size=64, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history["loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1])
