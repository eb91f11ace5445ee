# "Forest cover type (7 classes): loss is nan from the first epoch. No NaNs in my data, I checked!"
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("model.add(layers.Dense(7, activation='relu'))", "model.add(layers.Dense(7, activation='softmax'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(17)
rng = np.random.default_rng(17)

n = 7000
cover_type = rng.integers(0, 7, n)
# elevation (m), aspect (deg), slope (deg), horizontal/vertical distance to hydrology (m),
# distance to roadways (m), hillshade 9am/noon/3pm (0-255), distance to fire points (m)
centers = np.stack([
    rng.uniform(2000, 3500, 7), rng.uniform(0, 360, 7), rng.uniform(5, 30, 7),
    rng.uniform(50, 500, 7), rng.uniform(0, 100, 7), rng.uniform(500, 4000, 7),
    rng.uniform(150, 250, 7), rng.uniform(180, 250, 7), rng.uniform(80, 180, 7),
    rng.uniform(500, 4000, 7)], axis=1)
spread = np.array([150, 80, 6, 120, 40, 900, 20, 15, 30, 900])
X = rng.normal(centers[cover_type], spread)
X = (X - X.mean(axis=0)) / X.std(axis=0)
X = X.astype('float32')
y = keras.utils.to_categorical(cover_type, 7)

model = keras.Sequential()
model.add(keras.Input(shape=(10,)))
model.add(layers.Dense(128, activation='relu'))
model.add(layers.Dense(64, activation='relu'))
model.add(layers.Dense(7, activation='relu'))
model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=15, batch_size=64, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", history.history['loss'][-1], "val_accuracy:", history.history['val_accuracy'][-1])
