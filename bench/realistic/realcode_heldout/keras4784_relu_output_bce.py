"""Accuracy not changing across the epochs (keras-team/keras issue #4784)

Source: https://github.com/keras-team/keras/issues/4784
Fix from the thread: bstriner: "Your model doesn't match your loss function. If your targets are [0,1], use a
sigmoid output layer and binary_crossentropy loss ... try getting a 2 layer model to work before jumping to 5";
the author: "my labels are all 0 or 1. Once I set the output layer to sigmoid, I see accuracy improving".
Port to Keras 3: init='uniform' -> kernel_initializer='uniform' (RandomUniform(-0.05, 0.05), as Keras 1 had),
lr= -> learning_rate=, nb_epoch -> epochs; Train.txt (106 feature columns + a 0/1 label, tab separated) replaced
by 3000 synthetic rows (features in [0, 1]; their real scale is not in the post); the model.json / weights
saving dropped; NanWatch callback; seeds.
"""
import sys

import numpy
import keras
from keras.models import Sequential
from keras.layers import Dense
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("model.add(Dense(1, kernel_initializer='uniform', activation='relu'))",
        "model.add(Dense(1, kernel_initializer='uniform', activation='sigmoid'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = numpy.random.default_rng(0)

# port: dataset = numpy.loadtxt("Train.txt", delimiter="\t")
features = rng.random((3000, 106))
labels = (features[:, :10].sum(axis=1) + rng.normal(0, 0.5, 3000) > 5).astype(float)
dataset = numpy.column_stack([features, labels])

# split into input (X) and output (Y) variables
X = dataset[:,0:106]
Y = dataset[:,106]

model = Sequential()
model.add(Dense(64, input_dim=106, kernel_initializer='uniform', activation='relu'))
model.add(Dense(32, kernel_initializer='uniform', activation='tanh'))
model.add(Dense(12, kernel_initializer='uniform', activation='relu'))
model.add(Dense(8, kernel_initializer='uniform', activation='sigmoid'))
model.add(Dense(1, kernel_initializer='uniform', activation='relu'))
# Compile model
optimizer = SGD(learning_rate=0.0001, momentum=0.4)
model.compile(loss='binary_crossentropy', optimizer=optimizer, metrics=['accuracy'])

# Fit the model
h = model.fit(X, Y, epochs=100, batch_size=300, verbose=0, callbacks=[NanWatch(log_dir)])

# evaluate the model
scores = model.evaluate(X, Y, verbose=0)
print("%s: %.2f%%" % (model.metrics_names[1], scores[1]*100))
print("final loss:", h.history['loss'][-1])
