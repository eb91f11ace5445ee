"""Using Keras to test linear regression: SGD "spits out NAN's", y values very large (keras-team/keras issue #3471)

Source: https://github.com/keras-team/keras/issues/3471 (read in the stored issue thread)
A single Dense(1) on 625 inputs (mse, batch_size=128) to replicate sklearn's LinearRegression; with adagrad
it learns slowly, and "I haven't been able to try SGD yet because it spits out NAN's. My y values are very
large, so that might the issue for why SGD is failing". This program is the SGD variant the post describes.
(The stored copy shows the question only.) Label from the thread: the author's own diagnosis, targets on a
huge scale (the squared errors and their gradients are ~1e10, and SGD's steps blow up to NaN); the fix is to
standardise y (and invert the scaling on the predictions).
Labels: regression targets on a huge scale.
Port to Keras 3: optimizer='adagrad' -> 'sgd' (the variant the post reports), nb_epoch -> epochs and 1000 ->
20 epochs (time); the author's data (625 features, very large y, best linear r^2 ~0.26) replaced by 4000
synthetic rows of that shape (standardised features, targets ~1e5 with r^2 ~0.26 for the best linear fit);
NanWatch callback; seeds.
Reproduced only in part: the buggy run does not reach NaN here; it stays at a loss of ~4e9 (var(y) 6e9).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("y_train = y_raw\n", "y_train = (y_raw - y_raw.mean()) / y_raw.std()\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: the author's x_train (625 features) and very large y
x_train = rng.normal(0, 1, (4000, 625))
signal = x_train @ rng.normal(0, 1, 625)
y_raw = 2.5e5 + 4e4 * (signal / signal.std() + 1.7 * rng.normal(0, 1, 4000))
y_train = y_raw

model = Sequential()
model.add(Dense(1, input_shape = (x_train.shape[1],)))
model.compile(loss='mse', optimizer='sgd')
h = model.fit(x_train, y_train, batch_size=128, epochs=20, verbose=0, callbacks=[NanWatch(log_dir)])
print("final loss:", h.history['loss'][-1], "var(y):", y_train.var())
