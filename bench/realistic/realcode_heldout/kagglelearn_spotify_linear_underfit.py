"""Overfitting and Underfitting, exercise 4: a linear model on the Spotify popularity data - "it's more likely that the
network is underfitting than overfitting. It would be worth experimenting with more capacity" (Kaggle Learn, Intro
to Deep Learning)

Source: https://www.kaggle.com/code/ryanholbrook/exercise-overfitting-and-underfitting (Kaggle Learn "Intro to Deep
  Learning", lesson 4 exercise), read in a fetched snapshot of its source repository Kaggle/learntools, commit
  8a8d4450a699c864febc419fb27ec41443a5942b, files notebooks/deep_learning_intro/raw/ex4.ipynb (cells "First load the
  *Spotify* dataset", "Let's start with the simplest network, a linear model. This model has low capacity", "1)
  Evaluate Baseline", "Now let's add some capacity to our network") and learntools/deep_learning_intro/ex4.py (the
  answers of q_1 and q_2).
The program: the Spotify songs data (12 numeric audio features standardized + the one-hot playlist_genre, 18 inputs;
target track_popularity / 100), split 75/25 by artist (GroupShuffleSplit), and the exercise's baseline:
keras.Sequential([layers.Dense(1, input_shape=input_shape)]) - "the simplest network, a linear model. This model
has low capacity" - compiled with optimizer='adam', loss='mae', fit with batch_size=512, epochs=50, validation data.
q_1 ("Would you say this model is underfitting, overfitting, just right?") answers: "The gap between these curves is
quite small and the validation loss never increases, so it's more likely that the network is underfitting than
overfitting. It would be worth experimenting with more capacity to see if that's the case."
Fix from the source: "Now let's add some capacity to our network": Dense(128, relu) -> Dense(64, relu) -> Dense(1),
same compile and fit (q_2 then notes that this bigger model overfits after a few epochs, which the exercise
handles with early stopping; the fixed twin is the added-capacity model without it).
Labels: model_too_small: the source calls the linear model low-capacity and underfitting, and its fix is more
capacity. This is the mildest failure in the set: the linear model trains, it just stays well above what the
data allow.
Port to Keras 3: `from tensorflow import keras` / `from tensorflow.keras import layers` -> `import keras` /
`from keras import layers`; pandas and sklearn are not installed and the CSV is not downloaded, so spotify.csv is
replaced by 32828 synthetic songs with the real columns' scales (danceability/energy/speechiness/acousticness/
instrumentalness/liveness/valence in [0, 1], key 0-11, loudness -47..1 dB, mode 0/1, tempo ~60-210 BPM,
duration_ms ~4e4-5e5, playlist_genre one of edm/latin/pop/r&b/rap/rock, ~10700 artists) and a popularity 0-100
(mean ~42, ~8% zeros, like the real column) made from genre offsets, linear and nonlinear (threshold and
interaction) effects of the audio features and a large noise term; the nonlinear part is the port's assumption
(the real data's relation is not known here) and is what lets more capacity help; StandardScaler/OneHotEncoder/
make_column_transformer/GroupShuffleSplit written in numpy (fit on the training split as the notebook does);
`history_df = pd.DataFrame(history.history)` and the plots -> min over history.history['val_loss']; the second
plot cell ("Start the plot at epoch 10") dropped; NanWatch callback; keras.utils.set_random_seed(0); the final
losses printed.
Verification (Keras's own losses, one run each, MAE on popularity / 100; constant predictor: the mean absolute
deviation of the training targets from their median, 0.1743): the buggy linear model levels off early and stays
there: losses every 10th epoch 0.798, 0.171, 0.152, 0.152, 0.152, final 0.1521 (minimum validation loss 0.1525) -
flat from epoch ~20 on, only 13% under the constant predictor. The fixed twin (Dense(128, relu) -> Dense(64, relu)
-> Dense(1)) keeps going down: 0.176, 0.139, 0.135, 0.132, 0.131, final training loss 0.128 (minimum validation loss
0.1505; as in the source, its validation loss stops improving while the training loss falls - the overfitting the
exercise moves on to). Reproduced in the source's sense (an underfitting plateau that more capacity lowers), but
it is a mild failure and it depends on the port's assumption that the synthetic popularity has nonlinear parts.
~25-30 s per run here.
"""
import sys

import numpy as np
import keras
from keras import layers
from tb_nanwatch import NanWatch

FAULTS = ("model_too_small",)
FIX = [("""model = keras.Sequential([
    layers.Dense(1, input_shape=input_shape),
])""", """model = keras.Sequential([
    layers.Dense(128, activation='relu', input_shape=input_shape),
    layers.Dense(64, activation='relu'),
    layers.Dense(1)
])""")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

GENRES = np.array(['edm', 'latin', 'pop', 'r&b', 'rap', 'rock'])


def load_spotify():
    # port: stands in for pd.read_csv('../input/dl-course-data/spotify.csv').dropna()
    rng = np.random.RandomState(0)
    n = 32828
    d = {}
    d['danceability'] = np.clip(rng.normal(0.65, 0.145, n), 0.0, 0.98)
    d['energy'] = np.clip(rng.beta(5, 2.3, n), 0.0, 1.0)
    d['key'] = rng.randint(0, 12, n).astype(float)
    d['loudness'] = np.clip(-6.7 - rng.gamma(2.0, 1.5, n) + rng.normal(0, 1, n), -46.4, 1.3)
    d['mode'] = (rng.rand(n) < 0.57).astype(float)
    d['speechiness'] = np.clip(rng.gamma(1.3, 0.08, n), 0.0, 0.92)
    d['acousticness'] = np.clip(rng.beta(0.5, 2.5, n), 0.0, 0.99)
    d['instrumentalness'] = np.where(rng.rand(n) < 0.7, rng.uniform(0, 1e-3, n), rng.beta(0.4, 1.5, n))
    d['liveness'] = np.clip(rng.gamma(2.2, 0.085, n), 0.0, 0.996)
    d['valence'] = np.clip(rng.beta(2.5, 2.3, n), 0.0, 0.99)
    d['tempo'] = np.clip(rng.normal(121, 27, n), 57, 239)
    d['duration_ms'] = np.clip(rng.normal(225800, 59800, n), 4000, 517810)
    genre = GENRES[rng.randint(0, 6, n)]
    artist = rng.randint(0, 10700, n)
    g_off = {'edm': -8.0, 'latin': 4.0, 'pop': 6.0, 'r&b': -2.0, 'rap': 3.0, 'rock': -3.0}
    pop = (42.0 + np.array([g_off[g] for g in genre])
           + 8.0 * (d['danceability'] - 0.65) / 0.145
           - 25.0 * d['instrumentalness']
           + 30.0 * np.tanh((d['loudness'] + 7.0) / 2.0) * (d['energy'] - 0.5)        # interaction
           - 10.0 * np.abs(d['duration_ms'] - 200000) / 60000                          # peaked in duration
           + 12.0 * np.sin(d['tempo'] / 15.0) * (d['valence'] - 0.2)                   # nonlinear in tempo
           + 6.0 * np.sin(artist * 0.37)                                               # artist effect
           + rng.normal(0, 17.0, n))
    pop = np.where(rng.rand(n) < 0.08, 0.0, np.clip(np.round(pop), 0, 100))
    return d, genre, artist, pop


spotify_num, spotify_genre, artists, y = load_spotify()

features_num = ['danceability', 'energy', 'key', 'loudness', 'mode',
                'speechiness', 'acousticness', 'instrumentalness',
                'liveness', 'valence', 'tempo', 'duration_ms']
features_cat = ['playlist_genre']


# port: make_column_transformer((StandardScaler(), features_num), (OneHotEncoder(), features_cat))
class Preprocessor:
    def fit_transform(self, idx):
        Xn = np.stack([spotify_num[f][idx] for f in features_num], axis=1)
        self.mean, self.std = Xn.mean(0), Xn.std(0)
        self.cats = np.unique(spotify_genre[idx])
        return self.transform(idx)

    def transform(self, idx):
        Xn = np.stack([spotify_num[f][idx] for f in features_num], axis=1)
        onehot = (spotify_genre[idx][:, None] == self.cats[None, :]).astype(float)
        return np.concatenate([(Xn - self.mean) / self.std, onehot], axis=1)


preprocessor = Preprocessor()


# port: GroupShuffleSplit(train_size=train_size) over the artists
def group_split(y, group, train_size=0.75):
    rng = np.random.RandomState(0)
    groups = np.unique(group)
    train_groups = rng.choice(groups, int(round(train_size * len(groups))), replace=False)
    in_train = np.isin(group, train_groups)
    train, test = np.where(in_train)[0], np.where(~in_train)[0]
    return train, test, y[train], y[test]


train_idx, valid_idx, y_train, y_valid = group_split(y, artists)

X_train = preprocessor.fit_transform(train_idx)
X_valid = preprocessor.transform(valid_idx)
y_train = y_train / 100 # popularity is on a scale 0-100, so this rescales to 0-1.
y_valid = y_valid / 100

input_shape = [X_train.shape[1]]
print("Input shape: {}".format(input_shape))

model = keras.Sequential([
    layers.Dense(1, input_shape=input_shape),
])
model.compile(
    optimizer='adam',
    loss='mae',
)
history = model.fit(
    X_train, y_train,
    validation_data=(X_valid, y_valid),
    batch_size=512,
    epochs=50,
    verbose=0, # suppress output since we'll plot the curves
    callbacks=[NanWatch(log_dir)],
)
print("Minimum Validation Loss: {:0.4f}".format(min(history.history['val_loss'])))
print("losses every 10th epoch:", [round(v, 4) for v in history.history["loss"][::10]],
      "last:", history.history["loss"][-3:],
      "(constant predictor: MAE %.4f)" % float(np.mean(np.abs(y_train - np.median(y_train)))))
