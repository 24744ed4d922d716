using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// The reply to a method call whose handler has returned. Holds a reference on the call message until
/// the one reply is sent. Its methods may be called from any thread; the reply is sent from the bus thread.
/// </summary>
public sealed class DeferredReply
{
    private readonly BusConnection _connection;
    private nint _message;
    private int _answered;

    internal DeferredReply(BusConnection connection, nint message)
    {
        _connection = connection;
        _message = SdBus.MessageRef(message);
    }

    /// <summary>Sends the method return; the task faults if the connection is gone.</summary>
    public Task ReturnAsync(MessageBodyWriter? body = null) => Send(call => Replies.Return(call, body));

    public Task FailAsync(string errorName, string message) => Send(call => Replies.Error(call, errorName, message));

    /// <summary>A <see cref="DBusErrorException"/> becomes its own error; anything else becomes Failed with its message.</summary>
    public Task FailAsync(Exception exception) => Send(call => Replies.Error(call, exception));

    internal void TryFail(Exception exception)
    {
        if (Volatile.Read(ref _answered) == 0)
            _ = FailAsync(exception);
    }

    internal void CompleteWhenDone<T>(Task<T> work, ResultWriter<T> write) =>
        work.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
                _ = ReturnAsync(writer => write(writer, t.Result));
            else
                _ = FailAsync(t.Exception?.InnerException ?? new OperationCanceledException("The operation was cancelled."));
        }, TaskScheduler.Default);

    private Task Send(Action<nint> reply)
    {
        if (Interlocked.Exchange(ref _answered, 1) != 0)
            throw new InvalidOperationException("This method call has already been answered.");
        var work = new BusFunction<bool>(() =>
        {
            try
            {
                reply(_message);
            }
            finally
            {
                ReleaseMessage();
            }
            return true;
        }, onFail: ReleaseMessage);
        _connection.Post(work);
        return work.Task;
    }

    private void ReleaseMessage()
    {
        SdBus.MessageUnref(_message);
        _message = 0;
    }
}
