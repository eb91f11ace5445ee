"""Predicting click-through rate (0-1): output is always exactly 1 and the loss never changes

The target is a fraction between 0 and 1, so I put softmax on the last layer to keep the output
in that range. Loss is the same number every epoch, predictions are all 1.0.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [("tf.keras.layers.Dense(1, activation='softmax')", "tf.keras.layers.Dense(1, activation='sigmoid')")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(17)

# ad features (position, device, hour, category one-hot...) already scaled to ~N(0,1)
rng = np.random.default_rng(17)
n = 4000
X = rng.normal(size=(n, 20)).astype('float32')
z = -1.5 + X[:, 0] - 0.7 * X[:, 1] + 0.5 * X[:, 2] * X[:, 3] + 0.3 * X[:, 4:8].sum(1)
ctr = (1 / (1 + np.exp(-z)) + rng.normal(0, 0.03, n)).clip(0, 1).astype('float32')

model = tf.keras.models.Sequential([
    tf.keras.layers.Dense(64, activation='relu', input_shape=(20,)),
    tf.keras.layers.Dense(32, activation='relu'),
    tf.keras.layers.Dense(1, activation='softmax')
])
model.compile(optimizer='adam', loss='mse', metrics=['mae'])
history = model.fit(X, ctr, epochs=20, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("predictions:", model.predict(X[:5], verbose=0).ravel())
print("final loss:", history.history['loss'][-1], "variance of ctr:", ctr.var())
