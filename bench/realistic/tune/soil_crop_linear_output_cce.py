"""Multi-class model: loss goes UP every epoch and accuracy is below chance

Recommending one of 5 crops from soil measurements (N, P, K, pH, rainfall, ...), labels one-hot
encoded, categorical_crossentropy. The loss starts at 5.4 and climbs to 6.7, accuracy 0.14-0.2.
"""
import sys
import numpy as np
import keras
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("Dense(n_classes)", "Dense(n_classes, activation='softmax')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(97)

rng = np.random.default_rng(97)
n, n_classes = 3000, 5
crop = rng.integers(0, n_classes, n)
centers = rng.normal(size=(n_classes, 8))
soil = centers[crop] + rng.normal(0, 0.9, (n, 8))        # N, P, K, pH, temp, humidity, rainfall, organic
soil = (soil - soil.mean(0)) / soil.std(0)
labels = keras.utils.to_categorical(crop, n_classes)

model = keras.Sequential()
model.add(keras.Input(shape=(8,)))
model.add(Dense(32, activation='relu'))
model.add(Dense(n_classes))
model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
history = model.fit(soil, labels, epochs=12, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
