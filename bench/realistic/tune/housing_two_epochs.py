"""Regression model underfits badly: R^2 is only 0.4

Predicting (standardised) house value from 8 standardised census features. Validation mse is
still 0.6 after training (the target has variance 1). Do I need a bigger network?
"""
import sys
import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("epochs=2", "epochs=40")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(103)

# california-housing-like: income, house age, rooms, bedrooms, population, occupancy, lat, lon
rng = np.random.default_rng(103)
n = 2000
X = rng.normal(size=(n, 8)).astype('float32')
value = (np.sin(1.5 * X[:, 0]) + 0.6 * X[:, 1] * X[:, 2] - 0.5 * np.abs(X[:, 5]) + 0.4 * np.sin(2 * X[:, 6]) * X[:, 7]
         + 0.3 * rng.normal(size=n))
y = ((value - value.mean()) / value.std()).astype('float32')

model = keras.Sequential([
    keras.layers.Input(shape=(8,)),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01, momentum=0.5), loss='mse')
history = model.fit(X, y, epochs=2, batch_size=64, validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "val loss:", history.history['val_loss'][-1])
