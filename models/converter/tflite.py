"""Reads the parts of a TensorFlow Lite model file that a converter needs.

Field numbers and enum values follow TensorFlow Lite's schema.fbs (file identifier "TFL3").
"""

from dataclasses import dataclass

import numpy as np

from flatbuffer import Table

TENSOR_TYPES = {0: np.float32, 1: np.float16, 2: np.int32, 3: np.uint8, 4: np.int64, 9: np.int8}

BUILTIN_NAMES = {
    0: "ADD", 1: "AVERAGE_POOL_2D", 2: "CONCATENATION", 3: "CONV_2D", 4: "DEPTHWISE_CONV_2D",
    6: "DEQUANTIZE", 14: "LOGISTIC", 17: "MAX_POOL_2D", 18: "MUL", 19: "RELU", 21: "RELU6",
    22: "RESHAPE", 23: "RESIZE_BILINEAR", 32: "CUSTOM", 40: "MEAN", 117: "HARD_SWISH",
}


@dataclass
class Tensor:
    index: int
    name: str
    shape: tuple
    dtype: type
    data: np.ndarray = None  # constant contents, or None for an activation


@dataclass
class Operator:
    kind: str  # builtin name, or the custom code of a CUSTOM operator
    inputs: list
    outputs: list
    options: Table = None
    custom_options: bytes = b""


@dataclass
class Model:
    tensors: list
    operators: list
    inputs: list
    outputs: list


def read_model(data):
    if data[4:8] != b"TFL3":
        raise ValueError("not a TensorFlow Lite model (file identifier is not TFL3)")
    model = Table.root(data)
    subgraphs = model.tables(2)
    if len(subgraphs) != 1:
        raise ValueError(f"expected one subgraph, found {len(subgraphs)}")
    graph = subgraphs[0]
    buffers = [b.array(0, np.uint8) for b in model.tables(4)]
    codes = [_operator_kind(c) for c in model.tables(1)]

    tensors = []
    for index, t in enumerate(graph.tables(0)):
        dtype = TENSOR_TYPES[t.scalar(1, "int8")]
        shape = tuple(int(d) for d in t.array(0, np.int32))
        raw = buffers[t.scalar(2, "uint32")]
        values = np.frombuffer(raw.tobytes(), np.dtype(dtype).newbyteorder("<")).reshape(shape) \
            if raw.size else None
        tensors.append(Tensor(index, t.string(3), shape, dtype, values))

    operators = []
    for o in graph.tables(3):
        operators.append(Operator(
            kind=codes[o.scalar(0, "uint32")],
            inputs=[int(i) for i in o.array(1, np.int32)],
            outputs=[int(i) for i in o.array(2, np.int32)],
            options=o.table(4),
            custom_options=o.array(5, np.uint8).tobytes()))

    return Model(tensors, operators,
                 [int(i) for i in graph.array(1, np.int32)],
                 [int(i) for i in graph.array(2, np.int32)])


def _operator_kind(code):
    # Newer files keep the code in builtin_code (field 3); older ones only in the int8 field 0.
    builtin = max(code.scalar(3, "int32"), code.scalar(0, "int8"))
    if builtin == 32:
        return code.string(1)
    if builtin not in BUILTIN_NAMES:
        raise ValueError(f"unsupported builtin operator code {builtin}")
    return BUILTIN_NAMES[builtin]
