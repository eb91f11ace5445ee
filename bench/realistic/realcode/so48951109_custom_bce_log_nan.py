"""Keras Custom Binary Cross Entropy Loss Function. Get NaN as output for loss (Stack Overflow)

Source: https://stackoverflow.com/questions/48951109/keras-custom-binary-cross-entropy-loss-function-get-nan-as-output-for-loss
  (read at https://thinbug.com/q/48951109 and https://qa.1r1g.com/sf/ask/3426577661, mirrors with the answer)
The author's loss: (-1)*(y_true * K.log(y_pred) + (1 - y_true) * K.log(1 - y_pred)) with "sigmoid function as
activation for my last layer"; "after few iterations, I get NaN as output for loss function".
Fix from the answer: "A naive implementation of binary cross entropy will suffer numerical problem on 0
output or larger than one output, e.g. log(0) -> NaN" - use the stable form (Keras' own binary
cross-entropy, which clips the probabilities).
Labels: a hand-written loss taking log(0).
Port to Keras 3: the post shows the loss and says the last layer is a sigmoid, not the rest of the script:
the model around it here is a small sigmoid-output MLP on synthetic, well-separated 0/1 data trained long
enough for the sigmoid to saturate to exactly 0/1 in float32 (that is when log(0) happens);
`from keras import backend as K` -> keras.ops (Keras 3 has no K.log/K.mean); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras import ops as K
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_loss_math",)
FIX = [("    t_loss = (-1)*(y_true * K.log(y_pred) + (1 - y_true) * K.log(1 - y_pred))\n    return K.mean(t_loss)\n",
        "    return keras.losses.binary_crossentropy(y_true, y_pred)\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def my_custom_loss(y_true,y_pred):
    t_loss = (-1)*(y_true * K.log(y_pred) + (1 - y_true) * K.log(1 - y_pred))
    return K.mean(t_loss)


# port: synthetic, linearly separable 0/1 data (the post does not show its data)
X = rng.normal(0, 1, (2000, 10))
y = (X @ rng.normal(0, 1, 10) > 0).astype("float32").reshape(-1, 1)
X = X + 3.0 * (2 * y - 1) * np.ones((1, 10)) / np.sqrt(10)

model = Sequential([Dense(32, activation="relu", input_shape=(10,)), Dense(1, activation="sigmoid")])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss=my_custom_loss)
h = model.fit(X, y, epochs=40, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1])
