using System.Runtime.InteropServices;
using System.Text;

namespace Fakecam.DBus;

/// <summary>
/// Collects NUL-terminated UTF-8 strings and copies them into one block of native memory that stays put
/// for as long as sd-bus may read them.
/// </summary>
internal sealed unsafe class NativeStringTable
{
    private readonly List<byte> _bytes = [];

    /// <summary>Adds a string; returns its offset in the block.</summary>
    public int Add(string value) => AddSequence([value], extraTerminator: false);

    /// <summary>
    /// Adds names one after the other, each NUL-terminated, as sd-bus expects for argument names
    /// (the C macros concatenate <c>"name\0"</c> literals, and the literal adds one more NUL at the end).
    /// </summary>
    public int AddNames(IEnumerable<string> names) => AddSequence(names, extraTerminator: true);

    private int AddSequence(IEnumerable<string> values, bool extraTerminator)
    {
        int offset = _bytes.Count;
        foreach (string value in values)
        {
            _bytes.AddRange(Encoding.UTF8.GetBytes(value));
            _bytes.Add(0);
        }
        if (extraTerminator)
            _bytes.Add(0);
        return offset;
    }

    /// <summary>Copies everything into newly allocated native memory; free it with <see cref="NativeMemory.Free"/>.</summary>
    public byte* ToNative()
    {
        byte* block = (byte*)NativeMemory.Alloc((nuint)Math.Max(1, _bytes.Count));
        CollectionsMarshal.AsSpan(_bytes).CopyTo(new Span<byte>(block, _bytes.Count));
        return block;
    }
}
