"""A Korean TensorFlow book's cats-vs-dogs CNN: `Dense(1, activation='sigmoid')` compiled with
`BinaryCrossentropy(from_logits=True)`; a reader asks about the warning "`binary_crossentropy` received
`from_logits=True`, but the `output` argument was produced by a sigmoid or softmax activation and thus does not
represent logits" and the book's author answers that the sigmoid should not have been there
(lovedlim/tensorflow issue #2)

Source: https://github.com/lovedlim/tensorflow/issues/2 ("4.5 개/고양이 분류에서 from_logits 관련 Warning",
  closed), the book's companion repository; the program is the repository's notebook
  "Part 4/4.4_cats_and_dogs_data_processing.ipynb", read in a fetched snapshot of lovedlim/tensorflow, commit
  6acc65f8aaf63905884d7ab78fb06f854f341c7c (the first training cell, "Augmentation 미적용").
The program: ImageDataGenerator(rescale=1/255.) over the Kaggle cats-and-dogs folders (8005 training images,
2023 test images, target_size=(224, 224), class_mode='binary', batch_size=32); a Sequential of three
[BatchNormalization, Conv2D(32/64/128, 3x3, relu), MaxPooling2D] blocks, Flatten, Dense(256, relu),
Dropout(0.3), Dense(1, activation='sigmoid'); compile(Adam(lr=0.001),
loss=BinaryCrossentropy(from_logits=True), metrics=['accuracy']); fit(train_gen, validation_data=valid_gen,
epochs=20).
The reader (Haebuk): "from_logits=True ... 실제로 돌리면 아래와 같은 경고가 나타납니다: UserWarning:
"`binary_crossentropy` received `from_logits=True`, but the `output` argument was produced by a sigmoid or
softmax activation and thus does not represent logits. Was this intended?"" The book's author (tsdata, "저자
오승환입니다") answers: "BinaryCrossentropy 함수에 from_logits=True를 설정하면 ... 마지막 출력층에 sigmoid
활성화함수를 지정하지 않았어야 하는데, 오류가 있는 점을 양해 부탁 드립니다 ... 요약하자면, 마지막 출력층에
sigmoid나 softmax를 설정하는 경우에는 from_logits=False로 지정하는 것이 맞습니다." (with from_logits=True the
last layer should not have had a sigmoid, sorry for the error; in short, with a sigmoid or softmax output layer,
from_logits=False is right).
Fix from the source: keep the sigmoid output and use from_logits=False; the fixed twin changes only that flag.
Labels: output activation does not fit the loss (a sigmoid output fed to a from_logits=True loss: the sigmoid is
applied twice, so every predicted probability lies in (0.5, 0.73) and the loss cannot fall below about
0.5 * ln 2 + 0.5 * -ln(0.731) = 0.50).
Port to Keras 3: `tf.keras` -> `keras`, `tf.optimizers.Adam(lr=0.001)` -> `keras.optimizers.Adam(learning_rate=
0.001)`; the Google-Drive mount, the zip extraction, the sample-image plot and the plotting helper dropped;
ImageDataGenerator/flow_from_directory (no image folders here) replaced by synthetic uint8 images rescaled by
1/255 and fed as arrays with batch_size=32, the same rescale and batch size; the dataset cut from 8005/2023
images of 224x224 to 480/128 images of 64x64 (a 224x224 epoch takes minutes on this 2-core CPU), so the
Flatten feeds 8*8*128 features instead of 28*28*128; the 20 epochs kept (15 updates each, 300 in all).
Synthetic data: uniform noise images; "dogs" (label 1) get a brighter red channel in the upper half and
"cats" (label 0) a brighter blue channel in the lower half, a signal the CNN can learn; labels balanced.
keras.utils.set_random_seed(0); NanWatch callback; verbose=0 and the epoch losses printed.
Verification (Keras's own epoch losses, one run each; constant predictor: ln 2 = 0.693 for the balanced
labels): does NOT reproduce the loss floor in Keras 3. Keras 3 still prints the reader's warning ("received
`from_logits=True`, but the `output` argument was produced by a Sigmoid activation ..."), but its
binary cross-entropy then takes the cached logits of the sigmoid output instead of applying a second sigmoid,
so the buggy run trains normally: losses 1.5, 2.3e-08, 1.3e-09, ... 5.3e-10 (final 5.3e-10), accuracy 1.0 from
epoch 2. The fixed twin (from_logits=False) gives the identical curve (1.5, 2.3e-08, ... final 5.3e-10); the
synthetic task is easy. Kept as the corpus keeps cv_softmax_one_unit_majority_bits: the label is what the
book's author names, and the thread's own symptom (the warning) is still printed; in the Keras/TF versions
without the cached-logits path the sigmoid is applied twice and every probability lies in (0.5, 0.73).
~45 s per run here.
"""
import sys

import numpy as np
import keras
from tb_nanwatch import NanWatch

FAULTS = ("output_activation_loss",)
FIX = [("loss=keras.losses.BinaryCrossentropy(from_logits=True),",
        "loss=keras.losses.BinaryCrossentropy(from_logits=False),")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)


# port: synthetic stand-in for the cats-and-dogs folders (uint8 pixels, rescale=1/255. as the generator did)
def synthetic_images(n, size=64):
    rng = np.random.default_rng(len(str(n)) + n)
    x = rng.integers(0, 200, size=(n, size, size, 3)).astype("float32")
    y = (np.arange(n) % 2).astype("float32")
    rng.shuffle(y)
    half = size // 2
    x[y == 1, :half, :, 0] += 55   # dogs: brighter red, upper half
    x[y == 0, half:, :, 2] += 55   # cats: brighter blue, lower half
    return x.astype("uint8") * (1 / 255.), y


train_x, train_y = synthetic_images(480)
valid_x, valid_y = synthetic_images(128)


# Sequential API를 사용하여 샘플 모델 생성

def build_model():

    model = keras.Sequential([
        keras.Input(shape=(64, 64, 3)),  # port: the generator's target_size (cut from 224)

        # Convolution 층
        keras.layers.BatchNormalization(),
        keras.layers.Conv2D(32, (3, 3), padding='same', activation='relu'),
        keras.layers.MaxPooling2D((2, 2)),

        keras.layers.BatchNormalization(),
        keras.layers.Conv2D(64, (3, 3), padding='same', activation='relu'),
        keras.layers.MaxPooling2D((2, 2)),

        keras.layers.BatchNormalization(),
        keras.layers.Conv2D(128, (3, 3), padding='same', activation='relu'),
        keras.layers.MaxPooling2D((2, 2)),

        # Classifier 출력층
        keras.layers.Flatten(),
        keras.layers.Dense(256, activation='relu'),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(1, activation='sigmoid'),
    ])

    return model

model = build_model()

# 모델 컴파일
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
              loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=['accuracy'])

# 모델 훈련
history = model.fit(train_x, train_y, batch_size=32, validation_data=(valid_x, valid_y), epochs=20,
                    verbose=0, callbacks=[NanWatch(log_dir)])
print("losses per epoch:", [float("%.4g" % v) for v in history.history["loss"]])
print("accuracy per epoch:", [float("%.3g" % v) for v in history.history["accuracy"]])
print("val_loss per epoch:", [float("%.4g" % v) for v in history.history["val_loss"]])
print("final loss:", history.history["loss"][-1], "(constant predictor: ln 2 = %.3f)" % np.log(2))
