"""Why do I need a very high learning rate for this model to converge? (Stack Overflow)

Source: https://stackoverflow.com/questions/73462535/why-do-i-need-a-very-high-learning-rate-for-this-model-to-converge
  (read at https://example-a.com/answer/73462535)
The question: "When I use a learning rate of around 0.001 the loss changes incredibly slowly" (it converges
only with SGD(learning_rate=5)). Fix from the accepted answer: "models that require learning rates larger than
1 raise a red flag ... The output from your model uses a softmax ... But the loss you're using is typically
used for optimizing Gaussian or regression outputs": use a categorical cross-entropy.
Labels: MSE on one-hot targets behind a softmax; the learning rate it then needs.
Port to Keras 3: the failing variant the question describes (learning_rate=0.001); MNIST replaced by the
synthetic stand-in, 100 images instead of the author's first 1000, and 10000 full-batch epochs become 100
epochs over the images repeated 100 times in batches of 100: the same 10000 updates (time: Keras spends
~50-90 ms per epoch here);
NanWatch callback; seeds.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("loss_task_mismatch", "learning_rate_too_low")
FIX = [("loss='mean_squared_error'", "loss='categorical_crossentropy'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# --- port: mnist.load_data() downloads; this is a synthetic stand-in of the same shape, dtype and scale
# (28x28 uint8 pixels 0-255, mostly 0 background, class ids 0-9), fixed seed.
def load_data(n_train=6000, n_test=1000, seed=0):
    rng = np.random.default_rng(seed)
    templates = np.stack([np.kron(rng.random((7, 7)) > 0.62, np.ones((4, 4))) for _ in range(10)])
    def make(n):
        labels = rng.integers(0, 10, n)
        imgs = templates[labels] * rng.uniform(150, 255, (n, 1, 1))
        shift = rng.integers(-2, 3, (n, 2))
        imgs = np.stack([np.roll(im, tuple(s), axis=(0, 1)) for im, s in zip(imgs, shift)])
        imgs = imgs * (rng.random(imgs.shape) > 0.15) + (rng.random(imgs.shape) < 0.03) * rng.uniform(0, 255, imgs.shape)
        return np.clip(imgs, 0, 255).astype(np.uint8), labels.astype(np.uint8)
    return make(n_train), make(n_test)


def gen_model():
    return tf.keras.models.Sequential([
        tf.keras.Input(shape=(28,28,)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation='sigmoid'),
        tf.keras.layers.Dense(10, activation='softmax')
    ])

(x_train, y_train), (x_test, y_test) = load_data(n_train=100, n_test=10, seed=4)
x_train = x_train.astype("float32") / 255.0

x_train = x_train.reshape(100,28,28)[:1000];
y_train = y_train[:1000];

y_train = tf.one_hot(y_train, 10)

model = gen_model()
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.001), loss='mean_squared_error')
h = model.fit(np.repeat(x_train, 100, axis=0), np.repeat(y_train, 100, axis=0), batch_size=1000 // 10, epochs=10000 // 100, verbose=0, callbacks=[NanWatch(log_dir)])
print("final loss:", h.history['loss'][-1])
