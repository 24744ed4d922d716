using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Systemd
{
    /// <summary>struct iovec.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public unsafe struct IoVec
    {
        public byte* Base;
        public nuint Length;
    }

    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_journal_sendv")]
    private static unsafe partial int JournalSendvRaw(IoVec* fields, int count);

    /// <summary>Sends one structured entry (each field "NAME=value") to the journal; false if it was not taken.</summary>
    public static unsafe bool JournalSend(ReadOnlySpan<IoVec> fields)
    {
        fixed (IoVec* p = fields)
            return JournalSendvRaw(p, fields.Length) >= 0;
    }
}
