using Fakecam.Interop;

namespace Fakecam.DBus;

public readonly ref partial struct MessageReader
{
    /// <summary>The unique bus name of the sender (null on a direct connection).</summary>
    public string? Sender => SdBus.MessageGetSender(_message);

    public string? Path => SdBus.MessageGetPath(_message);

    public string? Interface => SdBus.MessageGetInterface(_message);

    public string? Member => SdBus.MessageGetMember(_message);
}
