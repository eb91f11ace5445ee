"""Weight Initialization notebook, "All Zeros or Ones": a 784-256-128-10 ReLU network trained with Adam(0.001) for
2 epochs (858 batches of 128) from every weight set to 1: "As you can see the accuracy is close to guessing for both
zeros and ones, around 10%" (loss 253.124 after 858 batches, "All Ones")

Source: https://github.com/Ratna04priya/Weight-Initialization-for-Neural-Networks/blob/master/weight_initialization.ipynb
  with its helper.py (read in a fetched snapshot of Ratna04priya/Weight-Initialization-for-Neural-Networks, HEAD
  e825f2c; the notebook last changed in 62c2037b795d2451550acf55b94dddb99740e76f, helper.py in
  215e977b8481d14a554263dbd1f0b1e107cc8ab4). The repository's README: "Initializations define the way to set the
  initial random weights of Keras layers."
The program: the notebook's network (helper._get_loss_acc): biases tf.zeros, layer_1 = relu(x W1 + b1) with 256
units, layer_2 = relu(layer_1 W2 + b2) with 128 units, logits = layer_2 W3 + b3 (10 classes), loss
tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits, labels)), AdamOptimizer(0.001), batch_size 128,
2 epochs of int(55000 / 128) = 429 batches from mnist.train.next_batch, then the validation accuracy; the weights
are the cell's `all_one_weights` (tf.ones for the three weight matrices). The notebook's output for this run:
"After 858 Batches (2 Epochs): Validation Accuracy ... 10.700% -- All Ones / Loss ... 253.124 -- All Ones", and its
text: "As you can see the accuracy is close to guessing for both zeros and ones, around 10%. The neural network is
having a hard time determining which weights need to be changed, since the neurons have the same output for each
layer. To avoid neurons with the same output, let's use unique weights." It then tries uniform ranges ("The general
rule for setting the weights in a neural network is to be close to zero without being too small"), a normal and
finally a truncated normal with stddev 0.1: "Baseline vs Truncated Normal ... 97.160% -- Truncated Normal / Loss
0.046": "That's a huge difference."
Fix from the source: the notebook's final weights, `trunc_normal_01_weights` (tf.truncated_normal(shape,
stddev=0.1) for each weight matrix), the network and training unchanged; the fixed twin trains from them.
Labels: weight initialization (every weight 1: identical units and activations in the tens of thousands).
Port to Keras 3: the notebook is TensorFlow 1 (placeholders, tf.Session), so helper._get_loss_acc becomes a
keras.Model with the same three weight matrices (set to the given initial values) and zero biases, the same
relu/matmul layers and the same loss, and AdamOptimizer(learn_rate).minimize(loss) becomes
keras.optimizers.Adam(0.001) applying the GradientTape's gradients inside NanWatch's watched step
(`watch.train_step`); the session's second run of the loss after each update is replaced by the step's own loss
(computed before the update); tf.truncated_normal -> tf.random.truncated_normal;
compare_init_weights keeps its loop and printed stats, its matplotlib plot is dropped; only the "All Ones" run of
the cell is kept (its "All Zeros" run is left out: the corpus already has zero-initialised programs).
Data: tensorflow.examples.tutorials.mnist is not available and nothing is downloaded: the program generates
stand-in digits of the same shape and scale (784 floats in [0, 1], about 80% zeros, one-hot labels of 10 balanced
classes: ten random sparse prototypes with dropped strokes and stray pixels), fixed seed. Time: the 55000 training
images are cut to 27500, so the helper's own batch_count = int(27500 / 128) = 214 batches per epoch, 428 updates in
its 2 epochs instead of 858 (the helper's printed "After 858 Batches (2 Epochs):" is its literal text); 5000
validation images as in MNIST.
Verification (the per-step losses the loop records, every 40th printed, one run each; constant predictor: the
entropy of the 10 balanced classes, ln 10 = 2.303): reproduces, as in the notebook (its loss 253.124, accuracy
10.700%): from all-ones weights every class gets the same logit at step 0 (loss 2.303), then the identical units
with activations in the thousands throw the loss far above the constant predictor and it stays there: 2.303,
1664, 791.2, 1346, 1098, 1058, 1250, 1289, 1863, 945.8, 990.6 (step 400); final 1336.7, validation accuracy
10.000% (chance). The fixed twin (truncated normal, stddev 0.1) learns the easy stand-in digits at once: 2.337,
0.00042, 0.00016, ..., 2.97e-05 (step 400); final below 1e-4, validation accuracy 100%. ~31 s per run here.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("weight_init",)
FIX = [("(all_one_weights, 'All Ones')", "(trunc_normal_01_weights, 'Truncated Normal')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


# port: stand-in for input_data.read_data_sets("MNIST_data/", one_hot=True), see the docstring
class _DataSet:
    def __init__(self, images, labels):
        self.images, self.labels = images, labels
        self.num_examples = len(images)
        self._index_in_epoch, self._epochs_completed = 0, 0
        self._order = np.random.permutation(self.num_examples)

    def next_batch(self, batch_size):
        if self._index_in_epoch + batch_size > self.num_examples:
            self._epochs_completed += 1
            self._order = np.random.permutation(self.num_examples)
            self._index_in_epoch = 0
        idx = self._order[self._index_in_epoch:self._index_in_epoch + batch_size]
        self._index_in_epoch += batch_size
        return self.images[idx], self.labels[idx]


class _Mnist:
    def __init__(self, n_train=27500, n_valid=5000):  # port: MNIST's 55000 cut to 27500, see the docstring
        rng = np.random.default_rng(0)
        prototypes = ((rng.random((10, 784)) < 0.2) * rng.uniform(0.5, 1.0, (10, 784))).astype("float32")

        def make(n):
            y = np.arange(n) % 10
            rng.shuffle(y)
            r = rng.random((n, 784), dtype=np.float32)
            x = prototypes[y] * rng.uniform(0.6, 1.0, (n, 1)).astype("float32")
            x[r < 0.15] = 0.0  # strokes dropped
            x[r > 0.97] = 0.5  # stray pixels
            return x, np.eye(10, dtype="float32")[y]

        self.train = _DataSet(*make(n_train))
        self.validation = _DataSet(*make(n_valid))


print('Getting MNIST Dataset...')
mnist = _Mnist()
print('Data Extracted.')


# helper.py
def _get_loss_acc(dataset, weights):
    """
    Get losses and validation accuracy of example neural network
    """
    batch_size = 128
    epochs = 2
    learning_rate = 0.001

    class Net(keras.Model):  # port: the helper's placeholders and layers
        def __init__(self):
            super().__init__()
            self.w = [self.add_weight(shape=tuple(w.shape), initializer="zeros", name="w%d" % i)
                      for i, w in enumerate(weights)]
            for var, w in zip(self.w, weights):
                var.assign(w)
            self.b = [self.add_weight(shape=(n,), initializer="zeros", name="b%d" % i)
                      for i, n in enumerate([256, 128, dataset.train.labels.shape[1]])]

        def call(self, features):
            # Layers
            layer_1 = tf.nn.relu(tf.matmul(features, self.w[0]) + self.b[0])
            layer_2 = tf.nn.relu(tf.matmul(layer_1, self.w[1]) + self.b[1])
            logits = tf.matmul(layer_2, self.w[2]) + self.b[2]
            return logits

    def loss_fn(labels, logits):
        # Training loss
        return tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=labels))

    model = Net()
    model(dataset.train.images[:1])
    # Optimizer
    optimizer = keras.optimizers.Adam(learning_rate)  # port: tf.train.AdamOptimizer(learn_rate).minimize(loss)
    watch = NanWatch(log_dir).attach(model, optimizer, loss=loss_fn)

    @watch.train_step
    def train(batch_features, batch_labels):
        with tf.GradientTape() as tape:
            loss = loss_fn(batch_labels, model(batch_features))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    # Measurements use for graphing loss
    loss_batch = []

    batch_count = int((dataset.train.num_examples / batch_size))

    # The training cycle
    for epoch_i in range(epochs):
        for batch_i in range(batch_count):
            batch_features, batch_labels = dataset.train.next_batch(batch_size)

            # Run optimizer and get loss
            l = train(batch_features, batch_labels)
            loss_batch.append(float(l))
    watch.close()

    # Accuracy
    logits = model(dataset.validation.images)
    correct_prediction = tf.equal(tf.argmax(logits, 1), tf.argmax(dataset.validation.labels, 1))
    valid_acc = float(tf.reduce_mean(tf.cast(correct_prediction, tf.float32)))

    return loss_batch, valid_acc


def compare_init_weights(
        dataset,
        title,
        weight_init_list,
        plot_n_batches=100):
    """
    Plot loss and print stats of weights using an example neural network
    """
    label_accs = []
    label_loss = []

    for i, (weights, label) in enumerate(weight_init_list):
        loss, val_acc = _get_loss_acc(dataset, weights)

        print(label, 'loss every 40 batches:', [float('%.4g' % v) for v in loss[::40]])  # port: was plt.plot
        label_accs.append((label, val_acc))
        label_loss.append((label, loss[-1]))

    print('After 858 Batches (2 Epochs):')
    print('Validation Accuracy')
    for label, val_acc in label_accs:
        print('  {:7.3f}% -- {}'.format(val_acc*100, label))
    print('Loss')
    for label, loss in label_loss:
        print('  {:7.3f}  -- {}'.format(loss, label))
    print('(constant predictor: ln 10 = 2.303)')


# Save the shapes of weights for each layer
layer_1_weight_shape = (mnist.train.images.shape[1], 256)
layer_2_weight_shape = (256, 128)
layer_3_weight_shape = (128, mnist.train.labels.shape[1])

all_one_weights = [
    tf.Variable(tf.ones(layer_1_weight_shape)),
    tf.Variable(tf.ones(layer_2_weight_shape)),
    tf.Variable(tf.ones(layer_3_weight_shape))
]

trunc_normal_01_weights = [
    tf.Variable(tf.random.truncated_normal(layer_1_weight_shape, stddev=0.1)),
    tf.Variable(tf.random.truncated_normal(layer_2_weight_shape, stddev=0.1)),
    tf.Variable(tf.random.truncated_normal(layer_3_weight_shape, stddev=0.1))
]

compare_init_weights(
    mnist,
    'All Zeros vs All Ones',
    [
        (all_one_weights, 'All Ones')])
