"""When do we not need activation function? A single Dense neuron learns y = 2x + 1, with an activation it fails (Stack Overflow)

Source: https://stackoverflow.com/questions/62641394/when-do-we-not-need-activation-function
  (read at https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/62641394/when-do-we-not-need-activation-function)
The question's code has no activation and works; "if I add an activation function in Dense layer, the
prediction becomes weird. I have tried 'relu','sigmoid','tanh'". This program is that variant with 'sigmoid'.
Fix from the answer: "With the activation functions tanh and sigmoid, the output of the neuron is limited to
[-1,1] and [0, 1] respectively, so your output can't be more than one ... these activation functions don't
match the problem" (targets 3..15): drop the activation.
Labels: the output activation cannot produce the targets.
Port to Keras 3: activation='sigmoid' added as the question describes; NanWatch callback; seeds.
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_range",)
FIX = [("tf.keras.layers.Dense(units=1,input_shape=[1],activation='sigmoid')",
        "tf.keras.layers.Dense(units=1,input_shape=[1])")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def HW_numbers(x):
    y = (2 * x) + 1
    return y

x = np.array([1.0,2.0,3.0,4.0,5.0,6.0,7.0], dtype=float)
y = np.array(HW_numbers(x))

model = tf.keras.models.Sequential([tf.keras.layers.Dense(units=1,input_shape=[1],activation='sigmoid')])
model.compile(optimizer='sgd',loss='mean_squared_error')
h = model.fit(x,y,epochs = 30, callbacks=[NanWatch(log_dir)], verbose=0)

print(model.predict(np.array([10.0]), verbose=0))
print("final loss:", h.history['loss'][-1])
