# "My MNIST MLP is stuck at ~10% accuracy and the loss is huge, what am I doing wrong?"
# (data: stand-in for keras.datasets.mnist.load_data(), 28x28 uint8 digits 0-255)
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("x_train = x_train.reshape(-1, 784).astype('float32')",
        "x_train = x_train.reshape(-1, 784).astype('float32') / 255.0")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(1)
rng = np.random.default_rng(1)


def load_digits(n):
    # each digit class is drawn from its own set of strokes, jittered and noisy like handwriting
    yy, xx = np.mgrid[0:28, 0:28]
    protos = []
    for c in range(10):
        r = np.random.default_rng(100 + c)
        img = np.zeros((28, 28))
        for _ in range(4):
            x0, y0, x1, y1 = r.integers(5, 23, 4)
            for t in np.linspace(0, 1, 30):
                cx, cy = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
                img += np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / 2.0)
        protos.append(np.clip(img, 0, 1))
    labels = rng.integers(0, 10, n)
    imgs = np.empty((n, 28, 28), dtype=np.uint8)
    for i, c in enumerate(labels):
        img = np.roll(protos[c], rng.integers(-2, 3, 2), axis=(0, 1))
        img = img * rng.uniform(0.7, 1.0) + rng.normal(0, 0.1, (28, 28)) * (img > 0.1)
        imgs[i] = (np.clip(img, 0, 1) * 255).astype(np.uint8)
    return imgs, labels


x_train, y_train = load_digits(6000)
x_train = x_train.reshape(-1, 784).astype('float32')
y_train = keras.utils.to_categorical(y_train, 10)

model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(512, activation='relu'),
    layers.Dense(256, activation='relu'),
    layers.Dense(10, activation='softmax'),
])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01),
              loss='categorical_crossentropy', metrics=['accuracy'])
history = model.fit(x_train, y_train, batch_size=64, epochs=5,
                    callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
