"""Keras digit classifier: loss stuck around 1.9 and accuracy gets worse every epoch

Flatten -> Dense(128) -> Dense(10), sparse_categorical_crossentropy, adam. The loss starts at
1.8 and creeps up to 1.9; accuracy goes from 0.75 down to 0.65, the tutorial gets 0.98.
"""
import sys
import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("loss='sparse_categorical_crossentropy'",
        "loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(37)

rng = np.random.default_rng(37)
n = 4000
y = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
centers = strokes[y] + rng.normal(0, 1.5, (n, 3, 2))
imgs = np.zeros((n, 28, 28))
for k in range(3):
    imgs += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
imgs = np.clip(255 * imgs / imgs.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, imgs.shape), 0, 255)
x = (imgs / 255.0).astype('float32')

model = keras.models.Sequential([
    keras.layers.Input((28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(128, activation='relu'),
    keras.layers.Dense(10)
])
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
history = model.fit(x, y, epochs=6, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
