// File-system IO for TensorFlow.js layers models under Node with the pure-JavaScript @tensorflow/tfjs
// (which has no file:// handler; that lives in the native tfjs-node). Reads and writes the folder layout
// the tensorflowjs converter uses: model.json + group1-shard<i>of<n>.bin, shards of at most 4 MiB.
'use strict';
const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs');

const SHARD_BYTES = 4 * 1024 * 1024;

/** An IOHandler whose load() reads model.json and every shard its weightsManifest lists, concatenated per group. */
function fileLoader(dir) {
  return {
    load: async () => {
      const modelJSON = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'));
      return tf.io.getModelArtifactsForJSON(modelJSON, async manifest => {
        const specs = [];
        const buffers = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const p of group.paths) {
            const b = fs.readFileSync(path.join(dir, p));
            buffers.push(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
          }
        }
        return [specs, tf.io.concatenateArrayBuffers(buffers)];
      });
    },
  };
}

/** An IOHandler whose save() writes model.json and the weights cut into 4 MiB shards, as the converter does. */
function fileSaver(dir) {
  return tf.io.withSaveHandler(async artifacts => {
    fs.mkdirSync(dir, {recursive: true});
    const data = Buffer.from(new tf.io.CompositeArrayBuffer(artifacts.weightData).slice());
    const count = Math.max(1, Math.ceil(data.length / SHARD_BYTES));
    const paths = [];
    for (let i = 0; i < count; i++) {
      const name = `group1-shard${i + 1}of${count}.bin`;
      fs.writeFileSync(path.join(dir, name), data.subarray(i * SHARD_BYTES, Math.min(data.length, (i + 1) * SHARD_BYTES)));
      paths.push(name);
    }
    const modelJSON = {
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy,
      modelTopology: artifacts.modelTopology,
      weightsManifest: [{paths, weights: artifacts.weightSpecs}],
    };
    fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(modelJSON));
    return {modelArtifactsInfo: {dateSaved: new Date(), modelTopologyType: 'JSON'}};
  });
}

/** Reads a little-endian float32 file as a tensor of the given shape. */
function readTensor(file, shape) {
  const b = fs.readFileSync(file);
  return tf.tensor(new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)), shape, 'float32');
}

/** Writes a tensor as little-endian float32 (Node runs on little-endian hosts; checked below). */
function writeTensor(file, tensor) {
  fs.writeFileSync(file, Buffer.from(tensor.dataSync().buffer));
}

if (new Uint8Array(new Float32Array([1]).buffer)[3] !== 0x3f) {
  throw new Error('this host is big-endian; the .bin files are little-endian');
}

module.exports = {tf, fileLoader, fileSaver, readTensor, writeTensor};
