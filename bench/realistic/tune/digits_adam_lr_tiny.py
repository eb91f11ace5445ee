"""My CNN learns extremely slowly, loss 2.29 after 5 epochs

I lowered Adam's learning rate to 1e-6 because a blog said small learning rates are safer.
Loss goes 2.305, 2.302, 2.300 ... 2.295 after 5 epochs, accuracy 14%.
"""
import sys
import numpy as np
import tensorflow as tf
from tensorflow.keras import layers, models, optimizers
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("optimizers.Adam(learning_rate=1e-6)", "optimizers.Adam(learning_rate=1e-3)")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(71)

rng = np.random.default_rng(71)
n = 3000
labels = rng.integers(0, 10, n)
yy, xx = np.mgrid[0:28, 0:28]
strokes = rng.uniform(6, 22, size=(10, 3, 2))
centers = strokes[labels] + rng.normal(0, 1.5, (n, 3, 2))
imgs = np.zeros((n, 28, 28))
for k in range(3):
    imgs += np.exp(-((yy - centers[:, k, 0, None, None]) ** 2 + (xx - centers[:, k, 1, None, None]) ** 2) / 8.0)
imgs = np.clip(255 * imgs / imgs.max(axis=(1, 2), keepdims=True) + rng.normal(0, 25, imgs.shape), 0, 255).astype('uint8')
train_images = imgs.reshape((n, 28, 28, 1)).astype('float32') / 255
train_labels = tf.keras.utils.to_categorical(labels)

model = models.Sequential()
model.add(layers.Input((28, 28, 1)))
model.add(layers.Conv2D(16, (3, 3), activation='relu'))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Flatten())
model.add(layers.Dense(64, activation='relu'))
model.add(layers.Dense(10, activation='softmax'))
model.compile(optimizer=optimizers.Adam(learning_rate=1e-6), loss='categorical_crossentropy', metrics=['accuracy'])
history = model.fit(train_images, train_labels, epochs=5, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
