// Checks the converted ONNX models against the TensorFlow Lite golden outputs in cases.json,
// running them with ONNX Runtime (the onnxruntime-node package) at full graph optimisation.
// Prints max |difference| and the IoU of the p > 0.5 masks per case; exits 1 past the tolerance.
//
// usage: node verify-onnx.mjs   (onnxruntime-node must be resolvable, e.g. through NODE_PATH)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_ABS_DIFFERENCE = 1e-3;
const MIN_IOU = 0.99;

const ort = createRequire(import.meta.url)('onnxruntime-node');
const here = dirname(fileURLToPath(import.meta.url));

function readF32(path) {
  const bytes = readFileSync(path);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function compare(actual, expected) {
  let maxAbs = 0;
  let intersection = 0;
  let union = 0;
  for (let i = 0; i < expected.length; i++) {
    maxAbs = Math.max(maxAbs, Math.abs(actual[i] - expected[i]));
    const a = actual[i] > 0.5;
    const e = expected[i] > 0.5;
    if (a && e) intersection++;
    if (a || e) union++;
  }
  return { maxAbs, iou: union === 0 ? 1 : intersection / union, personPixels: union };
}

const index = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));
const sessions = new Map();
let failed = false;
for (const c of index.cases) {
  const descriptorPath = join(here, c.descriptor);
  const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8'));
  if (!sessions.has(descriptorPath)) {
    sessions.set(descriptorPath, await ort.InferenceSession.create(
      join(dirname(descriptorPath), descriptor.file),
      { graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1 }));
  }
  const session = sessions.get(descriptorPath);
  const input = new ort.Tensor('float32', readF32(join(here, c.input)), c.input_shape);
  const result = (await session.run({ [descriptor.input.name]: input }))[descriptor.output.name];
  if (result.dims.join() !== c.output_shape.join()) {
    throw new Error(`${c.name}: ONNX output is [${result.dims}], expected [${c.output_shape}]`);
  }
  const { maxAbs, iou, personPixels } = compare(result.data, readF32(join(here, c.output)));
  const ok = maxAbs <= MAX_ABS_DIFFERENCE && iou >= MIN_IOU;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(32)} max|Δ| ${maxAbs.toExponential(2)}  ` +
    `IoU@0.5 ${iou.toFixed(6)} (${personPixels} px in either mask)`);
}
process.exit(failed ? 1 : 0);
