"""Rating prediction stuck, the model outputs 1.0 for every movie

Regression of a 0-10 movie rating from user/movie features. MSE stays at ~30 and all
predictions are between 0.99 and 1.0.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("layers.Dense(1, activation='tanh')", "layers.Dense(1)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(12)

rng = np.random.default_rng(12)
n = 3000
user_taste = rng.normal(size=(n, 8))
movie_genre = rng.normal(size=(n, 8))
movie_quality = rng.normal(size=(n, 1))
X = np.hstack([user_taste, movie_genre, movie_quality]).astype('float32')
rating = 6 + 1.2 * (user_taste * movie_genre).sum(1) / np.sqrt(8) + 1.5 * movie_quality[:, 0] + rng.normal(0, 0.7, n)
rating = np.clip(rating, 0, 10).astype('float32')

model = keras.Sequential([
    layers.Input((17,)),
    layers.Dense(64, activation='relu'),
    layers.Dense(64, activation='relu'),
    layers.Dense(1, activation='tanh'),
])
model.compile(optimizer=keras.optimizers.Adam(0.003), loss='mean_squared_error')
h = model.fit(X, rating, epochs=25, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", h.history['loss'][-1], "var:", rating.var())
