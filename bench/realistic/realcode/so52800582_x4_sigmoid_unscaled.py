"""Why do I fail to predict y=x**4 with keras? (y=x**3 works) (Stack Overflow)

Source: https://stackoverflow.com/questions/52800582/why-do-i-fail-to-predict-y-x4-with-keras-y-x3-works
  (read at http://stackoverflow.com.mevn.net/questions/52800582/ and https://qa.1r1g.com/sf/ask/3696040771)
Fix from the accepted answer: "your input and output variables have too large values and hence are not
compatible with the (initial) weights of the network": inputs in [-100, 100] saturate the sigmoid layer and
outputs up to 1e8 are out of reach of glorot-initialised weights; scale both.
Port to Keras 3: the author's outer loop (100 x fit(epochs=1000)) and the matplotlib plotting are cut to one
fit of 1000 epochs (time); time.clock() removed; NanWatch callback; fixed seeds.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense, Activation
from keras.models import Sequential
from tb_nanwatch import NanWatch

FAULTS = ("input_scale", "target_scale")
FIX = [("y = x**4\n", "y = x**4\nx = x / 100.0\ny = y / 1e8\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x = np.arange(-100, 100, 0.5)
y = x**4

model = Sequential()
model.add(Dense(50, input_shape=(1,)))
model.add(Activation('sigmoid'))
model.add(Dense(50) )
model.add(Activation('elu'))
model.add(Dense(1))
model.compile(loss='mse', optimizer='adam')

model.fit(x, y, epochs=1000, batch_size=len(x), verbose=0, callbacks=[NanWatch(log_dir)])
predictions = model.predict(x, verbose=0)
print("final loss:", np.mean(np.square(predictions[:, 0] - y)), "var(y):", y.var())
