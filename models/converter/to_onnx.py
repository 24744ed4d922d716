"""Translates a TensorFlow Lite graph of the selfie-segmentation kind to an ONNX opset 17 graph.

Inside the ONNX graph every 4-D activation is NCHW (what ONNX convolutions take); the graph input
keeps TFLite's NHWC layout and a Transpose follows it, and the single-channel output is reshaped
back to TFLite's [1, H, W, 1]. Constants are folded at conversion time: DEQUANTIZE of fp16
weights becomes an fp32 initializer, and filters are stored already in ONNX order.
"""

import math
import struct

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
IR_VERSION = 8  # ONNX Runtime reads it from 1.10 on; opset 17 needs 1.13

# TFLite enum values (schema.fbs): Padding and ActivationFunctionType.
PADDING_SAME, PADDING_VALID = 0, 1
ACTIVATION_NONE, ACTIVATION_RELU, ACTIVATION_RELU6 = 0, 1, 3
NHWC_TO_NCHW_AXIS = {0: 0, 1: 2, 2: 3, 3: 1}


class UnsupportedModel(Exception):
    pass


def same_padding(size, kernel, stride, dilation=1):
    """TensorFlow's SAME padding as (before, after): any odd pixel goes after."""
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + (kernel - 1) * dilation + 1 - size, 0)
    return total // 2, total - total // 2


class Converter:
    def __init__(self, model):
        self.model = model
        self.nodes = []
        self.initializers = []
        self.constants = {}  # tensor index -> float32/int32 numpy array, TFLite layout
        self.names = {}      # tensor index -> ONNX value name
        self.used_names = set()

    def convert(self, graph_name, metadata):
        model = self.model
        if len(model.inputs) != 1 or len(model.outputs) != 1:
            raise UnsupportedModel("expected one input and one output")
        for tensor in model.tensors:
            if tensor.data is not None:
                self.constants[tensor.index] = tensor.data

        source = model.tensors[model.inputs[0]]
        if len(source.shape) != 4 or source.dtype is not np.float32:
            raise UnsupportedModel("the input must be a float32 NHWC image")
        result = model.tensors[model.outputs[0]]
        if len(result.shape) != 4 or result.shape[3] != 1:
            raise UnsupportedModel("the output must be a single-channel [1, H, W, 1] map")
        # The graph's input and output keep TFLite's names; their NCHW twins inside get a suffix.
        self.used_names.update((source.name, result.name))
        self.names[source.index] = source.name + "/nchw"
        self.names[result.index] = result.name + "/nchw"
        self._node("Transpose", [source.name], self.names[source.index], perm=[0, 3, 1, 2])

        for op in model.operators:
            handler = getattr(self, "_op_" + op.kind, None)
            if handler is None:
                raise UnsupportedModel(f"operator {op.kind} is not supported")
            handler(op)

        shape = self._initializer(result.name + "/shape", np.array(result.shape, np.int64))
        self._node("Reshape", [self.names[result.index], shape], result.name)

        graph = helper.make_graph(
            self.nodes, graph_name,
            [helper.make_tensor_value_info(source.name, TensorProto.FLOAT, list(source.shape))],
            [helper.make_tensor_value_info(result.name, TensorProto.FLOAT, list(result.shape))],
            self.initializers)
        onnx_model = helper.make_model(
            graph, ir_version=IR_VERSION, opset_imports=[helper.make_opsetid("", OPSET)],
            producer_name="fakecam models/convert.sh", producer_version="1")
        helper.set_model_props(onnx_model, metadata)
        onnx.checker.check_model(onnx_model, full_check=True)
        return onnx_model

    # --- naming and emission -------------------------------------------------------------

    def _name(self, index):
        if index not in self.names:
            base = self.model.tensors[index].name or f"tensor_{index}"
            name = base if base not in self.used_names else f"{base}#{index}"
            self.used_names.add(name)
            self.names[index] = name
        return self.names[index]

    def _initializer(self, name, array):
        self.used_names.add(name)
        self.initializers.append(numpy_helper.from_array(array, name))
        return name

    def _node(self, op_type, inputs, output, **attributes):
        self.used_names.add(output)
        self.nodes.append(helper.make_node(op_type, inputs, [output], name=output, **attributes))
        return output

    def _constant(self, index):
        if index not in self.constants:
            raise UnsupportedModel(f"tensor {self.model.tensors[index].name} must be constant")
        return self.constants[index]

    def _operand(self, index):
        """An elementwise operand: an activation, or a constant reshaped to broadcast over NCHW."""
        if index not in self.constants:
            return self._name(index)
        if index in self.names:
            return self.names[index]
        value = self.constants[index].astype(np.float32)
        if value.ndim == 4:
            value = value.transpose(0, 3, 1, 2)
        elif value.ndim == 1:
            value = value.reshape(-1, 1, 1)
        elif value.ndim != 0:
            raise UnsupportedModel(f"cannot broadcast a constant of shape {value.shape}")
        name = self._initializer(self.model.tensors[index].name or f"constant_{index}", value)
        self.names[index] = name
        return name

    def _activated(self, op_type, inputs, output_index, activation, **attributes):
        """Emits op_type writing tensor output_index, followed by TFLite's fused activation."""
        output = self._name(output_index)
        if activation == ACTIVATION_NONE:
            return self._node(op_type, inputs, output, **attributes)
        raw = self._node(op_type, inputs, output + "/linear", **attributes)
        if activation == ACTIVATION_RELU:
            return self._node("Relu", [raw], output)
        if activation == ACTIVATION_RELU6:
            low = self._initializer(output + "/min", np.array(0, np.float32))
            high = self._initializer(output + "/max", np.array(6, np.float32))
            return self._node("Clip", [raw, low, high], output)
        raise UnsupportedModel(f"fused activation {activation} is not supported")

    def _pads(self, op, kernel_h, kernel_w, stride_h, stride_w, dilation_h, dilation_w, padding):
        _, height, width, _ = self.model.tensors[op.inputs[0]].shape
        if padding == PADDING_VALID:
            return [0, 0, 0, 0]
        if padding != PADDING_SAME:
            raise UnsupportedModel(f"padding {padding} is not supported")
        top, bottom = same_padding(height, kernel_h, stride_h, dilation_h)
        left, right = same_padding(width, kernel_w, stride_w, dilation_w)
        return [top, left, bottom, right]

    # --- operators ---------------------------------------------------------------------------

    def _op_DEQUANTIZE(self, op):
        self.constants[op.outputs[0]] = self._constant(op.inputs[0]).astype(np.float32)

    def _convolution(self, op, weights, group, stride_h, stride_w, dilation_h, dilation_w,
                     padding, activation):
        output = self._name(op.outputs[0])
        kernel_h, kernel_w = weights.shape[2], weights.shape[3]
        inputs = [self._name(op.inputs[0]), self._initializer(output + "/weights", weights)]
        if len(op.inputs) > 2 and op.inputs[2] >= 0:
            bias = self._constant(op.inputs[2]).astype(np.float32)
            inputs.append(self._initializer(output + "/bias", bias))
        self._activated(
            "Conv", inputs, op.outputs[0], activation, group=group,
            kernel_shape=[kernel_h, kernel_w], strides=[stride_h, stride_w],
            dilations=[dilation_h, dilation_w],
            pads=self._pads(op, kernel_h, kernel_w, stride_h, stride_w, dilation_h, dilation_w,
                            padding))

    def _op_CONV_2D(self, op):
        o = op.options
        weights = self._constant(op.inputs[1]).astype(np.float32).transpose(0, 3, 1, 2)  # OHWI->OIHW
        self._convolution(op, np.ascontiguousarray(weights), 1,
                          stride_h=o.scalar(2, "int32"), stride_w=o.scalar(1, "int32"),
                          dilation_h=o.scalar(5, "int32", 1), dilation_w=o.scalar(4, "int32", 1),
                          padding=o.scalar(0, "int8"), activation=o.scalar(3, "int8"))

    def _op_DEPTHWISE_CONV_2D(self, op):
        o = op.options
        channels = self.model.tensors[op.inputs[0]].shape[3]
        weights = self._constant(op.inputs[1]).astype(np.float32).transpose(3, 0, 1, 2)  # 1HWC->C1HW
        self._convolution(op, np.ascontiguousarray(weights), channels,
                          stride_h=o.scalar(2, "int32"), stride_w=o.scalar(1, "int32"),
                          dilation_h=o.scalar(6, "int32", 1), dilation_w=o.scalar(5, "int32", 1),
                          padding=o.scalar(0, "int8"), activation=o.scalar(4, "int8"))

    def _op_Convolution2DTransposeBias(self, op):
        # MediaPipe's custom op; its options are TfLiteTransposeConvParams as raw bytes:
        # int32 padding (1 = SAME, 2 = VALID), int32 stride_width, int32 stride_height.
        padding, stride_w, stride_h = struct.unpack("<3i", op.custom_options[:12])
        weights = self._constant(op.inputs[1]).astype(np.float32)  # OHWI
        _, kernel_h, kernel_w, _ = weights.shape
        _, in_h, in_w, _ = self.model.tensors[op.inputs[0]].shape
        _, out_h, out_w, _ = self.model.tensors[op.outputs[0]].shape
        if padding not in (1, 2):
            raise UnsupportedModel(f"transpose convolution padding {padding} is not supported")
        pads = []
        for size, kernel, stride, out in ((in_h, kernel_h, stride_h, out_h),
                                          (in_w, kernel_w, stride_w, out_w)):
            excess = (size - 1) * stride + kernel - out
            if excess < 0:
                raise UnsupportedModel("transpose convolution output larger than its full extent")
            pads.append((excess // 2, excess - excess // 2))
        output = self._name(op.outputs[0])
        inputs = [self._name(op.inputs[0]),
                  self._initializer(output + "/weights",
                                    np.ascontiguousarray(weights.transpose(3, 0, 1, 2))),  # ->IOHW
                  self._initializer(output + "/bias", self._constant(op.inputs[2]).astype(np.float32))]
        self._node("ConvTranspose", inputs, output, kernel_shape=[kernel_h, kernel_w],
                   strides=[stride_h, stride_w],
                   pads=[pads[0][0], pads[1][0], pads[0][1], pads[1][1]])

    def _elementwise(self, op, op_type, activation):
        inputs = [self._operand(i) for i in op.inputs]
        self._activated(op_type, inputs, op.outputs[0], activation)

    def _op_ADD(self, op):
        self._elementwise(op, "Add", op.options.scalar(0, "int8") if op.options else 0)

    def _op_MUL(self, op):
        self._elementwise(op, "Mul", op.options.scalar(0, "int8") if op.options else 0)

    def _unary(self, op, op_type):
        self._node(op_type, [self._name(op.inputs[0])], self._name(op.outputs[0]))

    def _op_RELU(self, op):
        self._unary(op, "Relu")

    def _op_HARD_SWISH(self, op):
        self._unary(op, "HardSwish")

    def _op_LOGISTIC(self, op):
        self._unary(op, "Sigmoid")

    def _op_AVERAGE_POOL_2D(self, op):
        # Only the global form: the filter covers the whole map, so no padding is involved.
        o = op.options
        _, height, width, _ = self.model.tensors[op.inputs[0]].shape
        _, out_height, out_width, _ = self.model.tensors[op.outputs[0]].shape
        filter_size = (o.scalar(4, "int32"), o.scalar(3, "int32"))
        if filter_size != (height, width) or (out_height, out_width) != (1, 1):
            raise UnsupportedModel("only global AVERAGE_POOL_2D is supported")
        # ReduceMean rather than GlobalAveragePool: ONNX Runtime's pooling kernel sums in an
        # order that drifts further from TFLite.
        self._activated("ReduceMean", [self._name(op.inputs[0])], op.outputs[0],
                        o.scalar(5, "int8"), axes=[2, 3], keepdims=1)

    def _op_MEAN(self, op):
        axes = sorted(NHWC_TO_NCHW_AXIS[int(a) % 4] for a in self._constant(op.inputs[1]).ravel())
        if not (op.options and op.options.scalar(0, "bool")):
            raise UnsupportedModel("MEAN without keep_dims is not supported")
        self._node("ReduceMean", [self._name(op.inputs[0])], self._name(op.outputs[0]),
                   axes=axes, keepdims=1)

    def _op_RESIZE_BILINEAR(self, op):
        o = op.options
        align_corners = o.scalar(2, "bool") if o else False
        half_pixel = o.scalar(3, "bool") if o else False
        mode = "align_corners" if align_corners else "half_pixel" if half_pixel else "asymmetric"
        height, width = (int(v) for v in self._constant(op.inputs[1]).ravel())
        channels = self.model.tensors[op.inputs[0]].shape[3]
        output = self._name(op.outputs[0])
        sizes = self._initializer(output + "/sizes", np.array([1, channels, height, width], np.int64))
        self._node("Resize", [self._name(op.inputs[0]), "", "", sizes], output,
                   mode="linear", coordinate_transformation_mode=mode)
