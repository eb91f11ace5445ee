"""Case Study: Debugging in Classification: MNIST digits fed to a linear model with one linear output and MSE
on the class ids 0-9: "Wow, that accuracy is terrible!" (Google's "Testing and Debugging in Machine Learning"
course Colab)

Source: https://github.com/google/eng-edu/blob/main/ml/testing-debugging/testing-debugging-classification.ipynb
  (read in a fetched snapshot of google/eng-edu, commit b2e60904ada0e8c238c519d53567a8c8667d189f; the notebook
  last changed in 7f410e9ae04b964a04b51c652288732ff7a43b30; sections "Load MNIST Data", "Shuffle and Split
  Dataset", "Process Data" with its "Solution", "Establish Baseline", "Train a Linear Model" with its "Solution",
  and "Fixing Loss Calculation")
The program: mnist_train_small.csv (label in column 0, 784 pixel columns 0-255) cut to its first 5,000 rows,
shuffled, features mnistDf.iloc[:,1:-1] (783 columns: the Colab's slice drops the last pixel) min-max scaled
column by column with the Colab's corrected scaler, labels the class ids; "Now train a linear model with an
output layer and a hidden layer": Dense(783, activation='linear', input_dim=783) -> Dense(1,
activation='linear'), optimizer "adam", loss 'mse', metrics ['accuracy'], fit(epochs=10, batch_size=100,
validation_split=0.2). The Colab: "Wow, that accuracy is terrible! What could the cause be? Hint: You followed
the same procedure as for the previous regression problem. Do you need an adaptation for a classification
problem?" Solution: "In regression, the last layer uses a linear activation function. In classification, the
last layer cannot use a linear transform. Instead, one option is a softmax transform. Furthermore, in
regression, the loss is calculated using MSE while in classification, loss is calculated using crossentropy."
"Since your labels are integers instead of one-hot encodings, use `sparse_categorical_crossentropy`".
Fix from the source: the solution cell: Dense(783, linear) -> Dense(10, activation='softmax'),
loss='sparse_categorical_crossentropy', validation_split=0.1 ("Your loss curves are much better. Your accuracy
has improved too."). The fixed twin is that cell.
Labels: a regression loss (MSE) on class ids with a linear output for a 10-class task.
Port to Keras 3: `from tensorflow import keras` -> `import keras`; pandas is not installed here and the CSV is
a download: the frame is replaced by a 20,000 x 785 numpy array of synthetic digits (label column 0, then
28x28 pixels as integers 0-255, mostly-0 background; ten stroke templates, each image its template shifted
by up to two pixels, with its own stroke strength, blended with another class's template and noisy) and
`.iloc[...]` by numpy slicing, `.sample(frac=1).reset_index(drop=True)` by a permutation (the Colab's first
shuffle, of mnistDf_backup, discards its result and is dropped); the history keys
'acc' / 'val_acc' -> 'accuracy' / 'val_accuracy'; the digit print, histogram, buggy min-max scaler (its NaN
demonstration is not trained on) and plots dropped; Keras 3 reads metrics=['accuracy'] on a one-unit output
as binary accuracy, so the printed accuracy of the buggy run is not the Colab's (a rounded-prediction accuracy
is printed next to it); the Colab's unseeded shuffles are seeded by keras.utils.set_random_seed(0); NanWatch
callback; the epoch losses printed.
Verification (Keras's own values, one run each; baseline accuracy printed 10.0%): reproduces, no NaN. The buggy
run's MSE on the class ids does fall (the linear model fits the ids in part): 5.76, 1.86, 1.55, 1.45, 1.41, 1.38,
1.37, 1.36, 1.35, 1.34 (final 1.337, val_loss 1.598), but as a classifier it is poor: Keras's 'accuracy'
(binary accuracy on this one-unit output) 0.136 / val 0.121, and its rounded predictions hit the class on 37.3%
of the 5,000 rows. The fixed twin (softmax + sparse categorical cross-entropy): 0.471, 0.042, 0.024, 0.016,
0.011, 0.0087, 0.0068, 0.0054, 0.0044, 0.0036 (final 0.0036, val_loss 0.027), accuracy 1.0 / val 0.99, 99.9% of
the rows right (the stand-in digits are easier than MNIST). ~12-13 s per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch", "loss_task_mismatch")
FIX = [("model.add(keras.layers.Dense(1, activation='linear'))",
        "model.add(keras.layers.Dense(10, activation='softmax'))"),
       ("model.compile(optimizer=\"adam\", loss='mse', metrics=['accuracy'])",
        "model.compile(optimizer=\"adam\",\n              loss='sparse_categorical_crossentropy',\n              metrics=['accuracy'])"),
       ("validation_split=0.2, verbose=0", "validation_split=0.1, verbose=0")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def read_csv_mnist_train_small():
    # port: synthetic stand-in for mnist_train_small.csv (20,000 rows: label, then 784 pixels 0-255)
    rng = np.random.default_rng(0)
    n = 20000
    templates = np.zeros((10, 28, 28))
    for t in templates:
        for _ in range(4):  # four random strokes per class
            r, c = rng.integers(6, 22, 2)
            dr, dc = rng.integers(-1, 2, 2)
            for k in range(rng.integers(5, 12)):
                rr, cc = np.clip(r + k * dr, 4, 23), np.clip(c + k * dc, 4, 23)
                t[rr - 1:rr + 1, cc - 1:cc + 1] = 1.0
    labels = rng.integers(0, 10, n)
    shifts = rng.integers(-2, 3, (n, 2))
    images = np.stack([np.roll(templates[y], tuple(s), axis=(0, 1)) for y, s in zip(labels, shifts)])
    images = images * rng.uniform(0.5, 1.0, (n, 1, 1)) + 0.45 * templates[rng.integers(0, 10, n)]
    images = images * (rng.random((n, 28, 28)) > 0.2) + rng.normal(0, 0.15, (n, 28, 28)) * (images > 0)
    pixels = np.clip(np.round(images * 255), 0, 255).reshape(n, 784)
    return np.concatenate([labels[:, None], pixels], axis=1)


mnistDf_backup = read_csv_mnist_train_small()
mnistDf = mnistDf_backup[0:5000]

# Shuffle and Split Dataset
mnistDf = mnistDf[np.random.permutation(len(mnistDf))]  # port: .sample(frac=1).reset_index(drop=True)

mnistData = mnistDf[:,1:-1].copy().astype('float64')
mnistLabels = mnistDf[:,0].copy()


# Process Data (the Colab's corrected scaler)
def minMaxScaler(arr):
  max = np.max(arr)
  if(max!=0):  # avoid /0
    min = np.min(arr)
    arr = (arr-min)/max
  return arr

for featureIdx in range(mnistData.shape[1]):
  mnistData[:,featureIdx] = minMaxScaler(mnistData[:,featureIdx])

# Establish Baseline
print("baseline accuracy (%):", np.sum(mnistLabels==1)*1.0/mnistLabels.shape[0]*100)


def showClassificationResults(trainHistory):
  """Function to:
   * Print final loss & accuracy.
  """
  # Print final loss and accuracy
  print("Final training loss: " + str(trainHistory.history['loss'][-1]))
  print("Final validation loss: " + str(trainHistory.history['val_loss'][-1]))
  print("Final training accuracy: " + str(trainHistory.history['accuracy'][-1]))
  print("Final validation accuracy: " + str(trainHistory.history['val_accuracy'][-1]))
  print("losses per epoch:", [round(v, 4) for v in trainHistory.history['loss']])


# Train a Linear Model
model = None
model = keras.Sequential()
model.add(keras.layers.Dense(mnistData.shape[1],
                             activation='linear',
                             input_dim=mnistData.shape[1]))
model.add(keras.layers.Dense(1, activation='linear'))
model.compile(optimizer="adam", loss='mse', metrics=['accuracy'])
trainHistory = model.fit(mnistData, mnistLabels, epochs=10, batch_size=100,
                         validation_split=0.2, verbose=0, callbacks=[NanWatch(log_dir)])
showClassificationResults(trainHistory)
pred = model.predict(mnistData, verbose=0)
pred = np.round(pred[:, 0]) if pred.shape[1] == 1 else pred.argmax(axis=1)
print("port: accuracy of the (rounded) predictions on all 5,000 rows:", np.mean(pred == mnistLabels))
