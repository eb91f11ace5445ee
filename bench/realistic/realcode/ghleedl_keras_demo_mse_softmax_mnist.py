"""Hung-yi Lee's "Keras Demo" (ML 2017 course), as written up in the LeeDL Tutorial (李宏毅深度学习教程),
chapters 17-19: three Dense(633, sigmoid) layers and a softmax output trained on one-hot MNIST with loss='mse'
and SGD(lr=0.1): "正确率只有11.35%"; fix: "分类问题mse不适合，将loss mse function 改为categorical_crossentropy ...
在train set上的结果就起飞了。得到87.34%的正确率"

Source: https://github.com/datawhalechina/leedl-tutorial/blob/master/docs/chapter19/chapter19.md ("Keras Demo 2",
  sections "上一次失败的例子" and "调参过程 / loss function") and docs/chapter17/chapter17.md ("Keras Demo", the same
  code and "正确率只有11.35%"), read in the stored files of datawhalechina/leedl-tutorial, commit
  0586e4e60a66520f299193bc94717be7adc24c80. The code is the lecture's Keras demo (also copied into many students'
  course notes).
The program: load_data() takes the first number=10000 MNIST training images, reshapes them to 784, to_categorical
labels (10 classes), pixels / 255; model = Sequential: Dense(input_dim=28*28, units=633, activation='sigmoid'),
Dense(633, sigmoid), Dense(633, sigmoid), Dense(10, softmax); compile(loss='mse', optimizer=SGD(lr=0.1),
metrics=['accuracy']); fit(x_train, y_train, batch_size=100, epochs=20); evaluate on the test set. Chapter 17:
"正确率只有11.35%，感觉不太行" (accuracy only 11.35%). Chapter 19 first checks the training set ("train data acc
也是差的，就说明train没有train好，并不是overfiting": training accuracy is bad too, so it is not overfitting), then:
"### loss function ... model.compile(loss='categorical_crossentropy',optimizer=SGD(lr=0.1),metrics=['accuracy'])
分类问题mse不适合，将loss mse function 改为categorical_crossentropy，看看有怎样的差别 ... 当我们一换
categorical_crossentropy，在train set上的结果就起飞了。得到87.34%的正确率，现在就比较有train起来了。" (MSE does
not suit a classification problem; with categorical_crossentropy the training result takes off, 87.34%.)
Fix from the source: loss='categorical_crossentropy', the rest unchanged; the fixed twin changes only the loss.
Labels: loss_task_mismatch (a regression loss, MSE, on one-hot classes behind a softmax output; the fix is
categorical cross-entropy).
Port to Keras 3: `keras.layers.core` -> `keras.layers`, `np_utils.to_categorical` -> `keras.utils.to_categorical`,
`SGD(lr=0.1)` -> `SGD(learning_rate=0.1)`, `keras.optimizers` / `keras.models` imports through `import keras`;
nothing is downloaded: mnist.load_data() is replaced by synthetic uint8 28x28 "digits" with class ids 0-9 (for
each class 3 blocky prototypes; an image is its prototype's strokes, background 0, pixel values up to 255, 15% of
the pixels jittered): 10,000 training images (load_data keeps the first number=10000 as before, so only those
are generated) and 1,000 test images instead of 10,000; the sizes, epochs and batch size are the demo's
(2,000 SGD updates). keras.utils.set_random_seed(0); NanWatch callback; verbose=0, the epoch losses and accuracies
and the test accuracy printed.
Verification (Keras's own epoch losses, one run each; constant predictor: MSE 0.0900 on the one-hot targets,
entropy of the labels 2.3019 for the twin's cross-entropy): reproduces, as the demo says. The MSE run sits at the
constant-predictor level: 0.09014, 0.09001, 0.09000, 0.08999, ... 0.08984, 0.08983 (final 0.08983; training
accuracy creeps from 0.096 to 0.130, test accuracy 0.12 against the demo's 11.35%; no NaN). The fixed twin
(categorical_crossentropy) takes off after a few epochs: 2.460, 2.338, 2.281, 2.216, 2.089, 1.754, 1.057, 0.451,
0.196, 0.104, ... 0.0124, 0.0111 (final 0.0111, training accuracy 1.0: the stand-in digits are easier than
MNIST, the demo got 87.34%). ~30-36 s per run here.
"""
import sys

import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Dropout, Activation
from keras.optimizers import SGD, Adam
from tb_nanwatch import NanWatch

FAULTS = ("loss_task_mismatch",)
FIX = [("model.compile(loss='mse',optimizer=SGD(learning_rate=0.1),metrics=['accuracy'])",
        "model.compile(loss='categorical_crossentropy',optimizer=SGD(learning_rate=0.1),metrics=['accuracy'])")]

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
        return fake_mnist(10000, 1), fake_mnist(1000, 2)


def load_data():
	(x_train,y_train),(x_test,y_test)=mnist.load_data()
	number=10000
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
model.add(Dense(units=10,activation='softmax'))

model.compile(loss='mse',optimizer=SGD(learning_rate=0.1),metrics=['accuracy'])

history = model.fit(x_train,y_train,batch_size=100,epochs=20, verbose=0, callbacks=[NanWatch(log_dir)])

result= model.evaluate(x_test,y_test, verbose=0)

print('TEST ACC:',result[1])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("accuracy per epoch:", [float("%.3g" % v) for v in history.history["accuracy"]])
p = y_train.mean(axis=0)
print("final loss:", history.history["loss"][-1],
      "(constant predictor: MSE %.4f, entropy of the labels %.4f)"
      % (float(((y_train - p) ** 2).sum(axis=1).mean() / 10), float(-(p * np.log(p)).sum())))
