"""How to Control Neural Network Model Capacity With Nodes and Layers: an MLP with 1 hidden node on the
20-class blobs problem reaches 13.8% test accuracy ("as the number of nodes is increased, the capacity of the
model to learn the problem is increased") (blog, MachineLearningMastery)

Source: Jason Brownlee, https://machinelearningmastery.com/how-to-control-neural-network-model-capacity-with-nodes-and-layers/
  (read in the stored Chinese translation of the post, apachecn/ml-mastery-zh-pt2, commit
  51d2f963b7ea92efbddd373ca648be7bd499a4ba,
  docs/dlperf/how-to-control-neural-network-model-capacity-with-nodes-and-layers.md, which reproduces the
  post's code listings verbatim; section "Change Model Capacity With Nodes"; the post's English sentences below
  are translated back from it, so their wording may differ from the original)
The program: the post's "study of mlp learning curves given different number of nodes for multi-class
classification": make_blobs(n_samples=1000, centers=20, n_features=100, cluster_std=2, random_state=2),
one-hot targets, 500/500 train/test split, Dense(n_nodes, relu, he_uniform) -> Dense(20, softmax),
categorical cross-entropy, SGD(lr=0.01, momentum=0.9), 100 epochs at the default batch size. The post runs it
for 1 ... 7 hidden nodes and prints "nodes=1: 0.138, nodes=2: 0.380, nodes=3: 0.582, nodes=4: 0.890,
nodes=5: 0.844, nodes=6: 1.000, nodes=7: 1.000": "as the number of nodes increases, the ability of the model
to learn the problem also increases ... until the model learns the problem perfectly with 6 and 7 nodes".
Fix from the post: more nodes in the hidden layer; the post's 7 nodes (1.000); the fixed twin sets n_nodes = 7.
Labels: model too small (a hidden layer too narrow for the task: the post's "capacity").
Port to Keras 3: sklearn is not installed here: make_blobs written in numpy after sklearn's own algorithm with
np.random.RandomState(2) (20 centres uniform in [-10, 10]^100, 50 Gaussian points of std 2 around each, then
shuffled); `lr=` -> `learning_rate=`; the loop over num_nodes = [1, ..., 7] (and its pyplot learning curves)
reduced to its failing member, n_nodes = 1; NanWatch callback; the final losses printed; seeds.
Verification (Keras's own printed values, one run each; constant predictor ln 20 = 2.9957, chance accuracy
0.05): the buggy run stalls high (loss every 10th epoch 3.202, 2.540, 2.459, 2.427, 2.390, 2.379, 2.503,
2.502, 2.425, 2.420; final loss 2.406, train accuracy 0.192, "nodes=1: 0.132" test accuracy - the post
printed 0.138); the fixed twin learns the problem (loss 2.446 after the first epoch, 0.036 at epoch 11, final
0.00026; train accuracy 1.0, "nodes=7: 1.000" as in the post). About 24 s per run here.
"""
import sys

import numpy as np
import keras
from keras.layers import Dense
from keras.models import Sequential
from keras.optimizers import SGD
from keras.utils import to_categorical
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [("n_nodes = 1\n", "n_nodes = 7\n")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


def make_blobs(n_samples, centers, n_features, cluster_std, random_state):
    # port: sklearn.datasets.make_blobs in numpy (same algorithm and generator as sklearn)
    generator = np.random.RandomState(random_state)
    centres = generator.uniform(-10.0, 10.0, size=(centers, n_features))
    counts = [n_samples // centers + (1 if i < n_samples % centers else 0) for i in range(centers)]
    X = np.concatenate([generator.normal(loc=centres[i], scale=cluster_std, size=(n, n_features))
                        for i, n in enumerate(counts)])
    y = np.concatenate([np.full(n, i) for i, n in enumerate(counts)])
    indices = np.arange(n_samples)
    generator.shuffle(indices)
    return X[indices], y[indices]


# prepare multi-class classification dataset
def create_dataset():
	# generate 2d classification dataset
	X, y = make_blobs(n_samples=1000, centers=20, n_features=100, cluster_std=2, random_state=2)
	# one hot encode output variable
	y = to_categorical(y)
	# split into train and test
	n_train = 500
	trainX, testX = X[:n_train, :], X[n_train:, :]
	trainy, testy = y[:n_train], y[n_train:]
	return trainX, trainy, testX, testy

# fit model with given number of nodes, returns test set accuracy
def evaluate_model(n_nodes, trainX, trainy, testX, testy):
	# configure the model based on the data
	n_input, n_classes = trainX.shape[1], testy.shape[1]
	# define model
	model = Sequential()
	model.add(Dense(n_nodes, input_dim=n_input, activation='relu', kernel_initializer='he_uniform'))
	model.add(Dense(n_classes, activation='softmax'))
	# compile model
	opt = SGD(learning_rate=0.01, momentum=0.9)
	model.compile(loss='categorical_crossentropy', optimizer=opt, metrics=['accuracy'])
	# fit model on train set
	history = model.fit(trainX, trainy, epochs=100, verbose=0, callbacks=[NanWatch(log_dir)])
	# evaluate model on test set
	_, test_acc = model.evaluate(testX, testy, verbose=0)
	return history, test_acc

# prepare dataset
trainX, trainy, testX, testy = create_dataset()
# evaluate model with a given number of nodes
n_nodes = 1
history, result = evaluate_model(n_nodes, trainX, trainy, testX, testy)
# summarize final test set accuracy
print('nodes=%d: %.3f' % (n_nodes, result))
print("loss every 10 epochs:", [round(v, 3) for v in history.history['loss'][::10]],
      "final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1],
      "(constant predictor: ln 20 = 2.9957)")
