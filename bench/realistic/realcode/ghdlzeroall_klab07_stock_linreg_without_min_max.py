"""Linear regression on raw daily stock rows (prices ~820 next to volumes ~1,000,000) with SGD(lr=1e-5)
(hunkim/DeepLearningZeroToAll, Keras lab 07-2 "linear regression without min max")

Source: https://github.com/hunkim/DeepLearningZeroToAll/blob/master/keras/klab-07-2-linear_regression_without_min_max.py
(read in the stored copy of that repository; the Keras version of lab 07-2 of the "Deep Learning Zero To All"
course) and its fixed companion, lab-07-3-linear_regression_min_max.py of the same repository.
The program: eight rows of daily stock data [Open, High, Volume, Low, Close] written in the script, x = the first
four columns, y = Close; Sequential([Dense(1, input_dim=4), Activation('linear')]), loss 'mse', SGD(lr=1e-5),
metrics ['accuracy'], 100 epochs (one full batch per epoch). The Volume column is ~1e6 while the prices are
~820.
Fault and fix from the source: the lab pair is the course's demonstration of feature scaling: 07-2 trains on the
raw rows ("without min max"), and 07-3 repeats the same model and optimizer after
`xy = MinMaxScaler(xy)` (a column-wise (x - min) / (max - min + 1e-7) written in the file) with the comment
"# very important. It does not work without it." The fixed twin adds that function and those lines (scaling x
and y together, as 07-3 does), the rest unchanged.
Labels: unscaled input (a volume feature 1,000x the price features).
Port to Keras 3: `SGD(lr=1e-5)` -> `SGD(learning_rate=1e-5)`; `input_dim=4` kept through an Input layer
(`Dense(1, input_dim=4)` -> `Input(shape=(4,))` then `Dense(1)`); model.summary() dropped; NanWatch callback;
verbose=2; keras.utils.set_random_seed(0) next to the script's own np.random.seed(777). The data are the
script's own eight rows (nothing synthetic).
Verification (Keras's own printed losses, one run each, ~10 s per run here): reproduces. The buggy run blows up
at once: loss 9.10e11 at epoch 1, 1.0e27 at epoch 2, inf at epochs 3-5, NaN from epoch 6 to 100, every
prediction NaN (the Volume weight's gradient is ~1e6 times the error). The fixed twin, the lab's own fix with the
same SGD(1e-5) and 100 one-batch epochs, stays finite but barely moves (1.1623, 1.1622, 1.1621, ... 1.1588 at
epoch 50, 1.1554 at epoch 100, against var(y) = 0.093 on the scaled targets): the TensorFlow lab runs 2,001
steps, the Keras port 100 (as with ghdlkerastf9 and keras4784, such a twin is rightly flagged).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Input, Dense, Activation
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("np.random.seed(777)  # for reproducibility\n",
        "np.random.seed(777)  # for reproducibility\n"
        "\n\n"
        "def MinMaxScaler(data):\n"
        "    numerator = data - np.min(data, 0)\n"
        "    denominator = np.max(data, 0) - np.min(data, 0)\n"
        "    # noise term prevents the zero division\n"
        "    return numerator / (denominator + 1e-7)\n"),
       ("x_data = xy[:, 0:-1]\n",
        "# very important. It does not work without it.\n"
        "xy = MinMaxScaler(xy)\n"
        "print(xy)\n"
        "\n"
        "x_data = xy[:, 0:-1]\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
np.random.seed(777)  # for reproducibility


xy = np.array([[828.659973, 833.450012, 908100, 828.349976, 831.659973],
               [823.02002, 828.070007, 1828100, 821.655029, 828.070007],
               [819.929993, 824.400024, 1438100, 818.97998, 824.159973],
               [816, 820.958984, 1008100, 815.48999, 819.23999],
               [819.359985, 823, 1188100, 818.469971, 818.97998],
               [819, 823, 1198100, 816, 820.450012],
               [811.700012, 815.25, 1098100, 809.780029, 813.669983],
               [809.51001, 816.659973, 1398100, 804.539978, 809.559998]])

x_data = xy[:, 0:-1]
y_data = xy[:, [-1]]

model = Sequential()
model.add(Input(shape=(4,)))
model.add(Dense(1))
model.add(Activation('linear'))

model.compile(loss='mse',
              optimizer=SGD(learning_rate=1e-5),
              metrics=['accuracy'])

history = model.fit(x_data, y_data, epochs=100, callbacks=[NanWatch(log_dir)], verbose=2)

predictions = model.predict(x_data, verbose=0)
score = model.evaluate(x_data, y_data, verbose=0)

print('Prediction: ', predictions)
print('Accuracy: ', score[1])
print("final loss:", history.history['loss'][-1], "var(y):", float(y_data.var()))
