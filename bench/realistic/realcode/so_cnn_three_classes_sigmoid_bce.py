"""CNN with keras, accuracy not improving (Stack Overflow: three image classes, Dense(1) + sigmoid)

Source: Stack Overflow question "CNN with keras, accuracy not improving"
  (answers read at https://newbedev.com/cnn-with-keras-accuracy-not-improving and
   https://python.19633.com/sv/python-tag-6/Keras-6/1006050775.html)
Fix from the accepted answer: "a mis-match between the number of output classes (three) and your choice of final
layer activation (sigmoid) and loss-function (binary cross entropy) ... model.add(Dense(3));
model.add(Activation('softmax')); loss='categorical_crossentropy' ... specify class_mode='categorical'".
The model is the one in the answer with the question's Dense(1)/sigmoid/binary_crossentropy (the second answer:
"model.add(Dense(1)) Should be: model.add(Dense(3))"); the training settings are those of the Keras blog
example the question follows (rescale=1./255, batch 16, class_mode='binary').
Port to Keras 3: ImageDataGenerator.flow_from_directory (gone in Keras 3, reads files) replaced by synthetic
images of the same dtype and scale (uint8 0-255, rescaled by 1/255 as the generator did), 64x64 instead of
150x150 and 300 images (time), labels 0/1/2 as class_mode='binary' yields for three folders; 10 epochs
(the blog runs 50: time); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Conv2D, MaxPooling2D, Activation, Dropout, Flatten, Dense
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("model.add(Dense(1))\nmodel.add(Activation('sigmoid'))", "model.add(Dense(3))\nmodel.add(Activation('softmax'))"),
       ("loss='binary_crossentropy'", "loss='categorical_crossentropy'"),
       ("train_labels = labels  # class_mode='binary'", "train_labels = np.eye(3)[labels]  # class_mode='categorical'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

img_width, img_height = 64, 64
input_shape = (img_width, img_height, 3)

# port: three folders of images -> synthetic uint8 images whose class shows as a colour/texture difference
labels = rng.integers(0, 3, 300)
base = np.array([[200, 80, 60], [70, 180, 90], [60, 90, 200]])[labels][:, None, None, :]
images = np.clip(base + rng.normal(0, 60, (300, img_width, img_height, 3)), 0, 255).astype(np.uint8)
train_images = images.astype('float32') * (1. / 255)  # ImageDataGenerator(rescale=1. / 255)
train_labels = labels  # class_mode='binary'

model = Sequential()
model.add(Conv2D(32, (3, 3), input_shape=input_shape))
model.add(Activation('relu'))
model.add(MaxPooling2D(pool_size=(2, 2)))

model.add(Conv2D(32, (3, 3)))
model.add(Activation('relu'))
model.add(MaxPooling2D(pool_size=(2, 2)))

model.add(Conv2D(64, (3, 3)))
model.add(Activation('relu'))
model.add(MaxPooling2D(pool_size=(2, 2)))

model.add(Flatten())
model.add(Dense(64))
model.add(Activation('relu'))
model.add(Dropout(0.5))
model.add(Dense(1))
model.add(Activation('sigmoid'))

model.compile(loss='binary_crossentropy',
              optimizer='rmsprop',
              metrics=['accuracy'])

h = model.fit(train_images, train_labels, batch_size=16, epochs=10, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", h.history['loss'][-1])
