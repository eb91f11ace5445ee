"""How to Diagnose Overfitting and Underfitting of LSTM Models: an underfit LSTM trained for too few epochs
(blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/diagnose-overfitting-underfitting-lstm-models/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh,
  docs/lstm/diagnose-overfitting-underfitting-lstm-models.md, which reproduces the post's code listings
  verbatim; sections "3. Underfit Example" and "4. Good Fit Example"; the post's English sentences below are
  translated back from it, so their wording may differ from the original)
The program: the post's first underfit example: five training pairs x -> x + 0.1 (x = 0.0 ... 0.4) and five
validation pairs (x = 0.5 ... 0.9), each reshaped to (samples, 1 timestep, 1 feature); LSTM(10,
input_shape=(1,1)) -> Dense(1, linear), loss 'mse', optimizer 'adam' (default learning rate), fit(epochs=100,
validation_data=(valX, valY), shuffle=False) at the default batch size (one batch, so one update per epoch).
The post says its learning curves show "the characteristics of an underfit model. In this case, performance
may be improved by increasing the number of training epochs."
Fix from the post: its "Good Fit Example" is the same program trained for 800 epochs (fit(epochs=800, ...));
the fixed twin changes only the number of epochs.
Labels: too few training steps (the loss is still falling when training stops).
Port to Keras 3: the code is the post's own (its data are written in the listing, nothing to replace). Time
(~170 ms per epoch here, 800 epochs would take 2-3 minutes): the five training rows are repeated 10 times
(np.tile) and fit in batches of 5 with shuffle=False, so every batch is exactly the post's one full batch and
each epoch makes 10 identical updates; the epochs are divided by 10 (100 -> 10, and 800 -> 80 in the fixed
twin), keeping the number of Adam updates (100 / 800). The pyplot learning curves dropped; verbose=0 (the post
prints every epoch); NanWatch callback; the final losses printed; seeds.
Verification (Keras's own printed values, one run each; constant predictor: var(y) = 0.02 on train and
validation): the buggy run stops while the loss is still falling steeply (first epoch 0.1231, final loss 0.0385
-- above the constant-predictor level --, val_loss 0.4015; the unported 100-epoch run gave the same val_loss
0.4015 and final loss 0.0360); the fixed twin fits (epoch-mean loss every 100 updates 0.1231, 0.0333, 0.0147,
0.0116, 0.0086, 0.0057, 0.0030, 0.0011; final loss 0.0003, val_loss 8.5e-05).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from keras.layers import LSTM
from numpy import array
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("batch_size=5, epochs=10,", "batch_size=5, epochs=80,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# return training data
def get_train():
	seq = [[0.0, 0.1], [0.1, 0.2], [0.2, 0.3], [0.3, 0.4], [0.4, 0.5]]
	seq = array(seq)
	X, y = seq[:, 0], seq[:, 1]
	X = X.reshape((len(X), 1, 1))
	return X, y

# return validation data
def get_val():
	seq = [[0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.0]]
	seq = array(seq)
	X, y = seq[:, 0], seq[:, 1]
	X = X.reshape((len(X), 1, 1))
	return X, y

# define model
model = Sequential()
model.add(LSTM(10, input_shape=(1,1)))
model.add(Dense(1, activation='linear'))
# compile model
model.compile(loss='mse', optimizer='adam')
# fit model
X,y = get_train()
valX, valY = get_val()
# port: the five rows repeated 10 times in batches of 5 = 10 identical full-batch updates per epoch, epochs / 10
history = model.fit(np.tile(X, (10, 1, 1)), np.tile(y, 10), batch_size=5, epochs=10, validation_data=(valX, valY),
                    shuffle=False, verbose=0, callbacks=[NanWatch(log_dir)])
loss = history.history['loss']
print("final loss:", loss[-1], "val_loss:", history.history['val_loss'][-1],
      "loss every 10 epochs (100 updates):", np.round(loss[::10], 5).tolist(),
      "(constant predictor: var(y) = %.4f train, %.4f val; mean(y^2) = %.4f)"
      % (y.var(), valY.var(), (y ** 2).mean()))
