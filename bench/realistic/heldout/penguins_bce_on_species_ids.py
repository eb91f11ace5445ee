# "3-class penguin species classifier, binary_crossentropy loss becomes negative and accuracy is garbage"
import sys

import numpy as np
import keras
from keras import layers

from tb_nanwatch import NanWatch

FAULTS = ("loss_target_mismatch",)
FIX = [("outputs = layers.Dense(1, activation='sigmoid')(x)",
        "outputs = layers.Dense(3, activation='softmax')(x)"),
       ("loss='binary_crossentropy'", "loss='sparse_categorical_crossentropy'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(11)
rng = np.random.default_rng(11)

# bill length/depth (mm), flipper length (mm), body mass (g) per species: Adelie, Chinstrap, Gentoo
means = np.array([[38.8, 18.3, 190.0, 3700.0],
                  [48.8, 18.4, 196.0, 3730.0],
                  [47.5, 15.0, 217.0, 5080.0]])
stds = np.array([[2.7, 1.2, 6.5, 460.0],
                 [3.3, 1.1, 7.1, 380.0],
                 [3.1, 1.0, 6.5, 500.0]])
species = rng.integers(0, 3, 900)
features = rng.normal(means[species], stds[species])

# standardise like sklearn's StandardScaler
features = (features - features.mean(axis=0)) / features.std(axis=0)
X = features.astype('float32')
y = species.astype('float32')          # 0 = Adelie, 1 = Chinstrap, 2 = Gentoo

inputs = keras.Input(shape=(4,))
x = layers.Dense(32, activation='relu')(inputs)
x = layers.Dense(16, activation='relu')(x)
outputs = layers.Dense(1, activation='sigmoid')(x)
model = keras.Model(inputs, outputs)

model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
history = model.fit(X, y, epochs=40, batch_size=16, validation_split=0.2,
                    callbacks=[NanWatch(log_dir)], verbose=0)
pred = model.predict(X, verbose=0)
pred_class = pred.argmax(axis=1) if pred.shape[1] > 1 else np.round(pred[:, 0] * 2)
print("accuracy of predicted species:", float((pred_class == species).mean()))
print("final loss:", history.history['loss'][-1], "val_accuracy:", history.history['val_accuracy'][-1])
