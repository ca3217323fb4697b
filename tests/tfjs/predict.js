// Loads a layers model folder with tf.loadLayersModel (strict: every weight must be set) and predicts.
//   node predict.js job.json
//   job.json: {"model": folder, "rows": n, "inputs": [x0.bin, …], "outputs": [y0.bin, …]}
// Each input file holds rows × (the model input's shape without batch) float32 values; one file per output.
'use strict';
const fs = require('fs');
const {tf, fileLoader, readTensor, writeTensor} = require('./tfjs_io');

(async () => {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const model = await tf.loadLayersModel(fileLoader(job.model), {strict: true});
  const xs = model.inputs.map((input, i) => readTensor(job.inputs[i], [job.rows, ...input.shape.slice(1)]));
  let ys = model.predict(xs.length === 1 ? xs[0] : xs);
  ys = Array.isArray(ys) ? ys : [ys];
  if (ys.length !== job.outputs.length) {
    throw new Error(`the model has ${ys.length} outputs, the job names ${job.outputs.length} files`);
  }
  ys.forEach((y, i) => writeTensor(job.outputs[i], y));
})().catch(e => { console.error(e.stack || e.message); process.exit(1); });
