using System.Text;

namespace Fakecam.Interop;

/// <summary>UTF-8 encoding of strings handed to C as <c>const char*</c>.</summary>
internal static class Utf8
{
    /// <summary>The string as NUL-terminated UTF-8; rejects embedded NULs, which C would silently cut at.</summary>
    internal static byte[] NulTerminated(string value)
    {
        if (value.Contains('\0'))
            throw new ArgumentException("A string passed to native code must not contain NUL characters.", nameof(value));
        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(value) + 1];
        Encoding.UTF8.GetBytes(value, bytes);
        return bytes;
    }
}
