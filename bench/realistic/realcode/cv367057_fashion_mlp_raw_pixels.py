"""Bad performance with ReLU activation function on MNIST data set (Cross Validated)

Source: https://stats.stackexchange.com/questions/367057/bad-performance-with-relu-activation-function-on-mnist-data-set
  (also at https://i-ciencias.com/pregunta/210930/)
Fix from the thread: the author's edit ("it has something to do with me not normalizing the input to values
between 0 and 1") and the answer/comment: unnormalised 0-255 inputs make the neuron outputs very large and the
training unstable; scale the pixels to [0, 1].
Port to Keras 3: fashion_mnist.load_data() replaced by a synthetic stand-in (6000/1000 images instead of
60000/10000: time); NanWatch added to the callbacks; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Flatten
from keras.callbacks import EarlyStopping
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("y_train = keras.utils.to_categorical(y_train, 10)",
        "x_train, x_test = x_train / 255.0, x_test / 255.0\ny_train = keras.utils.to_categorical(y_train, 10)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# --- port: mnist.load_data() downloads; this is a synthetic stand-in of the same shape, dtype and scale
# (28x28 uint8 pixels 0-255, mostly 0 background, class ids 0-9), fixed seed.
def load_data(n_train=6000, n_test=1000, seed=0):
    rng = np.random.default_rng(seed)
    templates = np.stack([np.kron(rng.random((7, 7)) > 0.62, np.ones((4, 4))) for _ in range(10)])
    def make(n):
        labels = rng.integers(0, 10, n)
        imgs = templates[labels] * rng.uniform(150, 255, (n, 1, 1))
        shift = rng.integers(-2, 3, (n, 2))
        imgs = np.stack([np.roll(im, tuple(s), axis=(0, 1)) for im, s in zip(imgs, shift)])
        imgs = imgs * (rng.random(imgs.shape) > 0.15) + (rng.random(imgs.shape) < 0.03) * rng.uniform(0, 255, imgs.shape)
        return np.clip(imgs, 0, 255).astype(np.uint8), labels.astype(np.uint8)
    return make(n_train), make(n_test)


# the data, split between train and test sets
(x_train, y_train), (x_test, y_test) = load_data(seed=1)

y_train = keras.utils.to_categorical(y_train, 10)
y_test = keras.utils.to_categorical(y_test, 10)
model = Sequential()

early_stopper = EarlyStopping(patience=3)

model.add(Flatten(input_shape=(28,28)))
model.add(Dense(128, activation="relu"))
model.add(Dense(128, activation="relu"))
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])

h = model.fit(x_train, y_train, epochs=20, validation_data=(x_test, y_test), callbacks=[early_stopper, NanWatch(log_dir)],
              verbose=2)
print("final loss:", h.history['loss'][-1])
