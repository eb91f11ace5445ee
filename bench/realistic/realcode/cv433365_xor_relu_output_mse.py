"""XOR with Neural Network: stuck with a loss equal to 0.5 (Cross Validated)

Source: https://stats.stackexchange.com/questions/433365/xor-with-neural-network
Fix from the answer: "add a non-linearity to your first layer ... because you expect your output to be
either 0 or 1, you should treat this as a classification problem. So, modify the final activation to be
'sigmoid', and change your loss function to 'binary_crossentropy'. Finally, increase the number of epochs".
Labels: regression loss (MSE) + ReLU output on a 0/1 classification task; too few epochs.
Port to Keras 3: NanWatch callback; fixed seeds; the dataset is the author's own (no file).
"""
import sys

import keras
import numpy as np
from tb_nanwatch import NanWatch

FAULTS = ("loss_task_mismatch", "too_few_steps")
FIX = [("keras.layers.Dense(2, input_shape=(2,)),", "keras.layers.Dense(2, input_shape=(2,), activation='relu'),"),
       ("keras.layers.Dense(1, activation='relu')", "keras.layers.Dense(1, activation='sigmoid')"),
       ("loss='mean_squared_error'", "loss='binary_crossentropy'"),
       ("epochs=5)", "epochs=20)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# creating dataset
x = np.zeros((20000, 2), dtype=int)
x[5000:10000,1] += 1
x[10000:15000,0] += 1
x[15000:,:] += 1

np.random.shuffle(x)
y = [bit1 ^  bit2 for bit1, bit2 in x ]

x_train = x[:15000]
y_train = np.transpose(y[:15000])

x_test = x[15000:]
y_test = np.transpose(y[15000:])

# generating keras model
model = keras.models.Sequential([
  keras.layers.Dense(2, input_shape=(2,)),
  keras.layers.Dense(2, activation='relu'),
  keras.layers.Dense(1, activation='relu')
])

# compiling using stochastic gradient descent and MSE
model.compile(optimizer='SGD',
              loss='mean_squared_error')

# fit and evaluate
model.fit(x_train, y_train, callbacks=[NanWatch(log_dir)], verbose=2, epochs=5)
print("final loss:", model.evaluate(x_test, y_test, verbose=0))
