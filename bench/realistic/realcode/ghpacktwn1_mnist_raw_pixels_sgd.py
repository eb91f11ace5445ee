"""Ch2 end-to-end example does not improve in accuracy (PacktPublishing/What-s-New-in-TensorFlow-2.0 issue #1)

Source: https://github.com/PacktPublishing/What-s-New-in-TensorFlow-2.0/issues/1 (read in the stored issue
thread); the program is the one the issue runs, Chapter02/end_to_end_sequential.py of that repository
(also cited in https://github.com/tensorflow/tensorflow/issues/32899, "the model remains at 11% accuracy.
This is only resolved when the inputs are scaled by 255").
What the post shows: "On running the example for Chapter 2's end to end example, the accuracy remains at
approximately 11% and does not improve." The script feeds raw MNIST pixels (0-255, converted to float) to
Flatten -> Dense(100, relu) -> Dense(100, relu) -> Dense(10, softmax), categorical cross-entropy on one-hot
labels, SGD(learning_rate=0.0005), batch 32, steps_per_epoch=5, 10 epochs.
Fix from the thread (the author's follow-up, confirmed in the next comments): "For accuracy to improve the
values in x_train and x_test need to be divided by 255" ... "scaling the values fixes it entirely". (The
book's author replied that the scaling step was omitted for conciseness and that it trained for him.)
Labels: unscaled input (raw 0-255 pixels).
Port to Keras 3: keras.datasets.mnist.load_data() (a download) replaced by synthetic digits of the same
shape, dtype and scale (28x28 uint8 0-255, mostly-0 background, class ids 0-9; 6000 train / 1000 test rows
instead of 60000 / 10000: the script only reads 5 batches of 32 per epoch); `import tensorflow.keras as
keras` -> `import keras`; NanWatch callback; verbose=0; seeds. Everything else as written (tf tensors,
tf.one_hot labels, steps_per_epoch=5).
Did not reproduce with the synthetic digits: the buggy run reaches ~99% accuracy (final loss 0.21; the
stand-in digits are far easier to separate than MNIST, and the 0-255 inputs act as a 255x larger step for
the first layer), while the fixed twin, the thread's fix with the script's 50 SGD updates at 5e-4, is still
near chance (final loss 2.27, 15% accuracy). Kept as it is, not re-seeded.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("# Convert data from numpy arrays to tensors\n",
        "x_train = x_train / 255.0\nx_test = x_test / 255.0\n# Convert data from numpy arrays to tensors\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def load_data():
    # port: synthetic stand-in for keras.datasets.mnist.load_data() (uint8 0-255 digits, labels 0-9)
    templates = np.stack([np.kron(rng.random((7, 7)) > 0.62, np.ones((4, 4))) for _ in range(10)])

    def make(n):
        labels = rng.integers(0, 10, n).astype(np.uint8)
        img = templates[labels] * rng.uniform(150, 255, (n, 1, 1))
        img = img * (rng.random((n, 28, 28)) > 0.1) + rng.normal(0, 20, (n, 28, 28)) * (img > 0)
        return np.clip(img, 0, 255).astype(np.uint8), labels

    return make(6000), make(1000)


# Load Data
(x_train, y_train), (x_test, y_test) = load_data()


# Convert data from numpy arrays to tensors
x_train = tf.convert_to_tensor(
    x_train,
    dtype='float'
)

y_train = tf.one_hot(
    y_train,
    depth=10
)


x_test = tf.convert_to_tensor(
    x_test,
    dtype='float'
)
y_test = tf.one_hot(
    y_test,
    depth=10
)


# Build neural network for classification
model = keras.Sequential()


model.add(
    keras.layers.Flatten()
)

model.add(
    keras.layers.Dense(100,
                       activation='relu',
                       )
)
model.add(
    keras.layers.Dense(100,
                       activation='relu'
                       )
)
model.add(
    keras.layers.Dense(10,
                       activation='softmax')
)

# Compile model
model.compile(loss=keras.losses.categorical_crossentropy,
              optimizer=keras.optimizers.SGD(learning_rate=0.0005),
              metrics=['accuracy'])

# Train model
h = model.fit(x_train,
              y_train,
              batch_size=32,
              steps_per_epoch=5,
              epochs=10, callbacks=[NanWatch(log_dir)], verbose=0)


# Run evaluation
score = model.evaluate(x_test,
                       y_test, verbose=0
                       )
print('Test loss:', score[0])
print('Test accuracy:', score[1])
print("final loss:", h.history['loss'][-1], "acc:", h.history['accuracy'][-1])
