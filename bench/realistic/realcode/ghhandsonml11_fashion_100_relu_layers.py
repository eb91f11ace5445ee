"""Fashion MNIST with 100 hidden ReLU layers: "Not great at all, we suffered from the vanishing/exploding
gradients problem" (Hands-On Machine Learning, 2nd edition, chapter 11 notebook)

Source: https://github.com/ageron/handson-ml2/blob/master/11_training_deep_neural_networks.ipynb
  (read in the stored repository file; section "Nonsaturating Activation Functions" / "SELU")
The program: Fashion MNIST (55,000 training images of 28x28 scaled to [0, 1] then standardised per pixel:
X_train_scaled = (X_train - pixel_means) / pixel_stds) into Flatten -> Dense(300, relu, he_normal) -> 99 x
Dense(100, relu, he_normal) -> Dense(10, softmax), sparse categorical cross-entropy, SGD(lr=1e-3),
fit(epochs=5, validation_data=(X_valid_scaled, y_valid)).
Fix from the post: the notebook's verdict on this run is "Not great at all, we suffered from the
vanishing/exploding gradients problem"; the cell before it is the same 100-hidden-layer network built with
activation="selu", kernel_initializer="lecun_normal" ("Let's create a neural net for Fashion MNIST with 100
hidden layers, using the SELU activation function", which keeps mean 0 / std 1 across the layers and "avoids
the exploding/vanishing gradients problem"). The fixed twin swaps the two ReLU/He lines for SELU/LeCun, as in
that cell.
Labels: a very deep plain stack (100 Dense layers, no normalisation or residuals) whose gradients vanish /
explode.
Port to Keras 3: `keras.datasets.fashion_mnist.load_data()` (a download) replaced by synthetic images of the
same shape, dtype and scale (28x28 uint8 0-255, class ids 0-9; 5000 training images instead of 60000, split
5000 valid / rest train -> 500 valid / 4500 train, so each epoch is 141 updates instead of 1719);
keras.layers.Flatten(input_shape=[28, 28]) -> keras.Input(shape=(28, 28)) + Flatten() (input_shape is not
accepted by Keras 3 layers); lr= -> learning_rate=; np.random.seed/tf.random.set_seed ->
keras.utils.set_random_seed(42); NanWatch callback; verbose=0 and the final losses printed.
Verification (Keras's own printed losses, one run each; constant predictor ln 10 = 2.303): the buggy run
learns little (final loss 1.96, accuracy 0.22, val_loss 1.93, val_accuracy 0.23; the notebook's own run on the
real data reached val_accuracy 0.70 after 5 epochs with a non-monotone loss); the fixed twin (SELU / LeCun)
learns (per-epoch losses 1.59, 0.95, 1.07, 0.87, 0.56; final val_loss 0.90, val_accuracy 0.74). Each run takes
~40-50 s here (building the 101 layers is a large part of it).
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("model_too_deep", "vanishing_gradients", "exploding_gradients")
FIX = [('model.add(keras.layers.Dense(300, activation="relu", kernel_initializer="he_normal"))',
        'model.add(keras.layers.Dense(300, activation="selu", kernel_initializer="lecun_normal"))'),
       ('    model.add(keras.layers.Dense(100, activation="relu", kernel_initializer="he_normal"))',
        '    model.add(keras.layers.Dense(100, activation="selu", kernel_initializer="lecun_normal"))')]

log_dir = sys.argv[1]
rng = np.random.default_rng(0)


class fashion_mnist:
    # port: synthetic stand-in for keras.datasets.fashion_mnist (uint8 0-255 images, labels 0-9)
    @staticmethod
    def load_data():
        templates = np.stack([np.kron(rng.random((7, 7)) > 0.5, np.ones((4, 4))) for _ in range(10)])

        def make(n):
            labels = rng.integers(0, 10, n).astype(np.uint8)
            other = templates[rng.integers(0, 10, n)]
            img = (0.8 * templates[labels] + 0.3 * other) * rng.uniform(120, 220, (n, 1, 1))
            img = img * (rng.random((n, 28, 28)) > 0.3) + rng.normal(0, 30, (n, 28, 28)) * (img > 0)
            return np.clip(img, 0, 255).astype(np.uint8), labels

        return make(5000), make(1000)


(X_train_full, y_train_full), (X_test, y_test) = fashion_mnist.load_data()
X_valid, X_train = X_train_full[:500] / 255.0, X_train_full[500:] / 255.0
y_valid, y_train = y_train_full[:500], y_train_full[500:]
X_test = X_test / 255.0

pixel_means = X_train.mean(axis=0, keepdims=True)
pixel_stds = X_train.std(axis=0, keepdims=True)
X_train_scaled = (X_train - pixel_means) / pixel_stds
X_valid_scaled = (X_valid - pixel_means) / pixel_stds
X_test_scaled = (X_test - pixel_means) / pixel_stds

keras.utils.set_random_seed(42)

model = keras.models.Sequential()
model.add(keras.Input(shape=(28, 28)))
model.add(keras.layers.Flatten())
model.add(keras.layers.Dense(300, activation="relu", kernel_initializer="he_normal"))
for layer in range(99):
    model.add(keras.layers.Dense(100, activation="relu", kernel_initializer="he_normal"))
model.add(keras.layers.Dense(10, activation="softmax"))

model.compile(loss="sparse_categorical_crossentropy",
              optimizer=keras.optimizers.SGD(learning_rate=1e-3),
              metrics=["accuracy"])

history = model.fit(X_train_scaled, y_train, epochs=5,
                    validation_data=(X_valid_scaled, y_valid),
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("losses per epoch:", [round(v, 4) for v in history.history["loss"]])
print("final loss:", history.history["loss"][-1], "accuracy:", history.history["accuracy"][-1],
      "val_loss:", history.history["val_loss"][-1], "val_accuracy:", history.history["val_accuracy"][-1],
      "(constant predictor: ln 10 = 2.3026)")
