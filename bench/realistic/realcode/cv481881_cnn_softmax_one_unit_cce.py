"""Convolutional neural network fails even when given answer: Dense(1, activation='softmax') with
categorical cross-entropy (Cross Validated)

Source: https://stats.stackexchange.com/questions/481881/convolutional-neural-network-fails-even-when-given-answer
What the post shows: "I was having problems with a CNN giving the prediction as true for everything regardless
of input ... I simplified the input to give it the output as the input and it's still unable to make the
prediction correctly! Shape is 99,22, 2. The output boolean is in the input in the 3rd dimension of the
input." The model: Conv2D(30, 3, relu, input_shape=(99, 25, 2)) -> Conv2D(64, 3, relu) -> Flatten ->
Dense(1, activation='softmax'), compiled with 'adam' and loss='categorical_crossentropy', fit for 1 epoch,
predictions rounded.
Fix from the answer (the only one): "Your last layer is a fully connected layer with 1 output unit and
softmax activation. The softmax activation takes vector x as input and computes y_i = e^{x_i} / sum_j e^{x_j}
where D is the dimension ..." - over one unit it is always 1, so every prediction is "true". (The stored copy
cuts the answer there; the fix applied is the usual one for a single binary output: a sigmoid unit with
binary cross-entropy.)
Labels: softmax over a single unit.
Port to Keras 3: train_X/train_y (a pastebin sample, not stored) replaced by 1000 synthetic samples of shape
(99, 25, 2): channel 0 noise, channel 1 filled with the 0/1 label ("the output boolean is in the input"),
balanced labels, and 200 test samples; the CNN() function body as written (input_shape kept); NanWatch
callback; verbose=0; seeds.
Reproduced: the buggy run predicts 1 for every test sample (test accuracy 0.48 = the share of 1s) with a
training loss of exactly 0 (categorical cross-entropy over one always-1 unit); the fixed twin reaches loss
0.046 and 100% test accuracy in its one epoch.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Conv2D, Flatten, Dense
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [("        Dense(1, activation='softmax')\n", "        Dense(1, activation='sigmoid')\n"),
       ("        loss='categorical_crossentropy',\n", "        loss='binary_crossentropy',\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make(n):
    # port: samples of shape (99, 25, 2) whose 3rd-dimension channel 1 carries the boolean answer
    y = rng.integers(0, 2, n)
    X = np.empty((n, 99, 25, 2), dtype=np.float32)
    X[..., 0] = rng.normal(0, 1, (n, 99, 25))
    X[..., 1] = y[:, None, None]
    return X, y


train_X, train_y = make(1000)
test_X, test_y = make(200)


def CNN(train_X, train_y, test_X, test_y):

    model = Sequential([
        Conv2D(30, kernel_size=3, activation="relu", input_shape=(99, 25, 2)),
        Conv2D(64, kernel_size=3, activation="relu"),
        Flatten(),
        Dense(1, activation='softmax')
    ])

    # Compile the model.
    model.compile(
        'adam',
        loss='categorical_crossentropy',
        metrics=['accuracy'],
    )

    # Train the model.
    h = model.fit(
        train_X,
        train_y,
        epochs=1, callbacks=[NanWatch(log_dir)], verbose=0
    )
    preds = np.round(model.predict(test_X, verbose=0), 0)

    return preds, h


preds, h = CNN(train_X, train_y, test_X, test_y)
print("test accuracy:", float(np.mean(preds[:, 0] == test_y)), "share predicted 1:", float(np.mean(preds)))
print("final loss:", h.history['loss'][-1], "acc:", h.history['accuracy'][-1])
