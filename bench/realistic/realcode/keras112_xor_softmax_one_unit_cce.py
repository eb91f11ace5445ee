"""Can't get a simple XOR problem network to work, answer always array([0]) (keras-team/keras issue #112)

Source: https://github.com/keras-team/keras/issues/112 (read in the stored issue thread)
The post: a 2-2-1 net for XOR, Dense(2,2) -> sigmoid -> Dense(2,1) -> softmax, categorical cross-entropy,
plain 'sgd', nb_epoch=5, batch_size=32 on the 4 XOR rows. "No matter what input I try, the answer to
predict_classes is always array([0]), with predict_proba result always being array([[ 1.]])". The author
also tried tanh, MAE, rmsprop and 400/4000 epochs: "Doesn't change anything."
Answer (fchollet, in the thread): "notice that a batch_size of 32 over 4 samples means you are really
doing one update per epoch. So 5 updates in total (5 epochs). Consider increasing that until it works."
and then "A 3rd issue ..." (the stored copy cuts that comment). The predict_proba of exactly 1 the author
reports is the softmax over a single unit, which is 1 for every input (so the cross-entropy is 0 and there
is no gradient at all); the working XOR net posted later in the same thread (dcgrigsby, 2015-11-13) is the
fixed twin here: a sigmoid output unit, SGD(lr=0.1, decay=1e-6, momentum=0.9, nesterov=True), mean
squared error, nb_epoch=10000 at batch_size=4 (10000 updates).
Labels: softmax over one unit; far too few updates (5).
Port to Keras 3: Dense(2,2) -> Dense(2, input_dim=2), Dense(2,1) -> Dense(1); nb_epoch -> epochs;
lr= -> learning_rate=; decay= dropped in the fix (Keras 3 SGD has no decay argument; 1e-6 is negligible);
predict_classes dropped; NanWatch callback; seeds. The fixed twin keeps the answer's 10000 updates by
repeating the 4 rows 100 times (400 rows, batch 4 -> 100 updates an epoch) for 100 epochs.
"""
import sys

import numpy
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit", "too_few_steps")
FIX = [("model.add(Activation('softmax'))", "model.add(Activation('sigmoid'))"),
       ("model.compile(loss='categorical_crossentropy', optimizer='sgd')",
        "model.compile(loss='mean_squared_error', optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=True))"),
       ("h = model.fit(X, y, epochs=5, batch_size=32,",
        "h = model.fit(numpy.repeat(X, 100, axis=0), numpy.repeat(y, 100, axis=0), epochs=100, batch_size=4,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

model = Sequential()
model.add(Dense(2, input_dim=2))
model.add(Activation('sigmoid'))
model.add(Dense(1))
model.add(Activation('softmax'))
X = numpy.array([[0,0],[0,1],[1,0],[1,1]])
y = numpy.array([[0],[1],[1],[0]])
model.compile(loss='categorical_crossentropy', optimizer='sgd')
h = model.fit(X, y, epochs=5, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=0)
print("predict_proba:", model.predict(X, verbose=0).ravel())
print("final loss:", h.history['loss'][-1])
