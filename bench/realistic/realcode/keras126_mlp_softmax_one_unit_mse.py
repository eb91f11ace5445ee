"""MLP example doesn't make progress: Dense(64, 1, activation='softmax') on a toy binary task
(keras-team/keras issue #126)

Source: https://github.com/keras-team/keras/issues/126 (read in the stored issue thread)
The post: the README's MLP example (Dense 64 tanh -> Dropout 0.5 -> Dense 64 tanh -> Dropout 0.5 ->
output, init='uniform', SGD(lr=0.1, decay=1e-6, momentum=0.9, nesterov=True), mean squared error) on an
8-row toy binary dataset y = (x0 + x1 > 0.5), with the output layer changed to a single unit:
Dense(64, 1, init='uniform', activation='softmax'). "the loss and validation loss don't improve, and y-hat
is always just all zeros. predict_proba gives all ones. What am I missing?"
(The stored copy shows the question and cuts the code at the fit call.) Label from what the thread shows:
a softmax over one unit is exp(z)/exp(z) = 1 for every input (predict_proba "all ones"), so the output
never moves, the MSE is fixed at the fraction of 0 labels and no gradient reaches the network. Fixed twin:
a sigmoid output unit.
Labels: softmax over a single unit.
Port to Keras 3: Dense(2, 64, ...) -> Dense(64, input_dim=2, ...), Dense(64, 64) -> Dense(64),
Dense(64, 1) -> Dense(1); init='uniform' -> kernel_initializer=RandomUniform(-0.05, 0.05) (Keras 1's
'uniform'); keras.layers.core -> keras.layers; lr= -> learning_rate=, decay= dropped (no such argument in
Keras 3; 1e-6 is negligible); the fit call is cut in the stored copy after "model.fit(X, y, valid": the
port uses validation_data=(X, y), epochs=200, batch_size=8 (the port's choice); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Dropout
from keras.optimizers import SGD
from keras.initializers import RandomUniform
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [("model.add(Dense(1, kernel_initializer=RandomUniform(-0.05, 0.05), activation='softmax'))",
        "model.add(Dense(1, kernel_initializer=RandomUniform(-0.05, 0.05), activation='sigmoid'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

X = np.array([
    [0.0, 0.1],
    [0.6, 0.8],
    [0.1, 0.2],
    [0.9, 0.8],
    [0.9, 0.7],
    [0.3, 0.0],
    [0.2, 0.2],
    [0.5, 0.9]
    ])

y = (X[:,0] + X[:,1] > 0.5).astype("int32")

# MLP example from https://github.com/fchollet/keras
model = Sequential()
model.add(Dense(64, input_dim=2, kernel_initializer=RandomUniform(-0.05, 0.05), activation='tanh'))
model.add(Dropout(0.5))
model.add(Dense(64, kernel_initializer=RandomUniform(-0.05, 0.05), activation='tanh'))
model.add(Dropout(0.5))
model.add(Dense(1, kernel_initializer=RandomUniform(-0.05, 0.05), activation='softmax'))
sgd = SGD(learning_rate=0.1, momentum=0.9, nesterov=True)
model.compile(loss='mean_squared_error', optimizer=sgd)

h = model.fit(X, y, validation_data=(X, y), epochs=200, batch_size=8, callbacks=[NanWatch(log_dir)], verbose=0)
print("predict_proba:", model.predict(X, verbose=0).ravel())
print("y:", y)
print("final loss:", h.history['loss'][-1])
