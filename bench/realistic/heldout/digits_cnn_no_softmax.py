# "CNN on handwritten digits, loss stuck and accuracy stays low no matter how long I train."
# (images: stand-in for mnist, already divided by 255; labels are the digit ids 0-9)
import sys

import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("layers.Dense(10),", "layers.Dense(10, activation='softmax'),")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(5)
rng = np.random.default_rng(5)

yy, xx = np.mgrid[0:28, 0:28]
protos = []
for c in range(10):
    r = np.random.default_rng(200 + c)
    img = np.zeros((28, 28))
    for _ in range(3):
        x0, y0, x1, y1 = r.integers(4, 24, 4)
        for t in np.linspace(0, 1, 25):
            img += np.exp(-((xx - (x0 + t * (x1 - x0))) ** 2 + (yy - (y0 + t * (y1 - y0))) ** 2) / 1.5)
    protos.append(np.clip(img, 0, 1))
protos = np.array(protos)

n = 4000
y_train = rng.integers(0, 10, n)
x_train = np.stack([np.roll(protos[c], rng.integers(-3, 4, 2), axis=(0, 1)) for c in y_train])
x_train = np.clip(x_train + rng.normal(0, 0.15, x_train.shape), 0, 1)
x_train = (x_train * 255).astype('uint8')

x_train = x_train.astype('float32') / 255.0
x_train = x_train[..., np.newaxis]

model = keras.Sequential([
    layers.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation='relu'),
    layers.MaxPooling2D(),
    layers.Conv2D(32, 3, activation='relu'),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(64, activation='relu'),
    layers.Dense(10),
])
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
history = model.fit(x_train, y_train, epochs=4, batch_size=64,
                    callbacks=[NanWatch(log_dir)], verbose=2)
pred = model.predict(x_train, verbose=0).argmax(axis=1)
print("train accuracy (argmax):", float((pred == y_train).mean()))
print("final loss:", history.history['loss'][-1])
