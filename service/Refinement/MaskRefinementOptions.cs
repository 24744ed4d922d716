namespace Fakecam.Daemon.Refinement;

/// <summary>How the model's probabilities become the alpha mask. Immutable; <see cref="Validate"/> checks the ranges.</summary>
public sealed record MaskRefinementOptions
{
    public const int MaxDilation = 8;

    public const double MaxSmoothing = 0.95;

    /// <summary>Probability at the middle of the person/background transition, 0.05–0.95.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Width in probability of the soft step around <see cref="Threshold"/>, 0 (hard) – 1.</summary>
    public double Feather { get; init; } = 0.3;

    /// <summary>Weight of the previous frames' mask in the running average, 0 (none) – 0.95.</summary>
    public double Smoothing { get; init; } = 0.4;

    /// <summary>Grows (positive) or shrinks (negative) the person by this many model pixels, ±8.</summary>
    public int Dilation { get; init; }

    /// <summary>Snaps mask edges to edges of the frame (hair, shoulders) with a guided filter.</summary>
    public bool EdgeRefinement { get; init; } = true;

    public static MaskRefinementOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first value out of range.</summary>
    public MaskRefinementOptions Validate()
    {
        Check(nameof(Threshold), Threshold, 0.05, 0.95);
        Check(nameof(Feather), Feather, 0.0, 1.0);
        Check(nameof(Smoothing), Smoothing, 0.0, MaxSmoothing);
        if (Dilation is < -MaxDilation or > MaxDilation)
            throw new ArgumentOutOfRangeException(nameof(Dilation), Dilation, $"Dilation must be between {-MaxDilation} and {MaxDilation} model pixels.");
        return this;
    }

    private static void Check(string name, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
    }
}
