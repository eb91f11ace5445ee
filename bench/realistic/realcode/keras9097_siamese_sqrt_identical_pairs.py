"""NaN loss when using euclidean distance for siamese network (due to K.sqrt) (keras-team/keras issue #9097)

Source: https://github.com/keras-team/keras/issues/9097 (read in the stored issue thread)
The author uses the euclidean_distance of Keras' mnist_siamese example,
K.sqrt(K.sum(K.square(x - y), axis=1, keepdims=True)), "But it turns out nan loss when two inputs are the
same ... when I add small dummy bias into it, the network can work": K.sqrt(... + 0.01). A later reply in
issue-tracker threads on the same example gives K.sqrt(K.maximum(..., K.epsilon())).
Fix from the thread: the author's own, a small constant inside the square root (the gradient of sqrt at 0
is infinite; times the zero gradient of the sum of squares it is NaN).
Labels: a Lambda layer computing sqrt(0) whose backward pass goes NaN.
Port to Keras 3: the thread shows the distance function; the network around it is the mnist_siamese
example it comes from (base network Dense(128, relu) x3 with Dropout(0.1), contrastive loss with margin 1,
RMSprop, batch 128), built with the functional API as there; MNIST replaced by synthetic 784-pixel digits
in [0, 1] (6000 pairs, half positive, 600 of them an image with itself as in the author's report: those are
the zero distances); K -> keras.ops; 3 epochs (time); NanWatch callback; seeds.
Did not reproduce here: the buggy run trains without NaN (the base network's Dropout gives the two
branches different masks in training, so even an image paired with itself is at a nonzero distance).
"""
import sys

import numpy as np
import keras
from keras import ops as K
from keras.models import Model
from keras.layers import Dense, Dropout, Input, Lambda
from keras.optimizers import RMSprop
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_layer_math",)
FIX = [("    return K.sqrt(K.sum(K.square(x - y), axis=1, keepdims=True))\n",
        "    return K.sqrt(K.sum(K.square(x - y), axis=1, keepdims=True) + 0.01)\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def euclidean_distance(vects):
    x, y = vects
    return K.sqrt(K.sum(K.square(x - y), axis=1, keepdims=True))


def contrastive_loss(y_true, y_pred):
    margin = 1
    return K.mean(y_true * K.square(y_pred) + (1 - y_true) * K.square(K.maximum(margin - y_pred, 0)))


def create_base_network(input_dim):
    seq_input = Input(shape=(input_dim,))
    x = Dense(128, activation='relu')(seq_input)
    x = Dropout(0.1)(x)
    x = Dense(128, activation='relu')(x)
    x = Dropout(0.1)(x)
    x = Dense(128, activation='relu')(x)
    return Model(seq_input, x)


# port: synthetic digits (10 classes of 28x28 templates with noise), pairs as in create_pairs
templates = rng.random((10, 784)) < 0.2
imgs_y = rng.integers(0, 10, 3000)
imgs = np.clip(templates[imgs_y] * 0.8 + rng.normal(0, 0.15, (3000, 784)), 0, 1).astype("float32")
a = rng.integers(0, 3000, 6000)
same = rng.random(6000) < 0.5
b = np.array([rng.choice(np.flatnonzero(imgs_y == imgs_y[i])) if s else rng.integers(0, 3000)
              for i, s in zip(a, same)])
b[:600] = a[:600]  # pairs of one image with itself
tr_y = (imgs_y[a] == imgs_y[b]).astype("float32")
input_dim = 784

base_network = create_base_network(input_dim)
input_a = Input(shape=(input_dim,))
input_b = Input(shape=(input_dim,))
processed_a = base_network(input_a)
processed_b = base_network(input_b)
distance = Lambda(euclidean_distance, output_shape=(1,))([processed_a, processed_b])
model = Model([input_a, input_b], distance)

rms = RMSprop()
model.compile(loss=contrastive_loss, optimizer=rms)
h = model.fit([imgs[a], imgs[b]], tr_y, batch_size=128, epochs=3, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1])
