"""Binary classification: loss is negative and accuracy is below 0.3

My dataset comes from an SVM example, so the labels are -1 and +1. Sigmoid output and
binary_crossentropy. The loss goes below zero and keeps falling (-5000), accuracy is 0.06-0.26.
"""
import sys
import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("y = np.where(labels > 0, 1, -1).astype('float32')", "y = np.where(labels > 0, 1, 0).astype('float32')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(19)

rng = np.random.default_rng(19)
n = 3000
X = rng.normal(size=(n, 10)).astype('float32')
labels = X[:, 0] + 0.8 * X[:, 1] - 0.6 * X[:, 2] ** 2 + 0.6 + 0.3 * rng.normal(size=n)
y = np.where(labels > 0, 1, -1).astype('float32')

model = keras.models.Sequential()
model.add(keras.layers.Dense(32, activation='relu', input_dim=10))
model.add(keras.layers.Dense(16, activation='relu'))
model.add(keras.layers.Dense(1, activation='sigmoid'))
model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
hist = model.fit(X, y, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", hist.history['loss'][-1], "accuracy:", hist.history['accuracy'][-1])
