"""Do not use ReLU activation for the final regression layer: the CCS LSTM returns 0 for every peptide
(ProteomicsML/ProteomicsML pull request #203)

Source: https://github.com/ProteomicsML/ProteomicsML/pull/203 (read in the stored thread, 2026-01-19); the
program is the LSTM section of the tutorial the PR names, tutorials/ionmobility/meier-tims-ccs.ipynb
("Predicting CCS values for TIMS data", ProteomicsML), read in the repository's newest snapshot.
What the post shows: "While going through the tutorial, I got LSTM network returning constantly 0 for all
peptides in validation set. The reason seems to be using ReLU activation at the final linear layer. In case
of unlucky initialization the (pre-ReLU) output of the final linear layer can be always or almost always
negative vanishing the gradient during the backpropagation. This pull request fixes that.
`tutorials/ionmobility/meier-tims-ccs.ipynb` also looks like need to be fixed." The tutorial's model: a
one-hot peptide matrix through Bidirectional(LSTM) x2, the charge through Dense(5, relu), concatenated, then
Dense(64, relu) -> Dense(32, relu) -> Dense(1, activation="relu"), Adam, mean squared error on CCS values
(~300-1100 A^2).
Fix from the PR: the final regression layer without the ReLU (a linear Dense(1)).
Labels: the ReLU output unit is dead (constant-0 predictions).
Port to Keras 3: the notebook's download of the Meier et al. CCS table (pd.read_csv of a URL, ~718,000
peptides) replaced by 4000 synthetic peptides (random residues, length 7-30, charge 2/3/4, CCS growing with
the summed residue volume and the charge, 300-1100 A^2); pandas (not installed here) replaced by numpy arrays
(ccs_df_train.loc[:, "Charge"] -> charge_train, ...), so the sequence-cleaning and the count-based
linear/RF/XGBoost sections before the LSTM are dropped; the 90/10 split kept (random.seed(42)); the
`if len(ccs_df.index) < 1e4` branch is evaluated on the full data set's size, so the settings the tutorial
uses for the Meier data are kept (epochs=10, num_lstm=64, batch_size=128); tensorflow.keras imports ->
keras; NanWatch callback; verbose=0; seeds. The model cell is as written.
Did not reproduce with this seed: the output unit's pre-activation stayed positive ("unlucky
initialization" did not happen), so the buggy and fixed runs train alike (final loss 24091 buggy vs 24081
fixed; the buggy predictions all lie between 440 and 461, near the mean CCS: in 10 epochs neither twin gets
much past predicting the mean of the unscaled targets). Kept as it is, not re-seeded.
"""
import random
import sys

import numpy as np
import keras
from keras.layers import Dense, concatenate, Input, Bidirectional, LSTM
from keras.models import Model
from tb_nanwatch import NanWatch

FAULTS = ("relu_output_dead",)
FIX = [('c = Dense(1, activation="relu")(c)', 'c = Dense(1)(c)')]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

vol_dict = {
    "A": 88.6,
    "B": 0.0,
    "C": 108.5,
    "D": 111.1,
    "E": 138.4,
    "F": 189.9,
    "G": 60.1,
    "H": 153.2,
    "I": 166.7,
    "J": 0.0,
    "K": 168.6,
    "L": 166.7,
    "M": 162.9,
    "N": 114.1,
    "O": 0.0,
    "P": 112.7,
    "Q": 143.8,
    "R": 173.4,
    "S": 89.0,
    "T": 116.1,
    "V": 140,
    "W": 227.8,
    "X": 0.0,
    "Y": 193.6,
}


aa_to_pos = dict(zip(vol_dict.keys(), range(len(vol_dict.keys()))))

# port: synthetic stand-in for the Meier et al. table (sequence, Charge, CCS)
n_peptides = 4000
standard = list("ACDEFGHIKLMNPQRSTVWY")
charge = rng.choice([2, 3, 4], n_peptides, p=[0.6, 0.3, 0.1])
lengths = np.clip(rng.integers(7, 22, n_peptides) + 4 * (charge - 2), 7, 30)
sequence = np.array(["".join(rng.choice(standard, L)) for L in lengths])
vol_sum = np.array([sum(vol_dict[a] for a in s) for s in sequence])
ccs = (2.2 + 0.55 * (charge - 2)) * vol_sum ** (2 / 3) + 40 * (charge - 2) + rng.normal(0, 12, n_peptides)

# Get all the index identifiers
all_idx = list(range(n_peptides))
random.seed(42)

# Shuffle the index identifiers so we can randomly split them in a testing and training set
random.shuffle(all_idx)

# Select 90 % for training and the remaining 10 % for testing
train_idx = all_idx[0 : int(len(all_idx) * 0.9)]
test_idx = all_idx[int(len(all_idx) * 0.9) :]

seq_train, charge_train, ccs_train = sequence[train_idx], charge[train_idx], ccs[train_idx]
seq_test, charge_test, ccs_test = sequence[test_idx], charge[test_idx], ccs[test_idx]


def aa_seq_to_one_hot(seq, padding_length=60):
    # Although padding is not needed for an LSTM, we might need it if we for example apply a CNN
    # Calculate how much padding is needed
    seq_len = len(seq)
    if seq_len > padding_length:
        seq = seq[0:padding_length]
        seq_len = len(seq)

    # Add padding for peptides that are too short
    padding = "".join(["X"] * (padding_length - len(seq)))
    seq = seq + padding

    # Initialize all feature matrix
    matrix_hc = np.zeros((len(aa_to_pos.keys()), len(seq)), dtype=np.int8)

    # Fill the one-hot matrix, when we encounter an 'X' it should be the end of the sequence
    for idx, aa in enumerate(seq):
        if aa == "X":
            break
        matrix_hc[aa_to_pos[aa], idx] = 1

    return matrix_hc


# Calculate the one-hot matrices and stack them
# Result is a 3D matrix where the first dimension is each peptide, and then the last two dims are the one-hot matrix
one_hot_encoded_train = np.stack([aa_seq_to_one_hot(s) for s in seq_train])
one_hot_encoded_test = np.stack([aa_seq_to_one_hot(s) for s in seq_test])

if 718917 < 1e4:  # port: len(ccs_df.index) of the tutorial's Meier table
    epochs = 100
    num_lstm = 12
    batch_size = 128
else:
    batch_size = 1024
    epochs = 10
    num_lstm = 64

batch_size = 128
v_split = 0.1
optimizer = "adam"
loss = "mean_squared_error"

# The architecture chosen consists of two inputs: (1) the one-hot matrix and (2) the charge
# The first part is a biderectional LSTM (a), in paralel we have dense layers containing the charge (b)
# Both a and b are concatenated to go through several dense layers (c)
input_a = Input(shape=(None, one_hot_encoded_train.shape[2]))
a = Bidirectional(LSTM(num_lstm, return_sequences=True))(input_a)
a = Bidirectional(LSTM(num_lstm))(a)
a = Model(inputs=input_a, outputs=a)

input_b = Input(shape=(1,))
b = Dense(5, activation="relu")(input_b)
b = Model(inputs=input_b, outputs=b)

c = concatenate([a.output, b.output], axis=-1)

c = Dense(64, activation="relu")(c)
c = Dense(32, activation="relu")(c)
c = Dense(1, activation="relu")(c)

# Create the model with specified inputs and outputs
model = Model(inputs=[a.input, b.input], outputs=c)

model.compile(optimizer=optimizer, loss=loss)

# Fit the model on the training data
history = model.fit(
    (one_hot_encoded_train, charge_train),
    ccs_train,
    epochs=epochs,
    batch_size=batch_size,
    validation_split=v_split, callbacks=[NanWatch(log_dir)], verbose=0,
)

# Predict CCS values test set
predictions = model.predict((one_hot_encoded_test, charge_test), verbose=0)[:, 0]
are = abs(predictions - ccs_test) / ccs_test
print("test MARE %:", round(float(np.mean(are) * 100), 3), "predictions range:", predictions.min(), predictions.max())
print("final loss:", history.history["loss"][-1], "mean(ccs^2):", float(np.mean(ccs_train ** 2)))
