"""Training a MNIST model with an incorrectly high learning rate: RMSprop(1.) (Deep Learning with Python,
2nd edition, chapter 5 companion notebook)

Source: https://github.com/fchollet/deep-learning-with-python-notebooks/blob/master/chapter05_fundamentals-of-ml.ipynb
  (read in the stored repository file; section "Tuning key gradient descent parameters", cells "Training a
  MNIST model with an incorrectly high learning rate" and "The same model with a more appropriate learning
  rate"; the book's text around them is not in the notebook)
The program: MNIST flattened to 784 floats in [0, 1] into Dense(512, relu) -> Dense(10, softmax), sparse
categorical cross-entropy, optimizer keras.optimizers.RMSprop(1.), fit(epochs=10, batch_size=128,
validation_split=0.2). The notebook presents it as a model that fails because its learning rate is wrong.
Fix from the post (the notebook's next cell, "The same model with a more appropriate learning rate"): the same
model compiled with RMSprop(1e-2). The fixed twin changes only the learning rate.
Labels: learning rate too high.
Port to Keras 3: `from tensorflow.keras.datasets import mnist` / `from tensorflow import keras` /
`from tensorflow.keras import layers` -> `import keras` / `from keras import layers`; mnist.load_data() (a
download) replaced by synthetic digits of the same shape, dtype and scale (28x28 uint8 0-255, class ids 0-9,
mostly-0 background; 6000 rows instead of 60000, so each epoch is 38 updates instead of 375); the later
notebook cells dropped; NanWatch callback; verbose=0 and the final losses printed; seeds.
Verification (Keras's own printed losses, one run each; constant predictor ln 10 = 2.303): the buggy run
stalls near chance (final loss 2.12, accuracy 0.22, val_loss 2.21, val_accuracy 0.24; the book reports 30-40%
for the real MNIST); the fixed twin learns (final loss 8.8e-05, val_loss 0.0004, val_accuracy 1.0 -- the
stand-in digits are much easier than MNIST).
"""
import sys

import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("optimizer=keras.optimizers.RMSprop(1.),", "optimizer=keras.optimizers.RMSprop(1e-2),")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class mnist:
    # port: synthetic stand-in for keras.datasets.mnist (uint8 0-255 digits, labels 0-9)
    @staticmethod
    def load_data():
        templates = np.stack([np.kron(rng.random((7, 7)) > 0.6, np.ones((4, 4))) for _ in range(10)])

        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            other = templates[rng.integers(0, 10, n)]
            img = (0.7 * templates[labels] + 0.5 * other) * rng.uniform(120, 200, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.3) + rng.normal(0, 25, (n, 28, 28)) * (img > 0)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(6000), make(1000)


(train_images, train_labels), _ = mnist.load_data()
train_images = train_images.reshape((6000, 28 * 28))
train_images = train_images.astype("float32") / 255

model = keras.Sequential([
    layers.Dense(512, activation="relu"),
    layers.Dense(10, activation="softmax")
])
model.compile(optimizer=keras.optimizers.RMSprop(1.),
              loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
h = model.fit(train_images, train_labels,
              epochs=10,
              batch_size=128,
              validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history["loss"][-1], "accuracy:", h.history["accuracy"][-1],
      "val_loss:", h.history["val_loss"][-1], "val_accuracy:", h.history["val_accuracy"][-1],
      "(constant predictor: ln 10 = 2.3026)")
