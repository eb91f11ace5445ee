"""Regression problems / continuous target: loss stuck at 16771 with a tanh output (keras-team/keras issue #108)

Source: https://github.com/keras-team/keras/issues/108 (comment by GovindBhagwan, 2016-09-12; read in the
stored issue thread; the same code is in his issue #3753)
"I am also trying to do regression but my error is not dropping ... loss: 16771.4415" for every epoch, with
Dense(16) tanh -> Dense(16) tanh -> Dense(1) tanh, rmsprop, mse; inputs are 4x4 image patches (16 values) and
the target is a pixel value.
(The stored copy does not include a reply to this comment.) Label from what the thread shows: the loss
stays at mean((y - 1)^2) because a tanh output cannot exceed 1 while the targets are pixel values up to
255; the thread's own advice for regression is a linear output ("a linear regression model should not
require a non-linear layer").
Labels: the output activation cannot produce the targets.
Port to Keras 3: batch_input_shape=(None, red_rows) -> input_shape=(red_rows,); nb_epoch -> epochs;
the .h5 save dropped; the 2064384 patches of the author's image replaced by 60000 synthetic 4x4 patches of a
smooth 0-255 image (pixel value targets) and epochs 500 -> 30 (59 updates an epoch at batch_size=1024:
time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("modelRed.add(Dense(1))\nmodelRed.add(Activation('tanh'))\n", "modelRed.add(Dense(1))\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: 4x4 patches of a smooth 0-255 image, target the pixel right of the patch
img = np.zeros((260, 260))
for _ in range(40):
    cx, cy, r, v = rng.uniform(0, 260), rng.uniform(0, 260), rng.uniform(10, 60), rng.uniform(-90, 90)
    yy, xx = np.mgrid[0:260, 0:260]
    img += v * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r ** 2))
img = np.clip(128 + img + rng.normal(0, 4, img.shape), 0, 255)
rows, cols = rng.integers(0, 255, 60000), rng.integers(0, 254, 60000)
X_train_red = np.stack([img[r:r + 4, c:c + 4].ravel() for r, c in zip(rows, cols)])
Y_train_red = np.array([img[r + 1, c + 4] for r, c in zip(rows, cols)])
red_rows = 16

batch_size = 1024
nb_epoch = 30  # port: 500 (time)

modelRed = Sequential()

modelRed.add(Dense(16, input_shape=(red_rows,)))
modelRed.add(Activation('tanh'))

modelRed.add(Dense(16))
modelRed.add(Activation('tanh'))

modelRed.add(Dense(1))
modelRed.add(Activation('tanh'))

# for a mean squared error regression problem
modelRed.compile(optimizer='rmsprop', loss='mse')

h = modelRed.fit(X_train_red, Y_train_red, batch_size=batch_size, epochs=nb_epoch, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1], "mean((y-1)^2):", float(np.mean((Y_train_red - 1) ** 2)))
