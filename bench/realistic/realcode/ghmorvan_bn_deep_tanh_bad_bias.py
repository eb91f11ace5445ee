"""MorvanZhou's "Batch Normalization" tutorial (502_batch_normalization.py): 8 hidden tanh layers of 10 units,
weights N(0, 0.1), "B_INIT = tf.constant_initializer(-0.2)  # use a bad bias initialization", inputs x in
[-7, 10] fed raw, y = x**2 - 5: the net without batch normalization does not learn; the same net with BN does.
(Chinese-language video course "莫烦Python", Tensorflow-Tutorial repository)

Source: https://github.com/MorvanZhou/Tensorflow-Tutorial/blob/master/tutorial-contents/502_batch_normalization.py
  (read in the stored files of MorvanZhou/Tensorflow-Tutorial, commit e54b520231b5173d08e3a109854383a9ac50372f).
  The tutorial's explanation of what BN fixes, Morvan's "什么是批标准化 (Batch Normalization)"
  (https://zhuanlan.zhihu.com/p/24810318), was read as quoted in https://blog.youkuaiyun.com/fu6543210/article/details/83746600
  (the zhihu page itself was not opened).
The program: 2000 points x = linspace(-7, 10), y = x**2 - 5 + N(0, 2) noise; class NN builds N_HIDDEN = 8
tf.layers.dense(10) layers with ACTIVATION = tf.nn.tanh, kernel_initializer random_normal(0., .1) and
bias_initializer B_INIT = constant(-0.2) "# use a bad bias initialization", a dense(1) output with the same
initializers, tf.losses.mean_squared_error, AdamOptimizer(LR = 0.03), BATCH_SIZE = 64, EPOCH = 12; with
batch_normalization=True it adds batch_normalization on the input and after every hidden dense layer (before the
tanh, momentum=0.4: "the momentum plays important rule. the default 0.99 is too high in this case!"). The script
trains both nets side by side, `nets = [NN(batch_normalization=False), NN(batch_normalization=True)]`, and plots
their test losses ('Original' vs 'Batch Normalization') and the per-layer pre-activation / activation histograms.
The explanation: "比如某个神经元 x 的值为1, 某个 Weights 的初始值为 0.1, 这样后一层神经元计算结果就是 Wx = 0.1; 又或者
x = 20, 这样 Wx 的结果就为 2. ... 如果使用 像 tanh 的激励函数, Wx 的激活值就变成了 ~0.1 和 ~1, 接近于 1 的部已经处在了
激励函数的饱和阶段, 也就是如果 x 无论再怎么扩大, tanh 激励函数输出值也还是 接近1. 换句话说, 神经网络在初始阶段已经不对那些
比较大的 x 特征范围 敏感了. ... 但刚刚这个不敏感问题不仅仅发生在神经网络的输入层, 而且在隐藏层中也经常会发生." (the tanh
units saturate: with large inputs the net is insensitive to them from the start, and the problem recurs in the
hidden layers; BN normalises every layer's input).
Fix from the source: the second net, NN(batch_normalization=True) (BN on the input and before each tanh); the
program trains only the first net, and the fixed twin builds the second instead.
Labels: saturated_activations (the deep tanh stack saturates: raw inputs up to 10 and the "bad bias
initialization"), weight_init (the bias constant -0.2 the code calls bad).
Port to Keras 3: the TF1 graph (placeholders, tf.layers.dense, tf.layers.batch_normalization, the update_ops
control dependency, the Session and the hand-written batch loop over the shuffled train_data) becomes a Keras
functional model built by the same class NN / add_layer (keras.layers.Dense with
keras.initializers.RandomNormal(0., .1) and Constant(-0.2); BatchNormalization(momentum=0.4) where the original
has it; Keras updates the moving statistics itself) compiled with Adam(LR) and 'mse' and trained by fit(x, y,
batch_size=BATCH_SIZE, epochs=EPOCH, shuffle=True) (the same 32 batches per epoch: 31 of 64 and a last one of
16), the test set passed as validation_data (the original records the test loss once per epoch, at its first
step); only the first net is trained; tf.set_random_seed(1) -> keras.utils.set_random_seed(0) then the
tutorial's np.random.seed(1) (the data are the tutorial's own, no stand-in needed); the matplotlib figures and
histograms dropped; NanWatch callback; verbose=0 and the epoch losses printed.
Verification (Keras's own epoch losses, one run each; constant predictor: the variance of the targets, MSE
691.7): reproduces. The net without BN falls to the constant predictor and stays there (its output is the mean
of y for every x): 1007, 762.7, 699.6, 692.5, 692.1, 692.1, ... 692.2 (final 692.25; test loss 694.9 from
epoch 4 on; no NaN). The fixed twin (BN) keeps learning: 1025, 675.3, 460.8, 339.1, 261.4, 208.0, 167.9, 139.6,
118.2, 102.8, 92.7, 83.2 (final 83.2; its test loss, computed with the moving statistics, is noisier: 827 ...
80.8, 85.5, 131.4). ~12-14 s per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("saturated_activations", "weight_init")
FIX = [("net = NN(batch_normalization=False)", "net = NN(batch_normalization=True)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
np.random.seed(1)

# Hyper parameters
N_SAMPLES = 2000
BATCH_SIZE = 64
EPOCH = 12
LR = 0.03
N_HIDDEN = 8
ACTIVATION = "tanh"
B_INIT = keras.initializers.Constant(-0.2)      # use a bad bias initialization

# training data
x = np.linspace(-7, 10, N_SAMPLES)[:, np.newaxis]
np.random.shuffle(x)
noise = np.random.normal(0, 2, x.shape)
y = np.square(x) - 5 + noise
train_data = np.hstack((x, y))

# test data
test_x = np.linspace(-7, 10, 200)[:, np.newaxis]
noise = np.random.normal(0, 2, test_x.shape)
test_y = np.square(test_x) - 5 + noise

tf_x = keras.Input(shape=(1,))  # port: was tf.placeholder(tf.float32, [None, 1])


class NN(object):
    def __init__(self, batch_normalization=False):
        self.is_bn = batch_normalization

        self.w_init = keras.initializers.RandomNormal(0., .1)  # weights initialization
        self.pre_activation = [tf_x]
        if self.is_bn:
            self.layer_input = [keras.layers.BatchNormalization()(tf_x)]  # for input data
        else:
            self.layer_input = [tf_x]
        for i in range(N_HIDDEN):  # adding hidden layers
            self.layer_input.append(self.add_layer(self.layer_input[-1], 10, ac=ACTIVATION))
        self.out = keras.layers.Dense(1, kernel_initializer=self.w_init, bias_initializer=B_INIT)(self.layer_input[-1])
        # port: tf.losses.mean_squared_error + tf.train.AdamOptimizer(LR).minimize(self.loss)
        self.model = keras.Model(tf_x, self.out)
        self.model.compile(optimizer=keras.optimizers.Adam(LR), loss="mse")

    def add_layer(self, x, out_size, ac=None):
        x = keras.layers.Dense(out_size, kernel_initializer=self.w_init, bias_initializer=B_INIT)(x)
        self.pre_activation.append(x)
        # the momentum plays important rule. the default 0.99 is too high in this case!
        if self.is_bn: x = keras.layers.BatchNormalization(momentum=0.4)(x)    # when have BN
        out = x if ac is None else keras.layers.Activation(ac)(x)
        return out


net = NN(batch_normalization=False)  # port: the script builds both nets side by side; one is trained here

history = net.model.fit(train_data[:, 0:1], train_data[:, 1:2], batch_size=BATCH_SIZE, epochs=EPOCH, shuffle=True,
                        validation_data=(test_x, test_y), verbose=0, callbacks=[NanWatch(log_dir)])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("test losses per epoch:", [float("%.4g" % v) for v in history.history["val_loss"]])
print("final loss:", history.history["loss"][-1], "(constant predictor: MSE %.1f)" % float(np.var(y)))
