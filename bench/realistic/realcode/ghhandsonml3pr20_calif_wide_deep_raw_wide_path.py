"""Wide & Deep network on California housing whose wide path concatenates the raw, unnormalised inputs
(Hands-On ML 3rd edition notebooks, chapter 10; fixed by ageron/handson-ml3 pull request #20)

Source: https://github.com/ageron/handson-ml3/pull/20 (read in the stored pull-request thread; GarrettJenkinson,
2022-06-27, merged) and the notebook it fixes, 10_neural_nets_with_keras.ipynb, read at the pull request's parent
commit in a fetched snapshot of ageron/handson-ml3 (section "Building Complex Models Using the Functional API").
The program: Normalization() -> Dense(30, relu) -> Dense(30, relu) on the deep path, Concatenate()([input_,
hidden2]) -> Dense(1); Adam(learning_rate=1e-3), loss "mse", metric RootMeanSquaredError; normalization_layer
.adapt(X_train); fit for 20 epochs with validation data (California housing: 8 features, target in $100k).
The wide path feeds the Dense(1) output the raw features (population in the thousands, average occupancy with
outliers over 1,000, latitudes near 35, longitudes near -120) next to the normalised deep features.
Fault and fix from the pull request: "I noticed the wide and deep example is using non-normalized inputs which
leads to performance degradation." The diff changes one line, `concat = concat_layer([input_, hidden2])` ->
`concat = concat_layer([normalized, hidden2])`; ageron: "Oh great catch, thanks a lot!" The notebook's saved
output of the buggy cell shows it: loss 122.3, 5.54, 3.06, ... then 0.41-0.47 from epoch 10 on, val_loss
305.9, 183.5, 87.2, ... 0.40 at epoch 10 and then back up to 0.86, 1.92, 2.06, 3.57, 4.00, 2.30; test MSE 0.572,
against 0.281 for the plain normalised MLP of the cell before.
Labels: unscaled input (raw features reach the output layer through the wide path).
Port to Keras 3: fetch_california_housing() (a download) replaced by a synthetic table of the same shape,
dtypes and scales (20,640 rows; MedInc ~1-15, HouseAge 1-52, AveRooms ~5 with a long tail, AveBedrms ~1,
Population ~1,400 with a tail to ~35,000, AveOccup ~3 with a few values in the hundreds/thousands, Latitude
32.5-42, Longitude -124.3 to -114.3; target a noisy function of income and location clipped to [0.15, 5.0]
like the real one), sklearn's train_test_split (not installed here) written in numpy with the same default
proportions (X_train 11,610, X_valid 3,870, X_test 5,160 rows); `tf.keras` -> `keras`; tf.random.set_seed(42) ->
the corpus's seeds; model.summary() and the X_new prediction dropped; NanWatch callback; verbose=2.
Verification (Keras's own printed losses, one run each, ~30 s per run here; constant predictor MSE 0.83 on
the test split): reproduces in part, with no NaN. The buggy run starts four orders of magnitude above the
constant predictor and spends half its epochs coming down (loss 10991, 35.9, 13.4, 7.19, 4.41, ... 0.77 at
epoch 9, 0.31 at epoch 20; val_loss 103.3, 30.3, 12.6, ... 0.30; test MSE 0.292), still falling when it
stops; the late validation bounces of the notebook's saved output (val_loss up to 4.0) do not show with
these data. The fixed twin learns at once (1.52, 0.414, 0.272, ... 0.204 at epoch 20; val_loss 0.212; test
MSE 0.211). A mild failure: the buggy model ends 40% worse than its twin, not broken.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("input_scale",)
FIX = [("concat = concat_layer([input_, hidden2])", "concat = concat_layer([normalized, hidden2])")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def fetch_california_housing():
    # port: synthetic stand-in for sklearn.datasets.fetch_california_housing() (same columns and scales)
    n = 20640
    med_inc = np.clip(rng.lognormal(np.log(3.5), 0.45, n), 0.5, 15.0)
    house_age = np.clip(np.round(rng.normal(29, 12.5, n)), 1, 52)
    ave_rooms = np.clip(rng.lognormal(np.log(5.2), 0.25, n) + 0.3 * (med_inc - 3.5), 0.8, None)
    tail = rng.random(n) < 0.003
    ave_rooms[tail] *= rng.uniform(5, 25, tail.sum())
    ave_bedrms = np.clip(ave_rooms * rng.normal(0.21, 0.02, n), 0.3, None)
    population = np.clip(rng.lognormal(np.log(1150), 0.7, n), 3, 35682)
    ave_occup = np.clip(rng.lognormal(np.log(2.9), 0.25, n), 0.7, None)
    tail = rng.random(n) < 0.002
    ave_occup[tail] = rng.uniform(20, 1243, tail.sum())
    region = rng.random(n) < 0.55  # southern / northern clusters
    latitude = np.where(region, rng.normal(34.0, 0.6, n), rng.normal(37.9, 1.0, n)).clip(32.54, 41.95)
    longitude = np.where(region, rng.normal(-118.2, 0.8, n), rng.normal(-121.9, 0.9, n)).clip(-124.35, -114.31)
    coast = np.exp(-np.abs(longitude + 0.85 * latitude - (-89.5)) / 1.2)  # closeness to the coast line
    y = (0.42 * med_inc + 1.3 * coast + 0.006 * house_age - 0.04 * np.log(ave_occup)
         - 0.05 * (latitude - 36) + rng.normal(0, 0.45, n))
    y = np.clip(y, 0.14999, 5.00001)
    data = np.column_stack([med_inc, house_age, ave_rooms, ave_bedrms, population, ave_occup, latitude,
                            longitude])
    return data, y


def train_test_split(X, y, random_state=None, test_size=0.25):
    # port: sklearn.model_selection.train_test_split written in numpy (default 25% test)
    idx = np.random.default_rng(random_state).permutation(len(X))
    n_test = int(np.ceil(test_size * len(X)))
    return X[idx[n_test:]], X[idx[:n_test]], y[idx[n_test:]], y[idx[:n_test]]


housing_data, housing_target = fetch_california_housing()
X_train_full, X_test, y_train_full, y_test = train_test_split(
    housing_data, housing_target, random_state=42)
X_train, X_valid, y_train, y_valid = train_test_split(
    X_train_full, y_train_full, random_state=42)

# extra code - reset the name counters and make the code reproducible
keras.backend.clear_session()

normalization_layer = keras.layers.Normalization()
hidden_layer1 = keras.layers.Dense(30, activation="relu")
hidden_layer2 = keras.layers.Dense(30, activation="relu")
concat_layer = keras.layers.Concatenate()
output_layer = keras.layers.Dense(1)

input_ = keras.layers.Input(shape=X_train.shape[1:])
normalized = normalization_layer(input_)
hidden1 = hidden_layer1(normalized)
hidden2 = hidden_layer2(hidden1)
concat = concat_layer([input_, hidden2])
output = output_layer(concat)

model = keras.Model(inputs=[input_], outputs=[output])

optimizer = keras.optimizers.Adam(learning_rate=1e-3)
model.compile(loss="mse", optimizer=optimizer, metrics=["RootMeanSquaredError"])
normalization_layer.adapt(X_train)
history = model.fit(X_train, y_train, epochs=20,
                    validation_data=(X_valid, y_valid),
                    callbacks=[NanWatch(log_dir)], verbose=2)
mse_test = model.evaluate(X_test, y_test, verbose=0)
print("final loss:", history.history["loss"][-1], "val_loss:", history.history["val_loss"][-1],
      "test mse:", mse_test[0], "(constant predictor: %.4f)" % float(y_test.var()))
