using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// An outgoing method call: built and sent on the bus thread, completed from sd-bus's reply callback
/// (a reply, an error reply, or the timeout / disconnect error sd-bus synthesises).
/// </summary>
internal sealed unsafe class PendingCall<T> : BusWorkItem, IBusResource, IReplyReceiver
{
    private readonly BusConnection _connection;
    private readonly CallTarget _target;
    private readonly MessageBodyWriter? _arguments;
    private readonly MessageBodyReader<T> _readReply;
    private readonly ulong _timeoutMicroseconds;
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GCHandle _self;
    private nint _slot;

    public PendingCall(BusConnection connection, CallTarget target, MessageBodyWriter? arguments, MessageBodyReader<T> readReply, TimeSpan? timeout)
    {
        _connection = connection;
        _target = target;
        _arguments = arguments;
        _readReply = readReply;
        _timeoutMicroseconds = timeout is { } t ? (ulong)Math.Max(1, t.Ticks / 10) : 0;
    }

    public Task<T> Task => _result.Task;

    public override void Run()
    {
        nint message = 0;
        try
        {
            message = SdBus.MessageNewMethodCall(_connection.Bus, _target.Destination, _target.Path, _target.Interface, _target.Member);
            if (_target.AllowInteractiveAuthorization)
                SdBus.MessageSetAllowInteractiveAuthorization(message, true);
            _arguments?.Invoke(new MessageWriter(message));
            _self = GCHandle.Alloc(this);
            _slot = SdBus.CallAsync(_connection.Bus, message, &ReplyCallbacks.OnReply, GCHandle.ToIntPtr(_self), _timeoutMicroseconds);
            _connection.Track(this);
        }
        catch (Exception e)
        {
            if (_self.IsAllocated)
                _self.Free();
            _result.TrySetException(e);
        }
        finally
        {
            if (message != 0)
                SdBus.MessageUnref(message);
        }
    }

    public override void Fail(Exception reason) => _result.TrySetException(reason);

    public void Release(Exception reason)
    {
        SdBus.SlotUnref(_slot);
        _self.Free();
        _result.TrySetException(reason);
    }

    /// <summary>Called once from the reply callback on the bus thread.</summary>
    public void Complete(nint reply)
    {
        _connection.Untrack(this);
        SdBus.SlotUnref(_slot);
        _self.Free();
        if (SdBus.TryGetMessageError(reply, out string name, out string text))
        {
            _result.TrySetException(new DBusErrorException(name, text));
            return;
        }
        try
        {
            _result.TrySetResult(_readReply(new MessageReader(reply)));
        }
        catch (Exception e)
        {
            _result.TrySetException(e);
        }
    }
}

/// <summary>Who a method call goes to.</summary>
internal readonly record struct CallTarget(string? Destination, string Path, string? Interface, string Member,
    bool AllowInteractiveAuthorization = false);

internal interface IReplyReceiver
{
    void Complete(nint reply);
}
