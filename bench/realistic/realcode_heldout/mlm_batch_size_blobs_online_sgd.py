"""How to Control the Stability of Training Neural Networks With the Batch Size: an MLP fit with stochastic
(online, batch_size=1) gradient descent at SGD(lr=0.01, momentum=0.9) is unstable (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/how-to-control-the-speed-and-stability-of-training-neural-networks-with-gradient-descent-batch-size/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh, which reproduces the post's code
  listings and printed results verbatim; section "MLP Fit With Stochastic Gradient Descent"; the post's English
  sentences below are translated back from it, so their wording may differ from the original)
The program: the post's "mlp for the blobs problem with stochastic gradient descent": make_blobs(n_samples=1000,
centers=3, n_features=2, cluster_std=2, random_state=2), one-hot targets, 500/500 train/test split, an MLP
Dense(50, relu, he_uniform) -> Dense(3, softmax), categorical cross-entropy, SGD(lr=0.01, momentum=0.9),
fit(epochs=200, batch_size=1) with the test set as validation data. The post reports "Train: 0.612, Test: 0.606"
(about 20 points worse than batch gradient descent) and says the plot "shows the instability of the training
process with the chosen configuration. The poor performance and violent changes to the model suggest that the
learning rate used to update weights after each training example may be too large and that a smaller learning
rate may make the learning process more stable."
Fix from the post: "we can drop the learning rate by an order of magnitude from 0.01 to 0.001": SGD(lr=0.001,
momentum=0.9), the rest unchanged (the post reports "Train: 0.816, Test: 0.824").
Labels: learning rate too high (for online updates with momentum 0.9).
Port to Keras 3: sklearn is not installed here: make_blobs written in numpy after sklearn's own algorithm with
np.random.RandomState(2) (centres uniform in [-10, 10]^2, 334/333/333 Gaussian points of std 2, then shuffled);
to_categorical from keras.utils; lr= -> learning_rate=; 200 epochs of 500 single-example updates (100,000
updates, several minutes here) cut to 15 epochs (7,500 updates; time) -- the post's fixed model reaches its
~80% within ~25 epochs and the buggy one's instability shows in every epoch; the pyplot curves dropped;
NanWatch callback; the final losses printed; seeds.
Verification (Keras's own printed values, one run each; constant predictor ln 3 = 1.0986): the buggy run is
unstable and stays near chance (final loss 0.9937, accuracy 0.492, val_loss 0.8695, val_accuracy 0.552;
evaluate: "Train: 0.544, Test: 0.552"; val_accuracy per epoch swings between 0.46 and 0.68); the fixed twin
learns (final loss 0.4537, accuracy 0.788, val_loss 0.4283, val_accuracy 0.836; "Train: 0.824, Test: 0.836").
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("opt = SGD(learning_rate=0.01, momentum=0.9)", "opt = SGD(learning_rate=0.001, momentum=0.9)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def make_blobs(n_samples, centers, n_features, cluster_std, random_state):
    # port: sklearn.datasets.make_blobs in numpy (same algorithm and generator as sklearn)
    generator = np.random.RandomState(random_state)
    centres = generator.uniform(-10.0, 10.0, size=(centers, n_features))
    counts = [n_samples // centers + (1 if i < n_samples % centers else 0) for i in range(centers)]
    X = np.concatenate([generator.normal(loc=centres[i], scale=cluster_std, size=(n, n_features))
                        for i, n in enumerate(counts)])
    y = np.concatenate([np.full(n, i) for i, n in enumerate(counts)])
    indices = np.arange(n_samples)
    generator.shuffle(indices)
    return X[indices], y[indices]


# generate 2d classification dataset
X, y = make_blobs(n_samples=1000, centers=3, n_features=2, cluster_std=2, random_state=2)
# one hot encode output variable
y = to_categorical(y)
# split into train and test
n_train = 500
trainX, testX = X[:n_train, :], X[n_train:, :]
trainy, testy = y[:n_train], y[n_train:]
# define model
model = Sequential()
model.add(Dense(50, input_dim=2, activation='relu', kernel_initializer='he_uniform'))
model.add(Dense(3, activation='softmax'))
# compile model
opt = SGD(learning_rate=0.01, momentum=0.9)
model.compile(loss='categorical_crossentropy', optimizer=opt, metrics=['accuracy'])
# fit model
history = model.fit(trainX, trainy, validation_data=(testX, testy), epochs=15, verbose=0, batch_size=1,
                    callbacks=[NanWatch(log_dir)])
# evaluate the model
_, train_acc = model.evaluate(trainX, trainy, verbose=0)
_, test_acc = model.evaluate(testX, testy, verbose=0)
print('Train: %.3f, Test: %.3f' % (train_acc, test_acc))
print("final loss:", history.history["loss"][-1], "accuracy:", history.history["accuracy"][-1],
      "val_loss:", history.history["val_loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1],
      "val_accuracy per epoch:", np.round(history.history["val_accuracy"], 3).tolist(),
      "(constant predictor: ln 3 = 1.0986)")
