"""Keras and Learning Sine: four ReLU layers of 5 units fit sin(x) badly (blog post)

Source: Philip Zucker, "Keras and Learning Sine", https://www.philipzucker.com/keras-and-learning-sine/
The post fits sin(x) on [-pi, pi] with four Dense(5) + ReLU layers and plain SGD for 5 epochs: "It works,
just not well. Deep networks tend to get kind of hung up." Its own comments in the code give the fix:
"#Depth doesn't seem to work so well  #Wide seems better for this task."
Fix from the post: a wide layer instead of the narrow deep stack; the fixed twin keeps the author's code
and widens the layers (output_dim=5 -> 50).
Labels: hidden layers too narrow for the task.
Port to Keras 3: Dense(output_dim=5, input_dim=1) -> Dense(5, input_dim=1) (output_dim is gone; the
repeated input_dim of the later layers dropped: Keras 3 rejects it on non-first layers), nb_epoch ->
epochs, keras.layers.core -> keras.layers; 100000 samples -> 10000 and 5 epochs -> 25 (7825 updates at
batch_size=32 instead of 15625: time); the plots dropped; NanWatch callback; seeds.
"""
import sys

import keras
from keras.models import Sequential
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [("Dense(5, input_dim=1)", "Dense(50, input_dim=1)"), ("model.add(Dense(5))", "model.add(Dense(50))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

model = Sequential()
from keras.layers import Dense, Activation
model.add(Dense(5, input_dim=1))
model.add(Activation("relu"))
model.add(Dense(5))
model.add(Activation("relu"))
model.add(Dense(5))
model.add(Activation("relu"))
model.add(Dense(5))
model.add(Activation("relu"))
model.add(Dense(1))
#Depth doesn't seem to work so well
#Wide seems better for this task.
#Of course what we're doing is incredibly stupid
model.compile(loss='mean_squared_error', optimizer='sgd')
import numpy as np
x = np.linspace(-np.pi, np.pi, 100)
data = (np.random.random((10000))-.5) * 2 * np.pi  # port: 100000 samples (time)
vals = np.sin(data)
h = model.fit(data, vals, epochs=25, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=0)
y = model.predict(x, batch_size=32, verbose=0)
print("final loss:", h.history['loss'][-1], "var(sin):", vals.var())
