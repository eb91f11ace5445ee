"""model_11 of "Neural network classification with TensorFlow": Flatten + Dense(4, relu) + Dense(4, relu) +
Dense(10, softmax) on raw Fashion-MNIST pixels 0-255: "our model gets to about ~35% accuracy after 10 epochs
... right now, the data we have isn't between 0 and 1, in other words, it's not normalized ... It's pixel values
are between 0 and 255." (Daniel Bourke's "TensorFlow Developer Certificate: Zero to Mastery" course notebook)

Source: https://github.com/mrdbourke/tensorflow-deep-learning/blob/main/02_neural_network_classification_in_tensorflow.ipynb
  (read in a fetched snapshot of mrdbourke/tensorflow-deep-learning, commit
  bd065b806249f7b1155e5b1fabd130c5cfc9d184; cells 126 (the data), 142-144 (model_11, "non_norm_history"),
  145-150 (the normalization and model_12); the notebook's recorded outputs were made with TensorFlow 2.13.0)
The program: (train_data, train_labels), (test_data, test_labels) = fashion_mnist.load_data() (uint8 28x28
images, pixels 0-255, class ids 0-9); tf.random.set_seed(42); model_11 = Sequential([Flatten(input_shape=(28,
28)), Dense(4, activation="relu"), Dense(4, activation="relu"), Dense(10, activation="softmax")]), loss
SparseCategoricalCrossentropy(), optimizer Adam(), fit(train_data, train_labels, epochs=10,
validation_data=(test_data, test_labels)). The notebook's run ends at "loss: 1.4292 - accuracy: 0.3542". Its text:
"Alright, our model gets to about ~35% accuracy after 10 epochs ... Do you remember when we talked about neural
networks preferring numbers between 0 and 1? ... right now, the data we have isn't between 0 and 1, in other
words, it's not normalized (hence why we used the `non_norm_history` variable when calling `fit()`). It's pixel
values are between 0 and 255." ... "We can get these values between 0 and 1 by dividing the entire array by the
maximum: `255.0`". model_12, "the same model as before (`model_11`) except this time the data will be
normalized", ends at "loss: 0.5867 - accuracy: 0.7911": "Woah, we used the exact same model as before but we with
normalized data we're now seeing a much higher accuracy value!"
Fix from the source: `train_data = train_data / 255.0` and `test_data = test_data / 255.0` before the same model
(model_12); the fixed twin inserts those two lines, the rest unchanged.
Labels: input_scale (raw 0-255 pixels).
Port to Keras 3: `tf.keras` -> `keras` (`import keras`); tf.random.set_seed(42) kept after
keras.utils.set_random_seed(0). Nothing is downloaded: fashion_mnist.load_data() is replaced by synthetic
uint8 28x28 images with class ids 0-9 (for each class 3 blocky prototypes; an image is its prototype's silhouette,
background 0 as in Fashion-MNIST, filled with pixel values up to 255 at a random brightness, 10% of the pixels
jittered), and the sizes are cut from 60,000 / 10,000 to 6,000 / 1,000 images (so 1,880 Adam updates instead of
18,750: the run fits the time budget). The pandas loss-curve plots, the matplotlib sample images and the
class_names list dropped; NanWatch callback; verbose=0 and the epoch losses and accuracies printed.
Verification (Keras's own epoch losses, one run each; constant predictor: the entropy of the labels, 2.3014):
reproduces, more strongly than the notebook's 1.43 / 35%: the buggy run falls to the constant-predictor level
after one epoch and stays there: 2.35, 2.302, 2.302, ... 2.302 (final 2.3017, accuracy 0.109, no NaN). The
fixed twin (pixels / 255.0) learns: 2.111, 1.778, 1.614, 1.485, 1.325, 1.185, 1.081, 0.969, 0.850, 0.769 (final
0.769, accuracy 0.793; the notebook's model_12: 0.5867 / 0.7911). ~12-13 s per run here.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("# Set random seed\ntf.random.set_seed(42)",
        "# Divide train and test images by the maximum value (normalize it)\n"
        "train_data = train_data / 255.0\ntest_data = test_data / 255.0\n\n"
        "# Set random seed\ntf.random.set_seed(42)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def fake_fashion_mnist(n, seed):
    # port: stand-in for fashion_mnist.load_data(): uint8 (n, 28, 28) pixels 0-255, labels 0-9
    rng = np.random.RandomState(1234)
    protos = np.kron(rng.rand(10, 3, 7, 7), np.ones((4, 4)))   # (10, 3, 28, 28) blocky prototypes in [0, 1]
    r = np.random.RandomState(seed)
    labels = r.randint(0, 10, n).astype(np.uint8)
    mix = protos[labels, r.randint(0, 3, n)]
    mask = mix > 0.5                                          # the garment's silhouette, background 0
    imgs = mask * 255 * (0.5 * mix + 0.5 * r.rand(n, 28, 28)) * r.uniform(0.5, 1.0, (n, 1, 1))
    jitter = r.rand(n, 28, 28) < 0.1
    imgs = np.where(jitter, 255 * r.rand(n, 28, 28) * (~mask), imgs)
    return np.clip(imgs, 0, 255).astype(np.uint8), labels


# The data has already been sorted into training and test sets for us
(train_data, train_labels), (test_data, test_labels) = fake_fashion_mnist(6000, 1), fake_fashion_mnist(1000, 2)

# Set random seed
tf.random.set_seed(42)

# Create the model
model_11 = keras.Sequential([
  keras.layers.Flatten(input_shape=(28, 28)), # input layer (we had to reshape 28x28 to 784, the Flatten layer does this for us)
  keras.layers.Dense(4, activation="relu"),
  keras.layers.Dense(4, activation="relu"),
  keras.layers.Dense(10, activation="softmax") # output shape is 10, activation is softmax
])

# Compile the model
model_11.compile(loss=keras.losses.SparseCategoricalCrossentropy(), # different loss function for multiclass classifcation
                 optimizer=keras.optimizers.Adam(),
                 metrics=["accuracy"])

# Fit the model
non_norm_history = model_11.fit(train_data,
                                train_labels,
                                epochs=10,
                                validation_data=(test_data, test_labels), # see how the model performs on the test set during training
                                verbose=0, callbacks=[NanWatch(log_dir)])
print("losses per epoch:", [float("%.4g" % v) for v in non_norm_history.history["loss"]])
print("accuracy per epoch:", [float("%.3g" % v) for v in non_norm_history.history["accuracy"]])
p = np.bincount(train_labels, minlength=10) / len(train_labels)
print("final loss:", non_norm_history.history["loss"][-1],
      "(constant predictor: entropy of the labels %.4f)" % float(-(p * np.log(p)).sum()))
