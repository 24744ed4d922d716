using System.Text;

namespace Fakecam.Daemon.Interop;

internal static partial class Ort
{
    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="text"/>, for the API's const char* arguments.</summary>
    internal static byte[] Utf8(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
