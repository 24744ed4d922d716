using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    /// <summary>sd_bus_error: a D-Bus error name and message; the strings belong to whoever set them.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct Error
    {
        public byte* Name;
        public byte* Message;
        public int NeedFree;
    }

    internal const byte VtableStart = (byte)'<';
    internal const byte VtableEnd = (byte)'>';
    internal const byte VtableMethod = (byte)'M';
    internal const byte VtableSignal = (byte)'S';
    internal const byte VtableProperty = (byte)'P';

    internal const ulong VtableUnprivileged = 1UL << 2;
    internal const ulong VtablePropertyConst = 1UL << 4;
    internal const ulong VtablePropertyEmitsChange = 1UL << 5;

    /// <summary>_SD_BUS_VTABLE_PARAM_NAMES: method and signal entries carry argument names.</summary>
    internal const ulong VtableFeatureParamNames = 1UL << 0;

    /// <summary>
    /// struct sd_bus_vtable: a 64-bit word holding <c>type:8</c> and <c>flags:56</c> (type in the low byte
    /// on little-endian), then a union of the per-kind layouts.
    /// </summary>
    [StructLayout(LayoutKind.Explicit)]
    internal struct Vtable
    {
        [FieldOffset(0)] public ulong TypeAndFlags;
        [FieldOffset(8)] public VtableStartEntry Start;
        [FieldOffset(8)] public VtableMethodEntry Method;
        [FieldOffset(8)] public VtableSignalEntry Signal;
        [FieldOffset(8)] public VtablePropertyEntry Property;

        public static ulong Word(byte type, ulong flags) => type | (flags << 8);
    }

    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct VtableStartEntry
    {
        public nuint ElementSize;
        public ulong Features;
        public uint* VtableFormatReference;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct VtableMethodEntry
    {
        public byte* Member;
        public byte* Signature;
        public byte* Result;
        public delegate* unmanaged<nint, nint, Error*, int> Handler;
        public nuint Offset;
        public byte* Names;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct VtableSignalEntry
    {
        public byte* Member;
        public byte* Signature;
        public byte* Names;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct VtablePropertyEntry
    {
        public byte* Member;
        public byte* Signature;
        public delegate* unmanaged<nint, byte*, byte*, byte*, nint, nint, Error*, int> Get;
        public nint Set;
        public nuint Offset;
    }
}
