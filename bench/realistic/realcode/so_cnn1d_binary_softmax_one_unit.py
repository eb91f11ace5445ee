"""Why does CNN binary Keras always predict 1? (Stack Overflow)

Source: Stack Overflow question "Why does binary CNN Keras always predict 1?"
  (read at https://geek-questions.imtqy.com/articles/1270335/index.html)
Fix from the answer: "It always predicts one due to output on your network. You have a dense layer with one
neuron with Softmax activation. Softmax is normalized ..." (one unit: use a sigmoid for binary_crossentropy).
Port to Keras 3: Convolution1D(nb_filter=, filter_length=, border_mode=) -> Conv1D(filters=, kernel_size=,
padding=), nb_epoch -> epochs, monitor='val_acc' -> 'val_accuracy' (Keras 3 raises on the old
name); X_train/X_test (about 6000 windows of 10 x 4 standardised prices near -1.06, 0/1
labels) replaced by 2000/500 synthetic windows of that shape and scale (time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Conv1D, BatchNormalization, LeakyReLU, Dropout, Flatten, Dense, Activation
from keras.callbacks import ReduceLROnPlateau
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [("model.add(Activation('softmax'))", "model.add(Activation('sigmoid'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def windows(n):
    # port: 10 steps x 4 (open/high/low/close) standardised around -1.06; label: does the window end higher?
    drift = rng.normal(0, 0.003, (n, 1, 1))
    steps = np.cumsum(drift + rng.normal(0, 0.002, (n, 10, 1)), axis=1)
    x = -1.063 + steps + rng.normal(0, 0.0005, (n, 10, 4))
    return x, (drift[:, 0, 0] > 0).astype(int).reshape(-1, 1)


X_train, y_train = windows(2000)
X_test, y_test = windows(500)

model = Sequential()
model.add(Conv1D(input_shape = (10, 4), filters=16, kernel_size=4, padding='same'))
model.add(BatchNormalization())
model.add(LeakyReLU())
model.add(Dropout(0.2))

model.add(Conv1D(filters=8, kernel_size=4, padding='same'))
model.add(BatchNormalization())
model.add(LeakyReLU())
model.add(Dropout(0.2))

model.add(Flatten())

model.add(Dense(64))
model.add(BatchNormalization())
model.add(LeakyReLU())

model.add(Dense(1))
model.add(Activation('softmax'))

reduce_lr = ReduceLROnPlateau(monitor='val_accuracy', factor=0.9, patience=30, min_lr=0.000001, verbose=0)

model.compile(optimizer='adam',
              loss='binary_crossentropy',
              metrics=['accuracy'])

history = model.fit(X_train, y_train,
                    epochs = 100,
                    batch_size = 128,
                    verbose=0,
                    validation_data=(X_test, y_test),
                    callbacks=[reduce_lr, NanWatch(log_dir)],
                    shuffle=True)
y_pred = model.predict(X_test, verbose=0)
print("final loss:", history.history['loss'][-1], "predicted 1:", np.mean(y_pred > 0.5))
