#!/bin/sh
# Regenerates the golden tensors: inputs from make-inputs.py, outputs from TensorFlow Lite itself.
# Needed only when the cases change; the results are committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
models=$here/..
. "$models/source.sh"

"$models/apt-deps.sh" python3 python3-numpy python3-skimage
command -v npm >/dev/null || "$models/apt-deps.sh" nodejs npm
fetch=$models/../build/fetch-npm.sh
tflite_models=$("$fetch" --extract "$MEDIAPIPE_PACKAGE" "$MEDIAPIPE_VERSION" "$MEDIAPIPE_INTEGRITY")
tflite_wasm=$("$fetch" --extract "$TFLITE_WASM_PACKAGE" "$TFLITE_WASM_VERSION" "$TFLITE_WASM_INTEGRITY")

rm -f "$here"/*.f32
/usr/bin/python3 -B "$here/make-inputs.py" "$here"
node "$here/make-golden.mjs" "$tflite_wasm/src/tflite" "$tflite_models"
