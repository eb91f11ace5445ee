"""Why can't a single ReLU learn a ReLU? (Cross Validated)

Source: https://stats.stackexchange.com/questions/379884/why-cant-a-single-relu-learn-a-relu
Fix from the thread: the question's own experiment: with the initial weight "backwards" (-10) the unit "gets
stuck at a weight of zero and never goes through it"; started "in the same orientation as the target, it
learns quickly and converges to the correct weight of 1". At w = 0 the ReLU output is 0 for every input and
its gradient is 0: the last (ReLU) unit is dead. (The stored copy did not include the answers' text; the label
is the question's diagnosis: the initial weight and the dead ReLU output.)
Port to Keras 3: fit_generator -> fit; the generator yields X as a column (X[:, None]) because Keras 3 does
not expand a 1-D input; set_weights takes an array (np.array([[[-10.]]])); the LossHistory callback and matplotlib plots are dropped; NanWatch callback; seeds.
"""
import sys

import keras
from keras.models import Sequential
from keras.layers import Dense, ReLU
import numpy as np
from tb_nanwatch import NanWatch

FAULTS = ("weight_init", "relu_output_dead")
FIX = [("model.set_weights(np.array([[[-10.]]]))", "model.set_weights(np.array([[[10.]]]))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
np.random.seed(0)

batch = 1000


def tests():
    while True:
        test = np.random.randn(batch)

        # Generate ReLU test case
        X = test
        Y = test.copy()
        Y[Y < 0] = 0

        yield X[:, None], Y[:, None]


model = Sequential([Dense(1, input_dim=1, activation=None, use_bias=False)])
model.add(ReLU())
model.set_weights(np.array([[[-10.]]]))

model.compile(loss='mean_squared_error', optimizer='sgd')

h = model.fit(tests(), steps_per_epoch=100, epochs=20, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1], "weight:", model.get_weights()[0].ravel())
