"""Loss is nan from the very first epoch (Kaggle house prices)

I load train.csv, standardise the numeric columns and train a small regression network.
The loss is nan from the first batch and the predictions are all nan.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("input_nonfinite",)
FIX = [("X = table[:, :-1]", "X = table[:, :-1]\nX = np.where(np.isnan(X), np.nanmean(X, axis=0), X)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(107)

# what np.genfromtxt('train.csv', delimiter=',', skip_header=1) gives me: empty cells are nan
rng = np.random.default_rng(107)
n = 1460
lot_frontage = rng.normal(70, 22, n).clip(21, 313)
lot_frontage[rng.random(n) < 0.18] = np.nan           # 259 missing values in the real file
lot_area = rng.lognormal(9.1, 0.5, n)
overall_qual = rng.integers(1, 11, n)
year_built = rng.integers(1872, 2011, n)
gr_liv_area = rng.normal(1500, 520, n).clip(334, 5642)
garage_cars = rng.integers(0, 5, n)
garage_yr = np.where(garage_cars > 0, year_built + rng.integers(0, 5, n), np.nan)   # no garage -> empty
sale_price = (18000 * overall_qual + 55 * gr_liv_area + 9000 * garage_cars + 300 * (year_built - 1872)
              + 0.4 * lot_area + rng.normal(0, 25000, n))
table = np.column_stack([lot_frontage, lot_area, overall_qual, year_built, gr_liv_area, garage_cars, garage_yr,
                         sale_price])

X = table[:, :-1]
y = table[:, -1] / 100000.0
X = (X - X.mean(axis=0)) / X.std(axis=0)

model = keras.Sequential([
    layers.Input(shape=(X.shape[1],)),
    layers.Dense(64, activation='relu'),
    layers.Dense(32, activation='relu'),
    layers.Dense(1)
])
model.compile(optimizer='adam', loss='mse')
history = model.fit(X, y, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "target variance:", y.var())
