"""DataCamp "Introduction to Deep Learning in Python", exercise "Changing optimization parameters": the Titanic
Dense(100, relu) x 2 model with SGD at "a very low learning rate", lr=0.000001

Source: DataCamp course "Introduction to Deep Learning in Python" (Dan Becker), chapter 4 "Fine-tuning keras
  models", exercise "Changing optimization parameters" (https://campus.datacamp.com/courses/introduction-to-deep-learning-in-python/
  ; the exercise page itself was not opened). Read in Chanseok Kang's summary of the lecture (published on his
  fastpages blog goodboychan.github.io, "Fine-tuning keras models"), stored in the fetched snapshot of
  goodboychan/datacamp_repo, commit 833e7a73f57fd33af440fffde91b723508379f67, file
  Introduction.to.Deep.Learning.in.Python/Fine-tuning-keras-models.ipynb (cells 2-7, with Keras's printed losses),
  and the exercise's data file dataset/titanic_all_numeric.csv in the same snapshot (read for its columns, ranges
  and correlations only). The exercise text and the list of rates are also in Anthonymcqueen21/DataCamp,
  20-deep-learning-in-python/04-fine-tuning-keras-models/01-changing-optimization-parameters.py.
The program: titanic_all_numeric.csv (891 passengers; target `survived`, 38% 1, one-hot by to_categorical; ten
numeric predictors, unscaled: pclass 1-3, age 0.4-80, sibsp, parch, fare 0-512, male, age_was_missing and three
embarked dummies); get_new_model(): Sequential Dense(100, relu, input_shape=(10,)) -> Dense(100, relu) ->
Dense(2, softmax); for lr in lr_to_test: SGD(lr=lr), compile(loss='categorical_crossentropy'),
fit(predictors, target, epochs=10). The lecture's slide: "Updates too small (if learning rate is low) or too large
(if learning rate is high)"; the exercise: "You'll now try optimizing a model at a very low learning rate, a very
high learning rate, and a "just right" learning rate. You'll want to look at the results after running this
exercise, remembering that a low value for the loss function is good.", lr_to_test = [0.000001, 0.01, 1]. The
stored run: lr 0.000001, loss 2.1949, 2.1499, ... 1.8403, 1.7973 (still far above the constant predictor's 0.665
after 10 epochs); lr 0.01, 1.8178, 0.8062, 0.6392, ... 0.5908; lr 1, 26042796.0 then 0.67.
Fix from the source: the exercise's "just right" rate, 0.01; the fixed twin changes only the rate.
Labels: learning rate too low.
Port to Keras 3: pandas is not installed here: titanic_all_numeric.csv is replaced by 891 synthetic passengers with
the same ten columns, ranges and scale (class-dependent log-normal fares up to 512, ages with 20% missing filled
by the mean 29.7, survival drawn from a logistic model of sex, class and fare giving ~38% survivors) with a fixed
seed; `tf.keras` -> `keras`; SGD(lr=lr) -> SGD(learning_rate=lr); the blog's epochs=10 kept (the exercise itself
calls fit() with the default single epoch); the loop over the three rates reduced to its failing member
(a one-element list holding 0.000001; the too-high rate 1 is not ported); NanWatch callback; verbose=0 and the epoch losses
printed; seeds.
Verification (Keras's own epoch losses, one run each; constant predictor: the entropy of the labels, 0.6573 for
the 36.7% survivors here): reproduces, as in the stored run (2.19 -> 1.80): at lr 0.000001 the loss creeps down
from far above the constant predictor, 1.918, 1.899, 1.880, 1.862, 1.843, 1.825, 1.807, 1.789, 1.772, 1.754
(final 1.754, 2.7x the constant predictor's). The fixed twin (lr 0.01) drops below it within four epochs: 1.506,
0.7408, 0.6849, 0.6644, 0.6547, 0.6487, 0.6413, 0.6372, 0.6334, 0.6296 (final 0.630; the stored run reached
0.59 on the real passengers). 17-30 s (buggy) and 15-21 s (twin) per run here.
"""
import sys

import numpy as np
import keras
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("learning_rate_too_low",)
FIX = [("lr_to_test = [0.000001]", "lr_to_test = [0.01]")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def titanic_all_numeric(n=891, seed=0):
    # port: stand-in for pd.read_csv('./dataset/titanic_all_numeric.csv')
    rng = np.random.RandomState(seed)
    pclass = rng.choice([1, 2, 3], n, p=[0.24, 0.21, 0.55])
    male = (rng.rand(n) < 0.648).astype(float)
    age = np.clip(rng.normal(29.7, 13.0, n), 0.42, 80.0).round(1)
    age_was_missing = (rng.rand(n) < 0.2).astype(float)
    age[age_was_missing == 1] = 29.699
    sibsp = rng.choice([0, 1, 2, 3, 4, 5, 8], n, p=[0.68, 0.235, 0.03, 0.02, 0.02, 0.007, 0.008])
    parch = rng.choice([0, 1, 2, 3, 4, 5, 6], n, p=[0.76, 0.13, 0.09, 0.006, 0.005, 0.006, 0.003])
    fare = np.where(pclass == 1, rng.lognormal(np.log(60), 0.7, n),
                    np.where(pclass == 2, rng.lognormal(np.log(15), 0.5, n), rng.lognormal(np.log(9), 0.45, n)))
    fare = np.clip(fare, 0, 512.3292).round(4)
    embarked = rng.choice(3, n, p=[0.189, 0.086, 0.725])
    logit = 0.9 - 2.8 * male - 0.9 * (pclass - 2) + 0.006 * fare + 0.3 * (embarked == 0)
    survived = (rng.rand(n) < 1 / (1 + np.exp(-logit))).astype(float)
    X = np.column_stack([pclass, age, sibsp, parch, fare, male, age_was_missing, embarked == 0, embarked == 1,
                         embarked == 2]).astype(np.float32)
    return survived, X


survived, X = titanic_all_numeric()
predictors = X  # df.iloc[:, 1:].astype(np.float32).to_numpy()
target = to_categorical(survived.astype(np.float32))  # to_categorical(df.iloc[:, 0].astype(np.float32).to_numpy())

input_shape = (10, )

def get_new_model(input_shape = input_shape):
    model = keras.Sequential()
    model.add(keras.layers.Dense(100, activation='relu', input_shape = input_shape))
    model.add(keras.layers.Dense(100, activation='relu'))
    model.add(keras.layers.Dense(2, activation='softmax'))
    return model

# Create list of learning rates: lr_to_test
lr_to_test = [0.000001]  # port: the course's list is [0.000001, 0.01, 1]; its failing low member only

# Loop over learning rates
for lr in lr_to_test:
    print('\n\nTesting model with learning rate: %f\n' % lr)
    
    # Build new model to test, unaffected by previous models
    model = get_new_model()
    
    # Create SGD optimizer with specified learning rate: my_optimizer
    my_optimizer = keras.optimizers.SGD(learning_rate=lr)
    
    # Compile the model
    model.compile(optimizer=my_optimizer, loss='categorical_crossentropy')
    
    # Fit the model
    history = model.fit(predictors, target, epochs=10, verbose=0, callbacks=[NanWatch(log_dir)])

p = survived.mean()
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("final loss:", history.history["loss"][-1],
      "(constant predictor: entropy of the labels %.4f; survivors %.3f)" % (-(p * np.log(p) + (1 - p) * np.log(1 - p)), p))
