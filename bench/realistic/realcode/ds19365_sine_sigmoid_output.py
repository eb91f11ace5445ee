"""Predict sinus with keras feed forward neural network (Data Science SE)

Source: https://datascience.stackexchange.com/questions/19365/predict-sinus-with-keras-feed-forward-neural-network
Fix from the accepted answer: "Your network is too small for a highly fluctuating function ... if you divide
your x by a smaller amount it would be easier to learn. Second of all, adding another layer and having an
identity activation at the end will help quite a bit. Also taking batches bigger than 1 will make the gradient
more stable. With a 1000 epochs I get to 0.00167": x = np.arange(200).reshape(-1,1) / 50, Dense(40, ...).
Labels: a sigmoid output on targets in [-1, 1]; unscaled x (0-99); a 10-unit model too small.
Port to Keras 3: the fix trains 300 epochs of batch 100, not the answer's 1000 (time: Keras spends
~50-90 ms per epoch here); NanWatch callback; seeds; the data is the author's own.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense, Activation
from keras.models import Sequential
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range", "input_scale", "model_too_small")
FIX = [("x = np.arange(100)\n", "x = np.arange(200).reshape(-1,1) / 50\n"),
       ("Dense(10, input_shape=(1,)),", "Dense(40, input_shape=(1,)),"),
    ("    Dense(1),\n    Activation('sigmoid')\n", "    Dense(40),\n    Activation('sigmoid'),\n    Dense(1),\n    Activation('linear')\n"),
       ("epochs=10, batch_size=1", "epochs=300, batch_size=100")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x = np.arange(100)
y = np.sin(x)

model = Sequential([
    Dense(10, input_shape=(1,)),
    Activation('sigmoid'),
    Dense(1),
    Activation('sigmoid')
])

model.compile(loss='mean_squared_error', optimizer='SGD', metrics=['accuracy'])
h = model.fit(x, y, epochs=10, batch_size=1, callbacks=[NanWatch(log_dir)], verbose=0)

scores = model.evaluate(x, y, verbose=0)
print("final loss:", h.history['loss'][-1], "Baseline Error: %.2f%%" % (100-scores[1]*100))
