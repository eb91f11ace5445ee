# "Used car price model (numeric features + brand embedding): loss is ~5e10 and val_mae is
#  about the same as predicting the mean price. What's wrong with my architecture?"
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("y = price_inr.astype('float32')", "y = (price_inr / 1e6).astype('float32')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(24)
rng = np.random.default_rng(24)

n = 5000
n_brands = 25
brand = rng.integers(0, n_brands, n)
brand_premium = rng.lognormal(0, 0.5, n_brands)
year = rng.integers(2005, 2021, n)
km_driven = rng.lognormal(10.8, 0.7, n)
engine_cc = rng.choice([796, 998, 1197, 1248, 1497, 1998, 2494, 2993], n)
owners = rng.integers(1, 4, n)
diesel = rng.integers(0, 2, n)
price_inr = (450000 * brand_premium[brand] * (engine_cc / 1200) ** 1.3 * 0.9 ** (2021 - year)
             * (1 - 0.05 * (owners - 1)) * (1 + 0.1 * diesel) * np.exp(-km_driven / 4e5)
             * rng.lognormal(0, 0.08, n))                       # rupees, ~1e5 - 5e6

num = np.column_stack([2021 - year, np.log(km_driven), engine_cc, owners, diesel])
num = ((num - num.mean(axis=0)) / num.std(axis=0)).astype('float32')
y = price_inr.astype('float32')

num_in = keras.Input(shape=(5,), name='numeric')
brand_in = keras.Input(shape=(1,), name='brand', dtype='int32')
emb = layers.Flatten()(layers.Embedding(n_brands, 8)(brand_in))
x = layers.Concatenate()([num_in, emb])
x = layers.Dense(128, activation='relu')(x)
x = layers.Dense(64, activation='relu')(x)
price = layers.Dense(1, name='price')(x)
model = keras.Model([num_in, brand_in], price)
model.compile(optimizer='adam', loss='mse', metrics=['mae'])
history = model.fit({'numeric': num, 'brand': brand[:, None]}, y, epochs=25, batch_size=64,
                    validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=0)
print("price std:", float(y.std()))
print("final loss:", history.history['loss'][-1], "val_mae:", history.history['val_mae'][-1])
