"""Spam classifier accuracy stuck at 0.5 even though the loss goes down

Embedding + pooling model on tokenised messages. The loss decreases nicely every epoch but the
accuracy is exactly the share of spam in the data and model.predict returns 1.0 for every message.
"""
import sys
import numpy as np
import keras
from keras.layers import Embedding, GlobalAveragePooling1D, Dense
from tb_nanwatch import NanWatch

FAULTS = ("softmax_single_unit",)
FIX = [("Dense(1, activation='softmax')", "Dense(1, activation='sigmoid')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(31)

vocab_size, maxlen = 2000, 40
rng = np.random.default_rng(31)
spam_words = rng.choice(np.arange(1, vocab_size), 60, replace=False)   # "free", "winner", ...
n = 3000
labels = rng.integers(0, 2, n)
sequences = rng.integers(1, vocab_size, (n, maxlen))
lengths = rng.integers(8, maxlen, n)
for i in range(n):
    if labels[i]:
        k = rng.integers(2, 6)
        sequences[i, rng.choice(lengths[i], k, replace=False)] = rng.choice(spam_words, k)
    sequences[i, lengths[i]:] = 0   # post padding

model = keras.Sequential()
model.add(keras.Input(shape=(maxlen,)))
model.add(Embedding(vocab_size, 16))
model.add(GlobalAveragePooling1D())
model.add(Dense(16, activation='relu'))
model.add(Dense(1, activation='softmax'))
model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
history = model.fit(sequences, labels, epochs=15, batch_size=32, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=2)
pred = model.predict(sequences[:5], verbose=0)
print("predictions:", pred.ravel())
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
