"""too low accuracy: one sigmoid output trained with categorical cross-entropy (keras-team/keras issue #14729)

Source: https://github.com/keras-team/keras/issues/14729 (read in the stored issue thread)
The author classifies the Wisconsin breast-cancer data (30 standardised features, labels M/B encoded 0/1)
with Dense(16, relu) -> Dense(16, relu) -> Dense(1, sigmoid) compiled with
loss=keras.losses.categorical_crossentropy; the accuracy stays low. (The stored copy cuts the reply.)
Label from what the thread shows: categorical cross-entropy over a single output normalises it to 1, so the
loss is 0 for every row and nothing is learned; the fix is binary cross-entropy for a 0/1 label with one
sigmoid unit.
Labels: the loss does not fit the targets (categorical cross-entropy on a single 0/1 column).
Port to Keras 3: pandas/sklearn (not installed here) replaced by numpy: the CSV (569 rows: id, diagnosis,
30 positive features on very different scales, an empty 'Unnamed: 32' column) by synthetic rows of that
shape and scale, LabelEncoder/train_test_split/StandardScaler written in numpy; `layers.`/`keras.` kept;
NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras import layers
from keras.models import Sequential
from keras.layers import Flatten, Dropout
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("loss= keras.losses.categorical_crossentropy,", "loss= keras.losses.binary_crossentropy,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: data.csv (569 rows); columns 2: are 30 features (radius ~14, area ~650, smoothness ~0.1, ...), column 1 'M'/'B'
diag = np.where(rng.random(569) < 0.37, 'M', 'B')
scale = np.array([14, 19, 92, 655, 0.096, 0.10, 0.089, 0.049, 0.18, 0.063, 0.41, 1.2, 2.9, 40, 0.007, 0.025,
                  0.032, 0.012, 0.021, 0.0038, 16, 26, 107, 880, 0.13, 0.25, 0.27, 0.11, 0.29, 0.084])
X = scale * np.exp(rng.normal(0, 0.25, (569, 30)) + 0.35 * (diag == 'M')[:, None])
y = diag

# port: LabelEncoder
y = (y == 'M').astype(int)

# port: train_test_split(X, y, test_size = 0.3, random_state = 0)
idx = np.random.default_rng(0).permutation(len(X))
cut = int(round(len(X) * 0.7))
X_train, X_test, y_train, y_test = X[idx[:cut]], X[idx[cut:]], y[idx[:cut]], y[idx[cut:]]

# port: StandardScaler
mu, sd = X_train.mean(axis=0), X_train.std(axis=0)
X_train = (X_train - mu) / sd
X_test = (X_test - mu) / sd

model3 = Sequential()

model3.add(Flatten())
model3.add(layers.Dense(16, activation = "relu", kernel_initializer="uniform", input_dim =30))
model3.add(Dropout(0.1))
model3.add(layers.Dense(16, activation="relu", kernel_initializer="uniform"))
model3.add(Dropout(0.1))
model3.add(layers.Dense(1, activation="sigmoid", kernel_initializer="uniform"))

model3.compile(optimizer=keras.optimizers.Adam(),
              loss= keras.losses.categorical_crossentropy,
              metrics= ['accuracy'])

h = model3.fit(X_train,
           y_train,
           batch_size=100,
           epochs=100, callbacks=[NanWatch(log_dir)], verbose=0)
print("test:", model3.evaluate(X_test, y_test, verbose=0))
print("final loss:", h.history['loss'][-1])
