"""Field-index access to FlatBuffers tables, on top of the flatbuffers runtime.

A table's field number N lives at vtable slot 4 + 2*N; the schema itself is not needed
to read a file when the caller knows each field's number and type.
"""

import flatbuffers.encode
import flatbuffers.number_types as kinds
import flatbuffers.table
import numpy as np

SCALAR_KINDS = {
    "bool": kinds.BoolFlags,
    "int8": kinds.Int8Flags,
    "int32": kinds.Int32Flags,
    "uint32": kinds.Uint32Flags,
}


class Table:
    def __init__(self, buffer, position):
        self._table = flatbuffers.table.Table(buffer, position)

    @classmethod
    def root(cls, buffer):
        buffer = bytearray(buffer)
        return cls(buffer, flatbuffers.encode.Get(kinds.UOffsetTFlags.packer_type, buffer, 0))

    def _slot(self, field):
        return self._table.Offset(4 + 2 * field)

    def scalar(self, field, kind, default=0):
        slot = self._slot(field)
        if slot == 0:
            return default
        return self._table.Get(SCALAR_KINDS[kind], self._table.Pos + slot)

    def string(self, field):
        slot = self._slot(field)
        return self._table.String(self._table.Pos + slot).decode() if slot else None

    def table(self, field):
        slot = self._slot(field)
        if slot == 0:
            return None
        return Table(self._table.Bytes, self._table.Indirect(self._table.Pos + slot))

    def tables(self, field):
        slot = self._slot(field)
        if slot == 0:
            return []
        start = self._table.Vector(slot)
        count = self._table.VectorLen(slot)
        return [Table(self._table.Bytes, self._table.Indirect(start + 4 * i)) for i in range(count)]

    def array(self, field, dtype):
        """A vector of scalars as a read-only little-endian numpy array (empty if absent)."""
        slot = self._slot(field)
        dtype = np.dtype(dtype).newbyteorder("<")
        if slot == 0:
            return np.zeros(0, dtype)
        start = self._table.Vector(slot)
        count = self._table.VectorLen(slot)
        return np.frombuffer(self._table.Bytes, dtype, count, start)
