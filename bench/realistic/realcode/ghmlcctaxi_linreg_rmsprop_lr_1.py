"""Linear regression on Chicago taxi fares, "Increase the learning rate to 1.0": "the loss curve bounces around
and does not appear to be moving towards convergence" (Google Machine Learning Crash Course, "Linear
regression" programming exercise, linear_regression_taxi Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/cc/exercises/linear_regression_taxi.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; cells
  "Code - Define ML functions", "Code - Experiment 1", "Experiment with hyperparameters", "Code - Experiment 2"
  and "Double-click to view answers for hyperparameter experiments")
The program: FARE predicted from TRIP_MILES by one Dense(units=1) neuron behind a dict of keras.Input and a
Concatenate, mean squared error, RMSprop(learning_rate=settings.learning_rate), metric RMSE, fit(batch_size=50,
epochs=20) on the Chicago taxi training CSV (31,694 trips). The Colab's "Experiment with hyperparameters" step
asks to rerun the Experiment 2 cell with "Experiment 1: **Increase** the learning rate to **1.0** (batch size
at 50)"; this program is that cell with that setting. The Colab's answer: "When the learning rate is too high,
the loss curve bounces around and does not appear to be moving towards convergence with each iteration. Also,
notice that the predicted model does not fit the data very well. With a learning rate that is too high, it is
unlikely that you will be able to train a model with good results."
Fix from the post: the Colab's baseline, Experiment 1, is the same cell with learning_rate = 0.001 ("it takes
about 5 epochs for the training run to converge to the final model", "the model fits the sample data fairly
well"). The fixed twin sets learning_rate = 0.001 back.
Labels: learning rate too high.
Port to Keras 3: the Colab already uses Keras 3 (`import keras`); pd.read_csv of the course's
chicago_taxi_train.csv (a download) replaced by 31,694 synthetic trips with the same columns used (TRIP_MILES:
skewed, mean ~8.7 miles (the real 8.3), up to 68; TRIP_SECONDS ~2 minutes a mile, mean ~1,300 s; FARE = $3.25 +
$2.25 a mile + noise, mean ~$23, up to ~$157; the real file's FARE mean is $23.3, max $159.25) held in a dict of
numpy arrays, as pandas is not installed here (`dataset[name].values` -> `dataset[name]`); the google-ml-edu
package (not installed) replaced by a minimal `ExperimentSettings` dataclass with the same four fields, and
train_model returns the Keras history instead of an `ml_edu.experiment.Experiment`; the dataset-exploration
cells and the plotting calls (ml_edu.results, plotly) dropped; NanWatch callback; verbose=0 and the final losses
printed; keras.utils.set_random_seed(0).
Verification (Keras's own printed losses, one run each; constant predictor: the variance of FARE, MSE 277.1):
the buggy run makes no progress after its first epoch (epoch losses 39.8, then 38.35 for 19 epochs; the
weights presumably jump around the optimum, RMSprop's steps being ~1.0 in size; final loss 38.35, RMSE
6.19, weight 3.21 and bias 4.40 against the data's ~2.25 and ~3.6) - better than the constant predictor, but
14 times the fixed twin's loss; the fixed twin converges in about 5 epochs, as the Colab says (585, 282, 90,
10.3, 3.0, then 2.72 to the end; final loss 2.72, RMSE 1.65, weight 2.25, bias 3.61). Each run takes ~27-30 s
here (634 updates an epoch). The fixed twin is the same program as that of ghmlcctaxi_linreg_rmsprop_lr_1e4
(Experiment 1's setting).
"""
import sys
import dataclasses

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("learning_rate = 1.0,", "learning_rate = 0.001,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class ml_edu:
    # port: minimal stand-in for the google-ml-edu package's ExperimentSettings
    class experiment:
        @dataclasses.dataclass
        class ExperimentSettings:
            learning_rate: float
            number_epochs: int
            batch_size: int
            input_features: list


def read_csv_chicago_taxi_train():
    # port: synthetic stand-in for chicago_taxi_train.csv (31,694 trips; only the columns used here)
    n = 31694
    miles = np.where(rng.random(n) < 0.55, rng.gamma(1.6, 2.0, n), rng.normal(15.0, 4.0, n))
    miles = np.where(rng.random(n) < 0.005, rng.uniform(30, 68.12, n), miles)
    miles = np.clip(miles, 0.1, 68.12).round(2)
    seconds = np.clip(miles * rng.normal(120, 25, n) + rng.normal(300, 120, n), 60, 7200).round()
    fare = 3.25 + 2.25 * miles + rng.normal(0, 1.5, n) + rng.exponential(1.0, n) * (rng.random(n) < 0.3)
    fare = np.clip(fare, 3.25, 159.25).round(2)
    return {"TRIP_MILES": miles, "TRIP_SECONDS": seconds, "FARE": fare}


training_df = read_csv_chicago_taxi_train()


#@title Code - Define ML functions

def create_model(
    settings: ml_edu.experiment.ExperimentSettings,
    metrics: list[keras.metrics.Metric],
) -> keras.Model:
  """Create and compile a simple linear regression model."""
  # Describe the topography of the model.
  # The topography of a simple linear regression model
  # is a single node in a single layer.
  inputs = {name: keras.Input(shape=(1,), name=name) for name in settings.input_features}
  concatenated_inputs = keras.layers.Concatenate()(list(inputs.values()))
  outputs = keras.layers.Dense(units=1)(concatenated_inputs)
  model = keras.Model(inputs=inputs, outputs=outputs)

  # Compile the model topography into code that Keras can efficiently
  # execute. Configure training to minimize the model's mean squared error.
  model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=settings.learning_rate),
                loss="mean_squared_error",
                metrics=metrics)

  return model


def train_model(
    experiment_name: str,
    model: keras.Model,
    dataset,
    label_name: str,
    settings: ml_edu.experiment.ExperimentSettings,
):
  """Train the model by feeding it data."""

  # Feed the model the feature and the label.
  # The model will train for the specified number of epochs.
  features = {name: dataset[name] for name in settings.input_features}
  label = dataset[label_name]
  history = model.fit(x=features,
                      y=label,
                      batch_size=settings.batch_size,
                      epochs=settings.number_epochs, callbacks=[NanWatch(log_dir)], verbose=0)

  return history


#@title Code - Experiment 2

# The following variables are the hyperparameters.
# TODO - Adjust these hyperparameters to see how they impact a training run.
settings_2 = ml_edu.experiment.ExperimentSettings(
    learning_rate = 1.0,
    number_epochs = 20,
    batch_size = 50,
    input_features = ['TRIP_MILES']
)

metrics = [keras.metrics.RootMeanSquaredError(name='rmse')]

model_2 = create_model(settings_2, metrics)

history = train_model('one_feature_hyper', model_2, training_df, 'FARE', settings_2)

print("losses per epoch:", [round(v, 2) for v in history.history["loss"]])
print("final loss:", history.history["loss"][-1], "rmse:", history.history["rmse"][-1],
      "weights:", [float(w.ravel()[0]) for w in model_2.get_weights()],
      "(constant predictor: MSE %.1f)" % float(np.var(training_df["FARE"])))
