"""Loss is nan from the first epoch when predicting city population

Predict population (up to ~1e8 for a metro region) from standardised features (area, GDP,
night lights...) with SGD. Every epoch prints loss: nan, predictions are nan.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("target = population.astype('float32')", "target = np.log10(population).astype('float32')")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(43)

rng = np.random.default_rng(43)
n = 2000
feats = rng.normal(size=(n, 8))
log_pop = 5.5 + 0.8 * feats[:, 0] + 0.5 * feats[:, 1] + 0.3 * feats[:, 2] * feats[:, 3] + 0.2 * rng.normal(size=n)
population = 10 ** np.clip(log_pop, 3, 8)

X = feats.astype('float32')
target = population.astype('float32')

model = tf.keras.Sequential([
    tf.keras.layers.Dense(32, activation='relu', input_shape=(8,)),
    tf.keras.layers.Dense(16, activation='relu'),
    tf.keras.layers.Dense(1)
])
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.001), loss='mse')
h = model.fit(X, target, epochs=15, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", h.history['loss'][-1])
