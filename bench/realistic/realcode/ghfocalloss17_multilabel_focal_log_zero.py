"""Focal loss goes NaN: the Keras focal loss takes K.log(pt_1) and K.log(1. - pt_0) with no epsilon
(mkocabas/focal-loss-keras issue #17, "Nan problem for LOG")

Source: https://github.com/mkocabas/focal-loss-keras/issues/17 (read in the stored issue thread; jganzabal,
  2018-10-12) and the repository's focal_loss.py (read in the stored repository file).
The program: focal_loss.py of mkocabas/focal-loss-keras: focal_loss(gamma=2., alpha=.25) returning
focal_loss_fixed(y_true, y_pred) = -K.sum(alpha * K.pow(1. - pt_1, gamma) * K.log(pt_1)) - K.sum((1-alpha) *
K.pow(pt_0, gamma) * K.log(1. - pt_0)), with pt_1 = tf.where(y_true == 1, y_pred, 1) and pt_0 = tf.where(y_true ==
0, y_pred, 0); the README's usage is `model.compile(optimizer=optimizer, loss=[focal_loss(alpha=.25, gamma=2)])`.
In the thread users report NaN losses with it ("did you find the solution? i am getting nan loss"); one of them
trains a classifier of the 40 CelebA attributes ("Image just have to be classified into 40 different classes").
Fix from the source: the issue's proposal "add epsilon to the log ... K.log(K.epsilon()+pt_1) ... K.log(1. - pt_0 +
K.epsilon())", confirmed by its author ("adding K.epsilon() fixed Nan") and by a later user ("I add K.epsilon(), and
it works!"); pull request #24 "Fix Nan problem for LOG" merged it. The fixed twin adds K.epsilon() inside both logs.
Labels: unsafe_loss_math: a hand-written loss taking log(0) once a sigmoid output saturates to exactly 0 or 1.
Port (the thread shows the loss only, so the model and data are the port's): `from keras import backend as K` ->
`from keras import ops as K` (Keras 3 has no backend functions; keras.ops has power, not pow, so K.pow -> K.power, and no epsilon, so
K.epsilon() -> keras.config.epsilon()), `tf.where`/`tf.equal`/`tf.ones_like`/`tf.zeros_like` -> keras.ops; the
model is a 40-attribute multi-label MLP in the spirit of the CelebA comment: 3,000 synthetic 128-d feature
vectors (standardised), 40 binary attributes from a random linear map (rare attributes, ~15% positives, 2% label
noise), Dense(512, relu) -> Dense(512, relu) -> Dense(40, sigmoid), Adam(), batch_size=64, epochs=30; NanWatch
callback; keras.utils.set_random_seed(0); the final losses printed.
Verification (the loss values Keras prints, one run each, ~30 s; 17.1% positives): the symptom does NOT reproduce
with this stand-in: no NaN in either run. Buggy: epoch losses 126.3, 84.4, 65.5 ... last three 2.01, 3.06, 4.06
(the training loss turns up at the end), val_loss 145.3, val_binary_accuracy 0.892; fixed twin (K.epsilon() in the
logs): the same first losses, last three 1.16, 0.94, 0.80, val_loss 148.8, val_binary_accuracy 0.893. Kept as it
is, not re-seeded: the sigmoid outputs never reached exactly 0 or 1 in these 30 epochs. (The first run crashed on a
port error, keras.ops has no `pow`; fixed to `power` before these runs.)
"""
import sys

import numpy as np
import keras
from keras import ops as K
from keras.layers import Dense
from keras.models import Sequential
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_loss_math",)
FIX = [("* K.log(pt_1))-K.sum((1-alpha) * K.power( pt_0, gamma) * K.log(1. - pt_0))",
        "* K.log(keras.config.epsilon()+pt_1))-K.sum((1-alpha) * K.power( pt_0, gamma) * K.log(1. - pt_0 + keras.config.epsilon()))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def focal_loss(gamma=2., alpha=.25):
	def focal_loss_fixed(y_true, y_pred):
		pt_1 = K.where(K.equal(y_true, 1), y_pred, K.ones_like(y_pred))
		pt_0 = K.where(K.equal(y_true, 0), y_pred, K.zeros_like(y_pred))
		return -K.sum(alpha * K.power(1. - pt_1, gamma) * K.log(pt_1))-K.sum((1-alpha) * K.power( pt_0, gamma) * K.log(1. - pt_0))
	return focal_loss_fixed


# port: synthetic multi-label data (40 attributes)
rng = np.random.RandomState(0)
X = rng.normal(0, 1, (3000, 128)).astype("float32")
Z = X @ rng.normal(0, 1, (128, 40)) / np.sqrt(128) * 3.0
Y = (Z > 3.0).astype("float32")
flip = rng.rand(*Y.shape) < 0.02
Y[flip] = 1 - Y[flip]

model = Sequential([keras.Input((128,)), Dense(512, activation="relu"), Dense(512, activation="relu"),
                    Dense(40, activation="sigmoid")])
model.compile(optimizer=keras.optimizers.Adam(), loss=[focal_loss(alpha=.25, gamma=2)], metrics=["binary_accuracy"])
history = model.fit(X, Y, batch_size=64, epochs=30, validation_split=0.2, callbacks=[NanWatch(log_dir)], verbose=0)
h = history.history
print("positives: %.3f" % Y.mean(), "first losses:", h["loss"][:3], "last losses:", h["loss"][-3:],
      "val_loss:", h["val_loss"][-1], "val_binary_accuracy:", h["val_binary_accuracy"][-1])
