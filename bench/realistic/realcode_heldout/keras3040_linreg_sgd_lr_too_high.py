"""Simple Linear Regression Nan's after a few iterations (keras-team/keras issue #3040)

Source: https://github.com/keras-team/keras/issues/3040 (read in the stored issue thread)
Fix from the thread: the author's own follow-up, "realized my learning rate was too high" (x runs 0..199 and
y = 2x; plain SGD at 0.001 with batch_size=1 overshoots and the weights go to NaN); the fix lowers the rate.
The thread does not say which rate the author moved to: the fixed twin uses 1e-5.
Labels: learning rate too high.
Port to Keras 3: SGD(lr=, decay=1e-6) -> SGD(learning_rate=) (Keras 3 has no `decay`; over 200 steps it
changes the rate by 0.02%), momentum=0 -> 0.0 (Keras 3 rejects an int), nb_epoch -> epochs, the Python 2 prints of the weights -> one print, the
KERAS_BACKEND/tensorflow imports dropped; NanWatch callback; seeds. The data is the author's own (no file).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("sgd = SGD(learning_rate=0.001, momentum=0.0, nesterov=False)",
        "sgd = SGD(learning_rate=0.00001, momentum=0.0, nesterov=False)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x = 1.0*np.array(range(200))
y = 2.0*x

model = Sequential()
model.add(Dense(1, input_dim=1))

sgd = SGD(learning_rate=0.001, momentum=0.0, nesterov=False)
model.compile(loss='mean_squared_error', optimizer=sgd)
h = model.fit(x, y, epochs=1, batch_size=1, callbacks=[NanWatch(log_dir)], verbose=0)
score = model.predict(x[:10], batch_size=10, verbose=0)
print("weights:", [w.tolist() for w in model.layers[0].get_weights()])
print("final loss:", h.history['loss'][-1])
