"""Keras debugging tips, tip 3: a custom train_step that adds raw second-order gradients to the first-order ones
"doesn't converge" (keras.io code example by fchollet: MNIST, Dense(256, relu) -> Dense(10, softmax), SGD 1e-2)

Source: https://keras.io/examples/keras_recipes/debugging_tips/ (keras-team/keras-io, examples/keras_recipes/
  debugging_tips.py; read in the stored file examples/keras_recipes/md/debugging_tips.md at commit
  311b1919825a3ee1ec1839a9cf311a07f2b56ca5, the Keras 3 version "Last modified: 2023/11/16", with its printed outputs; section "Tip 3: to debug what happens during fit(), use
  run_eagerly=True")
The program: a `MyModel(keras.Model)` whose `train_step` takes the first-order gradients dl_dw with an inner
GradientTape and the "second-order gradients" d2l_dw2 = tape2.gradient(dl_dw, trainable_vars) with an outer one,
and applies grads = 0.5 * d2l_dw2 + 0.5 * dl_dw with SGD(learning_rate=1e-2); the model is keras.Input(784) ->
Dense(256, relu) -> Dense(10, softmax) on MNIST flattened and divided by 255, sparse categorical cross-entropy,
fit with epochs=3, batch_size=1024 and validation_split=0.1. The page prints loss 2.4264, 2.3111, 2.3442 (val_loss 2.3036,
2.3387, 2.3697) and says "Oh no, it doesn't converge! Something is not working as planned."
Fix from the source: the eager printout shows the second-order terms 100x the first-order ones ("The first order and
second order gradients can have values that differ by orders of magnitudes ... Their values can vary greatly at each
step. This leads us to an obvious idea: let's normalize the gradients before combining them"): the next version adds
`dl_dw = [tf.math.l2_normalize(w) for w in dl_dw]` and `d2l_dw2 = [tf.math.l2_normalize(w) for w in d2l_dw2]` before
the combination and trains for epochs=5 with metrics=["sparse_categorical_accuracy"] ("Now, training converges! It
doesn't work well at all, but at least the model learns something": loss 2.32 -> 1.52, val accuracy 0.66). The
fixed twin is that version (normalization, epochs=5; the metric is added to both twins here, see below).
Labels: exploding_gradients: the update is dominated by gradient terms orders of magnitude larger and far noisier
than the loss gradient (max |d2l_dw2| ~5 against ~0.03), and the fix rescales the gradients (normalizes them to unit
norm, a gradient-norm clip in effect); optimizer_settings: the failing part is the hand-written update rule inside
the optimizer step (what is fed to SGD), not the model or the data.
Port to Keras 3: the code is already Keras 3 (`import keras`, `from keras import layers`, `import tensorflow as
tf`, `self.compute_loss(y=..., y_pred=...)`); the unused `from keras import ops`, the tip 1/2 code (the
MyAntirectifier layer, the three-input model, summary/plot_model) and the eager printing run of tip 3 dropped;
keras.datasets.mnist.load_data() (a download) replaced by synthetic digits of the same shape, dtype and scale
(60000 rows of 28x28 uint8 0-255, class ids 0-9, mostly-0 background; the full 60000 kept, so each epoch is 53
updates as on the page); metrics=["sparse_categorical_accuracy"] (the page's later compiles) added to the first
compile as well so both twins report accuracy; NanWatch callback; verbose=0 and the final losses printed; seeds.
Verification (Keras's own losses, one run each; constant predictor ln 10 = 2.303): the buggy run does not converge,
as on the page: epoch losses 2.84, 2.31, 2.32, val_loss 2.31, 2.32, 2.32, final accuracy 0.11 (val 0.11), no
NaN/Inf; the fixed twin (gradients l2-normalized, 5 epochs) learns like the page's: losses 2.06, 1.74, 1.52, 1.36,
1.25, val_loss 1.87 -> 1.20, accuracy 0.73 (val 0.73). Each run takes ~40 s here.
"""
import os
import sys

# The last example uses tf.GradientTape and thus requires TensorFlow.
# However, all tips here are applicable with all backends.
os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
from keras import layers
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("exploding_gradients", "optimizer_settings")
FIX = [("""        d2l_dw2 = tape2.gradient(dl_dw, trainable_vars)

        # Combine""", """        d2l_dw2 = tape2.gradient(dl_dw, trainable_vars)

        dl_dw = [tf.math.l2_normalize(w) for w in dl_dw]
        d2l_dw2 = [tf.math.l2_normalize(w) for w in d2l_dw2]

        # Combine"""),
       ("epochs=3, batch_size=1024", "epochs=5, batch_size=1024")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class mnist:
    # port: synthetic stand-in for keras.datasets.mnist (uint8 0-255 digits, labels 0-9)
    @staticmethod
    def load_data():
        templates = np.stack([np.kron(rng.random((7, 7)) > 0.6, np.ones((4, 4))) for _ in range(10)])

        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            other = templates[rng.integers(0, 10, n)]
            img = (0.7 * templates[labels] + 0.5 * other) * rng.uniform(120, 200, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.3) + rng.normal(0, 25, (n, 28, 28)) * (img > 0)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(60000), make(1000)


class MyModel(keras.Model):
    def train_step(self, data):
        inputs, targets = data
        trainable_vars = self.trainable_variables
        with tf.GradientTape() as tape2:
            with tf.GradientTape() as tape1:
                y_pred = self(inputs, training=True)  # Forward pass
                # Compute the loss value
                # (the loss function is configured in `compile()`)
                loss = self.compute_loss(y=targets, y_pred=y_pred)
            # Compute first-order gradients
            dl_dw = tape1.gradient(loss, trainable_vars)
        # Compute second-order gradients
        d2l_dw2 = tape2.gradient(dl_dw, trainable_vars)

        # Combine first-order and second-order gradients
        grads = [0.5 * w1 + 0.5 * w2 for (w1, w2) in zip(d2l_dw2, dl_dw)]

        # Update weights
        self.optimizer.apply_gradients(zip(grads, trainable_vars))

        # Update metrics (includes the metric that tracks the loss)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(targets, y_pred)

        # Return a dict mapping metric names to current value
        return {m.name: m.result() for m in self.metrics}


# Construct an instance of MyModel
def get_model():
    inputs = keras.Input(shape=(784,))
    intermediate = layers.Dense(256, activation="relu")(inputs)
    outputs = layers.Dense(10, activation="softmax")(intermediate)
    model = MyModel(inputs, outputs)
    return model


# Prepare data
(x_train, y_train), _ = mnist.load_data()
x_train = np.reshape(x_train, (-1, 784)) / 255

model = get_model()
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["sparse_categorical_accuracy"],
)
h = model.fit(x_train, y_train, epochs=3, batch_size=1024, validation_split=0.1,
              callbacks=[NanWatch(log_dir)], verbose=0)
print("losses:", h.history["loss"], "val_losses:", h.history["val_loss"],
      "final accuracy:", h.history["sparse_categorical_accuracy"][-1],
      "val accuracy:", h.history["val_sparse_categorical_accuracy"][-1], "(constant predictor: ln 10 = 2.3026)")
