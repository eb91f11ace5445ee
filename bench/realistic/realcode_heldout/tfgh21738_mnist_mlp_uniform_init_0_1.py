"""Model learns with keras but doesn't learn with tf.keras: an MNIST MLP whose Dense layers use
kernel_initializer='uniform', which tf.keras (TF 1.10) read as the core RandomUniform on [0, 1)
(tensorflow/tensorflow issue #21738)

Source: https://github.com/tensorflow/tensorflow/issues/21738 (read in the stored issue thread; the program is
the one in kmadhugit's comment of 2018-08-23, which shows it with its two `kernel_initializer='uniform'` lines
commented out and says "The default initializers seems to be working fine, if I comment kernel_initializer it
would work fine ... it fails only when I give a wrong initializer"; omalleyt12, 2018-08-31: "Just pushed the fix
for this yesterday ... The 'uniform' initi[alizer] ..." (the stored excerpt stops there)).
The program: Flatten(28x28) -> Dense(512, relu, kernel_initializer='uniform') -> Dropout(0.2) -> Dense(10,
softmax, kernel_initializer='uniform'), Adam, sparse categorical cross-entropy, one epoch on MNIST scaled to
[0, 1]. With `import keras` it learns; with tf.keras it does not.
Why: in TF 1.x tf.keras resolved 'uniform' to the core `init_ops.RandomUniform`, whose defaults are minval=0,
maxval=1, where Keras's own RandomUniform draws from [-0.05, 0.05] (the same mix-up fchollet describes for
TruncatedNormal in tensorflow/tensorflow issue #12973: "we removed the Keras TruncatedNormal initializer and
instead simply imported the core version (from init_ops). The core version has a different default stddev").
All-positive weights of up to 1 on 784 inputs and then on 512 ReLU units give logits in the thousands.
Fix from the thread: the default initializers (the comment's working program, with the two
kernel_initializer lines commented out); TensorFlow's own fix made 'uniform' mean [-0.05, 0.05] again. The
fixed twin comments the two lines out, as in the comment.
Labels: initial weights at a bad scale.
Port to Keras 3: Keras 3 reads 'uniform' as RandomUniform(-0.05, 0.05), so the TF 1.10 meaning of the string
is written out: kernel_initializer=keras.initializers.RandomUniform(minval=0.0, maxval=1.0) (the only
semantic edit); `tensorflow.python.keras.layers` / `.models` imports -> `keras.layers` / `keras.models`;
tf.keras.datasets.mnist (a download) replaced by synthetic digits of the same shape, dtype and scale (28x28
uint8 0-255, class ids 0-9), cut from 60,000 / 10,000 to 12,000 / 2,000 images (375 updates of 32 instead of
1,875); NanWatch callback; verbose=2; seeds; the final loss printed.
Verification (Keras's own printed losses, one run each; constant predictor: ln 10 = 2.303): reproduces in part,
with no NaN. The buggy run's epoch loss is 246.97 (accuracy 0.349), a hundred times the constant predictor's,
against the fixed twin's 0.107 (accuracy 0.977); but the buggy model does recover inside its one epoch (test
loss 1.39, accuracy 0.957 after it, against the twin's 0.020 / 0.998). Keras 3 computes the cross-entropy from
the softmax's cached logits, so the huge logits still give gradients; in TF 1.10 the saturated softmax was
clipped to [1e-7, 1 - 1e-7] and stalled, presumably why the issue's model did not learn at all. ~15 s per run.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from keras.layers import Flatten, Dense, Dropout
from keras.models import Sequential
from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("  Dense(512,\n       kernel_initializer=keras.initializers.RandomUniform(minval=0.0, maxval=1.0),",
        "  Dense(512,\n#       kernel_initializer='uniform',"),
       ("  Dense(10,\n       kernel_initializer=keras.initializers.RandomUniform(minval=0.0, maxval=1.0),",
        "  Dense(10,\n#       kernel_initializer='uniform',")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class mnist:
    # port: synthetic stand-in for tf.keras.datasets.mnist (uint8 0-255 digits, labels 0-9), cut
    @staticmethod
    def load_data():
        templates = np.stack([np.kron(rng.random((7, 7)) > 0.6, np.ones((4, 4))) for _ in range(10)])

        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            other = templates[rng.integers(0, 10, n)]
            img = (0.7 * templates[labels] + 0.5 * other) * rng.uniform(120, 200, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.3) + rng.normal(0, 25, (n, 28, 28)) * (img > 0)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(12000), make(2000)


(x_train, y_train),(x_test, y_test) = mnist.load_data()
x_train, x_test = x_train / 255.0, x_test / 255.0

print(f'tf version = {tf.__version__} ')

model = Sequential([
  Flatten(input_shape=(28,28)),
  Dense(512,
       kernel_initializer=keras.initializers.RandomUniform(minval=0.0, maxval=1.0),  # port: TF 1.10 tf.keras 'uniform'
        activation=tf.nn.relu),
  Dropout(0.2),
  Dense(10,
       kernel_initializer=keras.initializers.RandomUniform(minval=0.0, maxval=1.0),  # port: TF 1.10 tf.keras 'uniform'
        activation=tf.nn.softmax)
])


model.compile(optimizer='adam',
              loss='sparse_categorical_crossentropy',
              metrics=['accuracy'])

h = model.fit(x_train, y_train, epochs=1, callbacks=[NanWatch(log_dir)], verbose=2)
print("evaluate [loss, accuracy]:", model.evaluate(x_test, y_test, verbose=0))
print("final loss:", h.history["loss"][-1], "(constant predictor: ln 10 = 2.303)")
