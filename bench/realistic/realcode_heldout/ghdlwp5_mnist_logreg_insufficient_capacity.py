"""A simple logistic regression on MNIST: "Effect of insufficient model capacity on validation loss" (Deep
Learning with Python, 2nd edition, chapter 5 companion notebook)

Source: https://github.com/fchollet/deep-learning-with-python-notebooks/blob/master/second_edition/chapter05_fundamentals-of-ml.ipynb
  (read in a fetched snapshot of the repository, commit dea84a4e12cc3bb3cb61ce952a0168bca113d315; section
  "Improving model fit" / "Increasing model capacity", cells "A simple logistic regression on MNIST", the plot
  cell titled "Effect of insufficient model capacity on validation loss", and the next model cell; the book's
  text is not in the notebook. The third-edition notebook at the repository root has the same cells, with the
  plot titled "Validation loss for a model with insufficient capacity" and Dense(128) layers in the bigger model)
The program: MNIST flattened to 784 floats in [0, 1] (the notebook's earlier cell: reshape((60000, 28 * 28)),
astype("float32") / 255) into a single Dense(10, activation="softmax") layer, optimizer "rmsprop", sparse
categorical cross-entropy, fit(epochs=20, batch_size=128, validation_split=0.2). The notebook plots its
validation loss under the title "Effect of insufficient model capacity on validation loss".
Fix from the post: the notebook's next cell, the same training with a bigger model: Dense(96, relu) ->
Dense(96, relu) -> Dense(10, softmax). The fixed twin swaps the model for that one.
Labels: model too small (insufficient capacity: the model underfits).
Port to Keras 3: `from tensorflow.keras.datasets import mnist` / `from tensorflow import keras` /
`from tensorflow.keras import layers` -> `import keras` / `from keras import layers`; mnist.load_data() (a
download) replaced by synthetic digits of the same shape, dtype, scale and size (60,000 28x28 uint8 images 0-255,
class ids 0-9): seven-segment digits of random width (9-14 px), height (15-20 px), stroke (2-3 px), position
(+-2 px around the centre) and intensity (150-255), 15% of the stroke pixels dropped, so that, as on MNIST, the
classes share strokes and a linear model cannot separate them all; the plotting cell and the other sections'
cells dropped; NanWatch callback; verbose=0 and the final losses printed; keras.utils.set_random_seed(0).
Verification (Keras's own printed losses, one run each; constant predictor ln 10 = 2.303): the buggy run
underfits and its validation loss flattens (val_loss at epochs 4, 8, 12, 16, 20: 0.283, 0.199, 0.170, 0.156,
0.148; final loss 0.130, accuracy 0.965, val_accuracy 0.958) - a mild failure, far from chance, as logistic
regression on the real MNIST is too; the fixed twin (96-96-10) fits (val_loss 0.021 at epoch 4, final loss
2.5e-05, val_loss 0.0077, val_accuracy 0.998). Each run takes ~37-39 s here (375 updates an epoch; generating
the 61,000 images is part of it).
"""
import sys

import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [('model = keras.Sequential([layers.Dense(10, activation="softmax")])',
        'model = keras.Sequential([\n'
        '    layers.Dense(96, activation="relu"),\n'
        '    layers.Dense(96, activation="relu"),\n'
        '    layers.Dense(10, activation="softmax"),\n'
        '])')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class mnist:
    # port: synthetic stand-in for keras.datasets.mnist (uint8 0-255 seven-segment digits, labels 0-9)
    SEGMENTS = {0: "abcdef", 1: "bc", 2: "abged", 3: "abgcd", 4: "fgbc", 5: "afgcd", 6: "afgedc", 7: "abc",
                8: "abcdefg", 9: "abcdfg"}

    @staticmethod
    def draw(digit):
        img = np.zeros((28, 28))
        w, h, t = rng.integers(9, 15), rng.integers(15, 21), rng.integers(2, 4)
        x0 = int(np.clip((28 - w) // 2 + rng.integers(-2, 3), 0, 28 - w))
        y0 = int(np.clip((28 - h) // 2 + rng.integers(-2, 3), 0, 28 - h))
        m = y0 + h // 2
        box = {"a": (y0, y0 + t, x0, x0 + w), "g": (m - t // 2, m - t // 2 + t, x0, x0 + w),
               "d": (y0 + h - t, y0 + h, x0, x0 + w), "f": (y0, m + 1, x0, x0 + t),
               "b": (y0, m + 1, x0 + w - t, x0 + w), "e": (m, y0 + h, x0, x0 + t),
               "c": (m, y0 + h, x0 + w - t, x0 + w)}
        for s in mnist.SEGMENTS[digit]:
            r0, r1, c0, c1 = box[s]
            img[r0:r1, c0:c1] = 1.0
        return img

    @staticmethod
    def load_data():
        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            img = np.stack([mnist.draw(d) for d in labels]) * rng.uniform(150, 255, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.15)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(60000), make(1000)


(train_images, train_labels), _ = mnist.load_data()
train_images = train_images.reshape((60000, 28 * 28))
train_images = train_images.astype("float32") / 255

model = keras.Sequential([layers.Dense(10, activation="softmax")])
model.compile(optimizer="rmsprop",
              loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
history_small_model = model.fit(
    train_images, train_labels,
    epochs=20,
    batch_size=128,
    validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=0)
h = history_small_model.history
print("val_loss every 4th epoch:", [round(v, 4) for v in h["val_loss"][3::4]])
print("final loss:", h["loss"][-1], "accuracy:", h["accuracy"][-1],
      "val_loss:", h["val_loss"][-1], "val_accuracy:", h["val_accuracy"][-1],
      "(constant predictor: ln 10 = 2.3026)")
