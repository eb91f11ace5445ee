"""Language model on PTB: "the loss during training didn't really go down even after many epochs" with
Adam(lr=1.0) (rajveermalviya/language-modeling issue #3)

Source: https://github.com/rajveermalviya/language-modeling/issues/3 (issue "Adam's learning rate", cahya-wirawan,
  2018-09-03; read in the stored issue thread) and the repository's code before and after the fix, read in a
  fetched snapshot of rajveermalviya/language-modeling: CONFIG.py, keras_model.py, train.py and utils.py at
  e214bf6^ (the parent of commit e214bf6 "#3 fixed the learning rate issue.").
The program: a word-level PTB language model (train.py + keras_model.py + CONFIG.py): Embedding(total_words,
hidden_size=1500) -> 4 x LSTM(1500, return_sequences=True) -> TimeDistributed(Dense(1024)) -> Activation('relu') ->
Dropout(0.3) -> TimeDistributed(Dense(512)) -> Activation('relu') -> TimeDistributed(Dense(total_words)) ->
Activation('softmax'), categorical cross-entropy on one-hot next words, windows of number_of_words=3 words,
batch_size=200, num_epochs=80, optimizer Adam(lr=CONFIG.learning_rate=1.0, decay=1/1.15). The issue: "when I tried
your code 2 weeks ago, the loss during training didn't really went down even after many epochs. I think this is
because you use learning rate of 1.0 in the config file. After I use Adam optimizer with it's default learning rate
(which is 0.001), the training get much better."
Fix from the source: the maintainer replied "Thanks for addressing this issue, I have now updated the config file"
and commit e214bf6 sets learning_rate = 0.001 and learning_rate_decay = 0 in CONFIG.py. The fixed twin makes the same
change.
Labels: learning_rate_too_high: the issue and the fix name Adam's learning rate of 1.0.
Port to Keras 3: `tensorflow.keras` imports -> `keras`; the three files put in one script (CONFIG values kept as
module constants, create_model and BatchGenerator kept as written); `Adam(lr=..., decay=...)` -> `Adam(learning_rate=
InverseTimeDecay(lr, decay_steps=1, decay_rate=decay))`, the schedule Keras 2's `decay` applied per update
(lr / (1 + decay * iterations)), and `Adam(learning_rate=0.001)` when the decay is 0 as in the fixed config;
`input_length=` dropped from Embedding (gone in Keras 3); `Dropout(0.3, seed=0.2)` -> `seed=2` (Keras 3 needs an
int); `fit_generator` -> `fit` with integer steps; ModelCheckpoint, save_json and model.save dropped; NanWatch
callback; verbose=0 and the final losses printed; seeds. To run in about a minute on 2 CPU cores: PTB (929k training
words, 10,000-word vocabulary, read from data/ptb.*.txt) is replaced by a synthetic word stream of the same form (word
ids from a fixed random bigram model over 200 words: each word has 3 likely successors, followed 90% of the time), 24,000 training and
3,000 validation words; the model is shrunk to hidden_size=128 (from 1500) and the fully connected layers to 256/128
(from 1024/512); epochs 80 -> 12 (each epoch is 40 updates of 200 windows).
Verification (Keras's own losses, one run each, ~75 s per run here; uniform predictor ln 200 = 5.30): the buggy run
does not learn, as the issue says: epoch losses 10.49, 5.15, 5.14, then flat: last three 5.130, 5.130, 5.129 (the
unigram level of the stand-in stream), val_loss 5.13, val_categorical_accuracy 0.016; no NaN. The fixed twin
(Adam 0.001) learns: epoch losses 5.24, 5.06, 4.83 ... last three 3.79, 3.72, 3.66, val_loss 3.61,
val_categorical_accuracy 0.148, still falling at epoch 12. (A first try with a 1,000-word stand-in vocabulary left
both twins near ln 1000 in 12 epochs, so the vocabulary was cut to 200 before these runs.)
"""
import sys

import numpy as np
import keras
from keras import metrics
from keras.layers import (LSTM, Activation, Dense, Dropout,
                          Embedding, TimeDistributed)
from keras.models import Sequential
from keras.optimizers import Adam
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("learning_rate = 1.0\nlearning_rate_decay = 1 / 1.15", "learning_rate = 0.001\nlearning_rate_decay = 0")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# CONFIG.py
number_of_words = 3
batch_size = 200
hidden_size = 128  # port: 1500 in CONFIG.py
num_epochs = 12  # port: 80 in CONFIG.py
learning_rate = 1.0
learning_rate_decay = 1 / 1.15


# keras_model.py
def create_model(total_words, hidden_size, num_steps, optimizer='adam'):
  model = Sequential()

  # Embedding layer / Input layer
  model.add(Embedding(total_words, hidden_size))

  # 4 LSTM layers
  model.add(LSTM(units=hidden_size, return_sequences=True))
  model.add(LSTM(units=hidden_size, return_sequences=True))
  model.add(LSTM(units=hidden_size, return_sequences=True))
  model.add(LSTM(units=hidden_size, return_sequences=True))

  # Fully Connected layer
  model.add(TimeDistributed(Dense(256)))  # port: 1024
  model.add(Activation('relu'))
  model.add(Dropout(0.3,seed=2))
  model.add(TimeDistributed(Dense(128)))  # port: 512
  model.add(Activation('relu'))

  # Output Layer
  model.add(TimeDistributed(Dense(total_words)))
  model.add(Activation('softmax'))

  model.compile(loss='categorical_crossentropy', optimizer=optimizer,
                metrics=[metrics.categorical_accuracy])
  return model


# utils.py
def load_data():
  # port: stands in for reading data/ptb.train.txt and data/ptb.valid.txt (word ids of a bigram stream)
  rng = np.random.RandomState(0)
  total_words = 200
  successors = rng.randint(0, total_words, size=(total_words, 3))

  def stream(n):
    words = [int(rng.randint(total_words))]
    for _ in range(n - 1):
      words.append(int(successors[words[-1], rng.randint(3)]) if rng.rand() < 0.9 else int(rng.randint(total_words)))
    return words

  return stream(24000), stream(3000), total_words


class BatchGenerator(object):

  def __init__(self, data, num_steps, batch_size, total_words, skip_step=5):
    self.data = data
    self.num_steps = num_steps
    self.batch_size = batch_size
    self.total_words = total_words
    self.current_idx = 0
    self.skip_step = skip_step

  def generate(self):
      x = np.zeros((self.batch_size, self.num_steps))
      y = np.zeros((self.batch_size, self.num_steps, self.total_words))
      while True:
        for i in range(self.batch_size):
          if self.current_idx + self.num_steps >= len(self.data):
              self.current_idx = 0
          x[i, :] = self.data[self.current_idx:self.current_idx + self.num_steps]
          temp_y = self.data[self.current_idx +
                             1:self.current_idx + self.num_steps + 1]
          y[i, :, :] = to_categorical(
              temp_y, num_classes=self.total_words)
          self.current_idx += self.skip_step
        yield x, y


# train.py
train_data, valid_data, total_words = load_data()

train_data_generator = BatchGenerator(
    train_data, number_of_words, batch_size, total_words, skip_step=number_of_words)
valid_data_generator = BatchGenerator(
    valid_data, number_of_words, batch_size, total_words, skip_step=number_of_words)

if learning_rate_decay:
  optimizer = Adam(learning_rate=keras.optimizers.schedules.InverseTimeDecay(
      learning_rate, decay_steps=1, decay_rate=learning_rate_decay))
else:
  optimizer = Adam(learning_rate=learning_rate)

model = create_model(total_words=total_words, hidden_size=hidden_size,
                     num_steps=number_of_words, optimizer=optimizer)

history = model.fit(
    train_data_generator.generate(),
    steps_per_epoch=len(train_data)//(batch_size*number_of_words),
    epochs=num_epochs,
    validation_data=valid_data_generator.generate(),
    validation_steps=len(valid_data)//(batch_size*number_of_words),
    callbacks=[NanWatch(log_dir)], verbose=0,
)

h = history.history
print("first losses:", h["loss"][:3], "last losses:", h["loss"][-3:],
      "val_loss:", h["val_loss"][-1], "val_acc:", h["val_categorical_accuracy"][-1],
      "(uniform predictor: ln %d = %.3f)" % (total_words, np.log(total_words)))
