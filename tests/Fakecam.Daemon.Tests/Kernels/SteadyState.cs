namespace Fakecam.Daemon.Tests.Kernels;

/// <summary>Checks that per-frame work allocates nothing once warmed up.</summary>
internal static class SteadyState
{
    /// <summary>
    /// Runs <paramref name="frame"/> a few times to warm up, then requires a round of frames that allocates
    /// nothing. The runtime may allocate once while it recompiles a hot method, so a few rounds are allowed;
    /// anything allocating per frame fails every round.
    /// </summary>
    public static void AssertAllocationFree(Action frame)
    {
        for (int i = 0; i < 5; i++)
            frame();
        long allocated = 0;
        for (int round = 0; round < 5; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 3; i++)
                frame();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated == 0)
                return;
        }
        Assert.Fail($"Every round of 3 frames allocated; the last allocated {allocated} bytes.");
    }
}
