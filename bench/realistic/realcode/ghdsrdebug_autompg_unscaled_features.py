"""Most common bugs I, "Pre-processing inputs incorrectly": an MLP regressor on Auto MPG with Horsepower x 1000 and
Displacement / 1000, "Forgot to standardize/scale" (Data Science Retreat class on debugging deep learning models)

Source: https://github.com/stanislav-chekmenev/debugging-dl-models (course material "for the class on debugging deep
  learning models at Data Science Retreat"), notebooks/basics/2_most_common_bugs_I.ipynb, section "Pre-processing
  inputs incorrectly" / "Regression example with Auto MPG data", and its answer notebooks/basics/answers/
  most_common_bugs_I.py ("# Ex 1"); read in a fetched snapshot of the repository at commit
  f07f2f6ec6ec2327082023fd3a818128373023c3 (2022-03-04; the notebooks were later removed from the repository) and,
  for the answer, commit 7b23d7c48c56187c14147c81303473740c3e11d9 (the .ipynb_checkpoints copy of the answer file).
The program: the UCI Auto MPG data (392 rows after dropna; 'Origin' dropped), labels = MPG, and "Let's make the
difference in scales for some features even more pronounced": dataset['Horsepower'] * 1000 and
dataset['Displacement'] / 1000, so the six features are Cylinders 3-8, Displacement 0.068-0.455, Horsepower
46,000-230,000, Weight 1,613-5,140, Acceleration 8-24.8, Model Year 70-82; a subclassed RegressorNet (Input ->
Dense(64, relu) -> Dense(64, relu) -> Dense(1, linear)) whose `grad_step` takes one GradientTape step on
tf.keras.losses.mean_squared_error with the Adam() it was given; `train(model, 1000, train_set, labels, ...)` runs
1,001 full-batch steps and prints the mean loss every 100. The section names the bug "Forgot to standardize/scale.
It makes the resulting model dependent on the choice of units used in the input", and its exercise asks to
"Write a function to standardize the data and apply it. Train with the new data for 1000 epochs ... Why does the
training depend so much on the scaling?"
Fix from the source (answers, "# Ex 1"): `standardize(array)` = (array - mean) / std per column, a new RegressorNet
and Adam, `train(model, 1000, stand_train_set, labels, ...)`. The fixed twin trains on the standardized features.
Labels: input_scale: features on vastly different scales (1e5 next to 0.1), set up on purpose, and the fix is
standardizing them.
Port to Keras 3: tf.keras is Keras 3 here; the data come from tf.keras.utils.get_file (a download) and pandas (not
installed): replaced by 392 synthetic cars in numpy with the real columns' ranges and relations (cylinders from
{3, 4, 5, 6, 8} at the real frequencies, displacement ~ cylinders, horsepower and weight ~ displacement,
acceleration falling with horsepower/weight, model year 70-82, MPG from weight, horsepower and year plus noise,
clipped to the real 9-46.6: mean 22.5 / sd 8.5, max 42.6; the real: 23.4 / 7.8, max 46.6), then the notebook's own two rescaling
lines; the pairplot/describe cells dropped; `tf.keras.layers.Input(input_shape)` -> `Input((input_shape,))`
(Keras 3 wants a shape tuple); `tf.keras.losses.mean_squared_error` -> `keras.losses.mean_squared_error` (tf.keras
has only the class in Keras 3); `grad_step` runs through a NanWatch
`watch.train_step` wrapper that returns the mean loss (NanWatch attached to the model and Adam; the model is
called once on the data first to build it); the make_writer/tf.summary TensorBoard logging dropped (the utils module
is not part of the notebook) and the mean loss kept for printing; the answer's `standardize` is defined in the
program and used only by the fixed twin; keras.utils.set_random_seed(0); the final loss printed.
Verification (the notebook's printed mean MSE, one run each; constant predictor: the variance of the labels, 71.8):
the buggy run starts at 1.24e6 and is still above the constant predictor after its 1,001 Adam steps: 730 at step
100, 273.7 at 400, 139.8 at 700, 113.1 at 1000 (falling ever more slowly); no NaN/Inf. The fixed twin
(standardized features) learns: 569 at step 0, 48.0 at 100, 11.6 at 400, 6.78 at 1000. Each run takes ~18 s here.
"""
import sys

import keras
import numpy as np
import tensorflow as tf
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("train(model, 1000, train_set, labels, 'scaling/regression_not_standard')",
        "train(model, 1000, standardize(train_set), labels, 'scaling/regression_standard')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def load_auto_mpg():
    # port: stands in for pd.read_csv(get_file("auto-mpg.data", ...)).dropna() without 'Origin' (392 rows)
    rng = np.random.default_rng(0)
    n = 392
    cyl = rng.choice([3, 4, 5, 6, 8], n, p=[.01, .51, .01, .21, .26]).astype(float)
    disp = np.clip(np.select([cyl == 3, cyl == 4, cyl == 5, cyl == 6], [72, 110, 145, 220], 345)
                   * rng.normal(1, 0.12, n), 68, 455)
    hp = np.clip(0.35 * disp + rng.normal(40, 10, n), 46, 230)
    weight = np.clip(7.5 * disp + rng.normal(1500, 250, n), 1613, 5140)
    accel = np.clip(26 - 0.06 * hp - 0.0012 * weight + rng.normal(0, 1.8, n), 8, 24.8)
    year = rng.integers(70, 83, n).astype(float)
    mpg = 50 - 0.0072 * weight - 0.05 * hp + 0.75 * (year - 76) + rng.normal(0, 3.0, n)
    mpg = np.clip(mpg, 9, 46.6)
    dataset = {'Cylinders': cyl, 'Displacement': disp, 'Horsepower': hp, 'Weight': weight,
               'Acceleration': accel, 'Model Year': year}
    return dataset, mpg


dataset, labels = load_auto_mpg()
labels = np.array(labels).astype('float32')

dataset['Horsepower'] = dataset['Horsepower'] * 1000
dataset['Displacement'] = dataset['Displacement'] / 1000
train_set = np.stack(list(dataset.values()), axis=1).astype('float32')  # port: np.array(dataset).astype('float32')


# Standardizing:  (the answer's function; used by the fixed twin)
def standardize(array):
    means = np.mean(array, axis=0)
    std = np.std(array, axis=0)
    return (array - means) /  std


class RegressorNet(tf.keras.Model):

    def __init__(self, input_shape, optimizer):
        super(RegressorNet, self).__init__()

        self.optimizer = optimizer
        self.regressor = tf.keras.Sequential([
            tf.keras.layers.Input((input_shape,)),  # port: Input(input_shape)
            tf.keras.layers.Dense(64, activation='relu', name='dense_1'),
            tf.keras.layers.Dense(64, activation='relu', name='dense_2'),
            tf.keras.layers.Dense(1, activation='linear', name='dense_out')
        ])

    def summary(self):
        self.regressor.summary()

    def call(self, X):
        return self.regressor(X)

    def get_loss(self, X, y_true):
        y_pred = self(X)
        l2_loss = keras.losses.mean_squared_error(y_true, y_pred)  # port: tf.keras.losses
        return l2_loss

    def grad_step(self, X, y_true):
        with tf.GradientTape() as tape:
            loss = self.get_loss(X, y_true)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables))
        return loss, gradients


optimizer = tf.keras.optimizers.Adam()
model = RegressorNet(input_shape=train_set.shape[1], optimizer=optimizer)
model(train_set[:1])  # port: builds the model before NanWatch attaches to it
watch = NanWatch(log_dir).attach(model, optimizer, loss=keras.losses.mean_squared_error)  # port


@watch.train_step  # port: model.grad_step inside NanWatch's watched step, returning the mean loss
def watched_grad_step(X, y_true):
    loss, gradients = model.grad_step(X, y_true)
    return tf.math.reduce_mean(loss, axis=0)


def train(model, epochs, X, y, save_dir):

    for epoch in range(0, epochs + 1):

        if epoch % 100 == 0:
            print('Epoch {} is running...'.format(epoch))

        # Gradient update step
        loss = watched_grad_step(X, y.reshape(-1, 1))

        if epoch % 100 == 0:
            print(f'{loss}')
    return float(loss)


final = train(model, 1000, train_set, labels, 'scaling/regression_not_standard')
watch.close()
print("final loss:", final, "(constant predictor: MSE %.2f)" % float(np.var(labels)))
