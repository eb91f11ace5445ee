"""1D convnet for IMDB whose last layer is Dense(1) with no activation, trained with binary cross-entropy
(Deep Learning with Python notebooks, 1st edition, section 6.4; fchollet/deep-learning-with-python-notebooks
issue #124)

Source: https://github.com/fchollet/deep-learning-with-python-notebooks/issues/124 (read in the stored issue
thread; yurisolovev, 2019-11-22) and the notebook it is about, first_edition/6.4-sequence-processing-with-
convnets.ipynb, read in a fetched snapshot of that repository (cell "This is our example 1D convnet for the IMDB
dataset").
The program: IMDB reviews as word ids (max_features=10000), pad_sequences(maxlen=500); Embedding(10000, 128,
input_length=500) -> Conv1D(32, 7, relu) -> MaxPooling1D(5) -> Conv1D(32, 7, relu) -> GlobalMaxPooling1D() ->
Dense(1); RMSprop(lr=1e-4), loss 'binary_crossentropy', metrics ['acc']; 10 epochs, batch 128,
validation_split=0.2.
Fault and fix from the thread: the question: "In the Dense layer, a sigmoidal activation function must be added,
since we solve the classification problem, right?" The reply (oren0e, 2020-07-07): "Yep, I believe this is a
mistake in the book. Until I added the sigmoid activation the loss wasn't changing with the epochs." The fixed
twin is `layers.Dense(1, activation='sigmoid')`. (The notebook's saved output, from Keras 2.0.8, shows the buggy
model reaching val_acc 0.84 at epoch 6 while its training accuracy then falls as its loss keeps falling, 0.865 ->
0.805; the reply's "loss wasn't changing" is from a later Keras.)
Labels: a linear output fed to binary cross-entropy with from_logits=False.
Port to Keras 3: imdb.load_data() (a download) replaced by synthetic reviews of the same form (word ids 1-9999
drawn from a Zipf-like distribution, 40-900 words long (mean ~215), ~8% of them taken from 25 "positive" and 25
"negative" words in the ratio 85:15 or 15:85 by the 0/1 label; 25,000 -> 8,000 reviews so that a run stays near a
minute here: the notebook's 1,560 updates become 500); `keras.preprocessing.sequence.pad_sequences` ->
`keras.utils.pad_sequences`; `input_length=max_len` dropped from Embedding (Keras 3 has no such argument; the
padded length fixes the input shape); `RMSprop(lr=1e-4)` -> `RMSprop(learning_rate=1e-4)`; the test split,
the summary and the plots dropped; NanWatch callback; verbose=2; seeds.
Verification (Keras's own printed losses and accuracies, one run each; 50-80 s per run on this shared machine):
reproduces, exactly as the reply says. Keras 3 clips the raw Dense(1) output to [1e-7, 1 - 1e-7] before the
cross-entropy, so once the output leaves that range no gradient flows: the buggy run's loss never changes, 8.0767
at every one of the 10 epochs, acc 0.4989, val_loss 7.8475, val_acc 0.5131 (chance). The fixed twin learns
(0.693, 0.690, 0.687, 0.683, 0.676, 0.663, 0.635, 0.577, 0.482, 0.362; acc 0.51 -> 0.98; val_acc 0.98), slowly at
first as RMSprop at 1e-4 does on the notebook's real data.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras import layers
from keras.optimizers import RMSprop
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("model.add(layers.Dense(1))", "model.add(layers.Dense(1, activation='sigmoid'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def load_data(num_words, n=8000):
    # port: synthetic stand-in for keras.datasets.imdb.load_data(num_words=10000) (lists of word ids, 0/1 labels)
    ranks = np.arange(4, num_words)
    p = 1.0 / (ranks - 2.0) ** 1.1
    p /= p.sum()
    positive = rng.choice(np.arange(30, 3000), 25, replace=False)
    negative = rng.choice(np.setdiff1d(np.arange(30, 3000), positive), 25, replace=False)
    xs, ys = [], []
    for _ in range(n):
        label = int(rng.random() < 0.5)
        length = int(np.clip(rng.lognormal(np.log(180), 0.6), 40, 900))
        words = rng.choice(ranks, length, p=p)
        mask = rng.random(length) < 0.08
        pos_share = 0.85 if label else 0.15
        from_pos = rng.random(mask.sum()) < pos_share
        words[mask] = np.where(from_pos, rng.choice(positive, mask.sum()), rng.choice(negative, mask.sum()))
        xs.append([1] + words.tolist())  # 1 = start-of-sequence marker, as in keras.datasets.imdb
        ys.append(label)
    return (xs, np.array(ys)), None


max_features = 10000  # number of words to consider as features
max_len = 500  # cut texts after this number of words (among top max_features most common words)

print('Loading data...')
(x_train, y_train), _ = load_data(num_words=max_features)
print(len(x_train), 'train sequences')

print('Pad sequences (samples x time)')
x_train = keras.utils.pad_sequences(x_train, maxlen=max_len)
print('x_train shape:', x_train.shape)

model = Sequential()
model.add(layers.Embedding(max_features, 128))
model.add(layers.Conv1D(32, 7, activation='relu'))
model.add(layers.MaxPooling1D(5))
model.add(layers.Conv1D(32, 7, activation='relu'))
model.add(layers.GlobalMaxPooling1D())
model.add(layers.Dense(1))

model.compile(optimizer=RMSprop(learning_rate=1e-4),
              loss='binary_crossentropy',
              metrics=['acc'])
history = model.fit(x_train, y_train,
                    epochs=10,
                    batch_size=128,
                    validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "val_acc:", history.history['val_acc'][-1])
