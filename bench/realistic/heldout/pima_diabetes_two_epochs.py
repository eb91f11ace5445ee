# "Pima diabetes tutorial model only gets ~65% accuracy, the tutorial says 77%. Is Keras broken?"
# (the user shortened training to see results faster)
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Input

from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("epochs=2,", "epochs=50,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(2)
rng = np.random.default_rng(2)

# pregnancies, glucose, blood pressure, skin thickness, insulin, BMI, pedigree, age
n = 768
diabetic = rng.uniform(size=n) < 0.35
glucose = np.where(diabetic, rng.normal(141, 31, n), rng.normal(110, 26, n))
bmi = np.where(diabetic, rng.normal(35, 7, n), rng.normal(30, 7, n))
age = np.where(diabetic, rng.normal(37, 11, n), rng.normal(31, 11, n)).clip(21, 81)
pregnancies = rng.poisson(np.where(diabetic, 4.9, 3.3))
bp = rng.normal(70, 12, n)
skin = rng.normal(21, 15, n).clip(0, 99)
insulin = rng.lognormal(4.2, 1.0, n) * np.where(diabetic, 1.3, 1.0)
pedigree = rng.lognormal(-0.9, 0.6, n) * np.where(diabetic, 1.2, 1.0)
dataset = np.column_stack([pregnancies, glucose, bp, skin, insulin, bmi, pedigree, age, diabetic])

X = dataset[:, 0:8]
y = dataset[:, 8]
X = (X - X.mean(axis=0)) / X.std(axis=0)

model = Sequential()
model.add(Input(shape=(8,)))
model.add(Dense(12, activation='relu'))
model.add(Dense(8, activation='relu'))
model.add(Dense(1, activation='sigmoid'))
model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
history = model.fit(X, y, epochs=2, batch_size=10, callbacks=[NanWatch(log_dir)], verbose=0)
_, accuracy = model.evaluate(X, y, verbose=0)
print('final loss: %.4f  accuracy: %.2f%%' % (history.history['loss'][-1], accuracy * 100))
