"""Training a Deep Neural Network with Time Series Data, "Tune the learning rate": the learning-rate sweep shows
"which ones cause the training to become unstable (i.e. jagged edges and pointing upwards)" (DeepLearning.AI
TensorFlow Developer course, C4 W2 ungraded lab 3)

Source: https://github.com/https-deeplearning-ai/tensorflow-1-public/blob/main/C4/W2/ungraded_labs/C4_W2_Lab_3_deep_NN.ipynb
  (read in a fetched snapshot of https-deeplearning-ai/tensorflow-1-public, commit
  025abb3e6bd63c63b65d6133286e2d033c9c7da4; cells "Generate the Synthetic Data", "Prepare Features and Labels",
  "Tune the learning rate" and the retraining cells after it)
The program: the lab's own synthetic series (4 years of daily values: baseline 10 + trend 0.05/step + a yearly
seasonal pattern of amplitude 40 + Gaussian noise of level 5, seed 42), the first 1000 steps windowed into 20
inputs -> next value, batch 32, shuffle buffer 1000; the lab's model_tune: Dense(10, relu) -> Dense(10, relu) ->
Dense(1), loss "mse", SGD(momentum=0.9), trained 100 epochs with the lab's
LearningRateScheduler(lambda epoch: 1e-8 * 10**(epoch / 20)), which raises the learning rate from 1e-8 to 8.9e-4.
The lab plots loss against learning rate and says: "The generated graph above shows the values of the range of
learning rates that leads to lower losses (i.e. sloping downward) and also which ones cause the training to become
unstable (i.e. jagged edges and pointing upwards). In general, you will want to pick a point in a downward slope."
Fix from the source: "You will then set the optimizer with a learning rate close to the minimum. It is set to
`4e-6`" - the lab rebuilds the same model and trains it 100 epochs with SGD(learning_rate=4e-6, momentum=0.9) and no
scheduler ("you will also likely have a lower loss after all 100 epochs are done"). The fixed twin does that.
Labels: learning_rate_too_high: the run is the lab's deliberate sweep; its last epochs run at learning rates the lab
calls unstable, and the fix is a fixed, smaller learning rate.
Port to Keras 3: `tf.keras.` -> `keras.` for the model, optimizer, scheduler (`tensorflow` is still imported for the
lab's tf.data windowing); the lab's plot_series/plotting cells, its first "model_baseline" run (SGD 1e-6, the
lab's reference before tuning) and the forecasting cells dropped; NanWatch added next to the scheduler in the
callbacks list; verbose=0 and the losses printed; keras.utils.set_random_seed(0); the docstrings and comments of the lab's helper functions trimmed. The data are the lab's own
synthetic series (nothing substituted).
Verification (Keras's own losses, one run each; constant predictor: the variance of the training labels
x_train[20:], MSE 444.9): the buggy sweep learns while the rate is small and then blows up as the lab shows: losses
every 10th epoch 3480, 251, 184, 129, 75.6, 56.0, 45.8, 45.8 (minimum 45.5 at epoch 62, learning rate ~1.3e-5),
then 1626 at epoch 80 (lr 1e-4) and 411 at epoch 90; the last three losses 433.5, 432.0, 425.5 - back at the
constant-predictor level. The fixed twin (SGD(learning_rate=4e-6, momentum=0.9), no scheduler) falls steadily:
628, 50.5, 48.2, 46.8, 45.8, 45.0, 44.3, 43.7, 43.1, 42.6 every 10th epoch, final loss 42.2. ~25 s per run here.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("optimizer = keras.optimizers.SGD(momentum=0.9)",
        "optimizer = keras.optimizers.SGD(learning_rate=4e-6, momentum=0.9)"),
       ("callbacks=[lr_schedule, NanWatch(log_dir)]", "callbacks=[NanWatch(log_dir)]")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def trend(time, slope=0):
    series = slope * time
    return series

def seasonal_pattern(season_time):
    data_pattern = np.where(season_time < 0.4,
                    np.cos(season_time * 2 * np.pi),
                    1 / np.exp(3 * season_time))
    return data_pattern

def seasonality(time, period, amplitude=1, phase=0):
    season_time = ((time + phase) % period) / period
    data_pattern = amplitude * seasonal_pattern(season_time)
    return data_pattern

def noise(time, noise_level=1, seed=None):
    rnd = np.random.RandomState(seed)
    noise = rnd.randn(len(time)) * noise_level
    return noise

# Parameters
time = np.arange(4 * 365 + 1, dtype="float32")
baseline = 10
amplitude = 40
slope = 0.05
noise_level = 5

# Create the series
series = baseline + trend(time, slope) + seasonality(time, period=365, amplitude=amplitude)

# Update with noise
series += noise(time, noise_level, seed=42)

# Define the split time
split_time = 1000

# Get the train set
time_train = time[:split_time]
x_train = series[:split_time]

# Get the validation set
time_valid = time[split_time:]
x_valid = series[split_time:]

# Parameters
window_size = 20
batch_size = 32
shuffle_buffer_size = 1000

def windowed_dataset(series, window_size, batch_size, shuffle_buffer):
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
    dataset = dataset.map(lambda window: (window[:-1], window[-1]))
    dataset = dataset.shuffle(shuffle_buffer)
    dataset = dataset.batch(batch_size)
    dataset = dataset.cache().prefetch(1)
    return dataset

# Generate the dataset windows
dataset = windowed_dataset(x_train, window_size, batch_size, shuffle_buffer_size)

# Build the Model
model_tune = keras.models.Sequential([
    keras.Input(shape=(window_size,)),
    keras.layers.Dense(10, activation="relu"),
    keras.layers.Dense(10, activation="relu"),
    keras.layers.Dense(1)
])

# Set the learning rate scheduler
lr_schedule = keras.callbacks.LearningRateScheduler(
    lambda epoch: 1e-8 * 10**(epoch / 20))

# Initialize the optimizer
optimizer = keras.optimizers.SGD(momentum=0.9)

# Set the training parameters
model_tune.compile(loss="mse", optimizer=optimizer)

# Train the model
history = model_tune.fit(dataset, epochs=100, callbacks=[lr_schedule, NanWatch(log_dir)], verbose=0)

loss = history.history["loss"]
print("losses every 10th epoch:", [round(v, 2) for v in loss[::10]])
print("min loss %.2f at epoch %d; last losses:" % (float(np.nanmin(loss)), int(np.nanargmin(loss))), loss[-3:],
      "(constant predictor: MSE %.1f)" % float(np.var(x_train[window_size:])))
