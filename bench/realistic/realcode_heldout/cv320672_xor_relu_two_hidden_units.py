"""Clarification on simple perceptron neural network: XOR learns with 2 sigmoid hidden units, not with 2 ReLU units (Cross Validated)

Source: https://stats.stackexchange.com/questions/320672/clarification-on-simple-perceptron-neural-network
The author's XOR network works with Dense(2, sigmoid); "I tried changing the activation function for the
first layer to ReLU, but it doesn't work. The loss falls down to 0.3397 but then it stops progressing ...
this situation persists with 1 to 4 neurons in the hidden layer; if I add 5 of them, the network immediately
jumps to perfect performance." This program is the ReLU variant the question is about.
Answer (stored copy cut after its first sentence): "the proof merely shows that a network exists that can
solve the XOR problem" - not that gradient descent finds it from any start. Label from the thread: with only
2 ReLU units a unit that dies (inactive on the inputs that need it) cannot come back and the rest cannot
represent XOR; the fix the author found is 5 hidden units.
Labels: dead hidden ReLUs; hidden layer too small.
Port to Keras 3: activation="sigmoid" -> "relu" in the hidden layer (the variant the question asks about);
1000 -> 200 training rows (50 updates an epoch at batch_size=4 instead of 250: time), the test rows 100
kept; NanWatch callback; seeds (np.random.seed for the author's np.random draws). Whether a unit dies depends
on the seed.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Dropout
from tb_nanwatch import NanWatch

FAULTS = ("dead_activations", "model_too_small")
FIX = [('model.add(Dense(2, input_dim=2, activation="relu"))', 'model.add(Dense(5, input_dim=2, activation="relu"))')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
np.random.seed(0)

x_train = np.random.randint(2, size=(200,2))  # port: 1000 rows in the post (time)
y_train = np.array([[ 1 if x[0] != x[1] else 0] for x in x_train])

x_test = np.random.randint(2, size=(100,2))
y_test = np.array([[ 1 if x[0] != x[1] else 0] for x in x_test])

model = Sequential()
model.add(Dense(2, input_dim=2, activation="relu"))
model.add(Dense(1, activation="sigmoid"))

model.compile(loss='binary_crossentropy',
          optimizer='rmsprop',
          metrics=['binary_accuracy'])

h = model.fit(x_train, y_train, batch_size=4,epochs=100, callbacks=[NanWatch(log_dir)], verbose=0)

score = model.evaluate(x_test, y_test, verbose=0)
print(score)

print(model.predict(np.array([[1,1],[1,0],[0,1],[0,0]]), verbose=0))
print("final loss:", h.history['loss'][-1])
