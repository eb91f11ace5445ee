"""Text classification exercise, Stack Overflow tags: Dense(4) logits trained with
SparseCategoricalCrossentropy() at its default from_logits=False: "the accuracy would be around 0.3, not far away
from the random-guess 0.25" (tensorflow/docs pull request #2102)

Source: https://github.com/tensorflow/docs/pull/2102 (read in the stored pull-request thread; SuperKenVery,
2022-07-18, merged 2022-07-26) and the tutorial it edits, site/en/tutorials/keras/text_classification.ipynb
("Basic text classification"), read at the pull request's parent commit in a fetched snapshot of tensorflow/docs.
The program: the tutorial's IMDB pipeline turned into its closing exercise exactly as the exercise's text read
before the pull request: the Stack Overflow questions dataset (four tags: csharp, java, javascript, python);
TextVectorization(custom_standardization, max_tokens=10000, output_sequence_length=250) adapted on the training
text; Embedding(max_features + 1, 16) -> Dropout(0.2) -> GlobalAveragePooling1D() -> Dropout(0.2) -> Dense(4)
(step 2: "Modify the last layer of your model to `Dense(4)`"); step 3: "change the loss to
`tf.keras.losses.SparseCategoricalCrossentropy`" (no argument, so from_logits=False, while Dense(4) outputs
logits) and "change the metrics to `metrics=['accuracy']`"; optimizer 'adam'; 10 epochs; batch 32; 20% of the
training directory held out for validation (seed 42).
Fault and fix from the pull request: "Add an instruction to add a Softmax layer. Otherwise the accuracy would be
around 0.3, not far away from the random-guess 0.25." The maintainer (MarkDaoust): "Instead of adding a softmax
layer, or softmax activation, could you set the loss function to:
`tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)`"; the merged text says so. The fixed twin
passes from_logits=True.
Labels: a linear (logits) output fed to a probability loss with from_logits=False.
Port to Keras 3: the Stack Overflow archive (a download) and text_dataset_from_directory replaced by synthetic
questions built in memory (8,000 training questions, 2,000 per tag, split 80/20 by the same validation_split;
2,000 test questions instead of 8,000; each question 60-200 words: common words drawn from a Zipf-like 5,000-word
vocabulary plus ~12% words typical of its tag, a third of those borrowed from another tag, and the word "blank"
where the language was named) fed through tf.data exactly as the tutorial's datasets (batch 32, cache, prefetch);
`tf.keras` / `tensorflow.keras.layers` -> `keras` / `keras.layers`; the summary, the sample printouts, the plots and
the export model dropped; NanWatch callback; verbose=2; seeds.
Verification (Keras's own printed losses and accuracies, one run each, ~30 s per run here; chance is 0.25 and
ln 4 = 1.386): reproduces, with no NaN. Keras 3 clips the raw Dense(4) outputs to [1e-7, 1 - 1e-7] before
taking their log, so every output outside that range gives no gradient. The buggy run does not settle: loss
1.97, 1.29, 1.38, 1.34, 1.30, 1.24, 1.26, 1.36, 1.39, 1.41, accuracy bouncing 0.30, 0.43, 0.34, 0.30, 0.41,
0.48, 0.57, 0.50, 0.54, 0.39; its val_loss ends pinned at 1.3863 (= ln 4: all four outputs clipped to the same
value) and the test accuracy is 0.43. The fixed twin learns steadily (loss 1.382, 1.362, 1.321, ... 0.683 at
epoch 10; accuracy 0.29 -> 0.76; val_accuracy 0.73; test accuracy 0.74, loss 0.68).
"""
import re
import string
import sys

import numpy as np
import tensorflow as tf
import keras
from keras import layers
from keras import losses
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("loss=losses.SparseCategoricalCrossentropy(),",
        "loss=losses.SparseCategoricalCrossentropy(from_logits=True),")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

CLASS_NAMES = ['csharp', 'java', 'javascript', 'python']


def make_questions(n_per_class):
    # port: synthetic stand-in for the stack_overflow_16k question files (raw text, integer tag ids)
    common = np.array(["w%d" % i for i in range(5000)])
    zipf = 1.0 / np.arange(1, 5001) ** 1.05
    zipf /= zipf.sum()
    typical = [np.array(["%s%d" % (c[:2], i) for i in range(300)]) for c in CLASS_NAMES]
    texts, labels = [], []
    for label in range(4):
        for _ in range(n_per_class):
            n_words = rng.integers(60, 201)
            words = common[rng.choice(5000, n_words, p=zipf)]
            special = rng.random(n_words) < 0.12
            owner = np.where(rng.random(n_words) < 0.33, rng.integers(0, 4, n_words), label)
            for j in np.flatnonzero(special):
                words[j] = typical[owner[j]][min(int(rng.exponential(60)), 299)]
            words[rng.random(n_words) < 0.01] = "blank"
            texts.append(('"' + " ".join(words) + '?"').capitalize())
            labels.append(label)
    order = rng.permutation(len(texts))
    return np.array(texts)[order], np.array(labels, dtype="int32")[order]


def text_dataset(texts, labels, batch_size):
    return tf.data.Dataset.from_tensor_slices((texts, labels)).batch(batch_size)


batch_size = 32
seed = 42

train_texts, train_labels = make_questions(2000)
n_val = int(0.2 * len(train_texts))  # validation_split=0.2
raw_train_ds = text_dataset(train_texts[n_val:], train_labels[n_val:], batch_size)
raw_val_ds = text_dataset(train_texts[:n_val], train_labels[:n_val], batch_size)
test_texts, test_labels = make_questions(500)
raw_test_ds = text_dataset(test_texts, test_labels, batch_size)


def custom_standardization(input_data):
  lowercase = tf.strings.lower(input_data)
  stripped_html = tf.strings.regex_replace(lowercase, '<br />', ' ')
  return tf.strings.regex_replace(stripped_html,
                                  '[%s]' % re.escape(string.punctuation),
                                  '')


max_features = 10000
sequence_length = 250

vectorize_layer = layers.TextVectorization(
    standardize=custom_standardization,
    max_tokens=max_features,
    output_mode='int',
    output_sequence_length=sequence_length)

# Make a text-only dataset (without labels), then call adapt
train_text = raw_train_ds.map(lambda x, y: x)
vectorize_layer.adapt(train_text)


def vectorize_text(text, label):
  text = tf.expand_dims(text, -1)
  return vectorize_layer(text), label


train_ds = raw_train_ds.map(vectorize_text)
val_ds = raw_val_ds.map(vectorize_text)
test_ds = raw_test_ds.map(vectorize_text)

AUTOTUNE = tf.data.AUTOTUNE

train_ds = train_ds.cache().prefetch(buffer_size=AUTOTUNE)
val_ds = val_ds.cache().prefetch(buffer_size=AUTOTUNE)
test_ds = test_ds.cache().prefetch(buffer_size=AUTOTUNE)

embedding_dim = 16

model = keras.Sequential([
  layers.Embedding(max_features + 1, embedding_dim),
  layers.Dropout(0.2),
  layers.GlobalAveragePooling1D(),
  layers.Dropout(0.2),
  layers.Dense(4)])

model.compile(loss=losses.SparseCategoricalCrossentropy(),
              optimizer='adam',
              metrics=['accuracy'])

epochs = 10
history = model.fit(
    train_ds,
    validation_data=val_ds,
    epochs=epochs,
    callbacks=[NanWatch(log_dir)], verbose=2)

loss, accuracy = model.evaluate(test_ds, verbose=0)

print("Loss: ", loss)
print("Accuracy: ", accuracy)
