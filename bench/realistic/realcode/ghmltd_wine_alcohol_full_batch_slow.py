"""Case Study: Debugging in Regression: a linear model of wine quality on `alcohol` trained with one full batch
per epoch (batch_size = wineFeatures.shape[0]) for 50 epochs: "The loss decreases but very slowly" (Google's
"Testing and Debugging in Machine Learning" course Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/testing-debugging/testing-debugging-regression.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; the notebook
  last changed in 3d6d03ada73002eec97499deeb41400d1cd1b9a2; sections "Setup", "Split and Normalize Data",
  "Check Splits for Statistical Equivalence", "Establish a Baseline" and "Linear Model" with its "Hint" and
  "Solution" cells)
The program: the UCI wine-quality CSV (6,497 wines: 4,898 white then 1,599 red; 11 physicochemical columns and
`quality`, integers 3-9), features z-scored column by column, then the data shuffled with
wineDf.sample(frac=1) and the features and labels recreated from the shuffled frame; a linear model on the
single feature `alcohol`: keras.Sequential([Dense(units=1, activation='linear', input_dim=1)]),
Adam(learning_rate=0.01), loss 'mse', fit(epochs=50, batch_size=<blank>, validation_split=0.2). The Colab: "For
fast prototyping, let's try using a full batch per epoch to update the gradient only once per epoch. Use the
full batch by setting `batch_size = wineFeatures.shape[0]` as indicated by the code comment. What do you think
of the loss curve? Can you improve it?" Hint: "The loss decreases but very slowly. Possible fixes are:
Increase number of epochs. Increase learning rate. Decrease batch size." Solution: "Run the following code
cell to train the model using a reduced batch size of 100. Reducing the batch size leads to a greater decrease
in loss per epoch. The minimum achievable loss is about 0.64. This is a significant increase over our baseline
of 0.75."
Fix from the source: the Solution cell: the same model with fit(epochs=20, batch_size=100); the fixed twin
uses it.
Labels: too few updates (50 full-batch steps of Adam(0.01) stop while the loss is still falling); the learning
rate, which the hint also names, too low for that budget.
Port to Keras 3: `from tensorflow import keras` / `tf.optimizers.Adam` -> `import keras` /
`keras.optimizers.Adam`; pandas is not installed here and the CSV is a download: the frame is replaced by a
dict of numpy columns holding 6,497 synthetic wines (4,898 "white" then 1,599 "red" rows, as in the real file)
with the two columns this program uses: `alcohol` (white mean ~10.5, sd ~1.2; red mean ~10.4, sd ~1.1; 8.0 to
14.9, one decimal) and `quality` (integers 3-9, mean ~5.8, variance ~0.76, correlation with alcohol ~0.44,
the Colab's baseline MSE ~0.75); `.copy(deep=True)` / `.drop(columns=...)` / `.sample(frac=1)` written as
dict and numpy operations; the blank `batch_size=` filled as the Colab's text says, with wineFeatures.shape[0]
(here the row count, 6,497); the seaborn heatmap, schema tests, describe() and unittest cells and the plots
dropped; the baseline cell's float `splitIdx` made an int. Note: as the cells are written, the shuffle cell
recreates `wineFeatures` from the unnormalised frame after the z-scoring, so `alcohol` reaches the model raw
(8-15); the port keeps that order. The Colab's unseeded shuffle is seeded by keras.utils.set_random_seed(0);
NanWatch callback; the losses printed.
Verification (Keras's own epoch losses, one run each; the baseline cell prints MSE 0.757, the Colab's "approximately
0.75"): reproduces, no NaN. The buggy run (50 single full-batch updates) falls steadily by 4-8% an epoch and is
still falling when it stops, far above the baseline: 28.34, 27.14, 25.97, 24.82, 23.70, ... 2.27, 2.10, 1.94,
1.80, 1.67, 1.55, 1.45, 1.35, 1.26, 1.18 (final 1.183, val_loss 1.087). The fixed twin (batch 100, 20 epochs):
9.57, 0.703, 0.665, 0.664, ... 0.655, 0.654, 0.653 (final 0.653, val_loss 0.637; the Colab: "about 0.64").
~20 s (buggy) and ~13 s (fixed) per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("too_few_steps", "learning_rate_too_low")
FIX = [("epochs=50,", "epochs=20,"),
       ("batch_size=wineFeatures.shape[0], # set batch size here", "batch_size=100, # set batch size here")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def read_csv_winequality():
    # port: synthetic stand-in for winequality.csv (4,898 white then 1,599 red wines; the columns used here)
    rng = np.random.default_rng(0)
    n_white, n_red = 4898, 1599
    alcohol = np.concatenate([rng.gamma(9.0, 0.41, n_white) + 6.8, rng.gamma(9.0, 0.36, n_red) + 7.2])
    alcohol = np.clip(alcohol, 8.0, 14.9).round(1)
    quality = 5.82 + 0.33 * (alcohol - 10.49) + rng.normal(0, 0.72, n_white + n_red)
    quality = np.clip(np.round(quality), 3, 9)
    return {'alcohol': alcohol, 'quality': quality}


class Frame(dict):
    # port: the few DataFrame operations the Colab uses, on a dict of numpy columns
    @property
    def shape(self):
        return (len(next(iter(self.values()))), len(self))

    def copy(self, deep=True):
        return Frame({k: v.copy() for k, v in self.items()})

    def sample(self, frac=1):
        perm = np.random.permutation(self.shape[0])
        return Frame({k: v[perm] for k, v in self.items()})


wineDf = Frame(read_csv_winequality())

# Split and Normalize Data
wineFeatures = wineDf.copy(deep=True)
del wineFeatures['quality']  # port: wineFeatures.drop(columns='quality',inplace=True)
wineLabels = wineDf['quality'].copy()


def normalizeData(arr):
  stdArr = np.std(arr)
  meanArr = np.mean(arr)
  arr = (arr-meanArr)/stdArr
  return arr

for str1 in list(wineFeatures.keys()):
   wineFeatures[str1] = normalizeData(wineFeatures[str1])

splitIdx = wineFeatures.shape[0]*8//10  # port: *8/10 (a float index)

# Shuffle data
wineDf = wineDf.sample(frac=1)
# Recreate features and labels
wineFeatures = wineDf.copy(deep=True)
del wineFeatures['quality']  # port: wineFeatures.drop(columns='quality',inplace=True)
wineLabels = wineDf['quality'].copy()

# Establish a Baseline
baselineMSE = np.square(wineLabels[0:splitIdx]-np.mean(wineLabels[0:splitIdx]))
baselineMSE = np.sum(baselineMSE)/len(baselineMSE)
print("baseline MSE:", baselineMSE)


def showRegressionResults(trainHistory):
  """Function to:
   * Print final loss.
   * Plot loss curves.
  """
  # Print final loss
  print("Final training loss: " + str(trainHistory.history['loss'][-1]))
  print("Final Validation loss: " + str(trainHistory.history['val_loss'][-1]))
  print("losses per epoch:", [round(v, 3) for v in trainHistory.history['loss']])


model = None
# Choose feature
wineFeaturesSimple = wineFeatures['alcohol']
# Define model
model = keras.Sequential()
model.add(keras.layers.Dense(units=1, activation='linear', input_dim=1))
# Specify the optimizer using the TF API to specify the learning rate
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
              loss='mse')
# Train the model!
trainHistory = model.fit(wineFeaturesSimple,
                         wineLabels,
                         epochs=50,
                         batch_size=wineFeatures.shape[0], # set batch size here
                         validation_split=0.2,
                         verbose=0, callbacks=[NanWatch(log_dir)])
# Plot
showRegressionResults(trainHistory)
