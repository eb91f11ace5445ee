"""Adding more layers made my network worse: 10 sigmoid layers stuck at 50%

Classifying points from a 20-feature table. With 2 layers I got 85%, so I used 10 hidden
sigmoid layers to get more. Now the loss sits at 0.693 and accuracy is 0.5.
"""
import sys
import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Input
from tb_nanwatch import NanWatch

FAULTS = ("vanishing_gradients", "model_too_deep")
FIX = [("model.add(Dense(64, activation='sigmoid'))", "model.add(Dense(64, activation='relu'))")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(83)

rng = np.random.default_rng(83)
n = 4000
X = rng.normal(size=(n, 20)).astype('float32')
y = ((X[:, 0] * X[:, 1] > 0) ^ (X[:, 2] + X[:, 3] > 0.5)).astype('float32')

model = Sequential()
model.add(Input(shape=(20,)))
for i in range(10):
    model.add(Dense(64, activation='sigmoid'))
model.add(Dense(1, activation='sigmoid'))
model.compile(loss='binary_crossentropy', optimizer=keras.optimizers.SGD(learning_rate=0.05), metrics=['accuracy'])
history = model.fit(X, y, epochs=20, batch_size=32, callbacks=[NanWatch(log_dir)], verbose=2)
print("final loss:", history.history['loss'][-1], "accuracy:", history.history['accuracy'][-1])
