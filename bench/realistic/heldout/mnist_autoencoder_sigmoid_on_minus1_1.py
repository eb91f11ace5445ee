# "Convolutional autoencoder on MNIST: reconstructions are grey blobs and the MSE won't go
#  below ~0.7. I normalised the images to [-1, 1] like in the GAN tutorial."
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("layers.Conv2D(1, 3, activation='sigmoid', padding='same')",
        "layers.Conv2D(1, 3, activation='tanh', padding='same')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(10)
rng = np.random.default_rng(10)

yy, xx = np.mgrid[0:28, 0:28]
protos = []
for c in range(10):
    r = np.random.default_rng(400 + c)
    img = np.zeros((28, 28))
    for _ in range(3):
        x0, y0, x1, y1 = r.integers(5, 23, 4)
        for t in np.linspace(0, 1, 25):
            img += np.exp(-((xx - (x0 + t * (x1 - x0))) ** 2 + (yy - (y0 + t * (y1 - y0))) ** 2) / 1.5)
    protos.append(np.clip(img, 0, 1))
labels = rng.integers(0, 10, 3000)
x_train = np.stack([np.roll(protos[c], rng.integers(-3, 4, 2), axis=(0, 1)) for c in labels])
x_train = (np.clip(x_train + rng.normal(0, 0.05, x_train.shape), 0, 1) * 255).astype(np.uint8)

x_train = (x_train.astype('float32') - 127.5) / 127.5
x_train = np.expand_dims(x_train, -1)

inp = keras.Input(shape=(28, 28, 1))
x = layers.Conv2D(16, 3, activation='relu', padding='same')(inp)
x = layers.MaxPooling2D(2, padding='same')(x)
x = layers.Conv2D(8, 3, activation='relu', padding='same')(x)
encoded = layers.MaxPooling2D(2, padding='same')(x)
x = layers.Conv2D(8, 3, activation='relu', padding='same')(encoded)
x = layers.UpSampling2D(2)(x)
x = layers.Conv2D(16, 3, activation='relu', padding='same')(x)
x = layers.UpSampling2D(2)(x)
decoded = layers.Conv2D(1, 3, activation='sigmoid', padding='same')(x)
autoencoder = keras.Model(inp, decoded)
autoencoder.compile(optimizer='adam', loss='mse')
history = autoencoder.fit(x_train, x_train, epochs=6, batch_size=64, shuffle=True,
                          callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1])
