"""Shallow Neural Network (Jon Krohn, "Deep Learning with TensorFlow, Keras and PyTorch" / "Deep Learning
Illustrated" course notebooks): a 784-64(sigmoid)-10(softmax) MNIST net trained with quadratic cost
(`loss='mean_squared_error'`) and SGD(lr=0.01) crawls to 86% in 200 epochs; the course's next notebook
("we improve on our introductory shallow net by incorporating the theory we've covered since") switches to
cross-entropy cost with a learning rate "an order of magnitude quicker" and gets 97% in 20 epochs

Source: https://github.com/jonkrohn/DLTFpT/blob/master/notebooks/shallow_net_in_tensorflow.ipynb and its
  follow-up https://github.com/jonkrohn/DLTFpT/blob/master/notebooks/intermediate_net_in_tensorflow.ipynb
  (course notebooks of Jon Krohn's "Deep Learning with TensorFlow, Keras and PyTorch" LiveLessons; read in the
  stored files of jonkrohn/DLTFpT, commits 2df83df502b8a785dc7450ce056b0ac598cb7cc4 (shallow) and
  90cc66ae4946f8715b1200a78ebefb62d76ef22f (intermediate); the course's cross_entropy_cost.ipynb /
  quadratic_cost.ipynb notebooks introduce the cost the follow-up switches to).
The program: MNIST reshaped to 784 float32 and divided by 255, labels one-hot (to_categorical);
Sequential: Dense(64, activation='sigmoid', input_shape=(784,)), Dense(10, activation='softmax');
model.compile(loss='mean_squared_error', optimizer=SGD(lr=0.01), metrics=['accuracy']);
model.fit(X_train, y_train, batch_size=128, epochs=200, verbose=1, validation_data=(X_valid, y_valid)).
The notebook's own log: loss 0.0926 / accuracy 0.101 after epoch 1, 0.0803 / 0.405 after epoch 30, 0.0711 /
0.470 after epoch 50, and only 0.0292 / 0.854 (val 0.8615) after epoch 200.
The follow-up notebook, "In this notebook, we improve on our introductory shallow net by incorporating the theory
we've covered since": model.compile(loss='categorical_crossentropy', optimizer=SGD(lr=0.1), ...) with the comments
"# N.B.: learning rate is order of magnitude quicker relative to shallow net" and "# N.B.: number of epochs is
order of magnitude smaller relative to shallow net"; its log reaches loss 0.4824 / accuracy 0.8625 after the
first epoch and 0.0329 / 0.990 (val 0.9745) after 20.
Fix from the source: cross-entropy cost and SGD(lr=0.1). The fixed twin takes exactly these two changes; the
follow-up's other changes (ReLU instead of sigmoid, a second hidden layer of 64, 20 epochs) are left out so the
twin differs only in what the labels name.
Labels: loss_task_mismatch (quadratic cost on one-hot class targets behind a softmax; the course's fix is the
cross-entropy cost) and learning_rate_too_low (the follow-up's "order of magnitude quicker" rate).
Port to Keras 3: `tensorflow.keras` imports -> `keras`; `SGD(lr=0.01)` -> `SGD(learning_rate=0.01)`;
`input_shape=(784,)` -> an `Input((784,))` first (Keras 3 warns on input_shape); mnist.load_data() replaced by
synthetic MNIST-like data of the same shape, dtype and scale (28x28 uint8 0-255, mostly-zero background, class
ids 0-9 from ten noisy class templates; fixed seed); the training set cut from 60000 to 3000 rows and the
validation set from 10000 to 500 (200 epochs kept: 24 instead of 469 updates an epoch); the plots,
model.summary(), the parameter-count cells, predict/predict_classes dropped; NanWatch callback; verbose=0 and
the epoch losses printed.
Verification (Keras's own epoch losses, one run each, every 10th epoch and the last; constant predictor: MSE 0.09
on one-hot targets of 10 classes, cross-entropy ln 10 = 2.303): reproduces the notebook's crawl, no NaN. Buggy
run (MSE, SGD 0.01): 0.0921, 0.0910, 0.0902, 0.0896, 0.0891, 0.0886, 0.0881, 0.0876, 0.0872, 0.0867, 0.0863,
0.0858, 0.0854, 0.0849, 0.0844, 0.0839, 0.0834, 0.0829, 0.0824, 0.0818 ... final 0.0813 after 200 epochs, still
near the constant-predictor 0.09; accuracy 0.096 for the first ~30 epochs, 0.41 at epoch 80, final 0.742 (val
0.742) on stand-in digits that the twin separates perfectly (the notebook: 0.854 after 200 epochs on MNIST).
Fixed twin (categorical cross-entropy, SGD 0.1): 1.973, 0.0855, 0.0326, 0.0194, 0.0136, ... final 0.00217;
accuracy 1.0 from epoch 10. ~60-70 s per run here (wall clock on the loaded 2-core machine; 35-38 s of CPU).
"""
import sys

import numpy as np
import keras
from keras.utils import to_categorical
from keras.models import Sequential
from keras.layers import Dense
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("loss_task_mismatch", "learning_rate_too_low")
FIX = [("model.compile(loss='mean_squared_error', optimizer=SGD(learning_rate=0.01), metrics=['accuracy'])",
        "model.compile(loss='categorical_crossentropy', optimizer=SGD(learning_rate=0.1), metrics=['accuracy'])")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


rng = np.random.default_rng(0)
templates = (rng.random((10, 28, 28)) > 0.8) * rng.uniform(150, 255, (10, 28, 28))


def synthetic_mnist(n, rng):  # port: stands in for mnist.load_data()
    y = rng.integers(0, 10, n)
    x = templates[y] * rng.uniform(0.6, 1.0, (n, 1, 1)) + rng.normal(0, 30, (n, 28, 28))
    x = x * (rng.random((n, 28, 28)) > 0.15)
    return np.clip(x, 0, 255).astype(np.uint8), y.astype(np.uint8)


X_train, y_train = synthetic_mnist(3000, rng)
X_valid, y_valid = synthetic_mnist(500, rng)

X_train = X_train.reshape(3000, 784).astype('float32')
X_valid = X_valid.reshape(500, 784).astype('float32')
X_train /= 255
X_valid /= 255

n_classes = 10
y_train = to_categorical(y_train, n_classes)
y_valid = to_categorical(y_valid, n_classes)

model = Sequential()
model.add(keras.Input((784,)))  # port: was input_shape=(784,) on the first Dense
model.add(Dense(64, activation='sigmoid'))
model.add(Dense(10, activation='softmax'))

model.compile(loss='mean_squared_error', optimizer=SGD(learning_rate=0.01), metrics=['accuracy'])

history = model.fit(X_train, y_train, batch_size=128, epochs=200, verbose=0, validation_data=(X_valid, y_valid),
                    callbacks=[NanWatch(log_dir)])
losses = history.history["loss"]
print("losses every 10 epochs:", [float("%.4g" % v) for v in losses[::10]] + [float("%.4g" % losses[-1])])
print("accuracy every 10 epochs:", [round(v, 3) for v in history.history["accuracy"][::10]],
      "final", round(history.history["accuracy"][-1], 4), "val", round(history.history["val_accuracy"][-1], 4))
print("final loss:", losses[-1], "(constant predictor: MSE 0.09 on one-hot of 10 classes; cross-entropy ln 10 = 2.303)")
