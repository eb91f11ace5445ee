"""Most common bugs I, "Incorrect input to the loss": a CNN whose last Dense(10) outputs logits trained with
SparseCategoricalCrossentropy() (from_logits=False) (Data Science Retreat class on debugging deep learning models)

Source: https://github.com/stanislav-chekmenev/debugging-dl-models (course material "for the class on debugging deep
  learning models at Data Science Retreat"), notebooks/basics/2_most_common_bugs_I.ipynb, section "Incorrect input
  to the loss/ incorrect loss" / "MNIST example", and its answer notebooks/basics/answers/most_common_bugs_I.py
  ("# Ex 2"); read in a fetched snapshot of the repository at commit f07f2f6ec6ec2327082023fd3a818128373023c3
  (2022-03-04; the notebooks were later removed from the repository) and, for the answer, commit
  7b23d7c48c56187c14147c81303473740c3e11d9 (the .ipynb_checkpoints copy of the answer file).
The program: the first 1000 MNIST training images divided by 255 with a channel axis, tf.data shuffle(1000).batch(32);
a subclassed MyModel: Conv2D(32, 3, relu) -> Flatten -> Dense(128, relu) -> Dense(10) (no activation: logits);
loss_object: tf.keras.losses.SparseCategoricalCrossentropy with no arguments (from_logits defaults to False),
Adam(); a GradientTape `train_step` updating Mean / SparseCategoricalAccuracy metrics; EPOCHS = 5. The section lists the bug
class it shows: "Softmaxed outputs to a loss that expects logits or vice-versa", and its exercise says "Fix the loss
above. Reinitialize the model and retrain."
Fix from the source (answers, "# Ex 2"): "# Fix the loss / loss_object =
tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)", a new model and Adam, the same 5 epochs. The fixed
twin passes from_logits=True.
Labels: output_activation_loss: a linear (logit) output fed to a probability loss with from_logits=False, which is
the bug the notebook sets up and its answer fixes.
Port to Keras 3: tf.keras is Keras 3 here; the `train_step` is compiled by NanWatch's `watch.train_step` (the
notebook runs it eagerly; NanWatch attached to the model, built first by calling it on one image, and
Adam) and returns the loss instead of the gradients (which only fed the TensorBoard histograms); the
`make_writer` / tf.summary TensorBoard logging dropped (the utils module is not part of the notebook);
`reset_states()` -> `reset_state()` (Keras 3); mnist.load_data() (a download) replaced by synthetic digits of the
same shape, dtype and scale (28x28 uint8 0-255, class ids 0-9, mostly-0 background; only the 1000 rows the notebook
keeps are made); of the notebook's first-cell imports numpy and tensorflow are kept (matplotlib, os, pandas, seaborn and
utils.make_writer dropped); keras.utils.set_random_seed(0); the final loss printed.
Verification (the notebook's own Mean metric of the batch losses, one run each; chance: accuracy 0.10, cross-entropy
ln 10 = 2.30): the buggy run does not learn: epoch losses 9.32, 9.27, 9.07, 9.09, 8.41 with accuracy 15.7%, 24.5%,
18.0%, 20.8%, 15.6% (Keras 3's TensorFlow backend clips the raw logits to [1e-7, 1 - 1e-7] before taking their
log, so the loss stays finite, and every logit outside that range gets no gradient); no NaN/Inf. The fixed twin
(from_logits=True) learns: losses 0.60, 0.029, 0.019, 0.0059, 0.0026, accuracy 80.9% -> 100% (the stand-in digits are easier than MNIST).
Each run takes ~30 s here.
"""
import sys

import keras
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("loss_object = tf.keras.losses.SparseCategoricalCrossentropy()",
        "loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class mnist:
    # port: synthetic stand-in for tf.keras.datasets.mnist (uint8 0-255 digits, labels 0-9)
    @staticmethod
    def load_data():
        templates = np.stack([np.kron(rng.random((7, 7)) > 0.6, np.ones((4, 4))) for _ in range(10)])

        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            other = templates[rng.integers(0, 10, n)]
            img = (0.7 * templates[labels] + 0.5 * other) * rng.uniform(120, 200, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.3) + rng.normal(0, 25, (n, 28, 28)) * (img > 0)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(1000), make(100)


(x_train, y_train), (x_test, y_test) = mnist.load_data()
x_train = x_train / 255.0
# Add a channels dim
x_train = tf.expand_dims(x_train[:1000].astype('float32'), axis=-1)
y_train = y_train[:1000]

train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(1000).batch(32)


class MyModel(tf.keras.Model):
    def __init__(self):
        super(MyModel, self).__init__()
        self.conv1 = tf.keras.layers.Conv2D(32, 3, activation='relu', name='conv_1')
        self.flatten = tf.keras.layers.Flatten(name='flatten')
        self.d1 = tf.keras.layers.Dense(128, activation='relu', name='dense_1')
        self.d2 = tf.keras.layers.Dense(10, name='dense_out')


    def call(self, x):
        x = self.conv1(x)
        x = self.flatten(x)
        x = self.d1(x)
        return self.d2(x)

# Create an instance of the model
model = MyModel()

loss_object = tf.keras.losses.SparseCategoricalCrossentropy()
optimizer = tf.keras.optimizers.Adam()

train_loss = tf.keras.metrics.Mean(name='train_loss')
train_accuracy = tf.keras.metrics.SparseCategoricalAccuracy(name='train_accuracy')

model(x_train[:1])  # port: builds the model before NanWatch attaches to it
watch = NanWatch(log_dir).attach(model, optimizer, loss=loss_object)  # port


@watch.train_step  # port
def train_step(images, labels):
    with tf.GradientTape() as tape:
        predictions = model(images)
        loss = loss_object(labels, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))

    train_loss(loss)
    train_accuracy(labels, predictions)
    return loss  # port: returned the gradients (for the TensorBoard histograms)


EPOCHS = 5

for epoch in range(EPOCHS):

    train_loss.reset_state()
    train_accuracy.reset_state()

    for images, labels in train_ds:
        train_step(images, labels)

    message = (f'Epoch: {epoch + 1}, Loss: {train_loss.result()}, Accuracy: {train_accuracy.result() * 100}'
              )
    print(message)
watch.close()
print("final loss:", float(train_loss.result()), "accuracy:", float(train_accuracy.result()),
      "(chance: accuracy 0.10, cross-entropy ln 10 = 2.3026)")
