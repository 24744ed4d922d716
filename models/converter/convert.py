"""Converts one MediaPipe selfie-segmentation .tflite file to ONNX and writes its descriptor.

usage: convert.py NAME MODEL.tflite OUT_DIR PACKAGE@VERSION
Writes OUT_DIR/<onnx file> and OUT_DIR/NAME.json (the descriptor the daemon loads).
"""

import hashlib
import json
import os
import sys

import onnx

import tflite
from to_onnx import Converter


def main(name, tflite_path, out_dir, package):
    data = open(tflite_path, "rb").read()
    model = tflite.read_model(data)
    source = os.path.basename(tflite_path)
    onnx_file = os.path.splitext(source)[0] + ".onnx"
    metadata = {
        "source_package": package,
        "source_file": source,
        "source_sha256": hashlib.sha256(data).hexdigest(),
        "license": "Apache-2.0",
    }
    onnx_model = Converter(model).convert(name, metadata)
    onnx.save(onnx_model, os.path.join(out_dir, onnx_file))

    graph_input = model.tensors[model.inputs[0]]
    graph_output = model.tensors[model.outputs[0]]
    _, height, width, _ = graph_input.shape
    descriptor = {
        "name": name,
        "file": onnx_file,
        "input": {"name": graph_input.name, "width": width, "height": height,
                  "layout": "NHWC", "color": "RGB", "range": [0, 1]},
        "output": {"name": graph_output.name, "kind": "probability"},
    }
    with open(os.path.join(out_dir, name + ".json"), "w") as f:
        f.write(format_descriptor(descriptor))
    print(f"{name}: {source} ({metadata['source_sha256'][:12]}) -> {onnx_file}, "
          f"{len(model.operators)} TFLite ops -> {len(onnx_model.graph.node)} ONNX nodes")


def format_descriptor(descriptor):
    """One key per line, nested objects on one line: short enough to read and diff."""
    lines = [f"  {json.dumps(key)}: {json.dumps(value)}" for key, value in descriptor.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__.strip())
    main(*sys.argv[1:])
