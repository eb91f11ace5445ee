# "NYC taxi fare regression: predictions are way off for normal rides (MAE ~$18 on fares of
#  ~$7). There are a few crazy fares in the data (data entry errors?) but only a handful."
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("outlier_sensitive_loss", "target_outliers")
FIX = [("loss='mse'", "loss=keras.losses.Huber(delta=5.0)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(18)
rng = np.random.default_rng(18)

n = 6000
distance_km = rng.lognormal(1.0, 0.6, n)
passengers = rng.integers(1, 7, n)
hour = rng.integers(0, 24, n)
rush = ((hour >= 7) & (hour <= 9)) | ((hour >= 16) & (hour <= 19))
airport = rng.uniform(size=n) < 0.05
fare = 2.5 + 1.6 * distance_km + 1.0 * rush + 15 * airport + rng.normal(0, 1.0, n)
# a handful of data-entry errors: fares typed in cents or with extra zeros
bad = rng.choice(n, 12, replace=False)
fare[bad] = fare[bad] * rng.choice([100, 1000], 12)

X = np.column_stack([distance_km, passengers, np.sin(hour / 24 * 2 * np.pi),
                     np.cos(hour / 24 * 2 * np.pi), rush, airport])
X = ((X - X.mean(axis=0)) / X.std(axis=0)).astype('float32')
y = fare.astype('float32')
print("fare median: %.2f  max: %.0f" % (np.median(y), y.max()))

model = keras.Sequential([
    keras.Input(shape=(6,)),
    layers.Dense(64, activation='relu'),
    layers.Dense(32, activation='relu'),
    layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.003), loss='mse', metrics=['mae'])
history = model.fit(X, y, epochs=25, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=0)
pred = model.predict(X, verbose=0).ravel()
clean = np.ones(n, bool)
clean[bad] = False
print("MAE on the normal rides: %.2f" % np.abs(pred[clean] - y[clean]).mean())
print("final loss:", history.history['loss'][-1])
