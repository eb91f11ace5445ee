# "Loan default prediction: loss hardly moves in 30 epochs and the AUC is worse than a coin flip."
import sys

import numpy as np
import tensorflow as tf
from tensorflow import keras

from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("keras.optimizers.Adam(learning_rate=1e-6)", "keras.optimizers.Adam(learning_rate=1e-3)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(9)
rng = np.random.default_rng(9)

n = 4000
income = rng.lognormal(10.8, 0.5, n)
loan_amount = rng.lognormal(9.5, 0.7, n)
credit_score = rng.normal(680, 60, n).clip(300, 850)
dti = rng.uniform(0, 0.6, n)
years_employed = rng.integers(0, 30, n)
num_open_accounts = rng.poisson(6, n)
logit = (2.0 * np.log(loan_amount / income) - 0.02 * (credit_score - 680) + 4.0 * dti
         - 0.05 * years_employed + 2.5)
default = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype("float32")

num = np.column_stack([np.log(income), np.log(loan_amount), credit_score, dti,
                       years_employed, num_open_accounts])
num = (num - num.mean(axis=0)) / num.std(axis=0)
X = num.astype("float32")

inp = keras.Input(shape=(X.shape[1],), name="applicant")
h = keras.layers.Dense(64, activation="relu")(inp)
h = keras.layers.BatchNormalization()(h)
h = keras.layers.Dense(32, activation="relu")(h)
out = keras.layers.Dense(1, activation="sigmoid", name="default")(h)
model = keras.Model(inp, out)

model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-6),
              loss="binary_crossentropy", metrics=["accuracy", keras.metrics.AUC(name="auc")])
history = model.fit(X, default, epochs=30, batch_size=256, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("default rate:", float(default.mean()))
print("final loss:", history.history["loss"][-1], "val_auc:", history.history["val_auc"][-1])
