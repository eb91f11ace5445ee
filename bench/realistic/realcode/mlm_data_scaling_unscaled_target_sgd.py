"""How to use Data Scaling Improve Deep Learning Model Stability and Performance: "Multilayer Perceptron With
Unscaled Data" - "the model is unable to learn the problem, resulting in predictions of NaN values"
(blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/how-to-improve-neural-network-stability-and-modeling-performance-with-data-scaling/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh-pt2, commit
  51d2f963b7ea92efbddd373ca648be7bd499a4ba,
  docs/dlperf/how-to-improve-neural-network-stability-and-modeling-performance-with-data-scaling.md, which
  reproduces the post's code listings verbatim; sections "Multilayer Perceptron With Unscaled Data" and
  "Multilayer Perceptron With Scaled Output Variables"; the post's English sentences below are translated back
  from it, so their wording may differ from the original)
The program: the post's "mlp with unscaled data for the regression problem": make_regression(n_samples=1000,
n_features=20, noise=0.1, random_state=1) (10 informative features, targets spread over hundreds), 500/500
train/test split, Dense(25, relu, he_uniform) -> Dense(1, linear), mean squared error, SGD(lr=0.01,
momentum=0.9), 100 epochs at the default batch size with the test set as validation data. The post: "In this
case, the model is unable to learn the problem, resulting in predictions of NaN values. The model weights
exploded during training given the very large errors and, in turn, error gradients calculated for weight
updates" (printed "Train: nan, Test: nan"). Its introduction: "unscaled target variables on regression
problems can result in exploding gradients causing the learning process to fail."
Fix from the post: "Multilayer Perceptron With Scaled Output Variables": the same program with the targets
reshaped to 2D and standardized with a StandardScaler fitted on the training targets ("Train: 0.003, Test:
0.007"); the fixed twin inserts the post's scaler lines before "# define model".
Labels: target scale (the unscaled regression target is what the post fixes); exploding gradients (the post's
words for what happens).
This is the same model, data and optimizer as the companion post mlm_exploding_gradients_regression_sgd
(whose fix is gradient clipping); this post's fix is scaling the target.
Port to Keras 3: sklearn is not installed here: make_regression written in numpy after sklearn's algorithm with
np.random.RandomState(1) (standard normal X, coefficients 100 * U(0, 1) on 10 features, noise N(0, 0.1), rows
and columns shuffled), and StandardScaler written as a small numpy class with the same fit/transform methods
(defined but unused in the buggy program); `lr=` -> `learning_rate=`; the pyplot learning curves dropped;
NanWatch callback; the final losses printed; seeds. The post's 100 epochs over 500 rows are kept.
Verification (Keras's own printed values, one run each; constant predictor: var(trainy) = 20381 in the
buggy program's units, 1.0 on the fixed twin's standardized targets): the buggy run is NaN from the first
epoch (epoch losses nan, nan, nan, ...; "Train: nan, Test: nan", as in the post); the fixed twin learns
(epoch losses 1.020, 0.350, 0.150, 0.102, 0.078, ..., final 0.0053; "Train: 0.008, Test: 0.014", the post
reports 0.003 / 0.007). About 40 s per run here (shared machine).
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("target_scale", "exploding_gradients")
FIX = [("# define model\n",
        "# reshape 1d arrays to 2d arrays\n"
        "trainy = trainy.reshape(len(trainy), 1)\n"
        "testy = testy.reshape(len(trainy), 1)\n"
        "# created scaler\n"
        "scaler = StandardScaler()\n"
        "# fit scaler on training dataset\n"
        "scaler.fit(trainy)\n"
        "# transform training dataset\n"
        "trainy = scaler.transform(trainy)\n"
        "# transform test dataset\n"
        "testy = scaler.transform(testy)\n"
        "# define model\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(1)


def make_regression(n_samples, n_features, noise, random_state, n_informative=10):
    # port: sklearn.datasets.make_regression in numpy (same steps and generator as sklearn)
    generator = np.random.RandomState(random_state)
    X = generator.standard_normal(size=(n_samples, n_features))
    ground_truth = np.zeros(n_features)
    ground_truth[:n_informative] = 100 * generator.uniform(size=n_informative)
    y = X @ ground_truth
    y += generator.normal(scale=noise, size=y.shape)
    rows = np.arange(n_samples)
    generator.shuffle(rows)
    X, y = X[rows], y[rows]
    cols = np.arange(n_features)
    generator.shuffle(cols)
    X[:, :] = X[:, cols]
    return X, y


class StandardScaler:
    # port: sklearn.preprocessing.StandardScaler (fit / transform on 2D arrays) in numpy
    def fit(self, data):
        self.mean_ = data.mean(axis=0)
        self.scale_ = data.std(axis=0)
        return self

    def transform(self, data):
        return (data - self.mean_) / self.scale_


# generate regression dataset
X, y = make_regression(n_samples=1000, n_features=20, noise=0.1, random_state=1)
# split into train and test
n_train = 500
trainX, testX = X[:n_train, :], X[n_train:, :]
trainy, testy = y[:n_train], y[n_train:]
# define model
model = Sequential()
model.add(Dense(25, input_dim=20, activation='relu', kernel_initializer='he_uniform'))
model.add(Dense(1, activation='linear'))
# compile model
model.compile(loss='mean_squared_error', optimizer=SGD(learning_rate=0.01, momentum=0.9))
# fit model
history = model.fit(trainX, trainy, validation_data=(testX, testy), epochs=100, verbose=0,
                    callbacks=[NanWatch(log_dir)])
# evaluate the model
train_mse = model.evaluate(trainX, trainy, verbose=0)
test_mse = model.evaluate(testX, testy, verbose=0)
print('Train: %.3f, Test: %.3f' % (train_mse, test_mse))
print("first losses:", history.history['loss'][:5], "final losses:", history.history['loss'][-3:],
      "(constant predictor: var(trainy) = %.3f)" % float(np.var(trainy)))
