"""Counterintuitive Challenges in ML Debugging: one tanh neuron fit to y ~ x for x in 0..9 with Adam(0.001):
"Your loss stubbornly refuses to decrease!" (Google's "Testing and Debugging in Machine Learning" course Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/testing-debugging/testing-debugging-ml-debugging.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; the notebook
  last changed in d6bd30c06ea5c85a4feb27374c66d27a25c6efe3; section "Case Study: Debugging a Simple Model",
  cells "Fit Simple Data with Simple Model", "Solution: Getting Loss to Decrease", "Solution: Reaching
  Convergence" and "Summary of Case Study")
The program: features = the integers 0..9 as a column, labels = features + uniform noise in [-0.5, 0.5); a
keras.Sequential with one Dense(units=1, activation='tanh', input_dim=1), Adam(0.001), loss 'mse',
fit(epochs=10, batch_size=10). The Colab: "Your loss stubbornly refuses to decrease!" and, among the actions
it lists, "**Activation function**: The `tanh` activation function cannot predict values >1. Besides, in a
regression problem, the last layer should always use the linear activation function." Its solution first
switches to `activation='linear'` ("Your loss decreases, albeit slowly!"), then: "Your loss isn't decreasing
fast enough. ... you can increase the learning rate to train faster. Run the following code to increase the
learning rate to 0.1. The the model reaches convergence quickly." Summary: "the problem was not with the
optimizer but with the learning rate ... increasing the learning rate is the correct fix."
Fix from the source: the "Solution: Reaching Convergence" cell: Dense(1, activation='linear', input_dim=1),
Adam(0.1), fit(epochs=5, batch_size=1). The fixed twin is that cell (activation, learning rate, epochs and
batch size as written there).
Labels: the tanh output cannot reach the targets (0..9.5); the learning rate (0.001, 10 updates) far too low.
Port to Keras 3: `from tensorflow import keras` / `tf.optimizers.Adam` -> `import keras` /
`keras.optimizers.Adam`; the `% reset -f`, pandas options, model.summary() and the scatter plots dropped;
the Colab's unseeded np.random is seeded by keras.utils.set_random_seed(0) (the data are the Colab's own, no
stand-in needed); NanWatch callback; verbose=0 and the epoch losses printed.
Verification (Keras's own epoch losses, one run each; constant predictor: the variance of the labels, MSE
8.444): reproduces, no NaN. The buggy run barely moves and stays three times above the constant predictor: 26.82,
26.76, 26.71, 26.65, 26.60, 26.55, 26.49, 26.44, 26.39, 26.34 (final 26.34; the tanh output is bounded by 1 while
the targets reach 9.5, and 10 updates of Adam(0.001) move the weights by ~0.01). The fixed twin (the solution
cell: linear, Adam(0.1), 5 epochs of batch 1): 8.97, 1.11, 0.96, 0.27, 0.26 (final 0.262; the noise variance is
1/12 = 0.083). ~6-8 s per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range", "learning_rate_too_low")
FIX = [("activation='tanh',   # 'tanh'", "activation='linear',   # fixed: 'linear'"),
       ("optimizer=keras.optimizers.Adam(0.001),", "optimizer=keras.optimizers.Adam(0.1),"),
       ("epochs=10,    # train for 10 epochs", "epochs=5,    # the solution cell's 5 epochs"),
       ("batch_size=10,# use 10 examples per batch", "batch_size=1,# the solution cell's batch size 1")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

features = np.array(range(10))
features = features[:, np.newaxis]
# Create labels by adding noise distributed around 0
labels = features + np.random.random(size=[10,1]) - 0.5

# Delete any existing assignment to "model"
model = None

# Use a sequential model
model = keras.Sequential()

# Add a layer with 1 neuron. Use the popular "tanh" activation function
model.add(keras.layers.Dense(units=1,             # 1 neuron
                             activation='tanh',   # 'tanh'
                             input_dim=1))         # number of feature cols=1

# Model calculates loss using mean-square error (MSE)
# Model trains using Adam optimizer with learning rate = 0.001
model.compile(optimizer=keras.optimizers.Adam(0.001),
              loss='mse',
             )

history = model.fit(x=features,
          y=labels,
          epochs=10,    # train for 10 epochs
          batch_size=10,# use 10 examples per batch
          verbose=0, callbacks=[NanWatch(log_dir)])    # verbose=1 prints progress per epoch
print("losses per epoch:", [round(v, 4) for v in history.history["loss"]])
print("final loss:", history.history["loss"][-1],
      "(constant predictor: MSE %.3f)" % float(np.var(labels)))
