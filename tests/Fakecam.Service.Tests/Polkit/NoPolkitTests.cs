using Fakecam.Service.Tests.Lifecycle;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Polkit;

/// <summary>On a bus where polkit is not running, changes by unprivileged users are refused, not allowed.</summary>
public sealed class NoPolkitTests : IDisposable
{
    private readonly IsolatedService _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public void Without_polkit_an_unprivileged_change_is_NotAuthorized_and_root_still_may()
    {
        _service.Start();

        CallerRun caller = UnprivilegedCaller.Run(_service.Bus.Address, "api.SetBackgroundColor('#ff0000')", "api.GetOptions()");

        Assert.Equal([Errors.NotAuthorized, "ok"], caller.Results);
        Assert.Equal(BackgroundKinds.Blur, _service.Properties()[Properties.BackgroundKind].AsString());
        _service.Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#ff0000"));
        Assert.Equal("#ff0000", _service.Properties()[Properties.BackgroundName].AsString());
    }
}
