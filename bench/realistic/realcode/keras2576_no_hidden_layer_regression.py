"""Keras no hidden layer != simple linear regression ?? (keras-team/keras issue #2576)

Source: https://github.com/keras-team/keras/issues/2576 (read in the stored issue thread)
The author fits make_regression(n_samples=10000, n_features=100, n_informative=100, noise=100) with a
single Dense(1) (RMSprop, mse, 10 epochs, batch 16) and compares with sklearn's LinearRegression: "It is
obvious that Keras result has the incorrect scale from -70 to 70, while the original Y scale is from -2000
to 2000."
(The stored copy shows the question only.) Label from what the thread shows: the model is the right one
but RMSprop at its default 0.001 moves each weight by about 0.001 per update, and the 6250 updates of the
run cannot take the weights to coefficients of ~50: the loss is still falling steadily when training stops.
The fix here is a larger step (RMSprop(0.1)), which reaches the least-squares fit in the same epochs.
Labels: learning rate too low; training stopped while the loss was still falling.
Port to Keras 3: sklearn (not installed here) -> make_regression written in numpy (standard-normal X,
coefficients 100*U(0,1), noise 100, as sklearn draws them), the LinearRegression comparison and the plots
dropped; nb_epoch -> epochs; NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Input, Dense, Activation
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low", "too_few_steps")
FIX = [('model.compile(loss="mse", optimizer="rmsprop")',
        'model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(learning_rate=0.1))')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def make_regression(n_samples, n_features, n_informative, n_targets, noise, random_state):
    # port: sklearn.datasets.make_regression (all features informative, no bias)
    rng = np.random.RandomState(random_state)
    X = rng.standard_normal((n_samples, n_features))
    coef = 100 * rng.uniform(size=(n_informative, n_targets))
    y = X[:, :n_informative] @ coef + noise * rng.standard_normal((n_samples, n_targets))
    return X, y.ravel()


data_reg = make_regression(n_samples=10000, n_features=100, n_informative=100,
                           n_targets=1, noise=100, random_state=0)

model = Sequential()
model.add(Dense(1, input_dim=100))
model.compile(loss="mse", optimizer="rmsprop")
h = model.fit(data_reg[0], data_reg[1], epochs=10, batch_size=16, callbacks=[NanWatch(log_dir)], verbose=0)
pred = model.predict(data_reg[0], verbose=0)
print("prediction range:", pred.min(), pred.max(), "target range:", data_reg[1].min(), data_reg[1].max())
print("final loss:", h.history['loss'][-1], "var(y):", data_reg[1].var())
