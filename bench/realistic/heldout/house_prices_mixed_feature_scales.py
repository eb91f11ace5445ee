# "Regression on house prices: loss goes down a bit in the first epoch and then never improves,
#  predictions are almost the same number for every house."
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("X = X.astype(np.float32)",
        "X = ((X - X.mean(axis=0)) / X.std(axis=0)).astype(np.float32)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(7)
rng = np.random.default_rng(7)

n = 3000
sqft = rng.normal(1800, 600, n).clip(400, 6000)          # living area, ft^2
bedrooms = rng.integers(1, 6, n)                          # 1-5
bathrooms = rng.integers(1, 4, n)
lot_size = rng.lognormal(9, 0.6, n)                       # ft^2, ~ 2e3 - 5e4
year_built = rng.integers(1900, 2021, n)
median_income = rng.lognormal(11, 0.4, n)                 # $ of the neighbourhood, ~ 6e4
dist_center = rng.uniform(0.5, 40, n)                     # miles

# price in units of $100k, like the Boston housing targets
price = (0.9 * sqft / 1000 + 0.15 * bedrooms + 0.2 * bathrooms + 0.25 * np.log(lot_size)
         + 0.01 * (year_built - 1900) + 2.0 * median_income / 1e5 - 0.05 * dist_center
         + rng.normal(0, 0.25, n))

X = np.column_stack([sqft, bedrooms, bathrooms, lot_size, year_built, median_income, dist_center])
X = X.astype(np.float32)
y = price.astype(np.float32)

model = keras.Sequential([
    layers.Dense(64, activation="relu", input_shape=(7,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
history = model.fit(X, y, epochs=30, batch_size=32, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("target variance:", float(y.var()))
print("final loss:", history.history["loss"][-1], "val_mae:", history.history["val_mae"][-1])
