"""Every prediction is the same number (wine quality regression)

11 standardised chemistry columns -> quality score (3-9). I initialise all weights to zero
to make runs reproducible. The loss drops in the first epoch and then stays at ~0.63 and
model.predict gives 5.8 for every wine.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("kernel_initializer='zeros'", "kernel_initializer='glorot_uniform'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(79)

rng = np.random.default_rng(79)
n = 3000
X = rng.normal(size=(n, 11)).astype('float32')
alcohol, volatile_acidity, sulphates = X[:, 10], X[:, 1], X[:, 9]
quality = 5.8 + 0.55 * alcohol - 0.35 * volatile_acidity + 0.25 * sulphates + 0.3 * np.tanh(X[:, 0] * X[:, 5]) \
    + rng.normal(0, 0.3, n)
quality = np.clip(np.round(quality * 2) / 2, 3, 9).astype('float32')

model = keras.Sequential([
    layers.Input(shape=(11,)),
    layers.Dense(64, activation='relu', kernel_initializer='zeros'),
    layers.Dense(32, activation='relu', kernel_initializer='zeros'),
    layers.Dense(1, kernel_initializer='zeros'),
])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss='mse')
history = model.fit(X, quality, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("prediction for 3 wines:", model.predict(X[:3], verbose=0).ravel())
print("final loss:", history.history['loss'][-1], "variance:", quality.var())
