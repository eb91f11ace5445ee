"""Beyond Hello World, Exercise 7: the Fashion-MNIST classifier (Dense(512, relu) -> Dense(10, softmax), Adam)
trained on raw 0-255 pixels after removing the lab's normalisation lines (DeepLearning.AI TensorFlow course,
C1 W2 lab 1)

Source: https://github.com/https-deeplearning-ai/tensorflow-1-public/blob/main/C1/W2/ungraded_labs/
  C1_W2_Lab_1_beyond_hello_world.ipynb (read in a fetched snapshot of the repository, commit
  025abb3e6bd63c63b65d6133286e2d033c9c7da4; the notebook last changed in a41f77a25cbc4722d9b1aa9f9204f123c5789e97)
The program: the lab's Exercise 7 cell: fashion_mnist.load_data(); `training_images=training_images / 255.0 #
Experiment with removing this line` (and the same for test_images); Sequential: Input((28,28)) -> Flatten ->
Dense(512, relu) -> Dense(10, softmax); adam, sparse_categorical_crossentropy, metrics accuracy; fit(epochs=5);
evaluate and predict on the test set. Exercise 7 asks: "Before you trained, you normalized the data, going from
values that were 0-255 to values that were 0-1. What would be the impact of removing that? Here's the complete
code to give it a try. Why do you think you get different results?" This program is that cell with the two
lines removed (left in as comments). The passage that names the fault and the fix, earlier in the same lab:
"You'll notice that all of the values in the number are between 0 and 255. If you are training a neural network
especially in image processing, for various reasons it will usually learn better if you scale all values to
between 0 and 1. It's a process called _normalization_ ... training_images = training_images / 255.0".
Fix from the source: the two lines the exercise says to remove, dividing the images by 255.0; the fixed twin puts
them back.
Labels: inputs unscaled (raw 0-255 pixels).
Port to Keras 3: `tf.keras` -> `keras`, `tf.nn.relu` / `tf.nn.softmax` -> "relu" / "softmax";
fashion_mnist.load_data() (a download) replaced by 6,000 training and 1,000 test synthetic 28x28 uint8 images
0-255 with class ids 0-9 (ten smooth silhouettes; each image its class's silhouette blended 15-55% with another
class's, with its own brightness, shifted by up to 2 pixels, Gaussian noise sd 30, clipped) - 60,000 -> 6,000
training images; NanWatch callback;
verbose=2 and the final loss printed; the final predict/print of one image's probabilities kept;
keras.utils.set_random_seed(0).
Verification (Keras's own printed losses, one run each; constant predictor ln 10 = 2.3026): reproduces, no NaN.
The buggy run (raw pixels) starts far above the constant predictor and stays behind its twin: epoch losses
21.51, 3.70, 1.459, 0.912, 0.658 (final 0.658, train accuracy 0.838; test loss 1.074, accuracy 0.802). The fixed
twin (pixels / 255): 0.545, 0.301, 0.252, 0.218, 0.189 (final 0.189, accuracy 0.921; test loss 0.335, accuracy
0.871, close to what the lab's model reaches on the real Fashion-MNIST). A first version of the stand-in (the
blocky, well separated templates of cv367057) was separable by a wide margin: the buggy run reached loss 0.0
and accuracy 1.0 by epoch 5, so the classes were made to overlap as real clothes do; a second version (each
image blended 30-70% with another class's) was harder than the real data (the fixed twin reached only 0.62
train accuracy; buggy final loss 1.535 against the twin's 0.826), so the blend was lowered to 15-55%, where the
twin's test accuracy matches the real dataset's; the model, optimizer and seed were not changed. ~15 s per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("# training_images=training_images / 255.0 # Experiment with removing this line\n"
        "# test_images=test_images / 255.0 # Experiment with removing this line\n",
        "training_images=training_images / 255.0 # Experiment with removing this line\n"
        "test_images=test_images / 255.0 # Experiment with removing this line\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


# port: fashion_mnist.load_data() downloads; a synthetic stand-in of the same shape, dtype and scale
# (28x28 uint8 pixels 0-255, mean ~70 with many mid-grey values, class ids 0-9), fixed seed. Like the real
# clothes, the classes overlap: each image is its class's smooth silhouette blended with another class's,
# with its own brightness, shifted by up to 2 pixels and noisy (a linear model gets ~80-85%, not 100%).
def load_data(n_train=6000, n_test=1000, seed=1):
    rng = np.random.default_rng(seed)
    base = rng.random((10, 7, 7)) ** 2
    templates = np.stack([np.kron(b, np.ones((4, 4))) for b in base])
    templates = (templates + np.roll(templates, 1, 1) + np.roll(templates, 1, 2) + np.roll(templates, -1, 1)) / 4
    def make(n):
        labels = rng.integers(0, 10, n)
        other = rng.integers(0, 10, n)
        mix = rng.uniform(0.15, 0.55, (n, 1, 1))
        imgs = (templates[labels] * (1 - mix) + templates[other] * mix) * rng.uniform(180, 320, (n, 1, 1))
        shift = rng.integers(-2, 3, (n, 2))
        imgs = np.stack([np.roll(im, tuple(s), axis=(0, 1)) for im, s in zip(imgs, shift)])
        imgs = imgs + rng.normal(0, 30, imgs.shape)
        return np.clip(imgs, 0, 255).astype(np.uint8), labels.astype(np.uint8)
    return make(n_train), make(n_test)


(training_images, training_labels), (test_images, test_labels) = load_data()

# training_images=training_images / 255.0 # Experiment with removing this line
# test_images=test_images / 255.0 # Experiment with removing this line

model = keras.models.Sequential([
    keras.Input(shape=(28,28)),
    keras.layers.Flatten(),
    keras.layers.Dense(512, activation="relu"), # Try experimenting with this layer
    keras.layers.Dense(10, activation="softmax")
])

model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])

print("Training:\n")
h = model.fit(training_images, training_labels, epochs=5, callbacks=[NanWatch(log_dir)], verbose=2)

print("\nEvaluating on test set:\n")
model.evaluate(test_images, test_labels, verbose=2)

print("\nPredicting using test set:\n")
predictions = model.predict(test_images, verbose=0)

print(f"\nTrue class for first image on test set: {test_labels[0]}\nProbability of each class:\n{predictions[0]}")
print("final loss:", h.history["loss"][-1], "(constant predictor: ln 10 = 2.3026)")
