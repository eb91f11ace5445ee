"""House price regression: loss is 1e11 and mae 200000 after 30 epochs

Features are standardised, the target is the sale price in dollars (100k - 1M). The MSE
crawls down from 2e11 to 4.5e10 and the mae is still 200000 - worse than predicting the mean.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("y = prices", "y = (prices - prices.mean()) / prices.std()")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(41)

rng = np.random.default_rng(41)
n = 2000
sqft = rng.normal(1900, 600, n).clip(500, 5000)
bedrooms = rng.integers(1, 6, n)
bathrooms = rng.integers(1, 4, n)
year_built = rng.integers(1920, 2020, n)
dist_center_km = rng.gamma(2, 5, n)
prices = (80 * sqft + 25000 * bedrooms + 20000 * bathrooms + 1500 * (year_built - 1920)
          - 8000 * dist_center_km + rng.normal(0, 40000, n)).clip(100000, 1000000)

X = np.column_stack([sqft, bedrooms, bathrooms, year_built, dist_center_km])
X = (X - X.mean(axis=0)) / X.std(axis=0)
y = prices

model = keras.Sequential([
    layers.Input(shape=(5,)),
    layers.Dense(64, activation='relu'),
    layers.Dense(64, activation='relu'),
    layers.Dense(1),
])
model.compile(optimizer='adam', loss='mse', metrics=['mae'])
history = model.fit(X, y, epochs=30, batch_size=32, validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1])
