"""keras-vis "Attention on MNIST" example: the Keras mnist_cnn model with `Dense(num_classes, activation='softmax',
name='preds')` followed by a second `Activation('softmax')`, categorical cross-entropy, Adam: the loss stays near
1.47 ("loss: 1.4839 ... val_loss: 1.4741"); pull request #87 "remove the duplicated softmax layer": "For there is
softmax activation in the previous dense layer already."

Source: https://github.com/raghakot/keras-vis/pull/87 (merged), fixing commit
  14f3f61b2a07fa07164b2bb8ac1a6e5aed4936a6 "remove the softmax layer, as there is softmax activiation in the previosu
  dense layer already." (one line deleted from examples/mnist/attention.ipynb); the program is that notebook's first
  code cell as it was before the fix (examples/mnist/attention.ipynb at 08a1581, the fixing commit's parent), read in
  a fetched snapshot of raghakot/keras-vis.
The program: MNIST reshaped to (28, 28, 1), /255, one-hot labels; Conv2D(32, 3x3, relu) -> Conv2D(64, 3x3, relu) ->
MaxPooling2D(2) -> Dropout(0.25) -> Flatten -> Dense(128, relu) -> Dropout(0.5) -> Dense(10, softmax, name='preds')
-> Activation('softmax'); loss keras.losses.categorical_crossentropy, Adam(), batch_size 128, 5 epochs, validation
on the test set. The notebook ("Lets build the mnist model and train it for 5 epochs. It should get to about ~99%
test accuracy.") printed: loss 1.5707, 1.4990, 1.4915, 1.4870, 1.4839, val_loss 1.4873 ... 1.4741, test accuracy
0.987: the second softmax squashes probabilities in [0, 1] into outputs of at most e / (e + 9) = 0.23, so the
cross-entropy cannot fall below -ln(0.23) = 1.46 however well the network separates the digits, and its gradients
are shrunk by the same squashing.
Fix from the source: the pull request's one-line deletion of `model.add(Activation('softmax'))`; the fixed twin is
the notebook without it.
Labels: the output activation does not fit the loss (softmax applied twice before the cross-entropy, the probability
output of the first softmax treated as the logits of a second).
Port to Keras 3: `from __future__` dropped; `K.image_data_format()` kept (keras.backend); verbose=1 -> verbose=0 and
the epoch losses printed; NanWatch callback; keras.utils.set_random_seed(0). Data: nothing is downloaded:
mnist.load_data() is replaced by stand-in digits of the same shape, dtype and scale (28x28 uint8 pixels 0-255 on a
dark background, class ids 0-9: ten random stroke prototypes, shifted by up to 2 pixels, with noise), fixed seed.
Time: 60000/10000 images are cut to 3000/500 (24 updates of 128 per epoch instead of 469), the 5 epochs kept.
Verification (Keras's own epoch losses, one run each; constant predictor: the entropy of the 10 balanced classes,
ln 10 = 2.303; the floor of the double softmax: 1.46): reproduces, as in the notebook: the loss drops once and then
sits on the double-softmax floor, 1.684, 1.465, 1.463, 1.462, 1.462 (final 1.4617; val_loss 1.461 at every epoch),
although the network separates the easy stand-in digits (test accuracy 1.0, as the notebook's 0.987). The fixed twin
(one softmax) goes on down: 0.4748, 0.007809, 0.002779, 0.001024, 0.0005964 (final 0.00060, val_loss 4.5e-06,
accuracy 1.0). A mild failure by accuracy, a clear one by the loss. ~30 s per run here (~50-58 s with two at once).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential, Model
from keras.layers import Dense, Dropout, Flatten, Activation, Input
from keras.layers import Conv2D, MaxPooling2D
from keras import backend as K
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("model.add(Activation('softmax'))\n", "")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def _load_data(n_train=3000, n_test=500):  # port: stand-in for mnist.load_data(), see the docstring
    rng = np.random.default_rng(0)
    protos = np.zeros((10, 32, 32))
    for k in range(10):  # a few random strokes per class
        for _ in range(4):
            r, c = rng.integers(6, 26, 2)
            dr, dc = rng.integers(-1, 2, 2)
            for t in range(8):
                rr, cc = np.clip(r + t * dr, 2, 29), np.clip(c + t * dc, 2, 29)
                protos[k, rr - 1:rr + 2, cc - 1:cc + 2] = 1.0

    def make(n):
        y = rng.integers(0, 10, n)
        sh = rng.integers(0, 5, (n, 2))
        x = np.stack([protos[y[i], sh[i, 0]:sh[i, 0] + 28, sh[i, 1]:sh[i, 1] + 28] for i in range(n)])
        x = x * rng.uniform(0.7, 1.0, (n, 1, 1)) + rng.normal(0, 0.08, (n, 28, 28)) * (x > 0)
        return (np.clip(x, 0, 1) * 255).astype("uint8"), y.astype("uint8")

    return make(n_train), make(n_test)


batch_size = 128
num_classes = 10
epochs = 5

# input image dimensions
img_rows, img_cols = 28, 28

# the data, shuffled and split between train and test sets
(x_train, y_train), (x_test, y_test) = _load_data()

if K.image_data_format() == 'channels_first':
    x_train = x_train.reshape(x_train.shape[0], 1, img_rows, img_cols)
    x_test = x_test.reshape(x_test.shape[0], 1, img_rows, img_cols)
    input_shape = (1, img_rows, img_cols)
else:
    x_train = x_train.reshape(x_train.shape[0], img_rows, img_cols, 1)
    x_test = x_test.reshape(x_test.shape[0], img_rows, img_cols, 1)
    input_shape = (img_rows, img_cols, 1)

x_train = x_train.astype('float32')
x_test = x_test.astype('float32')
x_train /= 255
x_test /= 255
print('x_train shape:', x_train.shape)
print(x_train.shape[0], 'train samples')
print(x_test.shape[0], 'test samples')

# convert class vectors to binary class matrices
y_train = keras.utils.to_categorical(y_train, num_classes)
y_test = keras.utils.to_categorical(y_test, num_classes)

model = Sequential()
model.add(Conv2D(32, kernel_size=(3, 3),
                 activation='relu',
                 input_shape=input_shape))
model.add(Conv2D(64, (3, 3), activation='relu'))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Dropout(0.25))
model.add(Flatten())
model.add(Dense(128, activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(num_classes, activation='softmax', name='preds'))
model.add(Activation('softmax'))

model.compile(loss=keras.losses.categorical_crossentropy,
              optimizer=keras.optimizers.Adam(),
              metrics=['accuracy'])

history = model.fit(x_train, y_train,
          batch_size=batch_size,
          epochs=epochs,
          verbose=0,
          validation_data=(x_test, y_test),
          callbacks=[NanWatch(log_dir)])

score = model.evaluate(x_test, y_test, verbose=0)
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("val_loss per epoch:", [float("%.4g" % v) for v in history.history["val_loss"]])
print('Test loss:', score[0])
print('Test accuracy:', score[1])
print("final loss:", history.history["loss"][-1], "(constant predictor: ln 10 = 2.303; double-softmax floor 1.46)")
