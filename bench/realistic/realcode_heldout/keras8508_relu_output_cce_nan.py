"""Loss function nan: Dense(50, relu) -> Dense(30, softmax) -> Dense(2, relu) with categorical cross-entropy (keras-team/keras issue #8508)

Source: https://github.com/keras-team/keras/issues/8508 (read in the stored issue thread)
"I tried to create a simple neural network but the loss function is always nan. My data is a matrix with the
shape (84906, 23). The labels can have two values (1 or 2)."
(The stored copy of the thread shows the question only.) Label from what the thread shows: the output layer
is a ReLU fed to categorical cross-entropy (with from_logits=False): a ReLU output is not a probability
distribution, and when both units are 0 for a row the cross-entropy normalises 0/0 -> NaN. The fix is the
softmax output categorical cross-entropy expects.
Labels: output activation unfit for the loss.
Port to Keras 3: the author's f1_score metric dropped (its `if c3 == 0: return 0` is Python control flow on a
tensor, which Keras 3 cannot trace); keras.utils.to_categorical for to_categorical; the data (84906 rows of
23 numeric features, labels 1/2) replaced by synthetic rows of that shape (standard-normal-ish features,
labels from a noisy linear rule); NanWatch callback; seeds. fit keeps the author's defaults (1 epoch, 664
updates at batch_size=128).
"""
import sys

import numpy as np
import keras
from keras import backend as K
from keras.models import Sequential
from keras.layers import Dense, Dropout
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("model.add(Dense(2,activation='relu'))", "model.add(Dense(2,activation='softmax'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: the author's matrix (84906, 23) and labels 1/2
X_train = rng.normal(0, 1, (84906, 23)) * rng.uniform(0.5, 3.0, 23) + rng.uniform(-2, 2, 23)
y_train = 1 + (X_train @ rng.normal(0, 1, 23) + rng.normal(0, 2, 84906) > 0).astype(int)

print(X_train.shape)
y_train2 =  to_categorical(y_train-1)
model = Sequential()
model.add(Dense(50, input_dim=23,activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(30,activation='softmax'))
model.add(Dropout(0.5))
model.add(Dense(2,activation='relu'))
print("e4")
model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
print("e5")
h = model.fit(X_train, y_train2, batch_size=128,  verbose=0, callbacks=[NanWatch(log_dir)])
print("final loss:", h.history['loss'][-1])
