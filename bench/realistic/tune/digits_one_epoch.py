"""My digit classifier only reaches ~50% accuracy, tutorials get 98%

Same architecture as the Keras tutorial, but to save time I train with a big batch for a single
epoch. Loss after the epoch is ~1.9 and accuracy ~0.5. Is the model too small?
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("epochs=1", "epochs=25")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(101)

rng = np.random.default_rng(101)
n = 3000
y_train = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
centers = strokes[y_train] + rng.normal(0, 1.5, (n, 3, 2))
imgs = np.zeros((n, 28, 28))
for k in range(3):
    imgs += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
x_train = np.clip(255 * imgs / imgs.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, imgs.shape), 0, 255)
x_train = x_train.astype('uint8').astype('float32') / 255.0

model = keras.Sequential([
    layers.Input(shape=(28, 28)),
    layers.Flatten(),
    layers.Dense(128, activation='relu'),
    layers.Dense(10, activation='softmax'),
])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05), loss='sparse_categorical_crossentropy',
              metrics=['accuracy'])
history = model.fit(x_train, y_train, epochs=1, batch_size=128, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
