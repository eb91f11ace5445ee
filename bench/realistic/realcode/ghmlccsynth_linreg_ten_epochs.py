"""Simple linear regression with synthetic data, Task 1: "the loss curve decreases but doesn't flatten out,
which is a sign that the model hasn't trained sufficiently" (Google Machine Learning Crash Course, "Linear
regression with synthetic data" Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/cc/exercises/linear_regression_with_synthetic_data.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; cells
  "Define the functions that build and train a model", "Define the dataset", "Specify the hyperparameters",
  "Task 1: Examine the graphs" and "Task 2: Increase the number of epochs")
The program: the Colab's own 12 (feature, label) pairs (x = 1..12, y roughly 3x + 2) fed to one Dense(units=1)
neuron, mean squared error, RMSprop(learning_rate=my_learning_rate), metric RootMeanSquaredError, fit with
learning_rate=0.01, epochs=10, batch_size=12 (one update per epoch, ten updates in all). Task 1 says of this
run: "the red line probably *doesn't* align nicely with the blue dots ... Notice that the loss curve decreases
but doesn't flatten out, which is a sign that the model hasn't trained sufficiently."
Fix from the post: Task 2, "In Task 1, the training loss did not converge. One possible solution is to train
for more epochs", and its "possible solution" cell: learning_rate=0.01, epochs=450, my_batch_size=12 ("The
loss curve suggests that the model does converge."). The fixed twin sets epochs=450.
Labels: too few steps (training stopped while the loss was still falling). (Task 3 adds that "sometimes, you
can get the model to converge more quickly by increasing the learning rate", and Task 4's solution is
learning_rate=0.14, epochs=70; the fix the Colab gives for this run is more epochs, so that is the label.)
Port to Keras 3: `import tensorflow as tf` / `tf.keras.` -> `import keras` / `keras.`; pandas is not installed
here, so `hist = pd.DataFrame(history.history); rmse = hist["root_mean_squared_error"]` ->
`rmse = history.history["root_mean_squared_error"]`, and train_model also returns `history` (for the final
print); `Dense(units=1, input_shape=(1,))` kept (Keras 3 warns but accepts it); the two plotting functions
(matplotlib) and their calls dropped; the data are the Colab's own 12 rows (nothing synthetic added); NanWatch
callback; verbose=0 and the final losses printed; keras.utils.set_random_seed(0).
Verification (Keras's own printed losses, one run each; constant predictor: the variance of the labels,
MSE 105.2): the buggy run falls slowly and steadily and stops far from converged (epoch losses 545, 533, 524,
517, 511, 505, 500, 495, 490, 485; final loss 485.5, RMSE 22.0, weight 0.23, bias 0.17 - still worse than
the constant predictor); the fixed twin converges (loss 349 at epoch 50, 49.6 at 200, 1.17 at 300, final
0.877, RMSE 0.94, weight 2.95, bias 2.18). The fixed twin takes ~33 s here (450 epochs of one update each).
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("epochs=10\n", "epochs=450\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


#@title Define the functions that build and train a model
def build_model(my_learning_rate):
  """Create and compile a simple linear regression model."""
  # Most simple tf.keras models are sequential.
  # A sequential model contains one or more layers.
  model = keras.models.Sequential()

  # Describe the topography of the model.
  # The topography of a simple linear regression model
  # is a single node in a single layer.
  model.add(keras.layers.Dense(units=1,
                               input_shape=(1,)))

  # Compile the model topography into code that
  # TensorFlow can efficiently execute. Configure
  # training to minimize the model's mean squared error.
  model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=my_learning_rate),
                loss="mean_squared_error",
                metrics=[keras.metrics.RootMeanSquaredError()])

  return model


def train_model(model, feature, label, epochs, batch_size):
  """Train the model by feeding it data."""

  # Feed the feature values and the label values to the
  # model. The model will train for the specified number
  # of epochs, gradually learning how the feature values
  # relate to the label values.
  history = model.fit(x=feature,
                      y=label,
                      batch_size=batch_size,
                      epochs=epochs, callbacks=[NanWatch(log_dir)], verbose=0)

  # Gather the trained model's weight and bias.
  trained_weight = model.get_weights()[0][0]
  trained_bias = model.get_weights()[1]

  # The list of epochs is stored separately from the
  # rest of history.
  epochs = history.epoch

  # Specifically gather the model's root mean
  # squared error at each epoch.
  rmse = history.history["root_mean_squared_error"]

  return trained_weight, trained_bias, epochs, rmse, history


my_feature = np.array([1.0, 2.0,  3.0,  4.0,  5.0,  6.0,  7.0,  8.0,  9.0, 10.0, 11.0, 12.0])
my_label   = np.array([5.0, 8.8,  9.6, 14.2, 18.8, 19.5, 21.4, 26.8, 28.9, 32.0, 33.8, 38.2])

learning_rate=0.01
epochs=10
my_batch_size=12

my_model = build_model(learning_rate)
trained_weight, trained_bias, epochs, rmse, history = train_model(my_model, my_feature,
                                                                  my_label, epochs,
                                                                  my_batch_size)
print("losses (every epoch up to 10, then every 50th):",
      [round(v, 2) for v in history.history["loss"][:10] + history.history["loss"][49::50]])
print("final loss:", history.history["loss"][-1], "rmse:", rmse[-1],
      "weight:", float(trained_weight[0]), "bias:", float(trained_bias[0]),
      "(constant predictor: MSE %.1f)" % float(np.var(my_label)))
