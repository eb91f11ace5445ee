"""DataCamp "Introduction to Deep Learning with Keras", exercise "Changing batch sizes": the red/blue dots model
fitted for 5 epochs with batch_size=X_train.shape[0]: "With a batch of size the training set and 5 epochs we only
get 5 updates total"

Source: DataCamp course "Introduction to Deep Learning with Keras" (Miguel Esteban), chapter 3 "Improving Your
  Model Performance", exercise "Changing batch sizes" (https://campus.datacamp.com/courses/introduction-to-deep-learning-with-keras/
  ; the exercise page itself was not opened). Read in Chanseok Kang's summary of the lecture (published on his
  fastpages blog goodboychan.github.io, "Improving Your Model Performance", categories Python / Datacamp /
  Tensorflow-Keras / Deep_Learning), stored in the fetched snapshot of goodboychan/datacamp_repo, commit
  833e7a73f57fd33af440fffde91b723508379f67, file Introduction.to.Deep.Learning.with.Keras/Improving-Your-Model-Performance.ipynb
  (cells 26-32, with Keras's printed output), and the exercise's data file dataset/dots.csv in the same snapshot
  (read for its shape and scale only). The same exercise code is in other stored copies of the course (e.g.
  TanabutT/DeepLearningWithPython, Batch_size_and_BatchNormalization_is_help.py).
The program: dots.csv, 1,000 points in two columns with a 0/1 class (an outer ring of radius ~1.0 = class 0 and an
inner disc of radius ~0.22 = class 1, 50/50), train_test_split(test_size=0.3) (700 / 300); get_model():
Sequential Dense(4, input_shape=(2,), relu) -> Dense(1, sigmoid), compile('sgd', 'binary_crossentropy',
metrics=['accuracy']); the exercise's second part: model.fit(X_train, y_train, epochs=5,
batch_size=X_train.shape[0]). The exercise: "Let's see how different batch sizes affect the accuracy of a simple
binary classification model that separates red from blue dots. You'll use a batch size of one, updating the
weights once per sample in your training set for each epoch. Then you will use the entire dataset, updating the
weights only once per epoch." and its conclusion: "You can see that accuracy is lower when using a batch size
equal to the training set size. This is not because the network had more trouble learning the optimization
function: Even though the same number of epochs were used for both batch sizes the number of resulting weight
updates was very different!. With a batch of size the training set and 5 epochs we only get 5 updates total, each
update computes and averaged gradient descent with all the training set observations. To obtain similar results
with this batch size we should increase the number of epochs so that more weight updates take place." (The
stored notebook's run: full batch, loss 0.8203 -> 0.8179, accuracy 0.49, test accuracy 0.513; batch size 1,
loss 0.6816 -> 0.5094, test accuracy 0.817.)
Fix from the source: the exercise's first part, the same get_model() fitted for 5 epochs with batch_size=1
(700 updates per epoch); the fixed twin changes only the batch size. (The conclusion's other remedy, more epochs
at the full batch, names no number.)
Labels: too few steps (5 weight updates in all).
Port to Keras 3: pandas and sklearn are not installed here: dots.csv is replaced by synthetic points of the same
shape and scale, written after sklearn's make_circles(n_samples=1000, noise=0.1, factor=0.2) (which the file's
radii and spread match: 1.00 +- 0.10 and 0.22 +- 0.09) with a fixed seed, and train_test_split(test_size=0.3)
as a seeded numpy permutation; `from tensorflow.keras...` -> `keras`; the first part's fit (the twin) is not
run in the buggy program; NanWatch callback; verbose=0 and the epoch losses printed; seeds.
Verification (Keras's own epoch losses, one run each; constant predictor: the entropy of the training labels,
0.6895): reproduces, as in the stored run: with the whole training set as the batch (5 updates in all) the loss
barely moves, 0.6766, 0.6764, 0.6762, 0.6760, 0.6759 (final 0.6759, at the constant predictor's level; the
random initial model sits slightly below it), training accuracy 0.506 and test accuracy 0.470 (chance). The
fixed twin (batch_size=1, 3,500 updates) learns the circles: 0.6285, 0.5391, 0.4426, 0.3478, 0.2691 (final
0.2691), training accuracy 1.0, test accuracy 0.993. 17-26 s (buggy) and 26-32 s (twin) per run here.
"""
import sys

import numpy as np
import keras
from keras import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps",)
FIX = [("model.fit(X_train, y_train, epochs=5, batch_size=X_train.shape[0],",
        "model.fit(X_train, y_train, epochs=5, batch_size=1,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def make_circles(n_samples=1000, noise=0.1, factor=0.2, seed=0):
    # port: stand-in for dots.csv (sklearn.datasets.make_circles written in numpy)
    rng = np.random.RandomState(seed)
    n_out, n_in = n_samples // 2, n_samples - n_samples // 2
    t_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.vstack([np.c_[np.cos(t_out), np.sin(t_out)], factor * np.c_[np.cos(t_in), np.sin(t_in)]])
    y = np.hstack([np.zeros(n_out, dtype=int), np.ones(n_in, dtype=int)])
    X = X + rng.normal(scale=noise, size=X.shape)
    idx = rng.permutation(n_samples)
    return X[idx], y[idx]


X, y = make_circles()  # port: dots = pd.read_csv('./dataset/dots.csv'); X = dots.iloc[:, :-1]; y = dots.iloc[:, -1]

# port: X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3)
perm = np.random.RandomState(1).permutation(len(X))
n_test = int(np.ceil(0.3 * len(X)))
X_train, X_test, y_train, y_test = X[perm[n_test:]], X[perm[:n_test]], y[perm[n_test:]], y[perm[:n_test]]


def get_model():
    model = Sequential()
    model.add(Dense(4,input_shape=(2,),activation='relu'))
    model.add(Dense(1,activation="sigmoid"))
    model.compile('sgd', 'binary_crossentropy', metrics=['accuracy'])
    return model


model = get_model()

# Fit your model for 5 epochs with a batch of size the training set
history = model.fit(X_train, y_train, epochs=5, batch_size=X_train.shape[0],
                    verbose=0, callbacks=[NanWatch(log_dir)])
print("\n The accuracy when using the whole training set as batch-size was: ",
      model.evaluate(X_test, y_test, verbose=0)[1])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("accuracy per epoch:", [float("%.4g" % v) for v in history.history["accuracy"]])
print("final loss:", history.history["loss"][-1], "(constant predictor: entropy of the labels %.4f)"
      % float(-(y_train.mean() * np.log(y_train.mean()) + (1 - y_train.mean()) * np.log(1 - y_train.mean()))))
