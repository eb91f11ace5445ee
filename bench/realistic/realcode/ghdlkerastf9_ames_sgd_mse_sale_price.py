"""train/valid loss = NAN when loss = "mean_squared_error" due to exploding values (rstudio-conf-2020/dl-keras-tf
issue #9, the Ames house-price mini-project of the RStudio conf 2020 deep-learning workshop)

Source: https://github.com/rstudio-conf-2020/dl-keras-tf/issues/9
  (the notebook it refers to, materials/03-recipe/02-mini-project-ames.Rmd, read in the stored repository file)
The issue: in the workshop's mini-project (188 prepared features -- numeric ones Yeo-Johnson transformed,
centred and scaled, categorical ones one-hot encoded -- predicting Sale_Price), a participant filled the
notebook's blanks with a single hidden layer_dense(units = 128, activation = "relu", input_shape = n_feat) ->
layer_dense(units = 1) and compiled with optimizer_sgd(lr = 0.1), loss = "mean_squared_error",
metrics = "mae", fit(x_train, y_train, batch_size = 16, validation_split = 0.2): "loss: nan - mae: nan -
val_loss: nan - val_mae: nan" from the first epoch.
Fix from the issue (the maintainers' own write-up, "Reason"): "This is probably related to the range of the
predicted value (sales price) which reaches ~ 755000. When the error gets squared, the sum explodes! That's
why msle was recommended in the instructions and not mean_squared_error." The fixed twin uses loss="msle"
as the notebook recommends.
Labels: regression targets on a huge scale (sale prices ~1e5) left unscaled under MSE.
Port: the original is R keras (keras_model_sequential() %>% layer_dense(...)); written here as the same
Sequential model in Python Keras 3 (layer_dense -> Dense, optimizer_sgd(lr = 0.1) -> SGD(learning_rate=0.1),
fit's R default epochs = 10 kept); the Ames data (AmesHousing package) and the recipes preparation are not
available offline: 2051 synthetic training rows (the 70% split of 2930 houses) with 188 features -- 40
standardised numeric columns and 148 one-hot 0/1 columns -- and sale prices built from them on the real
scale (median ~160,000, range ~13,000 to ~755,000, log-normal); NanWatch callback; verbose=0 and the final
losses printed; seeds.
Verification (Keras's own printed losses, one run each): the buggy run ends with loss nan (as in the issue);
the fixed twin (the issue's fix, msle) stays finite but does NOT learn in the 10 epochs: msle 12.24 against
0.54 for a constant predictor (val_mae ~212,000). A likely reason: msle takes log(max(y_pred, eps) + 1), so
an output unit that starts out predicting <= 0 for most houses gets no gradient. Kept as the issue's fix;
by the corpus rule such a twin is rightly flagged.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from keras.optimizers import SGD
from tb_nanwatch import NanWatch

FAULTS = ("target_scale",)
FIX = [('loss = "mean_squared_error",', 'loss = "msle",')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# port: synthetic stand-in for the baked Ames training set
n_train, n_num, n_cat = 2051, 40, 148
x_num = rng.normal(0.0, 1.0, (n_train, n_num))
groups = np.split(np.arange(n_cat), np.cumsum([4] * 36)[:-1])      # 37 categorical variables, one-hot
x_cat = np.zeros((n_train, n_cat))
for g in groups:
    x_cat[np.arange(n_train), rng.choice(g, n_train)] = 1.0
x_train = np.hstack([x_num, x_cat]).astype("float32")
w = np.concatenate([rng.normal(0, 0.12, n_num), rng.normal(0, 0.05, n_cat)])
log_price = 12.0 + x_train @ w - (x_train @ w).mean() + rng.normal(0, 0.08, n_train)
y_train = np.clip(np.exp(log_price), 12789, 755000).astype("float32")
print("x_train", x_train.shape, "Sale_Price range", y_train.min(), y_train.max())

n_feat = x_train.shape[1]

model = Sequential([
  Dense(units = 128, activation = "relu", input_shape = (n_feat,)),
  Dense(units = 1)
])

model.compile(
    optimizer = SGD(learning_rate = 0.1),
    loss = "mean_squared_error",
    metrics = ["mae"]
  )

history = model.fit(
  x_train,
  y_train,
  batch_size = 16,
  epochs = 10,
  validation_split = 0.2,
  callbacks = [NanWatch(log_dir)], verbose = 0
)
print("final loss:", history.history['loss'][-1], "val_mae:", history.history['val_mae'][-1],
      "(constant predictor: msle", np.var(np.log1p(y_train)), "/ mse", np.var(y_train), ")")
