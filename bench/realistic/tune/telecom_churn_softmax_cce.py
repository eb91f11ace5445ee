"""Loss is 0.0000 from the first epoch but accuracy is only 0.31?

Customer churn prediction on a table of 12 numeric columns. Loss prints 0.0000e+00 on every
epoch and accuracy never changes.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit", "loss_target_mismatch")
FIX = [("layers.Dense(1, activation='softmax')", "layers.Dense(1, activation='sigmoid')"),
       ("loss='categorical_crossentropy'", "loss='binary_crossentropy'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(13)

rng = np.random.default_rng(13)
n = 4000
X = rng.normal(size=(n, 12)).astype('float32')      # already standardised columns
tenure, monthly, support_calls = X[:, 0], X[:, 1], X[:, 2]
logit = -1.3 - 1.5 * tenure + 0.8 * monthly + 1.0 * support_calls + 0.5 * X[:, 3] * X[:, 4]
churn = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype('float32').reshape(-1, 1)

model = keras.Sequential([
    layers.Input(shape=(12,)),
    layers.Dense(64, activation='relu'),
    layers.Dropout(0.2),
    layers.Dense(32, activation='relu'),
    layers.Dense(1, activation='softmax'),
])
model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
history = model.fit(X, churn, epochs=20, batch_size=64, callbacks=[NanWatch(log_dir)], verbose=2)
print("churn rate:", churn.mean())
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
