"""Exploding Gradients, "Cause: High Learning Rate": one linear neuron on y ~ x for x in 0..49 with SGD(0.01):
"You will get `inf` for your loss" (Google's "Testing and Debugging in Machine Learning" course Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/testing-debugging/testing-debugging-ml-debugging.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; the notebook
  last changed in d6bd30c06ea5c85a4feb27374c66d27a25c6efe3; section "Exploding Gradients", subsection "Cause:
  High Learning Rate")
The program: features = the integers 0..49 (a 1-D array), labels = features + uniform noise in [-0.5, 0.5);
a keras.Sequential with one Dense(1, input_dim=1, activation='linear'), SGD(0.01), loss 'mse',
fit(epochs=5, batch_size=10). The Colab: "A common problem in model training is a loss that "explodes" or
becomes `nan`. A common cause is anomalous feature data, such as outliers and `nan` values, or a high learning
rate. ... In this section, you will create data in the range [0,50] and show that the gradient explodes when
you train the model using a learning rate of 0.01. Then you'll reduce the learning rate to make the model
converge." and after the cell: "Run the following cell to train a model with a learning rate of 0.01. You
will get `inf` for your loss." / "To demonstrate that the high learning rate makes the loss explore, reduce
the learning rate to `0.001`. Your loss will converge."
Fix from the source: SGD(0.001), the rest unchanged; the fixed twin changes only the learning rate.
Labels: learning rate too high (the section's title names the cause; the features 0..49 are the setting it is
too high for).
Port to Keras 3: `from tensorflow import keras` -> `import keras`; the `% reset -f`, pandas options and the
scatter plot dropped; the Colab's unseeded np.random is seeded by keras.utils.set_random_seed(0) (the data
are the Colab's own, no stand-in needed); NanWatch callback; verbose=0 and the epoch losses printed.
Verification (Keras's own epoch losses, one run each; constant predictor: the variance of the labels, MSE
206.6): reproduces, as the Colab says: the loss explodes, 2.60e11, 1.37e23, 7.19e34, then inf, inf (final inf).
The fixed twin (SGD(0.001)) converges: 169.6, 0.186, 0.162, 0.152, 0.153 (final 0.153). ~7-10 s per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("optimizer=keras.optimizers.SGD(0.01),", "optimizer=keras.optimizers.SGD(0.001),")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# create data with large values
features = np.array(range(50))
# generate labels
labels = features + np.random.random(features.shape) - 0.5

# Transpose data for input
[features, labels] = [features.transpose(), labels.transpose()]

# Train on raw data
model = None
model = keras.Sequential()
model.add(keras.layers.Dense(1, input_dim=1, activation='linear'))
model.compile(optimizer=keras.optimizers.SGD(0.01), loss='mse')
history = model.fit(features, labels, epochs=5, batch_size=10, verbose=0, callbacks=[NanWatch(log_dir)])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("final loss:", history.history["loss"][-1],
      "(constant predictor: MSE %.1f)" % float(np.var(labels)))
