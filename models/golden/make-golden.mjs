// Runs the original .tflite models with TensorFlow Lite (its WebAssembly build) on every input
// listed in cases.json and writes each output tensor next to it as little-endian float32.
//
// usage: node make-golden.mjs TFLITE_WASM_DIR MODEL_DIR
//   TFLITE_WASM_DIR holds tflite-simd.js and tflite-simd.wasm, MODEL_DIR the .tflite files.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [wasmDir, modelDir] = process.argv.slice(2);
if (!wasmDir || !modelDir) {
  console.error('usage: node make-golden.mjs TFLITE_WASM_DIR MODEL_DIR');
  process.exit(2);
}

const createTFLite = createRequire(import.meta.url)(join(wasmDir, 'tflite-simd.js'));
const wasmBinary = readFileSync(join(wasmDir, 'tflite-simd.wasm'));

function readF32(path) {
  const bytes = readFileSync(path);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

// The runtime holds one model per instance, so each model file gets its own.
async function loadModel(file) {
  const tflite = await createTFLite({ wasmBinary });
  const model = readFileSync(join(modelDir, file));
  tflite.HEAPU8.set(model, tflite._getModelBufferMemoryOffset());
  if (tflite._loadModel(model.byteLength) !== 0) throw new Error(`${file}: loadModel failed`);
  return tflite;
}

function shapeOf(tflite, which) {
  return [1, tflite[`_get${which}Height`](), tflite[`_get${which}Width`](),
    tflite[`_get${which}ChannelCount`]()];
}

const index = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));
const runtimes = new Map();
for (const c of index.cases) {
  if (!runtimes.has(c.tflite)) runtimes.set(c.tflite, await loadModel(c.tflite));
  const tflite = runtimes.get(c.tflite);
  for (const [which, expected] of [['Input', c.input_shape], ['Output', c.output_shape]]) {
    const actual = shapeOf(tflite, which);
    if (actual.join() !== expected.join()) {
      throw new Error(`${c.name}: TFLite ${which.toLowerCase()} is [${actual}], cases.json says [${expected}]`);
    }
  }
  const input = readF32(join(here, c.input));
  tflite.HEAPF32.set(input, tflite._getInputMemoryOffset() / 4);
  tflite._runInference();
  const start = tflite._getOutputMemoryOffset() / 4;
  const output = tflite.HEAPF32.slice(start, start + c.output_shape.reduce((a, b) => a * b));
  writeFileSync(join(here, c.output), new Uint8Array(output.buffer));
  const person = output.reduce((n, p) => n + (p > 0.5 ? 1 : 0), 0) / output.length;
  console.log(`${c.name}: ${(100 * person).toFixed(1)}% of pixels person (p > 0.5)`);
}
