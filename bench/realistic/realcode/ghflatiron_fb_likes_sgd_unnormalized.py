"""Tuning Neural Networks with Normalization (lab): predicting a Facebook post's likes from raw features with SGD
and MSE, "all the values for training and validation loss are "nan" ... The first solution to this is to normalize
the input. From there, if convergence is not achieved, normalizing the output may also be required" (Flatiron
School data science curriculum, learn-co-curriculum)

Source: https://github.com/learn-co-curriculum/dsc-tuning-neural-networks-with-normalization-lab-v2-1, README.md
  and index.ipynb (read in the stored copies at commit 0d9de6b1d7139f6343feb163e266c45f9c107a1e, the lab's
  Facebook-posts version; a later version of the same lab, at commit 354690ca97a711e777a873acd100f6dd77bc26e8,
  makes the same point on house prices with a 100-50-1 network: "Notice this extremely problematic behavior: all
  the values for training and validation loss are "nan" ... Note that you still haven't achieved convergence!
  From here, it's time to normalize the output data ... After normalizing both the input and output, the model
  finally converged.")
The program: the UCI Facebook metrics data (posts of a cosmetics brand's page in 2014; rows with missing values
dropped); X = Page total likes, Post Month, Post Weekday, Post Hour, Paid and dummy variables for Type and
Category (12 columns), Y = the `like` column, a train-validation-test split; the lab's baseline cell, given as
"Simply run this code block": np.random.seed(123); Sequential: Dense(8, input_dim=12, activation='relu') ->
Dense(1, activation='linear'); compile(optimizer="sgd", loss='mse', metrics=['mse']); fit(X_train, Y_train,
batch_size=32, epochs=100, validation_data=(X_val, Y_val), verbose=0). The lab: "Notice this extremely
problematic behavior: all the values for training and validation loss are "nan". This indicates that the
algorithm did not converge. The first solution to this is to normalize the input. From there, if convergence is
not achieved, normalizing the output may also be required." After normalizing the input: "Note that you still
haven't achieved convergence! From here, it's time to normalize the output data." "Normalize Y as you did X by
subtracting the mean and dividing by the standard deviation. Then, resplit the data ..." The stored lab leaves
the loading, splitting and normalizing cells as "#Your code here"; they are the port's, written to the lab's
instructions.
Fix from the source: standardize X (each feature minus its mean, over its standard deviation) and Y the same
way, resplit, and refit the same relu -> linear model with SGD; the lab's later cells on that data report MSEs
near 1.0 (standardized units). The fixed twin inserts the two standardizations before the split.
Labels: input scale (Page total likes ~1e5 next to hours, months and 0/1 dummies); target scale (likes up to
several thousand, MSE ~1e5: the lab's second step).
Port to Keras 3: `from keras.wrappers.scikit_learn import KerasRegressor` and the unused sklearn imports dropped;
pandas and sklearn (not installed) replaced by numpy: the CSV by 495 synthetic posts with the real file's
columns and ranges (Page total likes 81,370-139,441 rising through the year; Type Photo/Status/Link/Video at the
real 85/9/4.5/1.5%; Category 1-3; Paid 0/1 at 33% (real ~28%); like: skewed, larger for paid posts and photos,
median 133, mean 213, max 2,126 here (the real column: median ~100, mean ~178, max 5,172)), pd.get_dummies by one-hot columns in the same order, and the
split by a seeded permutation (60/20/20: 297/99/99 rows); NanWatch callback; the per-epoch losses printed;
keras.utils.set_random_seed(0).
Verification (Keras's own printed values, one run each; constant predictor: MSE = var(Y_train) = 64,460 raw,
1.006 standardized): the symptom differs from the lab's but the failure reproduces: no NaN here; the first SGD
steps are huge (epoch-1 mean loss 4.78e7) and leave the model at the constant predictor's level (the ReLU layer
presumably dead, only the output bias moving): loss every 10 epochs 4.783e7, 64,950, 64,500, 64,520, then 64,530
to the end; final loss 64,526 (= the variance of the likes), val_loss 90,212. The fixed twin (X and Y
standardized) learns a little, as the lab's own MSEs near 1.0 show on the real data: loss every 10 epochs 1.313,
1.003, 0.974, 0.960, 0.950 ... 0.923; final 0.920 against its constant predictor's 1.006, val_loss 1.476 (the
synthetic likes are mostly noise). ~80-90 s wall time per run on this shared machine (about 23 s of CPU).
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("input_scale", "target_scale")
FIX = [("# train-validation-test split\n",
        "X = (X - X.mean(axis=0)) / X.std(axis=0)\n"
        "Y = (Y - Y.mean()) / Y.std()\n"
        "# train-validation-test split\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def read_facebook_metrics():
    # port: synthetic stand-in for dataset_Facebook.csv after dropna() (495 posts, the columns used here)
    rng = np.random.default_rng(0)
    n = 495
    month = np.sort(rng.integers(1, 13, n))
    page_total_likes = np.round(81370 + (139441 - 81370) * ((month - 1) / 11.0) ** 0.8
                                + rng.normal(0, 800, n)).clip(81370, 139441)
    weekday = rng.integers(1, 8, n)
    hour = rng.choice(np.arange(1, 24), n, p=np.r_[np.full(12, 0.06), np.full(11, 0.28 / 11)])
    paid = (rng.random(n) < 0.28).astype(float)
    post_type = rng.choice(["Link", "Photo", "Status", "Video"], n, p=[0.045, 0.85, 0.09, 0.015])
    category = rng.choice([1, 2, 3], n, p=[0.43, 0.26, 0.31])
    like = np.exp(rng.normal(4.6, 0.9, n)) * (1 + 0.6 * paid) * np.where(post_type == "Photo", 1.2, 0.6)
    like = np.round(np.minimum(like, 5172))
    return page_total_likes, month, weekday, hour, paid, post_type, category, like


page_total_likes, month, weekday, hour, paid, post_type, category, like = read_facebook_metrics()

# define the problem: X = the five features plus dummies for Type and Category, Y = likes
type_dummies = np.column_stack([(post_type == t).astype(float) for t in ["Link", "Photo", "Status", "Video"]])
category_dummies = np.column_stack([(category == c).astype(float) for c in [1, 2, 3]])
X = np.column_stack([page_total_likes, month, weekday, hour, paid, type_dummies, category_dummies])
Y = like

# train-validation-test split
perm = np.random.RandomState(123).permutation(len(X))
n_train, n_val = int(0.6 * len(X)), int(0.2 * len(X))
train_idx, val_idx, test_idx = perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
X_train, X_val, X_test = X[train_idx], X[val_idx], X[test_idx]
Y_train, Y_val, Y_test = Y[train_idx], Y[val_idx], Y[test_idx]

#Simply run this code block, later you'll modify this model to tune the performance
np.random.seed(123)
model = Sequential()
model.add(layers.Dense(8, input_dim=12, activation='relu'))
model.add(layers.Dense(1, activation = 'linear'))

model.compile(optimizer= "sgd" ,loss='mse',metrics=['mse'])
hist = model.fit(X_train, Y_train, batch_size=32, 
                 epochs=100, validation_data = (X_val, Y_val), verbose=0, callbacks=[NanWatch(log_dir)])

print("loss every 10 epochs:", [float("%.4g" % v) for v in hist.history["loss"][::10]])
print("final loss:", hist.history["loss"][-1], "val_loss:", hist.history["val_loss"][-1],
      "(constant predictor: MSE = var(Y_train) = %.4g)" % np.var(Y_train))
