"""Stochastic Gradient Descent exercise, "Learning Rate and Batch Size": SGD on a one-weight linear model with
learning_rate=0.99, batch_size=4096, num_examples=8192: "When the learning rate is too large, the training can
fail completely. (Try setting the learning rate to a large value like 0.99 to see this.)" (Kaggle Learn, Intro to
Deep Learning, lesson 3 exercise)

Source: https://www.kaggle.com/code/ryanholbrook/exercise-stochastic-gradient-descent (Kaggle Learn "Intro to
  Deep Learning", lesson 3 exercise), read in the stored files of its source repository Kaggle/learntools, commit
  02e7be03d8f3b58a99383745449871e6225ae403: notebooks/deep_learning_intro/raw/ex3.ipynb (the table of settings to
  try and the `animate_sgd(...)` cell before "4) Learning Rate and Batch Size"), the exercise's answer to q_4
  (class Q4 of the exercise's checker module, the one with Q1 'adam'/'mae' and Q2 200 epochs / batch 128, read in
  a stored copy found by its text; its path was not shown) and the helper it runs,
  learntools/deep_learning_intro/dltools.py (`animate_sgd`). The Kaggle address follows the pattern of the
  course's other exercise pages; it was not opened.
The program: `animate_sgd(learning_rate, batch_size, num_examples, steps=50, true_w=3.0, true_b=2.0)`: inputs
tf.random.normal([num_examples], seed=0), outputs = 3 * inputs + 2 + tf.random.normal(seed=1); a linear model
W * x + b with W and b starting at -1.0; loss tf.reduce_mean(tf.square(target_y - predicted_y)); each step a
GradientTape and W.assign_sub(learning_rate * dW), b.assign_sub(learning_rate * db) on the next batch of a
shuffled, batched, repeated tf.data pipeline; the animation's `update` runs one step per frame for frames 1..49.
The exercise's table asks to try, among others, "| 0.99 | 4096 | 8192 |" (learning_rate, batch_size,
num_examples); this program is that row. The answer to q_4: "Smaller learning rates make the updates smaller and
the training takes longer to converge. Large learning rates can speed up training, but don't "settle in" to a
minimum as well. When the learning rate is too large, the training can fail completely. (Try setting the
learning rate to a large value like 0.99 to see this.)"
Fix from the source: the cell's own default and the table's first row, learning_rate = 0.05, batch_size = 32,
num_examples = 256; the fixed twin uses it.
Labels: learning rate too high.
Port to Keras 3: NanWatch needs a Keras model and optimizer, so the helper's `class Model(object)` with two
tf.Variables becomes a keras.Model with the same two scalar weights (same initial values, same W * x + b), and
its hand-written update `W.assign_sub(learning_rate * dW)` / `b.assign_sub(learning_rate * db)` becomes
keras.optimizers.SGD(learning_rate).apply_gradients (plain SGD: the same update); the GradientTape body runs as
NanWatch's watched step (`watch.train_step`, returning the loss); the matplotlib figure and FuncAnimation are
dropped and the animation's 49 frames are run as a plain loop over the same `update`, which records the
history lists as before; the learntools/binder setup, the Fuel Economy part of the exercise (a separate
model) and the plots dropped; keras.utils.set_random_seed(0) (the helper's op seeds are kept); the loss per
step printed. The data are the helper's own (no stand-in needed).
Verification (the per-step losses the helper records, one run each; the noise floor is MSE 1.0): reproduces, no
NaN. The buggy run does not settle: each step overshoots to the other side of the minimum, so the weights flip
every step (the last six W: 4.75, 1.09, 4.85, 1.10, 4.82, 1.10; b: 5.63, -1.70, 5.64, -1.70, 5.60, -1.66; true
W 3, b 2) and the loss only creeps down: 25.83, 24.95, 24.68, 24.12, ... 18.14, 17.55, 17.81 (final 17.81 after
49 steps). The fixed twin (0.05, batch 32, 256 examples) is noisy but converges: 17.6, 24.1, 18.8, 15.1, 19.9,
7.7, 9.1, 8.4, 7.5, 3.3, ... then between 0.5 and 1.5 from about step 20 (final 0.533; W 2.94, b 2.11). ~13-17 s
per run here.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_high",)
FIX = [("learning_rate = 0.99", "learning_rate = 0.05"),
       ("batch_size = 4096", "batch_size = 32"),
       ("num_examples = 8192", "num_examples = 256")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def animate_sgd(num_examples, batch_size, steps, learning_rate,
                true_w=3.0, true_b=2.0, seed=0):
    # Define model
    class Model(keras.Model):  # port: was `object` holding two tf.Variables
        def __init__(self, w_init=-1.0, b_init=-1.0):
            super().__init__()
            self.W = self.add_weight(shape=(), initializer=keras.initializers.Constant(w_init), name="W")
            self.b = self.add_weight(shape=(), initializer=keras.initializers.Constant(b_init), name="b")

        def call(self, x):
            return self.W * x + self.b

    def loss(target_y, predicted_y):
        return tf.reduce_mean(tf.square(target_y - predicted_y))

    # Data
    inputs  = tf.random.normal(shape=[num_examples], seed=seed)
    noise   = tf.random.normal(shape=[num_examples], seed=seed+1)
    outputs = inputs * true_w + true_b + noise
    ds = (tf.data.Dataset
          .from_tensor_slices((inputs, outputs))
          .shuffle(1000, seed=seed)
          .batch(batch_size)
          .repeat())
    ds = iter(ds)
    model = Model()
    model(inputs[:1])  # port: builds the model before NanWatch attaches to it
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate)  # port: the assign_sub update below
    watch = NanWatch(log_dir).attach(model, optimizer, loss=loss)  # port

    @watch.train_step  # port: train() as NanWatch's watched step, returning the loss
    def train(inputs, outputs):
        with tf.GradientTape() as t:
            current_loss = loss(outputs, model(inputs))
        dW, db = t.gradient(current_loss, [model.W, model.b])
        # port: model.W.assign_sub(learning_rate * dW); model.b.assign_sub(learning_rate * db)
        optimizer.apply_gradients(zip([dW, db], [model.W, model.b]))
        return current_loss

    # Collect the history of W-values and b-values to plot later
    Ws, bs, xs, ys, ls = [], [], [], [], []

    def update(epoch):
        x, y = next(ds)
        y_pred = model(x)
        current_loss = loss(y, y_pred)

        Ws.append(model.W.numpy())
        bs.append(model.b.numpy())
        xs.append(x.numpy())
        ys.append(y_pred.numpy())
        ls.append(current_loss.numpy())

        train(x, y)

    for epoch in range(1, steps):  # port: the FuncAnimation's frames=range(1, steps)
        update(epoch)
    watch.close()
    return Ws, bs, ls


# YOUR CODE HERE: Experiment with different values for the learning rate, batch size, and number of examples
learning_rate = 0.99
batch_size = 4096
num_examples = 8192

Ws, bs, ls = animate_sgd(
    learning_rate=learning_rate,
    batch_size=batch_size,
    num_examples=num_examples,
    # You can also change these, if you like
    steps=50, # total training steps (batches seen)
    true_w=3.0, # the slope of the data
    true_b=2.0, # the bias of the data
)
print("loss per step:", [round(float(v), 3) for v in ls])
print("W per step (last 6):", [round(float(v), 3) for v in Ws[-6:]], "b (last 6):", [round(float(v), 3) for v in bs[-6:]])
print("final loss:", float(ls[-1]), "(noise floor 1.0; true W 3.0, b 2.0)")
