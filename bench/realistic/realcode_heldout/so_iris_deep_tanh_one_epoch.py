"""Why I'm getting bad result with Keras vs random forest or knn? (Stack Overflow, iris)

Source: Stack Overflow question "Why I'm getting bad result with Keras vs random forest or knn?" (2020-04-15)
  (read at https://exchangetuts.com/why-im-getting-bad-result-with-keras-vs-random-forest-or-knn-1640857564342258
   and https://e-learn.cn/qa/q-500067.html)
Fix from the accepted answer: "In short, you need: ReLU activations, Simpler model, Data normalization, More
epochs ... you seem to run your Keras model for only one epoch (the default value if you don't specify anything
in model.fit)": StandardScaler, Dense(150, relu) x2 + softmax, epochs=100.
Port to Keras 3: sklearn is not installed here: load_iris() replaced by a synthetic iris of the same shape and
scale (150 x 4 measurements in cm, 3 species), LabelEncoder/get_dummies by numpy one-hot, train_test_split by
a seeded permutation, StandardScaler (in the fix) by numpy; NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("# build model\n", "mu, sd = X_train.mean(axis=0), X_train.std(axis=0)\nX_train = (X_train - mu) / sd\nX_test = (X_test - mu) / sd\n# build model\n"),
       ("""model.add(Dense(1000, activation='tanh', input_shape = ((df_shape_1-1),)))
model.add(Dense(500, activation='tanh'))
model.add(Dense(250, activation='tanh'))
model.add(Dense(125, activation='tanh'))
model.add(Dense(64, activation='tanh'))
model.add(Dense(32, activation='tanh'))
model.add(Dense(9, activation='tanh'))
""", """model.add(Dense(150, activation='relu', input_shape = ((df_shape_1-1),)))
model.add(Dense(150, activation='relu'))
"""),
       ("model.fit(X_train, y_train, callbacks", "model.fit(X_train, y_train, epochs=100, callbacks")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: datasets.load_iris() -> synthetic iris (sepal length/width, petal length/width in cm)
means = np.array([[5.0, 3.4, 1.5, 0.25], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
stds = np.array([[0.35, 0.38, 0.17, 0.1], [0.5, 0.3, 0.47, 0.2], [0.63, 0.32, 0.55, 0.27]])
target = np.repeat([0, 1, 2], 50)
X = np.round(means[target] + stds[target] * rng.normal(size=(150, 4)), 1)
df_shape_1 = 5

# hot encoding
y = np.eye(3)[target]

# split
idx = rng.permutation(150)
X_train, X_test, y_train, y_test = X[idx[:105]], X[idx[105:]], y[idx[:105]], y[idx[105:]]

# build model
model = Sequential()
model.add(Dense(1000, activation='tanh', input_shape = ((df_shape_1-1),)))
model.add(Dense(500, activation='tanh'))
model.add(Dense(250, activation='tanh'))
model.add(Dense(125, activation='tanh'))
model.add(Dense(64, activation='tanh'))
model.add(Dense(32, activation='tanh'))
model.add(Dense(9, activation='tanh'))
model.add(Dense(y.shape[1], activation='softmax'))
model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
h = model.fit(X_train, y_train, callbacks=[NanWatch(log_dir)], verbose=2)
score, acc = model.evaluate(X_test, y_test, verbose=0)
print("final loss:", h.history['loss'][-1], "test acc:", acc)
