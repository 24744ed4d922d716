namespace Fakecam.DBus;

/// <summary>
/// A D-Bus error: thrown on the client side when a call gets an error reply, and thrown by a method
/// handler to reply with that exact error name.
/// </summary>
public sealed class DBusErrorException(string errorName, string message) : Exception(message)
{
    public string ErrorName { get; } = errorName;

    public override string ToString() => $"{ErrorName}: {Message}";
}
