"""Why does accuracy remain the same: is a value above a threshold of 50000? (Data Science SE)

Source: Data Science Stack Exchange question "Why does accuracy remain the same"
  (read at https://geeksmental.com/question/why-does-accuracy-remain-the-same, a mirror of the question)
The author trains Dense(3, relu) -> Dense(5, relu) -> Dense(1, relu) with binary cross-entropy on raw
values 0..99999 (label: value >= 50000); "accuracy is always about 0.5", loss ~7.9.
(The stored copy did not include the answers.) Label from what the thread shows: a ReLU output unit fed
to binary cross-entropy (not a probability: Keras clips it, and a dead unit predicts 0 for everything)
and inputs in the tens of thousands; the fix is a sigmoid output and inputs scaled to about [0, 1].
Labels: output activation unfit for the loss; unscaled input.
Port to Keras 3: `from keras import Sequential` kept; samples 5000 -> 1000 per class (2000 rows, 400
updates an epoch at batch_size=5 instead of 2000: time); the os.environ line dropped; NanWatch callback;
seeds (random and np.random).
"""
import os
import random
import sys

import numpy as np
import keras
from keras import Sequential
from keras.layers import Dense
from random import shuffle
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss", "input_scale")
FIX = [("model.add(Dense(1, activation='relu'))", "model.add(Dense(1, activation='sigmoid'))"),
       ("input_value = data_set[:, 0:1]\n", "input_value = data_set[:, 0:1] / (2 * threshold)\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
random.seed(0)

threshold = 50000
samples = 1000  # port: 5000 in the post (time)

train_data = []
for i in range(0, samples):
    train_data.append([random.randrange(0, threshold), 0])
    train_data.append([random.randrange(threshold, 2 * threshold), 1])

data_set = np.array(train_data)
shuffle(data_set)

input_value = data_set[:, 0:1]
expected_result = data_set[:, 1]


model = Sequential()
model.add(Dense(3, input_dim=1, activation='relu'))
model.add(Dense(5, activation='relu'))
model.add(Dense(1, activation='relu'))

# compile the keras model
model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])

# fit the keras model on the dataset
h = model.fit(input_value, expected_result, epochs=10, batch_size=5, callbacks=[NanWatch(log_dir)], verbose=0)

_, accuracy = model.evaluate(input_value, expected_result, verbose=0)
print('Accuracy: %.2f' % (accuracy*100))
print("final loss:", h.history['loss'][-1])
