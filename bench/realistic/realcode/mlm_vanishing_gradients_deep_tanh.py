"""How to Fix Vanishing Gradients Using the Rectified Linear Activation Function (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/how-to-fix-vanishing-gradients-using-the-rectified-linear-activation-function/
  (read at https://www.aiproblog.com/index.php/2019/01/10/how-to-fix-vanishing-gradients-using-the-rectified-linear-activation-function/
   and http://appassets.softecksblog.in/theory_of_machines/assets/tm5/14.htm)
The post's failing model: five hidden Dense(5, tanh) layers initialised RandomUniform(0, 1) on the two-circles
problem stay near 50% accuracy; its fix: "We can define the MLP with five hidden layers using ReLU and He
initialization": Dense(5, activation='relu', kernel_initializer='he_uniform').
Port to Keras 3: sklearn is not installed here: make_circles(n_samples=1000, noise=0.1, random_state=1) and
MinMaxScaler(feature_range=(-1, 1)) written in numpy; lr= -> learning_rate=; 500 epochs over the 500 training
rows become 50 epochs over the rows repeated 10 times (the same number of updates; time: Keras spends ~50-90 ms
per epoch here); the pyplot learning curves dropped; NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from keras.initializers import RandomUniform
from tb_nanwatch import NanWatch

FAULTS = ("vanishing_gradients", "weight_init")
FIX = [("activation='tanh', kernel_initializer=init", "activation='relu', kernel_initializer='he_uniform'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(1)
rng = np.random.default_rng(1)

# generate 2d classification dataset (port of make_circles(n_samples=1000, noise=0.1, random_state=1))
t = rng.uniform(0, 2 * np.pi, 1000)
y = np.repeat([0, 1], 500)
r = np.where(y == 0, 1.0, 0.8)
X = np.column_stack([r * np.cos(t), r * np.sin(t)]) + rng.normal(0, 0.1, (1000, 2))
idx = rng.permutation(1000)
X, y = X[idx], y[idx]
# scale input data to [-1,1]
X = 2 * (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0)) - 1
# split into train and test
n_train = 500
trainX, testX = X[:n_train, :], X[n_train:, :]
trainy, testy = y[:n_train], y[n_train:]
# define model
init = RandomUniform(minval=0, maxval=1)
model = Sequential()
model.add(Dense(5, input_dim=2, activation='tanh', kernel_initializer=init))
model.add(Dense(5, activation='tanh', kernel_initializer=init))
model.add(Dense(5, activation='tanh', kernel_initializer=init))
model.add(Dense(5, activation='tanh', kernel_initializer=init))
model.add(Dense(5, activation='tanh', kernel_initializer=init))
model.add(Dense(1, activation='sigmoid', kernel_initializer=init))
# compile model
opt = SGD(learning_rate=0.01, momentum=0.9)
model.compile(loss='binary_crossentropy', optimizer=opt, metrics=['accuracy'])
# fit model
history = model.fit(np.repeat(trainX, 10, axis=0), np.repeat(trainy, 10, axis=0), validation_data=(testX, testy),
                    epochs=50, verbose=0, callbacks=[NanWatch(log_dir)])
# evaluate the model
_, train_acc = model.evaluate(trainX, trainy, verbose=0)
_, test_acc = model.evaluate(testX, testy, verbose=0)
print('Train: %.3f, Test: %.3f' % (train_acc, test_acc), "final loss:", history.history['loss'][-1])
