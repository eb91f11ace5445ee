"""Autoencoder tutorial not reproducible: the keras-blog 784 -> 32 -> 784 autoencoder fed raw 0-255 MNIST pixels
as inputs and as binary cross-entropy targets (keras-team/keras issue #3642)

Source: https://github.com/keras-team/keras/issues/3642 (read in the stored issue thread; jonathanronen,
2016-08-31)
The program: the first step of the Keras blog tutorial "Building Autoencoders in Keras"
(https://blog.keras.io/building-autoencoders-in-keras.html, read in the stored copy): Input(784) ->
Dense(32, relu) -> Dense(784, sigmoid), compiled with optimizer='adadelta' and loss='binary_crossentropy',
trained on x_train -> x_train for 50 epochs, batch 256, shuffle=True, validation_data=(x_test, x_test). The
author: "When I try to reproduce the first step, I get quite different (like way worse) reconstructions ...
Code is copied and pasted from the tutorial." (the gist it links is not in the stored copy).
Fix from the thread: fchollet: "It may seem obvious, but you should not be feeding integers in the 0-255 range
in a NN. You need to cast your data to float and normalize it." The author: "I see. That's the part I left
off." The program is therefore the tutorial's code without its two lines
`x_train = x_train.astype('float32') / 255.` / `x_test = x_test.astype('float32') / 255.`; the fixed twin puts
them back (the tutorial's own lines).
Labels: unscaled input (raw uint8 pixels 0-255); and, the autoencoder's targets being its inputs, binary
cross-entropy on targets far outside [0, 1].
Port to Keras 3: mnist.load_data() (a download) replaced by synthetic digits of the same shape, dtype and scale
(28x28 uint8 0-255, mostly-0 background; 6,000 train / 1,000 test rows instead of 60,000 / 10,000; the labels
are discarded as in the tutorial); `Model(input=..., output=...)` -> `Model(inputs, outputs)`; `nb_epoch` ->
`epochs`; 'adadelta' written out as `Adadelta(learning_rate=1.0)`, the Keras 1 default the tutorial ran with
(Keras 3's 'adadelta' defaults to 0.001, at which neither twin would move in 50 epochs); the encoder/decoder
sub-models and the matplotlib display dropped; NanWatch callback; verbose=2; seeds.
Verification (Keras's own printed losses, one run each, ~25 s per run here): reproduces, with no NaN but a
loss that runs away below zero. The buggy run's loss is negative from the first epoch and falls without bound
(-1.77e6, -2.64e8, -8.17e9, ... -4.31e27 at epoch 50; val_loss -5.35e27): with targets of 255 the
cross-entropy -(y log p + (1 - y) log(1 - p)) rewards pushing the sigmoid's logits to +infinity, and its
reconstructions end worse than the all-mean image (MSE 0.646 on the [0, 1] scale, against 0.142). The fixed
twin learns (0.690, 0.673, 0.623, ... 0.247 at epoch 50; val_loss 0.244; reconstruction MSE 0.026).
"""
import sys

import numpy as np
import keras
from keras.layers import Input, Dense
from keras.models import Model
from tb_nanwatch import NanWatch

FAULTS = ("input_scale", "loss_target_mismatch")
FIX = [("(x_train, _), (x_test, _) = load_data()\n",
        "(x_train, _), (x_test, _) = load_data()\n"
        "x_train = x_train.astype('float32') / 255.\n"
        "x_test = x_test.astype('float32') / 255.\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def load_data():
    # port: synthetic stand-in for keras.datasets.mnist.load_data() (uint8 0-255 digits, labels 0-9)
    templates = np.stack([np.kron(rng.random((7, 7)) > 0.62, np.ones((4, 4))) for _ in range(10)])

    def make(n):
        labels = rng.integers(0, 10, n).astype(np.uint8)
        img = templates[labels] * rng.uniform(150, 255, (n, 1, 1))
        img = img * (rng.random((n, 28, 28)) > 0.1) + rng.normal(0, 20, (n, 28, 28)) * (img > 0)
        return np.clip(img, 0, 255).astype(np.uint8), labels

    return make(6000), make(1000)


# this is the size of our encoded representations
encoding_dim = 32  # 32 floats -> compression of factor 24.5, assuming the input is 784 floats

# this is our input placeholder
input_img = Input(shape=(784,))
# "encoded" is the encoded representation of the input
encoded = Dense(encoding_dim, activation='relu')(input_img)
# "decoded" is the lossy reconstruction of the input
decoded = Dense(784, activation='sigmoid')(encoded)

# this model maps an input to its reconstruction
autoencoder = Model(input_img, decoded)

autoencoder.compile(optimizer=keras.optimizers.Adadelta(learning_rate=1.0), loss='binary_crossentropy')

(x_train, _), (x_test, _) = load_data()
x_train = x_train.reshape((len(x_train), np.prod(x_train.shape[1:])))
x_test = x_test.reshape((len(x_test), np.prod(x_test.shape[1:])))
print(x_train.shape)
print(x_test.shape)

h = autoencoder.fit(x_train, x_train,
                    epochs=50,
                    batch_size=256,
                    shuffle=True,
                    validation_data=(x_test, x_test),
                    callbacks=[NanWatch(log_dir)], verbose=2)

decoded_imgs = autoencoder.predict(x_test, verbose=0)
x_ref = x_test.astype('float32') / float(x_test.max())
print("final loss:", h.history['loss'][-1], "val_loss:", h.history['val_loss'][-1])
print("reconstruction MSE on the [0, 1] scale: %.4f (the all-mean image: %.4f)" % (
    float(np.mean((decoded_imgs - x_ref) ** 2)), float(np.mean((x_ref - x_ref.mean(axis=0)) ** 2))))
