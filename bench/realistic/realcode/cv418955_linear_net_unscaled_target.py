"""Why is deep neural net with linear activation diverges? (Cross Validated)

Source: https://stats.stackexchange.com/questions/418955/why-is-deep-neural-net-with-linear-activation-diverges
  (read at https://wiki.hoelee.com/content/stats.stackexchange.com_en_all_2022-05/questions/418955/)
Fix from the thread: the author's update, confirmed by the answer: "this particular behavior is caused by not
scaled target variable" (y = x**2 + 3 reaches ~9800); learning happens only with a tiny learning rate.
Port to Keras 3: NanWatch callback; fixed seeds. The data is the author's own.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [("km.fit(x_normed, y, epochs=300", "km.fit(x_normed, (y - y.mean()) / y.std(), epochs=300")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x = np.arange(100)[:, np.newaxis]
f = lambda x: x ** 2 + 3
y = f(x)
x_normed = (x - x.mean()) / x.std()
km = Sequential()
km.add(Dense(1, activation=None))
km.add(Dense(1, activation=None))
km.compile('sgd', loss='mse')
h = km.fit(x_normed, y, epochs=300, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1])
