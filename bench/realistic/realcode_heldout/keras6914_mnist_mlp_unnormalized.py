"""MNIST not learning: the mnist_mlp example on Kaggle's digit CSV stays under 30% (keras-team/keras issue #6914)

Source: https://github.com/keras-team/keras/issues/6914 (read in the stored issue thread)
"I'm using this model: https://github.com/fchollet/keras/blob/master/examples/mnist_mlp.py (98.40%) with the
Kaggle sample data ... it does't go past 30% accuracy."
Fix from the thread (the author's follow-up): "It turns out I didn't normalized the input
x_train /= 255  x_test /= 255. After that It's working as expected".
Labels: unscaled input (raw 0-255 pixels).
Port to Keras 3: the model is the mnist_mlp example the issue names (Dense(512, relu) -> Dropout(0.2) ->
Dense(512, relu) -> Dropout(0.2) -> Dense(10, softmax), RMSprop, batch 128, 20 epochs), written as it was
then with input_shape=(784,); Kaggle's train.csv (42000 rows: label + 784 pixels 0-255) replaced by 6000
synthetic rows of that shape and scale (time), the x_train /= 255 lines removed as in the author's notebook;
RMSprop() kept at its default; keras.utils.to_categorical; NanWatch callback; seeds.
Did not reproduce with the synthetic digits: the buggy run reaches 100% training accuracy (the stand-in
digits are far easier to separate than Kaggle's).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Dropout
from keras.optimizers import RMSprop
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("x_train = x_train.astype('float32')\n", "x_train = x_train.astype('float32')\nx_train /= 255\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

batch_size = 128
num_classes = 10
epochs = 20

# port: Kaggle train.csv -> label column + 784 pixel columns (uint8 0-255, mostly 0 background)
templates = np.stack([np.kron(rng.random((7, 7)) > 0.62, np.ones((4, 4))) for _ in range(10)])
labels = rng.integers(0, 10, 6000)
pixels = templates[labels].reshape(6000, 784) * rng.uniform(150, 255, (6000, 1))
pixels = pixels * (rng.random((6000, 784)) > 0.1) + rng.normal(0, 20, (6000, 784)) * (pixels > 0)
train = np.column_stack([labels, np.clip(pixels, 0, 255).astype(np.uint8)])

x_train = train[:, 1:]
y_train = train[:, 0]
x_train = x_train.astype('float32')
y_train = keras.utils.to_categorical(y_train, num_classes)

model = Sequential()
model.add(Dense(512, activation='relu', input_shape=(784,)))
model.add(Dropout(0.2))
model.add(Dense(512, activation='relu'))
model.add(Dropout(0.2))
model.add(Dense(num_classes, activation='softmax'))

model.compile(loss='categorical_crossentropy',
              optimizer=RMSprop(),
              metrics=['accuracy'])

history = model.fit(x_train, y_train,
                    batch_size=batch_size,
                    epochs=epochs,
                    verbose=0,
                    validation_split=0.1, callbacks=[NanWatch(log_dir)])
print("final loss:", history.history['loss'][-1], "acc:", history.history['accuracy'][-1])
