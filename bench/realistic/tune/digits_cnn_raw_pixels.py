"""CNN on MNIST-like digits: accuracy stays at 0.1, what am I doing wrong?

I followed a Conv2D tutorial but load the images myself. Loss stays around 2.30 from the
second epoch (the first one prints 17) and validation accuracy never moves from ~10%.
"""
import sys
import numpy as np
from tensorflow import keras
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("X = X.reshape(-1, 28, 28, 1).astype(np.float32)", "X = X.reshape(-1, 28, 28, 1).astype(np.float32) / 255.")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(7)

def load_digits(n, seed=7):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 10, n)
    yy, xx = np.mgrid[0:28, 0:28]
    strokes = rng.uniform(6, 22, size=(10, 3, 2))
    centers = strokes[y] + rng.normal(0, 1.5, (n, 3, 2))
    img = np.zeros((n, 28, 28))
    for k in range(3):
        img += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
    img = 255 * img / img.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8), y

X, y = load_digits(3000)
X = X.reshape(-1, 28, 28, 1).astype(np.float32)
y = keras.utils.to_categorical(y, 10)

model = keras.models.Sequential()
model.add(keras.layers.Conv2D(32, (3, 3), activation='relu', input_shape=(28, 28, 1)))
model.add(keras.layers.MaxPooling2D((2, 2)))
model.add(keras.layers.Conv2D(32, (3, 3), activation='relu'))
model.add(keras.layers.MaxPooling2D((2, 2)))
model.add(keras.layers.Flatten())
model.add(keras.layers.Dense(64, activation='relu'))
model.add(keras.layers.Dense(10, activation='softmax'))
model.compile(loss='categorical_crossentropy', optimizer=keras.optimizers.SGD(learning_rate=0.01, momentum=0.9),
              metrics=['accuracy'])
hist = model.fit(X, y, batch_size=64, epochs=5, validation_split=0.1, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", hist.history['loss'][-1])
