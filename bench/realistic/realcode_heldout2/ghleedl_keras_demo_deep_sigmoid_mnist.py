"""Hung-yi Lee's "Keras Demo 2" (ML 2017 course), as written up in the LeeDL Tutorial (李宏毅深度学习教程),
chapter 19, "deep layer": the MNIST demo, already switched to categorical_crossentropy, with 10 more
Dense(689, sigmoid) layers: "没有train 起来~~接着改下activation function"; fix: "我们把sigmoid都改为relu，发现现在train的
accuracy就爬起来了"

Source: https://github.com/datawhalechina/leedl-tutorial/blob/master/docs/chapter19/chapter19.md ("Keras Demo 2",
  sections "上一次失败的例子", "调参过程 / loss function", "deep layer" and "activation function"), read in the stored
  files of datawhalechina/leedl-tutorial, commit 0586e4e60a66520f299193bc94717be7adc24c80. (A different step of
  the same demo is ghleedl_keras_demo_mse_softmax_mnist: the MSE loss; this program starts after that fix.)
The program: load_data() takes the first number=10000 MNIST training images, reshapes them to 784, to_categorical
labels, pixels / 255; model = Sequential: Dense(input_dim=28*28, units=633, activation='sigmoid'), Dense(633,
sigmoid), Dense(633, sigmoid), then "我们再加10层" (ten more layers) `for _ in range(10):
model.add(Dense(units=689,activation='sigmoid'))`, Dense(10, softmax); compile(loss='categorical_crossentropy',
optimizer=SGD(lr=0.1), metrics=['accuracy']) (the chapter's loss-function fix, "得到87.34%的正确率" with the three
hidden layers); fit(x_train, y_train, batch_size=100, epochs=20). The chapter: "### deep layer 再看看deep layer，
我们再加10层 ... 没有train 起来~~接着改下activation function ### activation function 我们把sigmoid都改为relu，发现现在
train的accuracy就爬起来了，train的acc已经将近100分了，test 上也可以得到95.64%" (with 10 more layers it does not train;
with every sigmoid changed to relu the training accuracy climbs to nearly 100% and the test accuracy is 95.64%).
Fix from the source: every hidden activation='sigmoid' -> activation='relu' (the softmax output unchanged); the
fixed twin changes only those.
Labels: vanishing_gradients (13 sigmoid layers: the gradient reaching the lower layers vanishes; the lecture this
demo belongs to, "Tips for Training DNN", names the vanishing gradient problem of deep sigmoid nets and ReLU as its
fix), saturated_activations (the sigmoid units the fix replaces). Not model_too_deep: 13 layers, and the fix keeps
them (the chapter's "deep learning 并不是越deep越好" is its first, abandoned conclusion in chapter 17).
Port to Keras 3: `keras.layers.core` -> `keras.layers`, `np_utils.to_categorical` -> `keras.utils.to_categorical`,
`SGD(lr=0.1)` -> `SGD(learning_rate=0.1)`, imports through `import keras`; nothing is downloaded: mnist.load_data()
is replaced by synthetic uint8 28x28 "digits" with class ids 0-9 (for each class 3 blocky prototypes; an image is
its prototype's strokes, background 0, pixel values up to 255, 15% of the pixels jittered); for time, 13 wide
layers being ~5x the cost of the 3-layer demo, number=10000 -> number=3000 training images (600 SGD updates in the
20 epochs instead of 2,000) and 1,000 test images; epochs and batch size are the demo's.
keras.utils.set_random_seed(0); NanWatch callback; verbose=0, the epoch losses and accuracies and the test
accuracy printed.
Verification (Keras's own epoch losses, one run each; constant predictor: the entropy of the labels, 2.3008):
reproduces, as the chapter says. The 13-sigmoid-layer net never gets below the constant predictor: 2.649, 2.507,
2.434, 2.397, 2.377, 2.364, ... 2.323, 2.322 (final 2.322, training accuracy 0.097, test accuracy 0.103; no
NaN). The fixed twin (relu) climbs: 2.298, 2.275, 2.154, 2.144, 1.913, 1.582, 1.049, 0.791, 0.171, 0.0074, ...
0.00017 (final 0.00017, training accuracy 1.0: the stand-in digits are easier than MNIST). ~31-33 s per run here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Dropout, Activation
from keras.optimizers import SGD, Adam
from tb_nanwatch import NanWatch

FAULTS = ("vanishing_gradients", "saturated_activations")
FIX = [("activation='sigmoid'", "activation='relu'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def fake_mnist(n, seed):
    # port: stand-in for MNIST: uint8 (n, 28, 28) pixels 0-255, labels 0-9
    rng = np.random.RandomState(1234)
    protos = np.kron(rng.rand(10, 3, 7, 7), np.ones((4, 4)))   # (10, 3, 28, 28) blocky prototypes in [0, 1]
    r = np.random.RandomState(seed)
    labels = r.randint(0, 10, n).astype(np.uint8)
    mix = protos[labels, r.randint(0, 3, n)]
    mask = mix > 0.6                                          # the digit's strokes, background 0
    imgs = mask * 255 * (0.5 + 0.5 * r.rand(n, 28, 28))
    jitter = r.rand(n, 28, 28) < 0.15
    imgs = np.where(jitter, 255 * r.rand(n, 28, 28) * (r.rand(n, 28, 28) < 0.5), imgs)
    return np.clip(imgs, 0, 255).astype(np.uint8), labels


class mnist:  # port: keras.datasets.mnist without the download
    @staticmethod
    def load_data():
        return fake_mnist(3000, 1), fake_mnist(1000, 2)


def load_data():
	(x_train,y_train),(x_test,y_test)=mnist.load_data()
	number=3000  # port: was 10000 (time)
	x_train=x_train[0:number]
	y_train=y_train[0:number]
	x_train=x_train.reshape(number,28*28)
	x_test=x_test.reshape(x_test.shape[0],28*28)
	x_train=x_train.astype('float32')
	x_test=x_test.astype('float32')
	y_train=keras.utils.to_categorical(y_train,10)
	y_test=keras.utils.to_categorical(y_test,10)
	x_train=x_train
	x_test=x_test
	x_train=x_train/255
	x_test=x_test/255
	return (x_train,y_train),(x_test,y_test)

(x_train,y_train),(x_test,y_test)=load_data()

model=Sequential()
model.add(Dense(input_dim=28*28,units=633,activation='sigmoid'))
model.add(Dense(units=633,activation='sigmoid'))
model.add(Dense(units=633,activation='sigmoid'))
for _ in range(10):
	model.add(Dense(units=689,activation='sigmoid'))
	
model.add(Dense(units=10,activation='softmax'))

model.compile(loss='categorical_crossentropy',optimizer=SGD(learning_rate=0.1),metrics=['accuracy'])

history = model.fit(x_train,y_train,batch_size=100,epochs=20, verbose=0, callbacks=[NanWatch(log_dir)])

result= model.evaluate(x_test,y_test, verbose=0)

print('TEST ACC:',result[1])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("accuracy per epoch:", [float("%.3g" % v) for v in history.history["accuracy"]])
p = y_train.mean(axis=0)
print("final loss:", history.history["loss"][-1],
      "(constant predictor: entropy of the labels %.4f)" % float(-(p * np.log(p)).sum()))
