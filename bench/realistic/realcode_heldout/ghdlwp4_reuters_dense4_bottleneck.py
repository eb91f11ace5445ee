"""Classifying newswires with an information bottleneck: Dense(64) -> Dense(4) -> Dense(46, softmax) (Deep
Learning with Python, 2nd edition, chapter 4 companion notebook)

Source: https://github.com/fchollet/deep-learning-with-python-notebooks/blob/master/chapter04_getting-started-with-neural-networks.ipynb
  (read in a stored copy of the notebook's code; section "The importance of having sufficiently large
  intermediate layers", cell "A model with an information bottleneck"; the book's own text for that listing
  was read in a stored copy of the 3rd-edition chapter, which keeps the same listing with Adam)
The program: Reuters newswires (word-index sequences, num_words=10000) multi-hot encoded into 10,000 floats by
vectorize_sequences, one-hot labels over 46 topics (to_categorical), x_val = the first 1000 rows; the model
Dense(64, relu) -> Dense(4, relu) -> Dense(46, softmax), rmsprop, categorical cross-entropy,
fit(partial_x_train, partial_y_train, epochs=20, batch_size=128, validation_data=(x_val, y_val)).
Fix from the post (the book's text under the listing): "because the final outputs are 46-dimensional, you
should avoid intermediate layers with much fewer than 46 units ... The model now peaks at approximately 71%
validation accuracy, an 8% absolute drop. This drop is mostly due to the fact that you're trying to compress a
lot of information (enough information to recover the separation hyperplanes of 46 classes) into an
intermediate space that is too low-dimensional." The fixed twin is the chapter's reference model, whose
second layer is Dense(64).
Labels: a hidden layer too narrow for the task (a 4-unit bottleneck before 46 classes).
Port to Keras 3: `from tensorflow.keras.datasets import reuters` / `from tensorflow import keras` ->
`import keras`; reuters.load_data(num_words=10000) (a download) replaced by synthetic newswires of the same
form (lists of word indices < 10000, 46 topics with Reuters-like imbalance, each topic drawing part of its
words from its own small vocabulary and the rest from common words; 4000 training newswires instead of 8982,
so partial_x_train has 3000 rows instead of 7982 and each epoch is 24 updates instead of 63); the notebook's
plotting and test-set cells dropped; NanWatch callback; verbose=0 and the final losses printed; seeds.
Verification (Keras's own printed losses, one run each; constant predictor: the entropy of the topic
frequencies, loss 2.98, accuracy 0.26): the buggy run learns but is capped (final loss 1.42, accuracy 0.56,
val_loss 1.66, best val_accuracy 0.57); the fixed twin (Dense(64)) reaches loss 0.0007, val_loss 0.11, best
val_accuracy 0.99. The gap is larger than the book's 79% -> 71% (the stand-in topics are easier to separate
with 64 units and the 4-unit layer drops more).
"""
import sys

import numpy as np
import keras
from keras import layers
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [('    layers.Dense(4, activation="relu"),', '    layers.Dense(64, activation="relu"),')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class reuters:
    # port: synthetic stand-in for keras.datasets.reuters (word-index lists, 46 topics)
    @staticmethod
    def load_data(num_words=10000):
        topic_p = 1.0 / np.arange(1, 47) ** 1.1
        topic_p /= topic_p.sum()
        topic_words = [rng.choice(np.arange(100, num_words), 40, replace=False) for _ in range(46)]
        common_p = 1.0 / np.arange(1, num_words - 3) ** 1.0
        common_p /= common_p.sum()

        def make(n):
            labels = rng.choice(46, n, p=topic_p)
            seqs = []
            for t in labels:
                length = int(rng.integers(30, 200))
                k = rng.binomial(length, 0.15)
                words = np.concatenate([rng.choice(topic_words[t], k),
                                        3 + rng.choice(num_words - 4, length - k, p=common_p)])
                seqs.append([1] + [int(w) for w in rng.permutation(words)])
            return seqs, labels.astype(np.int64)

        return make(4000), make(1000)


(train_data, train_labels), (test_data, test_labels) = reuters.load_data(
    num_words=10000)


def vectorize_sequences(sequences, dimension=10000):
    results = np.zeros((len(sequences), dimension))
    for i, sequence in enumerate(sequences):
        for j in sequence:
            results[i, j] = 1.
    return results


x_train = vectorize_sequences(train_data)
x_test = vectorize_sequences(test_data)

y_train = to_categorical(train_labels)
y_test = to_categorical(test_labels)

x_val = x_train[:1000]
partial_x_train = x_train[1000:]
y_val = y_train[:1000]
partial_y_train = y_train[1000:]

model = keras.Sequential([
    layers.Dense(64, activation="relu"),
    layers.Dense(4, activation="relu"),
    layers.Dense(46, activation="softmax")
])
model.compile(optimizer="rmsprop",
              loss="categorical_crossentropy",
              metrics=["accuracy"])
history = model.fit(partial_x_train,
                    partial_y_train,
                    epochs=20,
                    batch_size=128,
                    validation_data=(x_val, y_val),
                    callbacks=[NanWatch(log_dir)], verbose=0)
prior = partial_y_train.mean(axis=0)
print("final loss:", history.history["loss"][-1], "accuracy:", history.history["accuracy"][-1],
      "val_loss:", history.history["val_loss"][-1],
      "best val_accuracy:", max(history.history["val_accuracy"]),
      "(constant predictor: loss", -(prior[prior > 0] * np.log(prior[prior > 0])).sum(),
      "accuracy", prior.max(), ")")
