"""keras-gat's Graph Attention Network example on Citeseer: "citeseer dataset loss is nan" -- the example
row-normalises the features with `X /= X.sum(1).reshape(-1, 1)`, and Citeseer's isolated nodes have all-zero
feature rows, so 0/0 puts NaN rows into X (danielegrattarola/keras-gat issue #14)

Source: https://github.com/danielegrattarola/keras-gat/issues/14 ("citeseer dataset loss is nan", closed). The
  program is the repository's examples/gat.py and keras_gat/graph_attention_layer.py as of commit
  6e25df0 (2018-04-25, the version the issue ran), and the fix is the maintainer's commit
  ee456328c284ead17385778ed2446c8c43340df6 (2018-09-20), both read in a fetched snapshot of
  danielegrattarola/keras-gat (HEAD c870d19).
The program: load_data('citeseer') (3327 nodes, 3703 binary word features, 6 classes, 120 training nodes,
500 validation nodes; load_data adds the 15 isolated test nodes "as zero-vecs into the right position");
`X /= X.sum(1).reshape(-1, 1)` then A + I; two GraphAttention layers (8 heads x 8 features, 'concat', elu;
then 1 head, 'average', softmax), Dropout(0.6) before each, l2(5e-4) kernels, Adam(lr=5e-3),
categorical_crossentropy with weighted_metrics=['acc'], full-batch fit (batch_size=N, shuffle=False,
sample_weight = the training mask), EarlyStopping on the validation accuracy with patience 100, epochs=2000.
The thread: CEfanmin: "There is a problem that when i use citeseer dataset , the training loss is nan." The
maintainer (danielegrattarola): "Hi, thanks for pointing this out. I'll try to look into it as soon as
possible, it's probably related to the function used to load the data." CEfanmin: "I think after function
load_data(), maybe should add: X[np.isnan(X)] = 0. then it works!" The maintainer: "This is fixed now, thanks
for opening the issue." The fixing commit ee45632 replaces `X /= X.sum(1).reshape(-1, 1)` with
`X = preprocess_features(X)`, which computes `r_inv = np.power(rowsum, -1)` and sets `r_inv[np.isinf(r_inv)] =
0.` so the zero rows stay zero.
Fix from the source: the maintainer's preprocess_features (row normalisation with the inverse of a zero row sum
set to 0); the fixed twin uses it (the same effect as the reporter's X[np.isnan(X)] = 0).
Labels: NaN in the inputs (made by the 0/0 of the row normalisation on the all-zero rows).
Port to Keras 3: GraphAttention kept as written, with `K.dot` -> `ops.matmul`, `K.transpose` ->
`ops.transpose`, `K.exp` -> `ops.exp`, `K.softmax` -> `ops.softmax`, `K.concatenate`/`K.mean(K.stack())` ->
`ops.concatenate`/`ops.mean(ops.stack())`, the LeakyReLU(alpha=0.2) and Dropout layers it created inside
call() created once in __init__ (LeakyReLU(negative_slope=0.2)); Adam(lr=) -> learning_rate=; the boolean
masks passed as float sample weights; EarlyStopping monitors 'val_acc' (Keras 3's name for the weighted 'acc');
the TensorBoard callback, model.summary() and the final evaluate dropped. Data: load_data reads the Planetoid
files, so synthetic Citeseer-like data stand in: 600 nodes (cut from 3327 so an epoch takes ~0.1 s), 3703
binary word features (about 32 words a node, words biased by class), 6 classes, a random homophilous graph
(~3 edges a node, symmetric), 120 training nodes (20 a class), 100 validation nodes (cut from 500), and 8
isolated test nodes with all-zero features and no edges, as load_data makes them. epochs cut from 2000 to 300
(the EarlyStopping with patience 100 is kept). keras.utils.set_random_seed(0); NanWatch callback; verbose=0
and the epoch losses printed.
Verification (Keras's own epoch losses, one run each; Keras 3 averages the masked loss over all N = 600
nodes, so the constant (uniform) predictor's loss here is 120/600 * ln 6 = 0.358, ln 6 = 1.79 per training
node): reproduces: the row normalisation puts 29624 NaN entries into X (the 8 zero rows), the loss is nan from
the first epoch, the validation accuracy stays at 0.15, and EarlyStopping ends the run after 101 epochs (final
loss nan). The fixed twin (preprocess_features) has no NaN in X and a finite loss: 0.4269 at epoch 1, 0.3649,
0.3625, 0.3604, ... 0.3584 every 10th epoch, stopped after 105 epochs (final 0.3584), validation accuracy 1.0
from epoch 11 (0.89-1.0 later). Honest caveat: the twin's loss levels off at the uniform-predictor level 0.358
(a check after 30 epochs: masked cross-entropy 1.787 per training node, ln 6 = 1.792; training accuracy 0.99):
its softmax outputs stay nearly uniform while their argmax is right, so on this synthetic stand-in the fixed
GAT classifies but does not become confident within the budget; the fault itself (NaN inputs) is gone.
~45-70 s per run here (the buggy run's 101 epochs, the twin's 105).
"""
import sys

import numpy as np
import keras
from keras import ops
from keras import activations, constraints, initializers, regularizers
from keras.callbacks import EarlyStopping
from keras.layers import Input, Dropout, Layer, LeakyReLU
from keras.models import Model
from keras.optimizers import Adam
from keras.regularizers import l2
from tb_nanwatch import NanWatch

FAULTS = ("input_nonfinite",)
FIX = [("X /= X.sum(1).reshape(-1, 1)", "X = preprocess_features(X)")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


class GraphAttention(Layer):

    def __init__(self,
                 F_,
                 attn_heads=1,
                 attn_heads_reduction='concat',  # {'concat', 'average'}
                 attn_dropout=0.5,
                 activation='relu',
                 kernel_initializer='glorot_uniform',
                 attn_kernel_initializer='glorot_uniform',
                 kernel_regularizer=None,
                 attn_kernel_regularizer=None,
                 activity_regularizer=None,
                 kernel_constraint=None,
                 attn_kernel_constraint=None,
                 **kwargs):
        if attn_heads_reduction not in {'concat', 'average'}:
            raise ValueError('Possbile reduction methods: concat, average')

        self.F_ = F_  # Number of output features (F' in the paper)
        self.attn_heads = attn_heads  # Number of attention heads (K in the paper)
        self.attn_heads_reduction = attn_heads_reduction  # 'concat' or 'average' (Eq 5 and 6 in the paper)
        self.attn_dropout = attn_dropout  # Internal dropout rate for attention coefficients
        self.activation = activations.get(activation)  # Optional nonlinearity (Eq 4 in the paper)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.attn_kernel_initializer = initializers.get(attn_kernel_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        self.attn_kernel_regularizer = regularizers.get(attn_kernel_regularizer)
        self.kernel_constraint = constraints.get(kernel_constraint)
        self.attn_kernel_constraint = constraints.get(attn_kernel_constraint)

        # Populated by build()
        self.kernels = []       # Layer kernels for attention heads
        self.attn_kernels = []  # Attention kernels for attention heads

        if attn_heads_reduction == 'concat':
            # Output will have shape (..., K * F')
            self.output_dim = self.F_ * self.attn_heads
        else:
            # Output will have shape (..., F')
            self.output_dim = self.F_

        super(GraphAttention, self).__init__(activity_regularizer=activity_regularizer, **kwargs)
        self.supports_masking = False
        self.leaky_relu = LeakyReLU(negative_slope=0.2)  # port: was created inside call()
        self.attn_dropout_layers = [Dropout(self.attn_dropout) for _ in range(attn_heads)]  # port: likewise

    def build(self, input_shape):
        assert len(input_shape) >= 2
        F = input_shape[0][-1]

        # Initialize kernels for each attention head
        for head in range(self.attn_heads):
            # Layer kernel
            kernel = self.add_weight(shape=(F, self.F_),
                                     initializer=self.kernel_initializer,
                                     name='kernel_%s' % head,
                                     regularizer=self.kernel_regularizer,
                                     constraint=self.kernel_constraint)
            self.kernels.append(kernel)

            # Attention kernel
            attn_kernel_self = self.add_weight(shape=(self.F_, 1),
                                               initializer=self.attn_kernel_initializer,
                                               name='att_kernel_{}'.format(head),
                                               regularizer=self.attn_kernel_regularizer,
                                               constraint=self.attn_kernel_constraint)
            attn_kernel_neighs = self.add_weight(shape=(self.F_, 1),
                                                 initializer=self.attn_kernel_initializer,
                                                 name='att_kernel_{}'.format(head),
                                                 regularizer=self.attn_kernel_regularizer,
                                                 constraint=self.attn_kernel_constraint)
            self.attn_kernels.append([attn_kernel_self, attn_kernel_neighs])
        self.built = True

    def call(self, inputs, training=None):
        X = inputs[0]  # Node features (N x F)
        A = inputs[1]  # Adjacency matrix (N x N)

        outputs = []
        for head in range(self.attn_heads):
            kernel = self.kernels[head]  # W in the paper (F x F')
            attention_kernel = self.attn_kernels[head]  # Attention kernel a in the paper (2F' x 1)

            # Compute inputs to attention network
            linear_transf_X = ops.matmul(X, kernel)  # (N x F')

            # Compute feature combinations
            # Note: [[a_1], [a_2]]^T [[Wh_i], [Wh_2]] = [a_1]^T [Wh_i] + [a_2]^T [Wh_j]
            attn_for_self = ops.matmul(linear_transf_X, attention_kernel[0])    # (N x 1), [a_1]^T [Wh_i]
            attn_for_neighs = ops.matmul(linear_transf_X, attention_kernel[1])  # (N x 1), [a_2]^T [Wh_j]

            # Attention head a(Wh_i, Wh_j) = a^T [[Wh_i], [Wh_j]]
            dense = attn_for_self + ops.transpose(attn_for_neighs)  # (N x N) via broadcasting

            # Add nonlinearty
            dense = self.leaky_relu(dense)

            # Mask values before activation (Vaswani et al., 2017)
            mask = ops.exp(A * -10e9) * -10e9
            masked = dense + mask

            # Feed masked values to softmax
            softmax = ops.softmax(masked)  # (N x N), attention coefficients
            dropout = self.attn_dropout_layers[head](softmax, training=training)  # (N x N)

            # Linear combination with neighbors' features
            node_features = ops.matmul(dropout, linear_transf_X)  # (N x F')

            if self.attn_heads_reduction == 'concat' and self.activation is not None:
                # In case of 'concat', we compute the activation here (Eq 5)
                node_features = self.activation(node_features)

            # Add output of attention head to final output
            outputs.append(node_features)

        # Reduce the attention heads output according to the reduction method
        if self.attn_heads_reduction == 'concat':
            output = ops.concatenate(outputs, axis=-1)  # (N x KF')
        else:
            output = ops.mean(ops.stack(outputs), axis=0)  # N x F')
            if self.activation is not None:
                # In case of 'average', we compute the activation here (Eq 6)
                output = self.activation(output)

        return output

    def compute_output_shape(self, input_shape):
        output_shape = input_shape[0][0], self.output_dim
        return output_shape


def preprocess_features(features):
    """Row-normalize feature matrix (the maintainer's fix, commit ee45632; dense here)"""
    rowsum = np.array(features.sum(1))
    r_inv = np.power(rowsum, -1).flatten()
    r_inv[np.isinf(r_inv)] = 0.
    return features * r_inv[:, None]


def load_data(dataset_str):
    """port: synthetic stand-in for the Planetoid Citeseer files (see the docstring)."""
    rng = np.random.default_rng(14)
    N, F, C = 600, 3703, 6
    labels = np.arange(N) % C
    rng.shuffle(labels)
    class_words = rng.integers(0, F, size=(C, 300))
    X = np.zeros((N, F), dtype="float32")
    for i in range(N):
        own = rng.choice(class_words[labels[i]], size=16)
        anyw = rng.integers(0, F, size=16)
        X[i, own] = 1.
        X[i, anyw] = 1.
    A = np.zeros((N, N), dtype="float32")
    for i in range(N):
        same = np.flatnonzero(labels == labels[i])
        for j in rng.choice(same, size=2):
            A[i, j] = A[j, i] = 1.
        j = rng.integers(0, N)
        A[i, j] = A[j, i] = 1.
    np.fill_diagonal(A, 0.)
    idx_train = np.concatenate([np.flatnonzero(labels == c)[:20] for c in range(C)])
    rest = np.setdiff1d(np.arange(N), idx_train)
    idx_val = rest[:100]
    idx_test = rest[100:]
    # Fix citeseer dataset (there are some isolated nodes in the graph):
    # load_data adds them as zero-vecs into the right position
    isolated = idx_test[:8]
    X[isolated] = 0.
    A[isolated, :] = 0.
    A[:, isolated] = 0.
    Y = np.eye(C, dtype="float32")[labels]

    def mask(idx):
        m = np.zeros(N, dtype="float32")
        m[idx] = 1.
        return m
    Y_train = Y * mask(idx_train)[:, None]
    Y_val = Y * mask(idx_val)[:, None]
    Y_test = Y * mask(idx_test)[:, None]
    return A, X, Y_train, Y_val, Y_test, mask(idx_train), mask(idx_val), mask(idx_test)


# Read data
A, X, Y_train, Y_val, Y_test, idx_train, idx_val, idx_test = load_data('citeseer')

# Parameters
N = X.shape[0]                # Number of nodes in the graph
F = X.shape[1]                # Original feature dimesnionality
n_classes = Y_train.shape[1]  # Number of classes
F_ = 8                        # Output dimension of first GraphAttention layer
n_attn_heads = 8              # Number of attention heads in first GAT layer
dropout_rate = 0.6            # Dropout rate applied to the input of GAT layers
l2_reg = 5e-4                 # Regularization rate for l2
learning_rate = 5e-3          # Learning rate for SGD
epochs = 300                  # Number of epochs to run for (port: cut from 2000)
es_patience = 100             # Patience fot early stopping

# Preprocessing operations
X /= X.sum(1).reshape(-1, 1)
A = A + np.eye(A.shape[0])  # Add self-loops
print("NaN entries in X:", int(np.isnan(X).sum()))

# Model definition (as per Section 3.3 of the paper)
X_in = Input(shape=(F,))
A_in = Input(shape=(N,))

dropout1 = Dropout(dropout_rate)(X_in)
graph_attention_1 = GraphAttention(F_,
                                   attn_heads=n_attn_heads,
                                   attn_heads_reduction='concat',
                                   activation='elu',
                                   kernel_regularizer=l2(l2_reg))([dropout1, A_in])
dropout2 = Dropout(dropout_rate)(graph_attention_1)
graph_attention_2 = GraphAttention(n_classes,
                                   attn_heads=1,
                                   attn_heads_reduction='average',
                                   activation='softmax',
                                   kernel_regularizer=l2(l2_reg))([dropout2, A_in])

# Build model
model = Model(inputs=[X_in, A_in], outputs=graph_attention_2)
optimizer = Adam(learning_rate=learning_rate)
model.compile(optimizer=optimizer,
              loss='categorical_crossentropy',
              weighted_metrics=['acc'])

# Callbacks
es_callback = EarlyStopping(monitor='val_acc', patience=es_patience)

# Train model
validation_data = ([X, A], Y_val, idx_val)
history = model.fit([X, A],
                    Y_train,
                    sample_weight=idx_train,
                    epochs=epochs,
                    batch_size=N,
                    validation_data=validation_data,
                    shuffle=False,  # Shuffling data means shuffling the whole graph
                    verbose=0,
                    callbacks=[es_callback, NanWatch(log_dir)])
losses = history.history["loss"]
print("epochs run:", len(losses))
print("losses (every 10th epoch):", [float("%.4g" % v) for v in losses[::10]])
print("val_acc (every 10th epoch):", [float("%.3g" % v) for v in history.history["val_acc"][::10]])
print("final loss:", losses[-1], "(constant predictor: ln 6 = %.3f)" % np.log(6))
