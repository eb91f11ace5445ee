"""K.sqrt cause loss is nan in CPU, GPU is correct (keras-team/keras issue #13203)

Source: https://github.com/keras-team/keras/issues/13203 (read in the stored issue thread)
"you can see the loss is nan in CPU, but if you remove the line with sqrt it will be correct":
Input(10, 10) -> Dense(64, relu) -> Flatten -> Lambda(lambda x: K.sqrt(x)) -> output.
Label from the thread (the author's own bisection: the Lambda sqrt is the NaN): the square root of ReLU
outputs that are exactly 0 has an infinite derivative, and inf * 0 in the backward pass is NaN; the fix is
to take the root of a strictly positive value (x + epsilon), or, as the author did, remove the sqrt.
Labels: a Lambda layer computing sqrt whose backward pass goes NaN.
Port to Keras 3: the stored copy of the issue cuts the code at "output = k...": the output layer, loss,
optimizer and data here are a guess of the same kind (Dense(1), Adam, mse, random inputs of shape (10, 10)
and targets); keras.backend.sqrt -> keras.ops.sqrt; the unused load_model/CustomObjectScope imports
dropped; NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Model
from keras.optimizers import Adam
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_layer_math",)
FIX = [("keras.layers.Lambda(lambda x: keras.ops.sqrt(x), name='error_point')",
        "keras.layers.Lambda(lambda x: keras.ops.sqrt(x + 1e-7), name='error_point')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def get_test_mode():
    from keras.layers import Flatten
    input = keras.Input(shape=(10,10), dtype='float32', name='raw_image_left')
    test = keras.layers.Dense(units=64, activation='relu', name='middle', )(input)
    test = keras.layers.Flatten()(test)
    #Comments this line will be correct, which is only  incorrect in CPU
    test = keras.layers.Lambda(lambda x: keras.ops.sqrt(x), name='error_point')(test)
    output = keras.layers.Dense(1)(test)  # port: cut in the stored copy
    model = Model(inputs=input, outputs=output)
    model.compile(optimizer=Adam(), loss='mse')
    return model


x = rng.normal(0, 1, (2000, 10, 10)).astype("float32")
y = (x.mean(axis=(1, 2)) * 3 + rng.normal(0, 0.1, 2000)).reshape(-1, 1)
model = get_test_mode()
h = model.fit(x, y, epochs=5, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1])
