"""Loss is 78000 in the first epoch, then 2.302 forever (digit classifier)

I initialise the weights uniformly between 0 and 1 like in my course notes
(W = np.random.rand). The first epoch loss is huge, after that it prints 2.3020 every epoch
and accuracy is 11%.
"""
import sys
import numpy as np
import keras
from keras import layers, initializers
from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("init = initializers.RandomUniform(minval=0.0, maxval=1.0)", "init = 'glorot_uniform'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(73)

rng = np.random.default_rng(73)
n = 4000
y = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
centers = strokes[y] + rng.normal(0, 1.5, (n, 3, 2))
imgs = np.zeros((n, 28, 28))
for k in range(3):
    imgs += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
imgs = np.clip(255 * imgs / imgs.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, imgs.shape), 0, 255).astype('uint8')
X = imgs.reshape(n, -1) / 255.0

init = initializers.RandomUniform(minval=0.0, maxval=1.0)
model = keras.Sequential([
    layers.Input(shape=(784,)),
    layers.Dense(256, activation='relu', kernel_initializer=init),
    layers.Dense(128, activation='relu', kernel_initializer=init),
    layers.Dense(10, activation='softmax', kernel_initializer=init),
])
model.compile(optimizer='sgd', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=8, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
