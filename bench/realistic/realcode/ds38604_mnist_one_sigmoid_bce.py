"""Too low accuracy on MNIST dataset using a neural network: loss -55, accuracy 0.11 (Data Science SE)

Source: https://datascience.stackexchange.com/questions/38604/too-low-accuracy-on-mnist-dataset-using-a-neural-network
Answer: https://datascience.stackexchange.com/questions/38604/too-low-accuracy-on-mnist-dataset-using-a-neural-network/38607
(The stored copy did not include the answer's text.) Label from what the thread shows: one sigmoid unit with binary cross-entropy on the digit ids 0-9 (the loss goes to -55: BCE on targets
outside [0, 1]); the fix is ten softmax outputs with a categorical cross-entropy on the class ids.
Port to Keras 3: synthetic MNIST stand-in (6000 images instead of 60000: time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("output_nodes = 1", "output_nodes = 10"),
       ("activation = 'sigmoid'", "activation = 'softmax'"),
       ("loss='binary_crossentropy'", "loss='sparse_categorical_crossentropy'")]

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


input_nodes = 784
hl1_nodes = 64
output_nodes = 1

(X_train, y_train), (X_test, y_test) = load_data()

X_train_reshaped = X_train.reshape(X_train.shape[0],784)

model = Sequential()
model.add(Dense(hl1_nodes, activation='relu', input_shape=(input_nodes,)))
model.add(Dense(output_nodes, activation = 'sigmoid'))

model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])

history = model.fit(x=X_train_reshaped, y=y_train, validation_split=0.33, verbose=2,epochs=10,
                    callbacks=[NanWatch(log_dir)])
print("final loss:", history.history['loss'][-1])
