"""Why does the Sigmoid activation function work, but ReLU does not? (Stack Overflow in Russian)

Source: https://ru.stackoverflow.com/ question "Почему функция активации Sigmoid работает, а ReLU нет?"
  (read at https://panteravb.com/q/why-does-the-sigmoid-activation-function-work-but-relu-does-not)
Fix from the answer: "ReLU ... is usually used for hidden layers, but not for the output layer. In your case,
you have built a binary classification model that should output the probability" (use sigmoid on the output).
Port to Keras 3: predict_classes() (removed) dropped; epochs=10000 over the 4 rows becomes epochs=40 over
the rows repeated 250 times: the same 10000 updates of batch 4 (time: Keras spends ~50-90 ms per epoch here); NanWatch callback; seeds. The data is the author's own.
"""
import sys

from keras.models import Sequential
from keras.layers import Dense
import keras
import numpy
import numpy as np
from numpy import exp, array, random, dot
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("activation='relu')) # входной", "activation='sigmoid')) # входной")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(2)

# задаем для воспроизводимости результатов
numpy.random.seed(2)

# разбиваем датасет на матрицу параметров (X) и вектор целевой переменной (Y)
X = array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]])

Y = array([[0, 1, 1, 0]]).T

# создаем модели, добавляем слои один за другим
model = Sequential()
model.add(Dense(1, input_dim=3, activation='relu')) # входной слой требует задать input_dim


# компилируем модель, используем градиентный спуск adam
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=['accuracy'])

# обучаем нейронную сеть
h = model.fit(np.repeat(X, 250, axis=0), np.repeat(Y, 250, axis=0), epochs = 40, batch_size=4, verbose=0, callbacks=[NanWatch(log_dir)])

# оцениваем результат
scores = model.evaluate(X, Y, verbose=0)
print("\n%s: %.2f%%" % (model.metrics_names[1], scores[1]*100))
pre = model.predict(array([[0, 1, 0]]), verbose=0)
print(pre)
print("final loss:", h.history['loss'][-1])
