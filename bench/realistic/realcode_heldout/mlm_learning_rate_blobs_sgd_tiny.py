"""Understand the Impact of Learning Rate on Neural Network Performance: SGD with a learning rate of 1E-7 does
not learn the blobs problem (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/understand-the-dynamics-of-learning-rate-on-deep-learning-neural-networks/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh, which reproduces the post's code
  listings verbatim; section "Learning Rate Dynamics"; the post's English sentences below are translated back
  from it, so their wording may differ from the original)
The program: the post's "study of learning rate on accuracy for blobs problem": make_blobs(n_samples=1000,
centers=3, n_features=2, cluster_std=2, random_state=2), one-hot targets, 500/500 train/test split, an MLP
Dense(50, relu, he_uniform) -> Dense(3, softmax), categorical cross-entropy, SGD(lr=lrate) (no momentum), 200
epochs at the default batch size 32, the test set as validation data. The post fits it for eight learning
rates, 1E-0 ... 1E-7, and says: the plots show "the model failing to learn anything with too-small learning
rates of 1E-6 and 1E-7".
Fix from the post: "the results suggest that a moderate learning rate of 0.1 results in good model performance
on the train and test sets"; the fixed twin calls fit_model with lrate=1E-1.
Labels: learning rate too low.
Port to Keras 3: sklearn is not installed here: make_blobs written in numpy after sklearn's own algorithm with
np.random.RandomState(2) (centres uniform in [-10, 10]^2, 334/333/333 Gaussian points of std 2, then shuffled);
to_categorical from keras.utils; lr= -> learning_rate=; the loop over the eight learning rates (and its pyplot
subplots) reduced to its failing member, fit_model(..., 1E-7), which returns the history instead of plotting
it; NanWatch callback; the final losses printed; seeds. (The same post's too-large rate 1.0 is the
companion program mlm_learning_rate_blobs_sgd_one.)
Verification (Keras's own printed values, one run each; constant predictor ln 3 = 1.0986): the buggy run does
not learn (final loss 2.2605, accuracy 0.464, val_loss 2.1279, val_accuracy 0.456; its first epoch's loss was
2.2874: the he_uniform MLP on inputs spread over about +-10 starts above ln 3 and 3,200 updates at 1E-7 barely
move it); the fixed twin learns (final loss 0.3970, accuracy 0.832, val_loss 0.4268, val_accuracy 0.824; the
post reports about 0.81-0.83 for this data). About 40 s per run here.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("history = fit_model(trainX, trainy, testX, testy, 1E-7)",
        "history = fit_model(trainX, trainy, testX, testy, 1E-1)")]

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


# prepare train and test dataset
def prepare_data():
	# generate 2d classification dataset
	X, y = make_blobs(n_samples=1000, centers=3, n_features=2, cluster_std=2, random_state=2)
	# one hot encode output variable
	y = to_categorical(y)
	# split into train and test
	n_train = 500
	trainX, testX = X[:n_train, :], X[n_train:, :]
	trainy, testy = y[:n_train], y[n_train:]
	return trainX, trainy, testX, testy

# fit a model and plot learning curve
def fit_model(trainX, trainy, testX, testy, lrate):
	# define model
	model = Sequential()
	model.add(Dense(50, input_dim=2, activation='relu', kernel_initializer='he_uniform'))
	model.add(Dense(3, activation='softmax'))
	# compile model
	opt = SGD(learning_rate=lrate)
	model.compile(loss='categorical_crossentropy', optimizer=opt, metrics=['accuracy'])
	# fit model
	history = model.fit(trainX, trainy, validation_data=(testX, testy), epochs=200, verbose=0,
	                    callbacks=[NanWatch(log_dir)])
	return history

# prepare dataset
trainX, trainy, testX, testy = prepare_data()
# fit model for the learning rate
history = fit_model(trainX, trainy, testX, testy, 1E-7)
print("final loss:", history.history["loss"][-1], "accuracy:", history.history["accuracy"][-1],
      "val_loss:", history.history["val_loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1],
      "first loss:", history.history["loss"][0], "(constant predictor: ln 3 = 1.0986)")
