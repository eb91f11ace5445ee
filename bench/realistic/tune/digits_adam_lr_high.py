"""Increasing the learning rate made my MNIST model stop learning (accuracy 0.2)

Training was slow so I set Adam's learning rate to 0.1. Now the first epoch loss is 13 and
then it hovers around 2.0 with accuracy 20-30%, getting worse.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("keras.optimizers.Adam(learning_rate=0.1)", "keras.optimizers.Adam(learning_rate=0.001)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(59)

rng = np.random.default_rng(59)
n = 4000
y_train = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
centers = strokes[y_train] + rng.normal(0, 1.5, (n, 3, 2))
imgs = np.zeros((n, 28, 28))
for k in range(3):
    imgs += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
imgs = np.clip(255 * imgs / imgs.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, imgs.shape), 0, 255)
x_train = imgs.astype('uint8').reshape(n, 784).astype('float32') / 255

model = keras.Sequential([
    layers.Input((784,)),
    layers.Dense(256, activation='relu'),
    layers.Dense(128, activation='relu'),
    layers.Dense(10, activation='softmax'),
])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1), loss='sparse_categorical_crossentropy',
              metrics=['accuracy'])
history = model.fit(x_train, y_train, epochs=6, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
