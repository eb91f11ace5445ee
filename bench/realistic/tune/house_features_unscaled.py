"""Regression model loss becomes nan after a few batches (house prices)

Predicting price (in $100k) from area, rooms, age, lot size and neighbourhood income with a
small Dense network and SGD. The loss is huge for a few batches and then nan.
"""
import sys
import numpy as np
from keras.models import Sequential
from keras.layers import Dense, Input
from keras.optimizers import SGD
import keras
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("X = data[:, :5]", "X = data[:, :5]\nX = (X - X.mean(axis=0)) / X.std(axis=0)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(5)

# columns: area_sqft, rooms, age_years, lot_sqft, area_income, price_100k
rng = np.random.default_rng(5)
n = 1500
area = rng.normal(1800, 550, n).clip(450, 5000)
rooms = rng.integers(1, 6, n)
age = rng.uniform(0, 100, n)
lot = rng.lognormal(9, 0.5, n)
income = rng.normal(65000, 20000, n).clip(15000, 200000)
price = (50000 + 120 * area + 15000 * rooms - 800 * age + 2 * lot + 1.5 * income + rng.normal(0, 30000, n)) / 1e5
data = np.column_stack([area, rooms, age, lot, income, price])

X = data[:, :5]
y = data[:, 5]

model = Sequential()
model.add(Input(shape=(5,)))
model.add(Dense(32, activation='relu'))
model.add(Dense(16, activation='relu'))
model.add(Dense(1))
model.compile(loss='mean_squared_error', optimizer=SGD(learning_rate=0.01))
h = model.fit(X, y, epochs=30, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", h.history['loss'][-1])
