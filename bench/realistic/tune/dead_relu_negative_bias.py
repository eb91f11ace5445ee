"""Hidden layers output only zeros and the loss plateaus at the variance

Regression on 10 standardised sensor features. I initialised the biases to -2 because I read
that negative biases give sparse ReLU activations. The loss stays at ~1.0 (the target
variance) and the hidden layer outputs are all zero.
"""
import sys
import numpy as np
import keras
from keras import layers, initializers
from tb_nanwatch import NanWatch

FAULTS = ("dead_activations", "weight_init")
FIX = [("bias_initializer=initializers.Constant(-2.0)", "bias_initializer='zeros'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(137)

rng = np.random.default_rng(137)
n = 3000
X = rng.normal(size=(n, 10)).astype('float32')
y = np.sin(X[:, 0]) + 0.5 * X[:, 1] * X[:, 2] - 0.4 * X[:, 3] + 0.1 * rng.normal(size=n)
y = ((y - y.mean()) / y.std()).astype('float32')

model = keras.Sequential([
    layers.Input((10,)),
    layers.Dense(64, activation='relu', bias_initializer=initializers.Constant(-2.0)),
    layers.Dense(64, activation='relu', bias_initializer=initializers.Constant(-2.0)),
    layers.Dense(1),
])
model.compile(optimizer='adam', loss='mse')
history = model.fit(X, y, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1])
