"""How does binary cross entropy loss work on autoencoders? (Stack Overflow)

Source: https://stackoverflow.com/questions/52441877/how-does-binary-cross-entropy-loss-work-on-autoencoders
Fix from the accepted answer (and the comment "normally the sigmoid activation is used, and not the softmax"):
"the values of MNIST are integers in the range [0, 255]. Usually you need to normalize them first:
trainX = trainX.astype('float32'); trainX /= 255. ... So sigmoid can be used as the activation function and
either of binary_crossentropy or mse as the loss function."
Port to Keras 3: synthetic MNIST stand-in (6000 images instead of 60000: time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.layers import Input, Dense
from keras.models import Model
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch", "output_activation_range", "input_scale")
FIX = [("activation='softmax'", "activation='sigmoid'"),
       ("print (\"shape of the trainX\", trainX.shape)\n", "trainX = trainX.astype('float32')\ntrainX /= 255.\n")]

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


iLayer = Input ((784,))
layer1 = Dense(128, activation='relu' ) (iLayer)
layer2 = Dense(64, activation='relu') (layer1)
layer3 = Dense(28, activation ='relu') (layer2)
layer4 = Dense(64, activation='relu') (layer3)
layer5 = Dense(128, activation='relu' ) (layer4)
layer6 = Dense(784, activation='softmax' ) (layer5)
model = Model (iLayer, layer6)
model.compile(loss='binary_crossentropy', optimizer='adam')

(trainX, trainY), (testX, testY) =  load_data(seed=3)
print ("shape of the trainX", trainX.shape)
trainX = trainX.reshape(trainX.shape[0], trainX.shape[1]* trainX.shape[2])
h = model.fit (trainX, trainX, epochs=5, batch_size=100, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", h.history['loss'][-1])
