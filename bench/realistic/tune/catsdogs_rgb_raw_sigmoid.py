"""Cats vs dogs classifier always gives 50% accuracy

Dense network on 32x32 RGB photos (I load them with PIL into a numpy array). The loss stays at
0.69 and the model predicts the same probability for every image.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("train_images = np.array(imgs, dtype='float32')", "train_images = np.array(imgs, dtype='float32') / 255.0")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(3)

# my "dataset": cats are more orange with ears near the top, dogs browner with a blob lower down
rng = np.random.default_rng(3)
imgs, labels = [], []
yy, xx = np.mgrid[0:32, 0:32]
for i in range(2000):
    dog = i % 2
    base = np.array([150, 110, 80]) if dog else np.array([200, 130, 60])
    cy = rng.normal(20 if dog else 11, 3)
    cx = rng.normal(16, 4)
    blob = np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / 30.0)[..., None]
    img = base * (0.55 + 0.45 * blob) + rng.normal(0, 40, (32, 32, 3)) + rng.normal(0, 30, (1, 1, 3))
    imgs.append(np.clip(img, 0, 255).astype(np.uint8))
    labels.append(dog)

train_images = np.array(imgs, dtype='float32')
train_labels = np.array(labels)

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(32, 32, 3)),
    tf.keras.layers.Dense(256, activation='sigmoid'),
    tf.keras.layers.Dense(128, activation='sigmoid'),
    tf.keras.layers.Dense(1, activation='sigmoid')
])
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
history = model.fit(train_images, train_labels, epochs=10, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "acc:", history.history['accuracy'][-1])
