"""Simple Linear Regression in Keras: nan loss on every epoch (Cross Validated)

Source: https://stats.stackexchange.com/questions/284189/simple-linear-regression-in-keras
Fix from the accepted answer: "This is probably because there was no normalization done. Neural network are
very sensitive to non-normalized data ... Your code coped with that using your very low learning rate ...
sc = StandardScaler(); x = sc.fit_transform(x); y = sc.fit_transform(y). And simply drop the learning rate".
Port to Keras 3: the author's CSV ("television" data: one column predicting another, x up to ~300, y ~5-27)
replaced by synthetic data of that shape and scale (200 rows); sklearn's StandardScaler written in numpy in the
fix; NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras.layers import Input, Dense
from keras.models import Model
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("inputs = Input(shape=(1,))\n",
        "x = (x - x.mean()) / x.std()\ny = (y - y.mean()) / y.std()\ninputs = Input(shape=(1,))\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: the CSV's two columns (TV budget in $1000s, sales in 1000s of units)
x = rng.uniform(0.7, 296.4, (200, 1))
y = 7.0 + 0.0475 * x + rng.normal(0, 3.2, (200, 1))

inputs = Input(shape=(1,))
preds = Dense(1,activation='linear')(inputs)

model = Model(inputs=inputs,outputs=preds)
sgd=keras.optimizers.SGD()
model.compile(optimizer=sgd ,loss='mse',metrics=['mse'])
h = model.fit(x,y, batch_size=1, epochs=30, shuffle=False, callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", h.history['loss'][-1])
