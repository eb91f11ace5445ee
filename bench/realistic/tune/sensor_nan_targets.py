"""Sensor forecaster (dense net over a window): loss is nan in every epoch

Predicting the next humidity reading from the previous 24 readings of three sensors. The
logger sometimes drops a reading (stored as NaN). Every epoch prints loss: nan.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("target_nonfinite",)
FIX = [("X, y = X[keep_inputs], y[keep_inputs]", "X, y = X[keep_inputs & ~np.isnan(y)], y[keep_inputs & ~np.isnan(y)]")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(109)

rng = np.random.default_rng(109)
T = 6000
t = np.arange(T)
temp = 20 + 5 * np.sin(2 * np.pi * t / 144) + rng.normal(0, 0.5, T)
pressure = 1013 + np.cumsum(rng.normal(0, 0.05, T))
humidity = 60 - 1.5 * (temp - 20) + 0.5 * (pressure - 1013) + rng.normal(0, 1, T)
humidity[rng.random(T) < 0.002] = np.nan      # dropped readings in the log

series = np.column_stack([(temp - 20) / 5, (pressure - 1013) / 2, (humidity - 60) / 10]).astype('float32')
window = 24
X = np.stack([series[i:i + window] for i in range(T - window)]).reshape(T - window, -1)
y = series[window:, 2]
keep_inputs = ~np.isnan(X).any(axis=1)        # I drop windows with gaps in the inputs
X, y = X[keep_inputs], y[keep_inputs]

model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(X.shape[1],)),
    tf.keras.layers.Dense(64, activation='relu'),
    tf.keras.layers.Dense(1)
])
model.compile(optimizer='adam', loss='mse')
history = model.fit(X, y, epochs=10, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1])
