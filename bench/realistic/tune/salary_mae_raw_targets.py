"""Salary prediction: MAE stuck at ~27000, no better than guessing the average

Predicting yearly salary from years of experience, education level, job level and a city index.
The MAE falls from 125000 to ~27000 in a few epochs and stays there; I get the same error
by predicting the mean salary for everyone.
"""
import sys
import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("y_train = salary", "y_train = salary / 100000.0")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(47)

rng = np.random.default_rng(47)
n = 2500
experience = rng.uniform(0, 30, n)
education = rng.integers(0, 4, n)
level = rng.integers(1, 6, n)
city = rng.uniform(0.8, 1.5, n)
salary = (30000 + 2000 * experience + 8000 * education + 12000 * level) * city + rng.normal(0, 6000, n)

X_train = np.column_stack([experience / 30, education / 3, level / 5, city]).astype('float32')
y_train = salary

model = keras.Sequential([
    keras.layers.Input(shape=(4,)),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dense(1)
])
model.compile(optimizer='adam', loss='mean_absolute_error')
history = model.fit(X_train, y_train, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1])
