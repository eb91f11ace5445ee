"""How to Handle Missing Timesteps in Sequence Prediction Problems with Python: the lagged input has a NaN in
its first row - "we cannot fit the model with NaN inputs" (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/handle-missing-timesteps-sequence-prediction-problems-python/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh, commit
  efc76547cfc8c8d7dcf264ac193dc31f37335d01,
  docs/dlts/handle-missing-timesteps-sequence-prediction-problems-python.md, which reproduces the post's code
  listings verbatim; sections "Sequence Problem Demonstration", "Replace Missing Sequence Data" and "Learning
  With Marked Missing Values"; the post's English sentences below are translated back from it, so their
  wording may differ from the original)
The program: the post's echo problem: each epoch a new sequence of 10 random() values is framed as a
supervised problem with a lag column, `df = concat([df.shift(1), df], axis=1)`, X = both columns reshaped to
(10, 2, 1), y = the current value (values[:, 1]); LSTM(5, input_shape=(2, 1)) -> Dense(1), mean squared
error, 'adam', 500 epochs of one new sequence each at batch_size=1. The post prints the framed rows,
"[ nan 0.50513289] => 0.505132894821", and says: "We can see that the first row has a NaN value. This is
because we do not have a prior observation for the first value in the sequence ... But we cannot fit the model
with NaN inputs." The buggy program is the post's "Learning With Marked Missing Values" listing with its
generate_data as the post first wrote it, before the NaN is replaced (the lagged frame straight into the
LSTM); the post itself never runs the model on the NaN rows, it states that it cannot be done.
Fix from the post: "Replace Missing Sequence Data": "we can replace all NaN values with a specific value that
does not appear naturally in the input, such as -1 ... using the fillna() Pandas function", i.e.
`df.fillna(-1, inplace=True)` after the lag is created (the listing the post then trains: "the network has
learned the problem and predicts 'good enough' outputs, even with the missing values", final loss ~1e-4). The
fixed twin inserts the post's two lines.
Labels: non-finite inputs (NaN in the input sequences; the targets are finite).
Port to Keras 3: pandas is not installed here: DataFrame (with .shift, .fillna and .values) and concat written
as a small numpy class with the same behaviour for a one-column float frame; `from random import random` kept
(keras.utils.set_random_seed seeds it). Time: the post calls model.fit(X, y, epochs=1, batch_size=1) 500
times on a new 10-row sequence each; here one fit call reads the same stream of new sequences from a Python
generator, 10 sequences (100 single-row updates) per epoch for 50 epochs: the same 5,000 updates on 500 new
sequences, in order (the post's fit shuffled the 10 rows of each sequence); verbose=2 -> verbose=0 and the
epoch losses printed; the final prediction loop kept; NanWatch callback; seeds.
Verification (Keras's own printed values, one run each; constant predictor: the variance of U(0, 1)
targets, 1/12 = 0.083): the buggy run is NaN from the first epoch (the first single-row batch holds the NaN
lag; epoch losses nan every epoch; every final prediction nan); the fixed twin learns the echo (epoch loss
every 5th epoch 0.336, 0.070, 0.054, 0.037, 0.028, 0.0048, 0.00093, 0.00057, 0.00018, 0.00010; final 0.00011;
predictions within ~0.015 of the expected values, as in the post's final loss ~1e-4). About 25-40 s per run
here.
"""
import sys
from random import random

import numpy as np
import keras
from numpy import array
from keras.models import Sequential
from keras.layers import LSTM
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("input_nonfinite",)
FIX = [("	df = concat([df.shift(1), df], axis=1)\n",
        "	df = concat([df.shift(1), df], axis=1)\n"
        "	# replace missing values with -1\n"
        "	df.fillna(-1, inplace=True)\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


class DataFrame:
    # port: the parts of pandas.DataFrame the post uses, for float columns, in numpy
    def __init__(self, data):
        data = np.asarray(data, dtype=float)
        self.values = data.reshape(len(data), -1)

    def shift(self, periods):
        shifted = np.full_like(self.values, np.nan)
        shifted[periods:] = self.values[:-periods]
        return DataFrame(shifted)

    def fillna(self, value, inplace=False):
        self.values[np.isnan(self.values)] = value


def concat(frames, axis=1):
    # port: pandas.concat along the columns
    return DataFrame(np.concatenate([frame.values for frame in frames], axis=axis))


# generate a sequence of random values
def generate_sequence(n_timesteps):
	return [random() for _ in range(n_timesteps)]

# generate data for the lstm
def generate_data(n_timesteps):
	# generate sequence
	sequence = generate_sequence(n_timesteps)
	sequence = array(sequence)
	# create lag
	df = DataFrame(sequence)
	df = concat([df.shift(1), df], axis=1)
	values = df.values
	# specify input and output data
	X, y = values, values[:, 1]
	# reshape
	X = X.reshape(len(X), 2, 1)
	y = y.reshape(len(y), 1)
	return X, y

n_timesteps = 10
# define model
model = Sequential()
model.add(LSTM(5, input_shape=(2, 1)))
model.add(Dense(1))
model.compile(loss='mean_squared_error', optimizer='adam')

# port: the post's 500 fit calls, one new sequence each, as one stream of single-row batches
def sequence_stream():
	while True:
		X, y = generate_data(n_timesteps)
		for j in range(len(X)):
			yield X[j:j + 1], y[j:j + 1]

# fit model
history = model.fit(sequence_stream(), steps_per_epoch=10 * n_timesteps, epochs=50, verbose=0,
                    callbacks=[NanWatch(log_dir)])
# evaluate model on new data
X, y = generate_data(n_timesteps)
yhat = model.predict(X, verbose=0)
for i in range(len(X)):
	print('Expected', y[i,0], 'Predicted', yhat[i,0])
print("loss every 5 epochs:", history.history['loss'][::5], "final losses:", history.history['loss'][-3:],
      "(constant predictor: var of U(0,1) targets = 1/12 = 0.0833)")
