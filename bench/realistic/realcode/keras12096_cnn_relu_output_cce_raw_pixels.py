"""Simple CNN not learning at all: Dense(2, activation='relu') output with categorical cross-entropy
(keras-team/keras issue #12096)

Source: https://github.com/keras-team/keras/issues/12096 (read in the stored issue thread)
The post: three grayscale photos (two dogs, one cat) loaded with PIL as 225x225 uint8 arrays (0-255, not
rescaled), one-hot labels [1,0],[1,0],[0,1]; Conv2D(96, (11,11), relu) -> MaxPooling2D(3, strides=2) ->
Flatten -> Dense(2, activation='relu'); categorical cross-entropy, adam, 5 epochs. "I always get the
following for the training (even for epochs=100): loss: 5.3727 - acc: 0.6667" at every epoch.
(The stored copy shows the question only.) Label from what the thread shows: the output layer is a ReLU,
not a softmax, so the 'probabilities' handed to the cross-entropy are unnormalised and clipped at 0 (a
unit that goes negative is dead and passes no gradient), and the raw 0-255 pixels drive the 96 11x11
filters and the 1.1M-input Dense layer to huge pre-activations. Fixed twin: softmax output and pixels
divided by 255.
Labels: the output activation does not fit the loss; unscaled pixel inputs.
Port to Keras 3: the three image files -> synthetic 225x225 uint8 grayscale images with a fixed seed
(smooth random blobs plus noise, values 0-255; img3, the held-out dog, likewise); channels_first
(1, 225, 225) -> channels_last (225, 225, 1), since TensorFlow's CPU Conv2D only supports NHWC; PIL loading
dropped; epochs=5 -> 30 (the author reports the same constant loss "even for epochs=100"; 30 gives the
fixed twin room to converge: with the fix the loss swings for ~10 epochs, Adam's first steps on the
1.1M-input Dense layer being large, then falls to ~1e-5); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Conv2D, MaxPooling2D, Flatten, Dense
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss", "input_scale")
FIX = [("model.add(Dense(2,activation='relu'))", "model.add(Dense(2,activation='softmax'))"),
       ("y = np.array([np.array([1,0]),np.array([1,0]),np.array([0,1])])",
        "y = np.array([np.array([1,0]),np.array([1,0]),np.array([0,1])])\nX = X / 255.0\nimg3 = img3 / 255.0")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def fake_photo(kind):
    # port: stands in for Image.open(...).convert('L'): a 225x225 uint8 grayscale picture
    yy, xx = np.mgrid[0:225, 0:225] / 225.0
    img = np.zeros((225, 225))
    for _ in range(6):
        cy, cx, r = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), rng.uniform(0.05, 0.25)
        img += rng.uniform(60, 140) * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * r * r))
    if kind == 'cat':
        img += 40 * (np.sin(40 * xx) > 0)  # stripes
    img += rng.normal(0, 12, img.shape) + 40
    return np.clip(img, 0, 255).astype('uint8')


img1 = fake_photo('dog')
img2 = fake_photo('dog')
img3 = fake_photo('dog')
img4 = fake_photo('cat')

X = np.array([img1.reshape(225,225,1),img2.reshape(225,225,1),img4.reshape(225,225,1)])
y = np.array([np.array([1,0]),np.array([1,0]),np.array([0,1])])

model = Sequential()
model.add(Conv2D(96, (11, 11), input_shape=(225, 225, 1), activation='relu'))
model.add(MaxPooling2D(pool_size=(3, 3),strides=2))
model.add(Flatten())
model.add(Dense(2,activation='relu'))

model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
h = model.fit(X,y,epochs=30, callbacks=[NanWatch(log_dir)], verbose=0)

print(model.predict(img3.reshape(1,225,225,1), verbose=0))
print("train predictions:", model.predict(X, verbose=0))
print("losses:", h.history['loss'])
print("final loss:", h.history['loss'][-1])
