"""ReLU vs sigmoid in mnist example: ReLU gives less than 50% accuracy (Data Science SE)

Source: https://datascience.stackexchange.com/questions/18667/relu-vs-sigmoid-in-mnist-example
  (read at https://www.kiwix.cwells.dev/content/datascience.stackexchange.com_en_all_2025-08/questions/18667/)
Fix from the top answer: "I rescaled the input image values from [0, 255] to [0,1] and it worked: 93% accuracy
with ReLU".
Port to Keras 3: the question's failing variant (Activation('relu') in place of 'sigmoid', as it describes);
keras.layers.core -> keras.layers, np_utils.to_categorical -> keras.utils.to_categorical, classes = 10 defined;
synthetic MNIST stand-in (6000/1000 images instead of 60000/10000: time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("X_test = X_test.reshape(1000, 784)\n",
        "X_test = X_test.reshape(1000, 784)\nX_train = X_train.astype('float32') / 255\nX_test = X_test.astype('float32') / 255\n")]

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


classes = 10
(X_train, Y_train), (X_test, Y_test) = load_data(seed=2)

X_train = X_train.reshape(6000, 784)
X_test = X_test.reshape(1000, 784)

Y_train = keras.utils.to_categorical(Y_train, classes)
Y_test = keras.utils.to_categorical(Y_test, classes)

batch_size = 100
epochs = 15

model = Sequential()
model.add(Dense(100, input_dim=784))
model.add(Activation('relu'))
model.add(Dense(10))
model.add(Activation('softmax'))

model.compile(loss='categorical_crossentropy', metrics=['accuracy'], optimizer='sgd')

h = model.fit(X_train, Y_train, batch_size=batch_size, epochs=epochs, verbose=2, callbacks=[NanWatch(log_dir)])

score = model.evaluate(X_test, Y_test, verbose=0)
print('final loss:', h.history['loss'][-1], 'Test accuracy:', score[1])
