"""MLP can't learn XOR (keras-team/keras issue #1295)

Source: https://github.com/keras-team/keras/issues/1295 (read in the stored issue thread)
The post: a 2-2-1 sigmoid net for XOR with binary cross-entropy and optimizer='sgd' (the default
learning rate 0.01), batch_size=4, nb_epoch=500 (one update an epoch: 500 updates). "loss is dropping,
but never get it right": the predictions stay at 0.51-0.57 for all four inputs.
Answer: fchollet points to his comment in issue #112 (a batch the size of the data gives one update an
epoch; increase the training until it works), and a later reply in this thread (amit4111989, 2017-02-22)
posts the version that learns: SGD(lr=0.1, decay=1e-6, momentum=0.9, nesterov=True) with many more
epochs ("decay=1e-6, momentum=0.9, nesterov=True in the SGD operator makes all the difference",
"The convergence will hit after 3500+ epochs"). The fixed twin here takes that optimizer and 4000 updates.
Labels: the plain SGD step (0.01) is far too small for the 500 updates; training stops while the loss is
still falling slowly.
Port to Keras 3: import theano / pp dropped; keras.layers.core -> keras.layers; nb_epoch -> epochs;
class_mode= and show_accuracy= dropped (accuracy metric instead); lr= -> learning_rate=, decay= dropped
in the fix (no such argument in Keras 3); the evaluate on the same rows kept; NanWatch callback; seeds.
The number of updates is kept: the 4 rows are repeated 10 times (40 rows, batch 4 -> 10 updates an
epoch) and the 500 epochs become 50 (the fix: 400 epochs -> 4000 updates).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Activation, Dense, Dropout
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low", "too_few_steps")
FIX = [("optimizer='sgd')", "optimizer=SGD(learning_rate=0.1, momentum=0.9, nesterov=True))"),
       ("epochs=50)", "epochs=400)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

X_test = X_train = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
Y_test = Y_train = np.array([0, 1, 1, 0])
# port: rows repeated 10x, epochs divided by 10 (same number of updates)
X_train, Y_train = np.repeat(X_train, 10, axis=0), np.repeat(Y_train, 10, axis=0)

model = Sequential()
model.add(Dense(2, input_shape=(2,)))
model.add(Activation('sigmoid'))
model.add(Dense(1))
model.add(Activation('sigmoid'))
model.compile(loss='binary_crossentropy', metrics=['accuracy'], optimizer='sgd')

history = model.fit(X_train, Y_train, batch_size=4, verbose=0, shuffle=False, callbacks=[NanWatch(log_dir)], epochs=50)
score = model.evaluate(X_test, Y_test, verbose=0)
print(score)
print(model.predict(X_test, verbose=0).ravel())
print("final loss:", history.history['loss'][-1])
