"""Impact of initialization: the two-hidden-layer tanh digits MLP with TruncatedNormal(stddev=1) weights,
SGD(0.1): "a very high initial loss", saturated tanh layers train "much slower" (Deep Learning class of the Master Data Science, Universite Paris-Saclay, lab 01_keras,
"Home Assignment: Impact of Initialization")

Source: https://github.com/m2dsupsdlclass/lectures-labs, labs/01_keras/Intro Keras.ipynb (section "Home Assignment:
  Impact of Initialization") and its solutions labs/01_keras/solutions/keras_initializations.py and
  keras_initializations_analysis.py (read in a fetched snapshot of the repository, commit
  a41bdfde52081eaa615d86c46fceeae1c4b1d0cd; the two solution files last changed in
  82112b22cc4ab4e41275233aaee73fcc4cbccb0a, 2021-11-14)
The program: sklearn's digits (1,797 8x8 images, pixel values 0-16, 64 features, 10 classes) as float32, split
85/15 with train_test_split(test_size=0.15, random_state=37), standardized with StandardScaler, labels one-hot;
input_dim = 64, hidden_dim = 100, output_dim = 10. The assignment: "let us plug an alternative init scheme into a
2 hidden layers networks with "tanh" activations ... Try the following initialization schemes and see whether
the SGD algorithm can successfully train the network or not: a very small e.g. `stddev=1e-3`; a larger scale
e.g. `stddev=1` or `10`; initialize all weights to 0". The solution loops over optimizers and inits
(`large_scale_init = initializers.TruncatedNormal(stddev=1)`, `small_scale_init =
initializers.TruncatedNormal(stddev=1e-3)`, 'glorot_uniform', 'zero'), each a Sequential of Dense(hidden_dim,
input_dim=input_dim, activation="tanh", kernel_initializer=init) -> Dense(hidden_dim, tanh, init) ->
Dense(output_dim, softmax, init), categorical_crossentropy, fit(epochs=10, batch_size=32). This program is the
solution's loop cut to its first optimizer, SGD(learning_rate=0.1), and one init, ('large init scale', large_scale_init).
The passage that names the fault and the fix (keras_initializations_analysis.py): "Initializing the weights with large random values will make the output distribution (softmax) very peaky:
the network is very "confident" of its predictions even if they are completely random. This leads to a very
high initial loss value. The softmax function does not saturate ... However the intermediate tanh layers can
saturate, therefore squashing the gradient of the loss with respect to the parameters of the first "Dense"
layer and making the network train much slower." "The Glorot
uniform init uses a scale that depends on the dimensions of the weight matrix so has to preserve the average norm
of activations and flowing gradients so as to make learning possible. ... if you network fails to learn at all
(the loss stays at its initial value): ensure that the weights are properly initialized".
Fix from the source: the solution's reference init in the same loop, 'glorot_uniform' (Keras's default); the
fixed twin uses it.
Labels: initial weights at a bad (large) scale; saturated tanh hidden layers.
Port to Keras 3: `tensorflow.keras` -> `keras`; the solution's optimizer and init lists cut to the one pair
(the plots dropped); sklearn (not installed) replaced by numpy exactly as in ghm2dsdl_digits_sgd_lr_10 (the same
1,797 synthetic 8x8 digits with integer pixels 0-16, ten stroke templates shifted, blended and noisy; a permutation
with seed 37 for train_test_split, 1,527 train / 270 test rows; (x - mean) / std with std 0 -> 1 for
StandardScaler); NanWatch callback; the epoch losses printed; keras.utils.set_random_seed(0).
Verification (Keras's own epoch losses, one run each; constant predictor ln 10 = 2.3026): does NOT reproduce
as a failure at the end of the run, no NaN. The buggy run starts as the analysis says, far above the constant
predictor (epoch 1 loss 10.47, then 4.83, 2.57), but then falls quickly: 1.494, 0.960, 0.648, 0.470, 0.355,
0.278, 0.226 (final 0.226). The fixed twin (glorot_uniform): 1.858, 1.108, 0.859 ... 0.391, 0.343 (final
0.343): the large-init run ends below its twin on these 1,527 training rows (its large weights fit the
training set faster; the test set was not scored, as in the solution). Kept as it is, labelled by the
solution's words; the failure shows only in its first epochs. The two programs of this assignment
(ghm2dsdl_digits_tanh_small_init_1e3 is the other) share their fixed twin. ~10 s per run here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from keras import optimizers
from keras import initializers
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("weight_init", "saturated_activations")
FIX = [("    ('large init scale', large_scale_init, '-'),", "    ('glorot uniform init', 'glorot_uniform', '-'),")]

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

input_dim = X_train.shape[1]
hidden_dim = 100
output_dim = Y_train.shape[1]

large_scale_init = initializers.TruncatedNormal(stddev=1)
small_scale_init = initializers.TruncatedNormal(stddev=1e-3)


optimizer_list = [
    ('SGD', optimizers.SGD(learning_rate=0.1)),
]

init_list = [
    ('large init scale', large_scale_init, '-'),
]


for optimizer_name, optimizer in optimizer_list:
    print("Fitting with:", optimizer_name)
    for init_name, init, linestyle in init_list:
        model = Sequential()
        model.add(Dense(hidden_dim, input_dim=input_dim, activation="tanh",
                        kernel_initializer=init))
        model.add(Dense(hidden_dim, activation="tanh",
                        kernel_initializer=init))
        model.add(Dense(output_dim, activation="softmax",
                        kernel_initializer=init))

        model.compile(optimizer=optimizer,
                      loss='categorical_crossentropy')

        history = model.fit(X_train, Y_train,
                            epochs=10, batch_size=32, verbose=0, callbacks=[NanWatch(log_dir)])
        print(init_name, "losses:", [round(l, 4) for l in history.history['loss']],
              "(constant predictor: ln 10 = 2.3026)")
