"""Three-layer binary classifier whose loss is NaN from the very first step: continuous features that are all 0 are
standardised inside the model, mean and variance are 0, and 0/0 gives NaN (CSDN blog post, Five_L)

Source: https://blog.csdn.net/Five_L/article/details/149088309 (read in the stored page at
  https://siteproxy.ruqli.workers.dev:443/https/blog.csdn.net/Five_L/article/details/149088309)
The program: the post (Chinese) describes "a very simple three-layer network for a binary classification", loss
tf.keras.losses.BinaryCrossentropy(from_logits=True), "the loss was nan from the very start" (also with a single
sample); the author rules out a too high learning rate, NaNs in the data (filled during preprocessing) and unscaled
inputs (all continuous features standardised; BN/LN layers added without effect), and notes a small data set with a
low positive ratio. The post shows only the skeleton of its subclassed model (`class customModel(Model)`, a `call`
that applies `self.u_fc1(x)` and `tf.print(x)` to find where the NaN appears) and says its embedding layer does the
preprocessing: "discrete features are embedded and continuous features standardised".
Fix from the post: "the problem was that some continuous features were all 0, so their mean and variance were 0 and
they became nan after standardisation; after removing these features the loss was normal again". The fixed twin drops
the all-zero continuous columns before building the model.
Labels: unsafe_layer_math: the NaN is made inside the model, by the standardisation's division (x - mean) / std with
std = 0 (0/0), in the forward pass of the preprocessing layer; the data fed to fit are finite. (The post's own fix is
on the data side: remove the constant columns.)
Port (the post gives less than a whole script, so most of the code around the described model is the port's): a
keras.Model subclass `customModel` whose embedding/preprocessing part embeds 3 discrete features
(keras.layers.Embedding, 8 dims each) and standardises 12 continuous features with the training set's column mean
and std (the post does not say where its mean and std come from; the port computes them with numpy on the training
data and hands them to the model as constants), followed by the three layers u_fc1 = Dense(64, relu), u_fc2 =
Dense(32, relu), out = Dense(1) (logits), compiled with Adam() and BinaryCrossentropy(from_logits=True), fit with
batch_size=64, epochs=20, validation_split=0.2. Data: 3,000 synthetic rows (a small set with ~10% positives, as the
post says), 3 discrete features with 10/5/20 values, 12 continuous features of which 2 are all 0 (e.g. a count that
never occurs in this extract); the label depends on 4 continuous and 1 discrete feature. `tf.print` debugging dropped;
NanWatch callback; keras.utils.set_random_seed(0); the final losses printed.
Verification (Keras's own losses, one run each, ~20 s; 16.4% positives, constant predictor 0.446): the symptom
reproduces only in part. NanWatch reports the first NaN at step 0 in the backward pass (the gradient of u_fc1's
kernel: the rows fed by the two NaN columns), but the reported loss stays finite here (not checked why; presumably
the NaN pre-activations do not reach the logits on this CPU build): epoch losses 0.687, 0.675, 0.663 ... last three 0.539, 0.534, 0.529,
val_loss 0.525, val_accuracy 0.838 (barely better than predicting all negatives). The fixed twin (the two all-zero
columns dropped) learns: epoch losses 0.623, 0.377, 0.238 ... last three 0.125, 0.123, 0.121, val_loss 0.175,
val_accuracy 0.937.
"""
import sys

import numpy as np
import keras
from keras import Model, layers
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_layer_math",)
FIX = [("cont_cols = list(range(X_cont.shape[1]))",
        "cont_cols = [j for j in range(X_cont.shape[1]) if X_cont[:, j].std() > 0]")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

# port: synthetic stand-in for the post's data (3 discrete + 12 continuous features, ~10% positives)
rng = np.random.RandomState(0)
n = 3000
X_disc = np.stack([rng.randint(0, 10, n), rng.randint(0, 5, n), rng.randint(0, 20, n)], axis=1).astype("int32")
X_cont = np.concatenate([rng.gamma(2.0, 50.0, (n, 4)), rng.normal(3.0, 2.0, (n, 6)), np.zeros((n, 2))], axis=1)
X_cont = X_cont.astype("float32")
score = (X_cont[:, 0] - 100) / 70 + (X_cont[:, 1] - 100) / 70 - (X_cont[:, 5] - 3) / 2 + 0.8 * (X_disc[:, 1] == 3)
y = (score + rng.normal(0, 0.7, n) > 2.0).astype("float32")

cont_cols = list(range(X_cont.shape[1]))
X_cont = X_cont[:, cont_cols]
mean = X_cont.mean(axis=0)
var = X_cont.var(axis=0)


class customModel(Model):
    def __init__(self, mean, var, **kwargs):
        super().__init__(**kwargs)
        self.mean = mean
        self.std = np.sqrt(var)
        self.emb = [layers.Embedding(k, 8) for k in (10, 5, 20)]
        self.u_fc1 = layers.Dense(64, activation="relu")
        self.u_fc2 = layers.Dense(32, activation="relu")
        self.out = layers.Dense(1)

    def call(self, inputs):
        disc, cont = inputs
        # embedding layer: discrete features embedded, continuous features standardised
        e = [self.emb[i](disc[:, i]) for i in range(3)]
        c = (cont - self.mean) / self.std
        x = keras.ops.concatenate(e + [c], axis=-1)
        x = self.u_fc1(x)
        x = self.u_fc2(x)
        return self.out(x)


model = customModel(mean, var)
model.compile(optimizer=keras.optimizers.Adam(),
              loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=["accuracy"])
history = model.fit([X_disc, X_cont], y, batch_size=64, epochs=20, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
h = history.history
print("first losses:", h["loss"][:3], "last losses:", h["loss"][-3:], "val_loss:", h["val_loss"][-1],
      "val_accuracy:", h["val_accuracy"][-1], "(positives: %.3f; constant predictor: %.4f)"
      % (y.mean(), -(y.mean() * np.log(y.mean()) + (1 - y.mean()) * np.log(1 - y.mean()))))
