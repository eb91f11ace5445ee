"""Fraud model gives nan loss from the first batch

The transaction amounts and counts are very skewed, so I log-transform them inside the model
with a Lambda layer (so the saved model does its own preprocessing). Loss is nan immediately.
"""
import sys
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_layer_math",)
FIX = [("keras.layers.Lambda(lambda v: tf.math.log(v))", "keras.layers.Lambda(lambda v: tf.math.log1p(v))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(139)

# amount, n_tx_last_24h, n_tx_last_7d, account_age_days, n_failed_logins, distance_from_home_km
# (I undersampled the legitimate transactions, so about a third are fraud)
rng = np.random.default_rng(139)
n = 5000
amount = rng.lognormal(3.5, 1.2, n)
tx24 = rng.poisson(2.0, n)
tx7d = tx24 + rng.poisson(8.0, n)
age_days = rng.integers(1, 3650, n)
failed = rng.poisson(0.3, n)
dist = rng.lognormal(2, 1.5, n)
logit = -3 + 1.5 * (np.log(amount) - 3.5) + 0.6 * tx24 + 2.0 * failed + 0.8 * (np.log(dist) - 2) - 0.4 * (np.log(age_days) - 7)
fraud = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype('float32')
X = np.column_stack([amount, tx24, tx7d, age_days, failed, dist]).astype('float32')

inputs = keras.Input(shape=(6,))
x = keras.layers.Lambda(lambda v: tf.math.log(v))(inputs)
x = keras.layers.BatchNormalization()(x)
x = keras.layers.Dense(32, activation='relu')(x)
x = keras.layers.Dense(16, activation='relu')(x)
outputs = keras.layers.Dense(1, activation='sigmoid')(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy', keras.metrics.AUC(name='auc')])
history = model.fit(X, fraud, epochs=10, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("fraud rate:", fraud.mean())
print("final loss:", history.history['loss'][-1], "auc:", history.history['auc'][-1])
