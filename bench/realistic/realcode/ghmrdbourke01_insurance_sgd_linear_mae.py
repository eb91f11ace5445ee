"""Zero to Mastery TensorFlow course, notebook 01 "A larger example": insurance charges (1338 people, one-hot
features, charges in dollars) with Dense(1) -> Dense(1), SGD() and MAE for 100 epochs: "Our model didn't perform
very well, let's try a bigger model" ... "Adam works but SGD doesn't"

Source: https://github.com/mrdbourke/tensorflow-deep-learning/blob/main/01_neural_network_regression_in_tensorflow.ipynb
  (read in a fetched snapshot of mrdbourke/tensorflow-deep-learning, HEAD bd065b8; the notebook last changed in
  d74369f, 2023-05-12; section "A larger example", the cells that build `insurance_model` and `insurance_model_2`).
  Notebook 02 of the same repository is already in the corpus (ghmrdbourke_fashion_mnist_non_normalized); this is
  notebook 01.
The program: insurance = the stedy/Machine-Learning-with-R-datasets insurance.csv (age, sex, bmi, children, smoker,
region, charges), insurance_one_hot = pd.get_dummies(insurance), X = everything but "charges", y = "charges",
train_test_split(X, y, test_size=0.2, random_state=42); tf.random.set_seed(42); insurance_model =
Sequential([Dense(1), Dense(1)]), compile(loss=tf.keras.losses.mae, optimizer=tf.keras.optimizers.SGD(),
metrics=['mae']), fit(X_train, y_train, epochs=100), then evaluate(X_test, y_test). The notebook's run: loss 9369.5,
7851.1, 7567.6, 7540.7, ... 7393.5, 7257.4 (epoch 100), test MAE 6392.3, and its text: "Our model didn't perform very
well, let's try a bigger model. We'll try 3 things: Increasing the number of layers (2 -> 3). Increasing the number
of units in each layer (except for the output layer). Changing the optimizer (from SGD to Adam). Everything else will
stay the same." The next cell: Sequential([Dense(100), Dense(10), Dense(1)]) with
`optimizer=tf.keras.optimizers.Adam(), # Adam works but SGD doesn't`, 100 epochs: test MAE 4629.2 ("Much better!
Using a larger model and the Adam optimizer results in almost half the error as the previous model.").
Fix from the source: insurance_model_2's layers (Dense(100), Dense(10), Dense(1)) and Adam(), the rest unchanged;
the fixed twin uses them.
Labels: optimizer settings (the notebook's own comment: "Adam works but SGD doesn't"; plain SGD at its default rate on
MAE and features/targets in their raw units stalls). The fix also widens the model, but its layers have no
activation, so both models are linear in the inputs: the wider model adds no capacity, only a different
parametrisation, and it is not labelled model_too_small. (Checked here with the stand-in data, not part of the
program: Adam on the original Dense(1) -> Dense(1) falls only from 13461 to 11486 in 100 epochs, and SGD on the
wider model goes to NaN: the notebook's two changes work together.)
Port to Keras 3: `tf.keras` -> `keras`; `tf.keras.losses.mae` -> `keras.losses.mean_absolute_error` (Keras 3 has no
`mae` alias in keras.losses); pandas and scikit-learn are not installed here, so pd.read_csv/pd.get_dummies and
train_test_split are written in numpy (get_dummies' column order: age, bmi, children, sex_female, sex_male,
smoker_no, smoker_yes, region_northeast, region_northwest, region_southeast, region_southwest, the 0/1 dummies
as float here, uint8 in the pandas of the notebook's time; the split as scikit-learn does it:
RandomState(42).permutation, the first 268 rows to the test set, the other 1070 to training); head()/plots dropped;
verbose=0 with the epoch losses printed; NanWatch callback; keras.utils.set_random_seed(0) before the notebook's own
tf.random.set_seed(42).
Data: nothing is downloaded: the program generates 1338 stand-in rows of the same columns, types and scale (age
18-64, bmi ~ N(30.7, 6.1), children 0-5, 20% smokers, four regions; charges in dollars from a linear formula with a
large smoker term, a smoker x obese term and a right-skewed tail: mean 13211, std 11786, median 9511; the real
file's 13270, 12110, 9382), fixed seed.
Verification (Keras's own epoch losses, one run each; constant predictor: for MAE, the mean absolute deviation of
the training charges from their median, 8256.8): reproduces, as in the notebook, as a mild failure: SGD drops in the
first epoch and then stalls, bouncing between 7500 and 7900 for 90 epochs: 9291.5, 7905.7, 7841.1, 7737.8, 7804.2,
7699.8, 7519.6, 7522.1, 7588.4, 7602.8 (every 10th epoch), final 7517.5, test MAE 7094.3 (the notebook: 7257.4 and
6392.3), below the constant predictor but far above what a linear model reaches here. The fixed twin (the wider
linear model with Adam) keeps falling: 13445, 7527.4, 7398.2, 7278.4, 7157.9, 7034.0, 6894.7, 6729.3, 6524.8,
6250.4, final 5870.8, test MAE 4758.9 (the notebook: 4629.2). ~25 s per run here (~50 s with two at once).
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from tb_nanwatch import NanWatch

FAULTS = ("optimizer_settings",)
FIX = [("""insurance_model = keras.Sequential([
  keras.layers.Dense(1),
  keras.layers.Dense(1)
])""", """insurance_model = keras.Sequential([
  keras.layers.Dense(100), # 100 units
  keras.layers.Dense(10), # 10 units
  keras.layers.Dense(1) # 1 unit (important for output layer)
])"""),
       ("optimizer=keras.optimizers.SGD(),", "optimizer=keras.optimizers.Adam(), # Adam works but SGD doesn't")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def _read_insurance_csv():  # port: stand-in for pd.read_csv(".../insurance.csv"), see the docstring
    rng = np.random.default_rng(0)
    n = 1338
    age = rng.integers(18, 65, n).astype(float)
    sex = rng.integers(0, 2, n)                      # 0 female, 1 male
    bmi = np.round(np.clip(rng.normal(30.7, 6.1, n), 16, 53), 2)
    children = rng.choice(6, n, p=[.43, .24, .18, .12, .02, .01]).astype(float)
    smoker = (rng.random(n) < 0.205).astype(int)     # 0 no, 1 yes
    region = rng.integers(0, 4, n)                   # northeast, northwest, southeast, southwest
    charges = (-6500 + 260 * age + 20 * bmi + 450 * children + 13000 * smoker + 19500 * smoker * (bmi > 30)
               + rng.exponential(2000, n) + (rng.random(n) < 0.08) * rng.uniform(5000, 25000, n))
    charges = np.round(np.clip(charges, 1120, None), 2)
    return dict(age=age, sex=sex, bmi=bmi, children=children, smoker=smoker, region=region, charges=charges)


def _get_dummies(df):  # port: pd.get_dummies (numeric columns first, then one 0/1 column per category)
    cols = [df["age"], df["bmi"], df["children"], df["sex"] == 0, df["sex"] == 1, df["smoker"] == 0,
            df["smoker"] == 1] + [df["region"] == k for k in range(4)]
    return np.column_stack([c.astype(float) for c in cols]), df["charges"]


def _train_test_split(X, y, test_size, random_state):  # port: sklearn.model_selection.train_test_split
    n_test = int(np.ceil(test_size * len(X)))
    perm = np.random.RandomState(random_state).permutation(len(X))
    test, train = perm[:n_test], perm[n_test:]
    return X[train], X[test], y[train], y[test]


# Read in the insurance dataset
insurance = _read_insurance_csv()

# Turn all categories into numbers
# Create X & y values
# port: insurance_one_hot = pd.get_dummies(insurance); X = ...drop("charges", axis=1); y = ...["charges"]
X, y = _get_dummies(insurance)

# Create training and test sets
X_train, X_test, y_train, y_test = _train_test_split(X,
                                                    y,
                                                    test_size=0.2,
                                                    random_state=42) # set random state for reproducible splits

# Set random seed
tf.random.set_seed(42)

# Create a new model (same as model_2)
insurance_model = keras.Sequential([
  keras.layers.Dense(1),
  keras.layers.Dense(1)
])

# Compile the model
insurance_model.compile(loss=keras.losses.mean_absolute_error,
                        optimizer=keras.optimizers.SGD(),
                        metrics=['mae'])

# Fit the model
history = insurance_model.fit(X_train, y_train, epochs=100, verbose=0, callbacks=[NanWatch(log_dir)])

# Check the results of the insurance model
test_mae = insurance_model.evaluate(X_test, y_test, verbose=0)[0]
losses = history.history["loss"]
print("losses per epoch (every 10th):", [float("%.5g" % v) for v in losses[::10]])
print("final loss:", losses[-1], "test MAE:", test_mae,
      "(constant predictor: MAE %.1f on training charges)" % float(np.mean(np.abs(y_train - np.median(y_train)))))
