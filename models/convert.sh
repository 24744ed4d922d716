#!/bin/sh
# Regenerates the ONNX models and their descriptors from the pinned MediaPipe .tflite files.
#
#   models/convert.sh [OUT_DIR]     OUT_DIR defaults to models/ itself
#
# Runs Debian's Python (not whatever python3 is first on PATH) with Debian's onnx and numpy.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
. "$here/source.sh"

"$here/apt-deps.sh" python3 python3-onnx python3-flatbuffers python3-numpy
package=$("$here/../build/fetch-npm.sh" --extract "$MEDIAPIPE_PACKAGE" "$MEDIAPIPE_VERSION" "$MEDIAPIPE_INTEGRITY")

mkdir -p "$out"
for variant in landscape:selfie_segmentation_landscape general:selfie_segmentation; do
    /usr/bin/python3 -B "$here/converter/convert.py" "${variant%%:*}" "$package/${variant#*:}.tflite" \
        "$out" "$MEDIAPIPE_PACKAGE@$MEDIAPIPE_VERSION"
done
