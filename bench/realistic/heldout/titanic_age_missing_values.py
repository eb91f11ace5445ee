# "Titanic survival model: loss is nan from the very first batch, and the accuracy never changes."
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("input_nonfinite",)
FIX = [("# age = np.where(np.isnan(age), np.nanmedian(age), age)",
        "age = np.where(np.isnan(age), np.nanmedian(age), age)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(6)
rng = np.random.default_rng(6)

# stand-in for pd.read_csv('train.csv'): 891 passengers, Age missing for ~20% of them
n = 891
pclass = rng.choice([1, 2, 3], n, p=[0.24, 0.21, 0.55])
sex = rng.integers(0, 2, n)                                   # 1 = female
age = rng.normal(30, 14, n).clip(0.4, 80)
sibsp = rng.poisson(0.5, n)
parch = rng.poisson(0.4, n)
fare = np.where(pclass == 1, rng.lognormal(4.1, 0.6, n),
                np.where(pclass == 2, rng.lognormal(3.0, 0.4, n), rng.lognormal(2.3, 0.4, n)))
embarked = rng.choice([0, 1, 2], n, p=[0.72, 0.19, 0.09])
logit = 2.5 * sex - 0.9 * (pclass - 2) - 0.03 * (age - 30) - 0.3 * sibsp - 0.6
survived = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype('float32')
age[rng.uniform(size=n) < 0.2] = np.nan                       # df['Age'].isnull().sum() == 177

# age = np.where(np.isnan(age), np.nanmedian(age), age)
X = np.column_stack([pclass, sex, age, sibsp, parch, fare, embarked]).astype('float32')
X = (X - X.mean(axis=0)) / X.std(axis=0)
y = survived

model = keras.Sequential([
    keras.Input(shape=(7,)),
    layers.Dense(32, activation='relu'),
    layers.Dropout(0.2),
    layers.Dense(16, activation='relu'),
    layers.Dense(1, activation='sigmoid'),
])
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=30, batch_size=32, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", history.history['loss'][-1], "val_accuracy:", history.history['val_accuracy'][-1])
