# "I log-transform my count features inside the model with a Lambda layer (so serving gets raw
#  counts). The loss is nan from the first step."
import sys

import numpy as np
import keras
from keras import layers, ops

from tb_nanwatch import NanWatch

FAULTS = ("unsafe_layer_math",)
FIX = [("layers.Lambda(lambda t: ops.log(t), name='log_counts')",
        "layers.Lambda(lambda t: ops.log1p(t), name='log_counts')")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(23)
rng = np.random.default_rng(23)

# per campaign-day: impressions, clicks, page views, add-to-carts, previous-day purchases (raw counts)
n = 5000
impressions = rng.negative_binomial(2, 0.0005, n)
clicks = rng.binomial(impressions, 0.02)
page_views = rng.poisson(clicks * 2.5)
add_to_cart = rng.binomial(page_views, 0.1)
prev_purchases = rng.poisson(add_to_cart * 0.3 + 0.2)
counts = np.column_stack([impressions, clicks, page_views, add_to_cart, prev_purchases]).astype("float32")
revenue = 3.0 * np.log1p(add_to_cart) + 1.0 * np.log1p(clicks) + 0.5 * np.log1p(prev_purchases)
y = ((revenue - revenue.mean()) / revenue.std() + rng.normal(0, 0.3, n)).astype("float32")
print("zero counts per column:", (counts == 0).sum(axis=0))

inputs = keras.Input(shape=(5,), name="counts")
x = layers.Lambda(lambda t: ops.log(t), name='log_counts')(inputs)
x = layers.Dense(64, activation="relu")(x)
x = layers.Dense(32, activation="relu")(x)
outputs = layers.Dense(1)(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")
history = model.fit(counts, y, epochs=10, batch_size=64, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
print("final loss:", history.history["loss"][-1], "val_loss:", history.history["val_loss"][-1])
