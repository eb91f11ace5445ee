"""Impact of initialization (lab home assignment): a two-hidden-layer tanh network on the digits with all weights
initialized to 0, "no learning can happen with any gradient-based optimizer (SGD, Adam...): the loss stays
constant" (Deep Learning class of the Master Data Science, Universite Paris-Saclay, lab 01_keras)

Source: https://github.com/m2dsupsdlclass/lectures-labs, labs/01_keras/Intro Keras.ipynb (section "d) Home
  assignment: impact of initialization"), its solution labs/01_keras/solutions/keras_initializations.py and the
  solution's written analysis labs/01_keras/solutions/keras_initializations_analysis.py (read in the stored copies
  of those three files, at commits 08f07374777dc0be85029ad9bbfdcbb81c305d06, 6e28cb536e6cfade73f73413e127dc0ec20c5ede
  and 0a045fe01179c164fe0eedd1b3aded2b5f70ec7b)
The program: sklearn's digits (1,797 8x8 images, pixel values 0-16, 64 features, 10 classes) as float32, split
85/15 with train_test_split(test_size=0.15, random_state=37), standardized with StandardScaler, labels one-hot
(to_categorical); N = 64, H = 100, K = 10; Sequential: Dense(H, input_dim=N, kernel_initializer=init) ->
Activation("tanh") -> Dense(K, kernel_initializer=init) -> Activation("tanh") -> Dense(K, kernel_initializer=init)
-> Activation("softmax"), compiled with optimizers.SGD(lr=0.1) and categorical_crossentropy, fit(epochs=10,
batch_size=32). The assignment asks to "initialize all weights to 0 (constant initialization)" and see whether SGD
can train the network; the solution loops over init_list entries including ('zero init', 'zero', '--') and the
analysis says: "If the network is initialized to zero weights, the activations of the hidden layers are always set
to zero, whatever the value of the inputs. The gradient is always zero for all training samples and no learning
can happen with any gradient-based optimizer (SGD, Adam...): the loss stays constant ... if you network fails to
learn at all (the loss stays at its initial value): - ensure that the weights are properly initialized".
Fix from the source: the Keras default it contrasts, ('glorot uniform init', 'glorot_uniform', '-'): "The Glorot
uniform init uses a scale that depends on the dimensions of the weight matrix so has to preserve the average norm of
activations and flowing gradients so as to make learning possible." The fixed twin uses that entry.
Labels: weight_init: all-zero kernels, the failure the assignment sets up and the analysis explains.
Port to Keras 3: `from tensorflow.contrib import keras` / `keras.utils.np_utils.to_categorical` /
`keras.layers.core` -> `import keras` / `keras.utils.to_categorical` / `keras.layers`; `SGD(lr=0.1)` ->
`SGD(learning_rate=0.1)`; the solution's loops kept with one entry each: optimizer_list holds the SGD entry only
(the Adam entry dropped: one training per run) and init_list the 'zero init' entry; the plot -> the epoch losses
printed; sklearn (not installed) replaced by numpy: load_digits by 1,797 synthetic 8x8 digits with integer pixels
0-16 (ten blurred stroke templates plus noise, the border columns mostly 0 as in the real set, class ids 0-9),
train_test_split by a permutation with seed 37 (1,527 train / 270 test rows) and StandardScaler by
(x - mean) / std with std 0 -> 1 as sklearn does; the image displays dropped; NanWatch callback; verbose=0;
keras.utils.set_random_seed(0).
Verification (Keras's own epoch losses, one run each; constant predictor ln 10 = 2.3026): the buggy run stays at its
initial value as the analysis says: 2.3034, 2.3028, then 2.3026 for the remaining 8 epochs (only the output bias
can move: it learns the class frequencies); no NaN/Inf. The fixed twin (glorot_uniform) learns: 0.859, 0.249,
0.134 ... 0.0295 after 10 epochs. Each run takes ~10 s here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Activation
from keras import optimizers
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("    ('zero init', 'zero', '--'),", "    ('glorot uniform init', 'glorot_uniform', '-'),")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def load_digits():
    # port: stands in for sklearn.datasets.load_digits() (1797 x 64, integer pixels 0-16, labels 0-9)
    rng = np.random.RandomState(0)
    templates = rng.rand(10, 8, 8) ** 3 * 16 * (rng.rand(10, 8, 8) > 0.45)
    templates[:, :, 0] *= 0.1
    templates[:, :, 7] *= 0.2
    target = rng.randint(0, 10, 1797)
    images = templates[target] + rng.normal(0, 2.5, (1797, 8, 8)) * (templates[target] > 0)
    images = np.clip(np.round(images), 0, 16)

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

optimizer_list = [
    ('SGD', optimizers.SGD(learning_rate=0.1)),
]

init_list = [
    ('zero init', 'zero', '--'),
]


for optimizer_name, optimizer in optimizer_list:
    for init_name, init, linestyle in init_list:
        model = Sequential()
        model.add(Dense(H, input_dim=N, kernel_initializer=init))
        model.add(Activation("tanh"))
        model.add(Dense(K, kernel_initializer=init))
        model.add(Activation("tanh"))
        model.add(Dense(K, kernel_initializer=init))
        model.add(Activation("softmax"))

        model.compile(optimizer=optimizer,
                      loss='categorical_crossentropy')

        history = model.fit(X_train, Y_train,
                            epochs=10, batch_size=32, verbose=0, callbacks=[NanWatch(log_dir)])
        print(optimizer_name, init_name, "losses:", [round(l, 4) for l in history.history['loss']],
              "(constant predictor: ln 10 = 2.3026)")
