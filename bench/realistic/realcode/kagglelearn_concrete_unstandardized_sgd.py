"""Dropout and Batch Normalization, exercise 5: "Did you end up with a blank graph? Trying to train this network on
this dataset will usually fail" (Kaggle Learn, Intro to Deep Learning: three Dense(512, relu) layers trained with
plain SGD on the unstandardized Concrete data)

Source: https://www.kaggle.com/code/ryanholbrook/exercise-dropout-and-batch-normalization (Kaggle Learn "Intro to
  Deep Learning", lesson 5 exercise), read in a fetched snapshot of its source repository Kaggle/learntools, commit
  8a8d4450a699c864febc419fb27ec41443a5942b, files notebooks/deep_learning_intro/raw/ex5.ipynb (cells "Load the
  *Concrete* dataset. We won't do any standardization this time", "Run the following cell to train the network on
  the unstandardized *Concrete* data", "3) Add Batch Normalization Layers") and
  learntools/deep_learning_intro/ex5.py (the solution of q_3 and the answer of q_4).
The program: the Concrete data (8 mix/age features on their raw scales, target CompressiveStrength in MPa) split
70/30 as df.sample(frac=0.7, random_state=0), and the exercise's model: Dense(512, relu) x3 -> Dense(1), compiled
with optimizer='sgd' ("SGD is more sensitive to differences of scale"), loss='mae', metrics=['mae'], fit with
batch_size=64, epochs=100, validation data. The exercise says: "Did you end up with a blank graph? Trying to train
this network on this dataset will usually fail. Even when it does converge (due to a lucky weight initialization),
it tends to converge to a very large number."
Fix from the source: "Batch normalization can help correct problems like this. Add four BatchNormalization
layers, one before each of the dense layers" (solution: BatchNormalization(input_shape=input_shape), Dense(512,
relu), BatchNormalization(), Dense(512, relu), BatchNormalization(), Dense(512, relu), BatchNormalization(),
Dense(1)); q_4's answer: "adding batch normalization was a big improvement on the first attempt! By adaptively
scaling the data as it passes through the network, batch normalization can let you train models on difficult
datasets." The fixed twin is that model, everything else unchanged.
Labels: input_scale: the exercise sets the failure up by loading the data with no standardization ("This will make
the effect of batch normalization much more apparent") and its fix is a layer that rescales the inputs (the first
BatchNormalization sits on the raw features).
Port to Keras 3: `from tensorflow import keras` / `from tensorflow.keras import layers` -> `import keras` /
`from keras import layers`; pandas is not installed and the CSV is not downloaded, so concrete.csv is replaced by
1030 synthetic rows with the real columns' ranges (Cement 102-540 kg/m3, BlastFurnaceSlag 0-359 with ~46% zeros,
FlyAsh 0-200 with ~55% zeros, Water 122-247, Superplasticizer 0-32 with ~37% zeros, CoarseAggregate 801-1145,
FineAggregate 594-993, Age in days from {1, 3, 7, ..., 28, ..., 365}) and a strength made from the water/binder ratio
(Abrams' law) and log(age) plus noise, clipped to the real 2.33-82.6 MPa (mean 36.6, sd 17.0; the real data: mean 35.8,
sd 16.7); `df.sample(frac=0.7, random_state=0)` / `df.drop(df_train.index)` -> a numpy permutation with seed 0
(721 train / 309 valid rows); `history_df = pd.DataFrame(history.history)` and the plot -> min over
history.history['val_loss']; trailing spaces after one Dense line dropped; the Spotify/dropout half of the exercise
dropped; NanWatch callback; keras.utils.set_random_seed(0); the final losses printed.
Verification (Keras's own losses, one run each, MAE in MPa; constant predictor: the mean absolute deviation of the
training targets from their median, 14.07): the buggy run fails as the exercise says: the loss is NaN from the
first epoch on (NanWatch reports the first NaN at step 5, in the output Dense layer's forward pass; epoch losses
nan, nan, nan ... nan; minimum validation loss nan: the "blank graph"); the fixed twin (BatchNormalization before
each Dense) trains: epoch losses 36.2, 35.8, 35.4 (the BatchNormalization model starts from a near-zero output),
last three 2.31, 2.20, 2.27, minimum validation loss 4.29. Each run takes ~45-50 s here.
"""
import sys

import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("""model = keras.Sequential([
    layers.Dense(512, activation='relu', input_shape=input_shape),
    layers.Dense(512, activation='relu'),
    layers.Dense(512, activation='relu'),
    layers.Dense(1),
])""", """model = keras.Sequential([
    layers.BatchNormalization(input_shape=input_shape),
    layers.Dense(512, activation='relu'),
    layers.BatchNormalization(),
    layers.Dense(512, activation='relu'),
    layers.BatchNormalization(),
    layers.Dense(512, activation='relu'),
    layers.BatchNormalization(),
    layers.Dense(1),
])""")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def load_concrete():
    # port: stands in for pd.read_csv('../input/dl-course-data/concrete.csv') (1030 rows, 8 features + target)
    rng = np.random.RandomState(0)
    n = 1030
    cement = rng.uniform(102, 540, n)
    slag = np.where(rng.rand(n) < 0.46, 0.0, rng.uniform(11, 359, n))
    flyash = np.where(rng.rand(n) < 0.55, 0.0, rng.uniform(24, 200, n))
    water = np.clip(rng.normal(182, 21, n), 121.8, 247.0)
    superp = np.where(rng.rand(n) < 0.37, 0.0, np.clip(rng.gamma(2.5, 3.8, n), 1.7, 32.2))
    coarse = np.clip(rng.normal(973, 78, n), 801, 1145)
    fine = np.clip(rng.normal(774, 80, n), 594, 993)
    age = rng.choice([1, 3, 7, 14, 28, 56, 90, 100, 180, 270, 365], n,
                     p=[.01, .13, .12, .01, .41, .09, .05, .05, .06, .01, .06]).astype(float)
    wb = water / (cement + 0.6 * slag + 0.3 * flyash)
    strength = 84.0 / 6.0 ** wb * np.clip(np.log(age + 1) / np.log(29), 0.25, 1.35) + 0.6 * superp
    strength = np.clip(strength + rng.normal(0, 4.0, n), 2.33, 82.6)
    X = np.stack([cement, slag, flyash, water, superp, coarse, fine, age], axis=1)
    return X, strength


X, y = load_concrete()

# port: df.sample(frac=0.7, random_state=0) / df.drop(df_train.index)
idx = np.random.RandomState(0).permutation(len(X))
n_train = int(round(0.7 * len(X)))
X_train, y_train = X[idx[:n_train]], y[idx[:n_train]]
X_valid, y_valid = X[idx[n_train:]], y[idx[n_train:]]

input_shape = [X_train.shape[1]]

model = keras.Sequential([
    layers.Dense(512, activation='relu', input_shape=input_shape),
    layers.Dense(512, activation='relu'),
    layers.Dense(512, activation='relu'),
    layers.Dense(1),
])
model.compile(
    optimizer='sgd', # SGD is more sensitive to differences of scale
    loss='mae',
    metrics=['mae'],
)
history = model.fit(
    X_train, y_train,
    validation_data=(X_valid, y_valid),
    batch_size=64,
    epochs=100,
    verbose=0, callbacks=[NanWatch(log_dir)],
)

print(("Minimum Validation Loss: {:0.4f}").format(min(history.history['val_loss'])))
print("first losses:", history.history["loss"][:3], "last losses:", history.history["loss"][-3:],
      "(constant predictor: MAE %.2f)" % float(np.mean(np.abs(y_train - np.median(y_train)))))
