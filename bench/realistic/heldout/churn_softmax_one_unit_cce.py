# "Binary churn classifier: loss is 0.0000 from the first epoch but accuracy is stuck at 0.27?!"
import sys

import numpy as np
import tensorflow as tf

from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit", "loss_target_mismatch")
FIX = [("tf.keras.layers.Dense(1, activation='softmax')", "tf.keras.layers.Dense(1, activation='sigmoid')"),
       ("loss='categorical_crossentropy'", "loss='binary_crossentropy'")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(8)
rng = np.random.default_rng(8)

n = 5000
tenure = rng.integers(0, 72, n)                        # months
monthly_charges = rng.uniform(18, 120, n)
contract = rng.integers(0, 3, n)                       # month-to-month, one year, two year
senior = rng.integers(0, 2, n)
support_calls = rng.poisson(1.5, n)
logit = (-0.05 * tenure + 0.02 * monthly_charges - 1.2 * contract + 0.4 * senior
         + 0.5 * support_calls - 0.5)
churn = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype('float32')

X = np.column_stack([tenure, monthly_charges, contract, senior, support_calls]).astype('float32')
X = (X - X.mean(axis=0)) / X.std(axis=0)
y = churn.reshape(-1, 1)

model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(5,)),
    tf.keras.layers.Dense(32, activation='relu'),
    tf.keras.layers.Dense(16, activation='relu'),
    tf.keras.layers.Dense(1, activation='softmax'),
])
model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=15, batch_size=64, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("churn rate:", float(y.mean()))
print("final loss:", history.history['loss'][-1], "val_accuracy:", history.history['val_accuracy'][-1])
