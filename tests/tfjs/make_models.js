// Builds, trains (a few steps, so the weights are not their initial values) and saves TensorFlow.js models
// for the import tests, with 1,024 rows of inputs and tfjs' own predictions on them: a dense Sequential, a
// functional model with merges, a convolution net (2-D and 1-D convolutions, pooling, padding, cropping,
// upsampling, reshaping; no dilation, which tfjs cannot train) and a recurrent net (a masking Embedding, Bidirectional LSTM and GRU, TimeDistributed,
// SimpleRNN read backwards, GRU). Recurrent gates use sigmoid: tfjs' default hard_sigmoid is Keras 2's.
//   node make_models.js outDir
// writes outDir/<name>/ (model.json + shards) and outDir/<name>-data/ (meta.json, x<i>.bin, y<i>.bin).
'use strict';
const fs = require('fs');
const path = require('path');
const {tf, fileSaver, writeTensor} = require('./tfjs_io');

const ROWS = 1024;
let state = 12345;
/** Uniform numbers in [-2, 2) from a fixed linear congruential generator, so every run writes the same data. */
function uniform(shape) {
  const n = shape.reduce((a, b) => a * b, 1);
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    v[i] = (state / 4294967296) * 4 - 2;
  }
  return tf.tensor(v, shape);
}

/** Rows of token indices in [1, n) followed by zero padding (each row at least one token long). */
function indices(rows, steps, n) {
  const v = new Float32Array(rows * steps);
  for (let r = 0; r < rows; r++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const length = 1 + Math.floor((state / 4294967296) * steps);
    for (let t = 0; t < length; t++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      v[r * steps + t] = 1 + Math.floor((state / 4294967296) * (n - 1));
    }
  }
  return tf.tensor(v, [rows, steps]);
}

const init = seed => tf.initializers.glorotUniform({seed});

function sequentialModel() {
  const m = tf.sequential({name: 'tfjs_sequential'});
  m.add(tf.layers.dense({units: 16, inputShape: [6], activation: 'relu', kernelInitializer: init(1), name: 'hidden_relu'}));
  m.add(tf.layers.batchNormalization({}));
  m.add(tf.layers.dense({units: 12, activation: 'tanh', kernelInitializer: init(2)}));
  m.add(tf.layers.dropout({rate: 0.2}));
  m.add(tf.layers.layerNormalization({}));
  m.add(tf.layers.dense({units: 10, activation: 'elu', kernelInitializer: init(3)}));
  m.add(tf.layers.leakyReLU({alpha: 0.1}));
  m.add(tf.layers.dense({units: 8, activation: 'selu', kernelInitializer: init(4)}));
  m.add(tf.layers.gaussianNoise({stddev: 0.1}));
  m.add(tf.layers.dense({units: 8, activation: 'softplus', kernelInitializer: init(5)}));
  m.add(tf.layers.activation({activation: 'softsign'}));
  m.add(tf.layers.dense({units: 8, activation: 'swish', kernelInitializer: init(6)}));
  m.add(tf.layers.dense({units: 6, activation: 'gelu', kernelInitializer: init(7), kernelRegularizer: tf.regularizers.l2({l2: 1e-3})}));
  m.add(tf.layers.elu({}));
  m.add(tf.layers.dense({units: 4, activation: 'sigmoid', kernelInitializer: init(8)}));
  m.add(tf.layers.dense({units: 3, activation: 'softmax', kernelInitializer: init(9)}));
  m.compile({optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy'});
  const x = uniform([256, 6]);
  const y = tf.oneHot(tf.argMax(x.slice([0, 0], [256, 3]), 1), 3).toFloat();
  return {model: m, train: () => m.fit(x, y, {epochs: 3, batchSize: 32, shuffle: false, verbose: 0}), inputs: [[6]]};
}

function functionalModel() {
  const a = tf.input({shape: [5], name: 'features'});
  const b = tf.input({shape: [2, 3], name: 'grid'});
  const fb = tf.layers.flatten({name: 'flat'}).apply(b);
  const da = tf.layers.dense({units: 8, activation: 'tanh', kernelInitializer: init(11)}).apply(a);
  const db = tf.layers.dense({units: 8, activation: 'relu', kernelInitializer: init(12)}).apply(fb);
  const sum = tf.layers.add().apply([da, db]);
  const prod = tf.layers.multiply().apply([da, db]);
  const mean = tf.layers.average().apply([da, db, sum]);
  const max = tf.layers.maximum().apply([da, db]);
  const cat = tf.layers.concatenate({name: 'joined'}).apply([sum, prod, fb]);
  const h = tf.layers.batchNormalization({name: 'norm'}).apply(cat);
  const regression = tf.layers.dense({units: 2, kernelInitializer: init(13), name: 'regression'}).apply(h);
  const g = tf.layers.layerNormalization({name: 'ln'}).apply(tf.layers.concatenate().apply([mean, max]));
  const s = tf.layers.softmax({name: 'soft'}).apply(tf.layers.dense({units: 4, kernelInitializer: init(14)}).apply(g));
  const probability = tf.layers.dense({units: 1, activation: 'sigmoid', kernelInitializer: init(15), name: 'probability'}).apply(s);
  const m = tf.model({inputs: [a, b], outputs: [regression, probability], name: 'tfjs_functional'});
  m.compile({optimizer: tf.train.adam(0.01), loss: ['meanSquaredError', 'binaryCrossentropy']});
  const xa = uniform([256, 5]);
  const xb = uniform([256, 2, 3]);
  const yr = xa.slice([0, 0], [256, 2]).add(xb.reshape([256, 6]).slice([0, 0], [256, 2]));
  const yp = xa.slice([0, 2], [256, 1]).greater(0).toFloat();
  return {model: m, train: () => m.fit([xa, xb], [yr, yp], {epochs: 3, batchSize: 32, shuffle: false, verbose: 0}), inputs: [[5], [2, 3]]};
}

const bias = seed => tf.initializers.randomNormal({stddev: 0.3, seed});

function convModel() {
  const m = tf.sequential({name: 'tfjs_conv'});
  m.add(tf.layers.conv2d({filters: 4, kernelSize: 3, padding: 'same', activation: 'relu', inputShape: [10, 10, 2], biasInitializer: bias(21), name: 'conv'}));
  m.add(tf.layers.maxPooling2d({poolSize: 2}));
  m.add(tf.layers.zeroPadding2d({padding: [[1, 0], [0, 1]]}));
  m.add(tf.layers.conv2dTranspose({filters: 3, kernelSize: 3, strides: 2, padding: 'same', biasInitializer: bias(22)}));
  m.add(tf.layers.cropping2D({cropping: [[1, 1], [2, 0]]}));
  m.add(tf.layers.upSampling2d({size: [2, 2]}));
  m.add(tf.layers.averagePooling2d({poolSize: 3, strides: 2, padding: 'same'}));
  m.add(tf.layers.conv2d({filters: 3, kernelSize: 3, activation: 'tanh', biasInitializer: bias(23)}));
  m.add(tf.layers.reshape({targetShape: [-1, 3]}));
  m.add(tf.layers.conv1d({filters: 4, kernelSize: 3, padding: 'same', activation: 'sigmoid', biasInitializer: bias(24)}));
  m.add(tf.layers.maxPooling1d({poolSize: 2}));
  m.add(tf.layers.averagePooling1d({poolSize: 2}));
  m.add(tf.layers.globalAveragePooling1d({}));
  m.add(tf.layers.dense({units: 6, activation: 'relu', kernelInitializer: init(25)}));
  m.add(tf.layers.repeatVector({n: 2}));
  m.add(tf.layers.permute({dims: [2, 1]}));
  m.add(tf.layers.globalMaxPooling1d({}));
  m.add(tf.layers.dense({units: 2, kernelInitializer: init(26)}));
  m.compile({optimizer: tf.train.adam(0.01), loss: 'meanSquaredError'});
  const x = uniform([64, 10, 10, 2]);
  const y = uniform([64, 2]);
  return {model: m, train: () => m.fit(x, y, {epochs: 2, batchSize: 32, shuffle: false, verbose: 0}), inputs: [[10, 10, 2]]};
}

function recurrentModel() {
  const sigmoid = 'sigmoid';
  const m = tf.sequential({name: 'tfjs_recurrent'});
  m.add(tf.layers.embedding({inputDim: 15, outputDim: 5, maskZero: true, inputShape: [8], name: 'tokens'}));
  m.add(tf.layers.bidirectional({layer: tf.layers.lstm({units: 6, returnSequences: true, recurrentActivation: sigmoid, biasInitializer: bias(31)})}));
  m.add(tf.layers.timeDistributed({layer: tf.layers.dense({units: 4, activation: 'tanh', biasInitializer: bias(32)})}));
  m.add(tf.layers.bidirectional({layer: tf.layers.gru({units: 4, returnSequences: true, recurrentActivation: sigmoid, biasInitializer: bias(33)}), mergeMode: 'ave'}));
  m.add(tf.layers.simpleRNN({units: 3, returnSequences: true, goBackwards: true, biasInitializer: bias(34)}));
  m.add(tf.layers.gru({units: 4, recurrentActivation: sigmoid, biasInitializer: bias(35)}));
  m.add(tf.layers.dense({units: 3, activation: 'softmax', kernelInitializer: init(36)}));
  m.compile({optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy'});
  const x = indices(64, 8, 15);
  const y = tf.oneHot(tf.cast(tf.mod(x.slice([0, 0], [64, 1]).reshape([64]), 3), 'int32'), 3).toFloat();
  return {model: m, train: () => m.fit(x, y, {epochs: 2, batchSize: 32, shuffle: false, verbose: 0}), inputs: [[8]], tokens: 15};
}

(async () => {
  const out = process.argv[2];
  const models = [['sequential', sequentialModel], ['functional', functionalModel], ['conv', convModel], ['recurrent', recurrentModel]];
  for (const [name, make] of models) {
    const {model, train, inputs, tokens} = make();
    await train();
    await model.save(fileSaver(path.join(out, name)));
    const data = path.join(out, `${name}-data`);
    fs.mkdirSync(data, {recursive: true});
    const xs = inputs.map(shape => tokens ? indices(ROWS, shape[0], tokens) : uniform([ROWS, ...shape]));
    let ys = model.predict(xs.length === 1 ? xs[0] : xs);
    ys = Array.isArray(ys) ? ys : [ys];
    xs.forEach((x, i) => writeTensor(path.join(data, `x${i}.bin`), x));
    ys.forEach((y, i) => writeTensor(path.join(data, `y${i}.bin`), y));
    fs.writeFileSync(path.join(data, 'meta.json'), JSON.stringify({rows: ROWS, inputs: xs.map(x => x.shape), outputs: ys.map(y => y.shape)}));
  }
})().catch(e => { console.error(e.stack || e.message); process.exit(1); });
