"""LSTM only yielding outputs between 0-1 (TensorFlow Forum)

Source: https://discuss.tensorflow.org/t/lstm-only-yielding-outputs-between-0-1/3471
Fix from the answer: "I think it's probably due to the fact that you use the softmax activation function in your
output layer. This functions always returns a number between 0 and 1" - the targets are audio samples in about
(-27, 27): a regression, so a linear output with a regression loss (mean squared error), not softmax with
categorical cross-entropy.
Port to Keras 3: the guitar recordings (raw and effected samples, 2 channels, windows of seq_length=100)
replaced by a synthetic signal of that shape and scale (an echo/reverb of a sum of sines, values within
+-27), 60 windows instead of the recording's length (time); the ModelCheckpoint that saved .hdf5 files is
dropped (Keras 3 writes .keras/.weights.h5 only); NanWatch added to the callbacks; seeds.
"""
import sys

import numpy
import keras
from keras.models import Sequential
from keras.layers import LSTM, Dense, Dropout
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range", "loss_target_mismatch")
FIX = [("model.add(Dense(2, activation='softmax'))", "model.add(Dense(2))"),
       ("model.compile(loss='categorical_crossentropy', optimizer='adam')", "model.compile(loss='mean_squared_error', optimizer='adam')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = numpy.random.default_rng(0)

# port: raw and effected stereo samples read from the recordings
seq_length = 100
n = 60 + seq_length
t = numpy.arange(n)
raw = numpy.stack([12 * numpy.sin(0.07 * t) + 8 * numpy.sin(0.31 * t + 1), 10 * numpy.sin(0.05 * t + 2) + 9 * numpy.sin(0.23 * t)], axis=1)
raw = raw + rng.normal(0, 1.0, raw.shape)
effected = raw + 0.6 * numpy.roll(raw, 7, axis=0) - 0.3 * numpy.roll(raw, 19, axis=0)
effected = numpy.clip(effected, -27, 27)
data_x = numpy.stack([raw[i:i + seq_length] for i in range(len(raw) - seq_length)])
data_y = effected[seq_length:]

x = numpy.reshape(data_x, (int(len(raw) - seq_length), seq_length, 2))
y = numpy.reshape(data_y, (int(len(raw) - seq_length), 2))

# LSTM model
model = Sequential()
model.add(LSTM(256, input_shape=(x.shape[1], x.shape[2]), return_sequences=True))
model.add(Dropout(0.4))
model.add(LSTM(256))
model.add(Dropout(0.4))
model.add(Dense(2, activation='softmax'))

model.compile(loss='categorical_crossentropy', optimizer='adam')

callbacks_list = [NanWatch(log_dir)]
history = model.fit(x, y, epochs=30, batch_size=20, callbacks=callbacks_list, verbose=0)
print("final loss:", history.history['loss'][-1], "var(y):", y.var())
