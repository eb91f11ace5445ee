"""Custom loss always returns NaN and I don't see why (keras-team/keras issue #5733)

Source: https://github.com/keras-team/keras/issues/5733 (read in the stored issue thread)
The post: the actor of a naive actor-critic outputs a 1x2 vector of action probabilities; the target
("baseline") is a row of zeros except at the action taken, which holds the advantage (e.g.
[0.0, 1.17142606]). The loss wanted is -sum(log(policy) * baseline), written as
    def policyLoss(self, y_pred, y_true):
        loss = K.dot(K.log(y_pred),K.transpose(y_true))
        return -loss
and trained one sample at a time with train_on_batch(state, baseline): "ActorLoss always returns NaN".
(The stored copy shows the question only.) Label from what the thread shows: Keras calls a loss as
loss(y_true, y_pred), so with the arguments named the other way round K.log is taken of the *target*,
the baseline row, whose zeros give log(0) = -inf (and negative advantages log(<0) = NaN): the loss and
its gradient are non-finite from the first update. The fix is the signature policyLoss(self, y_true,
y_pred), which computes exactly the numpy loss the author wrote (the same argument-order mistake is the
reported cause in keras-team/keras #1917 and #8993).
Labels: a hand-written loss taking log(0).
What the port adds around the post's snippets (the post shows only the loss, the target format and the
train_on_batch call): a 4-feature state, an actor Dense(24, relu) -> Dense(2, softmax), the 'adam'
optimizer, and 400 (state, action, advantage) samples whose advantage is +1 when the action matches the
sign of the first state feature and -1 otherwise, with a little noise. The per-sample train_on_batch loop
becomes model.fit(..., batch_size=1, epochs=1) over the same samples (one update per sample, as in the
post) so that NanWatch can sit in the callbacks.
Port to Keras 3: `from keras import backend as K` -> `from keras import ops as K` (Keras 3 moved log, dot
and transpose to keras.ops); NanWatch callback; seeds.
"""
import sys

import numpy as np
import keras
from keras import ops as K
from keras.models import Sequential
from keras.layers import Dense, Input
from tb_nanwatch import NanWatch

FAULTS = ("unsafe_loss_math",)
FIX = [("def policyLoss(self, y_pred, y_true):", "def policyLoss(self, y_true, y_pred):")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


class Agent:
    def __init__(self, state_size=4, action_size=2):
        self.actor = Sequential([Input(shape=(state_size,)),
                                 Dense(24, activation='relu'),
                                 Dense(action_size, activation='softmax')])
        self.actor.compile(loss=self.policyLoss, optimizer='adam')

    def policyLoss(self, y_pred, y_true):
        loss = K.dot(K.log(y_pred),K.transpose(y_true))
        return -loss


agent = Agent()
actor = agent.actor

# port: synthetic episodes (state, action taken, advantage)
n = 400
states = rng.normal(0, 1, (n, 4)).astype("float32")
actions = rng.integers(0, 2, n)
good = (states[:, 0] > 0).astype(int)
advantage = np.where(actions == good, 1.0, -1.0) + rng.normal(0, 0.2, n)
baseline = np.zeros((n, 2), dtype="float32")
baseline[np.arange(n), actions] = advantage

h = actor.fit(states, baseline, batch_size=1, epochs=1, shuffle=False, callbacks=[NanWatch(log_dir)], verbose=0)
policy = actor.predict(states, verbose=0)
print("policy picks the good action:", np.mean(policy.argmax(1) == good))
print("final loss:", h.history['loss'][-1])
