using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// Appends values to an sd-bus message being built. Only valid inside the callback that received it: the
/// message belongs to the bus thread. Every append is checked, because a message with a failed append
/// must never be sent (dbus-daemon drops the whole connection for a malformed one).
/// </summary>
public readonly unsafe ref partial struct MessageWriter
{
    private readonly nint _message;

    internal MessageWriter(nint message) => _message = message;

    public void WriteByte(byte value) => SdBus.MessageAppendBasic(_message, (byte)'y', &value);

    public void WriteBoolean(bool value)
    {
        int asInt = value ? 1 : 0;
        SdBus.MessageAppendBasic(_message, (byte)'b', &asInt);
    }

    public void WriteInt16(short value) => SdBus.MessageAppendBasic(_message, (byte)'n', &value);

    public void WriteUInt16(ushort value) => SdBus.MessageAppendBasic(_message, (byte)'q', &value);

    public void WriteInt32(int value) => SdBus.MessageAppendBasic(_message, (byte)'i', &value);

    public void WriteUInt32(uint value) => SdBus.MessageAppendBasic(_message, (byte)'u', &value);

    public void WriteInt64(long value) => SdBus.MessageAppendBasic(_message, (byte)'x', &value);

    public void WriteUInt64(ulong value) => SdBus.MessageAppendBasic(_message, (byte)'t', &value);

    public void WriteDouble(double value) => SdBus.MessageAppendBasic(_message, (byte)'d', &value);

    public void WriteString(string value) => AppendString((byte)'s', value);

    public void WriteObjectPath(string value) => AppendString((byte)'o', value);

    public void WriteSignature(string value) => AppendString((byte)'g', value);

    /// <summary>Appends a file descriptor; sd-bus duplicates it, so the caller keeps and closes its own.</summary>
    public void WriteHandle(SafeHandle fd)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            int raw = (int)fd.DangerousGetHandle();
            SdBus.MessageAppendBasic(_message, (byte)'h', &raw);
        }
        finally
        {
            if (added)
                fd.DangerousRelease();
        }
    }

    private void AppendString(byte type, string value)
    {
        if (value.Contains('\0'))
            throw new ArgumentException("D-Bus strings cannot contain NUL characters.", nameof(value));
        int maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length) + 1;
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int length = Encoding.UTF8.GetBytes(value, buffer);
            buffer[length] = 0;
            fixed (byte* text = buffer)
                SdBus.MessageAppendBasic(_message, type, text);
        }
        finally
        {
            if (rented != null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
