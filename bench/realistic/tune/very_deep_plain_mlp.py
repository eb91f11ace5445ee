"""30-layer network does not train at all, the 3-layer one does

I wanted a "deep" network so I stack 30 Dense layers in a loop. Loss does not move from the
first epoch (1.386 for 4 classes), accuracy 25%.
"""
import sys
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("model_too_deep",)
FIX = [("for _ in range(30):", "for _ in range(3):")]

log_dir = sys.argv[1]
tf.keras.utils.set_random_seed(89)

rng = np.random.default_rng(89)
n = 4000
X = rng.normal(size=(n, 16)).astype('float32')
y = (X[:, 0] > 0).astype(int) * 2 + (X[:, 1] + 0.5 * X[:, 2] ** 2 > 0.5).astype(int)

model = tf.keras.Sequential()
model.add(tf.keras.Input(shape=(16,)))
for _ in range(30):
    model.add(tf.keras.layers.Dense(32, activation='relu'))
model.add(tf.keras.layers.Dense(4, activation='softmax'))
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.01, momentum=0.9),
              loss='sparse_categorical_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=15, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
