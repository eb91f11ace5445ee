"""Neural network cannot learn a simple "more than one bit set" rule: softmax always predicts 1 (Cross Validated)

Source: https://stats.stackexchange.com/revisions/2bda6552-783b-4fb7-ba2b-a03d2266e69b/view-source
  (a revision of the question, in which the author records the fix)
Fix from the thread: "Bridgeburners's comment is correct: in this model, softmax always predicts 1. I changed to
sigmoid activation as I had used originally" (plus thresholding the predicted probabilities, and 300 epochs).
Port to Keras 3: the 10-fold loop is cut to its first fold (time); the buggy twin is the softmax the comment
diagnosed, with everything else as in the revised code (epochs=300); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [('Dense(1, activation = "softmax")', 'Dense(1, activation = "sigmoid")')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(123)

X = np.array([[c == '1' for c in line] for line in [
    '1101111111011111111111111111111100011010111110010011111111111111011111110111111111111101111111111110',
    '0011111001000001011010001011000100010001110011011101111111110000111111001001001001110011011101111000',
    '0111101111010000000000111110001101000010110000101111010111100110010110000110011000001010000000000110']])
X = X.T
n_cases = X.shape[0]
y = np.sum(X, axis = 1) > 1

np.random.seed(123)
n_folds = 10
folds = np.repeat(range(n_folds), np.ceil(n_cases / n_folds))[
    range(n_cases)]
np.random.shuffle(folds)

y_pred = np.zeros_like(y)
for fold_i in range(1):  # port: first fold of n_folds only
    print("Fold", fold_i)
    model = Sequential([
        Dense(10, activation = "relu"),
        Dense(1, activation = "softmax")])
    model.compile(
        optimizer = "rmsprop",
        loss = "binary_crossentropy")
    h = model.fit(
        X[folds != fold_i], y[folds != fold_i],
        verbose = False,
        epochs = 300,
        batch_size = np.sum(folds != fold_i) // 5 + 1,
        callbacks = [NanWatch(log_dir)])
    print("Training accuracy:", np.mean(
        y[folds != fold_i] == (model.predict(X[folds != fold_i], verbose=0)[:,0] > .5)))
    print("final loss:", h.history['loss'][-1])
