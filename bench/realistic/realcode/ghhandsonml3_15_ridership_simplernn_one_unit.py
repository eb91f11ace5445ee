"""Using a Simple RNN: a single recurrent neuron (SimpleRNN(1), tanh output) forecasting Chicago rail ridership;
its validation MAE (102,787) is far worse than the linear model's (37,866); the fix is 32 recurrent units and a
Dense(1) output with "no activation function" (Hands-On Machine Learning, 3rd edition, chapter 15 notebook)

Source: https://github.com/ageron/handson-ml3/blob/main/15_processing_sequences_using_rnns_and_cnns.ipynb
  (read in a fetched snapshot of ageron/handson-ml3, commit e3f3f9e66d58cfa1d068a498433063a1d3fba9ef; cells under
  "Basic RNNs" and "Using a Simple RNN")
The program: the notebook's daily CTA rail ridership (2016-01 to 2018-12 for training, 2019-01 to 2019-05 for
validation, divided by 1e6), windows of seq_length = 56 days made by tf.keras.utils.timeseries_dataset_from_array
(batch_size=32, training windows shuffled with seed 42), predicting the next day; the model
`tf.keras.Sequential([tf.keras.layers.SimpleRNN(1, input_shape=[None, 1])])` trained by the notebook's
fit_and_evaluate: Huber loss, SGD(learning_rate=0.02, momentum=0.9), metric mae, EarlyStopping(monitor="val_mae",
patience=50, restore_best_weights=True), then the validation MAE in riders. The notebook's own output for this
cell is a validation MAE of 102,786.95 riders, against 37,866 for the single Dense(1) linear model of the cell
before and 29,015 for the next cell's model. The next cell is the fix:
`univar_model = tf.keras.Sequential([tf.keras.layers.SimpleRNN(32, input_shape=[None, 1]),
tf.keras.layers.Dense(1)  # no activation function by default])` fitted with learning_rate=0.05. The notebook has
no prose between the two cells (the explanation is in the book's text, which the stored copy does not hold): the
fix cell widens the recurrent layer from 1 to 32 units and moves the output to a Dense layer without activation,
the comment pointing at the SimpleRNN's default tanh output (its only unit is the prediction, squashed into
(-1, 1), with a single state to carry 56 days of history).
Fix from the source: the univar_model cell (SimpleRNN(32) -> Dense(1), learning_rate=0.05); the fixed twin makes
those two replacements.
Labels: model too small (one recurrent unit is the whole model and its memory); output activation range (the
prediction is the tanh unit itself: the targets sit near its saturated end, up to ~0.85).
Port to Keras 3: the notebook already uses tf.keras (TF 2.8+); the model, fit_and_evaluate and the tf.random.set_seed
calls kept as written, apart from fit's `callbacks=[early_stopping_cb]` -> `[early_stopping_cb, NanWatch(log_dir)]`
and verbose=0; the ridership download (tf.keras.utils.get_file of ageron/data's ridership.tgz) and
pd.read_csv replaced, as pandas is not installed here, by synthetic daily rail boardings in numpy arrays for
2016-01-01 to 2019-05-31 with the real series' shape: weekdays ~760,000 riders, Saturdays ~470,000, Sundays and
holidays ~360,000, a mild yearly cycle, a slow decline and noise (the notebook's own printout: a Saturday in May
2019 at 426,932, the next at 379,044); the pandas date slices (`df["rail"]["2016-01":"2018-12"]`) become boolean
masks on the dates; the test split, the plots and the earlier ARIMA and linear-model cells dropped; epochs 500 ->
30 in fit_and_evaluate's default to keep the run near a minute (~1.5 s an epoch on this shared machine; in the
notebook's printout the buggy model stalls from epoch 2, and a 100-epoch run here ended at a validation MAE of
109,873 riders, against 0.125 (125,500 riders) at epoch 4); the losses per epoch printed;
keras.utils.set_random_seed(0).
Verification (Keras's own printed values, one run each, 30 epochs; constant predictor: Huber loss 0.0129 on the
training targets (half their variance), validation MAE 127,485 riders; the naive 7-day forecast: MAE 25,128): the
buggy run stalls just under the constant predictor: losses 0.2262, 0.0524, 0.0211, 0.01294, 0.01267 ... 0.01135
(final), val_mae 0.326, 0.238, 0.127, then 0.119-0.125 for the rest; validation MAE 118,772 riders (the notebook:
102,787); no NaN/Inf. The fixed twin (SimpleRNN(32) -> Dense(1), lr 0.05) learns: losses 0.01438, 0.00416,
0.00376, 0.0023 ... 0.00166 (final), validation MAE 22,948 riders (the notebook: 29,015). ~60 s per run here
(the machine is shared; ~1.5-2 s an epoch). The synthetic series peaks at ~0.83 (million riders), inside tanh's
range, so the tanh cap itself is not what stops the buggy model here: its one unit must also carry the memory.
"""
import sys

import numpy as np
import keras
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small", "output_activation_range")
FIX = [("    tf.keras.layers.SimpleRNN(1, input_shape=[None, 1])\n",
        "    tf.keras.layers.SimpleRNN(32, input_shape=[None, 1]),\n"
        "    tf.keras.layers.Dense(1)  # no activation function by default\n"),
       ("fit_and_evaluate(model, train_ds, valid_ds, learning_rate=0.02)",
        "fit_and_evaluate(model, train_ds, valid_ds, learning_rate=0.05)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def read_ridership():
    # port: synthetic stand-in for CTA_-_Ridership_-_Daily_Boarding_Totals.csv (rail column, 2016-01 .. 2019-05)
    rng = np.random.default_rng(0)
    dates = np.arange(np.datetime64("2016-01-01"), np.datetime64("2019-06-01"))
    weekday = (dates.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    doy = (dates - dates.astype("datetime64[Y]")).astype(int)
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    md = np.char.add(np.char.mod("%02d", (dates.astype("datetime64[M]").astype(int) % 12) + 1),
                     np.char.mod("%02d", (dates - dates.astype("datetime64[M]")).astype(int) + 1))
    holiday = np.isin(md, ["0101", "0704", "1225", "1124", "0530", "0905"])
    level = np.where(weekday < 5, 760_000, np.where(weekday == 5, 470_000, 360_000))
    level = np.where(holiday, 340_000, level)
    season = 1 + 0.05 * np.sin(2 * np.pi * (doy - 100) / 365.25)
    trend = 1 - 0.02 * (years - 2016 + doy / 365.25)
    rail = level * season * trend * (1 + rng.normal(0, 0.03, len(dates)))
    return dates, np.round(rail)


dates, rail = read_ridership()


def period(start, end):
    # port: pandas' inclusive month slice df["rail"][start:end]
    return (dates >= np.datetime64(start, "M")) & (dates < np.datetime64(end, "M") + np.timedelta64(1, "M"))


rail_train = rail[period("2016-01", "2018-12")] / 1e6
rail_valid = rail[period("2019-01", "2019-05")] / 1e6

seq_length = 56
tf.random.set_seed(42)  # extra code – ensures reproducibility
train_ds = tf.keras.utils.timeseries_dataset_from_array(
    rail_train,
    targets=rail_train[seq_length:],
    sequence_length=seq_length,
    batch_size=32,
    shuffle=True,
    seed=42
)
valid_ds = tf.keras.utils.timeseries_dataset_from_array(
    rail_valid,
    targets=rail_valid[seq_length:],
    sequence_length=seq_length,
    batch_size=32
)

tf.random.set_seed(42)  # extra code – ensures reproducibility
model = tf.keras.Sequential([
    tf.keras.layers.SimpleRNN(1, input_shape=[None, 1])
])

# extra code – defines a utility function we'll reuse several time

def fit_and_evaluate(model, train_set, valid_set, learning_rate, epochs=30):
    early_stopping_cb = tf.keras.callbacks.EarlyStopping(
        monitor="val_mae", patience=50, restore_best_weights=True)
    opt = tf.keras.optimizers.SGD(learning_rate=learning_rate, momentum=0.9)
    model.compile(loss=tf.keras.losses.Huber(), optimizer=opt, metrics=["mae"])
    history = model.fit(train_set, validation_data=valid_set, epochs=epochs,
                        callbacks=[early_stopping_cb, NanWatch(log_dir)], verbose=0)
    print("losses:", [round(v, 5) for v in history.history["loss"]])
    print("val_mae:", [round(v, 4) for v in history.history["val_mae"]])
    valid_loss, valid_mae = model.evaluate(valid_set, verbose=0)
    return valid_mae * 1e6

print("valid MAE (riders):", fit_and_evaluate(model, train_ds, valid_ds, learning_rate=0.02),
      "(constant predictor, the training mean: MAE %.0f; naive 7-day forecast: MAE %.0f)"
      % (np.abs(rail_valid[seq_length:] - rail_train.mean()).mean() * 1e6,
         np.abs(rail_valid[seq_length:] - rail_valid[seq_length - 7:-7]).mean() * 1e6))
