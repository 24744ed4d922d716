using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

/// <summary>Driver buffers mapped into this process with mmap(2), unmapped together on dispose.</summary>
internal sealed unsafe class MappedBuffers : IDisposable
{
    private readonly nint[] _addresses;
    private readonly int[] _lengths;

    public MappedBuffers(int capacity)
    {
        _addresses = new nint[capacity];
        _lengths = new int[capacity];
    }

    public int Count { get; private set; }

    public void Add(void* address, int length)
    {
        _addresses[Count] = (nint)address;
        _lengths[Count] = length;
        Count++;
    }

    /// <summary>The first <paramref name="length"/> bytes of buffer <paramref name="index"/>.</summary>
    public Span<byte> Get(uint index, int length) =>
        new((void*)_addresses[index], Math.Min(length, _lengths[index]));

    /// <summary>The length of the longest buffer: room for any frame the driver can deliver.</summary>
    public int LargestLength
    {
        get
        {
            int largest = 0;
            foreach (int length in _lengths.AsSpan(0, Count))
                largest = Math.Max(largest, length);
            return largest;
        }
    }

    public void Dispose()
    {
        for (int i = 0; i < Count; i++)
            Libc.Munmap((void*)_addresses[i], (nuint)_lengths[i]);
        Count = 0;
    }
}
