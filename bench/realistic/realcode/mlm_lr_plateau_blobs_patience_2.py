"""Understand the Impact of Learning Rate on Neural Network Performance, "Drop Learning Rate on Plateau":
ReduceLROnPlateau(factor=0.1, patience=2) - "the small patience values of 2 and 5 epochs cause the model to
converge prematurely to a suboptimal model" (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/understand-the-dynamics-of-learning-rate-on-deep-learning-neural-networks/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh-pt2, commit
  51d2f963b7ea92efbddd373ca648be7bd499a4ba,
  docs/dlperf/understand-the-dynamics-of-learning-rate-on-deep-learning-neural-networks.md, which reproduces
  the post's code listings verbatim; section "Drop Learning Rate on Plateau"; the post's English sentences
  below are translated back from it, so their wording may differ from the original)
The program: the post's "study of patience for the learning rate drop schedule on the blobs problem":
make_blobs(n_samples=1000, centers=3, n_features=2, cluster_std=2, random_state=2), one-hot targets, 500/500
train/test split, Dense(50, relu, he_uniform) -> Dense(3, softmax), categorical cross-entropy, SGD(lr=0.01),
200 epochs at the default batch size, the test set as validation data, and the callbacks
ReduceLROnPlateau(monitor='val_loss', factor=0.1, patience=patience, min_delta=1E-7) and the post's
LearningRateMonitor. The post fits it for patience 2, 5, 10 and 15: "the smallest two patience values rapidly
drop the learning rate to a minimum value within 25 epochs"; "patience values of 2 and 5 result in a model that
converges rapidly, perhaps to a suboptimal loss value"; "the small patience values of 2 and 5 epochs cause the
model to converge prematurely to a suboptimal model at around 65% and less than 75% accuracy respectively".
(Other sections of the same post are mlm_learning_rate_blobs_sgd_one, mlm_learning_rate_blobs_sgd_tiny and
mlm_lr_decay_blobs_sgd_decay_0_1.)
Fix from the post: "larger patience values result in better model performance, with patience 10 showing
convergence just before epoch 150"; it expected "patience values of 5 and 10 for this model on this problem to
result in better performance, as they allow the larger learning rate to be used for some time before dropping
the rate"; the fixed twin fits with patience 10.
Labels: learning rate too low (the schedule drops the rate by 10x every 2 epochs without val_loss improvement,
to ~0 within a few dozen epochs, and training freezes early: the post's "premature convergence").
Port to Keras 3: in LearningRateMonitor, `float(backend.get_value(self.model.optimizer.lr))` ->
`float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))` (`from keras import backend` dropped);
`lr=` -> `learning_rate=`; sklearn is not installed here: make_blobs written in numpy after sklearn's own
algorithm with np.random.RandomState(2) (centres uniform in [-10, 10]^2, 334/333/333 Gaussian points of std 2,
then shuffled); the loop over patiences [2, 5, 10, 15] (and its line_plots) reduced to its failing member,
fit_model(..., 2); NanWatch added to the fit call's callbacks; the final losses and learning rates printed;
seeds.
Verification (Keras's own printed values, one run each; constant predictor ln 3 = 1.0986): DID NOT
REPRODUCE with the stand-in data and this seed. On these blobs the validation loss falls at every one of the
200 epochs (epoch-to-epoch changes -0.091, -0.064, -0.037, -0.013, -0.006, ..., -0.0015 at epoch 60), so
ReduceLROnPlateau never fires and the learning rate stays 0.01 for the whole run; the buggy run and its fixed
twin are therefore identical (loss every 20th epoch 1.178, 0.651, 0.586, 0.541, 0.509, 0.486, 0.468, 0.455,
0.445, 0.437; final loss 0.431, train accuracy 0.820 in both). The post's plots show the rate cut to its
minimum within 25 epochs and accuracy stuck near 65%. Kept as it is (not re-seeded to fail). About 65 s per
run here.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from keras.utils import to_categorical
from keras.callbacks import Callback
from keras.callbacks import ReduceLROnPlateau
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("lr, loss, acc = fit_model(trainX, trainy, testX, testy, 2)",
        "lr, loss, acc = fit_model(trainX, trainy, testX, testy, 10)")]

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


# monitor the learning rate
class LearningRateMonitor(Callback):
	# start of training
	def on_train_begin(self, logs={}):
		self.lrates = list()

	# end of each training epoch
	def on_epoch_end(self, epoch, logs={}):
		# get and store the learning rate
		optimizer = self.model.optimizer
		lrate = float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))
		self.lrates.append(lrate)

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
def fit_model(trainX, trainy, testX, testy, patience):
	# define model
	model = Sequential()
	model.add(Dense(50, input_dim=2, activation='relu', kernel_initializer='he_uniform'))
	model.add(Dense(3, activation='softmax'))
	# compile model
	opt = SGD(learning_rate=0.01)
	model.compile(loss='categorical_crossentropy', optimizer=opt, metrics=['accuracy'])
	# fit model
	rlrp = ReduceLROnPlateau(monitor='val_loss', factor=0.1, patience=patience, min_delta=1E-7)
	lrm = LearningRateMonitor()
	history = model.fit(trainX, trainy, validation_data=(testX, testy), epochs=200, verbose=0, callbacks=[rlrp, lrm, NanWatch(log_dir)])
	return lrm.lrates, history.history['loss'], history.history['accuracy']

# prepare dataset
trainX, trainy, testX, testy = prepare_data()
# fit model for the patience
lr, loss, acc = fit_model(trainX, trainy, testX, testy, 2)
print("loss every 20 epochs:", [round(v, 3) for v in loss[::20]],
      "accuracy every 20 epochs:", [round(v, 3) for v in acc[::20]],
      "learning rate every 20 epochs:", ["%.1e" % v for v in lr[::20]],
      "final loss:", loss[-1], "accuracy:", acc[-1], "(constant predictor: ln 3 = 1.0986)")
