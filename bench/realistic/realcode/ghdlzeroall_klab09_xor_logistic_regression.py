"""Lab 09-1 "XOR": one sigmoid unit (logistic regression) trained on the four XOR rows with SGD(lr=0.1) and binary
cross-entropy for 50000 epochs; its companion lab 09-2 "XOR with NN" adds a hidden layer of two sigmoid units
(the Keras version of the "Deep Learning Zero To All" course)

Source: https://github.com/hunkim/DeepLearningZeroToAll/blob/master/keras/klab-09-1-xor.py and its fixed companion
  https://github.com/hunkim/DeepLearningZeroToAll/blob/master/keras/klab-09-2-xor-nn.py (both read in the stored
  copy of hunkim/DeepLearningZeroToAll, commit b5c4c9e2342e4e300a88e68b7c4ef2a8f4f60986). A different lab of the
  same repository (klab-07-2, min-max scaling) is already in the corpus as
  ghdlzeroall_klab07_stock_linreg_without_min_max.
The program: x_data = the four XOR inputs [[0,0],[0,1],[1,0],[1,1]], y_data = [[0],[1],[1],[0]];
Sequential([Dense(1, input_dim=2, activation='sigmoid')]), SGD(lr=0.1), loss 'binary_crossentropy',
metrics=['accuracy'], fit(x_data, y_data, epochs=50000), then evaluate on the same rows. The repository pairs the
two labs: lab 09-1 ("xor") is the single logistic unit, a linear boundary that cannot separate XOR, and lab 09-2
("xor-nn") is the same script with one hidden layer, `Dense(2, input_dim=2, activation='sigmoid')` followed by
`Dense(1, activation='sigmoid')`; the scripts carry no comments, the cause and fix rest on that pairing (the course's
lecture text was not read).
Fix from the source: lab 09-2's model, a hidden layer of two sigmoid units before the sigmoid output (everything
else unchanged); the fixed twin uses it.
Labels: model too small (a linear decision boundary, no hidden layer, for a task that is not linearly separable).
Port to Keras 3: `import numpy as np` added (the script uses np without importing it); `SGD(lr=0.1)` ->
`SGD(learning_rate=0.1)`; `model.summary()` and (in the twin's source) `predict_classes` dropped; verbose=0 and the
epoch losses printed; NanWatch callback; keras.utils.set_random_seed(0). Time: the script's 50000 epochs of one
full-batch update each would take over an hour here (~60 ms per Keras epoch), so the four rows are repeated 2000
times (8000 rows, the default batch_size=32: 250 updates of 32 rows per epoch, every batch drawn from the same four
patterns) and epochs=50000 becomes epochs=20: 5000 updates in all, a tenth of the script's 50000, enough for the
fixed twin to solve XOR.
Verification (Keras's own epoch losses, one run each; constant predictor: the entropy of the balanced labels,
ln 2 = 0.693): reproduces: the single unit sits at the constant-predictor level from the second epoch on,
0.6965, 0.6939, 0.6938, 0.6938, ... 0.6938 (final 0.6938; evaluate on the four rows: loss 0.6932, accuracy 0.5: it
cannot separate XOR). The fixed twin (lab 09-2's hidden layer) solves it: 0.6915, 0.6845, 0.6753, 0.6596, 0.6362,
0.6064, 0.575, 0.546, 0.5195, 0.4924, 0.4587, 0.4071, 0.3348, 0.259, 0.1962, 0.1507, 0.1191, 0.09694, 0.08102,
0.06919 (final 0.0692; evaluate: loss 0.0643, accuracy 1.0). ~42 s per run here (the machine is shared with
another job; most of it is Keras's per-step time).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [("model.add(Dense(1, input_dim=2, activation='sigmoid'))",
        "model.add(Dense(2, input_dim=2, activation='sigmoid'))\nmodel.add(Dense(1, activation='sigmoid'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x_data = np.array([[0., 0.],
          [0., 1.],
          [1., 0.],
          [1., 1.]])
y_data = np.array([[0.],
          [1.],
          [1.],
          [0.]])
x_rep, y_rep = np.tile(x_data, (2000, 1)), np.tile(y_data, (2000, 1))  # port: 2000 copies, see the docstring

model = Sequential()
model.add(Dense(1, input_dim=2, activation='sigmoid'))
sgd = SGD(learning_rate=0.1)
model.compile(loss='binary_crossentropy', optimizer=sgd,
              metrics=['accuracy'])
history = model.fit(x_rep, y_rep, epochs=20, verbose=0, callbacks=[NanWatch(log_dir)])  # port: was epochs=50000

score = model.evaluate(x_data, y_data, verbose=0)
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print('Test score:', score[0])
print('Test accuracy:', score[1])
print("final loss:", history.history["loss"][-1], "(constant predictor: ln 2 = 0.693)")
