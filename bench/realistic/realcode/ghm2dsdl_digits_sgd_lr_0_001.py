"""Impact of the optimizer (lab exercise): the digits MLP trained with plain SGD at learning rate 0.001, "Setting the
learning rate value to a small value (e.g. lr=0.001 on this dataset) makes the model train much slower (it has not
converged yet after 15 epochs)" (Deep Learning class of the Master Data Science, Universite Paris-Saclay,
lab 01_keras)

Source: https://github.com/m2dsupsdlclass/lectures-labs, labs/01_keras/Intro Keras.ipynb (sections "a) Keras
  Workflow" and "b) Exercises: Impact of the Optimizer") and its solution labs/01_keras/solutions/
  keras_sgd_and_momentum.py (read in the stored copies of the two files, at commit
  08f07374777dc0be85029ad9bbfdcbb81c305d06)
The program: sklearn's digits (1,797 8x8 images, pixel values 0-16, 64 features, 10 classes) as float32, split
85/15 with train_test_split(test_size=0.15, random_state=37), standardized with StandardScaler, labels one-hot
(to_categorical); N = 64, H = 100, K = 10; the lab's first network: Sequential: Dense(H, input_dim=N) ->
Activation("tanh") -> Dense(K) -> Activation("softmax"), optimizers.SGD(lr=0.1), categorical_crossentropy,
metrics accuracy, fit(epochs=15, batch_size=32). The exercise below it says "Try to decrease the learning rate
value by 10 or 100. What do you observe?"; this program is that cell with the learning rate divided by 100, the
value the solution names, lr=0.001. The solution's analysis: "Setting the learning rate value to a small value
(e.g. lr=0.001 on this dataset) makes the model train much slower (it has not converged yet after 15 epochs).
Using momentum tends to mitigate the small learning rate / slow training problem a bit."
(The same exercise at lr=10 is the program ghm2dsdl_digits_sgd_lr_10; section d) of the same lab, the all-zero
initialization, is ghm2dsdl_digits_tanh_zero_init.)
Fix from the source: the lab's own setting, SGD(lr=0.1) (the solution then adds Nesterov momentum 0.9 to it);
the fixed twin sets learning_rate=0.1 back (the same twin as ghm2dsdl_digits_sgd_lr_10's).
Labels: learning rate too low.
Port to Keras 3: `from tensorflow.contrib import keras` / `keras.utils.np_utils.to_categorical` /
`keras.layers.core` -> `import keras` / `keras.utils.to_categorical` / `keras.layers`; `SGD(lr=...)` ->
`SGD(learning_rate=...)`; sklearn (not installed) replaced by numpy exactly as in ghm2dsdl_digits_sgd_lr_10:
load_digits by 1,797 synthetic 8x8 digits with integer pixels 0-16 (ten stroke templates, class ids 0-9; each image
its template shifted by up to a pixel, with its own stroke strength, blended with a second template and noisy
everywhere), train_test_split by a permutation with seed 37 (1,527 train / 270 test rows) and StandardScaler by
(x - mean) / std with std 0 -> 1 as sklearn does; the image displays dropped; NanWatch callback; verbose=0 and
the epoch losses printed; keras.utils.set_random_seed(0).
Verification (Keras's own epoch losses, one run each; constant predictor ln 10 = 2.3026): the buggy run barely
moves, as the solution says: losses 2.4605, 2.4356, 2.4112 ... 2.1732, 2.1540 (final; still near the constant
predictor after 15 epochs, falling ~0.02 an epoch; train accuracy 0.12 -> 0.21); no NaN/Inf. The fixed twin (lr
0.1) learns: 1.827, 1.164, 0.934 ... 0.395, 0.370 (final 0.370, accuracy 0.905). ~20 s per run here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from keras import optimizers
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("optimizers.SGD(learning_rate=0.001)", "optimizers.SGD(learning_rate=0.1)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def load_digits():
    # port: stands in for sklearn.datasets.load_digits() (1797 x 64, integer pixels 0-16, labels 0-9)
    rng = np.random.RandomState(0)
    templates = rng.rand(10, 8, 8) ** 3 * 16 * (rng.rand(10, 8, 8) > 0.45)
    templates[:, :, 0] *= 0.1
    templates[:, :, 7] *= 0.2
    target = rng.randint(0, 10, 1797)
    # handwriting varies: each image is its template shifted by up to one pixel, with its own stroke
    # strength, blended with another class's template and noisy everywhere
    shifts = rng.randint(-1, 2, (1797, 2))
    images = np.stack([np.roll(templates[t], tuple(s), axis=(0, 1)) for t, s in zip(target, shifts)])
    images = images * rng.uniform(0.6, 1.2, (1797, 1, 1)) + 0.35 * templates[rng.randint(0, 10, 1797)]
    images = np.clip(np.round(images + rng.normal(0, 3.0, (1797, 8, 8))), 0, 16)

    class Bunch:
        pass
    digits = Bunch()
    digits.images, digits.data, digits.target = images, images.reshape(1797, 64), target
    return digits


digits = load_digits()

data = np.asarray(digits.data, dtype='float32')
target = np.asarray(digits.target, dtype='int32')

# port: train_test_split(data, target, test_size=0.15, random_state=37)
perm = np.random.RandomState(37).permutation(len(data))
n_test = int(np.ceil(0.15 * len(data)))
X_train, X_test, y_train, y_test = data[perm[n_test:]], data[perm[:n_test]], target[perm[n_test:]], target[perm[:n_test]]

# mean = 0 ; standard deviation = 1.0
# port: preprocessing.StandardScaler()
mean_, scale_ = X_train.mean(axis=0), X_train.std(axis=0)
scale_[scale_ == 0] = 1.0
X_train = (X_train - mean_) / scale_
X_test = (X_test - mean_) / scale_

Y_train = to_categorical(y_train)

N = X_train.shape[1]
H = 100
K = 10

model = Sequential()
model.add(Dense(H, input_dim=N))
model.add(Activation("tanh"))
model.add(Dense(K))
model.add(Activation("softmax"))

model.compile(optimizer=optimizers.SGD(learning_rate=0.001),
              loss='categorical_crossentropy', metrics=['accuracy'])

history = model.fit(X_train, Y_train, epochs=15, batch_size=32, verbose=0, callbacks=[NanWatch(log_dir)])
print("losses:", [round(l, 4) for l in history.history['loss']])
print("accuracy:", [round(a, 3) for a in history.history['accuracy']])
print("(constant predictor: ln 10 = 2.3026)")
