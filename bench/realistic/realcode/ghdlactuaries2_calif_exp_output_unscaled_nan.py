"""Enforce positive outputs (e^x): a California house-price network with Dense(1, activation="exponential") fed
the raw features: "Training the model again with an exponential activation function will give `nan` values. This
is because the results then can explode easily"; the next section re-scales the inputs (Deep Learning for
Actuaries, UNSW ACTL3143/ACTL5111, Patrick Laub, lecture 2 "Deep Learning with Keras")

Source: https://github.com/Pat-Laub/DeepLearningForActuaries, Lecture-2-Deep-Learning-Keras/
  _keras-calif-housing-regression-demo.qmd (read in the stored copy at commit
  0193d3c26c19e067bd4edddaac9f0bcdd29d3002; published as https://laub.au/DeepLearningForActuaries/, lecture "AI &
  Deep Learning", sections "Force positive predictions" and "Preprocessing"; a fetched snapshot of the repository,
  commit a526cc16c0c728074a421a87705813f42e937666, has the same cells in Tabular-Data/
  _keras-calif-housing-regression-demo.qmd, its e^x cell with Dense(30, activation="leaky_relu"); the version
  ported here is the older one, with "relu")
The program: sklearn's California housing (features as given: MedInc, HouseAge, AveRooms, AveBedrms, Population,
AveOccup, Latitude, Longitude; target the median house value in $100,000s), split 60/20/20 with two
train_test_split calls (random_state=1); the lecture's cell "Enforce positive outputs (e^x)": random.seed(123);
Sequential([Dense(30, activation="relu"), Dense(1, activation="exponential")]); compile("adam", "mse");
fit(X_train, y_train, epochs=5, verbose=False); the losses printed. The lecture: "Training the model again with an
exponential activation function will give `nan` values. This is because the results then can explode easily."
(The cell before it, the ReLU output that dies, is the program ghdlactuaries2_calif_relu_output_unscaled.)
Fix from the source: the "Preprocessing" section: "Re-scaling the inputs" (StandardScaler fitted on X_train:
"Neural networks prefer if the inputs range between -1 and 1") and "Same model with scaled inputs", the
exponential-output model fitted on X_train_sc ("Now the predictions are always non-negative"). The fixed twin
fits the same cell on X_train_sc (the lecture's twin runs 50 epochs; the 5 epochs are kept here).
Labels: input scale (the lecture's fix; Population in the thousands drives the exponent); unsafe layer math (the
exp output overflows to inf, then NaN).
Port to Keras 3: the lecture already uses Keras 3 (`from keras.models import Sequential`); sklearn (not installed)
replaced by numpy exactly as in ghdlactuaries2_calif_relu_output_unscaled: fetch_california_housing by synthetic
districts with the real columns' ranges and skew (MedInc 0.5-15; HouseAge 1-52; AveRooms ~5.4; AveBedrms ~1.1;
Population median ~1,140, up to ~20,000 here (real: 3-35,682); AveOccup ~3; Latitude 32.5-42; Longitude -124.3 to -114.3; target 0.15-5.00001,
mean 2.39 here (real 2.07)), cut to a quarter of the 20,640 districts (5,160 rows; 3,096 for training), as numpy arrays instead of data
frames; train_test_split and StandardScaler written in numpy; the scaler cell of the "Preprocessing" section moved
up before the model so that the fixed twin can use it (the buggy run does not use it); the EDA, linear-regression
and plotting cells dropped; `%time` dropped; NanWatch callback; keras.utils.set_random_seed(0) (the lecture's
random.seed(123) kept).
Verification (Keras's own epoch losses, one run each; constant predictor on the training targets: the mean ->
MSE 0.915): the buggy run is NaN from its first epoch, as the lecture says: losses [nan, nan, nan, nan, nan]. The
fixed twin (the same cell on X_train_sc) learns: 2.595, 0.967, 0.763, 0.674, 0.615. ~15-20 s per run here.
"""
import sys
import random

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("input_scale", "unsafe_layer_math")
FIX = [("hist = model.fit(X_train, y_train, epochs=5,", "hist = model.fit(X_train_sc, y_train, epochs=5,")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def fetch_california_housing(as_frame=True, return_X_y=True):
    # port: synthetic stand-in for sklearn's California housing (8 features, target in $100,000s, 0.15-5.00001),
    # cut to a quarter of its 20,640 districts (5,160 rows); numpy arrays instead of data frames
    rng = np.random.default_rng(0)
    n = 5160
    med_inc = np.clip(rng.lognormal(1.27, 0.45, n), 0.4999, 15.0001)
    house_age = np.clip(np.round(rng.normal(28.6, 12.6, n)), 1, 52)
    ave_rooms = np.clip(rng.lognormal(1.66, 0.25, n) + 0.3 * (med_inc - 3.9), 0.85, 141.9)
    ave_bedrms = np.clip(rng.normal(1.1, 0.12, n) * ave_rooms / 5.4, 0.33, 34.0)
    population = np.clip(np.round(rng.lognormal(7.03, 0.73, n)), 3, 35682)
    ave_occup = np.clip(rng.lognormal(1.05, 0.3, n), 0.69, 1243.3)
    south = rng.random(n) < 0.57
    latitude = np.where(south, rng.normal(34.0, 0.6, n), rng.normal(38.0, 1.1, n)).clip(32.54, 41.95)
    longitude = np.where(south, rng.normal(-118.2, 0.8, n), rng.normal(-121.9, 0.9, n)).clip(-124.35, -114.31)
    coast = np.exp(-np.abs(longitude + 0.9 * (latitude - 34.0) + 118.6))
    target = 0.42 * med_inc + 1.2 * coast + 0.006 * house_age - 0.05 * (ave_occup - 3) + rng.normal(0, 0.55, n)
    target = np.clip(target, 0.14999, 5.00001)
    features = np.column_stack([med_inc, house_age, ave_rooms, ave_bedrms, population, ave_occup,
                                latitude, longitude]).astype("float32")
    return features, target.astype("float32")


def train_test_split(X, y, test_size=0.25, random_state=None):
    # port: sklearn.model_selection.train_test_split (a seeded permutation)
    perm = np.random.RandomState(random_state).permutation(len(X))
    n_test = int(np.ceil(test_size * len(X)))
    return X[perm[n_test:]], X[perm[:n_test]], y[perm[n_test:]], y[perm[:n_test]]


class StandardScaler:
    # port: sklearn.preprocessing.StandardScaler
    def fit(self, X):
        self.mean_, self.scale_ = X.mean(axis=0), X.std(axis=0)
        return self

    def transform(self, X):
        return (X - self.mean_) / self.scale_


features, target = fetch_california_housing(
    as_frame=True, return_X_y=True)

# Thanks https://datascience.stackexchange.com/a/15136
X_main, X_test, y_main, y_test = train_test_split(
    features, target, test_size=0.2, random_state=1
)

# As 0.25 x 0.8 = 0.2
X_train, X_val, y_train, y_val = train_test_split(
    X_main, y_main, test_size=0.25, random_state=1
)

num_features = features.shape[1]

# port: the "Re-scaling the inputs" cell, moved up (used by the fixed twin only)
scaler = StandardScaler()
scaler.fit(X_train)

X_train_sc = scaler.transform(X_train)
X_val_sc = scaler.transform(X_val)
X_test_sc = scaler.transform(X_test)

random.seed(123)

model = Sequential([
    Dense(30, activation="relu"),
    Dense(1, activation="exponential")
])

model.compile("adam", "mse")

hist = model.fit(X_train, y_train, epochs=5, verbose=False, callbacks=[NanWatch(log_dir)])

losses = hist.history["loss"]
print(losses)
print("(constant predictor on the training targets: the mean -> MSE %.3f)" % np.var(y_train))
