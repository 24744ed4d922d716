using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

public sealed class CameraModesTests
{
    [Fact]
    public void DiscreteSizesAreTakenAsTheyAre()
    {
        List<V4l2.FrmSizeEnum> sizes =
        [
            new() { Type = V4l2.V4L2_FRMSIZE_TYPE_DISCRETE, DiscreteWidth = 640, DiscreteHeight = 480 },
            new() { Index = 1, Type = V4l2.V4L2_FRMSIZE_TYPE_DISCRETE, DiscreteWidth = 1280, DiscreteHeight = 720 },
        ];

        Assert.Equal([(640, 480), (1280, 720)], CameraModes.Sizes(sizes));
    }

    [Fact]
    public void StepwiseRangeOffersTheCommonSizesOnItsGrid()
    {
        List<V4l2.FrmSizeEnum> sizes =
        [
            new()
            {
                Type = V4l2.V4L2_FRMSIZE_TYPE_STEPWISE,
                MinWidth = 320, MaxWidth = 1280, StepWidth = 16,
                MinHeight = 240, MaxHeight = 960, StepHeight = 8,
            },
        ];

        Assert.Equal(
            [(320, 240), (640, 360), (640, 480), (800, 600), (1024, 768), (1280, 720), (1280, 960)], // 540 is off the 8-row grid
            CameraModes.Sizes(sizes));
    }

    [Fact]
    public void DiscreteIntervalsBecomeWholeRatesFastestFirst()
    {
        List<V4l2.FrmIvalEnum> intervals =
        [
            new() { Type = V4l2.V4L2_FRMIVAL_TYPE_DISCRETE, Discrete = new V4l2.Fract { Numerator = 1, Denominator = 15 } },
            new() { Type = V4l2.V4L2_FRMIVAL_TYPE_DISCRETE, Discrete = new V4l2.Fract { Numerator = 1001, Denominator = 30000 } },
        ];

        Assert.Equal([30, 15], CameraModes.Rates(intervals));
    }

    [Fact]
    public void ContinuousIntervalRangeOffersTheCommonRatesInside()
    {
        List<V4l2.FrmIvalEnum> intervals =
        [
            new()
            {
                Type = 2, // V4L2_FRMIVAL_TYPE_CONTINUOUS
                StepwiseMin = new V4l2.Fract { Numerator = 1, Denominator = 30 },
                StepwiseMax = new V4l2.Fract { Numerator = 1, Denominator = 10 },
                StepwiseStep = new V4l2.Fract { Numerator = 1, Denominator = 1 },
            },
        ];

        Assert.Equal([30, 25, 24, 20, 15, 10], CameraModes.Rates(intervals));
    }
}
