"""Temperature forecasting model never predicts below zero

Predict tomorrow's temperature (winter in Winnipeg, mostly -30..+5 C) from the last 7 days.
The predictions are always 0.0 or slightly positive and the loss stays around 400.
"""
import sys
import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("keras.layers.Dense(1, activation='relu')", "keras.layers.Dense(1)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(4)

# daily mean temperature, Nov-Mar, 12 winters
rng = np.random.default_rng(4)
days = np.arange(12 * 150)
season = -17 + 13 * np.cos(2 * np.pi * (days % 150) / 150)
noise = np.zeros(len(days))
for t in range(1, len(days)):
    noise[t] = 0.8 * noise[t - 1] + rng.normal(0, 3.5)
temps = (season + noise).astype('float32')

window = 7
X = np.array([temps[i:i + window] for i in range(len(temps) - window)]) / 10.0
y = temps[window:]

model = keras.Sequential()
model.add(keras.Input(shape=(window,)))
model.add(keras.layers.Dense(32, activation='relu'))
model.add(keras.layers.Dense(16, activation='relu'))
model.add(keras.layers.Dense(1, activation='relu'))
model.compile(optimizer='adam', loss='mse')
hist = model.fit(X, y, epochs=40, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", hist.history['loss'][-1], "(target variance %.1f)" % y.var())
