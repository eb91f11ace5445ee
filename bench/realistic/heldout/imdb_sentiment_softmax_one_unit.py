# "IMDB sentiment model: the loss goes down but accuracy is stuck at exactly 50% and
#  model.predict() returns 1.0 for every review."
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [('layers.Dense(1, activation="softmax")', 'layers.Dense(1, activation="sigmoid")')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(3)
rng = np.random.default_rng(3)

vocab_size, maxlen, n = 5000, 120, 4000
# stand-in for keras.datasets.imdb.load_data(num_words=5000) + pad_sequences:
# reviews are mostly common words; positive ones use more of the "positive" words
positive_words = rng.choice(np.arange(100, vocab_size), 150, replace=False)
negative_words = rng.choice(np.setdiff1d(np.arange(100, vocab_size), positive_words), 150, replace=False)
y_train = rng.integers(0, 2, n)
x_train = np.zeros((n, maxlen), dtype=np.int32)
for i in range(n):
    length = rng.integers(40, maxlen + 1)
    words = rng.zipf(1.3, length) % vocab_size
    sentiment = positive_words if y_train[i] else negative_words
    k = rng.integers(3, 10)
    words[rng.choice(length, k, replace=False)] = rng.choice(sentiment, k)
    x_train[i, maxlen - length:] = words            # pad_sequences pads at the front

model = keras.Sequential([
    layers.Embedding(vocab_size, 32),
    layers.GlobalAveragePooling1D(),
    layers.Dense(16, activation="relu"),
    layers.Dense(1, activation="softmax"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
history = model.fit(x_train, y_train, epochs=10, batch_size=64, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=2)
print("predictions:", model.predict(x_train[:5], verbose=0).ravel())
print("final loss:", history.history["loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1])
