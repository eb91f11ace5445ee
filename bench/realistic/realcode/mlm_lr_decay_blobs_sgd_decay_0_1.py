"""Understand the Impact of Learning Rate on Neural Network Performance, "Effect of Learning Rate Schedules":
SGD with decay=1E-1 - "the large decay values of 1E-1 and 1E-2 indeed decay the learning rate too rapidly for
this model on this problem and result in poor performance" (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/understand-the-dynamics-of-learning-rate-on-deep-learning-neural-networks/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh-pt2, commit
  51d2f963b7ea92efbddd373ca648be7bd499a4ba,
  docs/dlperf/understand-the-dynamics-of-learning-rate-on-deep-learning-neural-networks.md, which reproduces
  the post's code listings verbatim; section "Learning Rate Decay"; the post's English sentences below are
  translated back from it, so their wording may differ from the original)
The program: the post's "study of decay rate on accuracy for blobs problem": make_blobs(n_samples=1000,
centers=3, n_features=2, cluster_std=2, random_state=2), one-hot targets, 500/500 train/test split,
Dense(50, relu, he_uniform) -> Dense(3, softmax), categorical cross-entropy, SGD(lr=0.01, decay=decay) (no
momentum), 200 epochs at the default batch size 32 with the test set as validation data. The post fits it for
decay = 1E-1, 1E-2, 1E-3, 1E-4 and says the two large values decay the learning rate "too rapidly ... and
result in poor performance"; it computes that with decay 0.1 the learning rate falls from 0.01 to "a tiny
value of about 3.1E-05" over the 3,200 updates, and that "a large learning rate decay will quickly result in a
learning rate that is too small for the model to learn effectively".
(Other sections of the same post - learning rates 1.0 and 1E-7 - are the programs mlm_learning_rate_blobs_sgd_one
and mlm_learning_rate_blobs_sgd_tiny.)
Fix from the post: "smaller decay values result in better performance, with a value of 1E-4 perhaps causing a
similar result as not using decay at all" (final learning rate about 0.0075); the fixed twin calls fit_model
with decay 1E-4.
Labels: learning rate too low (the schedule shrinks it too fast: the post's words); optimizer settings (the
fault sits in the optimizer's decay argument).
Port to Keras 3: SGD has no `decay=` argument any more: `SGD(lr=0.01, decay=decay)` ->
`SGD(learning_rate=InverseTimeDecay(0.01, decay_steps=1, decay_rate=decay))`, which is exactly the Keras 2
rule the post quotes, lr = initial_lrate * 1 / (1 + decay * iteration), applied per update; sklearn is not
installed here: make_blobs written in numpy after sklearn's own algorithm with np.random.RandomState(2) (centres
uniform in [-10, 10]^2, 334/333/333 Gaussian points of std 2, then shuffled); the loop over the four decay
rates (and its pyplot subplots) reduced to its failing member, fit_model(..., 1E-1), which returns the history
instead of plotting it; NanWatch callback; the final losses printed; seeds.
Verification (Keras's own printed values, one run each; constant predictor ln 3 = 1.0986): the buggy run
learns a little in its first epochs and then all but stops as the learning rate shrinks (loss every 20th epoch
1.075, 0.782, 0.763, 0.753, 0.747, 0.742, 0.739, 0.736, 0.734, 0.732; train accuracy stuck at 0.640 from
epoch 41 on; final loss 0.730, val_loss 0.714, val_accuracy 0.670); the fixed twin keeps learning (loss every
20th epoch 1.177, 0.647, 0.581, 0.539, 0.510, 0.488, 0.472, 0.459, 0.449, 0.441; final loss 0.435, accuracy
0.812, val_loss 0.441, val_accuracy 0.828; the post reports about 0.8 for the small decays). About 65-85 s per
run here on the shared machine (200 epochs).
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from keras.optimizers.schedules import InverseTimeDecay
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low", "optimizer_settings")
FIX = [("history = fit_model(trainX, trainy, testX, testy, 1E-1)",
        "history = fit_model(trainX, trainy, testX, testy, 1E-4)")]

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
def fit_model(trainX, trainy, testX, testy, decay):
	# define model
	model = Sequential()
	model.add(Dense(50, input_dim=2, activation='relu', kernel_initializer='he_uniform'))
	model.add(Dense(3, activation='softmax'))
	# compile model
	opt = SGD(learning_rate=InverseTimeDecay(0.01, decay_steps=1, decay_rate=decay))
	model.compile(loss='categorical_crossentropy', optimizer=opt, metrics=['accuracy'])
	# fit model
	history = model.fit(trainX, trainy, validation_data=(testX, testy), epochs=200, verbose=0,
	                    callbacks=[NanWatch(log_dir)])
	return history

# prepare dataset
trainX, trainy, testX, testy = prepare_data()
# fit model for the decay rate
history = fit_model(trainX, trainy, testX, testy, 1E-1)
print("final loss:", history.history["loss"][-1], "accuracy:", history.history["accuracy"][-1],
      "val_loss:", history.history["val_loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1],
      "loss every 20 epochs:", [round(v, 3) for v in history.history["loss"][::20]],
      "accuracy every 20 epochs:", [round(v, 3) for v in history.history["accuracy"][::20]],
      "(constant predictor: ln 3 = 1.0986)")
