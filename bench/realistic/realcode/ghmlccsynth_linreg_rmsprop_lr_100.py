"""Simple linear regression with synthetic data, Task 3: "we've intentionally set the learning rate too high"
(Google Machine Learning Crash Course, "Linear regression with synthetic data" Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/cc/exercises/linear_regression_with_synthetic_data.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; cells
  "Define the functions that build and train a model", "Define the dataset", "Task 3: Increase the learning
  rate" and "Task 4: Find the ideal combination of epochs and learning rate")
The program: the Colab's own 12 (feature, label) pairs (x = 1..12, y roughly 3x + 2) fed to one Dense(units=1)
neuron, mean squared error, RMSprop(learning_rate=my_learning_rate), metric RootMeanSquaredError, fit with
batch_size=12 (one update per epoch). Task 3 runs it with learning_rate=100.0, epochs=500: "In Task 3, we've
intentionally set the learning rate too high. Run the following code cell and see what happens." The next
cell: "The resulting model is terrible; the red line doesn't align with the blue dots. Furthermore, the loss
curve oscillates like a roller coaster. An oscillating loss curve strongly suggests that the learning rate is
too high."
Fix from the post: the Colab's solution to Task 4 ("Find the ideal combination of epochs and learning rate",
"Double-click to view a possible solution"): learning_rate=0.14, epochs=70. The fixed twin sets those two
values.
Labels: learning rate too high.
Port to Keras 3: `import tensorflow as tf` / `tf.keras.` -> `import keras` / `keras.`; pandas is not installed
here, so `hist = pd.DataFrame(history.history); rmse = hist["root_mean_squared_error"]` -> `rmse =
history.history["root_mean_squared_error"]`, and train_model also returns `history` (for the final print);
`Dense(units=1, input_shape=(1,))` kept (Keras 3 warns but accepts it); the two plotting functions (matplotlib)
and their calls dropped; the data are the Colab's own 12 rows (nothing synthetic added); the Task 1/2 cells
before Task 3 dropped (my_batch_size=12 from them kept); NanWatch callback; verbose=0 and the final losses
printed; keras.utils.set_random_seed(0).
Verification (Keras's own printed losses, one run each; constant predictor: the variance of the labels,
MSE 105.2): the buggy run swings (epoch losses 545, 6.7e6, 541, 3.1, then ~0.9 around epochs 10-20, then
1.4e5 at epoch 50) and ends stuck far above the constant predictor (final loss 1.70e5, RMSE 413, weight -47,
bias -48; not the Colab's oscillation to the end, but the same verdict: the model is terrible); the fixed twin
converges (final loss 0.886, RMSE 0.94, weight 2.93, bias 2.39). The buggy run takes ~34 s here (500 epochs
of one update each).
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("learning_rate=100.0\nepochs=500", "learning_rate=0.14\nepochs=70")]

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

my_batch_size=12

# Increase the learning rate and decrease the number of epochs.
learning_rate=100.0
epochs=500

my_model = build_model(learning_rate)
trained_weight, trained_bias, epochs, rmse, history = train_model(my_model, my_feature,
                                                                  my_label, epochs,
                                                                  my_batch_size)
print("last five losses:", [round(v, 2) for v in history.history["loss"][-5:]])
print("final loss:", history.history["loss"][-1], "rmse:", rmse[-1],
      "weight:", float(trained_weight[0]), "bias:", float(trained_bias[0]),
      "(constant predictor: MSE %.1f)" % float(np.var(my_label)))
