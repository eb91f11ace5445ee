"""Age prediction model outputs 1.0 for everyone, loss stuck at ~2500

Predicting a person's age (18-80) from 32 precomputed face-embedding features. Every
prediction is 0.99something and the mse never goes below ~2500.
"""
import sys
import numpy as np
import tensorflow as tf
from tensorflow.keras import layers, models
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("layers.Dense(1, activation='sigmoid')", "layers.Dense(1)")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(8)

rng = np.random.default_rng(8)
n = 2500
emb = rng.normal(size=(n, 32)).astype("float32")
w = rng.normal(size=32) / np.sqrt(32)
ages = np.clip(48 + 14 * (emb @ w) + 4 * np.tanh(emb[:, 0] * emb[:, 1]) + rng.normal(0, 3, n), 18, 80).astype("float32")

model = models.Sequential([
    layers.Input(shape=(32,)),
    layers.Dense(64, activation='relu'),
    layers.Dense(32, activation='relu'),
    layers.Dense(1, activation='sigmoid')
])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01), loss='mse', metrics=['mae'])
history = model.fit(emb, ages, epochs=30, batch_size=32, validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "variance of ages:", ages.var())
