# "LSTM to forecast a sine-like signal: the prediction follows the peaks but is flat at 0
#  whenever the real signal is negative. Loss stops improving at ~0.25."
import sys

import numpy as np
import tensorflow as tf
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import LSTM, Dense, Input

from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("model.add(Dense(1, activation='relu'))", "model.add(Dense(1))")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(14)
rng = np.random.default_rng(14)

t = np.arange(0, 400, 0.1)
series = np.sin(t) * (1 + 0.3 * np.sin(t / 7)) + rng.normal(0, 0.05, len(t))

look_back = 30
X, y = [], []
for i in range(0, len(series) - look_back, 2):
    X.append(series[i:i + look_back])
    y.append(series[i + look_back])
X = np.array(X, dtype=np.float32).reshape(-1, look_back, 1)
y = np.array(y, dtype=np.float32)

model = Sequential()
model.add(Input(shape=(look_back, 1)))
model.add(LSTM(32))
model.add(Dense(1, activation='relu'))
model.compile(loss='mean_squared_error', optimizer='adam')
history = model.fit(X, y, epochs=8, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("target variance:", float(y.var()))
print("final loss:", history.history['loss'][-1])
