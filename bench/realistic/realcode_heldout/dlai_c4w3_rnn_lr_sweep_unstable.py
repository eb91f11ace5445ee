"""Using a Simple RNN for forecasting, "Tune the Learning Rate": the sweep's plot shows "where the graph becomes
unstable" (DeepLearning.AI TensorFlow Developer course, C4 W3 ungraded lab 1)

Source: https://github.com/https-deeplearning-ai/tensorflow-1-public/blob/main/C4/W3/ungraded_labs/C4_W3_Lab_1_RNN.ipynb
  (read in a fetched snapshot of https-deeplearning-ai/tensorflow-1-public, commit
  025abb3e6bd63c63b65d6133286e2d033c9c7da4; cells "Generate the Synthetic Data", "Prepare Features and Labels"
  (windowed_dataset with tf.expand_dims), "Build the Model", "Tune the Learning Rate" and "Train the Model")
The program: the lab's own synthetic series (baseline 10 + trend 0.05/step + yearly seasonality of amplitude 40 +
noise level 5, seed 42), the first 1000 steps windowed into 20 time steps x 1 feature -> next value, batch 32;
the lab's model_tune: SimpleRNN(40, return_sequences=True) -> SimpleRNN(40) -> Dense(1) -> Lambda(x * 100.0)
("scale the output by 100"), loss Huber(), SGD(momentum=0.9), trained 100 epochs with
LearningRateScheduler(lambda epoch: 1e-8 * 10**(epoch / 20)) (learning rate 1e-8 up to 8.9e-4). The lab plots loss
against learning rate: "You can visualize the results and pick an optimal learning rate ... The cell below chooses a
narrower range so you can see more clearly where the graph becomes unstable."
Fix from the source: "You can then declare the model again and train with the learning rate you picked. It is set
to `1e-6` by default": the same model, SGD(learning_rate=1e-6, momentum=0.9), Huber loss, 100 epochs, no
scheduler. The fixed twin does that (the lab's retraining also adds metrics=["mae"]; left out, it does not change
training).
Labels: learning_rate_too_high: the run is the lab's deliberate sweep; its last epochs run at learning rates the lab
calls unstable, and the fix is a fixed, smaller learning rate. (Same course as
dlai_c4w2_dnn_lr_sweep_unstable: here a stacked SimpleRNN with an output Lambda scaling and the Huber loss.)
Port to Keras 3: `tf.keras.` -> `keras.` for the model, layers, loss, optimizer and scheduler (`tensorflow` is still
imported for the lab's tf.data windowing); the plotting and forecasting cells and the model summary dropped;
NanWatch added next to the scheduler in the callbacks list; verbose=0 and the losses printed;
keras.utils.set_random_seed(0); the docstrings and comments of the lab's helper functions trimmed. The data are the lab's own synthetic series (nothing substituted).
Verification (Keras's own losses, one run each; constant predictor: the mean Huber loss of the median of the
training labels x_train[20:], 16.36): the buggy sweep learns while the rate is small and then turns unstable as the
lab shows: losses every 10th epoch 45.4, 25.9, 16.2, 15.3, 7.51, 6.84, 7.40, 9.04, 14.8, 24.2 (minimum 5.92 at
epoch 57, learning rate ~7e-6), the last three 17.0, 39.0, 164.3 - ten times the constant-predictor level and
rising. The fixed twin (SGD(learning_rate=1e-6, momentum=0.9), no scheduler) falls steadily: 29.4, 6.86, 6.12,
5.79, 5.54, 5.38, 5.26, 5.16, 5.05, 4.97 every 10th epoch, final loss 4.91. ~40-50 s per run here.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("optimizer = keras.optimizers.SGD(momentum=0.9)",
        "optimizer = keras.optimizers.SGD(learning_rate=1e-6, momentum=0.9)"),
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
    series = tf.expand_dims(series, axis=-1)
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
    keras.Input(shape=(window_size, 1)),
    keras.layers.SimpleRNN(40, return_sequences=True),
    keras.layers.SimpleRNN(40),
    keras.layers.Dense(1),
    keras.layers.Lambda(lambda x: x * 100.0)
])

# Set the learning rate scheduler
lr_schedule = keras.callbacks.LearningRateScheduler(
    lambda epoch: 1e-8 * 10**(epoch / 20))

# Initialize the optimizer
optimizer = keras.optimizers.SGD(momentum=0.9)

# Set the training parameters
model_tune.compile(loss=keras.losses.Huber(), optimizer=optimizer)

# Train the model
history = model_tune.fit(dataset, epochs=100, callbacks=[lr_schedule, NanWatch(log_dir)], verbose=0)

loss = history.history["loss"]
r = x_train[window_size:] - np.median(x_train[window_size:])
print("losses every 10th epoch:", [round(v, 2) for v in loss[::10]])
print("min loss %.2f at epoch %d; last losses:" % (float(np.nanmin(loss)), int(np.nanargmin(loss))), loss[-3:],
      "(constant predictor: Huber %.2f)" % float(np.mean(np.where(np.abs(r) <= 1, 0.5 * r ** 2, np.abs(r) - 0.5))))
