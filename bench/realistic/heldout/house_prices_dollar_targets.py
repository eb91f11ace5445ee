# "My house price regression has a loss in the billions that barely moves, even after 50 epochs."
# (features standardised; the price is in dollars)
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("y = df_price.astype('float32')", "y = (df_price / 100000.0).astype('float32')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(21)
rng = np.random.default_rng(21)

n = 2500
overall_qual = rng.integers(1, 11, n)
gr_liv_area = rng.normal(1500, 500, n).clip(400, 5000)
garage_cars = rng.integers(0, 4, n)
total_bsmt_sf = rng.normal(1000, 400, n).clip(0, 3000)
year_built = rng.integers(1880, 2011, n)
full_bath = rng.integers(0, 4, n)
df_price = (20000 * overall_qual + 60 * gr_liv_area + 12000 * garage_cars + 25 * total_bsmt_sf
            + 500 * (year_built - 1880) + 5000 * full_bath + rng.normal(0, 20000, n)).clip(35000, None)

X = np.column_stack([overall_qual, gr_liv_area, garage_cars, total_bsmt_sf, year_built, full_bath])
X = ((X - X.mean(axis=0)) / X.std(axis=0)).astype('float32')
y = df_price.astype('float32')

model = keras.Sequential()
model.add(layers.Dense(128, activation='relu', input_dim=6))
model.add(layers.Dense(64, activation='relu'))
model.add(layers.Dense(1, activation='linear'))
model.compile(loss='mean_squared_error', optimizer='adam', metrics=['mean_absolute_error'])
history = model.fit(X, y, epochs=40, batch_size=32, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("target std:", float(y.std()))
print("final loss:", history.history['loss'][-1],
      "val_mae:", history.history['val_mean_absolute_error'][-1])
