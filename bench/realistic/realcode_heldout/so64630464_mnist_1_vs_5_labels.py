"""Accuracy of binary classification on MNIST "1" and "5" get better? loss -9.9e4 (Stack Overflow)

Source: https://stackoverflow.com/questions/64630464/accuracy-of-binary-classification-on-mnist-1-and-5-get-better
  (read at https://example-a.com/answer/64630464)
Fix from the accepted answer: "Your y_train and y_test is filled with class labels 1 and 5, but sigmoid
activation in your last layer is squashing output between 0 and 1. if you change 5 into 0 in your y you will
get a really high accuracy: y_train = np.where(y_train == 5, 0, y_train)".
Port to Keras 3: mnist.load_data() replaced by the synthetic stand-in (the 1/5 subset: ~2400 images instead of
12163: time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("print(\"x_train\", x_train.shape)\n",
        "print(\"x_train\", x_train.shape)\ny_train = np.where(y_train == 5, 0, y_train)\ny_test = np.where(y_test == 5, 0, y_test)\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# --- port: mnist.load_data() downloads; this is a synthetic stand-in of the same shape, dtype and scale
# (28x28 uint8 pixels 0-255, mostly 0 background, class ids 0-9), fixed seed.
def load_data(n_train=6000, n_test=1000, seed=0):
    rng = np.random.default_rng(seed)
    templates = np.stack([np.kron(rng.random((7, 7)) > 0.62, np.ones((4, 4))) for _ in range(10)])
    def make(n):
        labels = rng.integers(0, 10, n)
        imgs = templates[labels] * rng.uniform(150, 255, (n, 1, 1))
        shift = rng.integers(-2, 3, (n, 2))
        imgs = np.stack([np.roll(im, tuple(s), axis=(0, 1)) for im, s in zip(imgs, shift)])
        imgs = imgs * (rng.random(imgs.shape) > 0.15) + (rng.random(imgs.shape) < 0.03) * rng.uniform(0, 255, imgs.shape)
        return np.clip(imgs, 0, 255).astype(np.uint8), labels.astype(np.uint8)
    return make(n_train), make(n_test)


(x_train, y_train), (x_test, y_test) = load_data(n_train=12000, n_test=2000, seed=5)
x_train = x_train / 255.0
x_test = x_test / 255.0
train_filter = np.where((y_train == 1) | (y_train == 5))
test_filter = np.where((y_test == 1) | (y_test == 5))
x_train, y_train = x_train[train_filter], y_train[train_filter]
x_test, y_test = x_test[test_filter], y_test[test_filter]
print("x_train", x_train.shape)
print("x_test", x_test.shape)

model = keras.Sequential(
    [
        keras.layers.Flatten(input_shape=(28, 28)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ]
)

model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
h = model.fit(x_train, y_train, epochs=5, callbacks=[NanWatch(log_dir)], verbose=2)

loss, acc = model.evaluate(x_test, y_test, verbose=0)
print("final loss:", h.history['loss'][-1], "accuracy:", acc)
