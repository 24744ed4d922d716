using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// An incoming method call, handed to a <see cref="MethodHandler"/> on the bus thread. The handler reads
/// its arguments, then either replies at once (<see cref="Reply()"/>, <see cref="ReplyError"/>, or simply
/// returns for an empty reply, or throws for an error reply) or defers the reply to later
/// (<see cref="Defer"/>, <see cref="ReplyWhenDone(Task)"/>) so the bus thread never waits on slow work.
/// </summary>
public ref struct MethodCall
{
    private readonly BusConnection _connection;
    private readonly nint _message;
    private readonly string _resultSignature;
    private bool _replied;
    private DeferredReply? _deferred;

    internal MethodCall(BusConnection connection, nint message, string resultSignature)
    {
        _connection = connection;
        _message = message;
        _resultSignature = resultSignature;
    }

    public readonly MessageReader Arguments => new(_message);

    /// <summary>The caller's unique bus name.</summary>
    public readonly string Sender => SdBus.MessageGetSender(_message) ?? "";

    public readonly string Member => SdBus.MessageGetMember(_message) ?? "";

    /// <summary>Whether the caller can answer an authentication prompt (the message's allow-interactive flag).</summary>
    public readonly bool AllowsInteractiveAuthorization => SdBus.MessageGetAllowInteractiveAuthorization(_message);

    /// <summary>
    /// The caller's process id and effective uid, asked of the bus daemon (a synchronous round trip on the
    /// bus thread).
    /// </summary>
    public readonly CallerCredentials QueryCallerCredentials()
    {
        nint creds = SdBus.QuerySenderCreds(_message, SdBus.CredsPid | SdBus.CredsEuid);
        try
        {
            return new CallerCredentials(SdBus.CredsGetPid(creds), SdBus.CredsGetEuid(creds));
        }
        finally
        {
            SdBus.CredsUnref(creds);
        }
    }

    public void Reply() => Reply(null);

    public void Reply(MessageBodyWriter? body)
    {
        EnsureNoReplyYet();
        _replied = true;
        Replies.Return(_message, body);
    }

    public void ReplyError(string errorName, string message)
    {
        EnsureNoReplyYet();
        _replied = true;
        Replies.Error(_message, errorName, message);
    }

    /// <summary>Keeps the call alive past the handler; reply later, from any thread, through the returned object.</summary>
    public DeferredReply Defer()
    {
        EnsureNoReplyYet();
        _deferred = new DeferredReply(_connection, _message);
        return _deferred;
    }

    /// <summary>Replies (empty) when <paramref name="work"/> succeeds, or with its exception as the error.</summary>
    public void ReplyWhenDone(Task work) => ReplyWhenDone(work.ContinueWith(static t =>
    {
        t.GetAwaiter().GetResult();
        return true;
    }, TaskScheduler.Default), static (_, _) => { });

    /// <summary>Replies with what <paramref name="write"/> makes of the result when <paramref name="work"/> succeeds.</summary>
    public void ReplyWhenDone<T>(Task<T> work, ResultWriter<T> write)
    {
        if (work.IsCompletedSuccessfully)
        {
            T result = work.Result;
            Reply(writer => write(writer, result));
            return;
        }
        Defer().CompleteWhenDone(work, write);
    }

    internal void FinishAfterHandler()
    {
        if (_replied || _deferred != null)
            return;
        if (_resultSignature.Length == 0)
            Reply();
        else
            ReplyError(DBusErrorNames.Failed, $"{Member} returned without a reply.");
    }

    internal void FailAfterHandler(Exception exception)
    {
        if (_deferred != null)
            _deferred.TryFail(exception);
        else if (!_replied)
        {
            _replied = true;
            Replies.Error(_message, exception);
        }
    }

    private readonly void EnsureNoReplyYet()
    {
        if (_replied || _deferred != null)
            throw new InvalidOperationException("This method call has already been answered.");
    }
}
