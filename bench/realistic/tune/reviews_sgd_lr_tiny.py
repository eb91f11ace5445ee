"""Bag-of-words review classifier: loss stays at 0.70 for 15 epochs

Reviews turned into a 2000-word binary bag-of-words vector, one hidden layer, SGD optimizer
because I read it generalises better. The loss moves in the 3rd decimal and accuracy is ~0.5.
"""
import sys
import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("keras.optimizers.SGD(learning_rate=1e-4)", "keras.optimizers.SGD(learning_rate=0.1)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(67)

rng = np.random.default_rng(67)
vocab, n = 2000, 3000
pos_words = rng.choice(np.arange(2, vocab), 80, replace=False)
neg_words = rng.choice(np.setdiff1d(np.arange(2, vocab), pos_words), 80, replace=False)
y = rng.integers(0, 2, n)
X = np.zeros((n, vocab), "float32")
for i in range(n):
    toks = rng.integers(2, vocab, rng.integers(15, 60))     # words of the review
    k = rng.integers(2, 8)
    toks[:k] = rng.choice(pos_words if y[i] else neg_words, k)
    X[i, toks] = 1.0                                         # CountVectorizer(binary=True)

model = keras.Sequential([
    layers.Input(shape=(vocab,)),
    layers.Dense(32, activation='relu'),
    layers.Dense(1, activation='sigmoid'),
])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-4), loss='binary_crossentropy', metrics=['accuracy'])
hist = model.fit(X, y, epochs=15, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", hist.history['loss'][-1], "accuracy:", hist.history['accuracy'][-1])
