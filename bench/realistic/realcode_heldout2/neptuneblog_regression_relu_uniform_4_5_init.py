"""Vanishing and Exploding Gradients in Neural Network Models (neptune.ai blog): the exploding-gradients baseline,
a Dense(35, relu) regression net whose kernel is initialised with RandomUniform(4, 5), trained with plain SGD on
make_regression data ("Relu_Raw"), against its Glorot-initialised fix

Source: "Vanishing and Exploding Gradients in Neural Network Models: Debugging, Monitoring, and Fixing", neptune.ai
  blog, https://neptune.ai/blog/vanishing-and-exploding-gradients-debugging-monitoring-fixing (by Kat Li, the
  author of the companion script below; the stored page does not show its byline)
  (the stored copy of the page, also mirrored at devarena.ml, holds only the article's introduction: "When you
  train your model for a while and the performance doesn't seem to get better, chances are your model is
  suffering from either vanishing or exploding gradients."). The code is the article's companion script, read in
  the stored files of the author's repository YiLi225/NeptuneBlogs (whose README calls it "working code for my
  Neptune.ai blogs"), GradientsIssuesNeptune.py at commit 18464fd67afa4d8062f2e84cb7d911dc1a6fa43c (header
  "Neptune-- Gradients Problems", author Kat Li); its section "Exploding Gradients".
The program: the script's second half. X, y = make_regression(n_samples=1500, n_features=15, noise=0.2,
random_state=42) (targets with standard deviation ~175, unscaled); regressionModel(): Input(15) -> Dense(35,
activation=relu, kernel_initializer=curInitializer) -> Dense(1, linear); for MODELNAME 'expReluBaseline' (name
'Relu_Raw', Neptune tags 'explodingGradients', 'relu'): SGD() (learning rate 0.01) and "#### ! Uniform init"
curInitializer = RandomUniform(4,5); fitModel(): a tf.GradientTape loop over the shuffled data in batches of 32
for n_epochs epochs, MeanSquaredError, optimizer.apply_gradients, logging the batch-5 gradients, weights and loss
of each epoch to Neptune. The baseline's comment lists the remedies the script then tries: "### (1) change weight
initi; 2) L2 norm; 3) gradients clipping", each its own MODELNAME: 'expGlorotInit' ("#### ! Glorot init",
glorot_normal with a tanh hidden layer), 'expL2Reg' (glorot_normal, tanh, L2 kernel and activity
regularisation) and 'expGradClip' (glorot_normal, SGD(clipvalue=50)).
Fix from the source: the script's first remedy, MODELNAME = 'expGlorotInit' (glorot_normal kernel, tanh hidden
activation, the same SGD); the fixed twin changes only the MODELNAME line, so it runs the script's own branch.
Labels: weight initialisation (kernel weights all in [4, 5] on a 15-input layer: every hidden unit starts at
hundreds, so the first SGD steps are huge) and the exploding gradients the section is about.
Port to Keras 3: sklearn is not installed here: make_regression written in numpy after sklearn's algorithm
(standard normal inputs, 10 informative features with coefficients 100 * U(0, 1), Gaussian noise of 0.2, then
shuffled) with the same random_state; the Neptune project, runs, callback, uploads and plots dropped (npt_exp is
None; getBatchGradWgts, which only logs, dropped); the vanishing-gradients half of the script (make_moons
sigmoid models) not ported; `tensorflow.keras` imports -> `keras`; the loop body's GradientTape step moved into a
function run as NanWatch's watched step (watch.attach / @watch.train_step, returning the batch loss), the model
and optimizer unchanged; the per-epoch print dropped and each epoch's mean batch loss recorded (in gradHist)
with the first six batch losses; n_epochs cut from 100 to 20 (940 updates instead of 4,700) to run here: the
baseline is NaN from its fifth update and the fix has learned most of the way by epoch 20; seeds.
Verification (the loop's batch losses and their epoch means, one run each; constant predictor: the variance of
y, MSE 30,776): reproduces: the baseline's first six batch losses are 24,340, 2.26e6, 3.14e10, 5.92e23, inf, nan,
and every epoch's mean loss after that is nan (final nan). The fixed twin (glorot_normal, tanh) starts at the
same level (23,200, 22,310, 33,740, 17,910, ...) and falls steadily: epoch means 5,157, 2,112, 1,941, 1,606, ...
920.5 (epoch 11), ... 629.5 (final, 2% of the constant predictor's MSE). ~52 s (buggy) and ~44 s (twin) per run
here (35-52 s and 30-44 s over two runs each, under the machine's varying load).
"""
import sys

import numpy as np
import tensorflow as tf
import keras
from keras.layers import Dense, Input
from keras.initializers import RandomUniform
from keras import regularizers
from keras.models import Model
from tb_nanwatch import NanWatch

FAULTS = ("weight_init", "exploding_gradients")
FIX = [("MODELNAME = 'expReluBaseline'", "MODELNAME = 'expGlorotInit'")]

log_dir = sys.argv[1]
keras.utils.set_random_seed(0)

tf.random.set_seed(42)
np.random.seed(42) 
CUR_SEED = 42

batch_size, n_epochs = 32, 20  # port: 100 in the script (see the docstring)
first_batch_losses = []  # port


def make_regression(n_samples, n_features, noise, random_state, n_informative=10):
    # port: sklearn.datasets.make_regression written in numpy (same algorithm: standard normal X, 10 informative
    # features with coefficients 100 * U(0, 1), bias 0, Gaussian noise; shuffled)
    generator = np.random.RandomState(random_state)
    X = generator.standard_normal(size=(n_samples, n_features))
    ground_truth = np.zeros((n_features, 1))
    ground_truth[:n_informative, :] = 100 * generator.uniform(size=(n_informative, 1))
    y = np.dot(X, ground_truth)
    y += generator.normal(scale=noise, size=y.shape)
    indices = np.arange(n_samples)
    generator.shuffle(indices)
    X, y = X[indices], y[indices]
    indices = np.arange(n_features)
    generator.shuffle(indices)
    X[:, :] = X[:, indices]
    return X.astype("float32"), np.squeeze(y).astype("float32")


##Run model based on batch, and then calculate batch gradients/weights               
def fitModel(X, y, model, optimizer, 
              n_epochs=n_epochs, curBatch_size=batch_size, 
              modelType = 'binary', ## regression
              npt_exp=None):
    
    if modelType == 'binary':
        lossFunc = tf.keras.losses.BinaryCrossentropy()
    elif modelType == 'regression':
        lossFunc = tf.keras.losses.MeanSquaredError()
        
    subData = tf.data.Dataset.from_tensor_slices((X, y))
    subData = subData.shuffle(buffer_size=42).batch(curBatch_size)
   
    gradHist, lossHist, wgtsHist = [], [], []                    
    watch = NanWatch(log_dir).attach(model, optimizer, loss=lossFunc)  # port

    @watch.train_step  # port: the loop body's GradientTape step as NanWatch's watched step, returning the loss
    def train_step(x_batch, y_batch):
            with tf.GradientTape() as tape:
                ## Predict with the model and calculate loss
                yPred = model(x_batch, training=True)
                lossVal = lossFunc(y_batch, yPred)
                
            ## Calculate gradients using tape and update the weights
            grads = tape.gradient(lossVal, model.trainable_weights)
            wgts = model.trainable_weights
            optimizer.apply_gradients(zip(grads, model.trainable_weights))           
            return lossVal

    for epoch in range(n_epochs):
        # port: print(f'== Starting epoch {epoch} ==') dropped; the epoch's mean batch loss is recorded instead
        epoch_losses = []
        for step, (x_batch, y_batch) in enumerate(subData):
            lossVal = train_step(x_batch, y_batch)
            epoch_losses.append(float(lossVal))
            if epoch == 0 and step < 6:
                first_batch_losses.append(float(lossVal))  # port: recorded for the printout
            ## Save the Interation#5 from each epoch
            if step == 5:
                lossHist.append(float(lossVal))  # port: getBatchGradWgts(...) and the Neptune logging dropped
        gradHist.append(float(np.mean(epoch_losses)))  # port: holds the epoch's mean loss here
    watch.close()
    return gradHist, lossHist, wgtsHist


############==========================================#############
############====== Exploding Gradients ===============#############
############==========================================#############

MODELNAME = 'expReluBaseline'
# MODELNAME = 'expGlorotInit'
# MODELNAME = 'expL2Reg'
# MODELNAME = 'expGradClip'

# Generate regression dataset
nfeatures = 15
X, y = make_regression(n_samples=1500, n_features=nfeatures, noise=0.2, random_state=42)

# Define the regression model 
def regressionModel(X, y, curInitializer, USE_L2REG, secondLayerAct='relu'):  
    ## Construct the neural nets
    inp = Input(shape = (X.shape[1],)) 
    if USE_L2REG:
        ## need to change activation function as well
        x = Dense(35, activation='tanh', kernel_initializer=curInitializer, 
                  kernel_regularizer=regularizers.l2(0.01),
                  activity_regularizer=regularizers.l2(0.01))(inp)  
    else:
        x = Dense(35, activation=secondLayerAct, kernel_initializer=curInitializer)(inp)  
        
    out = Dense(1, activation='linear')(x)
    model = Model(inp, out)
    return model      
    
if MODELNAME == 'expReluBaseline': 
    sgd = tf.keras.optimizers.SGD()
    curOptimizer = sgd
    
    #### ! Uniform init 
    curInitializer = RandomUniform(4,5) 
    
    model = regressionModel(X, y, curInitializer, USE_L2REG=False)
    model.compile(loss='mean_squared_error', optimizer=curOptimizer, metrics=['mse'])
    
    curModelName = 'Relu_Raw'
    
elif MODELNAME == 'expGlorotInit':
    sgd = tf.keras.optimizers.SGD()
    curOptimizer = sgd
    
    #### ! Glorot init 
    curInitializer = 'glorot_normal'
    # curInitializer = 'glorot_uniform'
    
    model = regressionModel(X, y, curInitializer, USE_L2REG=False, secondLayerAct='tanh')
    model.compile(loss='mean_squared_error', optimizer=curOptimizer, metrics=['mse'])
    
    curModelName = 'GlorotInit'
    
elif MODELNAME == 'expL2Reg':
    sgd = tf.keras.optimizers.SGD()
    curOptimizer = sgd
    
    #### ! glorot init + L2 Reg
    # curInitializer = RandomUniform(4,5) 
    curInitializer = 'glorot_normal'
    model = regressionModel(X, y, curInitializer, USE_L2REG=True)
    model.compile(loss='mean_squared_error', optimizer=curOptimizer, metrics=['mse'])
    
    curModelName = 'L2Reg'
    
elif MODELNAME == 'expGradClip':    
    #### !Gradients clipping
    # sgd = tf.keras.optimizers.SGD(clipnorm=1.0)
    sgd = tf.keras.optimizers.SGD(clipvalue=50)

    curOptimizer = sgd
    
    #### ! Glorot init + L2 Reg
    # curInitializer = RandomUniform(4,5) 
    curInitializer = 'glorot_normal'

    model = regressionModel(X, y, curInitializer, USE_L2REG=False)
    model.compile(loss='mean_squared_error', optimizer=curOptimizer, metrics=['mse'])
    curModelName = 'GradClipping'    
    
## Train and Log in Neptune    
curGradHist, curLossHist, curWgtHist = fitModel(X, y, model, optimizer=curOptimizer,
                                                modelType = 'regression',
                                                npt_exp=None)  # port: npt_exp=npt_exp

print("epoch mean losses:", [float("%.4g" % v) for v in curGradHist])
print("first six batch losses:", [float("%.4g" % v) for v in first_batch_losses])
print("loss at step 5 of the first epochs:", [float("%.4g" % v) for v in curLossHist[:5]])
print("final loss:", curGradHist[-1], "(constant predictor: MSE %.1f, the variance of y)" % float(np.var(y)))
