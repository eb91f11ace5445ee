# "My CIFAR-10 CNN is stuck at 10% accuracy and loss 2.30 from epoch 2 on. I raised the
#  learning rate to make it train faster."
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("Adam(learning_rate=0.1)", "Adam(learning_rate=0.001)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(4)
rng = np.random.default_rng(4)

# stand-in for cifar10.load_data(): 32x32 RGB, every class has its own colour cast and texture
n = 3000
labels = rng.integers(0, 10, n)
palette = rng.uniform(40, 215, (10, 3))
freq = rng.uniform(0.2, 0.9, (10, 2))
yy, xx = np.mgrid[0:32, 0:32]
x_train = np.empty((n, 32, 32, 3), dtype=np.uint8)
for i, c in enumerate(labels):
    phase = rng.uniform(0, 2 * np.pi)
    texture = 40 * np.sin(freq[c, 0] * xx + freq[c, 1] * yy + phase)
    img = palette[c] + texture[..., None] + rng.normal(0, 25, (32, 32, 3))
    x_train[i] = np.clip(img, 0, 255).astype(np.uint8)
y_train = labels.reshape(-1, 1)

x_train = x_train.astype("float32") / 255.0

model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, (3, 3), activation="relu", padding="same"),
    layers.MaxPooling2D((2, 2)),
    layers.Conv2D(64, (3, 3), activation="relu", padding="same"),
    layers.MaxPooling2D((2, 2)),
    layers.Flatten(),
    layers.Dense(128, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1),
              loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_train, y_train, epochs=5, batch_size=64, validation_split=0.1,
                    callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history["loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1])
