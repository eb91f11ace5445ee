"""Error in Neural Network: a ReLU-output predictor for sin(x) performs badly (Data Science SE)

Source: https://datascience.stackexchange.com/questions/28191/error-in-neural-network
The question describes the network exactly: "Input ----> Dense(num_neurons=1) ---> Relu() ---->
Dense(num_neurons=100) ---> Relu() ---> Dense(num_neurons=1) ----> Relu()--> Output. The choice of loss was L2
and optimizer was standard gradient descent ... trained on X_train = numpy.arange(0.0, 314.1, 0.1) and
Y_train = numpy.sin(X_train)".
Fix from the answer (and the comment "Don't have a relu the last just before the output"): "Since we know
that sin(x) can have -ve values as well, Relu will kill all those mercilessly ... we can't have relu just
before the output layer": a linear output.
Labels: the output activation cannot produce the targets (ReLU on targets in [-1, 1]).
Port to Keras 3: the post gives the layers, loss, optimizer and data but no code: this is that description
written in Keras (Sequential, Dense + Activation('relu') layers, SGD(), mse); the number of epochs and the
batch size are not in the post (20 and 32 here); the test on arange(-10, 10, 0.001) is kept; NanWatch
callback; seeds.
"""
import sys

import numpy
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("model.add(Dense(1))\nmodel.add(Activation('relu'))\n\nmodel.compile",
        "model.add(Dense(1))\n\nmodel.compile")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

X_train = numpy.arange(0.0, 314.1, 0.1)
Y_train = numpy.sin(X_train)
X_test = numpy.arange(-10.0, 10.0, 0.001)
Y_test = numpy.sin(X_test)

model = Sequential()
model.add(Dense(1, input_shape=(1,)))
model.add(Activation('relu'))
model.add(Dense(100))
model.add(Activation('relu'))
model.add(Dense(1))
model.add(Activation('relu'))

model.compile(loss='mean_squared_error', optimizer=SGD())
h = model.fit(X_train, Y_train, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=0)
print("test mse:", model.evaluate(X_test, Y_test, verbose=0))
print("final loss:", h.history['loss'][-1], "var(y):", Y_train.var())
