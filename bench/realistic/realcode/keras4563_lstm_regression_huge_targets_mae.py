"""Very high / Nan loss when performing multiple sequence time series regression: LSTM(64) -> Dense(1)
trained with MAE and SGD on targets that are "very high" (keras-team/keras issue #4563)

Source: https://github.com/keras-team/keras/issues/4563 (read in the stored issue thread; ankeshanand,
2016-12-01)
The program: an LSTM(64) over (MAX_TIMESTEPS, MAX_FEATURES) windows, Dropout(0.3), Dense(1), loss
mean_absolute_error, SGD(lr=0.0008, decay=1e-6, momentum=0.9, nesterov=True), batch 32, 20 epochs,
validation_split=0.2. The author: "my losses are always either very high or Nan. I have tried several
optimizers such as rmsprop, adam and sgd ... I should add that the Y values I am trying to predict are very
high."
Fix from the thread: the first reply (Bo604): "Have you tried to rescale the values before training?" (a
second reply, patyork, blames long sequences for overflow early in training; the stored excerpt stops inside
that reply and shows no answer from the author). The fixed twin standardises Y_train / Y_test with the training mean and
standard deviation before fit, the rest unchanged.
Labels: regression targets on a huge scale left unscaled.
Port to Keras 3: the post gives the model and fit code only. X_train / Y_train / X_test / Y_test, their sizes
and MAX_TIMESTEPS / MAX_FEATURES are the port's: 2,400 training and 600 test windows of 30 timesteps x 8
standardised features, generated with a fixed seed; Y a smooth function of the last timesteps, on the scale of
"very high" counts (mean ~50,000, std ~15,000, all positive). `lr=` -> `learning_rate=`; `decay=1e-6` dropped
(Keras 3's SGD has no `decay`; over the run's 1,200 updates it would lower the rate by 0.12% only); `nb_epoch` ->
`epochs`; print statement -> print(); NanWatch callback; verbose=2; seeds.
Verification (Keras's own printed losses, one run each; constant predictor, the median of Y_train: MAE
~12,000 on the raw scale, 0.80 on the standardised one): reproduces, with no NaN. The buggy run creeps along
at the start of the raw scale (epoch losses 50164, 50162, 50153, ..., 49975 at epoch 9, 49633 at epoch 20;
val_loss 50089; test MAE 48682): MAE gives every update a gradient of at most 1 on the output, so SGD at
0.0008 moves the prediction by ~30 per epoch towards targets near 50,000, four times the constant predictor's
MAE. The fixed twin learns (0.659, 0.315, 0.273, ... 0.181 at epoch 20; val_loss 0.137; test MAE 0.137 in
units of Y's standard deviation, against 0.80 for the constant predictor). ~35 s per run here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import LSTM, Dropout, Dense
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("batch_size = 32\n",
        "batch_size = 32\n"
        "Y_mean, Y_std = Y_train.mean(), Y_train.std()\n"
        "Y_train = (Y_train - Y_mean) / Y_std\n"
        "Y_test = (Y_test - Y_mean) / Y_std\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: synthetic stand-in for the author's windows (not shown in the post)
MAX_TIMESTEPS = 30
MAX_FEATURES = 8
n = 3000
X = rng.normal(0, 1, (n, MAX_TIMESTEPS, MAX_FEATURES)).cumsum(axis=1) / np.sqrt(np.arange(1, MAX_TIMESTEPS + 1))[None, :, None]
w = rng.normal(0, 1, MAX_FEATURES)
signal = X[:, -5:, :].mean(axis=1) @ w + 0.5 * np.tanh(X[:, -1, 0] * X[:, -1, 1])
Y = 50000 + 15000 * (signal - signal.mean()) / signal.std() + rng.normal(0, 2000, n)
Y = np.clip(Y, 1000, None)
X_train, X_test = X[:2400].astype("float32"), X[2400:].astype("float32")
Y_train, Y_test = Y[:2400], Y[2400:]

sgd = SGD(learning_rate=0.0008, momentum=0.9, nesterov=True)
# Build the Keras Model
model = Sequential()
model.add(LSTM(64, input_shape=(MAX_TIMESTEPS, MAX_FEATURES)))
model.add(Dropout(0.3))
model.add(Dense(1))
model.compile(loss='mean_absolute_error',
              optimizer=sgd)

print('Training the LSTM model')

batch_size = 32
h = model.fit(X_train, Y_train, batch_size=batch_size, epochs=20, validation_split=0.2,
              callbacks=[NanWatch(log_dir)], verbose=2)
mae = model.evaluate(X_test, Y_test, batch_size=batch_size, verbose=0)
print("final loss:", h.history["loss"][-1], "test mae:", mae,
      "(constant predictor, the median of Y_train: MAE %.4g)" % float(np.abs(Y_train - np.median(Y_train)).mean()))
