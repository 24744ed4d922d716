#!/bin/sh
# Checks models/*.onnx against the TensorFlow Lite golden outputs with ONNX Runtime (onnxruntime-node).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
models=$here/..
. "$models/source.sh"

command -v npm >/dev/null || "$models/apt-deps.sh" nodejs npm
fetch=$models/../build/fetch-npm.sh
ort_node=$("$fetch" --extract onnxruntime-node "$ORT_NODE_VERSION" "$ORT_NODE_INTEGRITY")
ort_common=$("$fetch" --extract onnxruntime-common "$ORT_NODE_VERSION" "$ORT_COMMON_INTEGRITY")

# A module directory for the unpacked packages, so node resolves them by name.
modules=${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/npm/node_modules-onnxruntime-$ORT_NODE_VERSION
mkdir -p "$modules"
ln -sfn "$ort_node" "$modules/onnxruntime-node"
ln -sfn "$ort_common" "$modules/onnxruntime-common"
NODE_PATH=$modules node "$here/verify-onnx.mjs"
