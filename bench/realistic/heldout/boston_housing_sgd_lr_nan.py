# "Boston housing regression with SGD: the loss is nan after the first epoch. With the default
#  learning rate it was slow so I set it to 0.1."
# (stand-in for keras.datasets.boston_housing: 13 features, MEDV in $1000s; features standardised
#  as in the Keras book)
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("keras.optimizers.SGD(learning_rate=0.1)", "keras.optimizers.SGD(learning_rate=0.001)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(22)
rng = np.random.default_rng(22)

n = 404
crim = rng.lognormal(-1.0, 1.5, n)
zn = np.where(rng.uniform(size=n) < 0.7, 0, rng.uniform(10, 100, n))
indus = rng.uniform(0.5, 27, n)
chas = (rng.uniform(size=n) < 0.07).astype(float)
nox = rng.uniform(0.38, 0.87, n)
rm = rng.normal(6.3, 0.7, n)
age = rng.uniform(3, 100, n)
dis = rng.lognormal(1.2, 0.5, n)
rad = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 24], n)
tax = rng.uniform(190, 710, n)
ptratio = rng.uniform(12.6, 22, n)
b = rng.uniform(300, 397, n)
lstat = rng.uniform(1.7, 38, n)
medv = (22 + 6.5 * (rm - 6.3) - 0.45 * (lstat - 12.6) - 0.9 * (ptratio - 18.4) - 8 * (nox - 0.55)
        - 0.1 * np.log(crim) + 3 * chas + rng.normal(0, 2.5, n)).clip(5, 50)

train_data = np.column_stack([crim, zn, indus, chas, nox, rm, age, dis, rad, tax, ptratio, b, lstat])
mean = train_data.mean(axis=0)
std = train_data.std(axis=0)
train_data = ((train_data - mean) / std).astype("float32")
train_targets = medv.astype("float32")


class HousingModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.d1 = layers.Dense(64, activation="relu")
        self.d2 = layers.Dense(64, activation="relu")
        self.out = layers.Dense(1)

    def call(self, inputs):
        return self.out(self.d2(self.d1(inputs)))


model = HousingModel()
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse", metrics=["mae"])
history = model.fit(train_data, train_targets, epochs=60, batch_size=16,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", history.history["loss"][-1], "mae:", history.history["mae"][-1])
