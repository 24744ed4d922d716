using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// Reads values from a received sd-bus message in order. Only valid inside the callback that received it:
/// the message (and the strings it hands out) belong to the bus thread and die after the callback.
/// </summary>
public readonly unsafe ref partial struct MessageReader
{
    private readonly nint _message;

    internal MessageReader(nint message) => _message = message;

    public byte ReadByte()
    {
        byte value;
        Read((byte)'y', &value);
        return value;
    }

    public bool ReadBoolean()
    {
        int value;
        Read((byte)'b', &value);
        return value != 0;
    }

    public short ReadInt16()
    {
        short value;
        Read((byte)'n', &value);
        return value;
    }

    public ushort ReadUInt16()
    {
        ushort value;
        Read((byte)'q', &value);
        return value;
    }

    public int ReadInt32()
    {
        int value;
        Read((byte)'i', &value);
        return value;
    }

    public uint ReadUInt32()
    {
        uint value;
        Read((byte)'u', &value);
        return value;
    }

    public long ReadInt64()
    {
        long value;
        Read((byte)'x', &value);
        return value;
    }

    public ulong ReadUInt64()
    {
        ulong value;
        Read((byte)'t', &value);
        return value;
    }

    public double ReadDouble()
    {
        double value;
        Read((byte)'d', &value);
        return value;
    }

    public string ReadString() => ReadText((byte)'s');

    public string ReadObjectPath() => ReadText((byte)'o');

    public string ReadSignature() => ReadText((byte)'g');

    /// <summary>
    /// Reads a file descriptor. The message owns the one it carries, so this returns a close-on-exec
    /// duplicate the caller owns and must dispose.
    /// </summary>
    public SafeFileDescriptor ReadHandle()
    {
        int fd;
        Read((byte)'h', &fd);
        return Libc.DuplicateFd(fd);
    }

    private string ReadText(byte type)
    {
        byte* text;
        Read(type, &text);
        return Marshal.PtrToStringUTF8((nint)text)!;
    }

    private void Read(byte type, void* value)
    {
        if (!SdBus.MessageReadBasic(_message, type, value))
            throw new InvalidDataException($"Expected a '{(char)type}' value but the container has ended.");
    }
}
