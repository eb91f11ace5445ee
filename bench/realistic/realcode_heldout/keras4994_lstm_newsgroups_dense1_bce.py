"""acc never change after every batch of learning (20 newsgroup dataset): LSTM -> Dense(1) sigmoid -> Dense(20) softmax with binary cross-entropy (keras-team/keras issue #4994)

Source: https://github.com/keras-team/keras/issues/4994 (read in the stored issue thread)
The author replaces the Conv part of Keras' pretrained_word_embeddings example by an LSTM; "for every batch
processed, I got the same acc ... 0.95".
Fix from the reply (blucena): "The problem is that you are using a "binary_crossentropy" loss yet you are
trying to do a multiclass classification. Also, having the output dimension of your first Dense layer as 1
is probably not a good idea. Try changing model.add(Dense(1)) to model.add(Dense(20)) (or 50) and changing
model.compile(loss='binary_cro[ssentropy' to categorical cross-entropy]".
Labels: the loss does not fit the targets (binary cross-entropy on 20-class one-hot rows: 0.95 "accuracy"
from predicting all zeros); a one-unit bottleneck before the 20-way softmax.
Port to Keras 3: LSTM(128, dropout_W=0.2, dropout_U=0.2) -> LSTM(128, dropout=0.2, recurrent_dropout=0.2);
the example's data (20 newsgroups texts tokenised to MAX_SEQUENCE_LENGTH=1000, a frozen 100-d GloVe
Embedding, 15998 training texts, batch_size=128) replaced by 4000 synthetic token sequences of length 50
over a 5000-word vocabulary whose words depend on one of 20 labels, and a random frozen 100-d embedding
matrix (time: an LSTM over 1000 steps is minutes per epoch here); 2 epochs (62 updates); NanWatch callback;
seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Embedding, LSTM, Dense, Activation
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch", "model_too_small")
FIX = [("model.add(Dense(1))\n", "model.add(Dense(20))\n"),
       ("model.compile(loss='binary_crossentropy',", "model.compile(loss='categorical_crossentropy',")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: the example's preprocessing (texts -> padded index sequences, labels -> one-hot, GloVe matrix)
MAX_SEQUENCE_LENGTH = 50
MAX_NB_WORDS = 5000
EMBEDDING_DIM = 100
labels_index = {str(i): i for i in range(20)}
n = 4000
labels = rng.integers(0, 20, n)
topic_words = rng.integers(1, MAX_NB_WORDS, (20, 60))
common = rng.integers(1, MAX_NB_WORDS, (n, MAX_SEQUENCE_LENGTH))
pick = topic_words[labels][np.arange(n)[:, None], rng.integers(0, 60, (n, MAX_SEQUENCE_LENGTH))]
data = np.where(rng.random((n, MAX_SEQUENCE_LENGTH)) < 0.3, pick, common)
labels = keras.utils.to_categorical(labels, 20)
x_train, y_train = data[:3200], labels[:3200]
x_val, y_val = data[3200:], labels[3200:]
embedding_matrix = rng.normal(0, 0.4, (MAX_NB_WORDS, EMBEDDING_DIM))

embedding_layer = Embedding(MAX_NB_WORDS,
                            EMBEDDING_DIM,
                            weights=[embedding_matrix],
                            trainable=False)

model = Sequential()
model.add(embedding_layer)
model.add(LSTM(128, dropout=0.2, recurrent_dropout=0.2))
model.add(Dense(1))
model.add(Activation('sigmoid'))
model.add(Dense(len(labels_index), activation='softmax'))
model.compile(loss='binary_crossentropy',
              optimizer='adam',
              metrics=['accuracy'])

h = model.fit(x_train, y_train, validation_data=(x_val, y_val),
              epochs=2, batch_size=128, callbacks=[NanWatch(log_dir)], verbose=0)
print("val acc (argmax):", float(np.mean(model.predict(x_val, verbose=0).argmax(1) == y_val.argmax(1))))
print("final loss:", h.history['loss'][-1])
