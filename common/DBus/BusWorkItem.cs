namespace Fakecam.DBus;

/// <summary>Work posted to the bus thread. <see cref="Run"/> must not throw; failures go to the item's own task.</summary>
internal abstract class BusWorkItem
{
    public abstract void Run();

    /// <summary>The item will never run (the connection closed first).</summary>
    public abstract void Fail(Exception reason);
}

/// <summary>Work with a result; <paramref name="onFail"/> cleans up when it never runs.</summary>
internal sealed class BusFunction<T>(Func<T> work, Action? onFail = null) : BusWorkItem
{
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _result.Task;

    public override void Run()
    {
        try
        {
            _result.SetResult(work());
        }
        catch (Exception e)
        {
            _result.SetException(e);
        }
    }

    public override void Fail(Exception reason)
    {
        onFail?.Invoke();
        _result.TrySetException(reason);
    }
}

/// <summary>Something that holds an sd-bus slot and must let go of it when the connection shuts down.</summary>
internal interface IBusResource
{
    void Release(Exception reason);
}
