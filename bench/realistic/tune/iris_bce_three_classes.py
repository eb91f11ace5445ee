"""Iris classification: loss goes negative and keeps decreasing, accuracy 0.67

Three classes of flowers (labels 0, 1, 2), four measurements. I use one sigmoid output with
binary_crossentropy. The loss becomes negative (-5, -400, -8000, ...) and accuracy is stuck at 0.67.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("layers.Dense(1, activation='sigmoid')", "layers.Dense(3, activation='softmax')"),
       ("loss='binary_crossentropy'", "loss='sparse_categorical_crossentropy'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(2)

# iris-like table: sepal length/width, petal length/width in cm
rng = np.random.default_rng(2)
means = np.array([[5.0, 3.4, 1.5, 0.25], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
stds = np.array([[0.35, 0.38, 0.17, 0.1], [0.5, 0.3, 0.47, 0.2], [0.63, 0.32, 0.55, 0.27]])
species = np.repeat([0, 1, 2], 300)
X = (means[species] + stds[species] * rng.normal(size=(900, 4))).astype('float32')
X = (X - X.mean(axis=0)) / X.std(axis=0)
y = species

model = keras.Sequential([
    layers.Input(shape=(4,)),
    layers.Dense(16, activation='relu'),
    layers.Dense(16, activation='relu'),
    layers.Dense(1, activation='sigmoid'),
])
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
h = model.fit(X, y, epochs=40, batch_size=16, shuffle=True, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", h.history['loss'][-1], "accuracy:", h.history['accuracy'][-1])
