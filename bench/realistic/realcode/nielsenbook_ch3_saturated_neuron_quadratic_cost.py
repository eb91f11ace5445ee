"""Neural Networks and Deep Learning, chapter 3, "The cross-entropy cost function": one sigmoid neuron taught to
turn the input 1 into the output 0, starting from weight 2.0 and bias 2.0 with the quadratic cost and
learning rate 0.15 -- "learning starts out much more slowly ... for the first 150 or so learning epochs, the
weights and biases don't change much at all"; the chapter's fix is the cross-entropy cost

Source: http://neuralnetworksanddeeplearning.com/chap3.html (Michael Nielsen's online book "Neural Networks and
  Deep Learning", chapter 3, section "The cross-entropy cost function"; read in stored copies of the chapter's
  text in the pages corpus: the book's own chapter-3 page as stored in a Nemotron-CC-Math record, chapter notes
  at github.com/Nronaldo/Neural-Networks-and-Deep-Learning and github.com/Colelyman/tensorflow, and a Chinese
  lecture summary at mzph.cn/news/508961.shtml, which give the settings "初始: w = 2.0, b = 2.0, 初始预测输出:
  0.98 ... 学习率: 0.15"). The book runs this as an in-page animation, not as listed code; the program is its
  setting written in Keras.
The program (the book's toy example): a neuron with one input, sigmoid activation, trained "to take the input 1
to the output 0", quadratic cost C = (y-a)^2/2, plain gradient descent with learning rate eta = 0.15, 300
epochs, starting weight 2.0 and bias 2.0, so the first output is sigma(4) = 0.98. The book: "the neuron's output
is 0.98, which is very badly wrong ... learning starts out much more slowly. Indeed, for the first 150 or so
learning epochs, the weights and biases don't change much at all." Its explanation: "the partial derivatives
... are sigma'(z) x and sigma'(z) ... when the neuron's output is close to 1, the curve gets very flat, and so
sigma'(z) gets very small ... This is the origin of the learning slowdown." And the fix: "it turns out that we
can solve the problem by replacing the quadratic cost with a different cost function, known as the
cross-entropy"; with it "the neuron learns quickly when it's badly wrong" (the gradient is x (sigma(z) - y), no
sigma' factor).
Fix from the source: the cross-entropy cost (binary cross-entropy on the same sigmoid neuron). The book's own
cross-entropy animation uses eta = 0.005 and says the rate "isn't the point"; the fixed twin keeps eta = 0.15
and changes only the cost.
Labels: saturated_activations (the neuron starts deep in the flat part of the sigmoid, sigma'(4) = 0.018, which
is what stalls it) and loss_task_mismatch (a 0/1 target behind a sigmoid trained with the quadratic cost; the
chapter's fix is the cross-entropy).
Port to Keras 3: the neuron is a Sequential with one Dense(1, input_dim=1, activation='sigmoid') whose kernel and
bias start at Constant(2.0); the book's quadratic cost with its 1/2 is written as a loss function; gradient
descent is SGD(learning_rate=0.15); the single training pair (x=1, y=0) is the whole data set, batch_size=1, 300
epochs (300 updates, as in the book); keras.utils.set_random_seed(0); NanWatch callback; verbose=0; the epoch
losses and the output after training are printed. No data stand-in is needed (the example's data are its own).
Verification (Keras's own epoch losses, one run each, every 25th epoch and the last; a single training pair, so
the reference levels are the starting losses: quadratic cost 0.482 and cross-entropy 4.02 at the first output
0.982): reproduces the book's slowdown, no NaN. Buggy run (quadratic cost): 0.4822, 0.4796, 0.4762, 0.4716,
0.4648, 0.4541, 0.4356, 0.3983, 0.3111, 0.1573, 0.0638, 0.0328, final 0.0209: almost flat for ~150 epochs, then
the drop the book shows; output after 300 epochs 0.203 (w = b = -0.684), the book's animation also ends near
0.2. Fixed twin (binary cross-entropy, same eta 0.15): 4.018, 0.3136, 0.1037, 0.0600, 0.0419, 0.0321, 0.0260,
0.0218, 0.0188, 0.0165, 0.0147, 0.0133, final 0.0121: the loss falls from the first epoch; output after 300
epochs 0.012 (w = b = -2.205). ~16-23 s per run here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense
from tb_nanwatch import NanWatch

FAULTS = ("saturated_activations", "loss_task_mismatch")
FIX = [("model.compile(loss=quadratic_cost, optimizer=keras.optimizers.SGD(learning_rate=0.15))",
        "model.compile(loss='binary_crossentropy', optimizer=keras.optimizers.SGD(learning_rate=0.15))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

x = np.array([[1.0]])  # the input 1
y = np.array([[0.0]])  # the desired output 0


def quadratic_cost(y_true, a):
    return keras.ops.mean(keras.ops.square(y_true - a)) / 2  # C = (y - a)^2 / 2


model = Sequential()
model.add(Dense(1, input_dim=1, activation='sigmoid',
                kernel_initializer=keras.initializers.Constant(2.0),
                bias_initializer=keras.initializers.Constant(2.0)))
model.compile(loss=quadratic_cost, optimizer=keras.optimizers.SGD(learning_rate=0.15))
print("output before training: %.4f" % float(model.predict(x, verbose=0)[0, 0]))

history = model.fit(x, y, batch_size=1, epochs=300, verbose=0, callbacks=[NanWatch(log_dir)])
losses = history.history["loss"]
print("loss every 25 epochs:", [float("%.4g" % v) for v in losses[::25]] + [float("%.4g" % losses[-1])])
w, b = model.layers[0].get_weights()
print("output after 300 epochs: %.4f (w %.3f, b %.3f)" % (float(model.predict(x, verbose=0)[0, 0]), w[0, 0], b[0]))
print("final loss:", losses[-1])
