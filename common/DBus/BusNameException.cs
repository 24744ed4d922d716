using System.Runtime.InteropServices;

namespace Fakecam.DBus;

/// <summary>A well-known bus name could not be taken.</summary>
public sealed class BusNameException(string name, int errno) : IOException(Describe(name, errno))
{
    private const int EEXIST = 17;
    private const int EACCES = 13;

    public string Name { get; } = name;

    public int Errno { get; } = errno;

    private static string Describe(string name, int errno) => errno switch
    {
        EEXIST => $"The bus name {name} is already owned by another process (is the service already running?).",
        EACCES => $"The bus policy does not allow this user to own {name} (is the D-Bus policy file installed?).",
        _ => $"Could not own the bus name {name}: {Marshal.GetPInvokeErrorMessage(errno)}.",
    };
}
