"""Keras model not converging on IRIS dataset (keras-team/keras issue #508)

Source: https://github.com/keras-team/keras/issues/508 (read in the stored issue thread)
The post: iris (150 x 4, one-hot targets via OneHotEncoder, train_test_split(test_size=0.20,
random_state=42)) into Dense(4 -> 10, init='uniform', tanh) -> Dropout(0.5) -> Dense(10 -> 10, uniform, tanh)
-> Dropout(0.5) -> Dense(10 -> 3, uniform, softmax), SGD(lr=0.1, decay=1e-6, momentum=0.9, nesterov=True),
categorical cross-entropy; the model does not converge.
Fix from the thread: the author's own follow-up: "I figured out that the error was because of not doing
feature scaling. When I scaled my features properly, then I started getting close to 95% accuracy." The
fixed twin standardises the features (zero mean, unit variance per column, as sklearn's StandardScaler).
Labels: input features unscaled.
Port to Keras 3: Dense(in, out, init='uniform', ...) -> Dense(out, input_dim=in / no input_dim,
kernel_initializer=RandomUniform(-0.05, 0.05)) (Keras 1's 'uniform'); keras.layers.core -> keras.layers;
lr= -> learning_rate=, decay= dropped (no such argument in Keras 3; 1e-6 is negligible); the model.to_yaml()
print dropped (removed from Keras); sklearn (not installed here): load_iris -> 150 synthetic iris rows drawn
per class from normal distributions with the real per-class means and standard deviations of the four
measurements (cm), OneHotEncoder -> keras.utils.to_categorical, train_test_split -> a fixed numpy
permutation (80/20); the stored copy of the post stops before its fit call: fit(X_train, y_train,
epochs=100, batch_size=16, validation_data=(X_test, y_test)) is the port's choice; NanWatch callback;
verbose=0 and the final losses printed; seeds.
Verification (Keras's own printed losses, one run each): the symptom only partly reproduces on the synthetic
iris: the buggy run does learn something (final loss 0.71, val_loss 0.54, val_accuracy 0.70; constant
predictor ln 3 = 1.10); the fixed twin reaches loss 0.26, val_loss 0.012, val_accuracy 1.0.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Dropout, Activation
from keras.optimizers import SGD
from keras.initializers import RandomUniform
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("X, y = iris_data, iris_target\n",
        "X, y = iris_data, iris_target\nX = (X - X.mean(axis=0)) / X.std(axis=0)\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: load_iris() replaced by synthetic rows with the real per-class means / stds
means = np.array([[5.006, 3.428, 1.462, 0.246],
                  [5.936, 2.770, 4.260, 1.326],
                  [6.588, 2.974, 5.552, 2.026]])
stds = np.array([[0.352, 0.379, 0.174, 0.105],
                 [0.516, 0.314, 0.470, 0.198],
                 [0.636, 0.322, 0.552, 0.275]])
iris_target = np.repeat(np.arange(3), 50)
iris_data = np.clip(rng.normal(means[iris_target], stds[iris_target]), 0.1, None).round(1)

X, y = iris_data, iris_target
y = keras.utils.to_categorical(y, 3)

perm = np.random.RandomState(42).permutation(len(X))  # port: train_test_split(test_size=0.20)
X_train, X_test, y_train, y_test = X[perm[30:]], X[perm[:30]], y[perm[30:]], y[perm[:30]]

print(X.shape, y.shape) # Outputs ((150L, 4L), (150L, 3L))


# Implement Model in Keras
model = Sequential()
model.add(Dense(10, input_dim=X.shape[1], kernel_initializer=RandomUniform(-0.05, 0.05), activation='tanh'))
model.add(Dropout(0.5))
model.add(Dense(10, kernel_initializer=RandomUniform(-0.05, 0.05), activation='tanh'))
model.add(Dropout(0.5))
model.add(Dense(y.shape[1], kernel_initializer=RandomUniform(-0.05, 0.05), activation='softmax'))

sgd = SGD(learning_rate=0.1, momentum=0.9, nesterov=True)
# Compile the model using theano
model.compile(loss='categorical_crossentropy', optimizer=sgd, metrics=['accuracy'])

h = model.fit(X_train, y_train, epochs=100, batch_size=16, validation_data=(X_test, y_test),
              callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1], "val_loss:", h.history['val_loss'][-1],
      "val_accuracy:", h.history['val_accuracy'][-1], "(constant predictor: ln 3 = 1.0986)")
