"""Custom MAPE loss gives inf and then nan

The competition metric is mean absolute percentage error, so I wrote it as a Keras loss for
my bike rental model. With mse it trains; with my loss the first epoch prints inf or nan.
"""
import sys
import numpy as np
import keras
from keras import ops
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_loss_math",)
FIX = [("ops.abs((y_true - y_pred) / y_true)", "ops.abs((y_true - y_pred) / ops.maximum(y_true, 1.0))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(113)


def mape(y_true, y_pred):
    return 100.0 * ops.mean(ops.abs((y_true - y_pred) / y_true))


# bike-sharing-like: hourly rental counts from weather and calendar features (night hours are often 0)
rng = np.random.default_rng(113)
n = 4000
hour = rng.integers(0, 24, n)
temp = rng.normal(0, 1, n)
humidity = rng.normal(0, 1, n)
workday = rng.integers(0, 2, n)
rush = np.exp(-((hour - 8) ** 2) / 4) + np.exp(-((hour - 17) ** 2) / 6)
night = (hour < 6) | (hour > 22)
counts = rng.poisson(np.exp(3 + 1.2 * rush * (0.5 + workday) + 0.4 * temp - 0.2 * humidity - 2.5 * night))
X = np.column_stack([np.sin(2 * np.pi * hour / 24), np.cos(2 * np.pi * hour / 24), temp, humidity, workday])
X = X.astype('float32')
y = counts.astype('float32')

model = keras.Sequential([
    keras.layers.Input((5,)),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss=mape)
history = model.fit(X, y, epochs=20, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("zero counts in data:", int((y == 0).sum()))
print("final loss:", history.history['loss'][-1])
