"""Digit classifier with mse loss: loss stuck around 27, accuracy 10%

I used mean squared error because it is what I know from regression. Labels are the digit
(0-9). The loss barely moves from ~27 and accuracy stays near chance.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("loss='mean_squared_error'", "loss='sparse_categorical_crossentropy'")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(23)

rng = np.random.default_rng(23)
n = 4000
labels = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
centers = strokes[labels] + rng.normal(0, 1.5, (n, 3, 2))
x_train = np.zeros((n, 28, 28))
for k in range(3):
    x_train += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
x_train = np.clip(255 * x_train / x_train.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, x_train.shape), 0, 255)
x_train = x_train.astype(np.uint8) / 255.0
y_train = labels.reshape(-1, 1)   # one label column, like df[['label']].values

model = tf.keras.models.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28)),
    tf.keras.layers.Dense(128, activation='relu'),
    tf.keras.layers.Dropout(0.2),
    tf.keras.layers.Dense(10, activation='softmax')
])
model.compile(optimizer='adam', loss='mean_squared_error', metrics=['accuracy'])
history = model.fit(x_train, y_train, epochs=6, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
