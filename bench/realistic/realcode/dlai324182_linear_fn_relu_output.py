"""Loss values do not change: y = 2x - 1 with Dense(4, relu) -> Dense(2, relu) -> Dense(1, relu) (DeepLearning.AI community forum)

Source: https://community.deeplearning.ai/t/loss-values-do-not-change/324182
The author: "most of the time when I run the model, the loss values do not change and stick with a specific
value. It happens 6 or 7 times from 10 times of running" (targets -3..9, a ReLU on the single output unit).
(The stored copy of the thread did not include the replies.) Label from what the thread shows: the last
layer is a ReLU, so on the runs where its unit starts (or ends up) inactive every prediction is 0 and no
gradient reaches the network, and the negative targets are out of its reach anyway; the fix is a linear
output unit (the usual fix for this, and the one the forum gives in similar threads).
Labels: dead ReLU output unit; the output activation cannot produce the (negative) targets.
Port to Keras 3: straight quotes for the forum's curly ones; the 7 points repeated 32 times (224 rows, 7 updates
an epoch at the default batch size of 32) and epochs 500 -> 72, keeping the ~500 updates (time: Keras spends
~70 ms an epoch here); NanWatch callback; seeds (whether the unit dies depends on the seed).
Did not reproduce with this seed: the buggy run learns (loss 2.7 against mean(y^2) = 25).
"""
import sys

import numpy as np
import keras
from keras import Model
from keras.models import Sequential
from keras.layers import Input, Dense
from tb_nanwatch import NanWatch

FAULTS = ("relu_output_dead", "output_activation_range")
FIX = [("dense_3 = Dense(1, activation='relu')(dense_2)", "dense_3 = Dense(1)(dense_2)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x = np.array([[-1.0, 0.0 , 1.0, 2.0, 3.0, 4.0, 5.0]])

y = np.array([[-3.0, -1.0, 1.0, 3.0, 5.0, 7.0, 9.0]])

x = np.reshape(x,(7,1))

y = np.reshape(y,(7,1))

# port: the 7 points repeated (same number of updates in fewer epochs)
x = np.tile(x, (32, 1))
y = np.tile(y, (32, 1))

input_1 = Input(shape=(1,))

dense_1 = Dense(4, activation='relu')(input_1)

dense_2 = Dense(2, activation='relu')(dense_1)

dense_3 = Dense(1, activation='relu')(dense_2)

model_2 = Model(inputs= input_1, outputs = dense_3)

model_2.compile(loss = keras.losses.MeanSquaredError(),

optimizer = keras.optimizers.Adam(0.001))

h = model_2.fit(x,y, epochs=72, callbacks=[NanWatch(log_dir)], verbose=0)

print(model_2.predict(np.array([[10.0]]), verbose=0))
print("final loss:", h.history['loss'][-1], "mean(y**2):", float(np.mean(y ** 2)))
