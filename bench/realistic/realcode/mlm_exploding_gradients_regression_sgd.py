"""How to Avoid Exploding Gradients With Gradient Clipping (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/how-to-avoid-exploding-gradients-in-neural-networks-with-gradient-clipping/
  (read at https://tutorials.one/how-to-avoid-exploding-gradients-with-gradient-clipping/)
The post's "Multilayer Perceptron With Exploding Gradients": an MLP on make_regression targets (unscaled, in the
hundreds) with SGD(lr=0.01, momentum=0.9) whose loss goes to NaN; its fix: "MLP With Gradient Norm Scaling"
(SGD(..., clipnorm=1.0)); the companion post on data scaling names the cause: "unscaled target variables on
regression problems can result in exploding gradients".
Port to Keras 3: sklearn is not installed here: make_regression(n_samples=1000, n_features=20, noise=0.1,
random_state=1) written in numpy (10 informative features, coefficients 100 * U(0, 1), as sklearn draws them);
lr= -> learning_rate=; 100 epochs over the 500 training rows become 10 epochs over the rows repeated 10 times
(the same number of updates; time); the pyplot learning curves dropped; NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("exploding_gradients", "target_scale")
FIX = [("opt = SGD(learning_rate=0.01, momentum=0.9)", "opt = SGD(learning_rate=0.01, momentum=0.9, clipnorm=1.0)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(1)
rng = np.random.default_rng(1)

# generate regression dataset (port of make_regression(n_samples=1000, n_features=20, noise=0.1, random_state=1))
X = rng.normal(size=(1000, 20))
coef = np.zeros(20)
coef[rng.permutation(20)[:10]] = 100 * rng.uniform(size=10)
y = X @ coef + rng.normal(0, 0.1, 1000)
# split into train and test
n_train = 500
trainX, testX = X[:n_train, :], X[n_train:, :]
trainy, testy = y[:n_train], y[n_train:]
# define model
model = Sequential()
model.add(Dense(25, input_dim=20, activation='relu', kernel_initializer='he_uniform'))
model.add(Dense(1, activation='linear'))
# compile model
opt = SGD(learning_rate=0.01, momentum=0.9)
model.compile(loss='mean_squared_error', optimizer=opt)
# fit model
history = model.fit(np.repeat(trainX, 10, axis=0), np.repeat(trainy, 10, axis=0), validation_data=(testX, testy),
                    epochs=10, verbose=0, callbacks=[NanWatch(log_dir)])
# evaluate the model
train_mse = model.evaluate(trainX, trainy, verbose=0)
test_mse = model.evaluate(testX, testy, verbose=0)
print('Train: %.3f, Test: %.3f' % (train_mse, test_mse), "final loss:", history.history['loss'][-1], "var(y):", y.var())
