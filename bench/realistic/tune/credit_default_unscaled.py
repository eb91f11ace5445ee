"""Loan default prediction: binary crossentropy loss is 20-40 and accuracy jumps around 0.6

Binary classifier on a credit table (income, loan amount, age, late payments, credit score).
The loss should be below 0.69 for a binary problem but it is 20, 40, 25, ... and accuracy
jumps between 0.5 and 0.65.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("features = np.column_stack([income, loan, age, late, score]).astype('float32')",
        "features = np.column_stack([income, loan, age, late, score]).astype('float32')\n"
        "features = (features - features.mean(0)) / features.std(0)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(21)

rng = np.random.default_rng(21)
n = 3000
income = rng.lognormal(11, 0.5, n)              # ~60k, 20k-200k
loan = rng.uniform(1000, 50000, n)
age = rng.integers(21, 70, n)
late = rng.poisson(1.0, n)
score = rng.normal(680, 60, n).clip(300, 850)
logit = 6 * (loan / income - 0.35) + 0.6 * late - (score - 680) / 40 - 1.2
default = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype('float32')

features = np.column_stack([income, loan, age, late, score]).astype('float32')

model = keras.Sequential([
    layers.Input((5,)),
    layers.Dense(32, activation='relu'),
    layers.Dense(16, activation='relu'),
    layers.Dense(1, activation='sigmoid'),
])
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
hist = model.fit(features, default, epochs=25, batch_size=64, validation_split=0.2,
                 callbacks=[NanWatch(log_dir)], verbose=2)
print("default rate:", default.mean())
print("final loss:", hist.history['loss'][-1], "accuracy:", hist.history['accuracy'][-1])
