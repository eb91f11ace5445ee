"""Fitting sine function with neural network and ReLU (Keras): the fit takes the form of a ReLU (Stack Overflow)

Source: Stack Overflow question "Fitting sine function with neural network and ReLU (Keras)"
  (read at https://daily-blog.netlify.app/questions/2417347/, a mirror of the question)
"Using four hidden sigmoid neurons and a linearly activated output layer works fine" but with
Dense(4, relu): "Why does the result take the form of ReLU?" (10000 points of sin on [0, 2pi], both
scaled to [0, 1], Adam, 500 epochs). (The stored copy cuts the answer after its first words.)
Label from what the thread shows: four ReLU units give at most four linear pieces and some of them are
inactive over the whole input range (uniform init): too little capacity for a full sine period; the
author's own working variant is the sigmoid hidden layer, which the fixed twin uses.
Labels: hidden layer too small (too few active ReLU pieces).
Port to Keras 3: sklearn's MinMaxScaler written in numpy; kernel_initializer='uniform' kept; epochs 500 ->
25 (7825 updates at batch_size=32 instead of 156500: time); the plots dropped; NanWatch callback; seeds
(np.random.seed(7) as the author's).
"""
import sys

import numpy as np
np.random.seed(7)

import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [("kernel_initializer='uniform', activation='relu'))", "kernel_initializer='uniform', activation='sigmoid'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(7)


class MinMaxScaler:  # port: sklearn.preprocessing.MinMaxScaler
    def fit_transform(self, a):
        self.lo, self.hi = a.min(axis=0), a.max(axis=0)
        return (a - self.lo) / (self.hi - self.lo)

    def inverse_transform(self, a):
        return a * (self.hi - self.lo) + self.lo


X = np.linspace(0.0 , 2.0 * np.pi, 10000).reshape(-1, 1)
Y = np.sin(X)

x_scaler = MinMaxScaler()
#y_scaler = MinMaxScaler(feature_range=(-1.0, 1.0))
y_scaler = MinMaxScaler()

X = x_scaler.fit_transform(X)
Y = y_scaler.fit_transform(Y)

model = Sequential()
model.add(Dense(4, input_dim=X.shape[1], kernel_initializer='uniform', activation='relu'))
# model.add(Dense(4, input_dim=X.shape[1], kernel_initializer='uniform', activation='sigmoid'))
# model.add(Dense(4, input_dim=X.shape[1], kernel_initializer='uniform', activation='tanh'))
model.add(Dense(1, kernel_initializer='uniform', activation='linear'))

model.compile(loss='mse', optimizer='adam', metrics=['mae'])

h = model.fit(X, Y, epochs=25, batch_size=32, verbose=0, callbacks=[NanWatch(log_dir)])

res = model.predict(X, batch_size=32, verbose=0)
print("final loss:", h.history['loss'][-1], "var(Y):", Y.var())
