"""DataCamp "Introduction to Deep Learning with Keras", exercise "Batch normalization effects": the standard_model,
three Dense(50, relu, kernel_initializer='normal') layers on the 8x8 digits with plain SGD, learns slowly where its
batch-normalised copy reaches high accuracy "just over the first 10 training epochs"

Source: DataCamp course "Introduction to Deep Learning with Keras" (Miguel Esteban), chapter 3 "Improving Your
  Model Performance", exercises "Batch normalizing a familiar model" and "Batch normalization effects"
  (https://campus.datacamp.com/courses/introduction-to-deep-learning-with-keras/ ; the exercise pages
  themselves were not opened). Read in Chanseok Kang's summary of the lecture (published on his fastpages blog
  goodboychan.github.io, "Improving Your Model Performance"), stored in the fetched snapshot of
  goodboychan/datacamp_repo, commit 833e7a73f57fd33af440fffde91b723508379f67, file
  Introduction.to.Deep.Learning.with.Keras/Improving-Your-Model-Performance.ipynb (cells 25 and 33-40, with the
  run's accuracy plot), and the exercise's data files dataset/digits_pixels.npy / digits_target.npy in the same
  snapshot (read for their shape and scale only: 1,797 x 64 pixel values 0..16, ten balanced classes).
The program: the digits (one-hot labels, train_test_split(test_size=0.3): 1,257 / 540); standard_model =
Sequential Dense(50, input_shape=(64,), relu, kernel_initializer='normal') -> Dense(50, relu, 'normal') ->
Dense(50, relu, 'normal') -> Dense(10, softmax, 'normal'), compile(optimizer='sgd',
loss='categorical_crossentropy', metrics=['accuracy']), fit(X_train, y_train, validation_data=(X_test, y_test),
epochs=10). The lecture's slide: batch normalization "Improves gradient flow", "Allows higher learning rates",
"Reduces dependence on weight initializations"; the exercise: "Batch normalization tends to increase the
learning speed of our models and make their learning curves more stable. Let's see how two identical models with
and without batch normalization compare." and its conclusion: "You can see that for this deep model batch
normalization proved to be useful, helping the model obtain high accuracy values just over the first 10 training
epochs." (The stored run's plot: the standard model's train accuracy climbs 0.11, 0.26, 0.38, ... 0.81 over the
10 epochs (test 0.20 ... 0.75); the batch-normalised model's 0.55, 0.84, ... 0.98 (test 0.97).)
Fix from the source: the exercise's batchnorm_model, the same layers with a BatchNormalization() after each of the
three hidden Dense layers; the fixed twin inserts them and changes nothing else.
Labels: vanishing gradients (the course's "improves gradient flow") and the weight initialisation it compensates
("reduces dependence on weight initializations": Keras's 'normal' is RandomNormal(stddev=0.05), too small for
50-unit ReLU layers, so the signal shrinks layer by layer and the softmax starts uniform).
Port to Keras 3: the digits files are replaced by synthetic 8x8 digits of the same shape, dtype and scale
(ten smooth random stroke prototypes, each sample shifted by up to one pixel, rescaled and noised, rounded to
integers 0..16, 1,797 rows with balanced classes) with a fixed seed; sklearn's train_test_split(test_size=0.3)
as a seeded numpy permutation; `tensorflow.keras` -> `keras`; the plotting function dropped; only the standard
model is fitted (the batch-normalised model is the twin); NanWatch callback; the epoch losses and accuracies
printed; seeds.
Verification (Keras's own epoch losses, one run each; constant predictor ln 10 = 2.3026): reproduces as in the
stored run's plot: the standard model's loss sits at the constant predictor's level for its first epochs and
only then starts to fall, 2.292, 2.271, 2.240, 2.184, 2.070, 1.854, 1.570, 1.309, 1.108, 0.9488 (final 0.949;
training accuracy 0.18 -> 0.675, validation 0.204 -> 0.665). The fixed twin (BatchNormalization after each hidden
layer) learns at once: 1.783, 1.089, 0.7258, 0.5111, 0.3858, 0.2977, 0.2393, 0.1965, 0.1652, 0.1403 (final
0.140; training accuracy 0.551 -> 0.997, validation 0.369 -> 0.991). A mild failure: the buggy run does learn,
slowly, as the course's own run does. 21-36 s (buggy) and 25-34 s (twin) per run here.
"""
import sys

import numpy as np
import keras
from keras import Sequential
from keras.layers import Dense, BatchNormalization
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("vanishing_gradients", "weight_init")
FIX = [("standard_model.add(Dense(50, input_shape=(64, ), activation='relu', kernel_initializer='normal'))\n",
        "standard_model.add(Dense(50, input_shape=(64, ), activation='relu', kernel_initializer='normal'))\n"
        "standard_model.add(BatchNormalization())\n"),
       ("standard_model.add(Dense(50, activation='relu', kernel_initializer='normal'))\n",
        "standard_model.add(Dense(50, activation='relu', kernel_initializer='normal'))\n"
        "standard_model.add(BatchNormalization())\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def load_digits(n=1797, seed=0):
    # port: stand-in for dataset/digits_pixels.npy and digits_target.npy (sklearn's 8x8 digits)
    rng = np.random.RandomState(seed)
    protos = []
    for _ in range(10):
        img = np.zeros((12, 12))
        for _ in range(3):  # three random strokes per digit prototype
            r0, c0 = rng.uniform(2, 10, 2)
            r1, c1 = rng.uniform(2, 10, 2)
            for t in np.linspace(0, 1, 20):
                img[int(round(r0 + t * (r1 - r0))), int(round(c0 + t * (c1 - c0)))] = 1.0
        k = np.array([0.25, 0.5, 0.25])
        img = np.apply_along_axis(lambda v: np.convolve(v, k, mode="same"), 0, img)
        img = np.apply_along_axis(lambda v: np.convolve(v, k, mode="same"), 1, img)
        protos.append(img / img.max())
    y = np.arange(n) % 10
    rng.shuffle(y)
    X = np.empty((n, 64))
    for i, label in enumerate(y):
        dr, dc = rng.randint(-1, 2, 2)
        img = protos[label][2 + dr:10 + dr, 2 + dc:10 + dc] * rng.uniform(12, 18)
        img = img + rng.normal(0, 2.0, (8, 8))
        X[i] = np.clip(np.round(img), 0, 16).ravel() + 0.0
    return X, y


X, y = load_digits()  # port: X = np.load('./dataset/digits_pixels.npy'); y = np.load('./dataset/digits_target.npy')

y = to_categorical(y)

# port: X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3)
perm = np.random.RandomState(1).permutation(len(X))
n_test = int(np.ceil(0.3 * len(X)))
X_train, X_test, y_train, y_test = X[perm[n_test:]], X[perm[:n_test]], y[perm[n_test:]], y[perm[:n_test]]

# Build your deep network
standard_model = Sequential()
standard_model.add(Dense(50, input_shape=(64, ), activation='relu', kernel_initializer='normal'))
standard_model.add(Dense(50, activation='relu', kernel_initializer='normal'))
standard_model.add(Dense(50, activation='relu', kernel_initializer='normal'))
standard_model.add(Dense(10, activation='softmax', kernel_initializer='normal'))

# Compile your model with sgd
standard_model.compile(optimizer='sgd', loss='categorical_crossentropy', metrics=['accuracy'])

# Train your standard model, storing its history callback
h1_callback = standard_model.fit(X_train, y_train, validation_data=(X_test, y_test), epochs=10, verbose=0,
                                 callbacks=[NanWatch(log_dir)])

print("losses per epoch:", [float("%.4g" % v) for v in h1_callback.history["loss"]])
print("accuracy per epoch:", [float("%.3g" % v) for v in h1_callback.history["accuracy"]])
print("val_accuracy per epoch:", [float("%.3g" % v) for v in h1_callback.history["val_accuracy"]])
print("final loss:", h1_callback.history["loss"][-1], "(constant predictor: ln 10 = 2.3026)")
print("pixel range:", X.min(), X.max(), "mean %.2f" % X.mean())
