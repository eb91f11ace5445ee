"""Visualizing the vanishing gradient problem: four sigmoid hidden layers with RandomNormal(stddev=1) weights
barely learn make_circles (blog, MachineLearningMastery)

Source: Adrian Tam, https://machinelearningmastery.com/visualizing-the-vanishing-gradient-problem/
  (read in the stored Chinese translation of the post by apachecn (ml-mastery-zh), which reproduces the post's code listings and
  printed results verbatim; sections "Looking at the weights of each layer" and the complete code at the end;
  the post's English sentences below are translated back from it, so their wording may differ from the original)
The program: the post's make_mlp("sigmoid", initializer, "sigmoid"): Input(2) -> four Dense(5, sigmoid) ->
Dense(1, sigmoid), every kernel initialised with RandomNormal(mean=0, stddev=1); compiled with
optimizer="rmsprop", loss="binary_crossentropy", metrics=["acc"]; fit(X, y, batch_size=32, epochs=100) with
its WeightCapture callback, on make_circles(n_samples=1000, factor=0.5, noise=0.1) after np.random.seed(42). The
post reports [0.665, 0.588] (log loss, accuracy) for it, and "After training: Accuracy 0.652" in its manual
loop, and explains it as the vanishing gradient problem: the mean gradient is significant only in the last
layer, practically zero in all the others.
Fix from the post: the same network with ReLU (or tanh) hidden activations: make_mlp("relu", initializer,
"relu") reports [0.0169, 0.994] ("we visually saw how the rectified linear unit (ReLU) helps to solve the
vanishing gradient problem"; it adds that changing the initialisation is less obviously helpful than replacing
the activation). The fixed twin changes the hidden activation to "relu" and nothing else.
Labels: vanishing gradients through saturating sigmoid hidden layers.
Port to Keras 3: sklearn is not installed here: make_circles written in numpy after sklearn's own algorithm,
drawing from the global numpy generator as the post's call does (np.random.seed(42); points on two circles,
shuffled, then N(0, 0.1) noise); accuracy_score written in numpy; `from tensorflow.keras...` -> `keras...`;
tf.random.set_seed(42) + np.random.seed(42) -> keras.utils.set_random_seed(42) (which seeds numpy's global
generator the same way); WeightCapture keyed by layer.name (in Keras 3 every kernel variable is named "kernel")
and its model kept in self.capture_model (Keras 3's Callback.model is set by fit); the three small models fit
before it (relu/sigmoid 3-layer and sigmoid 5-layer with default initialisation) and the tanh/relu comparison
runs, the pyplot figures and the manual GradientTape loop dropped; NanWatch callback; verbose=0; the final
losses printed.
Verification (Keras's own printed values, one run each; constant predictor ln 2 = 0.6931): the buggy run barely
learns (first epoch loss 0.7013, final loss 0.6119, acc 0.623; evaluate [0.6106, 0.616]; the post: [0.665,
0.588]); the fixed twin learns (final loss 0.0146, acc 0.996; evaluate [0.0138, 0.995]; the post: [0.0169,
0.994]). About 23 s per run here.
"""
import sys

import numpy as np
import keras
from keras.callbacks import Callback
from keras.layers import Dense, Input
from keras import Sequential
from keras.initializers import RandomNormal
from tb_nanwatch import NanWatch

FAULTS = ("vanishing_gradients", "saturated_activations")
FIX = [('model = make_mlp("sigmoid", initializer, "sigmoid")', 'model = make_mlp("relu", initializer, "relu")')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(42)


def make_circles(n_samples, factor, noise):
    # port: sklearn.datasets.make_circles in numpy (same algorithm; global generator as with random_state=None)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    lin_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    lin_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.vstack([np.append(np.cos(lin_out), np.cos(lin_in) * factor),
                   np.append(np.sin(lin_out), np.sin(lin_in) * factor)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    indices = np.arange(n_samples)
    np.random.shuffle(indices)
    X, y = X[indices], y[indices]
    X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def accuracy_score(y_true, y_pred):
    # port: sklearn.metrics.accuracy_score
    return float(np.mean(np.ravel(y_true) == np.ravel(y_pred)))


# Make data: Two circles on x-y plane as a classification problem
X, y = make_circles(n_samples=1000, factor=0.5, noise=0.1)

# Illustrate weights across epochs
class WeightCapture(Callback):
    "Capture the weights of each layer of the model"
    def __init__(self, model):
        super().__init__()
        self.capture_model = model
        self.weights = []
        self.epochs = []

    def on_epoch_end(self, epoch, logs=None):
        self.epochs.append(epoch) # remember the epoch axis
        weight = {}
        for layer in self.capture_model.layers:
            if not layer.weights:
                continue
            name = layer.name
            weight[name] = layer.weights[0].numpy()
        self.weights.append(weight)

def make_mlp(activation, initializer, name):
    "Create a model with specified activation and initalizer"
    model = Sequential([
        Input(shape=(2,), name=name+"0"),
        Dense(5, activation=activation, kernel_initializer=initializer, name=name+"1"),
        Dense(5, activation=activation, kernel_initializer=initializer, name=name+"2"),
        Dense(5, activation=activation, kernel_initializer=initializer, name=name+"3"),
        Dense(5, activation=activation, kernel_initializer=initializer, name=name+"4"),
        Dense(1, activation="sigmoid", kernel_initializer=initializer, name=name+"5")
    ])
    return model

initializer = RandomNormal(mean=0, stddev=1)
batch_size = 32
n_epochs = 100

# Sigmoid activation
model = make_mlp("sigmoid", initializer, "sigmoid")
capture_cb = WeightCapture(model)
capture_cb.on_epoch_end(-1)
model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["acc"])
print("Before training: Accuracy", accuracy_score(y, (model(X).numpy() > 0.5).astype(int)))
history = model.fit(X, y, batch_size=batch_size, epochs=n_epochs, callbacks=[capture_cb, NanWatch(log_dir)],
                    verbose=0)
print("After training: Accuracy", accuracy_score(y, (model(X).numpy() > 0.5).astype(int)))
print(model.evaluate(X,y, verbose=0))
print("final loss:", history.history["loss"][-1], "acc:", history.history["acc"][-1],
      "first loss:", history.history["loss"][0], "(constant predictor: ln 2 = 0.6931)")
