"""Project 2, "I investigate the impact of initializing all model weights to zero on its performance": a
3072-50-50-10 ReLU/softmax MLP on CIFAR-10 with every kernel built by tf.keras.initializers.Zeros() -- "Training
and validation accuracy remained nearly constant at ~10% throughout 50 epochs ... symmetry is not broken and the
model cannot learn" (a student's course-project notebook)

Source: https://github.com/AliPakzad/DeepLearning-WeightInitialization-Impact-CIFAR10/blob/main/deep_Project_3_2.ipynb
  (a deep-learning course project notebook, read in the stored files of
  AliPakzad/DeepLearning-WeightInitialization-Impact-CIFAR10, commit 8dadb6ffab1854d5af4d8b80b04ef1a8ffd7cc15;
  the notebook is the whole repository besides its README).
The program: CIFAR-10 train and test concatenated and re-split with train_test_split (test 15%, then validation
15% of the rest, random_state=42), pixels divided by 255.0; `zero_init` = the Zeros() initializer;
Sequential([Flatten(input_shape=[32, 32, 3]), Dense(50, relu, kernel_initializer=zero_init),
Dense(50, relu, kernel_initializer=zero_init), Dense(10, softmax, kernel_initializer=zero_init)]);
compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"]);
fit(X_train, y_train, epochs=50, validation_data=(X_valid, y_valid)). Its log: loss 2.3027 and accuracy ~0.10 in
every one of the 50 epochs (1355 steps each); "layer 1 weights after 50 epochs" all 0.; test accuracy 0.0964.
The author's conclusion: "In this experiment, the weights of all neurons were initialized to zero. As a result,
the model was unable to learn meaningful features from the data. The training and validation accuracy remained
nearly constant at around 10%, which is equivalent to random guessing across the 10 classes of CIFAR-10. This
outcome highlights the importance of proper weight initialization."
Fix from the source: proper (random) weight initialization; the notebook does not show the fixed run. The fixed
twin builds the same kernels with tf.keras.initializers.GlorotUniform() (Keras's default for Dense), the one
line the notebook changed from the default.
Labels: weight_init (all-zero kernels: with zero weights and zero biases every ReLU unit outputs 0, so the hidden
kernels get zero gradients and stay exactly 0, as the notebook's printout shows; only the output bias moves,
which leaves the loss at ln 10).
Port to Keras 3: `from tensorflow import keras` kept alongside `import keras` (the initializer is still
tf.keras.initializers.Zeros(), which is keras.initializers.Zeros()); `Flatten(input_shape=[32, 32, 3])` ->
`Input(shape=[32, 32, 3])` then `Flatten()`; keras.datasets.cifar10.load_data() replaced by synthetic CIFAR-10-like
data of the same shape, dtype and scale (32x32x3 uint8 0-255, class ids 0-9 of shape (n, 1) from ten noisy
class templates; fixed seed), 6000 images instead of 60000, re-split with a seeded numpy permutation in the
notebook's ratios (sklearn is not installed): 4335 training rows (136 updates an epoch instead of 1355) and 765
validation rows; epochs cut from 50 to 10 (the buggy run's loss does not move at all; the cut is for time); the
weight printouts, model.summary() and the final evaluate dropped; NanWatch callback; verbose=0 and the epoch
losses printed.
Verification (Keras's own epoch losses, one run each; constant predictor: ln 10 = 2.3026): reproduces, no NaN.
Buggy run (Zeros kernels): 2.302, 2.301, 2.301, 2.301, 2.300, 2.300, 2.300, 2.300, 2.300, 2.300 (final 2.3001),
accuracy 0.105-0.110 throughout (val 0.107), the first hidden kernel still all 0 after training, as in the
notebook. Fixed twin (GlorotUniform kernels): 0.3742, 0.0048, 0.00187, 0.00101, 0.00063, 0.00043, 0.00031,
0.00024, 0.00019, 0.00015 (final 0.00015), accuracy 1.0 from epoch 2 (the stand-in classes are easier than
CIFAR-10). ~16-17 s per run here.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tensorflow import keras as tf_keras  # noqa: F401  (the notebook's `from tensorflow import keras`)
from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("zero_init = tf.keras.initializers.Zeros()", "zero_init = tf.keras.initializers.GlorotUniform()")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# port: synthetic stand-in for keras.datasets.cifar10.load_data() (60000 -> 6000 images)
rng = np.random.default_rng(0)
templates = rng.uniform(0, 255, (10, 32, 32, 3))
y = rng.integers(0, 10, (6000, 1))
X = 0.45 * templates[y[:, 0]] + 0.55 * rng.uniform(0, 255, (6000, 32, 32, 3))
X = X.astype(np.uint8)
y = y.astype(np.uint8)

# Split the data into training set and test set (port: seeded permutation in the notebook's ratios)
perm = rng.permutation(len(X))
n_test = int(0.15 * len(X))
X_test, y_test = X[perm[:n_test]], y[perm[:n_test]]
X_train_full, y_train_full = X[perm[n_test:]], y[perm[n_test:]]

X_train_full, X_test = X_train_full/255.0, X_test/255.0

# Split the training data into training set and validation set
n_valid = int(0.15 * len(X_train_full))
X_train, X_valid = X_train_full[n_valid:], X_train_full[:n_valid]
y_train, y_valid = y_train_full[n_valid:], y_train_full[:n_valid]

# define zero initializer
zero_init = tf.keras.initializers.Zeros()

model = keras.models.Sequential([
    keras.Input(shape=[32, 32, 3]),  # port: was Flatten(input_shape=[32, 32, 3])
    keras.layers.Flatten(),
    keras.layers.Dense(50, activation='relu', kernel_initializer=zero_init),
    keras.layers.Dense(50, activation='relu', kernel_initializer=zero_init),
    keras.layers.Dense(10, activation='softmax', kernel_initializer=zero_init)
])

model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])

history = model.fit(X_train, y_train, epochs=10, validation_data=(X_valid, y_valid), verbose=0,
                    callbacks=[NanWatch(log_dir)])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("accuracy per epoch:", [round(v, 3) for v in history.history["accuracy"]],
      "val", round(history.history["val_accuracy"][-1], 4))
print("layer 1 kernel all zero:", bool(np.all(model.layers[1].get_weights()[0] == 0)))
print("final loss:", history.history["loss"][-1], "(constant predictor: ln 10 = %.4f)" % np.log(10))
