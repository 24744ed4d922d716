#!/bin/sh
# The models' test: the converter reproduces the committed files byte for byte, and the committed
# ONNX models match TensorFlow Lite's golden outputs within tolerance under ONNX Runtime.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

"$here/convert.sh" "$fresh" >/dev/null
status=0
for file in "$fresh"/*; do
    if ! cmp -s "$file" "$here/${file##*/}"; then
        echo "models/${file##*/} differs from what models/convert.sh produces now" >&2
        status=1
    fi
done
"$here/golden/verify.sh" || status=1
[ $status -eq 0 ] && echo "models: conversion reproducible, ONNX matches TensorFlow Lite"
exit $status
