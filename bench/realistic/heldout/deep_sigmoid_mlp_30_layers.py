# "I made my network deeper (30 hidden layers) to get better accuracy, but now it is stuck at
#  ~50% accuracy and the loss doesn't change. With 2 layers it was 90%."
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Input

from tb_nanwatch import NanWatch

FAULTS = ("model_too_deep", "vanishing_gradients")
FIX = [("N_HIDDEN = 30", "N_HIDDEN = 2")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(16)
rng = np.random.default_rng(16)

# sklearn.datasets.make_classification-like: 20 features, 8 informative
n = 4000
y = rng.integers(0, 2, n)
informative = rng.normal(0, 1, (n, 8)) + np.where(y[:, None] == 1, 1.0, -1.0) * rng.uniform(0.3, 0.8, 8)
redundant = informative @ rng.normal(0, 1, (8, 4))
noise = rng.normal(0, 1, (n, 8))
X = np.hstack([informative, redundant, noise])
X = ((X - X.mean(axis=0)) / X.std(axis=0)).astype('float32')

N_HIDDEN = 30
model = Sequential()
model.add(Input(shape=(20,)))
for i in range(N_HIDDEN):
    model.add(Dense(64, activation='sigmoid'))
model.add(Dense(1, activation='sigmoid'))
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=15, batch_size=64, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", history.history['loss'][-1], "val_accuracy:", history.history['val_accuracy'][-1])
