"""Why is my MNIST model stuck at 10% accuracy? Loss does not change from 2.30.

Simple Flatten + Dense network on 28x28 digit images with SGD. The first epoch loss is
15000, then it prints 2.302 every epoch; accuracy stays at ~0.10.
"""
import sys

import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("x_train = images.astype('float32')", "x_train = images.astype('float32') / 255.0")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(1)

# stand-in for mnist.load_data(): 28x28 uint8 digits, each class has its own strokes
rng = np.random.default_rng(1)
n = 4000
labels = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
images = np.zeros((n, 28, 28), dtype=np.uint8)
for i in range(n):
    img = np.zeros((28, 28))
    for cy, cx in strokes[labels[i]] + rng.normal(0, 1.5, (3, 2)):
        img += np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / 8.0)
    img = 255 * img / img.max() + rng.normal(0, 25, (28, 28))
    images[i] = np.clip(img, 0, 255).astype(np.uint8)

x_train = images.astype('float32')
y_train = labels

model = keras.Sequential([
    layers.Input(shape=(28, 28)),
    layers.Flatten(),
    layers.Dense(128, activation='relu'),
    layers.Dense(64, activation='relu'),
    layers.Dense(10, activation='softmax'),
])
model.compile(optimizer='sgd', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
history = model.fit(x_train, y_train, epochs=8, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1])
