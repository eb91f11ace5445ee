"""ReLU learning to turn -1 into 1: Dense(1, linear) + LeakyReLU(alpha=.001) keeps outputting 0 (Stack Overflow)

Source: Stack Overflow question "Keras ReLU learning to output a positive value from a negative input"
  (read at https://manongdao.com/article-1111310.html, a mirror of the question with its edits)
"I want my neural network to convert a negative value into a positive value. Theoretically this can be done
using a ReLU function and 1 node which learns the input weight to be -1 ... It just keeps on outputting 0."
The post's own follow-ups: EDIT 1 "I tried using the random uniform initialiser so it would initialise
negative weights and it works"; EDIT 2 "Someone mentioned I didn't have enough time to train ... if I added
10x more epochs (100 total) it did work. So it just takes a long time to convert positive initialised
weights to negative" (through a LeakyReLU slope of 0.001). The fix used here is EDIT 2's (10x the epochs).
Labels: a (leaky) ReLU output unit stuck in its flat part (predictions ~0); too few updates.
Port to Keras 3: Python 2 prints and map() -> Python 3; the 10000 rows of -1 -> 1000 rows (100 updates an
epoch at batch_size=10 instead of 1000: time; the fixed twin's 100 epochs are then 10000 updates);
LeakyReLU(alpha=) -> LeakyReLU(negative_slope=); metrics=['accuracy'] kept; NanWatch callback; seeds
(the sign of the initial weight decides the buggy run).
Did not reproduce with this seed: the buggy run reaches the target (loss ~1e-3) in its 10 epochs.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, LeakyReLU
from tb_nanwatch import NanWatch

FAULTS = ("relu_output_dead", "too_few_steps")
FIX = [("epochs=10, batch_size=10", "epochs=100, batch_size=10")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

train_input = np.asarray([[-1]]*1000) # Input arr of -1s  (port: 10000 in the post)
train_output = np.asarray(list(map(lambda x: [abs(x[0])] , train_input)))
test_input = np.asarray([[-1]])
test_output = np.asarray([[1]])

# Define the model
model = Sequential()
model.add(Dense(1, input_dim=1, kernel_initializer='normal', activation='linear'))
model.add(LeakyReLU(negative_slope=.001))

model.compile(loss='mean_squared_error', optimizer='adam', metrics=['accuracy'])

# Train and evaluate
h = model.fit(train_input, train_output, epochs=10, batch_size=10, verbose=0, callbacks=[NanWatch(log_dir)])

test_model_output = model.predict(test_input, verbose=0)
print(str(test_input[0][0]) + " " + str(test_output[0][0]) + " " + str(test_model_output[0][0]))
print("final loss:", h.history['loss'][-1])
